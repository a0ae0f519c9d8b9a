import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { guideExampleInput } from '../model/examples';
import { HELP, run, type Io } from './cli';

function fakeIo(files: Record<string, string>) {
  const out = { stdout: '', stderr: '', written: {} as Record<string, string> };
  const io: Io = {
    readFile: (p) => {
      const f = files[p];
      if (f === undefined) throw new Error('ENOENT: no such file');
      return f;
    },
    writeFile: (p, t) => (out.written[p] = t),
    stdout: (t) => (out.stdout += t),
    stderr: (t) => (out.stderr += t),
  };
  return { io, out };
}

const golden = readFileSync(
  new URL('../../fixtures/guide-example/policies.yaml', import.meta.url),
  'utf8',
);
const guideDesign = readFileSync(
  new URL('../../fixtures/guide-example/design.json', import.meta.url),
  'utf8',
);

describe('cli generate', () => {
  it('prints the golden YAML on stdout', () => {
    const { io, out } = fakeIo({ 'd.json': guideDesign });
    expect(run(['generate', 'd.json'], io)).toBe(0);
    expect(out.stdout).toBe(golden);
    expect(out.stderr).toMatch(/^warning: guide-unlisted-clients-reach-remote-backends: /m);
  });

  it('writes -o and honours --profile', () => {
    const { io, out } = fakeIo({ 'd.json': guideDesign });
    expect(run(['generate', 'd.json', '--profile', 'hardened', '-o', 'x.yaml'], io)).toBe(0);
    expect(out.stdout).toBe('');
    expect(out.written['x.yaml']).toContain('name: deny-unlisted-external');
  });

  it('exits 1 with every problem of an invalid design on stderr, each naming its path', () => {
    const bad = structuredClone(guideExampleInput) as typeof guideExampleInput;
    bad.services[1]!.clusterIP = '10.30.0.5';
    bad.clients[0]!.cidrs = ['50.60.0.0/33'];
    const { io, out } = fakeIo({ 'd.json': JSON.stringify(bad) });
    expect(run(['generate', 'd.json'], io)).toBe(1);
    expect(out.stderr.trim().split('\n')).toEqual([
      'd.json: clients[0].cidrs[0]: not a CIDR: 50.60.0.0/33',
    ]);
    bad.clients[0]!.cidrs = ['50.60.0.0/16'];
    const second = fakeIo({ 'd.json': JSON.stringify(bad) });
    expect(run(['generate', 'd.json'], second.io)).toBe(1);
    expect(second.out.stderr).toBe(
      'd.json: services[1].clusterIP: 10.30.0.5 is outside every service CIDR (10.20.30.0/24)\n',
    );
    expect(second.out.stdout).toBe('');
  });

  it('rejects a bad profile and a missing file with usage errors', () => {
    const { io, out } = fakeIo({ 'd.json': guideDesign });
    expect(run(['generate', 'd.json', '--profile', 'loose'], io)).toBe(2);
    expect(out.stderr).toMatch(/--profile must be guide or hardened, not loose/);
    expect(run(['generate', 'nope.json'], io)).toBe(2);
    expect(out.stderr).toMatch(/cannot read nope\.json/);
  });
});

describe('cli validate', () => {
  it('passes generated YAML', () => {
    const { io, out } = fakeIo({ 'p.yaml': golden });
    expect(run(['validate', 'p.yaml'], io)).toBe(0);
    expect(out.stdout).toBe('');
  });

  it('prints one problem per line with its line number', () => {
    const yaml = [
      'apiVersion: projectcalico.org/v3',
      'kind: GlobalNetworkPolicy',
      'metadata:',
      '  name: bad',
      'spec:',
      '  preDNAT: true',
      '  ingress:',
      '  - action: Allow',
      '    source:',
      '      nets: [10.0.0.1/8]',
      '',
    ].join('\n');
    const { io, out } = fakeIo({ 'p.yaml': yaml });
    expect(run(['validate', 'p.yaml'], io)).toBe(1);
    const lines = out.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^p\.yaml:10: GlobalNetworkPolicy\/bad spec\.ingress\[0\]\.source\.nets\[0\]: /,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^p\.yaml:\d+: GlobalNetworkPolicy\/bad spec(\.applyOnForward)?: .*applyOnForward/,
      ),
    );
  });
});

describe('cli entry', () => {
  it('documents both commands in --help, through npm run', () => {
    const text = execFileSync('npx', ['tsx', 'src/cli/main.ts', '--help'], { encoding: 'utf8' });
    expect(text).toBe(HELP);
    expect(text).toMatch(/generate <design\.json>/);
    expect(text).toMatch(/validate <file\.yaml>/);
  });
});
