/**
 * The one story of the traffic modes, and of Local above all: which catalogue messages tell it, so
 * the tour, the glossary, the inspector, the explanations and the lints all say the same thing. The
 * words are in en.ts / zh-CN.ts ("Traffic modes" block); this file only lists the ids.
 *
 * Calico's guide says Local keeps the client address; for cluster IPs kube-proxy (iptables,
 * nftables, IPVS) ignores externalTrafficPolicy and masquerades off-cluster clients
 * (../shared/calico/SEMANTICS.md §1.3–1.4, DATAPLANES.md summary table); what Local changes is which
 * nodes advertise the /32 (DATAPLANES.md §6.2) and the Service's type, which must be NodePort.
 */
import type { MessageId } from './en';
import type { Locale } from './locale';

type TrafficMode = 'Cluster' | 'Local';
type Profile = 'hardened' | 'guide';

export const TRAFFIC_MODE_STORY = {
  /**
   * A few words per mode, under every mode picker and in the top bar's tooltips. The first is the
   * headline, short enough for the top bar itself.
   */
  hint: {
    Cluster: ['trafficMode.Cluster.hint'],
    Local: ['trafficMode.Local.hint', 'trafficMode.Local.caveat'],
  } satisfies Record<TrafficMode, readonly [MessageId, ...MessageId[]]>,
  /** What Calico's guide expects of Local. */
  guide: 'trafficMode.Local.guide',
  /** What kube-proxy really does with cluster-IP traffic (also inside the lints' words). */
  kubeProxy: 'trafficMode.Local.kubeProxy',
  /** What Local does change: which nodes advertise the cluster IP. */
  bgp: 'trafficMode.Local.bgp',
  /** Why the Service becomes type NodePort (also inside the Service's explanation). */
  nodePort: 'trafficMode.Local.nodePort',
  /** That the Service is the user's, changed by a patch. */
  patch: 'trafficMode.Local.patch',
  /** The Local lint of each profile, and its fix. */
  lint: {
    hardened: 'trafficMode.Local.lint.hardened',
    guide: 'trafficMode.Local.lint.guide',
  } satisfies Record<Profile, MessageId>,
  fix: 'trafficMode.Local.fix',
} as const;

/** The whole Local story, in reading order: the glossary's entry and the inspector's "more". */
export const LOCAL_STORY: readonly MessageId[] = [
  TRAFFIC_MODE_STORY.guide,
  TRAFFIC_MODE_STORY.kubeProxy,
  TRAFFIC_MODE_STORY.bgp,
  TRAFFIC_MODE_STORY.nodePort,
  TRAFFIC_MODE_STORY.patch,
];

/** A mode's whole hint, in one language. */
export function modeHint(
  mode: TrafficMode,
  translate: (id: MessageId) => string,
  locale: Locale,
): string {
  return joinSentences(TRAFFIC_MODE_STORY.hint[mode].map(translate), locale);
}

/** Sentences into one paragraph: a space between English ones, none between Chinese ones. */
export function joinSentences(sentences: readonly string[], locale: Locale): string {
  return sentences.join(locale === 'zh-CN' ? '' : ' ');
}
