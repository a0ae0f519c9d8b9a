/**
 * Test harness for the topology of a cluster dump: the objects of every file (a `List`'s items one
 * by one, as the pipeline hands them over) for tests of withTopology alone, and the whole import
 * of a dump through importFiles.
 */
import { loadAll } from 'js-yaml';
import type { Design } from '../../model/design';
import { field, isObj, list, str, type Located } from '../context';
import { importFiles } from '../importFiles';
import type { ImportItem, ImportOptions } from '../types';

/** Every object of the texts, the items of a `…List` one by one. */
export function objectsOf(...texts: string[]): unknown[] {
  return texts.flatMap((t) =>
    loadAll(t).flatMap((doc) => {
      const kind = str(field(doc, 'kind'));
      return kind?.endsWith('List') && Array.isArray(field(doc, 'items'))
        ? list(field(doc, 'items'))
        : [doc];
    }),
  );
}

export function locate(objects: readonly unknown[]): Located[] {
  return objects.flatMap((value, doc) =>
    isObj(value)
      ? [
          {
            doc,
            kind: str(field(value, 'kind')) ?? '',
            name: str(field(field(value, 'metadata'), 'name')) ?? '',
            value,
          },
        ]
      : [],
  );
}

export interface Imported {
  design: Design;
  items: ImportItem[];
}

/** The design a dump imports to through the pipeline, with the whole report; throws when none. */
export function importDump(texts: readonly string[], options: ImportOptions = {}): Imported {
  const r = importFiles(
    texts.map((text, i) => ({ name: `dump-${i + 1}.yaml`, text })),
    options,
  );
  if (!r.design) throw new Error(JSON.stringify(r.report.items, null, 1));
  return { design: r.design, items: r.report.items };
}
