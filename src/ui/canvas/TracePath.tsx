/**
 * The packet's path over the canvas, while the Test traffic tab shows a trace: animated dashed
 * legs (source → service → backend, or source → destination), green where the packet passed and
 * red where it was dropped, each labelled with an icon and words (colour is never the only
 * signal), plus a legend with the whole path in one sentence. Drawn in React Flow's viewport, so
 * it pans, zooms and follows dragged elements; it takes no pointer events.
 */
import BlockIcon from '@mui/icons-material/Block';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import RouteIcon from '@mui/icons-material/Route';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import {
  Panel,
  Position,
  ViewportPortal,
  getBezierPath,
  useInternalNode,
  type InternalNode,
} from '@xyflow/react';
import { useT } from '../../state/preferences';
import {
  pathDescription,
  segmentLabel,
  type TraceOverlay,
  type TraceSegment,
} from '../../state/simulationTrace';

const VERDICT_WORD = {
  allowed: 'ui.canvas.trace.allowed',
  denied: 'ui.canvas.trace.denied',
  mixed: 'ui.canvas.trace.mixed',
} as const;

function box(n: InternalNode) {
  const { x, y } = n.internals.positionAbsolute;
  const width = n.measured.width ?? n.width ?? 0;
  const height = n.measured.height ?? n.height ?? 0;
  return { x, y, width, height };
}

/** One leg, from the side of `from` that faces `to` into the facing side of `to`. */
function Leg({ segment }: { segment: TraceSegment }) {
  const t = useT();
  const from = useInternalNode(segment.from);
  const to = useInternalNode(segment.to);
  if (!from || !to) return null;
  const a = box(from);
  const b = box(to);
  const rightward = a.x + a.width / 2 <= b.x + b.width / 2;
  const [path, labelX, labelY] = getBezierPath({
    sourceX: rightward ? a.x + a.width : a.x,
    sourceY: a.y + Math.min(a.height / 2, 28),
    sourcePosition: rightward ? Position.Right : Position.Left,
    targetX: rightward ? b.x : b.x + b.width,
    targetY: b.y + Math.min(b.height / 2, 28),
    targetPosition: rightward ? Position.Left : Position.Right,
  });
  const denied = segment.status === 'denied';
  return (
    <>
      <svg className="trace-svg" aria-hidden>
        <path d={path} className={`trace-leg trace-leg-${segment.status}`} />
      </svg>
      <div
        className={`trace-label trace-label-${segment.status}`}
        style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
      >
        {denied ? <BlockIcon fontSize="inherit" /> : <CheckCircleIcon fontSize="inherit" />}
        <span>{segmentLabel(segment.note, t)}</span>
      </div>
    </>
  );
}

/** The overlay; render it inside `<ReactFlow>`. */
export function TracePath({ overlay }: { overlay: TraceOverlay }) {
  const t = useT();
  return (
    <>
      <ViewportPortal>
        <div className="trace-overlay" data-verdict={overlay.verdict}>
          {overlay.segments.map((s) => (
            <Leg key={`${s.from}->${s.to}`} segment={s} />
          ))}
        </div>
      </ViewportPortal>
      <Panel position="top-center">
        <Box
          role="img"
          aria-label={pathDescription(overlay.path, t)}
          sx={{
            display: 'flex',
            alignItems: 'center',
            gap: 0.75,
            px: 1.25,
            py: 0.5,
            maxWidth: 420,
            borderRadius: 2,
            border: 1,
            borderColor: overlay.verdict === 'allowed' ? 'success.main' : 'error.main',
            bgcolor: 'background.paper',
            boxShadow: 1,
          }}
        >
          <RouteIcon fontSize="small" aria-hidden />
          <Typography variant="body2" noWrap sx={{ fontWeight: 600 }}>
            {t('ui.canvas.trace.heading', { verdict: t(VERDICT_WORD[overlay.verdict]) })}
          </Typography>
        </Box>
      </Panel>
    </>
  );
}
