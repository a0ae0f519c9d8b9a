/**
 * Short messages at the bottom of the window: "Link copied", "Imported…", and errors that must be
 * read (a link that did not open) stay until closed. One at a time; a new one replaces the last.
 */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useT } from '../../state/preferences';

export interface Notice {
  severity: 'success' | 'info' | 'warning' | 'error';
  text: string;
  title?: string;
  /** Further lines under the text, e.g. one per problem. */
  lines?: string[];
  action?: { label: string; onClick: () => void };
}

type Notify = (notice: Notice) => void;

const NoticeContext = createContext<Notify>(() => undefined);

/** Shows a notice; errors and warnings stay until closed, others go after a few seconds. */
export function useNotify(): Notify {
  return useContext(NoticeContext);
}

const AUTO_HIDE_MS = 5000;

export function NoticeProvider({ children }: { children: ReactNode }) {
  const t = useT();
  const [current, setCurrent] = useState<(Notice & { key: number }) | null>(null);
  const [open, setOpen] = useState(false);
  const notify = useCallback<Notify>((notice) => {
    setCurrent({ ...notice, key: Date.now() });
    setOpen(true);
  }, []);
  const value = useMemo(() => notify, [notify]);
  const sticky = current?.severity === 'error' || current?.severity === 'warning';
  const close = () => setOpen(false);

  return (
    <NoticeContext.Provider value={value}>
      {children}
      <Snackbar
        key={current?.key}
        open={open}
        autoHideDuration={sticky ? null : AUTO_HIDE_MS}
        onClose={(_e, reason) => reason !== 'clickaway' && close()}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        {current ? (
          <Alert
            severity={current.severity}
            variant="filled"
            onClose={close}
            sx={{ maxWidth: 720, alignItems: 'flex-start' }}
            action={
              current.action ? (
                <>
                  <Button
                    color="inherit"
                    size="small"
                    onClick={() => {
                      close();
                      current.action?.onClick();
                    }}
                  >
                    {current.action.label}
                  </Button>
                  <Button
                    color="inherit"
                    size="small"
                    onClick={close}
                    aria-label={t('ui.share.action.close')}
                  >
                    ✕
                  </Button>
                </>
              ) : undefined
            }
          >
            {current.title && <AlertTitle>{current.title}</AlertTitle>}
            {current.text}
            {current.lines?.length ? (
              <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
                {current.lines.map((l, i) => (
                  <li key={i}>{l}</li>
                ))}
              </ul>
            ) : null}
          </Alert>
        ) : undefined}
      </Snackbar>
    </NoticeContext.Provider>
  );
}
