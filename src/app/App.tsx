import Box from '@mui/material/Box';
import { guideExample } from '../model/examples';
import { DesignCanvas } from '../ui/canvas/DesignCanvas';
import { DesignFilePanel } from '../ui/output/DesignFilePanel';
import { TopBar } from '../ui/shell/TopBar';

export function App() {
  const design = guideExample;
  return (
    <Box sx={{ height: '100vh', display: 'flex', flexDirection: 'column' }}>
      <TopBar designName={design.name} />
      <Box sx={{ flex: 1, display: 'flex', minHeight: 0 }}>
        <Box
          component="main"
          aria-label="Canvas"
          sx={{ flex: 3, minWidth: 0, borderRight: 1, borderColor: 'divider' }}
        >
          <DesignCanvas design={design} />
        </Box>
        <Box
          component="aside"
          aria-label="Output"
          sx={{ flex: 2, minWidth: 320, display: 'flex', flexDirection: 'column' }}
        >
          <DesignFilePanel design={design} />
        </Box>
      </Box>
    </Box>
  );
}
