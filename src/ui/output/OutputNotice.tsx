/** The notices the output views share: empty design, design that never generated, stale output. */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { Lint } from '../../generator/types';
import { t } from '../../i18n/t';

const MONO = 'ui-monospace, "DejaVu Sans Mono", monospace';

/** How many errors there are, in words: `1 error`, `3 errors`. */
export function errorCount(n: number): string {
  return `${n} ${n === 1 ? 'error' : 'errors'}`;
}

/** One lint as `field: message`, the field in monospace. */
export function LintLine({ lint }: { lint: Lint }) {
  return (
    <>
      {lint.field && (
        <Box component="code" sx={{ fontFamily: MONO, fontSize: '0.85em' }}>
          {lint.field}
        </Box>
      )}
      {lint.field && ': '}
      {t(lint.messageId, lint.params)}
    </>
  );
}

/** Shown above output that is out of date because the design has errors. */
export function StaleAlert({ errors, showing }: { errors: readonly Lint[]; showing: string }) {
  const first = errors[0];
  return (
    <Alert severity="warning" variant="outlined" sx={{ m: 1, py: 0 }}>
      <Typography variant="body2">
        Out of date: the design has {errorCount(errors.length)}. Showing {showing}.
      </Typography>
      {first && (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          <LintLine lint={first} />
        </Typography>
      )}
    </Alert>
  );
}

/** Shown instead of output when the design has errors and nothing generated before them. */
export function FailedAlert({ errors }: { errors: readonly Lint[] }) {
  return (
    <Alert severity="error" sx={{ m: 1 }}>
      <AlertTitle>No YAML yet: the design has {errorCount(errors.length)}</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2 }}>
        {errors.map((lint, i) => (
          <Typography component="li" variant="body2" key={i}>
            <LintLine lint={lint} />
          </Typography>
        ))}
      </Box>
    </Alert>
  );
}

/** Shown instead of output while the design is empty: how to start. */
export function EmptyOutput() {
  return (
    <Box sx={{ p: 3, color: 'text.secondary' }}>
      <Typography variant="subtitle1" component="p" sx={{ color: 'text.primary', mb: 1 }}>
        Nothing to generate yet
      </Typography>
      <Typography variant="body2">
        Add nodes, services, pods and clients from the palette, then drag from a client to a service
        to grant access.
      </Typography>
    </Box>
  );
}
