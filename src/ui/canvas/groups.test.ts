import { describe, expect, it } from 'vitest';
import { CLUSTER_200, clusterDesign200 } from '../../../fixtures/scaleDesign';
import { translator } from '../../i18n/t';
import { designSchema } from '../../model/design';
import { guideExample } from '../../model/examples';
import { toGroupedFlowGraph } from './groupedGraph';
import { findGroup, isLargeDesign, nodeGroups } from './groups';

const big = designSchema.parse(clusterDesign200());
const en = translator('en');
const names = (g: { nodes: { ariaLabel?: string }[] }) => g.nodes.map((n) => n.ariaLabel);

describe('group cards of a large design', () => {
  it('groups only a large design: the guide example and the 20-node design stay drawn as they are', () => {
    expect(isLargeDesign(guideExample)).toBe(false);
    expect(isLargeDesign(big)).toBe(true);
    expect(big.nodes).toHaveLength(CLUSTER_200.nodes);
  });

  it('collapses nodes of one role into one card each, with the label that groups them', () => {
    const groups = nodeGroups(big);
    expect(groups.map((g) => [g.name, g.members.length, g.labels])).toEqual([
      ['control-plane', 3, ['node-role.kubernetes.io/control-plane']],
      ['infra', 12, ['node-role.kubernetes.io/infra']],
      ['edge', 5, ['node-role.kubernetes.io/edge']],
      ['worker', 180, ['node-role.kubernetes.io/worker']],
    ]);
    const graph = toGroupedFlowGraph(big, en, new Set());
    const labels = names(graph);
    expect(labels).toContain('Node group worker: 180 nodes');
    expect(labels).toContain('Node group edge: 5 nodes');
    // No node is drawn on its own, and no pod: 4 frames, one card per Service per group.
    expect(graph.nodes.filter((n) => n.type === 'host')).toHaveLength(0);
    expect(graph.nodes.filter((n) => n.type === 'pod')).toHaveLength(0);
    const podCards = graph.nodes.filter((n) => n.type === 'podGroup');
    expect(podCards).toHaveLength(300);
    expect(labels).toContain('Pods of app-0: 20');
    // Every pod is counted once.
    const counted = podCards.reduce(
      (n, c) => n + (c.type === 'podGroup' ? c.data.group.members.length : 0),
      0,
    );
    expect(counted).toBe(CLUSTER_200.pods);
    // A Service's selector link goes to the card of its pods, once.
    expect(graph.links.filter((l) => l.service === 'svc-30')).toEqual([
      {
        id: 'selects:svc-30->group:pods:group:nodes:node-role.kubernetes.io/worker|svc:svc-30',
        service: 'svc-30',
        pod: 'group:pods:group:nodes:node-role.kubernetes.io/worker|svc:svc-30',
      },
    ]);
    // Access edges are the design's, to its Services.
    expect(graph.access).toHaveLength(big.access.length);
  });

  it('opens a node group into its nodes, each with one card per Service ("app × n")', () => {
    const edge = nodeGroups(big).find((g) => g.name === 'edge');
    if (!edge) throw new Error('no edge group');
    const graph = toGroupedFlowGraph(big, en, new Set([edge.id]));
    const frame = graph.nodes.find((n) => n.id === edge.id);
    expect(frame?.type === 'nodeGroup' && frame.data.open).toBe(true);
    const hosts = graph.nodes.filter((n) => n.type === 'host');
    expect(hosts.map((h) => h.ariaLabel)).toEqual([
      'Node edge-1',
      'Node edge-2',
      'Node edge-3',
      'Node edge-4',
      'Node edge-5',
    ]);
    expect(hosts.every((h) => h.parentId === edge.id)).toBe(true);
    // 8 ingress Services × 5 pods over 5 edge nodes: each node runs one pod of each.
    const onEdge1 = graph.nodes.filter((n) => n.parentId === 'edge-1');
    expect(onEdge1.map((n) => n.type)).toEqual(Array(8).fill('pod'));
    // The other groups stay closed.
    expect(names(graph)).toContain('Node group worker: 180 nodes');
  });

  it('opens a card of pods into its pods, and closes it again', () => {
    const id = 'group:pods:group:nodes:node-role.kubernetes.io/worker|svc:svc-30';
    const opened = toGroupedFlowGraph(big, en, new Set([id]));
    const inside = opened.nodes.filter(
      (n) => n.type === 'pod' && n.parentId === 'group:nodes:node-role.kubernetes.io/worker',
    );
    expect(inside.map((n) => n.ariaLabel)).toEqual(
      Array.from({ length: 20 }, (_, i) =>
        expect.stringMatching(new RegExp(`^Pod team-0/app-0-${i}: `)),
      ),
    );
    // Open, its selector links go to each pod.
    expect(opened.links.filter((l) => l.service === 'svc-30')).toHaveLength(20);
    const closed = toGroupedFlowGraph(big, en, new Set());
    expect(closed.nodes.filter((n) => n.type === 'pod')).toHaveLength(0);
  });

  it('finds a group again from its id, for the inspector', () => {
    const worker = findGroup(big, 'group:nodes:node-role.kubernetes.io/worker');
    expect(worker?.members).toHaveLength(180);
    const pods = findGroup(big, 'group:pods:edge-2|svc:svc-0');
    expect(pods?.kind === 'pods' && pods.members.map((p) => p.name)).toEqual(['ingress-0-1']);
    expect(findGroup(big, 'group:nodes:nothing')).toBeUndefined();
  });

  it('names group cards in 简体中文', () => {
    const graph = toGroupedFlowGraph(big, translator('zh-CN'), new Set());
    expect(names(graph)).toContain('节点组 worker：180 个节点');
  });
});
