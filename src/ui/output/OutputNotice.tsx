/** The notices the output views share: empty design, design that never generated, stale output. */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { Lint } from '../../generator/types';
import type { Translate } from '../../i18n/t';
import { useT } from '../../state/preferences';
import { withNodes } from './withNodes';

const MONO = 'ui-monospace, "DejaVu Sans Mono", monospace';

/** How many errors there are, in words: `1 error`, `3 errors`. */
export function errorCount(n: number, t: Translate): string {
  return t(n === 1 ? 'ui.output.errors.one' : 'ui.output.errors.other', { count: n });
}

/** One lint as `field: message`, the field in monospace. */
export function LintLine({ lint }: { lint: Lint }) {
  const t = useT();
  const message = t(lint.messageId, lint.params);
  if (!lint.field) return <>{message}</>;
  const field = (
    <Box component="code" sx={{ fontFamily: MONO, fontSize: '0.85em' }}>
      {lint.field}
    </Box>
  );
  return <>{withNodes(t('ui.output.lint.line', { message }), { field })}</>;
}

/**
 * Shown above output that is out of date because the design has errors. `showing`: what is shown
 * instead, in words of the current language (`the last YAML that generated`).
 */
export function StaleAlert({ errors, showing }: { errors: readonly Lint[]; showing: string }) {
  const t = useT();
  const first = errors[0];
  return (
    <Alert severity="warning" variant="outlined" sx={{ m: 1, py: 0 }}>
      <Typography variant="body2">
        {t('ui.output.stale', { errors: errorCount(errors.length, t), showing })}
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
  const t = useT();
  return (
    <Alert severity="error" sx={{ m: 1 }}>
      <AlertTitle>{t('ui.output.failed', { errors: errorCount(errors.length, t) })}</AlertTitle>
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
  const t = useT();
  return (
    <Box sx={{ p: 3, color: 'text.secondary' }}>
      <Typography variant="subtitle1" component="p" sx={{ color: 'text.primary', mb: 1 }}>
        {t('ui.output.empty.title')}
      </Typography>
      <Typography variant="body2">{t('ui.output.empty.hint')}</Typography>
    </Box>
  );
}
