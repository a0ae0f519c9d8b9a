/**
 * The lints of the current design, errors first: what is wrong, where (the field), and how to fix
 * it. Clicking a problem selects what it is about, so the canvas and inspector show it.
 */
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import type { Lint, LintSeverity } from '../../generator/types';
import { assertNever } from '../../model/assertNever';
import { useDesign, useGeneration, useSelection, useStore } from '../../state/hooks';
import { useT } from '../../state/preferences';
import type { Selection } from '../../state/store';
import { placeOfPath } from './problemPlace';

const MONO = 'ui-monospace, "DejaVu Sans Mono", "Noto Sans Mono", monospace';

const RANK: Record<LintSeverity, number> = { error: 0, warning: 1, info: 2 };

/** Errors, then warnings, then notes; the generator's order within each. */
export function sortLints(lints: readonly Lint[]): Lint[] {
  return lints
    .map((lint, i) => ({ lint, i }))
    .sort((a, b) => RANK[a.lint.severity] - RANK[b.lint.severity] || a.i - b.i)
    .map((x) => x.lint);
}

/** How many lints of each severity. */
export function countLints(lints: readonly Lint[]): Record<LintSeverity, number> {
  const counts: Record<LintSeverity, number> = { error: 0, warning: 0, info: 0 };
  for (const lint of lints) counts[lint.severity]++;
  return counts;
}

/** What a problem is about: its access edge, its first element, or the cluster settings. */
export function selectionOfLint(lint: Lint): Selection {
  const [first, second] = lint.elements;
  if (lint.field && /^access\[\d+\]/.test(lint.field) && first && second)
    return { kind: 'access', client: first, service: second };
  if (first) return { kind: 'element', id: first };
  return { kind: 'cluster' };
}

function SeverityMark({ severity }: { severity: LintSeverity }) {
  const t = useT();
  switch (severity) {
    case 'error':
      return (
        <>
          <ErrorOutlineIcon fontSize="small" color="error" aria-hidden />
          <Box component="span" sx={{ color: 'error.main', fontWeight: 600 }}>
            {t('ui.output.problems.error')}
          </Box>
        </>
      );
    case 'warning':
      return (
        <>
          <WarningAmberIcon fontSize="small" color="warning" aria-hidden />
          <Box component="span" sx={{ color: 'warning.dark', fontWeight: 600 }}>
            {t('ui.output.problems.warning')}
          </Box>
        </>
      );
    case 'info':
      return (
        <>
          <InfoOutlinedIcon fontSize="small" color="info" aria-hidden />
          <Box component="span" sx={{ color: 'info.dark', fontWeight: 600 }}>
            {t('ui.output.problems.info')}
          </Box>
        </>
      );
    default:
      return assertNever(severity, 'severity');
  }
}

/**
 * Where a problem is: the element's kind and name and the field's label, the data path kept in the
 * tooltip for whoever edits the JSON; the path itself when it names nothing the design has.
 */
function LintPlace({ path, place }: { path: string; place: string | undefined }) {
  if (place === undefined) {
    return (
      <Box component="code" sx={{ fontFamily: MONO, fontSize: '0.85em', color: 'text.secondary' }}>
        {path}
      </Box>
    );
  }
  return (
    <Box component="span" title={path} sx={{ color: 'text.secondary' }}>
      {place}
    </Box>
  );
}

/** The Problems tab. */
export function ProblemsView() {
  const t = useT();
  const store = useStore();
  const { current } = useGeneration();
  const design = useDesign();
  const selection = useSelection();
  const lints = useMemo(() => sortLints(current.lints), [current]);
  const selectionKey = JSON.stringify(selection);
  return (
    <Box
      role="region"
      aria-label={t('ui.output.problems.region')}
      sx={{ flex: 1, minHeight: 0, overflow: 'auto', position: 'relative' }}
    >
      {lints.length === 0 && (
        <Typography variant="body2" sx={{ p: 3, color: 'text.secondary' }}>
          {t('ui.output.problems.none')}
        </Typography>
      )}
      <List dense disablePadding>
        {lints.map((lint, i) => {
          const target = selectionOfLint(lint);
          return (
            <ListItem key={i} disablePadding divider>
              <ListItemButton
                selected={JSON.stringify(target) === selectionKey}
                onClick={() => store.select(target)}
                sx={{ display: 'block', py: 1 }}
              >
                <Typography
                  variant="body2"
                  component="div"
                  sx={{ display: 'flex', alignItems: 'center', gap: 0.75, mb: 0.25 }}
                >
                  <SeverityMark severity={lint.severity} />
                  {lint.field && (
                    <LintPlace path={lint.field} place={placeOfPath(design, lint.field, t)} />
                  )}
                </Typography>
                <Typography variant="body2">{t(lint.messageId, lint.params)}</Typography>
                {lint.fixId !== 'fix.none' && (
                  <Typography variant="body2" sx={{ color: 'text.secondary', mt: 0.25 }}>
                    {t('ui.output.problems.fix', { fix: t(lint.fixId, lint.params) })}
                  </Typography>
                )}
              </ListItemButton>
            </ListItem>
          );
        })}
      </List>
    </Box>
  );
}
