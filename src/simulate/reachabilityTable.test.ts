/** The packed matrix must say exactly what `reachabilityMatrix` says, in the same order. */
import { guideExample } from '../model/examples';
import { reachabilityMatrix, type ReachabilityCell } from './reachabilityMatrix';
import {
  CELL_STRIDE,
  ReachabilityTable,
  flowOfRow,
  packReachability,
  type MatrixRow,
} from './reachabilityTable';
import { createSimulator } from './simulateFlow';
import { guideProfileYaml, hardenedProfileYaml, loadResources } from './testResources';

/** A row's facts in the cell's shape, without the trace. */
function asCell(r: MatrixRow) {
  return {
    index: r.index,
    source: r.source,
    service: r.target.service,
    serviceName: r.target.serviceName,
    port: r.target.port,
    protocol: r.target.protocol,
    node: r.entry.node,
    iface: r.entry.iface,
    ...(r.backend === undefined ? {} : { backend: r.backend }),
    advertised: r.advertised,
    intended: r.intended,
    simulated: r.simulated,
    noBackend: r.noBackend,
    mismatch: r.mismatch,
    final: r.final,
  };
}

function withoutTrace(c: ReachabilityCell) {
  const { result, ...rest } = c;
  return { ...rest, final: result.final };
}

describe('packReachability and ReachabilityTable', () => {
  for (const [profile, yaml] of [
    ['guide', guideProfileYaml],
    ['hardened', hardenedProfileYaml],
  ] as const) {
    it(`round-trips the ${profile} matrix in small batches, mismatches first`, () => {
      const resources = loadResources(yaml);
      const request = { design: guideExample, resources, options: {} };
      const table = new ReachabilityTable();
      let batches = 0;
      for (const batch of packReachability(request, (pending) => pending >= 5)) {
        expect(batch.cells.length % CELL_STRIDE).toBe(0);
        // Every batch survives structured clone (what postMessage does).
        table.append(structuredClone(batch));
        batches++;
      }
      const m = reachabilityMatrix(guideExample, resources);
      expect(batches).toBeGreaterThan(5);
      expect(table.size).toBe(m.cells.length);
      expect(table.summary).toEqual(m.summary);
      expect(table.done).toBe(table.total);
      const rows = [...table.order()].map((i) => asCell(table.row(i)));
      expect(rows).toEqual(m.cells.map(withoutTrace));
    });
  }

  it('re-simulates a row to the same verdict (a trace on demand)', () => {
    const resources = loadResources(guideProfileYaml);
    const table = new ReachabilityTable();
    for (const b of packReachability({ design: guideExample, resources, options: {} }, () => false))
      table.append(b);
    const sim = createSimulator(guideExample, resources);
    for (let i = 0; i < table.size; i++) {
      const row = table.row(i);
      const [result, ...more] = sim.simulate(flowOfRow(row));
      expect(more).toEqual([]);
      expect(result?.final).toEqual(row.final);
      expect(result?.backend).toBe(row.backend);
    }
    expect(flowOfRow(table.row(0))).toEqual({
      src: '50.60.0.1',
      dst: '10.20.30.40',
      port: 80,
      protocol: 'TCP',
      via: { node: 'node-1', iface: 'eth0' },
      backend: 'default/pod-a1',
    });
  });

  it('rejects an index outside the table', () => {
    expect(() => new ReachabilityTable().row(0)).toThrow(RangeError);
  });
});

describe('ReachabilityTable.leaksFirstOrder', () => {
  it('lists the cells in the order the audit does: leaks, then cut off, then the rest', () => {
    const resources = loadResources(guideProfileYaml);
    const table = new ReachabilityTable();
    for (const batch of packReachability(
      { design: guideExample, resources, options: {} },
      () => false,
    )) {
      table.append(batch);
    }
    const rows = Array.from(table.leaksFirstOrder(), (i) => table.row(i));
    const firstCutOff = rows.findIndex((r) => r.mismatch && r.simulated === 'denied');
    expect(rows.slice(0, firstCutOff).every((r) => r.mismatch && r.simulated === 'allowed')).toBe(
      true,
    );
    expect(firstCutOff).toBe(table.summary.unexpectedlyAllowed);
    expect(rows.slice(0, table.summary.mismatches).every((r) => r.mismatch)).toBe(true);
    expect(new Set(rows.map((r) => r.index)).size).toBe(table.size);
  });
});
