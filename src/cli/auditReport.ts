/**
 * The `audit` command's stdout: the baseline's matrix and in-cluster flows against the intent (the
 * tables `matrix` prints), then what each existing policy decides.
 */
import {
  describeInClusterSummary,
  describeReachabilitySummary,
  describeReason,
} from '../simulate/describeTrace';
import type { Audit, AuditFlow, BaselinePolicy } from '../simulate/audit';
import { formatTable, inClusterRow, matrixRow } from './matrixTable';

const MATRIX_HEADER = [
  '',
  'running now',
  'intended',
  'source',
  'service port',
  'entry',
  'backend',
  'decided at',
];

const IN_CLUSTER_HEADER = [
  '',
  'running now',
  'expected',
  'in-cluster flow',
  'from',
  'to',
  'destination',
  'expected because',
  'decided at',
];

function plural(n: number, one: string, other: string): string {
  return `${n} ${n === 1 ? one : other}`;
}

function policyName(p: BaselinePolicy): string {
  return `${p.display} (tier ${p.tier}, ${p.resource})`;
}

/** `office 50.60.0.1 -> default/svc-b 80/TCP via node-1/eth0 to default/pod-b2: allowed`. */
function flowLine(f: AuditFlow): string {
  if (f.kind === 'cell') {
    const c = f.cell;
    const who =
      c.source.kind === 'client' ? `${c.source.name} ${c.source.ip}` : `anyone else ${c.source.ip}`;
    const to = c.backend === undefined ? '' : ` to ${c.backend}`;
    const mark = c.mismatch ? `, intended ${c.intended}` : '';
    return `${who} -> ${c.serviceName} ${c.port}/${c.protocol} via ${c.node}/${c.iface}${to}: ${c.simulated}${mark}`;
  }
  const r = f.row;
  const mark = r.mismatch ? `, expected ${r.expected}` : '';
  return `${r.from} -> ${r.to} ${r.port}/${r.protocol}: ${r.actual}${mark}`;
}

/** At most this many flows printed under each policy. */
const SHOWN = 3;

function examples(list: readonly AuditFlow[]): string[] {
  return list.slice(0, SHOWN).map((f) => `      ${flowLine(f)}\n`);
}

/** The per-policy part: deciding policies with their rules, tier ends, idle policies. */
export function policySection(audit: Audit): string {
  const { deciding, endOfTier, idle } = audit.policies;
  const out: string[] = ['\nExisting policies, by the flows they decide:\n'];
  if (deciding.length === 0 && endOfTier.length === 0) out.push('  none decides any flow\n');
  for (const d of deciding) {
    const wrong = d.mismatches ? `, ${d.mismatches} not as intended` : '';
    out.push(
      `  ${policyName(d.policy)}: ${plural(d.allowed + d.denied, 'flow', 'flows')} (${d.allowed} allowed, ${d.denied} denied${wrong})\n`,
    );
    for (const r of d.rules) {
      const rule = r.ruleIndex < 0 ? 'its default' : `rule ${r.ruleIndex}`;
      out.push(`    ${rule} at ${r.stage}: ${r.allowed} allowed, ${r.denied} denied\n`);
    }
    out.push(...examples(d.examples));
  }
  for (const t of endOfTier) {
    const wrong = t.mismatches ? `, ${t.mismatches} not as intended` : '';
    out.push(
      `  end of tier ${t.tier} (a policy of it selects the endpoint, no rule matches): ${plural(t.denied, 'flow', 'flows')} denied${wrong}\n`,
    );
    out.push(...examples(t.examples));
  }
  if (idle.length) {
    out.push('Existing policies that decide no flow:\n');
    for (const p of idle) {
      let why = '';
      if (p.staged) why = ': staged, it only records';
      else if (p.note) why = `: ${describeReason(p.note.reason, p.note.params)}`;
      out.push(`  ${policyName(p)}${why}\n`);
    }
  }
  return out.join('');
}

/** Everything `audit` prints on stdout. */
export function auditReport(audit: Audit): string {
  return [
    formatTable([MATRIX_HEADER, ...audit.matrix.cells.map(matrixRow)]),
    `${describeReachabilitySummary(audit.matrix.summary)}\n`,
    `\n${formatTable([IN_CLUSTER_HEADER, ...audit.inCluster.rows.map(inClusterRow)])}`,
    `${describeInClusterSummary(audit.inCluster.summary)}\n`,
    policySection(audit),
  ].join('');
}
