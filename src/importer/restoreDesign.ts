/**
 * The design a policy file of this app carries in its header (src/permalink/designHeader.ts): when
 * the file's resources still digest to what the header says, the file is exactly what was
 * exported, and the design in the header is the answer, with everything the resources cannot hold
 * (pods, layout, names, ids, settings). Otherwise the header is reported and the caller reads the
 * resources.
 */
import type { Design } from '../model/design';
import { digestResources, readDesignHeader } from '../permalink/designHeader';
import type { ImportContext } from './context';

/**
 * The documents as the digest sees them: every parsed document in file order, empty ones (a `---`
 * with nothing after it, which kubectl skips) left out.
 */
function digestOfDocuments(documents: readonly unknown[]): string {
  return digestResources(documents.filter((d) => d !== null && d !== undefined));
}

/**
 * The design the header carries, if the file is unchanged since export; undefined when the file
 * has no design header, or it cannot be used (the report then says why).
 */
export function restoreDesign(
  text: string,
  documents: readonly unknown[],
  ctx: ImportContext,
): Design | undefined {
  const header = readDesignHeader(text);
  if (!header) return undefined;
  const { line } = header;
  if (!header.design.ok) {
    ctx.addAt(
      'ignored',
      'import.header.undecodable',
      { count: header.design.problems.length },
      { line },
    );
    // The decoder's own words say why (a damaged payload, a newer format, an invalid design).
    for (const p of header.design.problems) {
      ctx.addAt('ignored', p.messageId, p.params, { line, ...(p.path ? { path: p.path } : {}) });
    }
    return undefined;
  }
  if (header.digest === undefined) {
    ctx.addAt('ignored', 'import.header.noDigest', {}, { line });
    return undefined;
  }
  const digest = digestOfDocuments(documents);
  if (digest !== header.digest) {
    ctx.addAt(
      'ignored',
      'import.header.edited',
      { expected: header.digest, actual: digest },
      { line },
    );
    return undefined;
  }
  const design = header.design.design;
  ctx.addAt(
    'mapped',
    'import.header.restored',
    {
      nodes: design.nodes.length,
      services: design.services.length,
      pods: design.pods.length,
      clients: design.clients.length,
    },
    { line },
  );
  return design;
}
