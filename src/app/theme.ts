import { createTheme, type Theme } from '@mui/material/styles';

/**
 * Light and dark palettes; the mode follows the system until the user picks one in the top bar
 * (MUI's ColorScheme machinery keeps the choice under MODE_STORAGE_KEY). The dark primary is light
 * enough for text buttons on a dark paper (contrast ≥ 4.5:1), the light one the reverse.
 */
export const theme = createTheme({
  colorSchemes: {
    light: { palette: { primary: { main: '#1565c0' } } },
    dark: { palette: { primary: { main: '#90caf9' } } },
  },
  typography: {
    fontFamily:
      '"Noto Sans", "Noto Sans CJK SC", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    // Buttons carry identifiers ("Add pod CIDR", Cluster/Local, svc-a): upper-casing them changes
    // what they say, and means nothing in Chinese (issue #21).
    button: { textTransform: 'none' },
  },
});

export const MODE_STORAGE_KEY = 'clusterip-designer:v1:color-mode';

/** Canvas highlight and packet-path styles, in the colours of the current mode. */
export function canvasStyles(t: Theme) {
  const dark = t.palette.mode === 'dark';
  const lit = dark ? '#ffd54f' : '#ffb300';
  const selected = t.palette.primary.main;
  const allowed = dark ? '#81c784' : '#2e7d32';
  const denied = dark ? '#ef9a9a' : '#c62828';
  return {
    '.react-flow__node.lit > div, .react-flow__node.lit > [data-kind]': {
      boxShadow: `0 0 0 3px ${lit}`,
      borderRadius: 8,
    },
    '.canvas-access .lit > .canvas-access-path': { stroke: lit, strokeWidth: 3 },
    '.react-flow__node.selected > [data-kind]': { boxShadow: `0 0 0 3px ${selected}` },
    // Keyboard focus on the canvas: a visible ring on the focused element.
    '.react-flow__node:focus-visible': {
      outline: `3px solid ${selected}`,
      outlineOffset: 3,
      borderRadius: 8,
    },
    // The traffic simulator's packet path (src/ui/canvas/TracePath.tsx): elements on the path get
    // a dashed outline, the one where a packet was dropped a solid red one; legs are animated
    // dashes (still when the user prefers reduced motion), each with a label in words.
    '.react-flow__node.trace-on > [data-kind]': {
      outline: `2px dashed ${selected}`,
      outlineOffset: 3,
    },
    '.react-flow__node.trace-drop > [data-kind]': {
      outline: `3px solid ${denied}`,
      outlineOffset: 3,
    },
    '.trace-overlay': {
      position: 'absolute',
      left: 0,
      top: 0,
      zIndex: 5000,
      pointerEvents: 'none',
    },
    '.trace-svg': {
      position: 'absolute',
      left: 0,
      top: 0,
      width: 1,
      height: 1,
      overflow: 'visible',
    },
    '.trace-leg': {
      fill: 'none',
      strokeWidth: 3,
      strokeDasharray: '10 6',
      animation: 'trace-dash 0.9s linear infinite',
    },
    '.trace-leg-allowed': { stroke: allowed },
    '.trace-leg-denied': { stroke: denied },
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
      background: t.palette.background.paper,
      fontSize: 12,
      lineHeight: 1.6,
      fontWeight: 600,
      whiteSpace: 'nowrap',
    },
    '.trace-label-allowed': { color: dark ? allowed : '#1b5e20', borderColor: allowed },
    '.trace-label-denied': { color: dark ? denied : '#b71c1c', borderColor: denied },
  };
}
