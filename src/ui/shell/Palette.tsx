/** The palette: add each kind of element, duplicate, delete, undo, redo, tidy the layout. */
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import PublicIcon from '@mui/icons-material/Public';
import HubIcon from '@mui/icons-material/Hub';
import DnsIcon from '@mui/icons-material/Dns';
import ViewInArIcon from '@mui/icons-material/ViewInAr';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DeleteIcon from '@mui/icons-material/Delete';
import UndoIcon from '@mui/icons-material/Undo';
import RedoIcon from '@mui/icons-material/Redo';
import AutoFixHighIcon from '@mui/icons-material/AutoFixHigh';
import type { ReactNode } from 'react';
import { useStore, useStoreValue } from '../../state/hooks';
import { useT } from '../../state/preferences';
import type { useDesignActions } from './useDesignActions';

function Tool(props: {
  label: string;
  shortcut?: string;
  icon: ReactNode;
  onClick: () => void;
  disabled?: boolean;
}) {
  const t = useT();
  const title = props.shortcut
    ? t('ui.shell.palette.withShortcut', { label: props.label, shortcut: props.shortcut })
    : props.label;
  return (
    <Tooltip title={title} placement="right">
      <span>
        <IconButton
          aria-label={props.label}
          onClick={props.onClick}
          disabled={props.disabled}
          size="medium"
        >
          {props.icon}
        </IconButton>
      </span>
    </Tooltip>
  );
}

export function Palette({
  actions,
  onDelete,
}: {
  actions: ReturnType<typeof useDesignActions>;
  onDelete: () => void;
}) {
  const store = useStore();
  const t = useT();
  // Only what the buttons show: the palette does not re-render on every edit.
  const selected = useStoreValue((s) => s.selection?.kind);
  const hasNodes = useStoreValue((s) => s.design.nodes.length > 0);
  const canUndo = useStoreValue((s) => s.past.length > 0);
  const canRedo = useStoreValue((s) => s.future.length > 0);
  const placed = useStoreValue((s) => Object.keys(s.design.layout).length > 0);
  const hasSelection = selected === 'element' || selected === 'access';
  return (
    <Box
      component="nav"
      aria-label={t('ui.shell.palette.label')}
      data-tour="palette"
      sx={{
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        py: 1,
        gap: 0.25,
        borderRight: 1,
        borderColor: 'divider',
      }}
    >
      <Tool
        label={t('ui.shell.palette.addClient')}
        shortcut="C"
        icon={<PublicIcon />}
        onClick={() => actions.add('client')}
      />
      <Tool
        label={t('ui.shell.palette.addService')}
        shortcut="S"
        icon={<HubIcon />}
        onClick={() => actions.add('service')}
      />
      <Tool
        label={t('ui.shell.palette.addNode')}
        shortcut="N"
        icon={<DnsIcon />}
        onClick={() => actions.add('node')}
      />
      <Tool
        label={t(hasNodes ? 'ui.shell.palette.addPod' : 'ui.shell.palette.addPod.needsNode')}
        shortcut="P"
        icon={<ViewInArIcon />}
        onClick={() => actions.add('pod')}
        disabled={!hasNodes}
      />
      <Divider flexItem sx={{ my: 0.5 }} />
      <Tool
        label={t('ui.shell.palette.duplicate')}
        shortcut="Ctrl+D"
        icon={<ContentCopyIcon />}
        onClick={actions.duplicate}
        disabled={selected !== 'element'}
      />
      <Tool
        label={t('ui.shell.palette.delete')}
        shortcut="Delete"
        icon={<DeleteIcon />}
        onClick={onDelete}
        disabled={!hasSelection}
      />
      <Divider flexItem sx={{ my: 0.5 }} />
      <Tool
        label={t('ui.shell.palette.undo')}
        shortcut="Ctrl+Z"
        icon={<UndoIcon />}
        onClick={store.undo}
        disabled={!canUndo}
      />
      <Tool
        label={t('ui.shell.palette.redo')}
        shortcut="Shift+Ctrl+Z"
        icon={<RedoIcon />}
        onClick={store.redo}
        disabled={!canRedo}
      />
      <Tool
        label={t('ui.shell.palette.tidy')}
        icon={<AutoFixHighIcon />}
        onClick={() => store.dispatch({ type: 'resetLayout' })}
        disabled={!placed}
      />
    </Box>
  );
}
