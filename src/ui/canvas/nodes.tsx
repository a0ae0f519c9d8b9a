/**
 * The four kinds of element on the canvas, each with its own look and icon. Drawn with plain
 * elements and the classes of canvas.css, not MUI components: a 20-node design has ~210 of them, and
 * their per-element emotion styles cost ~0.1 s of its first render.
 */
import { Handle, Position, type NodeProps, type NodeTypes } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../../state/preferences';
import './canvas.css';
import { toggleGroup } from './groupState';
import type {
  ClientFlowNode,
  HostFlowNode,
  NodeGroupFlowNode,
  PodFlowNode,
  PodGroupFlowNode,
  ServiceFlowNode,
} from './toFlowGraph';

/** Material icons' paths (the same as @mui/icons-material's Public, Hub, Dns and ViewInAr). */
const ICON_PATHS = {
  client:
    'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2m-1 17.93c-3.95-.49-7-3.85-7-7.93 0-.62.08-1.21.21-1.79L9 15v1c0 1.1.9 2 2 2zm6.9-2.54c-.26-.81-1-1.39-1.9-1.39h-1v-3c0-.55-.45-1-1-1H8v-2h2c.55 0 1-.45 1-1V7h2c1.1 0 2-.9 2-2v-.41c2.93 1.19 5 4.06 5 7.41 0 2.08-.8 3.97-2.1 5.39',
  service:
    'M8.4 18.2c.38.5.6 1.12.6 1.8 0 1.66-1.34 3-3 3s-3-1.34-3-3 1.34-3 3-3c.44 0 .85.09 1.23.26l1.41-1.77c-.92-1.03-1.29-2.39-1.09-3.69l-2.03-.68c-.54.83-1.46 1.38-2.52 1.38-1.66 0-3-1.34-3-3s1.34-3 3-3 3 1.34 3 3c0 .07 0 .14-.01.21l2.03.68c.64-1.21 1.82-2.09 3.22-2.32V5.91C9.96 5.57 9 4.4 9 3c0-1.66 1.34-3 3-3s3 1.34 3 3c0 1.4-.96 2.57-2.25 2.91v2.16c1.4.23 2.58 1.11 3.22 2.32L18 9.71V9.5c0-1.66 1.34-3 3-3s3 1.34 3 3-1.34 3-3 3c-1.06 0-1.98-.55-2.52-1.37l-2.03.68c.2 1.29-.16 2.65-1.09 3.69l1.41 1.77Q17.34 17 18 17c1.66 0 3 1.34 3 3s-1.34 3-3 3-3-1.34-3-3c0-.68.22-1.3.6-1.8l-1.41-1.77c-1.35.75-3.01.76-4.37 0z',
  node: 'M20 13H4c-.55 0-1 .45-1 1v6c0 .55.45 1 1 1h16c.55 0 1-.45 1-1v-6c0-.55-.45-1-1-1M7 19c-1.1 0-2-.9-2-2s.9-2 2-2 2 .9 2 2-.9 2-2 2M20 3H4c-.55 0-1 .45-1 1v6c0 .55.45 1 1 1h16c.55 0 1-.45 1-1V4c0-.55-.45-1-1-1M7 9c-1.1 0-2-.9-2-2s.9-2 2-2 2 .9 2 2-.9 2-2 2',
  pod: 'm18.25 7.6-5.5-3.18c-.46-.27-1.04-.27-1.5 0L5.75 7.6c-.46.27-.75.76-.75 1.3v6.35c0 .54.29 1.03.75 1.3l5.5 3.18c.46.27 1.04.27 1.5 0l5.5-3.18c.46-.27.75-.76.75-1.3V8.9c0-.54-.29-1.03-.75-1.3M7 14.96v-4.62l4 2.32v4.61zm5-4.03L8 8.61l4-2.31 4 2.31zm1 6.34v-4.61l4-2.32v4.62zM7 2H3.5C2.67 2 2 2.67 2 3.5V7h2V4h3zm10 0h3.5c.83 0 1.5.67 1.5 1.5V7h-2V4h-3zM7 22H3.5c-.83 0-1.5-.67-1.5-1.5V17h2v3h3zm10 0h3.5c.83 0 1.5-.67 1.5-1.5V17h-2v3h-3z',
} as const;

type Kind = keyof typeof ICON_PATHS;

/**
 * An icon as MUI's SvgIcon draws it: 24 px, or 20 px when small. Called as a function, not
 * rendered as a component: ~210 fewer fibers for React to create on a 20-node design.
 */
function icon(kind: Kind, small = false) {
  return (
    <svg
      className={small ? 'canvas-icon canvas-icon-small' : 'canvas-icon'}
      focusable="false"
      aria-hidden="true"
      viewBox="0 0 24 24"
    >
      <path d={ICON_PATHS[kind]} />
    </svg>
  );
}

/** A client, service or pod: icon, name, and one line of detail (a grid: no wrapper elements). */
function card(props: {
  kind: Exclude<Kind, 'node'>;
  title: string;
  subtitle: string;
  selected: boolean;
  smallIcon?: boolean;
}) {
  return (
    <div
      data-kind={props.kind}
      className={props.selected ? 'canvas-card canvas-selected' : 'canvas-card'}
    >
      {icon(props.kind, props.smallIcon)}
      <p className="canvas-title">{props.title}</p>
      <div className="canvas-subtitle">{props.subtitle}</div>
    </div>
  );
}

function ClientNode({ data, selected }: NodeProps<ClientFlowNode>) {
  return (
    <>
      {card({
        kind: 'client',
        title: data.client.name,
        subtitle: data.client.cidrs.join(', '),
        selected,
      })}
      <Handle type="source" position={Position.Right} />
    </>
  );
}

/** `80, 443/TCP 53/UDP`: a service's ports, grouped by protocol. */
function portsSummary(s: ServiceFlowNode['data']['service']): string {
  return (['TCP', 'UDP', 'SCTP'] as const)
    .map((proto) => {
      const ports = s.ports.filter((p) => p.protocol === proto).map((p) => p.port);
      return ports.length ? `${ports.join(', ')}/${proto}` : '';
    })
    .filter(Boolean)
    .join(' ');
}

function ServiceNode({ data, selected }: NodeProps<ServiceFlowNode>) {
  const s = data.service;
  return (
    <>
      <Handle type="target" position={Position.Left} />
      {card({
        kind: 'service',
        title: s.name,
        subtitle: `${s.clusterIP} · ${portsSummary(s)}${s.trafficPolicy ? ` · ${data.mode}` : ''}`,
        selected,
      })}
      <Handle type="source" position={Position.Right} />
    </>
  );
}

function HostNode({ data, selected }: NodeProps<HostFlowNode>) {
  const t = useT();
  const n = data.node;
  const addresses = n.interfaces.map((i) => `${i.name} ${i.ips.join(' ')}`).join(' · ');
  return (
    <div data-kind="node" className={selected ? 'canvas-host canvas-selected' : 'canvas-host'}>
      {icon('node', true)}
      <p className="canvas-title">{n.name}</p>
      <div className="canvas-subtitle">{addresses || t('ui.canvas.host.noInterfaces')}</div>
    </div>
  );
}

function PodNode({ data, selected }: NodeProps<PodFlowNode>) {
  const p = data.pod;
  return (
    <>
      <Handle type="target" position={Position.Left} />
      {card({
        kind: 'pod',
        smallIcon: true,
        title: p.name,
        subtitle: p.ip ?? p.namespace,
        selected,
      })}
    </>
  );
}

function NodeGroupNode({ data, selected }: NodeProps<NodeGroupFlowNode>) {
  const t = useT();
  const g = data.group;
  const name = g.name || t('ui.canvas.group.unlabelled');
  return (
    <div
      data-kind="nodeGroup"
      className={selected ? 'canvas-host canvas-group canvas-selected' : 'canvas-host canvas-group'}
    >
      {icon('node', true)}
      <p className="canvas-title">
        {t('ui.canvas.group.title', { name, count: g.members.length })}
      </p>
      <GroupToggleFor id={g.id} name={name} count={g.members.length} open={data.open} />
      <div className="canvas-subtitle">{g.labels.join(', ') || t('ui.canvas.group.noLabels')}</div>
    </div>
  );
}

function PodGroupNode({ data, selected }: NodeProps<PodGroupFlowNode>) {
  const t = useT();
  const g = data.group;
  return (
    <>
      <Handle type="target" position={Position.Left} />
      <div
        data-kind="pod"
        className={
          selected ? 'canvas-card canvas-group canvas-selected' : 'canvas-card canvas-group'
        }
      >
        {icon('pod', true)}
        <p className="canvas-title">
          {t('ui.canvas.group.title', { name: g.name, count: g.members.length })}
        </p>
        <GroupToggleFor id={g.id} name={g.name} count={g.members.length} open={data.open} />
        <div className="canvas-subtitle">{g.members[0]?.namespace ?? ''}</div>
      </div>
    </>
  );
}

/**
 * The button that opens or closes a group card: its name says which group, `aria-expanded` whether
 * its members are shown. A click must not also select or drag the card under it.
 */
function GroupToggleFor(props: { id: string; name: string; count: number; open: boolean }) {
  const t = useT();
  return (
    <button
      type="button"
      className="canvas-group-toggle nodrag"
      aria-expanded={props.open}
      aria-label={t('ui.canvas.group.toggle', { name: props.name, count: props.count })}
      title={t(props.open ? 'ui.canvas.group.collapse' : 'ui.canvas.group.expand')}
      onClick={(e) => {
        e.stopPropagation();
        toggleGroup(props.id);
      }}
    >
      <svg className="canvas-icon canvas-icon-small" aria-hidden="true" viewBox="0 0 24 24">
        <path d={props.open ? 'M7 10l5 5 5-5z' : 'M10 17l5-5-5-5z'} />
      </svg>
    </button>
  );
}

/**
 * Re-render an element only when its own design object, its mode or its selection changed: an
 * edit elsewhere rebuilds every flow node, but unchanged design elements keep their identity
 * (commands share structure), so a 200-element canvas repaints one card, not all of them.
 */
function sameCard(
  a: { data: object; selected?: boolean },
  b: { data: object; selected?: boolean },
): boolean {
  if (a.selected !== b.selected) return false;
  const x = a.data as Record<string, unknown>;
  const y = b.data as Record<string, unknown>;
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => x[k] === y[k]);
}

/** Module-level constant, as React Flow requires for stable node types. */
export const nodeTypes: NodeTypes = {
  client: memo(ClientNode, sameCard),
  service: memo(ServiceNode, sameCard),
  host: memo(HostNode, sameCard),
  pod: memo(PodNode, sameCard),
  nodeGroup: memo(NodeGroupNode, sameCard),
  podGroup: memo(PodGroupNode, sameCard),
};
