/** The inspector form of a node: name, labels, the interfaces that receive cluster-IP traffic. */
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import { memo } from 'react';
import { FormProvider, useFieldArray } from 'react-hook-form';
import type { Element } from '../../model/commands';
import type { Cluster, DesignNode } from '../../model/design';
import { useDesign } from '../../state/hooks';
import { useT } from '../../state/preferences';
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
  const t = useT();
  return (
    <Stack spacing={1}>
      {fields.map((f, i) => {
        const n = i + 1;
        return (
          <Box key={f.id} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1 }}>
            <Stack spacing={1}>
              <Stack direction="row" spacing={0.5} sx={{ alignItems: 'flex-start' }}>
                <TextInput
                  name={`interfaces.${i}.name`}
                  label={t('ui.inspector.node.interface.name', { n })}
                />
                <RemoveButton
                  label={t('ui.inspector.node.interface.remove', { n })}
                  onClick={() => remove(i)}
                />
              </Stack>
              <TextListField
                name={`interfaces.${i}.ips`}
                itemLabel={(k) => t('ui.inspector.node.interface.ip', { n, k })}
                addLabel={t('ui.inspector.node.interface.ip.add', { n })}
                removeLabel={(k) => t('ui.inspector.node.interface.ip.remove', { n, k })}
              />
            </Stack>
          </Box>
        );
      })}
      <AddButton
        label={t('ui.inspector.node.interface.add')}
        onClick={() => append({ name: '', ips: [] })}
      />
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
  const t = useT();
  return (
    <FormColumn>
      <FormHeading kind={t('ui.inspector.node.heading')} name={id} />
      <TextInput
        name="name"
        label={t('ui.inspector.name')}
        helperText={t('ui.inspector.node.name.helper')}
      />
      <SectionTitle>{t('ui.inspector.labels')}</SectionTitle>
      <LabelRowsField
        name="labels"
        keyLabel={(n) => t('ui.inspector.labels.key', { n })}
        valueLabel={(n) => t('ui.inspector.labels.value', { n })}
        addLabel={t('ui.inspector.labels.add')}
        removeLabel={(n) => t('ui.inspector.labels.remove', { n })}
      />
      <SectionTitle>{t('ui.inspector.node.interfaces')}</SectionTitle>
      <Hint>{t('ui.inspector.node.interfaces.hint')}</Hint>
      <InterfacesField />
      <TextInput
        name="tunnelIP"
        label={t('ui.inspector.node.tunnelIP')}
        helperText={
          encapsulation === 'None'
            ? t('ui.inspector.node.tunnelIP.optional')
            : t('ui.inspector.node.tunnelIP.needed', { encapsulation })
        }
      />
      <FormError />
    </FormColumn>
  );
});
