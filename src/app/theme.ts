import { createTheme } from '@mui/material/styles';

export const theme = createTheme({
  palette: { primary: { main: '#1565c0' } },
  typography: {
    fontFamily:
      '"Noto Sans", "Noto Sans CJK SC", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  },
});

/** Canvas highlight styles: elements and edges lit by the current selection. */
export const canvasStyles = {
  '.react-flow__node.lit > div, .react-flow__node.lit > [data-kind]': {
    boxShadow: '0 0 0 3px #ffb300',
    borderRadius: 8,
  },
  '.react-flow__edge.lit .react-flow__edge-path': { stroke: '#ffb300 !important', strokeWidth: 3 },
  '.react-flow__node.selected > [data-kind]': { boxShadow: '0 0 0 3px #1565c0' },
  // The traffic simulator's packet path (src/ui/canvas/TracePath.tsx): elements on the path get a
  // dashed outline, the one where a packet was dropped a solid red one; legs are animated dashes
  // (still when the user prefers reduced motion), each with a label in words.
  '.react-flow__node.trace-on > [data-kind]': { outline: '2px dashed #1565c0', outlineOffset: 3 },
  '.react-flow__node.trace-drop > [data-kind]': { outline: '3px solid #c62828', outlineOffset: 3 },
  '.trace-overlay': { position: 'absolute', left: 0, top: 0, zIndex: 5000, pointerEvents: 'none' },
  '.trace-svg': { position: 'absolute', left: 0, top: 0, width: 1, height: 1, overflow: 'visible' },
  '.trace-leg': {
    fill: 'none',
    strokeWidth: 3,
    strokeDasharray: '10 6',
    animation: 'trace-dash 0.9s linear infinite',
  },
  '.trace-leg-allowed': { stroke: '#2e7d32' },
  '.trace-leg-denied': { stroke: '#c62828' },
  '@keyframes trace-dash': { to: { strokeDashoffset: -32 } },
  '@media (prefers-reduced-motion: reduce)': { '.trace-leg': { animation: 'none' } },
  '.trace-label': {
    position: 'absolute',
    left: 0,
    top: 0,
    display: 'inline-flex',
    alignItems: 'center',
    gap: 4,
    padding: '1px 8px',
    borderRadius: 12,
    border: '1px solid',
    background: '#fff',
    fontSize: 12,
    lineHeight: 1.6,
    fontWeight: 600,
    whiteSpace: 'nowrap',
  },
  '.trace-label-allowed': { color: '#1b5e20', borderColor: '#2e7d32' },
  '.trace-label-denied': { color: '#b71c1c', borderColor: '#c62828' },
};
