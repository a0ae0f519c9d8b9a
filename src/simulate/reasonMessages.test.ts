/**
 * The simulator's 简体中文 templates, held to the rules src/i18n/catalogue.test.ts applies to the
 * catalogue (which cannot hold them: src/i18n may not import src/simulate): every code has a
 * template, with the English one's placeholders, in Chinese, spelling the glossary's terms as it says.
 */
import { describe, expect, it } from 'vitest';
import { KEPT_TERMS, RENDERED_TERMS } from '../i18n/glossary';
import { describeReachabilitySummary, describeReason, describeTrace } from './describeTrace';
import {
  simulateReasons,
  simulateSummaries,
  simulateTraceLines,
  simulateVerdicts,
  type ByLocale,
} from './reasonMessages';
import type { SimulationResult } from './types';

const PLACEHOLDER = /\{(\w+)\}/g;
const CJK = /[\u3400-\u9fff]/;

function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();
}

function escape(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The term as a whole word (a plural "s" allowed), not inside a longer identifier. */
function wordOf(term: string): RegExp {
  return new RegExp(`(?<![\\w-])${escape(term)}(?:s|es)?(?![\\w-])`);
}

/** Whether English has words to translate besides placeholders and the glossary's kept terms. */
function hasProse(english: string): boolean {
  let rest = english.replace(PLACEHOLDER, ' ');
  for (const { term } of KEPT_TERMS) rest = rest.replace(new RegExp(wordOf(term), 'g'), ' ');
  return /[A-Za-z]{2,}/.test(rest);
}

const TABLES: Record<string, ByLocale<string>> = {
  reasons: simulateReasons,
  traceLines: simulateTraceLines,
  verdicts: simulateVerdicts,
  summaries: simulateSummaries,
};

const pairs = Object.entries(TABLES).flatMap(([table, byLocale]) =>
  Object.entries(byLocale.en).map(([id, en]) => ({
    id: `${table}.${id}`,
    en,
    zh: (byLocale['zh-CN'] as Record<string, string | undefined>)[id],
  })),
);

describe("the simulator's 简体中文 templates", () => {
  it('cover every reason code, trace line, verdict and summary piece, and nothing else', () => {
    for (const [table, byLocale] of Object.entries(TABLES)) {
      expect(Object.keys(byLocale['zh-CN']).sort(), table).toEqual(Object.keys(byLocale.en).sort());
    }
  });

  it('keep the placeholders of the English template', () => {
    const wrong = pairs
      .filter((p) => placeholders(p.en).join() !== placeholders(p.zh ?? '').join())
      .map((p) => `${p.id}: ${placeholders(p.en).join()} ≠ ${placeholders(p.zh ?? '').join()}`);
    expect(wrong).toEqual([]);
  });

  it('are Chinese wherever the English has words to translate', () => {
    const untranslated = pairs
      .filter((p) => !p.zh?.trim() || (hasProse(p.en) && !CJK.test(p.zh)))
      .map((p) => `${p.id}: ${p.en}`);
    expect(untranslated).toEqual([]);
  });

  it('spell Calico and Kubernetes terms as the glossary says', () => {
    const wrong: string[] = [];
    for (const p of pairs) {
      const zh = (p.zh ?? '').replace(/\s+/g, '');
      for (const g of [...KEPT_TERMS, ...RENDERED_TERMS]) {
        if (wordOf(g.term).test(p.en) && !zh.includes(g.zhCN.replace(/\s+/g, ''))) {
          wrong.push(`${p.id}: "${g.term}" should read "${g.zhCN}" in: ${p.zh}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

/** A hand-made result: an allowed flow through two nodes, every line shape used. */
const result: SimulationResult = {
  final: {
    verdict: 'allowed',
    node: 'node-2',
    stage: 'workloadIngress',
    policy: 'allow-x',
    ruleIndex: 0,
  },
  backend: 'default/pod-a2',
  hops: [
    {
      node: 'node-1',
      in: 'eth0',
      stages: [
        {
          stage: 'serviceNAT',
          sees: { src: '50.60.0.1', dst: '10.20.30.40', port: 80, protocol: 'TCP' },
          reason: 'dnat',
          params: {
            from: '10.20.30.40:80',
            to: '10.0.1.2:8080',
            service: 'default/svc-a',
            backend: 'default/pod-a2',
          },
        },
      ],
    },
    {
      node: 'node-2',
      in: 'eth0',
      stages: [
        {
          stage: 'workloadIngress',
          verdict: 'allow',
          policy: 'allow-x',
          ruleIndex: 0,
          sees: { src: '50.60.0.1', dst: '10.0.1.2', port: 8080, protocol: 'TCP' },
          reason: 'ruleMatched',
          params: { action: 'Allow' },
        },
      ],
    },
  ],
};

describe('the describe functions in each language', () => {
  it('stay English by default', () => {
    expect(describeReason('unknownNode', { node: 'node-9' })).toBe('unknown node node-9');
    expect(describeTrace(result).at(-1)).toBe(
      'allowed at node-2, stage workloadIngress, by allow-x rule 0',
    );
  });

  it('speak 简体中文 when asked, every placeholder filled', () => {
    expect(describeReason('unknownNode', { node: 'node-9' }, 'zh-CN')).toBe('未知节点 node-9');
    const lines = describeTrace(result, 'zh-CN');
    expect(lines.join('\n')).not.toMatch(PLACEHOLDER);
    expect(lines).toEqual([
      'node-1，从 eth0 进入：',
      '  serviceNAT [50.60.0.1 → 10.20.30.40:80/TCP]：kube-proxy DNAT 10.20.30.40:80 → 10.0.1.2:8080（Service default/svc-a，后端 default/pod-a2）',
      'node-2，从 eth0 进入：',
      '  workloadIngress [50.60.0.1 → 10.0.1.2:8080/TCP]：允许：allow-x 的规则 0 匹配（Allow）',
      '后端 default/pod-a2',
      '已放行，位于 node-2，阶段 workloadIngress，依据 allow-x 的规则 0',
    ]);
  });

  it('write an IPv6 destination in brackets before its port', () => {
    const v6: SimulationResult = {
      final: { verdict: 'denied', node: 'node-1', stage: 'preDNAT' },
      hops: [
        {
          node: 'node-1',
          in: 'eth0',
          stages: [
            {
              stage: 'preDNAT',
              verdict: 'deny',
              sees: { src: '2001:db8::1', dst: 'fd00:20::40', port: 80, protocol: 'TCP' },
              reason: 'noPolicySelects',
            },
          ],
        },
      ],
    };
    expect(describeTrace(v6)[1]).toMatch(
      /^ {2}preDNAT \[2001:db8::1 → \[fd00:20::40\]:80\/TCP\]: /,
    );
  });

  it('summarise the matrix with plurals in English and without in Chinese', () => {
    const s = {
      cells: 1,
      allowed: 1,
      denied: 0,
      mismatches: 1,
      unexpectedlyAllowed: 1,
      unexpectedlyDenied: 0,
    };
    expect(describeReachabilitySummary(s)).toBe(
      '1 cell, 1 mismatch: 1 unexpectedly allowed, 0 unexpectedly denied',
    );
    const many = {
      cells: 1200,
      allowed: 1200,
      denied: 0,
      mismatches: 0,
      unexpectedlyAllowed: 0,
      unexpectedlyDenied: 0,
    };
    const n = (v: number) => v.toLocaleString('en-US');
    expect(describeReachabilitySummary(many, n)).toBe('1,200 cells, 0 mismatches');
    expect(describeReachabilitySummary(many, n, 'zh-CN')).toBe('1,200 个单元格，0 处不符');
    expect(describeReachabilitySummary(s, String, 'zh-CN')).toBe(
      '1 个单元格，1 处不符：1 个意外放行，0 个意外拒绝',
    );
  });
});
