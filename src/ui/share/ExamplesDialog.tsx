/** The examples gallery: designs to start from or to learn from, one click each. */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import type { Design } from '../../model/design';
import { guideExample, localExample, mixedExample } from '../../model/examples';
import { summaryOf } from './designSummary';

export interface Example {
  title: string;
  mode: string;
  description: string;
  design: Design;
}

export const EXAMPLES: readonly Example[] = [
  {
    title: "The guide's example",
    mode: 'Cluster',
    description:
      "Calico's guide “Apply policy to services exposed externally as cluster IPs”: two nodes, two services on ports 80 and 443, an office and a partner network, each allowed to one service.",
    design: guideExample,
  },
  {
    title: 'Local mode shop',
    mode: 'Local',
    description:
      'One service with externalTrafficPolicy Local, so its pods see the client address: customers may use port 80 only, the ops team (IPv4 and IPv6) every port. A named target port.',
    design: localExample,
  },
  {
    title: 'Mixed modes',
    mode: 'Cluster + Local',
    description:
      'A Cluster-mode web service beside a Local-mode DNS service (UDP and TCP 53) in two service CIDRs; a custom node label; node access limited to SSH and the kubelet.',
    design: mixedExample,
  },
];

export function ExamplesDialog(props: {
  open: boolean;
  onClose: () => void;
  onOpen: (design: Design) => void;
}) {
  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      aria-labelledby="examples-title"
      fullWidth
      maxWidth="md"
    >
      <DialogTitle id="examples-title">Examples</DialogTitle>
      <DialogContent>
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', sm: 'repeat(3, 1fr)' },
            gap: 2,
          }}
        >
          {EXAMPLES.map((ex) => (
            <Card key={ex.title} variant="outlined">
              <CardActionArea
                onClick={() => props.onOpen(ex.design)}
                sx={{
                  height: '100%',
                  display: 'flex',
                  flexDirection: 'column',
                  alignItems: 'stretch',
                  justifyContent: 'flex-start',
                }}
              >
                <CardContent>
                  <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
                    {ex.title}
                  </Typography>
                  <Chip label={ex.mode} size="small" sx={{ my: 1 }} />
                  <Typography variant="body2" sx={{ mb: 1 }}>
                    {ex.description}
                  </Typography>
                  <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                    {summaryOf(ex.design)}
                  </Typography>
                </CardContent>
              </CardActionArea>
            </Card>
          ))}
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
