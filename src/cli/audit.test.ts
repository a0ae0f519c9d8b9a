import { generate } from '../generator/generate';
import type { Profile } from '../model/design';
import { guideExample } from '../model/examples';
import { run } from './cli';
import { fakeIo } from './testIo';

/** The guide example with the generator's policies part of one profile as what the cluster runs. */
function runningNow(profile: Profile): string {
  const r = generate(guideExample, { profile });
  if (!r.ok) throw new Error('the guide example generates');
  const resources = r.documents.map((d) => d.resource);
  return JSON.stringify({ ...guideExample, baseline: { resources, sources: ['cluster.yaml'] } });
}

describe('cli audit', () => {
  it("reports the guide recipe's leaks first, with entry node, backend and the existing rule: exit 1", () => {
    const { io, out } = fakeIo({ 'd.json': runningNow('guide') });
    expect(run(['audit', 'd.json'], io)).toBe(1);
    const lines = out.stdout.split('\n');
    expect(lines[0]).toMatch(/^\s+running now\s+intended\s+source/);
    expect(lines[1]).toMatch(
      /^MISMATCH\s+allowed\s+denied\s+office 50\.60\.0\.1\s+default\/svc-b 80\/TCP\s+node-\d\/eth0\s+default\/pod-b\d\s+node-\d workloadIngress allow-nodes-svc-b rule 0$/,
    );
    // Who is cut off comes after every leak.
    const firstCutOff = lines.findIndex((l) => /^MISMATCH\s+denied\s+allowed/.test(l));
    const leaks = lines.flatMap((l, i) => (/^MISMATCH\s+allowed\s+denied/.test(l) ? [i] : []));
    const lastLeak = Math.max(...leaks);
    expect(lastLeak).toBeGreaterThan(0);
    expect(firstCutOff).toBeGreaterThan(lastLeak);
    expect(out.stdout).toContain(
      '48 cells, 24 mismatches: 16 unexpectedly allowed, 8 unexpectedly denied',
    );
    expect(out.stdout).toMatch(
      /^ {2}allow-nodes-svc-b \(tier default, GlobalNetworkPolicy\/allow-nodes-svc-b\): 12 flows \(12 allowed, 0 denied, 8 not as intended\)$/m,
    );
    expect(out.stdout).toMatch(
      /^Existing policies that decide no flow:\n(?: {2}.*\n)* {2}allow-to-pods /m,
    );
  });

  it("exits 0 once the cluster runs the app's hardened output", () => {
    for (const knob of ['on', 'off']) {
      const { io, out } = fakeIo({ 'd.json': runningNow('hardened') });
      expect(run(['audit', 'd.json', '--kube-proxy-masquerade', knob], io)).toBe(0);
      expect(out.stdout).not.toContain('MISMATCH');
      expect(out.stdout).toContain('external-access.deny-unlisted-external (tier external-access');
    }
  });

  it('says a design without a baseline has nothing to audit: exit 2', () => {
    const { io, out } = fakeIo({ 'd.json': JSON.stringify(guideExample) });
    expect(run(['audit', 'd.json'], io)).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(
      /^d\.json: the design has no baseline \(what the cluster runs now\)/,
    );
  });

  it('exits 2 on bad input and usage', () => {
    expect(run(['audit', 'd.json'], fakeIo({ 'd.json': '{ not json' }).io)).toBe(2);
    expect(run(['audit'], fakeIo({}).io)).toBe(2);
    expect(run(['audit', 'missing.json'], fakeIo({}).io)).toBe(2);
    const knob = fakeIo({ 'd.json': runningNow('hardened') });
    expect(run(['audit', 'd.json', '--kube-proxy-masquerade', 'maybe'], knob.io)).toBe(2);
    expect(knob.out.stderr).toMatch(/--kube-proxy-masquerade must be on or off, not maybe/);
  });
});
