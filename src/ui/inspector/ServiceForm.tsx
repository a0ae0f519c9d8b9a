/** The inspector form of a Service: name, cluster IP, ports, selector, policy overrides. */
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import { memo, useMemo } from 'react';
import { FormProvider, useFieldArray, useWatch } from 'react-hook-form';
import type { Element } from '../../model/commands';
import type { AnyMessageId } from '../../i18n/t';
import type { Service, TrafficPolicy } from '../../model/design';
import { useDesign } from '../../state/hooks';
import { useT } from '../../state/preferences';
import {
  AddButton,
  FormColumn,
  FormError,
  FormHeading,
  Hint,
  LabelRowsField,
  ListError,
  RemoveButton,
  SectionTitle,
  SelectInput,
  TextInput,
  PROTOCOLS,
  type Option,
} from './fields';
import { serviceFormSchema, toServiceDraft, type ServiceDraft } from './formSchemas';
import { NobodyOutside } from './NobodyOutside';
import { LocalStoryLink, useModeHint } from './TrafficModeHint';
import { useElementForm } from './useInspectorForm';

const toElement = (value: Service): Element => ({ kind: 'service', value });

/** The in-cluster access choices, each with the message id of its label. */
const IN_CLUSTER: readonly { value: Service['inCluster']; label: AnyMessageId }[] = [
  { value: 'allPods', label: 'ui.inspector.service.inCluster.allPods' },
  { value: 'sameNamespace', label: 'ui.inspector.service.inCluster.sameNamespace' },
  { value: 'none', label: 'ui.inspector.service.inCluster.none' },
];

function PortsField() {
  const { fields, append, remove } = useFieldArray<ServiceDraft, 'ports'>({ name: 'ports' });
  const t = useT();
  return (
    <Stack spacing={1}>
      {fields.map((f, i) => {
        const n = i + 1;
        return (
          <Box key={f.id} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1 }}>
            <Stack spacing={1}>
              <Stack direction="row" spacing={1}>
                <TextInput
                  name={`ports.${i}.name`}
                  label={t('ui.inspector.service.port.name', { n })}
                />
                <TextInput
                  name={`ports.${i}.port`}
                  label={t('ui.inspector.service.port.port', { n })}
                  numeric
                />
              </Stack>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
                <TextInput
                  name={`ports.${i}.targetPort`}
                  label={t('ui.inspector.service.port.targetPort', { n })}
                />
                <SelectInput
                  name={`ports.${i}.protocol`}
                  label={t('ui.inspector.service.port.protocol', { n })}
                  options={PROTOCOLS}
                />
                <RemoveButton
                  label={t('ui.inspector.service.port.remove', { n })}
                  onClick={() => remove(i)}
                  disabled={fields.length <= 1}
                />
              </Stack>
            </Stack>
          </Box>
        );
      })}
      <ListError name="ports" />
      <AddButton
        label={t('ui.inspector.service.port.add')}
        onClick={() => append({ name: '', port: '', targetPort: '', protocol: 'TCP' })}
      />
    </Stack>
  );
}

export function ServiceForm({ service }: { service: Service }) {
  const globalPolicy = useDesign().cluster.trafficPolicy;
  const form = useElementForm({
    value: service,
    toDraft: toServiceDraft,
    schema: serviceFormSchema,
    toElement,
  });
  return (
    <FormProvider {...form}>
      <ServiceFields id={service.id} globalPolicy={globalPolicy} />
      <NobodyOutside serviceId={service.id} />
    </FormProvider>
  );
}

/** Memoised: the inputs re-render on their own field's changes, not on every design change. */
const ServiceFields = memo(function ServiceFields({
  id,
  globalPolicy,
}: {
  id: string;
  globalPolicy: TrafficPolicy;
}) {
  const t = useT();
  const mode = useWatch<ServiceDraft, 'trafficPolicy'>({ name: 'trafficPolicy' });
  const hint = useModeHint(mode || globalPolicy);
  // The modes keep their English names (the glossary's Cluster and Local) in every language.
  const policies = useMemo<readonly Option[]>(
    () => [
      { value: '', label: t('ui.inspector.service.trafficPolicy.follow', { mode: globalPolicy }) },
      { value: 'Cluster', label: 'Cluster' },
      { value: 'Local', label: 'Local' },
    ],
    [t, globalPolicy],
  );
  const inCluster = useMemo<readonly Option[]>(
    () => IN_CLUSTER.map((o) => ({ value: o.value, label: t(o.label) })),
    [t],
  );
  return (
    <FormColumn>
      <FormHeading kind={t('ui.inspector.service.heading')} name={id} />
      <Stack direction="row" spacing={1}>
        <TextInput name="name" label={t('ui.inspector.name')} />
        <TextInput name="namespace" label={t('ui.inspector.namespace')} />
      </Stack>
      <TextInput
        name="clusterIP"
        label={t('ui.inspector.service.clusterIP')}
        helperText={t('ui.inspector.service.clusterIP.helper')}
      />
      <SectionTitle>{t('ui.inspector.ports')}</SectionTitle>
      <Hint>{t('ui.inspector.service.ports.hint')}</Hint>
      <PortsField />
      <SectionTitle>{t('ui.inspector.service.selector')}</SectionTitle>
      <Hint>{t('ui.inspector.service.selector.hint')}</Hint>
      <LabelRowsField
        name="selector"
        keyLabel={(n) => t('ui.inspector.service.selector.key', { n })}
        valueLabel={(n) => t('ui.inspector.service.selector.value', { n })}
        addLabel={t('ui.inspector.service.selector.add')}
        removeLabel={(n) => t('ui.inspector.service.selector.remove', { n })}
      />
      <SectionTitle>{t('ui.inspector.service.policy')}</SectionTitle>
      <Stack spacing={0.5}>
        <SelectInput
          name="trafficPolicy"
          label={t('ui.inspector.service.trafficPolicy')}
          options={policies}
          helperText={hint}
        />
        <LocalStoryLink inset />
      </Stack>
      <SelectInput
        name="inCluster"
        label={t('ui.inspector.service.inCluster')}
        options={inCluster}
        helperText={t('ui.inspector.service.inCluster.helper')}
      />
      <FormError />
    </FormColumn>
  );
});
