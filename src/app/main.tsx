import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import CssBaseline from '@mui/material/CssBaseline';
import GlobalStyles from '@mui/material/GlobalStyles';
import { ThemeProvider } from '@mui/material/styles';
import { guideExample } from '../model/examples';
import { StoreContext } from '../state/hooks';
import { DesignStore } from '../state/store';
import { App } from './App';
import { canvasStyles, theme } from './theme';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const store = new DesignStore(guideExample);
createRoot(root).render(
  <StrictMode>
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <GlobalStyles styles={canvasStyles} />
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>
    </ThemeProvider>
  </StrictMode>,
);
