/**
 * The guided first visit: the guide's scenario in ten steps, each pointing at the part of the app
 * it talks about. Anchors are elements with a `data-tour` attribute; a step whose anchor is not on
 * the page (a narrow window, a panel not shown) is shown in the middle of the window instead.
 */
import type { AnyMessageId } from '../../i18n/t';
import { TRAFFIC_MODE_STORY } from '../../i18n/trafficModeStory';
import type { Side } from './placeCard';

/** The `data-tour` values the app's components carry (HelpMenu carries `help`). */
export type TourAnchor =
  'palette' | 'canvas' | 'mode' | 'profile' | 'output' | 'share' | 'inspector' | 'help';

export interface TourStep {
  readonly id: string;
  /** The element to highlight; null: the step has none and is shown in the middle. */
  readonly anchor: TourAnchor | null;
  /** Where the card goes first, if it fits there. */
  readonly side: Side;
  readonly title: AnyMessageId;
  /** Sentences or paragraphs read as one body: a step may tell part of a shared story. */
  readonly body: readonly AnyMessageId[];
}

export const TOUR_STEPS: readonly TourStep[] = [
  {
    id: 'welcome',
    anchor: null,
    side: 'bottom',
    title: 'ui.tour.welcome.title',
    body: ['ui.tour.welcome.body'],
  },
  {
    id: 'clusterIp',
    anchor: 'canvas',
    side: 'right',
    title: 'ui.tour.clusterIp.title',
    body: ['ui.tour.clusterIp.body'],
  },
  {
    id: 'elements',
    anchor: 'palette',
    side: 'right',
    title: 'ui.tour.elements.title',
    body: ['ui.tour.elements.body'],
  },
  {
    id: 'access',
    anchor: 'canvas',
    side: 'right',
    title: 'ui.tour.access.title',
    body: ['ui.tour.access.body'],
  },
  {
    id: 'mode',
    anchor: 'mode',
    side: 'bottom',
    title: 'ui.tour.mode.title',
    body: ['ui.tour.mode.body', TRAFFIC_MODE_STORY.guide],
  },
  {
    id: 'local',
    anchor: 'mode',
    side: 'bottom',
    title: 'ui.tour.local.title',
    body: [TRAFFIC_MODE_STORY.kubeProxy, TRAFFIC_MODE_STORY.bgp, TRAFFIC_MODE_STORY.nodePort],
  },
  {
    id: 'profile',
    anchor: 'profile',
    side: 'bottom',
    title: 'ui.tour.profile.title',
    body: ['ui.tour.profile.body'],
  },
  {
    id: 'output',
    anchor: 'output',
    side: 'left',
    title: 'ui.tour.output.title',
    body: ['ui.tour.output.body'],
  },
  {
    id: 'share',
    anchor: 'share',
    side: 'bottom',
    title: 'ui.tour.share.title',
    body: ['ui.tour.share.body'],
  },
  {
    id: 'help',
    anchor: 'help',
    side: 'bottom',
    title: 'ui.tour.help.title',
    body: ['ui.tour.help.body'],
  },
];
