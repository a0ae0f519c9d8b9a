/**
 * Which group cards the user has opened: view state of this page, never part of the design (a
 * share link or an export opens with every group closed). One set for the canvas and the
 * inspector, which both open and close groups.
 */
import { useSyncExternalStore } from 'react';

let open: ReadonlySet<string> = new Set();
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The open groups; a new set object after every change. */
export function openGroups(): ReadonlySet<string> {
  return open;
}

/** Opens a closed group, closes an open one. */
export function toggleGroup(id: string): void {
  const next = new Set(open);
  if (!next.delete(id)) next.add(id);
  open = next;
  for (const l of listeners) l();
}

/** Closes every group (tests start from there). */
export function closeAllGroups(): void {
  open = new Set();
  for (const l of listeners) l();
}

export function useOpenGroups(): ReadonlySet<string> {
  return useSyncExternalStore(subscribe, openGroups);
}
