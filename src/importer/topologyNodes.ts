/**
 * A cluster dump's Node objects merged into the design's nodes: HostEndpoints (readNodes.ts) gave
 * the interfaces they name; a Node adds its labels and Calico tunnel address, and when no
 * HostEndpoint names its interfaces, its addresses go on one interface of a default name the user
 * is asked to confirm.
 */
import type { DesignInput } from '../model/design';
import { isDnsSubdomain } from '../model/names';
import { parseIp } from '../net/ip';
import type { ImportContext, Located } from './context';
import type { KubeNode } from './readTopology';
import type { NodeLabel } from './readPolicies';
import { ipKey } from './readServices';

export type NodeIn = NonNullable<DesignInput['nodes']>[number];

/** At most this many node names are listed in one report line; the count says the rest. */
const LISTED = 5;

export class NodeBook {
  readonly nodes: NodeIn[];
  private readonly byName = new Map<string, NodeIn>();
  /** Canonical address → `node/interface` holding it, so no address is on two nodes. */
  private readonly addressAt = new Map<string, string>();

  constructor(
    candidate: readonly NodeIn[],
    private readonly ctx: ImportContext,
    private readonly nodeLabel: NodeLabel,
  ) {
    this.nodes = candidate.map((n) => ({
      ...n,
      labels: { ...n.labels },
      interfaces: (n.interfaces ?? []).map((i) => ({ ...i, ips: [...(i.ips ?? [])] })),
    }));
    for (const n of this.nodes) {
      this.byName.set(n.name, n);
      for (const itf of n.interfaces ?? []) {
        for (const text of itf.ips ?? []) {
          const ip = parseIp(text);
          if (ip) this.addressAt.set(ipKey(ip), `${n.name}/${itf.name}`);
        }
      }
    }
  }

  /** Merges every Node object; reports the nodes whose interface name was assumed. */
  mergeKubeNodes(kubeNodes: readonly KubeNode[], iface: string): void {
    const defaulted: string[] = [];
    for (const k of kubeNodes) {
      if (!isDnsSubdomain(k.name)) {
        this.ctx.add('ignored', 'import.ignored.nodeName', { name: k.name }, { resource: k.at });
        continue;
      }
      const known = this.byName.get(k.name);
      if (known) this.mergeInto(known, k);
      else if (this.add(k, iface)) defaulted.push(k.name);
    }
    if (defaulted.length) {
      const shown = defaulted.slice(0, LISTED).join(', ');
      this.ctx.add('assumed', 'import.assumed.defaultInterface', {
        iface,
        count: defaulted.length,
        nodes: defaulted.length > LISTED ? `${shown}, …` : shown,
      });
    }
  }

  /** The id of the node named `name`; a node without addresses is added when the files lack it. */
  idFor(name: string, at: Located, pod: string): string {
    const known = this.byName.get(name);
    if (known) return known.id;
    const node: NodeIn = { id: this.ctx.ids.allocate(name), name, labels: {}, interfaces: [] };
    this.nodes.push(node);
    this.byName.set(name, node);
    this.ctx.add(
      'assumed',
      'import.assumed.podNodeMissing',
      { pod, name, node: node.id },
      { resource: at, path: ['spec', 'nodeName'] },
    );
    return node.id;
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** Labels a design node can take from a Node: the design's own node label is implied. */
  private labelsOf(k: KubeNode): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [key, value] of Object.entries(k.labels)) {
      if (key !== this.nodeLabel.key) out[key] = value;
      else if (value !== this.nodeLabel.value) this.conflict(k, key, value, this.nodeLabel.value);
    }
    return out;
  }

  private conflict(k: KubeNode, key: string, value: string, kept: string): void {
    this.ctx.add(
      'ignored',
      'import.ignored.nodeLabelConflict',
      { label: `${key}=${value}`, name: k.name, kept: `${key}=${kept}` },
      { resource: k.at, path: ['metadata', 'labels', key] },
    );
  }

  private mergeInto(node: NodeIn, k: KubeNode): void {
    const labels = node.labels ?? {};
    for (const [key, value] of Object.entries(this.labelsOf(k))) {
      const had = labels[key];
      if (had === undefined) labels[key] = value;
      else if (had !== value) this.conflict(k, key, value, had);
    }
    node.labels = labels;
    this.setTunnel(node, k);
    this.ctx.add(
      'mapped',
      'import.mapped.kubeNodeWithHep',
      { name: k.name, node: node.id, labels: describeLabels(labels) },
      { resource: k.at },
    );
  }

  /** Adds a node the HostEndpoints did not name; true when its addresses got the default interface. */
  private add(k: KubeNode, iface: string): boolean {
    const node: NodeIn = {
      id: this.ctx.ids.allocate(k.name),
      name: k.name,
      labels: this.labelsOf(k),
      interfaces: [],
    };
    this.nodes.push(node);
    this.byName.set(k.name, node);
    const ips: string[] = [];
    for (const text of [...k.internalIPs, ...k.calicoAddresses.map((a) => a.ip)]) {
      const ip = parseIp(text);
      if (!ip) continue;
      const other = this.addressAt.get(ipKey(ip));
      if (other === `${k.name}/${iface}`) continue;
      if (other !== undefined) {
        this.ctx.add(
          'ignored',
          'import.ignored.duplicateIp',
          { ip: text, other },
          { resource: k.at },
        );
        continue;
      }
      this.addressAt.set(ipKey(ip), `${k.name}/${iface}`);
      ips.push(text);
    }
    if (k.externalIPs.length) {
      this.ctx.add(
        'ignored',
        'import.ignored.nodeExternalIP',
        { name: k.name, ips: k.externalIPs.join(', ') },
        { resource: k.at, path: ['status', 'addresses'] },
      );
    }
    this.setTunnel(node, k);
    if (!ips.length) {
      this.ctx.add(
        'assumed',
        'import.assumed.nodeNoAddress',
        { name: k.name, node: node.id },
        { resource: k.at, path: ['status'] },
      );
      return false;
    }
    node.interfaces = [{ name: iface, ips }];
    this.ctx.add(
      'mapped',
      'import.mapped.kubeNode',
      {
        name: k.name,
        node: node.id,
        iface,
        ips: ips.join(', '),
        calico: k.calicoAddresses.map((a) => a.cidr).join(', ') || '-',
        labels: describeLabels(node.labels ?? {}),
      },
      { resource: k.at },
    );
    return true;
  }

  /** The first tunnel address Calico gives the node (IPIP, VXLAN, WireGuard); others reported. */
  private setTunnel(node: NodeIn, k: KubeNode): void {
    for (const t of k.tunnels) {
      const at = { resource: k.at, path: ['metadata', 'annotations', t.annotation] };
      if (node.tunnelIP === undefined) {
        node.tunnelIP = t.ip;
        this.ctx.add(
          'mapped',
          'import.mapped.nodeTunnel',
          { node: node.id, ip: t.ip, annotation: t.annotation },
          at,
        );
      } else if (node.tunnelIP !== t.ip) {
        this.ctx.add(
          'ignored',
          'import.ignored.nodeTunnelExtra',
          { node: node.id, ip: t.ip, annotation: t.annotation, kept: node.tunnelIP },
          at,
        );
      }
    }
  }
}

/** `a=1, b=2`, or `-` for none. */
export function describeLabels(labels: Record<string, string>): string {
  const pairs = Object.entries(labels).map(([k, v]) => `${k}=${v}`);
  return pairs.length ? pairs.join(', ') : '-';
}
