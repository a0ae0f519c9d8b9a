/**
 * The access edges of one client, under its form: the services it may reach (each opens its edge
 * in the inspector) and a picker that grants access to another service. It is the keyboard's and
 * the screen reader's way to draw an access edge, which the canvas does by dragging.
 */
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import TextField from '@mui/material/TextField';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useDesign, useStore } from '../../state/hooks';
import { useT } from '../../state/preferences';
import { Hint, SectionTitle } from './fields';
import { InferredMark } from './InferredMark';

export function ClientAccess({ clientId }: { clientId: string }) {
  const t = useT();
  const store = useStore();
  const design = useDesign();
  const granted = design.access.filter((a) => a.client === clientId);
  const grantedIds = new Set(granted.map((a) => a.service));
  const others = design.services.filter((s) => !grantedIds.has(s.id));
  const titleId = `client-access-${clientId}`;
  const [choice, setChoice] = useState('');
  return (
    <Stack component="section" aria-labelledby={titleId} spacing={1} sx={{ mt: 2 }}>
      <SectionTitle id={titleId}>{t('ui.inspector.client.access')}</SectionTitle>
      {granted.length === 0 ? (
        <Hint>{t('ui.inspector.client.access.none')}</Hint>
      ) : (
        <List dense disablePadding>
          {granted.map((a) => (
            <ListItem key={a.service} disableGutters disablePadding sx={{ gap: 1 }}>
              <Button
                size="small"
                sx={{ textTransform: 'none' }}
                onClick={() =>
                  store.select({ kind: 'access', client: clientId, service: a.service })
                }
              >
                {t('ui.inspector.client.access.edit', { service: a.service })}
              </Button>
              {a.inferred && (
                <InferredMark
                  client={clientId}
                  service={a.service}
                  clientName={design.clients.find((c) => c.id === clientId)?.name ?? clientId}
                  serviceName={design.services.find((s) => s.id === a.service)?.name ?? a.service}
                />
              )}
            </ListItem>
          ))}
        </List>
      )}
      {others.length > 0 && (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <TextField
            select
            size="small"
            id={`${titleId}-grant`}
            label={t('ui.inspector.client.access.grant')}
            value={others.some((s) => s.id === choice) ? choice : ''}
            onChange={(e) => setChoice(e.target.value)}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            sx={{ flex: 1 }}
          >
            <option value="" disabled>
              {t('ui.inspector.client.access.pick')}
            </option>
            {others.map((s) => (
              <option key={s.id} value={s.id}>
                {s.namespace}/{s.name}
              </option>
            ))}
          </TextField>
          {/* A separate button: arrowing through a native select changes its value at each key. */}
          <Button
            variant="outlined"
            size="small"
            disabled={!others.some((s) => s.id === choice)}
            onClick={() => {
              const service = choice;
              setChoice('');
              store.dispatch({ type: 'addAccess', access: { client: clientId, service } });
              store.select({ kind: 'access', client: clientId, service });
            }}
          >
            {t('ui.inspector.client.access.grantButton')}
          </Button>
        </Stack>
      )}
    </Stack>
  );
}
