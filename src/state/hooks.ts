/** React access to the store: context, state slices, and derived generation. */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Design } from '../model/design';
import type { DesignStore, Generation, Selection, StoreState } from './store';

export const StoreContext = createContext<DesignStore | null>(null);

export function useStore(): DesignStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore outside <StoreContext.Provider>');
  return store;
}

export function useStoreState(): StoreState {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, store.getState);
}

/**
 * One value read from the store: the component re-renders only when it changes (by Object.is, so
 * return a primitive or an object the store keeps). For the shell, which must not re-render on
 * every edit of a 200-element design.
 */
export function useStoreValue<T>(select: (state: StoreState) => T): T {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}

export function useDesign(): Design {
  return useStoreState().design;
}

export function useSelection(): Selection {
  return useStoreState().selection;
}

/** The generator's output for the current design (derived in the store, memoised). */
export function useGeneration(): Generation {
  const store = useStore();
  useStoreState();
  return store.getGeneration();
}
