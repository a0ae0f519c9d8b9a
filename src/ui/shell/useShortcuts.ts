/**
 * Keyboard shortcuts of the designer; none fires while the user types in a field, or while a
 * dialog or menu has the focus (Ctrl+Z there must not change the design behind it).
 */
import { useEffect } from 'react';
import type { useDesignActions } from './useDesignActions';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    target.closest('[role="dialog"], [role="menu"]') !== null
  );
}

export function useShortcuts(
  actions: ReturnType<typeof useDesignActions>,
  onDelete: () => void,
  blocked: boolean,
) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (blocked || isTyping(e.target)) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && key === 'z') {
        e.preventDefault();
        if (e.shiftKey) actions.redo();
        else actions.undo();
      } else if (mod && key === 'y') {
        e.preventDefault();
        actions.redo();
      } else if (mod && key === 'd') {
        e.preventDefault();
        actions.duplicate();
      } else if (!mod && !e.altKey && (e.key === 'Delete' || e.key === 'Backspace')) {
        e.preventDefault();
        onDelete();
      } else if (!mod && !e.altKey && !e.shiftKey) {
        const kind = ({ c: 'client', s: 'service', n: 'node', p: 'pod' } as const)[key as 'c'];
        if (kind) {
          e.preventDefault();
          actions.add(kind);
        } else if (e.key === 'F2') {
          const name = document.querySelector<HTMLInputElement>(
            '[data-inspector] input[name="name"]',
          );
          if (name) {
            e.preventDefault();
            name.focus();
            name.select();
          }
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions, onDelete, blocked]);
}
