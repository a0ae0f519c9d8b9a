/**
 * The top bar's help menu: replay the guided tour, the glossary of Calico and Kubernetes terms, and
 * the keyboard shortcuts. It needs a TourProvider above it for "Guided tour" and "Glossary".
 */
import Button from '@mui/material/Button';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import HelpOutlineIcon from '@mui/icons-material/HelpOutlineOutlined';
import KeyboardIcon from '@mui/icons-material/KeyboardOutlined';
import MenuBookIcon from '@mui/icons-material/MenuBookOutlined';
import TourIcon from '@mui/icons-material/TourOutlined';
import { useId, useState } from 'react';
import { useT } from '../../state/preferences';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useTour } from './TourContext';

export function HelpMenu() {
  const t = useT();
  const tour = useTour();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [shortcuts, setShortcuts] = useState(false);
  const buttonId = useId();
  const menuId = useId();
  const openGlossary = () => {
    setAnchor(null);
    tour.showGlossary();
  };
  const openShortcuts = () => {
    setAnchor(null);
    setShortcuts(true);
  };
  return (
    <>
      <Button
        id={buttonId}
        color="inherit"
        size="small"
        startIcon={<HelpOutlineIcon />}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        aria-controls={anchor ? menuId : undefined}
        data-tour="help"
        onClick={(e) => setAnchor(e.currentTarget)}
        sx={{ textTransform: 'none', whiteSpace: 'nowrap', minWidth: 0 }}
      >
        {t('ui.tour.help.button')}
      </Button>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        slotProps={{ list: { 'aria-labelledby': buttonId } }}
      >
        <MenuItem
          onClick={() => {
            setAnchor(null);
            tour.start();
          }}
        >
          <ListItemIcon>
            <TourIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText>{t('ui.tour.help.menu.tour')}</ListItemText>
        </MenuItem>
        <MenuItem onClick={openGlossary}>
          <ListItemIcon>
            <MenuBookIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText>{t('ui.tour.help.menu.glossary')}</ListItemText>
        </MenuItem>
        <MenuItem onClick={openShortcuts}>
          <ListItemIcon>
            <KeyboardIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText>{t('ui.tour.help.menu.shortcuts')}</ListItemText>
        </MenuItem>
      </Menu>
      <ShortcutsDialog open={shortcuts} onClose={() => setShortcuts(false)} />
    </>
  );
}
