/**
 * The reachability matrix as a table: one row per cell (source × service port × entry × backend),
 * simulated against intended. 150k rows render as the few dozen in view (rows have one fixed
 * height). The verdict is an icon and a word (VerdictBadge); a mismatch carries a warning icon and
 * the intended verdict in words, never only a colour, in every language. Each row's first cell is a
 * button that opens the cell's trace.
 */
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import Box from '@mui/material/Box';
import { alpha, type Theme } from '@mui/material/styles';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
} from 'react';
import type { Translate } from '../../i18n/t';
import type { MatrixRow, ReachabilityTable } from '../../simulate/reachabilityTable';
import { useT } from '../../state/preferences';
import { VerdictBadge } from './TraceView';
import { outcomeWord, sourceName } from './traceWords';

const ROW_HEIGHT = 46;
const HEADER_HEIGHT = 40;
const OVERSCAN = 8;
/** Rows rendered when the box has no measured height yet (first paint, jsdom). */
const MIN_VIEW = 640;

/** Which rows are near the viewport: `[start, end)`. */
export function rowWindow(count: number, scrollTop: number, height: number) {
  const view = Math.max(height, MIN_VIEW);
  const start = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const end = Math.min(count, Math.ceil((scrollTop + view) / ROW_HEIGHT) + OVERSCAN);
  return { start, end };
}

/** The cell in one sentence, in one language: the name of its trace button, what the filter reads. */
export function rowSentence(row: MatrixRow, t: Translate): string {
  const what = t('ui.simulator.row.what', {
    source: sourceName(row.source, t),
    service: row.target.serviceName,
    port: row.target.port,
    protocol: row.target.protocol,
    entry: `${row.entry.node}/${row.entry.iface}`,
  });
  const params = {
    what,
    outcome: outcomeWord(row.simulated, t),
    intent: row.mismatch
      ? t('ui.simulator.row.mismatch', { intended: outcomeWord(row.intended, t) })
      : t('ui.simulator.row.asIntended'),
  };
  return row.backend === undefined
    ? t('ui.simulator.row.noBackend', params)
    : t('ui.simulator.row.withBackend', { ...params, backend: row.backend });
}

const grid: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: '124px minmax(0, 1fr) minmax(0, 1.1fr)',
  gridTemplateAreas: '"result source target" "intended entry backend"',
  columnGap: 8,
  alignItems: 'center',
};

const cell = (area: string): CSSProperties => ({
  gridArea: area,
  minWidth: 0,
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
});

function MatrixRowView({
  row,
  position,
  onOpen,
}: {
  row: MatrixRow;
  position: number;
  onOpen: (row: MatrixRow) => void;
}) {
  const t = useT();
  const sentence = rowSentence(row, t);
  const backend = row.backend ?? (row.noBackend ? t('ui.simulator.noBackend') : '—');
  return (
    <div
      role="row"
      aria-rowindex={position + 2}
      className={row.mismatch ? 'mx-row mx-mismatch' : 'mx-row'}
      onClick={() => onOpen(row)}
      style={grid}
    >
      <div role="cell" style={cell('result')}>
        <button
          type="button"
          className="mx-open"
          aria-label={t('ui.simulator.row.open', { sentence })}
          onClick={(e) => {
            e.stopPropagation();
            onOpen(row);
          }}
        >
          <VerdictBadge verdict={row.simulated} />
        </button>
      </div>
      <div role="cell" style={cell('source')} title={sourceName(row.source, t)}>
        {row.source.kind === 'client' ? row.source.name : t('ui.simulator.source.anyoneElse')}
        <span className="mx-dim"> {row.source.ip}</span>
      </div>
      <div role="cell" style={cell('target')} title={row.target.serviceName}>
        {row.target.serviceName.replace(/^default\//, '')}
        <span className="mx-dim">
          {' '}
          {row.target.port}/{row.target.protocol}
        </span>
      </div>
      <div role="cell" style={cell('intended')}>
        {row.mismatch ? (
          <span className="mx-warn" title={t('ui.simulator.row.mismatchTitle')}>
            <WarningAmberIcon fontSize="inherit" aria-hidden />{' '}
            {t(
              row.intended === 'allowed'
                ? 'ui.simulator.row.intendedAllow'
                : 'ui.simulator.row.intendedDeny',
            )}
          </span>
        ) : (
          <span className="mx-dim">{t('ui.simulator.row.asIntended')}</span>
        )}
      </div>
      <div role="cell" style={cell('entry')} className="mx-dim">
        {t('ui.simulator.row.via', { entry: `${row.entry.node}/${row.entry.iface}` })}
        {!row.advertised && ` · ${t('ui.simulator.row.notAdvertised')}`}
      </div>
      <div role="cell" style={cell('backend')} className="mx-dim" title={backend}>
        → {backend.replace(/^default\//, '')}
      </div>
    </div>
  );
}

function tableStyles(theme: Theme) {
  const warn = theme.palette.warning.main;
  return {
    flex: 1,
    minHeight: 0,
    overflow: 'auto',
    position: 'relative',
    fontSize: 13,
    borderTop: 1,
    borderColor: 'divider',
    '& .mx-head': {
      position: 'sticky',
      top: 0,
      zIndex: 1,
      height: HEADER_HEIGHT,
      px: 1,
      bgcolor: 'background.paper',
      borderBottom: 1,
      borderColor: 'divider',
      fontSize: 12,
      fontWeight: 600,
      color: 'text.secondary',
      lineHeight: 1.4,
    },
    '& .mx-row': {
      height: ROW_HEIGHT,
      boxSizing: 'border-box',
      px: 1,
      borderBottom: 1,
      borderColor: 'divider',
      borderLeft: '4px solid transparent',
      cursor: 'pointer',
      lineHeight: 1.4,
    },
    '& .mx-row:hover': { bgcolor: 'action.hover' },
    '& .mx-mismatch': { borderLeftColor: warn, bgcolor: alpha(warn, 0.1) },
    '& .mx-dim': { color: 'text.secondary' },
    '& .mx-warn': {
      color: theme.palette.warning.dark,
      fontWeight: 700,
      display: 'inline-flex',
      alignItems: 'center',
      gap: '2px',
    },
    '& .mx-open': {
      font: 'inherit',
      background: 'none',
      border: 0,
      p: 0,
      cursor: 'pointer',
      borderRadius: 0.5,
    },
    '& .mx-open:focus-visible': { outline: `2px solid ${theme.palette.primary.main}` },
  } as const;
}

/** The table of `rows` (indices into `table`, in display order). */
export function MatrixTable({
  table,
  rows,
  version,
  onOpen,
}: {
  table: ReachabilityTable;
  rows: Uint32Array;
  /** Changes when the table's content does. */
  version: number;
  onOpen: (row: MatrixRow) => void;
}) {
  const t = useT();
  const boxRef = useRef<HTMLDivElement>(null);
  const count = rows.length;
  const [range, setRange] = useState(() => rowWindow(count, 0, 0));
  const measure = useCallback(() => {
    const box = boxRef.current;
    if (!box) return;
    const next = rowWindow(count, Math.max(0, box.scrollTop - HEADER_HEIGHT), box.clientHeight);
    setRange((prev) => (prev.start === next.start && prev.end === next.end ? prev : next));
  }, [count]);
  useLayoutEffect(measure, [measure, version]);
  useEffect(() => {
    const box = boxRef.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, [measure]);
  // A new list (filter, new run) starts at its top.
  useEffect(() => {
    boxRef.current?.scrollTo?.({ top: 0 });
  }, [rows]);

  const start = Math.min(range.start, count);
  const end = Math.min(range.end, count);
  const shown: { row: MatrixRow; position: number }[] = [];
  for (let k = start; k < end; k++) {
    const index = rows[k];
    if (index !== undefined) shown.push({ row: table.row(index), position: k });
  }
  return (
    <Box
      ref={boxRef}
      role="table"
      aria-label={t('ui.simulator.table.label')}
      aria-rowcount={count + 1}
      onScroll={measure}
      sx={tableStyles}
    >
      <div role="rowgroup" className="mx-head">
        <div role="row" aria-rowindex={1} style={{ ...grid, height: '100%' }}>
          <div role="columnheader" style={cell('result')}>
            {t('ui.simulator.table.result')}
          </div>
          <div role="columnheader" style={cell('source')}>
            {t('ui.simulator.table.source')}
          </div>
          <div role="columnheader" style={cell('target')}>
            {t('ui.simulator.table.servicePort')}
          </div>
          <div role="columnheader" style={cell('intended')}>
            {t('ui.simulator.table.intended')}
          </div>
          <div role="columnheader" style={cell('entry')}>
            {t('ui.simulator.table.entry')}
          </div>
          <div role="columnheader" style={cell('backend')}>
            {t('ui.simulator.table.backend')}
          </div>
        </div>
      </div>
      <div
        role="rowgroup"
        style={{
          height: count * ROW_HEIGHT,
          paddingTop: start * ROW_HEIGHT,
          boxSizing: 'border-box',
        }}
      >
        {shown.map(({ row, position }) => (
          <MatrixRowView key={row.index} row={row} position={position} onOpen={onOpen} />
        ))}
      </div>
    </Box>
  );
}
