/** The design actions shared by the palette, the menus and the keyboard shortcuts. */
import { useCallback } from 'react';
import { duplicateOf, newElement, removalOf } from '../../model/commands';
import type { Design, ElementKind } from '../../model/design';
import { emptyDesign } from '../../model/examples';
import { useStore } from '../../state/hooks';
import { useT } from '../../state/preferences';
import { useKeeper } from '../../state/useKeeper';

/**
 * What deleting the current selection would remove, in words of the language at the time of
 * asking, or undefined if nothing. Each summary entry is a noun phrase (a name, an access edge).
 */
export interface PendingDelete {
  ids: string[];
  summary: string[];
}

function nameOf(design: Design, id: string): string {
  const el = [...design.clients, ...design.nodes, ...design.services, ...design.pods].find(
    (x) => x.id === id,
  );
  return el ? el.name : id;
}

export function useDesignActions() {
  const store = useStore();
  const keeper = useKeeper();
  const t = useT();

  const add = useCallback(
    (kind: ElementKind) => {
      const { design, selection } = store.getState();
      let nodeId: string | undefined;
      if (kind === 'pod' && selection?.kind === 'element') {
        const selectedNode = design.nodes.find((n) => n.id === selection.id);
        const selectedPod = design.pods.find((p) => p.id === selection.id);
        nodeId = selectedNode?.id ?? selectedPod?.node;
      }
      if (kind === 'pod' && !design.nodes.length) return;
      const element = newElement(design, kind, nodeId);
      store.dispatch({ type: 'addElement', element });
      store.select({ kind: 'element', id: element.value.id });
    },
    [store],
  );

  const duplicate = useCallback(() => {
    const { design, selection } = store.getState();
    if (selection?.kind !== 'element') return;
    const copy = duplicateOf(design, selection.id);
    if (!copy) return;
    const at = design.layout[selection.id];
    store.dispatch({
      type: 'addElement',
      element: copy,
      ...(at ? { position: { x: at.x + 32, y: at.y + 32 } } : {}),
    });
    store.select({ kind: 'element', id: copy.value.id });
  }, [store]);

  /** Describes what deleting the selection removes, for the confirmation. */
  const pendingDelete = useCallback((): PendingDelete | undefined => {
    const { design, selection } = store.getState();
    if (selection?.kind === 'access') {
      return {
        ids: [],
        summary: [
          t('ui.shell.delete.access', {
            client: nameOf(design, selection.client),
            service: nameOf(design, selection.service),
          }),
        ],
      };
    }
    if (selection?.kind !== 'element') return undefined;
    const { ids, access } = removalOf(design, [selection.id]);
    const summary = [...ids].map((id) => nameOf(design, id));
    for (const a of access)
      summary.push(
        t('ui.shell.delete.accessOf', {
          client: nameOf(design, a.client),
          service: nameOf(design, a.service),
        }),
      );
    return { ids: [selection.id], summary };
  }, [store, t]);

  const remove = useCallback(() => {
    const { selection } = store.getState();
    if (selection?.kind === 'access') {
      store.dispatch({
        type: 'removeAccess',
        client: selection.client,
        service: selection.service,
      });
    } else if (selection?.kind === 'element') {
      store.dispatch({ type: 'removeElements', ids: [selection.id] });
    }
    store.select(null);
  }, [store]);

  // Whole-design replacements go through the keeper, which keeps the replaced design for
  // "Restore previous design" (undo works too).
  const newDesign = useCallback(() => keeper.replaceDesign(emptyDesign), [keeper]);

  const loadDesign = useCallback((design: Design) => keeper.replaceDesign(design), [keeper]);

  return {
    add,
    duplicate,
    pendingDelete,
    remove,
    newDesign,
    loadDesign,
    undo: store.undo,
    redo: store.redo,
  };
}
