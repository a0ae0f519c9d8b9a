/**
 * The design menu, opened from the design's name in the top bar: start a new design, open an
 * example, import YAML, bring back the design the last replacement pushed out, or download the
 * design document.
 */
import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import CollectionsIcon from '@mui/icons-material/CollectionsBookmarkOutlined';
import DownloadIcon from '@mui/icons-material/Download';
import NoteAddIcon from '@mui/icons-material/NoteAddOutlined';
import RestoreIcon from '@mui/icons-material/Restore';
import UploadFileIcon from '@mui/icons-material/UploadFileOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState, type ReactNode } from 'react';
import type { Design } from '../../model/design';
import { useStore, useStoreValue } from '../../state/hooks';
import { useT } from '../../state/preferences';
import { useKeeper } from '../../state/useKeeper';
import { designFileName, downloadDesignJson } from '../share/download';

export interface DesignMenuActions {
  onNew: () => void;
  onExamples: () => void;
  onImport: () => void;
  onRestorePrevious: (design: Design) => void;
}

function Item(props: {
  icon: ReactNode;
  label: string;
  detail?: string;
  disabled?: boolean;
  onClick: () => void;
}) {
  return (
    <MenuItem onClick={props.onClick} disabled={props.disabled}>
      <ListItemIcon>{props.icon}</ListItemIcon>
      <ListItemText
        primary={props.label}
        secondary={props.detail}
        slotProps={{
          secondary: { sx: { maxWidth: 280, overflow: 'hidden', textOverflow: 'ellipsis' } },
        }}
      />
    </MenuItem>
  );
}

export function DesignMenu({ actions }: { actions: DesignMenuActions }) {
  const store = useStore();
  // The button shows the name; the menu, open, reads the design (nothing edits it meanwhile).
  const name = useStoreValue((s) => s.design.name);
  const keeper = useKeeper();
  const t = useT();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  // Read when the menu opens: the storage is not observable, and it only changes on replacements.
  const [previous, setPrevious] = useState<Design | undefined>();
  const run = (action: () => void) => () => {
    setAnchor(null);
    action();
  };

  return (
    <>
      <Button
        color="inherit"
        size="small"
        endIcon={<ArrowDropDownIcon />}
        onClick={(e) => {
          setPrevious(keeper.previous());
          setAnchor(e.currentTarget);
        }}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        aria-controls={anchor ? 'design-menu' : undefined}
        aria-label={t('ui.shell.design.button', {
          name: name || t('ui.shell.design.untitled'),
        })}
        sx={{ textTransform: 'none', maxWidth: 220, opacity: 0.9 }}
      >
        <Box
          component="span"
          sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
        >
          {name || t('ui.shell.design.untitledDesign')}
        </Box>
      </Button>
      <Menu
        id="design-menu"
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
      >
        <Item
          icon={<NoteAddIcon fontSize="small" />}
          label={t('ui.shell.design.new')}
          onClick={run(actions.onNew)}
        />
        <Item
          icon={<CollectionsIcon fontSize="small" />}
          label={t('ui.shell.design.examples')}
          onClick={run(actions.onExamples)}
        />
        <Item
          icon={<UploadFileIcon fontSize="small" />}
          label={t('ui.shell.design.import')}
          onClick={run(actions.onImport)}
        />
        <Divider />
        <Item
          icon={<RestoreIcon fontSize="small" />}
          label={t('ui.shell.design.restore')}
          detail={
            previous
              ? `“${previous.name || t('ui.shell.design.untitled')}”`
              : t('ui.shell.design.restore.nothing')
          }
          disabled={!previous}
          onClick={run(() => previous && actions.onRestorePrevious(previous))}
        />
        <Item
          icon={<DownloadIcon fontSize="small" />}
          label={t('ui.shell.design.download')}
          detail={designFileName(store.getState().design)}
          onClick={run(() => downloadDesignJson(store.getState().design))}
        />
      </Menu>
    </>
  );
}
