/** The inspector form of an external client: its name and CIDRs. */
import { memo } from 'react';
import { FormProvider } from 'react-hook-form';
import type { Element } from '../../model/commands';
import type { Client } from '../../model/design';
import {
  FormColumn,
  FormError,
  FormHeading,
  Hint,
  SectionTitle,
  TextInput,
  TextListField,
} from './fields';
import { clientFormSchema, toClientDraft } from './formSchemas';
import { useElementForm } from './useInspectorForm';

const toElement = (value: Client): Element => ({ kind: 'client', value });

export function ClientForm({ client }: { client: Client }) {
  const form = useElementForm({
    value: client,
    toDraft: toClientDraft,
    schema: clientFormSchema,
    toElement,
  });
  return (
    <FormProvider {...form}>
      <ClientFields id={client.id} />
    </FormProvider>
  );
}

/** Memoised: the inputs re-render on their own field's changes, not on every design change. */
const ClientFields = memo(function ClientFields({ id }: { id: string }) {
  return (
    <FormColumn>
      <FormHeading kind="Client" name={id} />
      <TextInput name="name" label="Name" />
      <SectionTitle>CIDRs</SectionTitle>
      <Hint>The addresses this client sends from, e.g. 50.60.0.0/16 or 70.80.90.7/32.</Hint>
      <TextListField
        name="cidrs"
        itemLabel={(n) => `CIDR ${n}`}
        addLabel="Add CIDR"
        removeLabel={(n) => `Remove CIDR ${n}`}
        minItems={1}
      />
      <FormError />
    </FormColumn>
  );
});
