/**
 * The language switch of the top bar: each language named in its own words, the current one
 * checked. The choice is remembered (src/state/preferences.ts) and changes every word of the UI
 * at once, but never the YAML.
 */
import Button from '@mui/material/Button';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import CheckIcon from '@mui/icons-material/Check';
import TranslateIcon from '@mui/icons-material/Translate';
import { useState } from 'react';
import { LOCALE_NAMES, LOCALES } from '../../i18n/locale';
import { useLocale, usePreferences, useT } from '../../state/preferences';

export function LanguageMenu() {
  const t = useT();
  const locale = useLocale();
  const preferences = usePreferences();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button
        color="inherit"
        size="small"
        startIcon={<TranslateIcon />}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        aria-label={t('ui.shell.language.button', { language: LOCALE_NAMES[locale] })}
        onClick={(e) => setAnchor(e.currentTarget)}
        sx={{ textTransform: 'none', whiteSpace: 'nowrap', minWidth: 0 }}
      >
        <span lang={locale}>{LOCALE_NAMES[locale]}</span>
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {LOCALES.map((l) => (
          <MenuItem
            key={l}
            lang={l}
            selected={l === locale}
            onClick={() => {
              preferences.setLocale(l);
              setAnchor(null);
            }}
          >
            <ListItemIcon>{l === locale ? <CheckIcon fontSize="small" /> : null}</ListItemIcon>
            <ListItemText>{LOCALE_NAMES[l]}</ListItemText>
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
