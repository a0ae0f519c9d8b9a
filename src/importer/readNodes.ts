/** HostEndpoints → design nodes, and the node label every node policy selects by. */
import type { DesignNode } from '../model/design';
import { isDnsSubdomain, isInterfaceName, isLabelKey, isLabelValue } from '../model/names';
import { parseIp } from '../net/ip';
import {
  field,
  list,
  setKeys,
  str,
  stringList,
  stringMap,
  type ImportContext,
  type Located,
} from './context';
import { enforcedKind, isManagedByApp, withoutManagedBy } from './ownership';
import { cidrHolding, type NodeLabel } from './readPolicies';
import { ipKey } from './readServices';
import { labelsOfSelector } from './selectorLabels';

const DEFAULT_NODE_LABEL: NodeLabel = { key: 'k8s-role', value: 'node' };
const NAMESPACE_LABEL = 'projectcalico.org/namespace';

function singlePair(selector: unknown): NodeLabel | undefined {
  const labels = labelsOfSelector(str(selector) ?? 'all()');
  const entries = labels ? Object.entries(labels) : [];
  const [only] = entries;
  // Only a pair a design can hold: a Kubernetes label key and value.
  return entries.length === 1 &&
    only &&
    only[0] !== NAMESPACE_LABEL &&
    isLabelKey(only[0]) &&
    isLabelValue(only[1])
    ? { key: only[0], value: only[1] }
    : undefined;
}

/** Single-label selectors that name nodes in rules: `source.selector`, `notSelector`, `destination.selector`. */
function ruleSelectors(policy: Located): NodeLabel[] {
  const out: NodeLabel[] = [];
  const spec = field(policy.value, 'spec');
  for (const rule of [...list(field(spec, 'ingress')), ...list(field(spec, 'egress'))]) {
    for (const [side, key] of [
      ['source', 'selector'],
      ['source', 'notSelector'],
      ['destination', 'selector'],
    ] as const) {
      const pair = singlePair(field(field(rule, side), key));
      if (pair) out.push(pair);
    }
  }
  return out;
}

/**
 * The label that marks nodes: one every HostEndpoint carries, preferring one the policies select
 * by (a pre-DNAT policy's selector first, then selectors in rules); without HostEndpoints, the
 * policies' choice; else the design default, reported as assumed.
 */
export function chooseNodeLabel(
  heps: readonly Located[],
  policies: readonly Located[],
  ctx: ImportContext,
): NodeLabel {
  const preDnat = policies
    .filter(
      (p) =>
        enforcedKind(p.kind) === 'GlobalNetworkPolicy' &&
        field(field(p.value, 'spec'), 'preDNAT') === true,
    )
    .flatMap((p) => singlePair(field(field(p.value, 'spec'), 'selector')) ?? []);
  const inRules = policies.flatMap(ruleSelectors);
  const others = policies
    .filter((p) => enforcedKind(p.kind) === 'GlobalNetworkPolicy')
    .flatMap((p) => singlePair(field(field(p.value, 'spec'), 'selector')) ?? []);
  const report = (label: NodeLabel) => {
    ctx.add('mapped', 'import.nodeLabel.found', { label: `${label.key}=${label.value}` });
    return label;
  };
  if (heps.length) {
    // This app's managed-by label is on every HostEndpoint it writes: it marks ownership, not nodes.
    const labelSets = heps.map((h) =>
      withoutManagedBy(stringMap(field(field(h.value, 'metadata'), 'labels'))),
    );
    const [first, ...rest] = labelSets;
    const common = Object.entries(first ?? {})
      .filter(([k, v]) => rest.every((l) => l[k] === v))
      .sort(([a], [b]) => (a < b ? -1 : 1));
    const inCommon = [...preDnat, ...inRules, ...others].find((c) =>
      common.some(([k, v]) => k === c.key && v === c.value),
    );
    if (inCommon) return report(inCommon);
    const [firstCommon] = common;
    if (firstCommon) return report({ key: firstCommon[0], value: firstCommon[1] });
  }
  const fromPolicies = preDnat[0] ?? inRules[0];
  if (fromPolicies) return report(fromPolicies);
  ctx.add('assumed', 'import.nodeLabel.assumed', {
    label: `${DEFAULT_NODE_LABEL.key}=${DEFAULT_NODE_LABEL.value}`,
  });
  return DEFAULT_NODE_LABEL;
}

/**
 * With staged output, the app's HostEndpoints carry Calico's default-allow profile, so that while
 * only staged policies select them host traffic stays as it was (issue #12): the design writes it.
 */
function isStagedProfile(hep: Located): boolean {
  const profiles = stringList(field(field(hep.value, 'spec'), 'profiles'));
  return (
    isManagedByApp(hep) && profiles.length === 1 && profiles[0] === 'projectcalico-default-allow'
  );
}

interface NodeDraft {
  node: DesignNode;
  /** Labels by key; a Map, so any key (even "__proto__") stays a plain label. */
  labels: Map<string, string>;
  labelsFrom: string;
}

const KEPT_HEP_SPEC = new Set(['node', 'interfaceName', 'expectedIPs']);

/**
 * One node per `spec.node`, one interface per HostEndpoint. With `podCidrs` known, an expected IP
 * inside a pod CIDR is the node's tunnel address: with IPIP or VXLAN the node sends forwarded
 * traffic from it, and the hardened profile lists it in every HostEndpoint (SEMANTICS.md §1.3).
 */
export function readNodes(
  heps: readonly Located[],
  ctx: ImportContext,
  nodeLabel: NodeLabel,
  podCidrs: readonly string[] | undefined,
): { nodes: DesignNode[]; tunnels: number } {
  const drafts = new Map<string, NodeDraft>();
  const addressAt = new Map<string, string>();
  let tunnels = 0;
  for (const hep of heps) {
    const spec = field(hep.value, 'spec');
    const nodeName = str(field(spec, 'node'));
    const iface = str(field(spec, 'interfaceName'));
    const at = { resource: hep };
    if (!nodeName || !isDnsSubdomain(nodeName)) {
      ctx.add('ignored', 'import.ignored.hepNode', { name: hep.name, node: nodeName ?? '' }, at);
      continue;
    }
    if (!iface || !isInterfaceName(iface)) {
      ctx.add('ignored', 'import.ignored.hepInterface', { name: hep.name, iface: iface ?? '' }, at);
      continue;
    }
    let draft = drafts.get(nodeName);
    if (!draft) {
      draft = {
        node: { id: ctx.ids.allocate(nodeName), name: nodeName, labels: {}, interfaces: [] },
        labels: new Map(),
        labelsFrom: hep.name,
      };
      drafts.set(nodeName, draft);
    }
    const node = draft.node;
    const labels = withoutManagedBy(stringMap(field(field(hep.value, 'metadata'), 'labels')));
    if (labels[nodeLabel.key] !== nodeLabel.value) {
      ctx.add(
        'assumed',
        'import.assumed.hepNodeLabel',
        { name: hep.name, label: `${nodeLabel.key}=${nodeLabel.value}` },
        at,
      );
    }
    for (const [k, v] of Object.entries(labels)) {
      if (k === nodeLabel.key) continue;
      const had = draft.labels.get(k);
      if (had === undefined) draft.labels.set(k, v);
      else if (had !== v) {
        ctx.add(
          'ignored',
          'import.ignored.hepLabel',
          { label: `${k}=${v}`, node: node.id, other: draft.labelsFrom },
          {
            resource: hep,
            path: ['metadata', 'labels', k],
          },
        );
      }
    }
    let itf = node.interfaces.find((i) => i.name === iface);
    if (!itf) {
      itf = { name: iface, ips: [] };
      node.interfaces.push(itf);
    }
    stringList(field(spec, 'expectedIPs')).forEach((text, i) => {
      const ip = parseIp(text);
      if (!ip || !itf) return;
      const path = ['spec', 'expectedIPs', i];
      if (node.tunnelIP !== undefined && parseIp(node.tunnelIP)?.value === ip.value) return;
      const pool =
        podCidrs && node.tunnelIP === undefined ? cidrHolding(podCidrs, text) : undefined;
      if (pool) {
        node.tunnelIP = text;
        tunnels++;
        ctx.add(
          'assumed',
          'import.assumed.tunnelIP',
          { ip: text, cidr: pool, node: node.id },
          { resource: hep, path },
        );
        return;
      }
      const here = `${node.name}/${iface}`;
      const other = addressAt.get(ipKey(ip));
      if (other !== undefined && other !== here) {
        ctx.add(
          'ignored',
          'import.ignored.duplicateIp',
          { ip: text, other },
          { resource: hep, path },
        );
        return;
      }
      addressAt.set(ipKey(ip), here);
      if (!itf.ips.includes(text)) itf.ips.push(text);
    });
    ctx.add(
      'mapped',
      'import.mapped.node',
      { name: hep.name, node: node.id, iface, ips: itf.ips.join(', ') || '-' },
      at,
    );
    for (const key of setKeys(spec)) {
      if (!KEPT_HEP_SPEC.has(key) && !(key === 'profiles' && isStagedProfile(hep))) {
        ctx.add(
          'ignored',
          'import.ignored.field',
          { field: `spec.${key}` },
          { resource: hep, path: ['spec', key] },
        );
      }
    }
  }
  const nodes = [...drafts.values()].map((d) => ({
    ...d.node,
    labels: Object.fromEntries(d.labels),
  }));
  return { nodes, tunnels };
}
