/**
 * The Calico releases whose rules the validator knows, oldest first. The design format keeps the
 * same list (src/model/design.ts: calico and model may not import each other); versions.test.ts
 * holds the two equal, so a design's `output.calicoVersion` is a valid `calicoVersion` here.
 */
export const CALICO_VERSIONS = ['3.26', '3.27', '3.28', '3.29', '3.30', '3.31', '3.32'] as const;
export type CalicoVersion = (typeof CALICO_VERSIONS)[number];
export const NEWEST_CALICO: CalicoVersion = '3.32';

/** Whether `version` is `since` or newer. */
export function calicoAtLeast(version: CalicoVersion, since: CalicoVersion): boolean {
  return CALICO_VERSIONS.indexOf(version) >= CALICO_VERSIONS.indexOf(since);
}

/** A version string from outside (a CLI flag) as a known release, or undefined. */
export function toCalicoVersion(text: string): CalicoVersion | undefined {
  return CALICO_VERSIONS.find((v) => v === text);
}
