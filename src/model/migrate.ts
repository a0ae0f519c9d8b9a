/**
 * Upgrades a design document of an older format version to the current one, one version at a time,
 * before it is validated (validateDesign runs it, so files, links, autosaves and the CLI all open
 * old designs). The frozen v1 links in fixtures/permalinks/ must keep opening (permalink.test.ts).
 */
import { DESIGN_VERSION } from './design';
import type { Problem } from './problem';

/** Turns a document of version `from` into one of version `from + 1`. */
export interface Migration {
  from: number;
  migrate(document: Record<string, unknown>): Record<string, unknown>;
}

/** Every migration, by the version it upgrades from. */
export const MIGRATIONS: readonly Migration[] = [
  // 1 → 2 only added optional fields (baseline, inferred edges, Service type and node ports): a
  // v1 document is a v2 document with a new number.
  { from: 1, migrate: (document) => ({ ...document, version: 2 }) },
];

export type MigrationResult = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

/**
 * Applies migrations while the document's `version` is older than the current one. A version this
 * release does not know (newer, missing, not a number) is left for validateDesign to explain.
 */
export function migrateDesign(
  value: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
): MigrationResult {
  let doc = value;
  for (;;) {
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
      return { ok: true, value: doc };
    const record = doc as Record<string, unknown>;
    const version = record.version;
    if (typeof version !== 'number' || version >= DESIGN_VERSION) return { ok: true, value: doc };
    const step = migrations.find((m) => m.from === version);
    if (!step) return { ok: true, value: doc };
    try {
      doc = step.migrate(record);
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      return {
        ok: false,
        problems: [
          { path: 'version', messageId: 'permalink.migration', params: { from: version, detail } },
        ],
      };
    }
    const next = (doc as Record<string, unknown> | null)?.version;
    if (typeof next !== 'number' || next <= version) {
      return {
        ok: false,
        problems: [
          {
            path: 'version',
            messageId: 'permalink.migration',
            params: { from: version, detail: 'the migration did not raise the version' },
          },
        ],
      };
    }
  }
}
