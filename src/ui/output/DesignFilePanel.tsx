/** Shows the design document itself (format v1), as it would be saved. */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { Design } from '../../model/design';

export function DesignFilePanel({ design }: { design: Design }) {
  return (
    <Box
      component="section"
      aria-labelledby="design-file-title"
      sx={{ display: 'flex', flexDirection: 'column', minHeight: 0, flex: 1 }}
    >
      <Typography
        id="design-file-title"
        variant="subtitle2"
        sx={{ px: 2, py: 1, borderBottom: 1, borderColor: 'divider' }}
      >
        Design file (format v1)
      </Typography>
      <Box
        component="pre"
        tabIndex={0}
        aria-label="Design file"
        sx={{
          m: 0,
          p: 2,
          overflow: 'auto',
          flex: 1,
          fontFamily: 'ui-monospace, "DejaVu Sans Mono", monospace',
          fontSize: 12,
        }}
      >
        {JSON.stringify(design, null, 2)}
      </Box>
    </Box>
  );
}
