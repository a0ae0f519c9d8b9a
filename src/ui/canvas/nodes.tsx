/** The four kinds of element on the canvas, each with its own look and icon. */
import { Handle, Position, type NodeProps, type NodeTypes } from '@xyflow/react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import PublicIcon from '@mui/icons-material/Public';
import HubIcon from '@mui/icons-material/Hub';
import DnsIcon from '@mui/icons-material/Dns';
import ViewInArIcon from '@mui/icons-material/ViewInAr';
import { memo, type ReactNode } from 'react';
import type { ClientFlowNode, HostFlowNode, PodFlowNode, ServiceFlowNode } from './toFlowGraph';

function Card(props: {
  icon: ReactNode;
  title: string;
  subtitle: string;
  kind: string;
  color: string;
  selected: boolean;
}) {
  return (
    <Box
      data-kind={props.kind}
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 1,
        px: 1.25,
        py: 0.75,
        minWidth: 170,
        maxWidth: 220,
        borderRadius: 1.5,
        border: 2,
        borderColor: props.selected ? 'primary.main' : props.color,
        bgcolor: 'background.paper',
        boxShadow: props.selected ? 4 : 1,
      }}
    >
      <Box sx={{ color: props.color, display: 'flex' }}>{props.icon}</Box>
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }} noWrap>
          {props.title}
        </Typography>
        <Typography variant="caption" color="text.secondary" noWrap component="div">
          {props.subtitle}
        </Typography>
      </Box>
    </Box>
  );
}

function ClientNode({ data, selected }: NodeProps<ClientFlowNode>) {
  return (
    <>
      <Card
        kind="client"
        icon={<PublicIcon />}
        color="#00897b"
        title={data.client.name}
        subtitle={data.client.cidrs.join(', ')}
        selected={selected}
      />
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
      <Card
        kind="service"
        icon={<HubIcon />}
        color="#3949ab"
        title={s.name}
        subtitle={`${s.clusterIP} · ${portsSummary(s)}${s.trafficPolicy ? ` · ${data.mode}` : ''}`}
        selected={selected}
      />
      <Handle type="source" position={Position.Right} />
    </>
  );
}

function HostNode({ data, selected }: NodeProps<HostFlowNode>) {
  const n = data.node;
  const addresses = n.interfaces.map((i) => `${i.name} ${i.ips.join(' ')}`).join(' · ');
  return (
    <Box
      data-kind="node"
      sx={{
        width: '100%',
        height: '100%',
        borderRadius: 2,
        border: 2,
        borderStyle: 'dashed',
        borderColor: selected ? 'primary.main' : '#6d4c41',
        bgcolor: 'rgba(109, 76, 65, 0.06)',
        p: 1,
      }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, color: '#6d4c41' }}>
        <DnsIcon fontSize="small" />
        <Typography variant="body2" sx={{ fontWeight: 600 }} noWrap color="text.primary">
          {n.name}
        </Typography>
      </Box>
      <Typography variant="caption" color="text.secondary" noWrap component="div">
        {addresses || 'no interfaces'}
      </Typography>
    </Box>
  );
}

function PodNode({ data, selected }: NodeProps<PodFlowNode>) {
  const p = data.pod;
  return (
    <>
      <Handle type="target" position={Position.Left} />
      <Card
        kind="pod"
        icon={<ViewInArIcon fontSize="small" />}
        color="#8e24aa"
        title={p.name}
        subtitle={p.ip ?? p.namespace}
        selected={selected}
      />
    </>
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
};
