/** The inspector form of a node: name, labels, the interfaces that receive cluster-IP traffic. */
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import { memo } from 'react';
import { FormProvider, useFieldArray } from 'react-hook-form';
import type { Element } from '../../model/commands';
import type { Cluster, DesignNode } from '../../model/design';
import { useDesign } from '../../state/hooks';
import {
  AddButton,
  FormColumn,
  FormError,
  FormHeading,
  Hint,
  LabelRowsField,
  RemoveButton,
  SectionTitle,
  TextInput,
  TextListField,
} from './fields';
import { nodeFormSchema, toNodeDraft, type NodeDraft } from './formSchemas';
import { useElementForm } from './useInspectorForm';

type Encapsulation = Cluster['encapsulation'];

const toElement = (value: DesignNode): Element => ({ kind: 'node', value });

function InterfacesField() {
  const { fields, append, remove } = useFieldArray<NodeDraft, 'interfaces'>({ name: 'interfaces' });
  return (
    <Stack spacing={1}>
      {fields.map((f, i) => {
        const n = i + 1;
        return (
          <Box key={f.id} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1 }}>
            <Stack spacing={1}>
              <Stack direction="row" spacing={0.5} sx={{ alignItems: 'flex-start' }}>
                <TextInput name={`interfaces.${i}.name`} label={`Interface ${n} name`} />
                <RemoveButton label={`Remove interface ${n}`} onClick={() => remove(i)} />
              </Stack>
              <TextListField
                name={`interfaces.${i}.ips`}
                itemLabel={(k) => `Interface ${n} IP ${k}`}
                addLabel={`Add IP to interface ${n}`}
                removeLabel={(k) => `Remove interface ${n} IP ${k}`}
              />
            </Stack>
          </Box>
        );
      })}
      <AddButton label="Add interface" onClick={() => append({ name: '', ips: [] })} />
    </Stack>
  );
}

export function NodeForm({ node }: { node: DesignNode }) {
  const encapsulation = useDesign().cluster.encapsulation;
  const form = useElementForm({
    value: node,
    toDraft: toNodeDraft,
    schema: nodeFormSchema,
    toElement,
  });
  return (
    <FormProvider {...form}>
      <NodeFields id={node.id} encapsulation={encapsulation} />
    </FormProvider>
  );
}

/** Memoised: the inputs re-render on their own field's changes, not on every design change. */
const NodeFields = memo(function NodeFields({
  id,
  encapsulation,
}: {
  id: string;
  encapsulation: Encapsulation;
}) {
  return (
    <FormColumn>
      <FormHeading kind="Node" name={id} />
      <TextInput name="name" label="Name" helperText="The Kubernetes node name." />
      <SectionTitle>Labels</SectionTitle>
      <LabelRowsField
        name="labels"
        keyLabel={(n) => `Label key ${n}`}
        valueLabel={(n) => `Label value ${n}`}
        addLabel="Add label"
        removeLabel={(n) => `Remove label ${n}`}
      />
      <SectionTitle>Interfaces</SectionTitle>
      <Hint>
        The interfaces that receive cluster-IP traffic, with their addresses: each becomes a
        HostEndpoint.
      </Hint>
      <InterfacesField />
      <TextInput
        name="tunnelIP"
        label="Tunnel IP"
        helperText={
          encapsulation === 'None'
            ? 'Optional: the IPIP or VXLAN interface address.'
            : `Needed with ${encapsulation}: the node's ${encapsulation} interface address.`
        }
      />
      <FormError />
    </FormColumn>
  );
});
