/**
 * What the chosen traffic mode means, in one line under a mode picker, and the way to the whole
 * Local story (the glossary's entry). The words are the shared story's (src/i18n/trafficModeStory.ts),
 * the same the tour, the glossary and the lints tell.
 */
import Link from '@mui/material/Link';
import { TRAFFIC_MODE_STORY } from '../../i18n/trafficModeStory';
import type { TrafficPolicy } from '../../model/design';
import { useT } from '../../state/preferences';
import { useTour } from '../tour/TourContext';
import { Hint } from './fields';

/** The one-line hint of a mode, as a message id: for a picker's helper text. */
export function trafficModeHintId(mode: TrafficPolicy) {
  return TRAFFIC_MODE_STORY.hint[mode];
}

/** The button that opens the glossary at Local: the guide, kube-proxy, BGP and the NodePort. */
export function LocalStoryLink() {
  const t = useT();
  const tour = useTour();
  return (
    <Link
      component="button"
      type="button"
      variant="caption"
      onClick={() => tour.showGlossary('Local')}
      sx={{ alignSelf: 'flex-start', textAlign: 'left' }}
    >
      {t('ui.inspector.trafficPolicy.more')}
    </Link>
  );
}

/** The chosen mode's hint, with the link to the whole story. */
export function TrafficModeHint({ mode, id }: { mode: TrafficPolicy; id?: string }) {
  const t = useT();
  return (
    <>
      <Hint id={id}>{t(trafficModeHintId(mode))}</Hint>
      <LocalStoryLink />
    </>
  );
}
