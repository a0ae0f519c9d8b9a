/** The inspector form of a pod: name, labels, its node and address, its container ports. */
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import { memo, useMemo } from 'react';
import { FormProvider, useFieldArray } from 'react-hook-form';
import type { Element } from '../../model/commands';
import type { Pod } from '../../model/design';
import { useDesign } from '../../state/hooks';
import { useT } from '../../state/preferences';
import {
  AddButton,
  FormColumn,
  FormError,
  FormHeading,
  LabelRowsField,
  RemoveButton,
  SectionTitle,
  SelectInput,
  TextInput,
  PROTOCOLS,
  type Option,
} from './fields';
import { podFormSchema, toPodDraft, type PodDraft } from './formSchemas';
import { useElementForm } from './useInspectorForm';

const toElement = (value: Pod): Element => ({ kind: 'pod', value });

function ContainerPortsField() {
  const { fields, append, remove } = useFieldArray<PodDraft, 'ports'>({ name: 'ports' });
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
                  label={t('ui.inspector.pod.containerPort.name', { n })}
                />
                <TextInput
                  name={`ports.${i}.containerPort`}
                  label={t('ui.inspector.pod.containerPort.port', { n })}
                  numeric
                />
              </Stack>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
                <SelectInput
                  name={`ports.${i}.protocol`}
                  label={t('ui.inspector.pod.containerPort.protocol', { n })}
                  options={PROTOCOLS}
                />
                <RemoveButton
                  label={t('ui.inspector.pod.containerPort.remove', { n })}
                  onClick={() => remove(i)}
                />
              </Stack>
            </Stack>
          </Box>
        );
      })}
      <AddButton
        label={t('ui.inspector.pod.containerPort.add')}
        onClick={() => append({ name: '', containerPort: '', protocol: 'TCP' })}
      />
    </Stack>
  );
}

export function PodForm({ pod }: { pod: Pod }) {
  const nodes = useDesign().nodes;
  const t = useT();
  const form = useElementForm({
    value: pod,
    toDraft: toPodDraft,
    schema: podFormSchema,
    toElement,
  });
  const nodeOptions = useMemo(() => {
    const options: Option[] = nodes.map((n) => ({ value: n.id, label: n.name }));
    if (!nodes.some((n) => n.id === pod.node))
      options.unshift({
        value: pod.node,
        label: t('ui.inspector.pod.node.missing', { node: pod.node }),
      });
    return options;
  }, [nodes, pod.node, t]);
  return (
    <FormProvider {...form}>
      <PodFields id={pod.id} nodeOptions={nodeOptions} />
    </FormProvider>
  );
}

/** Memoised: the inputs re-render on their own field's changes, not on every design change. */
const PodFields = memo(function PodFields({
  id,
  nodeOptions,
}: {
  id: string;
  nodeOptions: readonly Option[];
}) {
  const t = useT();
  return (
    <FormColumn>
      <FormHeading kind={t('ui.inspector.pod.heading')} name={id} />
      <Stack direction="row" spacing={1}>
        <TextInput name="name" label={t('ui.inspector.name')} />
        <TextInput name="namespace" label={t('ui.inspector.namespace')} />
      </Stack>
      <SelectInput name="node" label={t('ui.inspector.pod.node')} options={nodeOptions} />
      <TextInput
        name="ip"
        label={t('ui.inspector.pod.ip')}
        helperText={t('ui.inspector.pod.ip.helper')}
      />
      <SectionTitle>{t('ui.inspector.labels')}</SectionTitle>
      <LabelRowsField
        name="labels"
        keyLabel={(n) => t('ui.inspector.labels.key', { n })}
        valueLabel={(n) => t('ui.inspector.labels.value', { n })}
        addLabel={t('ui.inspector.labels.add')}
        removeLabel={(n) => t('ui.inspector.labels.remove', { n })}
      />
      <SectionTitle>{t('ui.inspector.pod.containerPorts')}</SectionTitle>
      <ContainerPortsField />
      <FormError />
    </FormColumn>
  );
});
