/** The inspector form of a pod: name, labels, its node and address, its container ports. */
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import { memo, useMemo } from 'react';
import { FormProvider, useFieldArray } from 'react-hook-form';
import type { Element } from '../../model/commands';
import type { Pod } from '../../model/design';
import { useDesign } from '../../state/hooks';
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
  return (
    <Stack spacing={1}>
      {fields.map((f, i) => {
        const n = i + 1;
        return (
          <Box key={f.id} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1 }}>
            <Stack spacing={1}>
              <Stack direction="row" spacing={1}>
                <TextInput name={`ports.${i}.name`} label={`Container port ${n} name`} />
                <TextInput
                  name={`ports.${i}.containerPort`}
                  label={`Container port ${n} port`}
                  numeric
                />
              </Stack>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
                <SelectInput
                  name={`ports.${i}.protocol`}
                  label={`Container port ${n} protocol`}
                  options={PROTOCOLS}
                />
                <RemoveButton label={`Remove container port ${n}`} onClick={() => remove(i)} />
              </Stack>
            </Stack>
          </Box>
        );
      })}
      <AddButton
        label="Add container port"
        onClick={() => append({ name: '', containerPort: '', protocol: 'TCP' })}
      />
    </Stack>
  );
}

export function PodForm({ pod }: { pod: Pod }) {
  const nodes = useDesign().nodes;
  const form = useElementForm({
    value: pod,
    toDraft: toPodDraft,
    schema: podFormSchema,
    toElement,
  });
  const nodeOptions = useMemo(() => {
    const options: Option[] = nodes.map((n) => ({ value: n.id, label: n.name }));
    if (!nodes.some((n) => n.id === pod.node))
      options.unshift({ value: pod.node, label: `${pod.node} (no such node)` });
    return options;
  }, [nodes, pod.node]);
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
  return (
    <FormColumn>
      <FormHeading kind="Pod" name={id} />
      <Stack direction="row" spacing={1}>
        <TextInput name="name" label="Name" />
        <TextInput name="namespace" label="Namespace" />
      </Stack>
      <SelectInput name="node" label="Node" options={nodeOptions} />
      <TextInput name="ip" label="IP" helperText="Optional: an address inside a pod CIDR." />
      <SectionTitle>Labels</SectionTitle>
      <LabelRowsField
        name="labels"
        keyLabel={(n) => `Label key ${n}`}
        valueLabel={(n) => `Label value ${n}`}
        addLabel="Add label"
        removeLabel={(n) => `Remove label ${n}`}
      />
      <SectionTitle>Container ports</SectionTitle>
      <ContainerPortsField />
      <FormError />
    </FormColumn>
  );
});
