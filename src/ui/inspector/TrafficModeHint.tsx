/**
 * What the chosen traffic mode means, in one line under a mode picker, and the way to the whole
 * Local story (the glossary's entry). The words are the shared story's (src/i18n/trafficModeStory.ts),
 * the same the tour, the glossary and the lints tell.
 */
import Link from '@mui/material/Link';
import { modeHint } from '../../i18n/trafficModeStory';
import type { TrafficPolicy } from '../../model/design';
import { useLocale, useT } from '../../state/preferences';
import { useTour } from '../tour/TourContext';
import { Hint } from './fields';

/** The chosen mode's hint in words: for a picker's helper text. */
export function useModeHint(mode: TrafficPolicy): string {
  const t = useT();
  const locale = useLocale();
  return modeHint(mode, (id) => t(id), locale);
}

/** The button that opens the glossary at Local: the guide, kube-proxy, BGP and the NodePort. */
export function LocalStoryLink({ inset = false }: { inset?: boolean }) {
  const t = useT();
  const tour = useTour();
  return (
    <Link
      component="button"
      type="button"
      variant="caption"
      onClick={() => tour.showGlossary('Local')}
      // `inset`: lined up with a text field's helper text, which MUI indents by 14 px (padding:
      // a Stack's spacing resets its children's margins).
      sx={{ alignSelf: 'flex-start', textAlign: 'left', pl: inset ? '14px' : 0 }}
    >
      {t('ui.inspector.trafficPolicy.more')}
    </Link>
  );
}

/** The chosen mode's hint, with the link to the whole story. */
export function TrafficModeHint({ mode, id }: { mode: TrafficPolicy; id?: string }) {
  return (
    <>
      <Hint id={id}>{useModeHint(mode)}</Hint>
      <LocalStoryLink />
    </>
  );
}
