import { Position, type InternalNode } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { flowPaths, parseFlowPaths } from './flowPaths';

/** An internal node as React Flow keeps it: absolute position, size, handle bounds. */
function node(id: string, x: number, y: number, handles: 'source' | 'target'): InternalNode {
  const handle = { id: null, nodeId: id, type: handles, width: 6, height: 6, y: 25 };
  return {
    id,
    position: { x, y },
    data: {},
    measured: { width: 200, height: 56 },
    internals: {
      positionAbsolute: { x, y },
      z: 0,
      userNode: { id, position: { x, y }, data: {} },
      handleBounds: {
        source: handles === 'source' ? [{ ...handle, x: 197, position: Position.Right }] : [],
        target: handles === 'target' ? [{ ...handle, x: -3, position: Position.Left }] : [],
      },
    },
  } as InternalNode;
}

const lookup = new Map([
  ['svc', node('svc', 100, 0, 'source')],
  ['pod', node('pod', 500, 200, 'target')],
]);

describe('flowPaths', () => {
  it('runs from the source handle’s outer middle to the target handle’s, label half way', () => {
    const [line] = parseFlowPaths(
      flowPaths([{ id: 'l1', a: 'svc', b: 'pod' }], lookup, (l) => [l.a, l.b]),
    );
    expect(line?.id).toBe('l1');
    // Source handle right edge: 100 + 197 + 6; middle: 0 + 25 + 3. Target: 500 - 3, 200 + 28.
    expect(line?.d.startsWith('M303,28 C')).toBe(true);
    expect(line?.d.endsWith(' 497,228')).toBe(true);
    expect(line?.x).toBe(400);
    expect(line?.y).toBe(128);
  });

  it('leaves out a line whose ends are not both drawn', () => {
    const hidden = new Map(lookup);
    hidden.set('pod', { ...node('pod', 500, 200, 'target'), hidden: true });
    const lines = [
      { id: 'gone', a: 'svc', b: 'nowhere' },
      { id: 'ok', a: 'svc', b: 'pod' },
    ];
    expect(parseFlowPaths(flowPaths(lines, lookup, (l) => [l.a, l.b])).map((l) => l.id)).toEqual([
      'ok',
    ]);
    expect(flowPaths(lines, hidden, (l) => [l.a, l.b])).toBe('');
    expect(parseFlowPaths('')).toEqual([]);
  });
});
