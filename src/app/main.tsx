import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import CssBaseline from '@mui/material/CssBaseline';
import GlobalStyles from '@mui/material/GlobalStyles';
import { ThemeProvider } from '@mui/material/styles';
import { StoreContext } from '../state/hooks';
import { browserStorage, DesignKeeper, readAutosave } from '../state/persistence';
import { chooseStartDesign } from '../state/startDesign';
import { DesignStore } from '../state/store';
import { KeeperContext } from '../state/useKeeper';
import { NoticeProvider } from '../ui/share/Notices';
import { clearFragment } from '../ui/share/useLinkOpener';
import { App } from './App';
import { canvasStyles, theme } from './theme';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Start-up order: a share link in the URL fragment, else the autosaved design, else the guide's
// example. The fragment is read once and then removed, so a reload opens the autosave (which by
// then holds the linked design, or the user's own if they kept theirs).
const storage = browserStorage();
const start = chooseStartDesign({ hash: window.location.hash, saved: readAutosave(storage) });
clearFragment();
const store = new DesignStore(start.design);
const keeper = new DesignKeeper(store, storage);
keeper.start();
// A change made within the debounce delay must survive closing or reloading the tab.
window.addEventListener('pagehide', keeper.flush);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') keeper.flush();
});

createRoot(root).render(
  <StrictMode>
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <GlobalStyles styles={canvasStyles} />
      <StoreContext.Provider value={store}>
        <KeeperContext.Provider value={keeper}>
          <NoticeProvider>
            <App start={start} />
          </NoticeProvider>
        </KeeperContext.Provider>
      </StoreContext.Provider>
    </ThemeProvider>
  </StrictMode>,
);
