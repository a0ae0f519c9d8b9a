/**
 * The designer's keyboard shortcuts as the help menu lists them. The keys live in
 * src/ui/shell/useShortcuts.ts (and Escape in MUI's menus and dialogs); keep this list in step with
 * it. Keys are printed as on the keyboard, in every language.
 */
import type { AnyMessageId } from '../../i18n/t';

export interface Shortcut {
  /** Alternative key combinations, each a list of keys pressed together. */
  readonly keys: readonly (readonly string[])[];
  readonly action: AnyMessageId;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: [['C']], action: 'ui.tour.shortcut.addClient' },
  { keys: [['S']], action: 'ui.tour.shortcut.addService' },
  { keys: [['N']], action: 'ui.tour.shortcut.addNode' },
  { keys: [['P']], action: 'ui.tour.shortcut.addPod' },
  { keys: [['Delete'], ['Backspace']], action: 'ui.tour.shortcut.delete' },
  { keys: [['Ctrl', 'D']], action: 'ui.tour.shortcut.duplicate' },
  { keys: [['F2']], action: 'ui.tour.shortcut.rename' },
  { keys: [['Ctrl', 'Z']], action: 'ui.tour.shortcut.undo' },
  {
    keys: [
      ['Shift', 'Ctrl', 'Z'],
      ['Ctrl', 'Y'],
    ],
    action: 'ui.tour.shortcut.redo',
  },
  { keys: [['Esc']], action: 'ui.tour.shortcut.escape' },
];
