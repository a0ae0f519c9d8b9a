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
import type { AnyMessageId } from '../../i18n/t';
import type { Design } from '../../model/design';
import { guideExample, localExample, mixedExample } from '../../model/examples';
import { useT } from '../../state/preferences';
import { summaryOf } from './designSummary';

export interface Example {
  title: AnyMessageId;
  /** The traffic modes it uses, by their field values (the same in every language). */
  mode: string;
  description: AnyMessageId;
  design: Design;
}

export const EXAMPLES: readonly Example[] = [
  {
    title: 'ui.share.examples.guide.title',
    mode: 'Cluster',
    description: 'ui.share.examples.guide.description',
    design: guideExample,
  },
  {
    title: 'ui.share.examples.local.title',
    mode: 'Local',
    description: 'ui.share.examples.local.description',
    design: localExample,
  },
  {
    title: 'ui.share.examples.mixed.title',
    mode: 'Cluster + Local',
    description: 'ui.share.examples.mixed.description',
    design: mixedExample,
  },
];

export function ExamplesDialog(props: {
  open: boolean;
  onClose: () => void;
  onOpen: (design: Design) => void;
}) {
  const t = useT();
  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      aria-labelledby="examples-title"
      fullWidth
      maxWidth="md"
    >
      <DialogTitle id="examples-title">{t('ui.share.examples.title')}</DialogTitle>
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
                    {t(ex.title)}
                  </Typography>
                  <Chip label={ex.mode} size="small" sx={{ my: 1 }} />
                  <Typography variant="body2" sx={{ mb: 1 }}>
                    {t(ex.description)}
                  </Typography>
                  <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                    {summaryOf(ex.design, t)}
                  </Typography>
                </CardContent>
              </CardActionArea>
            </Card>
          ))}
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>{t('ui.share.action.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
