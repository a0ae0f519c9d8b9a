/**
 * The help menu's glossary: every term of src/i18n/glossary.ts, the one list the translations are
 * held to, with what it means in the current language and, in Chinese, how the UI writes it.
 */
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import InputAdornment from '@mui/material/InputAdornment';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import SearchIcon from '@mui/icons-material/Search';
import { useId, useMemo, useRef, useState } from 'react';
import { GLOSSARY, type GlossaryTerm } from '../../i18n/glossary';
import type { Locale } from '../../i18n/locale';
import { useLocale, useT } from '../../state/preferences';
import { visuallyHidden } from './visuallyHidden';

let sorted: readonly GlossaryTerm[] | undefined;

/**
 * The glossary in alphabetical order, as a reader looks a term up. Sorted on first use, not at
 * import (start-up), with one collator: `localeCompare` with options builds one per comparison.
 */
function sortedGlossary(): readonly GlossaryTerm[] {
  if (!sorted) {
    const collator = new Intl.Collator('en', { sensitivity: 'base' });
    sorted = [...GLOSSARY].sort((a, b) => collator.compare(a.term, b.term));
  }
  return sorted;
}

/** Lower case without spaces, so "集群IP" finds "集群 IP" and "predNat" finds "preDNAT". */
const folded = (text: string) => text.toLowerCase().replace(/\s+/g, '');

/** Whether a term matches the search: its English or Chinese spelling, or its meaning. */
export function matchesTerm(term: GlossaryTerm, query: string, locale: Locale): boolean {
  const q = folded(query);
  if (!q) return true;
  const meaning = locale === 'zh-CN' ? term.zh : term.en;
  return [term.term, term.zhCN, meaning].some((text) => folded(text).includes(q));
}

export function GlossaryDialog({
  open,
  onClose,
  query: initialQuery = '',
}: {
  open: boolean;
  onClose: () => void;
  /** The search it opens with (mount it again, with a new key, for another). */
  query?: string;
}) {
  const t = useT();
  const titleId = useId();
  const [query, setQuery] = useState(initialQuery);
  const search = useRef<HTMLInputElement>(null);
  return (
    <Dialog
      open={open}
      onClose={onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="md"
      slotProps={{
        transition: {
          // Focus the search once the dialog is in: `autoFocus` would lose to the help menu, which
          // gives the focus back to its button as it closes.
          onEntered: () => search.current?.focus(),
        },
      }}
    >
      <DialogTitle id={titleId}>{t('ui.tour.glossary.title')}</DialogTitle>
      <DialogContent dividers>
        <DialogContentText sx={{ mb: 2 }}>{t('ui.tour.glossary.intro')}</DialogContentText>
        <TextField
          type="search"
          size="small"
          fullWidth
          inputRef={search}
          label={t('ui.tour.glossary.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          slotProps={{
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon fontSize="small" />
                </InputAdornment>
              ),
            },
            htmlInput: { spellCheck: false, autoComplete: 'off' },
          }}
          sx={{ mb: 1 }}
        />
        <GlossaryTerms query={query} titleId={titleId} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('ui.tour.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}

/** What a term means; one told by a shared story gets a paragraph per message, for reading. */
function Meaning({ term, chinese }: { term: GlossaryTerm; chinese: boolean }) {
  const t = useT();
  if (!term.story) return chinese ? term.zh : term.en;
  return term.story.map((id, i) => (
    <Typography key={id} variant="body2" sx={{ mt: i ? 0.75 : 0 }}>
      {t(id)}
    </Typography>
  ));
}

/**
 * The count and the table. Rendered as the dialog's content, so only while the dialog shows: the
 * glossary is sorted (and a collator built) the first time someone opens it, not at start-up.
 */
function GlossaryTerms({ query, titleId }: { query: string; titleId: string }) {
  const t = useT();
  const locale = useLocale();
  const chinese = locale === 'zh-CN';
  const terms = useMemo(
    () => sortedGlossary().filter((g) => matchesTerm(g, query, locale)),
    [query, locale],
  );
  const count = t(
    terms.length === 1 ? 'ui.tour.glossary.count.one' : 'ui.tour.glossary.count.other',
    {
      count: terms.length,
    },
  );
  return (
    <>
      <Typography role="status" sx={visuallyHidden}>
        {count}
      </Typography>
      {terms.length ? (
        <Table size="small" aria-labelledby={titleId}>
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">
                {t('ui.tour.glossary.term')}
              </TableCell>
              {chinese && (
                <TableCell component="th" scope="col">
                  {t('ui.tour.glossary.chinese')}
                </TableCell>
              )}
              <TableCell component="th" scope="col">
                {t('ui.tour.glossary.meaning')}
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {terms.map((g) => (
              <TableRow key={g.term}>
                <TableCell
                  component="th"
                  scope="row"
                  lang="en"
                  sx={{ fontWeight: 600, whiteSpace: 'nowrap', verticalAlign: 'top' }}
                >
                  {g.term}
                </TableCell>
                {chinese && (
                  <TableCell sx={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                    {g.zhCN === g.term ? (
                      <Typography variant="body2" component="span" color="text.secondary">
                        {t('ui.tour.glossary.kept')}
                      </Typography>
                    ) : (
                      g.zhCN
                    )}
                  </TableCell>
                )}
                <TableCell sx={{ verticalAlign: 'top' }}>
                  <Meaning term={g} chinese={chinese} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <Typography variant="body2" sx={{ py: 2 }}>
          {t('ui.tour.glossary.none', { query: query.trim() })}
        </Typography>
      )}
    </>
  );
}
