import { translator } from '../i18n/t';
import { guideExample, guideExampleInput } from '../model/examples';
import { designSchema, type Design } from '../model/design';
import { ReachabilityTable, packReachability } from '../simulate/reachabilityTable';
import { DesignStore } from './store';
import {
  describeTraceProblem,
  draftOfRow,
  flowOfDraft,
  normalizeDraft,
  pathDescription,
  ruleRefOf,
  segmentLabel,
  simulationInputsOf,
  traceOf,
  tracePathOf,
  type FlowDraft,
} from './simulationTrace';

function inputs(design: Design = guideExample, masquerade = true) {
  const store = new DesignStore(design);
  const i = simulationInputsOf(store.getGeneration(), masquerade);
  if (!i) throw new Error('no generation');
  return i;
}

/** The example: office → svc-a 80/TCP entering node-1/eth0, backend pod-a2. */
function officeToSvcA(over: Partial<FlowDraft> = {}): FlowDraft {
  return { ...normalizeDraft(undefined, guideExample), backend: 'pod-a2', ...over };
}

describe('normalizeDraft', () => {
  it('starts from the first client, service port, node and interface, every backend', () => {
    expect(normalizeDraft(undefined, guideExample)).toEqual({
      source: { kind: 'client', client: 'office' },
      srcAddress: '50.60.0.1',
      destination: { kind: 'service', service: 'svc-a' },
      servicePort: '80/TCP',
      port: '80',
      protocol: 'TCP',
      entryNode: 'node-1',
      entryIface: 'eth0',
      backend: '',
    });
  });

  it('keeps a valid draft as the same object and repairs references the design lost', () => {
    const draft = officeToSvcA();
    expect(normalizeDraft(draft, guideExample)).toBe(draft);
    const smaller = designSchema.parse({
      ...guideExampleInput,
      clients: [{ id: 'partner', name: 'partner', cidrs: ['70.80.90.0/24'] }],
      access: [],
      pods: guideExampleInput.pods.filter((p) => p.id !== 'pod-a2'),
    });
    expect(normalizeDraft(draft, smaller)).toMatchObject({
      source: { kind: 'client', client: 'partner' },
      srcAddress: '70.80.90.1',
      backend: '',
    });
  });
});

describe('flowOfDraft', () => {
  it('builds the flow of a client, a pod, a node address', () => {
    expect(flowOfDraft(guideExample, officeToSvcA())).toEqual({
      ok: true,
      flow: {
        src: '50.60.0.1',
        dst: '10.20.30.40',
        port: 80,
        protocol: 'TCP',
        via: { node: 'node-1', iface: 'eth0' },
        backend: 'default/pod-a2',
      },
    });
    const fromPod = officeToSvcA({ source: { kind: 'pod', pod: 'pod-b1' } });
    expect(flowOfDraft(guideExample, fromPod)).toMatchObject({ flow: { via: { pod: 'pod-b1' } } });
    const toNode = officeToSvcA({
      destination: { kind: 'node', node: 'node-2', ip: '172.16.0.12' },
      port: '22',
    });
    expect(flowOfDraft(guideExample, toNode)).toMatchObject({
      flow: { dst: '172.16.0.12', port: 22, protocol: 'TCP' },
    });
  });

  it('says what is wrong with a bad address or port, in either language', () => {
    const bad = flowOfDraft(guideExample, officeToSvcA({ srcAddress: '50.60.x' }));
    expect(bad).toEqual({ ok: false, problem: { kind: 'badSourceAddress' } });
    if (bad.ok) throw new Error('a bad address made a flow');
    expect(describeTraceProblem(bad.problem, translator('en'), 'en')).toBe(
      'The source address is not an IP address.',
    );
    expect(describeTraceProblem(bad.problem, translator('zh-CN'), 'zh-CN')).toBe(
      '源地址不是 IP 地址。',
    );
    const toPod = officeToSvcA({ destination: { kind: 'pod', pod: 'pod-a1' }, port: '0' });
    expect(flowOfDraft(guideExample, toPod)).toEqual({ ok: false, problem: { kind: 'badPort' } });
  });
});

describe('traceOf and the path on the canvas', () => {
  it('allowed: source → service → backend, all legs allowed, every element on the path', () => {
    const outcome = traceOf(inputs(), officeToSvcA());
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
    expect(outcome.results.map((r) => r.final.verdict)).toEqual(['allowed']);
    expect(outcome.overlay).toEqual({
      verdict: 'allowed',
      elements: ['office', 'node-1', 'svc-a', 'pod-a2', 'node-2'],
      dropped: [],
      segments: [
        {
          from: 'office',
          to: 'svc-a',
          status: 'allowed',
          note: { kind: 'enters', node: 'node-1', iface: 'eth0' },
          label: 'enters node-1/eth0',
        },
        { from: 'svc-a', to: 'pod-a2', status: 'allowed', note: { kind: 'dnat' }, label: 'DNAT' },
      ],
      path: {
        start: 'office',
        entry: 'node-1/eth0',
        target: 'svc-a',
        steps: [{ backend: 'default/pod-a2', verdict: 'allowed' }],
      },
      description: 'Packet path: office via node-1/eth0 to svc-a; to default/pod-a2: allowed',
    });
    const zh = translator('zh-CN');
    expect(outcome.overlay.segments.map((s) => segmentLabel(s.note, zh))).toEqual([
      '进入 node-1/eth0',
      'DNAT',
    ]);
    expect(pathDescription(outcome.overlay.path, zh)).toBe(
      '数据包路径：office 经 node-1/eth0 到 svc-a；到 default/pod-a2：已放行',
    );
  });

  it('denied at the entry node: one red leg into the service, the node marked', () => {
    const outcome = traceOf(
      inputs(),
      officeToSvcA({ destination: { kind: 'service', service: 'svc-b' }, backend: '' }),
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
    expect(outcome.overlay.verdict).toBe('denied');
    expect(outcome.overlay.segments).toEqual([
      {
        from: 'office',
        to: 'svc-b',
        status: 'denied',
        note: { kind: 'denied', stage: 'preDNAT', node: 'node-1' },
        label: 'Denied: preDNAT on node-1',
      },
    ]);
    expect(segmentLabel(outcome.overlay.segments[0]!.note, translator('zh-CN'))).toBe(
      '已拒绝：node-1 上的 preDNAT',
    );
    expect(outcome.overlay.dropped).toEqual(['node-1']);
  });

  it('denied at the backend: the leg into the pod is red (guide profile, local backend)', () => {
    const guide = designSchema.parse({ ...guideExampleInput, output: { profile: 'guide' } });
    const outcome = traceOf(inputs(guide), officeToSvcA({ backend: 'pod-a1' }));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
    expect(outcome.overlay.segments.map((s) => `${s.from}->${s.to} ${s.status}`)).toEqual([
      'office->svc-a allowed',
      'svc-a->pod-a1 denied',
    ]);
    expect(outcome.overlay.dropped).toEqual(['pod-a1']);
  });

  it('a pod source starts at the pod; an unknown element is a problem, not a crash', () => {
    const design = guideExample;
    const draft = officeToSvcA({ source: { kind: 'pod', pod: 'pod-b1' } });
    const outcome = traceOf(inputs(design), draft);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
    expect(outcome.overlay.segments[0]).toMatchObject({
      from: 'pod-b1',
      to: 'svc-a',
      label: "from pod-b1's veth",
    });
    expect(outcome.overlay.description).toMatch(/^Packet path: pod-b1 to svc-a; to default\//);
    const path = tracePathOf(design, draft, []);
    expect(path.segments).toEqual([]);
    const broken = traceOf(inputs(design), officeToSvcA({ entryNode: 'node-9' }));
    expect(broken).toEqual({
      ok: false,
      problem: { kind: 'simulation', reason: 'unknownNode', params: { node: 'node-9' } },
    });
    if (broken.ok) throw new Error('an unknown node simulated');
    expect(describeTraceProblem(broken.problem, translator('en'), 'en')).toBe(
      'unknown node node-9',
    );
    expect(describeTraceProblem(broken.problem, translator('zh-CN'), 'zh-CN')).toBe(
      '未知节点 node-9',
    );
  });
});

describe('ruleRefOf', () => {
  it('finds the generated rule: ingress for most stages, egress for the egress ones', () => {
    const { documents } = inputs();
    expect(
      ruleRefOf(
        {
          stage: 'workloadIngress',
          policy: 'external-access.allow-backends-svc-a',
          ruleIndex: 1,
        },
        documents,
      ),
    ).toEqual({
      resource: 'GlobalNetworkPolicy/external-access.allow-backends-svc-a',
      rulePath: 'spec.ingress[1]',
    });
    expect(
      ruleRefOf(
        {
          stage: 'hostEndpointForwardEgress',
          policy: 'external-access.allow-host-egress',
          ruleIndex: 0,
        },
        documents,
      ),
    ).toEqual({
      resource: 'GlobalNetworkPolicy/external-access.allow-host-egress',
      rulePath: 'spec.egress[0]',
    });
    expect(ruleRefOf({ stage: 'preDNAT' }, documents)).toBeUndefined();
    expect(
      ruleRefOf({ stage: 'preDNAT', policy: 'nope', ruleIndex: 0 }, documents),
    ).toBeUndefined();
  });
});

describe('simulationInputsOf', () => {
  it('simulates the last design that generated while the design has errors', () => {
    const store = new DesignStore(guideExample);
    const good = simulationInputsOf(store.getGeneration(), true);
    const svc = { ...guideExample.services[0]!, clusterIP: '10.99.0.1' };
    store.dispatch({ type: 'updateElement', element: { kind: 'service', value: svc } });
    const stale = simulationInputsOf(store.getGeneration(), false);
    expect(stale?.stale).toBe(true);
    expect(stale?.design).toBe(good?.design);
    expect(stale?.resources).toBe(good?.resources);
    expect(stale?.options).toEqual({ kubeProxyMasquerade: false });
  });
});

describe('draftOfRow', () => {
  it('replays a matrix cell in the Test traffic form', () => {
    const i = inputs();
    const table = new ReachabilityTable();
    for (const b of packReachability(i, () => false)) table.append(b);
    const row = table.row(1);
    const draft = draftOfRow(guideExample, row);
    expect(draft).toMatchObject({
      source: { kind: 'client', client: 'office' },
      srcAddress: '50.60.0.1',
      entryNode: 'node-1',
      backend: 'pod-a2',
    });
    const outcome = traceOf(i, draft);
    expect(outcome.ok && outcome.results.map((r) => r.final)).toEqual([row.final]);
  });
});
