/** The inspector form of a Service: name, cluster IP, ports, selector, policy overrides. */
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import { memo } from 'react';
import { FormProvider, useFieldArray } from 'react-hook-form';
import type { Element } from '../../model/commands';
import type { Service, TrafficPolicy } from '../../model/design';
import { useDesign } from '../../state/hooks';
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
import { useElementForm } from './useInspectorForm';

const toElement = (value: Service): Element => ({ kind: 'service', value });

const IN_CLUSTER: readonly Option[] = [
  { value: 'allPods', label: 'Every pod in the cluster' },
  { value: 'sameNamespace', label: 'Pods in the same namespace' },
  { value: 'none', label: 'No pod (only the clients granted access)' },
];

function PortsField() {
  const { fields, append, remove } = useFieldArray<ServiceDraft, 'ports'>({ name: 'ports' });
  return (
    <Stack spacing={1}>
      {fields.map((f, i) => {
        const n = i + 1;
        return (
          <Box key={f.id} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1 }}>
            <Stack spacing={1}>
              <Stack direction="row" spacing={1}>
                <TextInput name={`ports.${i}.name`} label={`Port ${n} name`} />
                <TextInput name={`ports.${i}.port`} label={`Port ${n} port`} numeric />
              </Stack>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
                <TextInput name={`ports.${i}.targetPort`} label={`Port ${n} target port`} />
                <SelectInput
                  name={`ports.${i}.protocol`}
                  label={`Port ${n} protocol`}
                  options={PROTOCOLS}
                />
                <RemoveButton
                  label={`Remove port ${n}`}
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
        label="Add port"
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
  const policies: Option[] = [
    { value: '', label: `Follow the design (${globalPolicy})` },
    { value: 'Cluster', label: 'Cluster' },
    { value: 'Local', label: 'Local' },
  ];
  return (
    <FormColumn>
      <FormHeading kind="Service" name={id} />
      <Stack direction="row" spacing={1}>
        <TextInput name="name" label="Name" />
        <TextInput name="namespace" label="Namespace" />
      </Stack>
      <TextInput
        name="clusterIP"
        label="Cluster IP"
        helperText="Written into the Service: the policies name this address."
      />
      <SectionTitle>Ports</SectionTitle>
      <Hint>Target port: a number or a container port name; empty means the same as the port.</Hint>
      <PortsField />
      <SectionTitle>Selector</SectionTitle>
      <Hint>The labels that pick this Service&apos;s pods.</Hint>
      <LabelRowsField
        name="selector"
        keyLabel={(n) => `Selector key ${n}`}
        valueLabel={(n) => `Selector value ${n}`}
        addLabel="Add selector label"
        removeLabel={(n) => `Remove selector label ${n}`}
      />
      <SectionTitle>Policy</SectionTitle>
      <SelectInput
        name="trafficPolicy"
        label="Traffic policy"
        options={policies}
        helperText="Cluster: SNAT, policy at the nodes. Local: client address kept, policy at the pods."
      />
      <SelectInput
        name="inCluster"
        label="In-cluster access"
        options={IN_CLUSTER}
        helperText="Who inside the cluster may reach this Service."
      />
      <FormError />
    </FormColumn>
  );
});
