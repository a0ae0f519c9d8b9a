/**
 * On a Service: "Nobody outside should reach this", the user's way to say the intent of a Service
 * an import inferred edges to (or that they drew edges to): it removes every access edge to it,
 * inferred ones too, in one undoable command. A Service without edges already means exactly that.
 */
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useDesign, useStore } from '../../state/hooks';
import { useT } from '../../state/preferences';
import { Hint } from './fields';

export function NobodyOutside({ serviceId }: { serviceId: string }) {
  const t = useT();
  const store = useStore();
  const count = useDesign().access.filter((a) => a.service === serviceId).length;
  return (
    <Stack spacing={0.5} sx={{ mt: 2, alignItems: 'flex-start' }}>
      {count === 0 ? (
        <Hint>{t('ui.audit.nobodyOutsideNow')}</Hint>
      ) : (
        <>
          <Button
            variant="outlined"
            size="small"
            onClick={() => store.dispatch({ type: 'closeService', service: serviceId })}
            sx={{ textTransform: 'none' }}
          >
            {t('ui.audit.nobodyOutside')}
          </Button>
          <Hint>{t('ui.audit.nobodyOutsideHint', { count })}</Hint>
        </>
      )}
    </Stack>
  );
}
