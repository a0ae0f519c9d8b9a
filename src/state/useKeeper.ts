/** React access to the DesignKeeper: autosave, replacing designs, "Restore previous design". */
import { createContext, useContext } from 'react';
import type { DesignKeeper } from './persistence';

export const KeeperContext = createContext<DesignKeeper | null>(null);

export function useKeeper(): DesignKeeper {
  const keeper = useContext(KeeperContext);
  if (!keeper) throw new Error('useKeeper outside <KeeperContext.Provider>');
  return keeper;
}
