/** The inspector form of an external client: its name and CIDRs. */
import { memo } from 'react';
import { FormProvider } from 'react-hook-form';
import type { Element } from '../../model/commands';
import type { Client } from '../../model/design';
import { useT } from '../../state/preferences';
import { ClientAccess } from './ClientAccess';
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
      <ClientAccess clientId={client.id} />
    </FormProvider>
  );
}

/** Memoised: the inputs re-render on their own field's changes, not on every design change. */
const ClientFields = memo(function ClientFields({ id }: { id: string }) {
  const t = useT();
  return (
    <FormColumn>
      <FormHeading kind={t('ui.inspector.client.heading')} name={id} />
      <TextInput name="name" label={t('ui.inspector.name')} />
      <SectionTitle>{t('ui.inspector.client.cidrs')}</SectionTitle>
      <Hint>{t('ui.inspector.client.cidrs.hint')}</Hint>
      <TextListField
        name="cidrs"
        itemLabel={(n) => t('ui.inspector.client.cidr.label', { n })}
        addLabel={t('ui.inspector.client.cidr.add')}
        removeLabel={(n) => t('ui.inspector.client.cidr.remove', { n })}
        minItems={1}
      />
      <FormError />
    </FormColumn>
  );
});
