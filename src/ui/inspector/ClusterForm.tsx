/**
 * The cluster settings: design name, networks, host access, traffic policy, and the output
 * (profile, target Calico version, staged policies).
 */
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { memo, useCallback, useId, useMemo, useState } from 'react';
import { Controller, FormProvider, useWatch } from 'react-hook-form';
import type { AnyMessageId } from '../../i18n/t';
import { CALICO_VERSIONS, NEWEST_CALICO, calicoAtLeast } from '../../model/design';
import { useDesign, useStore } from '../../state/hooks';
import { useT } from '../../state/preferences';
import { clusterProblems } from './fieldProblems';
import {
  FormColumn,
  FormError,
  FormHeading,
  Hint,
  SectionTitle,
  SelectInput,
  SwitchInput,
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
import { TrafficModeHint } from './TrafficModeHint';
import { newSession, useInspectorForm } from './useInspectorForm';

/** A radio choice, in message ids: put into words when shown. */
interface Choice {
  value: string;
  label: AnyMessageId;
  /** One line on what the choice means, read out after the label. */
  detail?: AnyMessageId;
}

function RadioInput({
  name,
  label,
  choices,
  describedBy,
}: {
  name: string;
  label: string;
  choices: readonly Choice[];
  /** The id of a hint under the group that describes the whole choice. */
  describedBy?: string;
}) {
  const labelId = useId();
  const detailId = useId();
  const t = useT();
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
            aria-describedby={describedBy}
            name={field.name}
            value={field.value}
            onChange={(e) => field.onChange(e.target.value)}
          >
            {choices.map((c) => (
              <Stack key={c.value} sx={{ mb: c.detail ? 0.5 : 0 }}>
                <FormControlLabel
                  value={c.value}
                  label={t(c.label)}
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
                    {t(c.detail)}
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
  { value: 'allExceptNodePorts', label: 'ui.inspector.cluster.hostAccess.allExceptNodePorts' },
  { value: 'only', label: 'ui.inspector.cluster.hostAccess.only' },
];

// The modes keep their English names (the glossary's Cluster and Local) in every language.
const TRAFFIC_POLICIES: readonly Choice[] = [
  { value: 'Cluster', label: 'ui.inspector.trafficPolicy.Cluster' },
  { value: 'Local', label: 'ui.inspector.trafficPolicy.Local' },
];

/** The global traffic policy's picker, with the chosen mode's hint right under it. */
function TrafficPolicyPicker() {
  const t = useT();
  const hintId = useId();
  const mode = useWatch<ClusterDraft, 'cluster.trafficPolicy'>({ name: 'cluster.trafficPolicy' });
  return (
    <Stack spacing={0.5}>
      <RadioInput
        name="cluster.trafficPolicy"
        label={t('ui.inspector.cluster.trafficPolicy')}
        choices={TRAFFIC_POLICIES}
        describedBy={hintId}
      />
      <TrafficModeHint mode={mode} id={hintId} />
      <Hint>{t('ui.inspector.cluster.trafficPolicy.hint')}</Hint>
    </Stack>
  );
}

const PROFILES: readonly Choice[] = [
  {
    value: 'hardened',
    label: 'ui.inspector.cluster.profile.hardened',
    detail: 'ui.inspector.cluster.profile.hardened.detail',
  },
  {
    value: 'guide',
    label: 'ui.inspector.cluster.profile.guide',
    detail: 'ui.inspector.cluster.profile.guide.detail',
  },
];

function HostAccessPorts() {
  const mode = useWatch<ClusterDraft, 'cluster.hostAccess.mode'>({
    name: 'cluster.hostAccess.mode',
  });
  const t = useT();
  if (mode !== 'only') return null;
  return (
    <Stack spacing={1}>
      <TextInput
        name="cluster.hostAccess.tcp"
        label={t('ui.inspector.cluster.hostAccess.tcp')}
        helperText={t('ui.inspector.cluster.hostAccess.tcp.helper')}
      />
      <TextInput
        name="cluster.hostAccess.udp"
        label={t('ui.inspector.cluster.hostAccess.udp')}
        helperText={t('ui.inspector.cluster.hostAccess.udp.helper')}
      />
      <Hint>{t('ui.inspector.cluster.hostAccess.failsafe')}</Hint>
    </Stack>
  );
}

/** Newest first: most users target a current release. */
const VERSIONS = [...CALICO_VERSIONS].reverse();

/** The target Calico version, and under it what that version's output is built from. */
function CalicoVersionField() {
  const t = useT();
  const version = useWatch<ClusterDraft, 'output.calicoVersion'>({ name: 'output.calicoVersion' });
  const options = useMemo<readonly Option[]>(
    () =>
      VERSIONS.map((v) => ({
        value: v,
        label:
          v === NEWEST_CALICO ? t('ui.inspector.cluster.calicoVersion.newest', { version: v }) : v,
      })),
    [t],
  );
  const tiers = calicoAtLeast(version, '3.29');
  return (
    <SelectInput
      name="output.calicoVersion"
      label={t('ui.inspector.cluster.calicoVersion')}
      options={options}
      helperText={t(
        tiers
          ? 'ui.inspector.cluster.calicoVersion.tiers'
          : 'ui.inspector.cluster.calicoVersion.noTiers',
      )}
    />
  );
}

/**
 * Staged output: off and out of reach below Calico 3.30, with the reason shown. A design that has
 * it on and a version lowered under it keeps the switch usable, so the user can turn it off where
 * the problem is shown.
 */
function StagedField() {
  const t = useT();
  const [version, staged] = useWatch<ClusterDraft, ['output.calicoVersion', 'output.staged']>({
    name: ['output.calicoVersion', 'output.staged'],
  });
  const supported = calicoAtLeast(version, '3.30');
  return (
    <SwitchInput
      name="output.staged"
      label={t('ui.inspector.cluster.staged')}
      disabled={!supported && !staged}
      helperText={t(
        supported ? 'ui.inspector.cluster.staged.helper' : 'ui.inspector.cluster.staged.needs',
        { version },
      )}
    />
  );
}

export function ClusterForm() {
  const store = useStore();
  const design = useDesign();
  const settings = useMemo(() => clusterSettingsOf(design), [design]);
  const [session] = useState(newSession);
  const commit = useCallback(
    (next: ClusterSettings, field: string) => {
      const now = store.getState().design;
      const coalesce = `cluster:${session}:${field}`;
      if (next.name !== now.name)
        store.dispatch({ type: 'setName', name: next.name }, { coalesce });
      if (!isSameJson(next.cluster, now.cluster))
        store.dispatch({ type: 'setCluster', cluster: next.cluster }, { coalesce });
      if (!isSameJson(next.output, now.output))
        store.dispatch({ type: 'setOutput', output: next.output }, { coalesce });
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
      <ClusterFields />
    </FormProvider>
  );
}

/** Memoised: the inputs re-render on their own field's changes, not on every design change. */
const ClusterFields = memo(function ClusterFields() {
  const t = useT();
  // IPIP and VXLAN are names, the same in every language.
  const encapsulations = useMemo<readonly Option[]>(
    () => [
      { value: 'None', label: t('ui.inspector.cluster.encapsulation.None') },
      { value: 'IPIP', label: 'IPIP' },
      { value: 'VXLAN', label: 'VXLAN' },
    ],
    [t],
  );
  return (
    <FormColumn>
      <FormHeading kind={t('ui.inspector.cluster.heading')} />
      <TextInput name="name" label={t('ui.inspector.cluster.name')} />
      <SectionTitle>{t('ui.inspector.cluster.networks')}</SectionTitle>
      <TextListField
        name="cluster.podCidrs"
        itemLabel={(n) => t('ui.inspector.cluster.podCidr', { n })}
        addLabel={t('ui.inspector.cluster.podCidr.add')}
        removeLabel={(n) => t('ui.inspector.cluster.podCidr.remove', { n })}
        minItems={1}
      />
      <Hint>{t('ui.inspector.cluster.serviceCidrs.hint')}</Hint>
      <TextListField
        name="cluster.serviceCidrs"
        itemLabel={(n) => t('ui.inspector.cluster.serviceCidr', { n })}
        addLabel={t('ui.inspector.cluster.serviceCidr.add')}
        removeLabel={(n) => t('ui.inspector.cluster.serviceCidr.remove', { n })}
        minItems={1}
      />
      <TextInput
        name="cluster.nodePortRange"
        label={t('ui.inspector.cluster.nodePortRange')}
        helperText={t('ui.inspector.cluster.nodePortRange.helper')}
      />
      <SelectInput
        name="cluster.encapsulation"
        label={t('ui.inspector.cluster.encapsulation')}
        options={encapsulations}
        helperText={t('ui.inspector.cluster.encapsulation.helper')}
      />
      <SectionTitle>{t('ui.inspector.cluster.nodes')}</SectionTitle>
      <Hint>{t('ui.inspector.cluster.nodes.hint')}</Hint>
      <Stack direction="row" spacing={1}>
        <TextInput name="cluster.nodeLabel.key" label={t('ui.inspector.cluster.nodeLabel.key')} />
        <TextInput
          name="cluster.nodeLabel.value"
          label={t('ui.inspector.cluster.nodeLabel.value')}
        />
      </Stack>
      <RadioInput
        name="cluster.hostAccess.mode"
        label={t('ui.inspector.cluster.hostAccess')}
        choices={HOST_ACCESS}
      />
      <HostAccessPorts />
      <SectionTitle>{t('ui.inspector.cluster.output')}</SectionTitle>
      <RadioInput
        name="output.profile"
        label={t('ui.inspector.cluster.profile')}
        choices={PROFILES}
      />
      <CalicoVersionField />
      <StagedField />
      <TrafficPolicyPicker />
      <FormError />
    </FormColumn>
  );
});
