/**
 * The colour-scheme switch of the top bar: follow the system (the default), light or dark. MUI
 * keeps the choice in localStorage and follows the system's setting live while it is "system".
 */
import Button from '@mui/material/Button';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useColorScheme } from '@mui/material/styles';
import CheckIcon from '@mui/icons-material/Check';
import DarkModeIcon from '@mui/icons-material/DarkMode';
import LightModeIcon from '@mui/icons-material/LightMode';
import SettingsBrightnessIcon from '@mui/icons-material/SettingsBrightness';
import { useState } from 'react';
import { useT } from '../../state/preferences';

const MODES = ['system', 'light', 'dark'] as const;
type Mode = (typeof MODES)[number];

const LABEL = {
  system: 'ui.shell.theme.system',
  light: 'ui.shell.theme.light',
  dark: 'ui.shell.theme.dark',
} as const;

const ICON = { system: SettingsBrightnessIcon, light: LightModeIcon, dark: DarkModeIcon };

export function ThemeMenu() {
  const t = useT();
  const { mode, setMode } = useColorScheme();
  const current: Mode = mode ?? 'system';
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const Icon = ICON[current];
  return (
    <>
      <Button
        color="inherit"
        size="small"
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        aria-label={t('ui.shell.theme.button', { mode: t(LABEL[current]) })}
        onClick={(e) => setAnchor(e.currentTarget)}
        sx={{ minWidth: 0, px: 1 }}
      >
        <Icon />
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {MODES.map((m) => (
          <MenuItem
            key={m}
            selected={m === current}
            onClick={() => {
              setMode(m);
              setAnchor(null);
            }}
          >
            <ListItemIcon>{m === current ? <CheckIcon fontSize="small" /> : null}</ListItemIcon>
            <ListItemText>{t(LABEL[m])}</ListItemText>
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
