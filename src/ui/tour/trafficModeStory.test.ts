/**
 * One story of Local: the tour, the glossary, the Local lint and the Service's explanation tell it
 * with the same catalogue messages (src/i18n/trafficModeStory.ts), so none can drift from the others.
 */
import { explanationText, lintText } from '../../generator/explainText';
import { generate } from '../../generator/generate';
import { CATALOGUES } from '../../i18n/catalogue';
import { en } from '../../i18n/en';
import { GLOSSARY } from '../../i18n/glossary';
import type { Locale } from '../../i18n/locale';
import { translator } from '../../i18n/t';
import {
  LOCAL_STORY,
  TRAFFIC_MODE_STORY,
  joinSentences,
  modeHint,
} from '../../i18n/trafficModeStory';
import { zhCN } from '../../i18n/zh-CN';
import type { Design } from '../../model/design';
import { localExample } from '../../model/examples';
import { TOUR_STEPS } from './tourSteps';

const LOCALES: readonly Locale[] = ['en', 'zh-CN'];
const CORE = { en, 'zh-CN': zhCN } as const;
const local = GLOSSARY.find((g) => g.term === 'Local');

/** The three things every full telling must say: the guide, kube-proxy, the NodePort. */
const ESSENTIAL = [
  TRAFFIC_MODE_STORY.guide,
  TRAFFIC_MODE_STORY.kubeProxy,
  TRAFFIC_MODE_STORY.nodePort,
] as const;

function localLint(design: Design) {
  const result = generate(design, { part: 'all' });
  if (!result.ok) throw new Error('the Local example must generate');
  const lints = result.lints.filter((l) => l.code === 'local-mode-masquerade');
  expect(lints).toHaveLength(1);
  return { lint: lints[0]!, result };
}

describe('the story of Local', () => {
  it('is told by the tour with the story messages, across its Cluster-or-Local steps', () => {
    const told = TOUR_STEPS.flatMap((s) => s.body);
    for (const id of [...ESSENTIAL, TRAFFIC_MODE_STORY.bgp]) expect(told).toContain(id);
    // Both steps point at the mode picker the story is about.
    const steps = TOUR_STEPS.filter((s) =>
      s.body.some((id) => (LOCAL_STORY as readonly string[]).includes(id)),
    );
    expect(steps.map((s) => s.anchor)).toEqual(['mode', 'mode']);
  });

  it('is the glossary entry of Local, word for word in both languages', () => {
    expect(local?.story).toEqual(LOCAL_STORY);
    for (const id of ESSENTIAL) expect(LOCAL_STORY).toContain(id);
    expect(local?.en).toBe(
      joinSentences(
        LOCAL_STORY.map((id) => en[id]),
        'en',
      ),
    );
    expect(local?.zh).toBe(
      joinSentences(
        LOCAL_STORY.map((id) => zhCN[id]),
        'zh-CN',
      ),
    );
    expect(local?.en).toContain('type: NodePort');
    expect(local?.en).not.toMatch(/client address is kept/);
  });

  it.each(['hardened', 'guide'] as const)(
    'is what the %s profile’s Local lint says, kube-proxy sentence included',
    (profile) => {
      const { lint } = localLint({ ...localExample, output: { ...localExample.output, profile } });
      expect(lint.messageId).toBe(TRAFFIC_MODE_STORY.lint[profile]);
      expect(lint.fixId).toBe(TRAFFIC_MODE_STORY.fix);
      for (const locale of LOCALES) {
        const words = lintText(lint, CORE[locale]);
        expect(words).toContain(CATALOGUES[locale][TRAFFIC_MODE_STORY.kubeProxy]);
        expect(words).toContain('shop/shop');
      }
    },
  );

  it('explains the Local Service as the NodePort Service the story says it becomes', () => {
    const { result } = localLint(localExample);
    const service = result.explanations.find((e) => e.messageId === 'explain.service.local');
    expect(service).toBeDefined();
    for (const locale of LOCALES) {
      expect(explanationText(service!, CORE[locale])).toContain(
        translator(locale)(TRAFFIC_MODE_STORY.nodePort),
      );
    }
  });

  it('gives each mode a one-line hint, and Local’s names the NodePort', () => {
    for (const locale of LOCALES) {
      const local = modeHint('Local', translator(locale), locale);
      expect(local).toMatch(/NodePort/);
      expect(local).toContain('kube-proxy');
    }
    expect(modeHint('Cluster', translator('en'), 'en')).toMatch(/^Cluster: .*SNAT/);
  });
});
