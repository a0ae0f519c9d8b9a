/** The importer's report as a table: where (line), how it went (word and icon), what, and why. */
import BlockIcon from '@mui/icons-material/Block';
import CheckCircleIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import HelpIcon from '@mui/icons-material/HelpOutlineOutlined';
import RemoveCircleIcon from '@mui/icons-material/RemoveCircleOutlineOutlined';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { ReactNode } from 'react';
import { t } from '../../i18n/t';
import { assertNever } from '../../model/assertNever';
import type { ImportItem, ImportSeverity } from '../../importer/types';

/** Severities in the order a reader should look at them. */
export const SEVERITIES: readonly ImportSeverity[] = ['rejected', 'assumed', 'ignored', 'mapped'];

export function severityLook(severity: ImportSeverity): {
  icon: ReactNode;
  color: string;
  label: string;
} {
  switch (severity) {
    case 'rejected':
      return { icon: <BlockIcon fontSize="small" />, color: 'error.main', label: 'Rejected' };
    case 'assumed':
      return { icon: <HelpIcon fontSize="small" />, color: 'warning.dark', label: 'Assumed' };
    case 'ignored':
      return {
        icon: <RemoveCircleIcon fontSize="small" />,
        color: 'text.secondary',
        label: 'Ignored',
      };
    case 'mapped':
      return { icon: <CheckCircleIcon fontSize="small" />, color: 'success.main', label: 'Mapped' };
    default:
      return assertNever(severity, 'import severity');
  }
}

function resourceOf(item: ImportItem): string {
  return [item.kind, item.name].filter(Boolean).join(' ');
}

export function ImportReportTable({ items }: { items: readonly ImportItem[] }) {
  // What needs reading first (rejected, assumed) on top; within a severity, in file order.
  const rank = (i: ImportItem) => SEVERITIES.indexOf(i.severity);
  const rows = [...items].sort((a, b) => rank(a) - rank(b) || a.line - b.line);
  return (
    <TableContainer sx={{ maxHeight: 320, border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Table size="small" stickyHeader aria-label="Import report">
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 56 }}>Line</TableCell>
            <TableCell sx={{ width: 110 }}>Severity</TableCell>
            <TableCell sx={{ width: 220 }}>Resource</TableCell>
            <TableCell>Message</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((item, i) => {
            const look = severityLook(item.severity);
            return (
              <TableRow key={i} data-severity={item.severity}>
                <TableCell sx={{ fontVariantNumeric: 'tabular-nums', verticalAlign: 'top' }}>
                  {item.line > 0 ? item.line : '—'}
                </TableCell>
                <TableCell sx={{ verticalAlign: 'top' }}>
                  <Box
                    component="span"
                    sx={{
                      display: 'inline-flex',
                      alignItems: 'center',
                      gap: 0.5,
                      color: look.color,
                    }}
                  >
                    {look.icon}
                    {look.label}
                  </Box>
                </TableCell>
                <TableCell sx={{ verticalAlign: 'top', wordBreak: 'break-word' }}>
                  {resourceOf(item) || 'the file'}
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
