import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/t';
import { guideExample } from '../../model/examples';
import { toFlowGraph } from './toFlowGraph';

describe('toFlowGraph', () => {
  it('names elements and edges in English by default (end-to-end tests find them so)', () => {
    const { nodes, edges } = toFlowGraph(guideExample, translator('en'));
    const names = nodes.map((n) => n.ariaLabel);
    expect(names).toContain('External client office: 50.60.0.0/16');
    expect(names).toContain('Service default/svc-a: 10.20.30.40');
    expect(names).toContain('Node node-1');
    expect(names).toContain('Pod default/pod-a1: 192.168.1.10');
    const access = edges.find((e) => e.type === 'access');
    expect(access?.ariaLabel).toBe('Access from office to svc-a');
    expect(access?.data?.label).toBe('all ports');
  });

  it('names them in 简体中文', () => {
    const { nodes, edges } = toFlowGraph(guideExample, translator('zh-CN'));
    const names = nodes.map((n) => n.ariaLabel);
    expect(names).toContain('外部客户端 office：50.60.0.0/16');
    expect(names).toContain('节点 node-1');
    expect(edges.find((e) => e.type === 'access')?.data?.label).toBe('所有端口');
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
});
