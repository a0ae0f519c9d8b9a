/**
 * The `matrix` command's tables: one line per reachability cell and per in-cluster flow, in
 * left-aligned columns, with where the verdict was decided.
 */
import { formatHostPort } from '../net/ip';
import type { InClusterKind, InClusterRow } from '../simulate/inClusterMatrix';
import type { ReachabilityCell } from '../simulate/reachabilityMatrix';
import type { FinalVerdict } from '../simulate/types';

/** `node-1 preDNAT external-access.allow-cluster-ips rule 0`. */
function decidedAt(f: FinalVerdict): string {
  const rule =
    f.policy === undefined
      ? ''
      : ` ${f.policy}${f.ruleIndex === undefined ? '' : ` rule ${f.ruleIndex}`}`;
  return `${f.node} ${f.stage}${rule}`;
}

/** Left-aligned columns separated by two spaces. */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return rows
    .map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  '))
    .map((line) => `${line.trimEnd()}\n`)
    .join('');
}

export function matrixRow(c: ReachabilityCell): string[] {
  const f = c.result.final;
  const source =
    c.source.kind === 'client' ? `${c.source.name} ${c.source.ip}` : `anyone else ${c.source.ip}`;
  let backend = c.backend ?? '-';
  if (c.noBackend) backend = 'no backend';
  return [
    c.mismatch ? 'MISMATCH' : 'ok',
    c.simulated,
    c.intended,
    source,
    `${c.serviceName} ${c.port}/${c.protocol}`,
    `${c.node}/${c.iface}${c.advertised ? '' : ' (not advertised)'}`,
    backend,
    decidedAt(f),
  ];
}

const IN_CLUSTER_WORDS: Readonly<Record<InClusterKind, string>> = {
  podToPod: 'pod -> pod',
  podToTargetPort: 'pod -> target port',
  podToClusterIP: 'pod -> cluster IP',
  nodeToNode: 'node -> node',
  nodeToPod: 'node -> pod',
  podToNode: 'pod -> node',
};

export function inClusterRow(r: InClusterRow): string[] {
  const f = r.result.final;
  const why = r.restrictedBy
    ? `inCluster ${r.restrictedBy.inCluster} of ${r.restrictedBy.service}`
    : 'as with no policy';
  return [
    r.mismatch ? 'MISMATCH' : 'ok',
    r.actual,
    r.expected,
    IN_CLUSTER_WORDS[r.kind],
    r.from,
    r.to,
    `${formatHostPort(r.dst, r.port)}/${r.protocol}`,
    why,
    decidedAt(f),
  ];
}
