/** The inspector form of an access edge: which ports of the service the client may reach. */
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import Typography from '@mui/material/Typography';
import { memo, useCallback, useId, useMemo, type ReactNode } from 'react';
import { Controller, FormProvider } from 'react-hook-form';
import type { Access, ServicePort } from '../../model/design';
import { useDesign, useStore } from '../../state/hooks';
import { useT } from '../../state/preferences';
import { accessProblems } from './fieldProblems';
import {
  FormColumn,
  FormError,
  FormHeading,
  Hint,
  ListError,
  SectionTitle,
  withNodes,
} from './fields';
import { accessFormSchema, toAccessDraft, type AccessDraft } from './formSchemas';
import { InferredMark } from './InferredMark';
import { useInspectorForm } from './useInspectorForm';

/** `80/TCP http`: how a service port is named on its checkbox. */
function portLabel(p: ServicePort): string {
  return p.name === undefined ? `${p.port}/${p.protocol}` : `${p.port}/${p.protocol} ${p.name}`;
}

function PortChecks({ ports }: { ports: readonly ServicePort[] }) {
  const titleId = useId();
  const hintId = useId();
  const t = useT();
  return (
    <Controller<AccessDraft, 'ports'>
      name="ports"
      render={({ field }) => {
        const toggle = (port: number, on: boolean) => {
          // In the service's order, once per number: access lists port numbers, not protocols.
          const next = ports
            .map((p) => p.port)
            .filter((x, i, all) => all.indexOf(x) === i)
            .filter((x) => (x === port ? on : field.value.includes(x)));
          field.onChange(next);
        };
        return (
          <Box>
            <SectionTitle id={titleId}>{t('ui.inspector.ports')}</SectionTitle>
            <FormGroup role="group" aria-labelledby={titleId} aria-describedby={hintId}>
              {ports.map((p) => (
                <FormControlLabel
                  key={`${p.port}/${p.protocol}`}
                  label={portLabel(p)}
                  control={
                    <Checkbox
                      size="small"
                      checked={field.value.includes(p.port)}
                      onChange={(e) => toggle(p.port, e.target.checked)}
                    />
                  }
                  sx={{ my: -0.5 }}
                />
              ))}
            </FormGroup>
            <Hint id={hintId}>
              {field.value.length === 0
                ? t('ui.inspector.access.ports.all')
                : t('ui.inspector.access.ports.some')}
            </Hint>
            <ListError name="ports" />
          </Box>
        );
      }}
    />
  );
}

export function AccessForm({ access }: { access: Access }) {
  const store = useStore();
  const design = useDesign();
  const client = design.clients.find((c) => c.id === access.client);
  const service = design.services.find((s) => s.id === access.service);
  const t = useT();
  const commit = useCallback(
    (next: Access) => store.dispatch({ type: 'updateAccess', access: next }),
    [store],
  );
  const form = useInspectorForm({
    value: access,
    toDraft: toAccessDraft,
    schema: accessFormSchema,
    problems: accessProblems,
    commit,
  });
  const remove = useCallback(
    () => store.dispatch({ type: 'removeAccess', client: access.client, service: access.service }),
    [store, access.client, access.service],
  );
  const clientName = client?.name ?? access.client;
  const serviceName = service?.name ?? access.service;
  // One element while the edge stays as it is, so the memoised fields do not re-render.
  const mark = useMemo(
    () =>
      access.inferred ? (
        <InferredMark
          client={access.client}
          service={access.service}
          clientName={clientName}
          serviceName={serviceName}
        />
      ) : undefined,
    [access.inferred, access.client, access.service, clientName, serviceName],
  );
  return (
    <FormProvider {...form}>
      <AccessFields
        title={`${client?.name ?? access.client} → ${service?.name ?? access.service}`}
        client={
          client
            ? t('ui.inspector.access.client', { name: client.name, cidrs: client.cidrs.join(', ') })
            : access.client
        }
        service={
          service
            ? t('ui.inspector.access.service', { name: service.name, clusterIP: service.clusterIP })
            : access.service
        }
        ports={service?.ports ?? NO_PORTS}
        onRemove={remove}
        inferred={mark}
      />
    </FormProvider>
  );
}

const NO_PORTS: readonly ServicePort[] = [];

/** Memoised: the inputs re-render on their own field's changes, not on every design change. */
const AccessFields = memo(function AccessFields({
  title,
  client,
  service,
  ports,
  onRemove,
  inferred,
}: {
  title: string;
  client: string;
  service: string;
  ports: readonly ServicePort[];
  onRemove: () => void;
  /** The "inferred" mark with its Confirm button, for an edge read from the running cluster. */
  inferred: ReactNode;
}) {
  const t = useT();
  return (
    <FormColumn>
      <FormHeading kind={t('ui.inspector.access.heading')} name={title} />
      {inferred}
      <Typography variant="body2">
        {withNodes(t('ui.inspector.access.summary'), {
          client: <strong>{client}</strong>,
          service: <strong>{service}</strong>,
        })}
      </Typography>
      <PortChecks ports={ports} />
      <FormError />
      <Button
        variant="outlined"
        color="error"
        size="small"
        startIcon={<DeleteOutlinedIcon />}
        onClick={onRemove}
        sx={{ alignSelf: 'flex-start' }}
      >
        {t('ui.inspector.access.remove')}
      </Button>
    </FormColumn>
  );
});
