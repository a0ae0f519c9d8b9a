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
import type { Translate } from '../../i18n/t';
import type { Design } from '../../model/design';
import { podsOfService } from '../../model/query';
import { describeReason } from '../../simulate/describeTrace';
import { useGeneration, useStore } from '../../state/hooks';
import { useLocale, useT } from '../../state/preferences';
import {
  clientAddress,
  describeTraceProblem,
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

function sourceGroups(design: Design, t: Translate): ChoiceGroup[] {
  return [
    {
      label: t('ui.simulator.traffic.group.clients'),
      choices: design.clients.map((c) => ({
        value: `client|${c.id}`,
        label: `${c.name} (${c.cidrs.join(', ')})`,
      })),
    },
    {
      label: t('ui.simulator.traffic.group.anyone'),
      choices: [{ value: 'address', label: t('ui.simulator.traffic.anyOtherAddress') }],
    },
    {
      label: t('ui.simulator.traffic.group.pods'),
      choices: design.pods
        .filter((p) => p.ip !== undefined)
        .map((p) => ({ value: `pod|${p.id}`, label: `${p.namespace}/${p.name} (${p.ip})` })),
    },
  ];
}

function destinationGroups(design: Design, t: Translate): ChoiceGroup[] {
  return [
    {
      label: t('ui.simulator.traffic.group.services'),
      choices: design.services.map((s) => ({
        value: `service|${s.id}`,
        label: `${s.namespace}/${s.name} (${s.clusterIP})`,
      })),
    },
    {
      label: t('ui.simulator.traffic.group.nodeAddresses'),
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
      label: t('ui.simulator.traffic.group.podIps'),
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
  const t = useT();
  const sources = useMemo(() => sourceGroups(design, t), [design, t]);
  const destinations = useMemo(() => destinationGroups(design, t), [design, t]);
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
  const badAddress = !addressOk.ok && addressOk.problem.kind === 'badSourceAddress';
  const badPort = !addressOk.ok && addressOk.problem.kind === 'badPort';

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
      aria-label={t('ui.simulator.traffic.form')}
      onSubmit={(e) => e.preventDefault()}
      sx={{ display: 'grid', gap: 1.5, pt: 0.5 }}
    >
      <Select
        label={t('ui.simulator.traffic.source')}
        value={sourceValue(draft.source)}
        onChange={onSource}
      >
        <Groups groups={sources} />
      </Select>
      {sourcePod ? (
        <Typography variant="body2" sx={{ color: 'text.secondary', mt: -0.5 }}>
          {t('ui.simulator.traffic.podSends', {
            ip: sourcePod.ip ?? '',
            node: sourcePodNode?.name ?? sourcePod.node,
            namespace: sourcePod.namespace,
            name: sourcePod.name,
          })}
        </Typography>
      ) : (
        <Box sx={row}>
          <TextField
            label={t('ui.simulator.traffic.sourceAddress')}
            value={draft.srcAddress}
            onChange={(e) => set({ srcAddress: e.target.value })}
            size="small"
            error={badAddress}
            sx={{ flex: 1.4, minWidth: 0 }}
            slotProps={{ htmlInput: { spellCheck: false, autoComplete: 'off' } }}
          />
          <Select
            label={t('ui.simulator.traffic.entryNode')}
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
            label={t('ui.simulator.traffic.interface')}
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
          {t('ui.simulator.traffic.notAnIp')}
        </Typography>
      )}
      <Box sx={row}>
        <Select
          label={t('ui.simulator.traffic.destination')}
          value={destinationValue(draft.destination)}
          onChange={(v) => set({ destination: parseDestination(v), backend: '' })}
          flex={2}
        >
          <Groups groups={destinations} />
        </Select>
        {service ? (
          <Select
            label={t('ui.simulator.traffic.servicePort')}
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
              label={t('ui.simulator.traffic.port')}
              value={draft.port}
              onChange={(e) => set({ port: e.target.value })}
              size="small"
              error={badPort}
              sx={{ flex: 0.7, minWidth: 0 }}
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            />
            <Select
              label={t('ui.simulator.traffic.protocol')}
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
        <Select
          label={t('ui.simulator.traffic.backend')}
          value={draft.backend}
          onChange={(backend) => set({ backend })}
        >
          <option value="">
            {t('ui.simulator.traffic.allBackends', { count: backends.length })}
          </option>
          {backends.map((p) => {
            const node = design.nodes.find((n) => n.id === p.node);
            return (
              <option key={p.id} value={p.id}>
                {t('ui.simulator.traffic.backendOn', {
                  backend: `${p.namespace}/${p.name}`,
                  node: node?.name ?? p.node,
                })}
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
  const t = useT();
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
      label={t('ui.simulator.traffic.masquerade')}
      slotProps={{ typography: { variant: 'body2' } }}
      sx={{ ml: 0, mr: 0, gap: 0.5, alignItems: 'center' }}
    />
  );
}

/** The Test traffic tab. `onShowRule` opens the YAML on a rule the user clicked. */
export function TestTrafficPanel({ onShowRule }: { onShowRule: ShowRule }) {
  const t = useT();
  const locale = useLocale();
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
  let announcement = '';
  if (outcome?.ok) {
    announcement = outcome.results
      .map((r) => resultSentence(r, t))
      .join(t('ui.simulator.separator.list'));
  } else if (outcome) {
    announcement = describeTraceProblem(outcome.problem, t, locale);
  }

  return (
    <Box
      role="region"
      aria-label={t('ui.simulator.traffic.region')}
      sx={{ flex: 1, minHeight: 0, overflow: 'auto', px: 1.5, py: 1, position: 'relative' }}
    >
      {inputs.stale && output.kind === 'ready' && (
        <StaleAlert errors={output.errors} showing={t('ui.simulator.traffic.showing')} />
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
          // The store's draft at the click, not this render's: a render behind must not undo an edit.
          onClick={() => trace.show(trace.draftFor(design))}
          sx={{ textTransform: 'none' }}
        >
          {t('ui.simulator.traffic.simulate')}
        </Button>
        <Button
          size="small"
          startIcon={<ClearIcon />}
          disabled={!sim.shown}
          onClick={trace.clear}
          sx={{ textTransform: 'none' }}
        >
          {t('ui.simulator.traffic.clear')}
        </Button>
        {!built.ok && (
          <Typography variant="caption" sx={{ color: 'text.secondary' }}>
            {describeTraceProblem(built.problem, t, locale)}
          </Typography>
        )}
      </Box>
      <Box
        role="status"
        aria-live="polite"
        aria-label={t('ui.simulator.traffic.verdictStatus')}
        sx={visuallyHidden}
      >
        {announcement}
      </Box>
      {outcome && !outcome.ok && (
        <Alert severity="warning" sx={{ mt: 1.5 }}>
          {announcement}
        </Alert>
      )}
      {outcome?.ok && (
        <Box sx={{ mt: 1.5, borderTop: 1, borderColor: 'divider', pt: 1 }}>
          {outcome.notes.length > 0 && (
            <Alert severity="info" sx={{ mb: 1 }}>
              {t('ui.simulator.traffic.notes', {
                notes: outcome.notes
                  .map((n) =>
                    t('ui.simulator.traffic.note', {
                      resource: n.resource,
                      reason: describeReason(n.reason, n.params, locale),
                    }),
                  )
                  .join(t('ui.simulator.separator.list')),
              })}
            </Alert>
          )}
          <TraceView results={outcome.results} documents={inputs.documents} onShowRule={showRule} />
        </Box>
      )}
      {!sim.shown && (
        <Typography variant="body2" sx={{ color: 'text.secondary', mt: 1.5 }}>
          {t('ui.simulator.traffic.hint')}
        </Typography>
      )}
    </Box>
  );
}
