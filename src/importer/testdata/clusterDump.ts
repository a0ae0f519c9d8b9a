/**
 * Test harness for the topology of a cluster dump, until the import pipeline reads Lists: the
 * objects of every file (a `List`'s items one by one, as the pipeline hands them over), the
 * candidate the policy reading builds from them (importYaml on the objects as a stream), and
 * withTopology on top.
 */
import { dump, loadAll } from 'js-yaml';
import type { Design, DesignInput } from '../../model/design';
import { validateDesign, describeProblem } from '../../model/validateDesign';
import { ImportContext, field, isObj, list, str, type Located } from '../context';
import { importYaml } from '../importYaml';
import type { ImportItem, ImportOptions } from '../types';
import { withTopology } from '../withTopology';

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
  candidate: DesignInput;
  items: ImportItem[];
}

/** The design a dump imports to, with the whole report; throws when it is not valid. */
export function importDump(texts: readonly string[], options: ImportOptions = {}): Imported {
  const objects = objectsOf(...texts);
  const stream = objects.map((o) => dump(o)).join('---\n');
  const policy = importYaml(stream);
  if (!policy.design) throw new Error(JSON.stringify(policy.report.items, null, 1));
  const ctx = new ImportContext(undefined);
  ctx.items.push(...policy.report.items);
  const candidate = withTopology(policy.design, locate(objects), ctx, options);
  const checked = validateDesign(candidate);
  if (!checked.ok) throw new Error(checked.problems.map(describeProblem).join('\n'));
  return { design: checked.design, candidate, items: ctx.items };
}
