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
import { useStore, useStoreState } from '../../state/hooks';
import type { useDesignActions } from './useDesignActions';

function Tool(props: {
  label: string;
  shortcut?: string;
  icon: ReactNode;
  onClick: () => void;
  disabled?: boolean;
}) {
  const title = props.shortcut ? `${props.label} (${props.shortcut})` : props.label;
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
  const { design, selection, past, future } = useStoreState();
  const hasSelection = selection?.kind === 'element' || selection?.kind === 'access';
  return (
    <Box
      component="nav"
      aria-label="Palette"
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
        label="Add client"
        shortcut="C"
        icon={<PublicIcon />}
        onClick={() => actions.add('client')}
      />
      <Tool
        label="Add service"
        shortcut="S"
        icon={<HubIcon />}
        onClick={() => actions.add('service')}
      />
      <Tool label="Add node" shortcut="N" icon={<DnsIcon />} onClick={() => actions.add('node')} />
      <Tool
        label={design.nodes.length ? 'Add pod' : 'Add pod (add a node first)'}
        shortcut="P"
        icon={<ViewInArIcon />}
        onClick={() => actions.add('pod')}
        disabled={!design.nodes.length}
      />
      <Divider flexItem sx={{ my: 0.5 }} />
      <Tool
        label="Duplicate"
        shortcut="Ctrl+D"
        icon={<ContentCopyIcon />}
        onClick={actions.duplicate}
        disabled={selection?.kind !== 'element'}
      />
      <Tool
        label="Delete"
        shortcut="Delete"
        icon={<DeleteIcon />}
        onClick={onDelete}
        disabled={!hasSelection}
      />
      <Divider flexItem sx={{ my: 0.5 }} />
      <Tool
        label="Undo"
        shortcut="Ctrl+Z"
        icon={<UndoIcon />}
        onClick={store.undo}
        disabled={!past.length}
      />
      <Tool
        label="Redo"
        shortcut="Shift+Ctrl+Z"
        icon={<RedoIcon />}
        onClick={store.redo}
        disabled={!future.length}
      />
      <Tool
        label="Tidy layout"
        icon={<AutoFixHighIcon />}
        onClick={() => store.dispatch({ type: 'resetLayout' })}
        disabled={!Object.keys(design.layout).length}
      />
    </Box>
  );
}
