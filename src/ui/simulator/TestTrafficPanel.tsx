/**
 * The "Test traffic" tab: send one packet through the design's own generated policy and read what
 * happens to it. Choose who sends (a client, any address, or a pod), to what (a service port, a
 * node address, a pod IP), where it enters the cluster, and which backend kube-proxy picks; the
 * verdict per backend is announced, every stage is listed, and the path is drawn on the canvas.
 * The form and the shown flag live in the SimulationStore, so switching tabs keeps them.
 */
import ClearIcon from '@mui/icons-material/Clear';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, type ChangeEvent, type ReactNode } from 'react';
import type { Design } from '../../model/design';
import { podsOfService } from '../../model/query';
import { describeReason } from '../../simulate/describeTrace';
import { useGeneration, useStore } from '../../state/hooks';
import {
  clientAddress,
  draftService,
  flowOfDraft,
  portKey,
  type DraftDestination,
  type DraftSource,
  type FlowDraft,
} from '../../state/simulationTrace';
import { anyoneElseAddress } from '../../simulate/reachabilityMatrix';
import { EmptyOutput, FailedAlert, StaleAlert } from '../output/OutputNotice';
import { outputStateOf } from '../output/useOutput';
import { useSimulationInputs, useSimulationState, useSimulationStores } from './simulationContext';
import { TraceView, type ShowRule } from './TraceView';
import { resultSentence } from './traceWords';

export const MASQUERADE_LABEL = 'kube-proxy masquerades off-cluster traffic to cluster IPs';

interface Choice {
  value: string;
  label: string;
}

interface ChoiceGroup {
  label: string;
  choices: Choice[];
}

function sourceValue(s: DraftSource): string {
  return s.kind === 'address' ? 'address' : `${s.kind}|${s.kind === 'client' ? s.client : s.pod}`;
}

function parseSource(value: string): DraftSource {
  const [kind, id = ''] = value.split('|');
  if (kind === 'client') return { kind: 'client', client: id };
  if (kind === 'pod') return { kind: 'pod', pod: id };
  return { kind: 'address' };
}

function destinationValue(d: DraftDestination): string {
  switch (d.kind) {
    case 'service':
      return `service|${d.service}`;
    case 'node':
      return `node|${d.node}|${d.ip}`;
    case 'pod':
      return `pod|${d.pod}`;
  }
}

function parseDestination(value: string): DraftDestination {
  const [kind, id = '', ip = ''] = value.split('|');
  if (kind === 'node') return { kind: 'node', node: id, ip };
  if (kind === 'pod') return { kind: 'pod', pod: id };
  return { kind: 'service', service: id };
}

function sourceGroups(design: Design): ChoiceGroup[] {
  return [
    {
      label: 'Clients',
      choices: design.clients.map((c) => ({
        value: `client|${c.id}`,
        label: `${c.name} (${c.cidrs.join(', ')})`,
      })),
    },
    { label: 'Anyone', choices: [{ value: 'address', label: 'Any other address' }] },
    {
      label: 'Pods',
      choices: design.pods
        .filter((p) => p.ip !== undefined)
        .map((p) => ({ value: `pod|${p.id}`, label: `${p.namespace}/${p.name} (${p.ip})` })),
    },
  ];
}

function destinationGroups(design: Design): ChoiceGroup[] {
  return [
    {
      label: 'Services',
      choices: design.services.map((s) => ({
        value: `service|${s.id}`,
        label: `${s.namespace}/${s.name} (${s.clusterIP})`,
      })),
    },
    {
      label: 'Node addresses',
      choices: design.nodes.flatMap((n) =>
        n.interfaces.flatMap((i) =>
          i.ips.map((ip) => ({
            value: `node|${n.id}|${ip}`,
            label: `${n.name} ${i.name} (${ip})`,
          })),
        ),
      ),
    },
    {
      label: 'Pod IPs',
      choices: design.pods
        .filter((p) => p.ip !== undefined)
        .map((p) => ({ value: `pod|${p.id}`, label: `${p.namespace}/${p.name} (${p.ip})` })),
    },
  ];
}

/** A compact native select (keyboard and screen-reader friendly, as in the inspector). */
function Select({
  label,
  value,
  onChange,
  children,
  flex = 1,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
  flex?: number;
}) {
  return (
    <TextField
      select
      label={label}
      value={value}
      onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
      size="small"
      sx={{ flex, minWidth: 0 }}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
    >
      {children}
    </TextField>
  );
}

function Groups({ groups }: { groups: ChoiceGroup[] }) {
  return (
    <>
      {groups
        .filter((g) => g.choices.length > 0)
        .map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </optgroup>
        ))}
    </>
  );
}

const row = { display: 'flex', gap: 1, minWidth: 0 } as const;

/** Read by screen readers, not shown: the visible verdict is in the trace below. */
export const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  p: 0,
  m: '-1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

function FlowForm({
  design,
  draft,
  onChange,
}: {
  design: Design;
  draft: FlowDraft;
  onChange: (draft: FlowDraft) => void;
}) {
  const sources = useMemo(() => sourceGroups(design), [design]);
  const destinations = useMemo(() => destinationGroups(design), [design]);
  const service = draftService(design, draft);
  const backends = useMemo(
    () => (service ? podsOfService(design, service).filter((p) => p.ip !== undefined) : []),
    [design, service],
  );
  const entry = design.nodes.find((n) => n.id === draft.entryNode);
  const src = draft.source;
  const sourcePod = src.kind === 'pod' ? design.pods.find((p) => p.id === src.pod) : undefined;
  const sourcePodNode = sourcePod && design.nodes.find((n) => n.id === sourcePod.node);
  const set = (patch: Partial<FlowDraft>) => onChange({ ...draft, ...patch });
  const addressOk = flowOfDraft(design, draft);
  const badAddress = !addressOk.ok && addressOk.problem.startsWith('The source address');
  const badPort = !addressOk.ok && addressOk.problem.startsWith('The port');

  const onSource = (value: string) => {
    const source = parseSource(value);
    // A new sender starts from its own address: a client's first, or one nobody owns.
    let srcAddress = draft.srcAddress;
    if (source.kind === 'client') srcAddress = clientAddress(design, source.client);
    if (source.kind === 'address') srcAddress = anyoneElseAddress(design);
    set({ source, srcAddress });
  };

  return (
    <Box
      component="form"
      aria-label="Packet to simulate"
      onSubmit={(e) => e.preventDefault()}
      sx={{ display: 'grid', gap: 1.5, pt: 0.5 }}
    >
      <Select label="Source" value={sourceValue(draft.source)} onChange={onSource}>
        <Groups groups={sources} />
      </Select>
      {sourcePod ? (
        <Typography variant="body2" sx={{ color: 'text.secondary', mt: -0.5 }}>
          Sends from {sourcePod.ip} and enters {sourcePodNode?.name ?? sourcePod.node} through the
          pod&apos;s own interface (veth:{sourcePod.namespace}/{sourcePod.name}).
        </Typography>
      ) : (
        <Box sx={row}>
          <TextField
            label="Source address"
            value={draft.srcAddress}
            onChange={(e) => set({ srcAddress: e.target.value })}
            size="small"
            error={badAddress}
            sx={{ flex: 1.4, minWidth: 0 }}
            slotProps={{ htmlInput: { spellCheck: false, autoComplete: 'off' } }}
          />
          <Select
            label="Entry node"
            value={draft.entryNode}
            onChange={(node) => {
              const n = design.nodes.find((x) => x.id === node);
              set({ entryNode: node, entryIface: n?.interfaces[0]?.name ?? '' });
            }}
          >
            {design.nodes.map((n) => (
              <option key={n.id} value={n.id}>
                {n.name}
              </option>
            ))}
          </Select>
          <Select
            label="Interface"
            value={draft.entryIface}
            onChange={(entryIface) => set({ entryIface })}
            flex={0.8}
          >
            {(entry?.interfaces ?? []).map((i) => (
              <option key={i.name} value={i.name}>
                {i.name}
              </option>
            ))}
          </Select>
        </Box>
      )}
      {badAddress && (
        <Typography variant="caption" color="error" sx={{ mt: -1 }}>
          Not an IP address.
        </Typography>
      )}
      <Box sx={row}>
        <Select
          label="Destination"
          value={destinationValue(draft.destination)}
          onChange={(v) => set({ destination: parseDestination(v), backend: '' })}
          flex={2}
        >
          <Groups groups={destinations} />
        </Select>
        {service ? (
          <Select
            label="Service port"
            value={draft.servicePort}
            onChange={(servicePort) => set({ servicePort })}
          >
            {service.ports.map((p) => (
              <option key={portKey(p.port, p.protocol)} value={portKey(p.port, p.protocol)}>
                {portKey(p.port, p.protocol)}
              </option>
            ))}
          </Select>
        ) : (
          <>
            <TextField
              label="Port"
              value={draft.port}
              onChange={(e) => set({ port: e.target.value })}
              size="small"
              error={badPort}
              sx={{ flex: 0.7, minWidth: 0 }}
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            />
            <Select
              label="Protocol"
              value={draft.protocol}
              onChange={(p) => set({ protocol: p as FlowDraft['protocol'] })}
              flex={0.8}
            >
              {['TCP', 'UDP', 'SCTP'].map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </Select>
          </>
        )}
      </Box>
      {service && (
        <Select label="Backend" value={draft.backend} onChange={(backend) => set({ backend })}>
          <option value="">All backends ({backends.length})</option>
          {backends.map((p) => {
            const node = design.nodes.find((n) => n.id === p.node);
            return (
              <option key={p.id} value={p.id}>
                {p.namespace}/{p.name} on {node?.name ?? p.node}
              </option>
            );
          })}
        </Select>
      )}
    </Box>
  );
}

/** The knob shared by both simulator tabs (SEMANTICS.md §1.3–§1.4). */
export function MasqueradeSwitch() {
  const { trace } = useSimulationStores();
  const { kubeProxyMasquerade } = useSimulationState();
  return (
    <FormControlLabel
      control={
        <Switch
          size="small"
          checked={kubeProxyMasquerade}
          onChange={(_e, on) => trace.setKubeProxyMasquerade(on)}
        />
      }
      label={MASQUERADE_LABEL}
      slotProps={{ typography: { variant: 'body2' } }}
      sx={{ ml: 0, mr: 0, gap: 0.5, alignItems: 'center' }}
    />
  );
}

/** The Test traffic tab. `onShowRule` opens the YAML on a rule the user clicked. */
export function TestTrafficPanel({ onShowRule }: { onShowRule: ShowRule }) {
  const store = useStore();
  const generation = useGeneration();
  const output = useMemo(() => outputStateOf(generation), [generation]);
  const { trace } = useSimulationStores();
  const sim = useSimulationState();
  const inputs = useSimulationInputs();
  const design = inputs?.design;
  // Both read the store's state (`sim` re-renders on its changes); traceFor memoises.
  const draft = design ? trace.draftFor(design) : undefined;
  const outcome = trace.traceFor(inputs);
  const showRule: ShowRule = (ref) => {
    store.select({ kind: 'rule', resource: ref.resource, rulePath: ref.rulePath });
    onShowRule(ref);
  };

  if (output.kind === 'empty') return <EmptyOutput />;
  if (output.kind === 'failed' || !design || !draft || !inputs) {
    return <FailedAlert errors={output.kind === 'failed' ? output.errors : []} />;
  }
  const built = flowOfDraft(design, draft);
  const announcement = outcome?.ok
    ? outcome.results.map(resultSentence).join('; ')
    : (outcome?.problem ?? '');

  return (
    <Box
      role="region"
      aria-label="Test traffic"
      sx={{ flex: 1, minHeight: 0, overflow: 'auto', px: 1.5, py: 1, position: 'relative' }}
    >
      {inputs.stale && output.kind === 'ready' && (
        <StaleAlert errors={output.errors} showing="a simulation of the last YAML that generated" />
      )}
      <FlowForm design={design} draft={draft} onChange={trace.setDraft} />
      <Box sx={{ mt: 1 }}>
        <MasqueradeSwitch />
      </Box>
      <Box sx={{ display: 'flex', gap: 1, mt: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Button
          variant="contained"
          size="small"
          startIcon={<PlayArrowIcon />}
          disabled={!built.ok}
          onClick={() => trace.show(draft)}
          sx={{ textTransform: 'none' }}
        >
          Simulate
        </Button>
        <Button
          size="small"
          startIcon={<ClearIcon />}
          disabled={!sim.shown}
          onClick={trace.clear}
          sx={{ textTransform: 'none' }}
        >
          Clear path
        </Button>
        {!built.ok && (
          <Typography variant="caption" sx={{ color: 'text.secondary' }}>
            {built.problem}
          </Typography>
        )}
      </Box>
      <Box role="status" aria-live="polite" aria-label="Simulation verdict" sx={visuallyHidden}>
        {announcement}
      </Box>
      {outcome && !outcome.ok && (
        <Alert severity="warning" sx={{ mt: 1.5 }}>
          {outcome.problem}
        </Alert>
      )}
      {outcome?.ok && (
        <Box sx={{ mt: 1.5, borderTop: 1, borderColor: 'divider', pt: 1 }}>
          {outcome.notes.length > 0 && (
            <Alert severity="info" sx={{ mb: 1 }}>
              The simulator set aside:{' '}
              {outcome.notes
                .map((n) => `${n.resource}: ${describeReason(n.reason, n.params)}`)
                .join('; ')}
            </Alert>
          )}
          <TraceView results={outcome.results} documents={inputs.documents} onShowRule={showRule} />
        </Box>
      )}
      {!sim.shown && (
        <Typography variant="body2" sx={{ color: 'text.secondary', mt: 1.5 }}>
          Choose a packet and press Simulate: every node and policy stage it meets is listed here,
          and its path is drawn on the canvas.
        </Typography>
      )}
    </Box>
  );
}
