import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/t';
import { readFileSync } from 'node:fs';
import { guideExample } from '../../model/examples';
import { NODE_WIDTH } from '../../model/layout';
import { CARD_HANDLES, CARD_HEIGHT, CARD_WIDTH } from './cardSize';
import { toFlowGraph } from './toFlowGraph';

describe('toFlowGraph', () => {
  it('names elements and edges in English by default (end-to-end tests find them so)', () => {
    const { nodes, access, links } = toFlowGraph(guideExample, translator('en'));
    const names = nodes.map((n) => n.ariaLabel);
    expect(names).toContain('External client office: 50.60.0.0/16');
    expect(names).toContain('Service default/svc-a: 10.20.30.40');
    expect(names).toContain('Node node-1');
    expect(names).toContain('Pod default/pod-a1: 192.168.1.10');
    expect(access[0]).toEqual({
      id: 'access:office->svc-a',
      client: 'office',
      service: 'svc-a',
      label: 'all ports',
      name: 'Access from office to svc-a',
      labelName: 'Access from office to svc-a: all ports',
    });
    // Each service links to the pods its selector selects, on whichever node they run.
    expect(links.map((l) => `${l.service}->${l.pod}`).sort()).toEqual([
      'svc-a->pod-a1',
      'svc-a->pod-a2',
      'svc-b->pod-b1',
      'svc-b->pod-b2',
    ]);
  });

  it('names them in 简体中文', () => {
    const { nodes, access } = toFlowGraph(guideExample, translator('zh-CN'));
    const names = nodes.map((n) => n.ariaLabel);
    expect(names).toContain('外部客户端 office：50.60.0.0/16');
    expect(names).toContain('节点 node-1');
    expect(access[0]?.label).toBe('所有端口');
  });

  it('orders elements for Tab: clients, services, then each node followed by its pods', () => {
    const { nodes } = toFlowGraph(guideExample, translator('en'));
    expect(nodes.map((n) => n.id)).toEqual([
      'office',
      'partner',
      'svc-a',
      'svc-b',
      'node-1',
      'pod-a1',
      'pod-b1',
      'node-2',
      'pod-a2',
      'pod-b2',
    ]);
  });

  it('tells React Flow every element’s size and handles, so it draws elements and edges at once', () => {
    const { nodes } = toFlowGraph(guideExample, translator('en'));
    const byId = new Map(nodes.map((n) => [n.id, n]));
    expect(byId.get('office')).toMatchObject({
      measured: { width: CARD_WIDTH.client, height: CARD_HEIGHT },
      handles: [{ type: 'source', x: CARD_WIDTH.client - 3, y: CARD_HEIGHT / 2 - 3 }],
    });
    expect(byId.get('svc-a')?.handles?.map((h) => [h.type, h.x])).toEqual([
      ['target', -3],
      ['source', CARD_WIDTH.service - 3],
    ]);
    expect(byId.get('pod-a1')?.measured).toEqual({ width: CARD_WIDTH.pod, height: CARD_HEIGHT });
    const host = byId.get('node-1');
    expect(host?.measured).toEqual({ width: NODE_WIDTH, height: host?.style?.height });
    expect(host?.handles).toEqual([]);
    // The same arrays for every element of a kind and every rebuild: the canvas reuses unchanged
    // nodes by comparing their fields one level deep.
    const again = toFlowGraph(guideExample, translator('en')).nodes;
    expect(again.find((n) => n.id === 'office')?.handles).toBe(byId.get('office')?.handles);
    expect(byId.get('partner')?.handles).toBe(CARD_HANDLES.client);
  });

  it('tells the sizes canvas.css gives the cards', () => {
    const css = readFileSync(new URL('./canvas.css', import.meta.url), 'utf8');
    for (const kind of ['client', 'service', 'pod'] as const) {
      const rule = new RegExp(`\\.canvas-card\\[data-kind='${kind}'\\] \\{[^}]*width: (\\d+)px`);
      expect(Number(css.match(rule)?.[1]), kind).toBe(CARD_WIDTH[kind]);
    }
    // 2 px borders, 6 px padding, body2 (0.875rem × 1.43) and caption (0.75rem × 1.66) lines.
    expect(css).toMatch(/\.canvas-card \{[^}]*border: 2px solid[^}]*\}/);
    expect(Math.round(2 * 2 + 2 * 6 + 14 * 1.43 + 12 * 1.66)).toBe(CARD_HEIGHT);
  });
});
