/** The importer's report as a table: where (line), how it went (word and icon), what, and why. */
import BlockIcon from '@mui/icons-material/Block';
import CheckCircleIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import HelpIcon from '@mui/icons-material/HelpOutlineOutlined';
import KeptIcon from '@mui/icons-material/Inventory2Outlined';
import RemoveCircleIcon from '@mui/icons-material/RemoveCircleOutlineOutlined';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { ReactNode } from 'react';
import type { AnyMessageId } from '../../i18n/t';
import type { ImportItem, ImportSeverity } from '../../importer/types';
import { useT } from '../../state/preferences';

/** Severities in the order a reader should look at them. */
export const SEVERITIES: readonly ImportSeverity[] = [
  'rejected',
  'assumed',
  'ignored',
  'mapped',
  'kept',
];

/** How a severity looks: icon and colour, its word (`label`) and a count of it (`count`). */
const LOOKS: Readonly<
  Record<
    ImportSeverity,
    { icon: ReactNode; color: string; label: AnyMessageId; count: AnyMessageId }
  >
> = {
  rejected: {
    icon: <BlockIcon fontSize="small" />,
    color: 'error.main',
    label: 'ui.share.report.rejected',
    count: 'ui.share.import.count.rejected',
  },
  assumed: {
    icon: <HelpIcon fontSize="small" />,
    color: 'warning.dark',
    label: 'ui.share.report.assumed',
    count: 'ui.share.import.count.assumed',
  },
  ignored: {
    icon: <RemoveCircleIcon fontSize="small" />,
    color: 'text.secondary',
    label: 'ui.share.report.ignored',
    count: 'ui.share.import.count.ignored',
  },
  mapped: {
    icon: <CheckCircleIcon fontSize="small" />,
    color: 'success.main',
    label: 'ui.share.report.mapped',
    count: 'ui.share.import.count.mapped',
  },
  kept: {
    icon: <KeptIcon fontSize="small" />,
    color: 'info.main',
    label: 'ui.share.report.kept',
    count: 'ui.share.import.count.kept',
  },
};

export function severityLook(severity: ImportSeverity) {
  return LOOKS[severity];
}

/** A severity's icon before some words, in its colour: the table's cells and the dialog's counts. */
export function SeverityBadge({
  severity,
  children,
}: {
  severity: ImportSeverity;
  children: ReactNode;
}) {
  const look = LOOKS[severity];
  return (
    <Box
      component="span"
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, color: look.color }}
    >
      {look.icon}
      {children}
    </Box>
  );
}

function resourceOf(item: ImportItem): string {
  return [item.kind, item.name].filter(Boolean).join(' ');
}

export function ImportReportTable({ items }: { items: readonly ImportItem[] }) {
  // The importer's messages are ids too: they follow the UI's language like every other word.
  const t = useT();
  // What needs reading first (rejected, assumed) on top; within a severity, in file order.
  const rank = (i: ImportItem) => SEVERITIES.indexOf(i.severity);
  const files = [...new Set(items.map((i) => i.file))];
  const withFiles = files.some((f) => f !== undefined);
  const rows = [...items].sort(
    (a, b) => rank(a) - rank(b) || files.indexOf(a.file) - files.indexOf(b.file) || a.line - b.line,
  );
  return (
    <TableContainer sx={{ maxHeight: 320, border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Table size="small" stickyHeader aria-label={t('ui.share.report.table')}>
        <TableHead>
          <TableRow>
            {withFiles && <TableCell sx={{ width: 160 }}>{t('ui.share.report.file')}</TableCell>}
            <TableCell sx={{ width: 56 }}>{t('ui.share.report.line')}</TableCell>
            <TableCell sx={{ width: 110 }}>{t('ui.share.report.severity')}</TableCell>
            <TableCell sx={{ width: 220 }}>{t('ui.share.report.resource')}</TableCell>
            <TableCell>{t('ui.share.report.message')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((item, i) => {
            const look = severityLook(item.severity);
            return (
              <TableRow key={i} data-severity={item.severity}>
                {withFiles && (
                  <TableCell sx={{ verticalAlign: 'top', wordBreak: 'break-all' }}>
                    {item.file ?? '—'}
                  </TableCell>
                )}
                <TableCell sx={{ fontVariantNumeric: 'tabular-nums', verticalAlign: 'top' }}>
                  {item.line > 0 ? item.line : '—'}
                </TableCell>
                <TableCell sx={{ verticalAlign: 'top' }}>
                  <SeverityBadge severity={item.severity}>{t(look.label)}</SeverityBadge>
                </TableCell>
                <TableCell sx={{ verticalAlign: 'top', wordBreak: 'break-word' }}>
                  {resourceOf(item) || t('ui.share.report.theFile')}
                  {item.path && (
                    <Box
                      component="span"
                      sx={{ display: 'block', fontFamily: 'monospace', fontSize: 12, opacity: 0.8 }}
                    >
                      {item.path}
                    </Box>
                  )}
                </TableCell>
                <TableCell sx={{ verticalAlign: 'top', wordBreak: 'break-word' }}>
                  {t(item.messageId, item.params)}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
