/** Access edges (drawn by the user, labelled with their ports) and derived selector links. */
import {
  BaseEdge,
  EdgeLabelRenderer,
  getBezierPath,
  type EdgeProps,
  type EdgeTypes,
} from '@xyflow/react';
import Chip from '@mui/material/Chip';
import { memo } from 'react';
import { useStore } from '../../state/hooks';
import type { AccessFlowEdge, SelectsFlowEdge } from './toFlowGraph';

function AccessEdge(props: EdgeProps<AccessFlowEdge>) {
  const store = useStore();
  const [path, labelX, labelY] = getBezierPath(props);
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        markerEnd={props.markerEnd}
        style={{ stroke: props.selected ? '#1976d2' : '#00897b', strokeWidth: 2 }}
      />
      <EdgeLabelRenderer>
        <Chip
          size="small"
          label={props.data?.label}
          aria-label={`${props.data?.name ?? ''}: ${props.data?.label ?? ''}`}
          onClick={() =>
            store.select({ kind: 'access', client: props.source, service: props.target })
          }
          sx={{
            position: 'absolute',
            transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`,
            pointerEvents: 'all',
            bgcolor: 'background.paper',
            border: 1,
            borderColor: props.selected ? 'primary.main' : 'divider',
          }}
        />
      </EdgeLabelRenderer>
    </>
  );
}

function SelectsEdge(props: EdgeProps<SelectsFlowEdge>) {
  const [path] = getBezierPath(props);
  return (
    <BaseEdge id={props.id} path={path} style={{ stroke: '#9fa8da', strokeDasharray: '4 4' }} />
  );
}

/** Props equal but for a `data` object rebuilt with the same contents: no re-render needed. */
function sameEdge(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => {
    if (k !== 'data') return a[k] === b[k];
    const x = (a.data ?? {}) as Record<string, unknown>;
    const y = (b.data ?? {}) as Record<string, unknown>;
    return (
      Object.keys(x).length === Object.keys(y).length && Object.keys(x).every((d) => x[d] === y[d])
    );
  });
}

export const edgeTypes: EdgeTypes = {
  access: memo(AccessEdge, sameEdge),
  selects: memo(SelectsEdge, sameEdge),
};
