/**
 * A cluster dump's pods: from the Pod objects when it has any, else made from the EndpointSlices
 * of its Services (a dump of Services and EndpointSlices shows every backend's address and node,
 * though not its labels: the Service's selector stands in for them, so the selector matches).
 */
import type { DesignInput } from '../model/design';
import { isDnsLabel, isDnsSubdomain } from '../model/names';
import { cidrContainsIp, formatCidr, parseCidr, parseIp, type Cidr } from '../net/ip';
import type { ImportContext, Located } from './context';
import { ipKey } from './readServices';
import { podLabels, type KubePod, type KubeSlice, type Topology } from './readTopology';
import type { NodeBook } from './topologyNodes';

type PodIn = NonNullable<DesignInput['pods']>[number];
type ServiceIn = NonNullable<DesignInput['services']>[number];

class PodBook {
  readonly pods: PodIn[];
  private readonly byName = new Map<string, PodIn>();
  /** Canonical address → `namespace/name` of the pod holding it. */
  private readonly addressAt = new Map<string, string>();
  private readonly podCidrs: Cidr[];

  constructor(
    candidate: readonly PodIn[],
    podCidrs: readonly string[],
    private readonly ctx: ImportContext,
  ) {
    // Copies: a pod behind several Services gains labels, and the candidate stays as it was.
    this.pods = candidate.map((p) => ({ ...p }));
    this.podCidrs = podCidrs.flatMap((c) => parseCidr(c) ?? []);
    for (const p of this.pods) {
      this.byName.set(`${p.namespace ?? 'default'}/${p.name}`, p);
      const ip = p.ip === undefined ? undefined : parseIp(p.ip);
      if (ip) this.addressAt.set(ipKey(ip), `${p.namespace ?? 'default'}/${p.name}`);
    }
  }

  get(namespace: string, name: string): PodIn | undefined {
    return this.byName.get(`${namespace}/${name}`);
  }

  inPodCidrs(text: string): boolean {
    const ip = parseIp(text);
    return ip !== undefined && this.podCidrs.some((c) => cidrContainsIp(c, ip));
  }

  /**
   * The pod's one address: the first that lies in a pod CIDR and is no other pod's. The others
   * are reported (a design holds one address per pod; a dual-stack pod keeps its primary).
   */
  address(ips: readonly string[], pod: string, at: Located): string | undefined {
    let kept: string | undefined;
    for (const text of ips) {
      const ip = parseIp(text);
      if (!ip) continue;
      const report = (messageId: 'import.ignored.podSecondIp' | 'import.ignored.podIpOutside') =>
        this.ctx.add(
          'ignored',
          messageId,
          { ip: text, pod, kept: kept ?? '-', cidrs: this.cidrs() },
          { resource: at, path: ['status'] },
        );
      if (kept !== undefined) report('import.ignored.podSecondIp');
      else if (!this.inPodCidrs(text)) report('import.ignored.podIpOutside');
      else {
        const other = this.addressAt.get(ipKey(ip));
        if (other !== undefined) {
          this.ctx.add(
            'ignored',
            'import.ignored.duplicateIp',
            { ip: text, other },
            { resource: at },
          );
          continue;
        }
        this.addressAt.set(ipKey(ip), pod);
        kept = text;
      }
    }
    return kept;
  }

  add(pod: PodIn): void {
    this.pods.push(pod);
    this.byName.set(`${pod.namespace ?? 'default'}/${pod.name}`, pod);
  }

  /** The pod CIDRs, for a report. */
  cidrs(): string {
    return this.podCidrs.map(formatCidr).join(', ') || '-';
  }
}

/** True (and reported) when a Pod object is not a pod of the design. */
function skipped(p: KubePod, ctx: ImportContext): boolean {
  const pod = `${p.namespace}/${p.name}`;
  const at = { resource: p.at };
  if (p.hostNetwork) {
    ctx.add('ignored', 'import.ignored.hostNetworkPod', { pod, name: p.nodeName ?? '-' }, at);
    return true;
  }
  if (p.phase !== 'Running' || !p.ips.length) {
    ctx.add('ignored', 'import.ignored.podNotRunning', { pod, phase: p.phase }, at);
    return true;
  }
  if (p.nodeName === undefined || !isDnsSubdomain(p.nodeName)) {
    ctx.add('ignored', 'import.ignored.podNoNode', { pod }, at);
    return true;
  }
  if (!isDnsSubdomain(p.name) || !isDnsLabel(p.namespace)) {
    ctx.add('ignored', 'import.ignored.podName', { pod }, at);
    return true;
  }
  return false;
}

function fromPodObjects(
  pods: readonly KubePod[],
  book: PodBook,
  nodes: NodeBook,
  ctx: ImportContext,
) {
  for (const p of pods) {
    if (skipped(p, ctx)) continue;
    const pod = `${p.namespace}/${p.name}`;
    if (book.get(p.namespace, p.name)) {
      ctx.add('ignored', 'import.ignored.duplicatePod', { pod }, { resource: p.at });
      continue;
    }
    const node = nodes.idFor(p.nodeName ?? '', p.at, pod);
    const ip = book.address(p.ips, pod, p.at);
    const id = ctx.ids.allocate(p.name);
    book.add({
      id,
      name: p.name,
      namespace: p.namespace,
      labels: podLabels(p, ctx),
      node,
      ...(ip !== undefined ? { ip } : {}),
      ...(p.ports.length ? { ports: p.ports } : {}),
    });
    ctx.add('mapped', 'import.mapped.pod', { pod, id, node, ip: ip ?? '-' }, { resource: p.at });
  }
}

function fromSlices(
  slices: readonly KubeSlice[],
  services: readonly ServiceIn[],
  book: PodBook,
  nodes: NodeBook,
  ctx: ImportContext,
) {
  for (const s of slices) {
    const service = services.find(
      (x) => x.name === s.service && (x.namespace ?? 'default') === s.namespace,
    );
    const name = `${s.namespace}/${s.service ?? '-'}`;
    if (!service) {
      ctx.add(
        'ignored',
        'import.ignored.endpointSliceNoService',
        { name: s.at.name, service: name },
        { resource: s.at },
      );
      continue;
    }
    let made = 0;
    for (const e of s.endpoints) {
      const at = { resource: s.at, path: ['endpoints', e.index] };
      const ip = e.address ?? '-';
      if (e.targetKind !== 'Pod' || e.targetName === undefined) {
        ctx.add(
          'ignored',
          'import.ignored.endpointNotPod',
          { ip, service: name, target: e.targetKind ?? '-' },
          at,
        );
        continue;
      }
      const pod = `${s.namespace}/${e.targetName}`;
      if (!e.ready) {
        ctx.add('ignored', 'import.ignored.endpointNotReady', { ip, pod, service: name }, at);
        continue;
      }
      if (e.address === undefined || !book.inPodCidrs(e.address)) {
        ctx.add(
          'ignored',
          'import.ignored.endpointOutside',
          { ip, pod, service: name, cidrs: book.cidrs() },
          at,
        );
        continue;
      }
      if (
        e.nodeName === undefined ||
        !isDnsSubdomain(e.nodeName) ||
        !isDnsSubdomain(e.targetName)
      ) {
        ctx.add('ignored', 'import.ignored.podNoNode', { pod }, at);
        continue;
      }
      const known = book.get(s.namespace, e.targetName);
      if (known) {
        // A pod behind several Services carries every selector.
        known.labels = { ...service.selector, ...known.labels };
        continue;
      }
      const node = nodes.idFor(e.nodeName, s.at, pod);
      const address = book.address([e.address], pod, s.at);
      const id = ctx.ids.allocate(e.targetName);
      book.add({
        id,
        name: e.targetName,
        namespace: s.namespace,
        labels: { ...service.selector },
        node,
        ...(address !== undefined ? { ip: address } : {}),
      });
      made++;
      ctx.add(
        'assumed',
        'import.assumed.podFromEndpoint',
        { pod, id, ip, node, service: name },
        at,
      );
    }
    ctx.add(
      'mapped',
      'import.mapped.endpointSlice',
      { name: s.at.name, service: name, count: made },
      { resource: s.at },
    );
  }
}

/** The design's pods: the candidate's, then the dump's (Pod objects, else EndpointSlices). */
export function podsOfDump(
  topology: Topology,
  candidate: readonly PodIn[],
  services: readonly ServiceIn[],
  podCidrs: readonly string[],
  nodes: NodeBook,
  ctx: ImportContext,
): PodIn[] {
  const book = new PodBook(candidate, podCidrs, ctx);
  if (topology.pods.length) {
    fromPodObjects(topology.pods, book, nodes, ctx);
    for (const s of topology.slices) {
      ctx.add(
        'ignored',
        'import.ignored.endpointSliceWithPods',
        { name: s.at.name },
        { resource: s.at },
      );
    }
  } else fromSlices(topology.slices, services, book, nodes, ctx);
  return book.pods;
}
