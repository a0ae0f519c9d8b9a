/** The cluster settings: design name, networks, host access, output profile. */
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { memo, useCallback, useId, useMemo, useState } from 'react';
import { Controller, FormProvider, useWatch } from 'react-hook-form';
import type { TrafficPolicy } from '../../model/design';
import { useDesign, useStore } from '../../state/hooks';
import { clusterProblems } from './fieldProblems';
import {
  FormColumn,
  FormError,
  FormHeading,
  Hint,
  SectionTitle,
  SelectInput,
  TextInput,
  TextListField,
  type Option,
} from './fields';
import {
  clusterFormSchema,
  clusterSettingsOf,
  toClusterDraft,
  type ClusterDraft,
  type ClusterSettings,
} from './formSchemas';
import { isSameJson } from './isSameJson';
import { newSession, useInspectorForm } from './useInspectorForm';

const ENCAPSULATIONS: readonly Option[] = [
  { value: 'None', label: 'None' },
  { value: 'IPIP', label: 'IPIP' },
  { value: 'VXLAN', label: 'VXLAN' },
];

interface Choice {
  value: string;
  label: string;
  /** One line on what the choice means, read out after the label. */
  detail?: string;
}

function RadioInput({
  name,
  label,
  choices,
}: {
  name: string;
  label: string;
  choices: readonly Choice[];
}) {
  const labelId = useId();
  const detailId = useId();
  return (
    <FormControl size="small">
      <FormLabel id={labelId} sx={{ typography: 'body2' }}>
        {label}
      </FormLabel>
      <Controller
        name={name}
        render={({ field }) => (
          <RadioGroup
            aria-labelledby={labelId}
            name={field.name}
            value={field.value}
            onChange={(e) => field.onChange(e.target.value)}
          >
            {choices.map((c) => (
              <Stack key={c.value} sx={{ mb: c.detail ? 0.5 : 0 }}>
                <FormControlLabel
                  value={c.value}
                  label={c.label}
                  control={
                    <Radio
                      size="small"
                      slotProps={{
                        input: c.detail ? { 'aria-describedby': `${detailId}-${c.value}` } : {},
                      }}
                    />
                  }
                  sx={{ my: -0.5 }}
                />
                {c.detail && (
                  <Typography
                    id={`${detailId}-${c.value}`}
                    variant="caption"
                    sx={{ color: 'text.secondary', pl: 3.5 }}
                  >
                    {c.detail}
                  </Typography>
                )}
              </Stack>
            ))}
          </RadioGroup>
        )}
      />
    </FormControl>
  );
}

const HOST_ACCESS: readonly Choice[] = [
  { value: 'allExceptNodePorts', label: 'All ports except NodePorts' },
  { value: 'only', label: 'Only these ports' },
];

const PROFILES: readonly Choice[] = [
  {
    value: 'hardened',
    label: 'Hardened',
    detail: "Holds under Calico's actual behaviour: adds the denies the guide leaves out.",
  },
  {
    value: 'guide',
    label: 'Guide',
    detail: "Exactly the guide's recipe; its gaps are reported as warnings.",
  },
];

function HostAccessPorts() {
  const mode = useWatch<ClusterDraft, 'cluster.hostAccess.mode'>({
    name: 'cluster.hostAccess.mode',
  });
  if (mode !== 'only') return null;
  return (
    <Stack spacing={1}>
      <TextInput
        name="cluster.hostAccess.tcp"
        label="TCP ports"
        helperText="Comma-separated, e.g. 22, 10250."
      />
      <TextInput name="cluster.hostAccess.udp" label="UDP ports" helperText="Comma-separated." />
      <Hint>Calico&apos;s failsafe ports (SSH, BGP, etcd, the API server) stay open anyway.</Hint>
    </Stack>
  );
}

export function ClusterForm() {
  const store = useStore();
  const design = useDesign();
  const settings = useMemo(() => clusterSettingsOf(design), [design]);
  const [session] = useState(newSession);
  const commit = useCallback(
    (next: ClusterSettings) => {
      const now = store.getState().design;
      const coalesce = `cluster:${session}`;
      if (next.name !== now.name)
        store.dispatch({ type: 'setName', name: next.name }, { coalesce });
      if (!isSameJson(next.cluster, now.cluster))
        store.dispatch({ type: 'setCluster', cluster: next.cluster }, { coalesce });
      if (next.output.profile !== now.output.profile)
        store.dispatch({ type: 'setProfile', profile: next.output.profile }, { coalesce });
    },
    [store, session],
  );
  const form = useInspectorForm({
    value: settings,
    toDraft: toClusterDraft,
    schema: clusterFormSchema,
    problems: clusterProblems,
    commit,
  });
  return (
    <FormProvider {...form}>
      <ClusterFields trafficPolicy={design.cluster.trafficPolicy} />
    </FormProvider>
  );
}

/** Memoised: the inputs re-render on their own field's changes, not on every design change. */
const ClusterFields = memo(function ClusterFields({
  trafficPolicy,
}: {
  trafficPolicy: TrafficPolicy;
}) {
  return (
    <FormColumn>
      <FormHeading kind="Cluster" />
      <TextInput name="name" label="Design name" />
      <SectionTitle>Networks</SectionTitle>
      <TextListField
        name="cluster.podCidrs"
        itemLabel={(n) => `Pod CIDR ${n}`}
        addLabel="Add pod CIDR"
        removeLabel={(n) => `Remove pod CIDR ${n}`}
        minItems={1}
      />
      <Hint>The service CIDRs are advertised over BGP; every cluster IP lies in one.</Hint>
      <TextListField
        name="cluster.serviceCidrs"
        itemLabel={(n) => `Service CIDR ${n}`}
        addLabel="Add service CIDR"
        removeLabel={(n) => `Remove service CIDR ${n}`}
        minItems={1}
      />
      <TextInput
        name="cluster.nodePortRange"
        label="NodePort range"
        helperText='Written "lo:hi", e.g. 30000:32767.'
      />
      <SelectInput
        name="cluster.encapsulation"
        label="Encapsulation"
        options={ENCAPSULATIONS}
        helperText="With IPIP or VXLAN, give every node its tunnel IP."
      />
      <SectionTitle>Nodes</SectionTitle>
      <Hint>The label every HostEndpoint carries and every node selector uses.</Hint>
      <Stack direction="row" spacing={1}>
        <TextInput name="cluster.nodeLabel.key" label="Node label key" />
        <TextInput name="cluster.nodeLabel.value" label="Node label value" />
      </Stack>
      <RadioInput name="cluster.hostAccess.mode" label="Host access" choices={HOST_ACCESS} />
      <HostAccessPorts />
      <RadioInput name="output.profile" label="Output profile" choices={PROFILES} />
      <Typography variant="body2">
        Traffic policy: <strong>{trafficPolicy}</strong>
      </Typography>
      <Hint>Set the global traffic policy in the top bar; a service may override it.</Hint>
      <FormError />
    </FormColumn>
  );
});
