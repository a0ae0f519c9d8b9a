/**
 * The "inferred" mark of an access edge read from the running cluster's allow rules, with its
 * Confirm button (which drops the mark; any edit of the edge does too).
 */
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import { useStore } from '../../state/hooks';
import { useT } from '../../state/preferences';

export function InferredMark({
  client,
  service,
  clientName,
  serviceName,
}: {
  client: string;
  service: string;
  clientName: string;
  serviceName: string;
}) {
  const t = useT();
  const store = useStore();
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
      <Tooltip describeChild title={t('ui.audit.inferredHint')}>
        <Chip size="small" color="warning" variant="outlined" label={t('ui.audit.inferred')} />
      </Tooltip>
      <Button
        size="small"
        aria-label={t('ui.audit.confirmEdge', { client: clientName, service: serviceName })}
        onClick={() => store.dispatch({ type: 'confirmAccess', client, service })}
        sx={{ textTransform: 'none', minWidth: 0, py: 0 }}
      >
        {t('ui.audit.confirm')}
      </Button>
    </Stack>
  );
}
