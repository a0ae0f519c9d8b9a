/**
 * Every message of the app in every language: the core's catalogue (en.ts, zh-CN.ts) and the UI's
 * words by area (ui/*.ts). Ids are typed: t() refuses an unknown id, and a translation that lacks
 * an id is a type error (Translation<T>) before catalogue.test.ts even runs.
 */
import { en } from './en';
import type { Locale } from './locale';
import type { Translation } from './translation';
import { zhCN } from './zh-CN';
import { appEn, appZhCN } from './areas/app';
import { auditEn, auditZhCN } from './areas/audit';
import { boundaryEn, boundaryZhCN } from './areas/boundary';
import { canvasEn, canvasZhCN } from './areas/canvas';
import { inspectorEn, inspectorZhCN } from './areas/inspector';
import { outputEn, outputZhCN } from './areas/output';
import { shareEn, shareZhCN } from './areas/share';
import { shellEn, shellZhCN } from './areas/shell';
import { simulatorEn, simulatorZhCN } from './areas/simulator';
import { tourEn, tourZhCN } from './areas/tour';

const english = {
  ...en,
  ...appEn,
  ...auditEn,
  ...boundaryEn,
  ...canvasEn,
  ...inspectorEn,
  ...outputEn,
  ...shareEn,
  ...shellEn,
  ...simulatorEn,
  ...tourEn,
} as const;

/** Any message id, of the core or of the UI. */
export type AnyMessageId = keyof typeof english;

const chinese: Translation<typeof english> = {
  ...zhCN,
  ...appZhCN,
  ...auditZhCN,
  ...boundaryZhCN,
  ...canvasZhCN,
  ...inspectorZhCN,
  ...outputZhCN,
  ...shareZhCN,
  ...shellZhCN,
  ...simulatorZhCN,
  ...tourZhCN,
};

export const CATALOGUES: Readonly<Record<Locale, Translation<typeof english>>> = {
  en: english,
  'zh-CN': chinese,
};

/** The UI areas' catalogues, each English with its translation, for the completeness tests. */
export const AREAS = {
  core: [en, zhCN],
  app: [appEn, appZhCN],
  audit: [auditEn, auditZhCN],
  boundary: [boundaryEn, boundaryZhCN],
  canvas: [canvasEn, canvasZhCN],
  inspector: [inspectorEn, inspectorZhCN],
  output: [outputEn, outputZhCN],
  share: [shareEn, shareZhCN],
  shell: [shellEn, shellZhCN],
  simulator: [simulatorEn, simulatorZhCN],
  tour: [tourEn, tourZhCN],
} as const satisfies Record<string, readonly [object, object]>;
