import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import CssBaseline from '@mui/material/CssBaseline';
import GlobalStyles from '@mui/material/GlobalStyles';
import { ThemeProvider } from '@mui/material/styles';
import { StoreContext } from '../state/hooks';
import { browserStorage, DesignKeeper, readAutosave } from '../state/persistence';
import { PreferencesContext, PreferencesStore } from '../state/preferences';
import { chooseStartDesign } from '../state/startDesign';
import { DesignStore } from '../state/store';
import { generatorUnderTest, readTestHooks } from '../state/testHooks';
import { KeeperContext } from '../state/useKeeper';
import { PanelBoundary } from '../ui/boundary/PanelBoundary';
import { NoticeProvider } from '../ui/share/Notices';
import { OtherTabNotice } from '../ui/share/OtherTabNotice';
import { clearFragment } from '../ui/share/useLinkOpener';
import { TourProvider } from '../ui/tour/TourContext';
import { App } from './App';
import { ColorSchemeMark } from './ColorSchemeMark';
import { canvasStyles, MODE_STORAGE_KEY, theme } from './theme';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Start-up order: a share link in the URL fragment, else the autosaved design, else the guide's
// example. The fragment is read once and then removed, so a reload opens the autosave (which by
// then holds the linked design, or the user's own if they kept theirs).
const storage = browserStorage();
const start = chooseStartDesign({ hash: window.location.hash, saved: readAutosave(storage) });
clearFragment();
// End-to-end tests may swap the generator for one that throws (src/state/testHooks.ts); read once.
const testHooks = readTestHooks((window as { __cipdTestHooks?: unknown }).__cipdTestHooks);
const store = new DesignStore(start.design, { generate: generatorUnderTest(testHooks) });
const keeper = new DesignKeeper(store, storage);
keeper.start();
// A change made within the debounce delay must survive closing or reloading the tab.
window.addEventListener('pagehide', keeper.flush);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') keeper.flush();
});

// The UI language: the user's last choice, else the browser's. <html lang> follows it, so screen
// readers pronounce the text in the right language and fonts pick the right glyphs.
const preferences = new PreferencesStore(storage, navigator.languages);
const followLanguage = () => {
  document.documentElement.lang = preferences.getState().locale;
};
followLanguage();
preferences.subscribe(followLanguage);

createRoot(root).render(
  <StrictMode>
    <PreferencesContext.Provider value={preferences}>
      <ThemeProvider theme={theme} defaultMode="system" modeStorageKey={MODE_STORAGE_KEY}>
        <CssBaseline enableColorScheme />
        <ColorSchemeMark />
        <GlobalStyles styles={canvasStyles} />
        <StoreContext.Provider value={store}>
          <KeeperContext.Provider value={keeper}>
            <NoticeProvider>
              {/* The last resort: each panel has a boundary of its own (App.tsx). */}
              <PanelBoundary area="app">
                <TourProvider autoStart={start.source !== 'link'}>
                  <App start={start} />
                  <OtherTabNotice />
                </TourProvider>
              </PanelBoundary>
            </NoticeProvider>
          </KeeperContext.Provider>
        </StoreContext.Provider>
      </ThemeProvider>
    </PreferencesContext.Provider>
  </StrictMode>,
);
