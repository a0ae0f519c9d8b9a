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
};
