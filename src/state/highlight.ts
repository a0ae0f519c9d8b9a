/**
 * Cross-highlighting: what the current selection lights up. Selecting an element or access edge
 * lights the resources and rules it produced; selecting a rule lights the elements that caused it.
 */
import type { Explanation } from '../generator/types';
import { assertNever } from '../model/assertNever';
import type { GoodGeneration, Selection } from './store';

export interface Highlight {
  /** Design element ids to emphasise on the canvas. */
  elements: Set<string>;
  /** Access edges (`client->service`) to emphasise. */
  access: Set<string>;
  /** Resource keys whose documents are lit. */
  resources: Set<string>;
  /** `resourceKey#rulePath` of each lit explanation (rulePath empty for a whole resource). */
  rules: Set<string>;
}

export const ruleId = (resource: string, rulePath: string): string => `${resource}#${rulePath}`;
export const accessId = (client: string, service: string): string => `${client}->${service}`;

function empty(): Highlight {
  return { elements: new Set(), access: new Set(), resources: new Set(), rules: new Set() };
}

/** The highlight for a selection over one generation result. */
export function highlightOf(
  selection: Selection,
  generation: GoodGeneration | undefined,
): Highlight {
  const h = empty();
  if (!selection || !generation) return h;
  const light = (e: Explanation) => {
    h.rules.add(ruleId(e.resource, e.rulePath));
    h.resources.add(e.resource);
  };
  switch (selection.kind) {
    case 'element': {
      h.elements.add(selection.id);
      for (const e of generation.explanations) if (e.elements.includes(selection.id)) light(e);
      return h;
    }
    case 'access': {
      h.access.add(accessId(selection.client, selection.service));
      for (const e of generation.explanations) {
        if (e.elements.includes(selection.client) && e.elements.includes(selection.service))
          light(e);
      }
      return h;
    }
    case 'rule': {
      const e = generation.explanations.find(
        (x) => x.resource === selection.resource && x.rulePath === selection.rulePath,
      );
      if (!e) return h;
      light(e);
      for (const id of e.elements) h.elements.add(id);
      const [client, service] = e.elements;
      if (e.elements.length === 2 && client && service) h.access.add(accessId(client, service));
      return h;
    }
    case 'cluster':
      return h;
    default:
      return assertNever(selection, 'selection');
  }
}
