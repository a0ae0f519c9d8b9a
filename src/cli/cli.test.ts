import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { guideExample, guideExampleInput } from '../model/examples';
import { decodeDesign, encodeDesign } from '../permalink/permalink';
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

describe('cli permalink', () => {
  it('prints the fragment of a design, then a newline', () => {
    const { io, out } = fakeIo({ 'd.json': JSON.stringify(guideExampleInput) });
    expect(run(['permalink', 'd.json'], io)).toBe(0);
    expect(out.stdout).toBe(`${encodeDesign(guideExample)}\n`);
    expect(out.stdout).toMatch(/^v1z:[A-Za-z0-9+\-$]+\n$/);
    expect(out.stderr).toBe('');
    expect(decodeDesign(out.stdout.trim())).toEqual({ ok: true, design: guideExample });
  });

  it('exits 1 with the problems of an invalid design', () => {
    const { io, out } = fakeIo({ 'd.json': '{"version": 3}' });
    expect(run(['permalink', 'd.json'], io)).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/^d\.json: version: version 3 was written by a newer release/);
  });

  it('--decode prints the design of a fragment or URL as 2-space JSON', () => {
    const { io, out } = fakeIo({});
    const url = `https://example.org/designer/#${encodeDesign(guideExample)}`;
    expect(run(['permalink', '--decode', url], io)).toBe(0);
    expect(out.stdout).toBe(`${JSON.stringify(guideExample, null, 2)}\n`);
    expect(out.stderr).toBe('');
  });

  it('--decode exits 1 and says why a link does not open', () => {
    const { io, out } = fakeIo({});
    const link = encodeDesign(guideExample);
    expect(run(['permalink', '--decode', link.slice(0, 40)], io)).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toBe('the link is truncated or damaged: its design cannot be unpacked\n');
  });

  it('needs exactly one design file or one link', () => {
    const { io, out } = fakeIo({});
    expect(run(['permalink'], io)).toBe(2);
    expect(run(['permalink', '--decode'], io)).toBe(2);
    expect(run(['permalink', 'a.json', '--decode', 'v1z:x'], io)).toBe(2);
    expect(out.stderr).toMatch(/permalink takes one design file/);
  });
});

describe('cli import', () => {
  it('prints the design on stdout and one report line per item on stderr', () => {
    const { io, out } = fakeIo({ 'p.yaml': golden });
    expect(run(['import', 'p.yaml'], io)).toBe(0);
    const design = JSON.parse(out.stdout) as typeof guideExample;
    expect(out.stdout).toBe(`${JSON.stringify(design, null, 2)}\n`);
    expect(design.name).toBe('guide example');
    const lines = out.stderr.trimEnd().split('\n');
    expect(lines.every((l) => /^\d+: (mapped|ignored|rejected|assumed): \S/.test(l))).toBe(true);
    expect(lines).toContain(
      '22: mapped: access from 50.60.0.0/16 to service "svc-a" on every port',
    );
  });

  it('re-exports the same YAML through generate', () => {
    const { io, out } = fakeIo({ 'p.yaml': golden });
    run(['import', 'p.yaml'], io);
    const again = fakeIo({ 'd.json': out.stdout });
    expect(run(['generate', 'd.json'], again.io)).toBe(0);
    expect(again.out.stdout).toBe(golden);
  });

  it('exits 1 when no design can be built, with the reason on stderr', () => {
    const { io, out } = fakeIo({
      'p.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n',
    });
    expect(run(['import', 'p.yaml'], io)).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toBe(
      '1: ignored: Deployment web (apps/v1) is not part of a design: ignored\n' +
        '0: rejected: the file holds no Service, HostEndpoint, BGPConfiguration or access rule to build a design from\n',
    );
  });

  it('needs one readable file', () => {
    const { io, out } = fakeIo({});
    expect(run(['import'], io)).toBe(2);
    expect(run(['import', 'nope.yaml'], io)).toBe(2);
    expect(out.stderr).toMatch(/cannot read nope\.yaml/);
  });
});

describe('cli entry', () => {
  it('documents every command in --help, through npm run', () => {
    const text = execFileSync('npx', ['tsx', 'src/cli/main.ts', '--help'], { encoding: 'utf8' });
    expect(text).toBe(HELP);
    expect(text).toMatch(/generate <design\.json>/);
    expect(text).toMatch(/validate <file\.yaml>/);
    expect(text).toMatch(/permalink <design\.json>/);
    expect(text).toMatch(/permalink --decode <fragment or URL>/);
    expect(text).toMatch(/import <file\.yaml>/);
  });
});
