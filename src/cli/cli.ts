/**
 * The headless entry, for teams that keep designs in git. Commands take files, print to stdout,
 * report problems on stderr (one per line, each naming its JSON path or YAML line) and exit non-zero
 * when something is wrong. `run` is separate from the process so tests can drive it.
 */
import { errorsOf, validateYaml } from '../calico/validateResources';
import { CALICO_VERSIONS, NEWEST_CALICO, toCalicoVersion } from '../calico/versions';
import { generate, OUTPUT_PARTS, type OutputPart } from '../generator/generate';
import { auditReport } from './auditReport';
import { formatTable, inClusterRow, matrixRow } from './matrixTable';
import { lintText } from '../generator/explainText';
import { en } from '../i18n/en';
import { formatMessage } from '../i18n/format';
import { importFiles } from '../importer/importFiles';
import type { Resource } from '../calico/types';
import type { Design, Profile } from '../model/design';
import { formatHostPort, parseIp } from '../net/ip';
import { describeProblem, parseDesignJson } from '../model/validateDesign';
import { PERMALINK_WARN_LENGTH, decodeDesign, encodeDesign } from '../permalink/permalink';
import {
  describeInClusterSummary,
  describeReachabilitySummary,
  describeReason,
} from '../simulate/describeTrace';
import { auditBaseline } from '../simulate/audit';
import { inClusterReachability } from '../simulate/inClusterMatrix';
import { reachabilityMatrix } from '../simulate/reachabilityMatrix';
import { createSimulator } from '../simulate/simulateFlow';
import {
  SimulationInputError,
  type Flow,
  type FlowProtocol,
  type SimulateOptions,
  type SimulationNote,
} from '../simulate/types';

export interface Io {
  readFile(path: string): string;
  /** Standard input, whole (for `import -`). */
  readStdin?(): string;
  writeFile(path: string, text: string): void;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const HELP = `ClusterIP Policy Designer, command line

Usage:
  npm run --silent cli -- generate <design.json> [--profile guide|hardened]
        [--part policies|changes|all] [-o <out.yaml>]
      Writes the Calico YAML for a design (stdout unless -o is given): the policies part (only
      what this tool owns; the default), the cluster changes (kubectl patch commands and merge
      patches for the Services and BGPConfiguration you own), or all in one stream. An invalid
      design exits with status 1 and every problem on stderr, each naming its JSON path.
      Warnings go to stderr.
  npm run --silent cli -- validate <file.yaml> [--calico-version ${CALICO_VERSIONS.join('|')}]
      Checks any Calico/Kubernetes YAML against Calico's CRD schemas and validation rules, as the
      named Calico release has them (default: the newest, ${NEWEST_CALICO}), and prints one problem per line
      as <file>:<line>: <kind>/<name> <path>: <message>; a warning (accepted by Calico, but likely
      wrong, e.g. a policy in a tier the file does not define) starts with "warning: ". Exit status
      1 when there is an error.
  npm run --silent cli -- permalink <design.json>
      Prints the share-link fragment of a design (what follows "#" in the app's address). Warns
      on stderr when the link is long enough for some tools to cut it.
  npm run --silent cli -- permalink --decode <fragment or URL>
      Prints the design a link carries, as JSON. A link that does not open exits with status 1
      and says why on stderr.
  npm run --silent cli -- import <file.yaml>... | - [--default-interface <name>]
      Builds a design from Calico/Kubernetes YAML or JSON (this app's output, the guide's, your
      own, kubectl get -o yaml|json and calicoctl get -o yaml output: Lists, sequences and
      multi-document streams; several files at once; - reads stdin) and prints it as JSON, with
      the policy-related resources found kept verbatim as its baseline and the access edges read
      from their allow rules marked inferred. The report goes to stderr, one line per item as
      <file>:<line>: <mapped|kept|ignored|rejected|assumed>: <message> (line 0: the file as a
      whole; file * : the whole input). --default-interface names the nodes' interface when no
      HostEndpoint does. Exit status 1 when no design could be built.
  npm run --silent cli -- simulate <design.json> --to <ip>:<port>[/TCP|UDP|SCTP]
        (--from <ip> --via <node>/<interface> | --from-pod <namespace>/<pod>)
        [--backend <namespace>/<pod>] [--resources <policies.yaml>] [--profile guide|hardened]
        [--kube-proxy-masquerade on|off]
      Sends one packet through the design's generated YAML (or the Calico YAML of --resources)
      and prints its trace as JSON: {"final": {...}, "hops": [{"node", "in", "stages": [...]}]}.
      An IPv6 --to goes in brackets, quoted for the shell: --to '[fd00:20::40]:80/TCP'
      (--from takes a bare address).
      --via names the entry node and interface; veth:<namespace>/<pod> (alone or after the node)
      is a pod's own interface, as --from-pod is. --backend pins the pod kube-proxy picks; without
      it a flow to a service prints an array, one {"backend", "final", "hops"} per backend.
      --kube-proxy-masquerade (default on): kube-proxy masquerades off-cluster sources to
      cluster IPs. Exit status 0 whatever the verdict; 2 for bad arguments.
  npm run --silent cli -- matrix <design.json> [--resources <policies.yaml>]
        [--profile guide|hardened] [--kube-proxy-masquerade on|off]
      Simulates every client (and anyone else) x service port x entry node and interface x
      backend and compares it with the design's access edges. Prints a table, mismatches first,
      then the summary line. Then the in-cluster flows (pod -> pod on a port no Service uses and
      on each target port, pod -> cluster IP, node -> node and pod -> node on 10250/TCP, node ->
      pod), each compared with its verdict under no policy at all, except where a Service's
      inCluster restricts it; mismatches first, then their summary line. Exit status 1 when a
      cell or an in-cluster flow is not as expected.
  npm run --silent cli -- audit <design.json> [--kube-proxy-masquerade on|off]
      Judges what the cluster runs now (the design's baseline, from an import) against the
      design's access edges (inferred ones included; a Service without edges: nobody outside),
      with the same two tables as matrix: who outside reaches what they should not comes first
      (with entry node and backend), then who is cut off, then the in-cluster flows. Then, per
      existing policy, the flows whose verdict one of its rules decides, the flows the end of a
      tier drops, and the policies that decide nothing. Exit status 1 when a cell or an
      in-cluster flow is not as intended; 2 for bad arguments, a design that does not open or a
      design without a baseline.
  npm run --silent cli -- --help
      Shows this text.

The design format is described in docs/design-format.md.
`;

class UsageError extends Error {}

/** Splits argv into positionals and `--flag value` / `-o value` options. */
function parseArgs(args: readonly string[], valued: readonly string[]) {
  const positionals: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (valued.includes(a)) {
      const v = args[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      options.set(a, v);
    } else if (a.startsWith('-') && a !== '-') {
      throw new UsageError(`unknown option ${a}`);
    } else {
      positionals.push(a);
    }
  }
  return { positionals, options };
}

function readText(io: Io, path: string): string {
  try {
    return io.readFile(path);
  } catch (e) {
    throw new UsageError(`cannot read ${path}: ${(e as Error).message}`);
  }
}

function isOutputPart(value: string): value is OutputPart {
  return (OUTPUT_PARTS as readonly string[]).includes(value);
}

function cmdGenerate(args: readonly string[], io: Io): number {
  const { positionals, options } = parseArgs(args, ['--profile', '--part', '-o', '--output']);
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new UsageError('generate takes one design file');
  const profile = options.get('--profile');
  if (profile !== undefined && profile !== 'guide' && profile !== 'hardened') {
    throw new UsageError(`--profile must be guide or hardened, not ${profile}`);
  }
  const part = options.get('--part') ?? 'policies';
  if (!isOutputPart(part)) {
    throw new UsageError(`--part must be policies, changes or all, not ${part}`);
  }
  const parsed = parseDesignJson(readText(io, file));
  if (!parsed.ok) {
    for (const p of parsed.problems) io.stderr(`${file}: ${describeProblem(p)}\n`);
    return 1;
  }
  const result = generate(parsed.design, {
    part,
    ...(profile ? { profile: profile as Profile } : {}),
  });
  if (!result.ok) {
    for (const l of result.lints)
      io.stderr(`${file}: ${l.field ? `${l.field}: ` : ''}${lintText(l)}\n`);
    return 1;
  }
  for (const l of result.lints) {
    if (l.severity === 'warning') io.stderr(`warning: ${l.code}: ${lintText(l)}\n`);
  }
  const out = options.get('-o') ?? options.get('--output');
  if (out) io.writeFile(out, result.yaml);
  else io.stdout(result.yaml);
  return 0;
}

function cmdValidate(args: readonly string[], io: Io): number {
  const { positionals, options } = parseArgs(args, ['--calico-version']);
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new UsageError('validate takes one YAML file');
  const flag = options.get('--calico-version');
  const calicoVersion = flag === undefined ? NEWEST_CALICO : toCalicoVersion(flag);
  if (calicoVersion === undefined) {
    throw new UsageError(
      `--calico-version must be one of ${CALICO_VERSIONS.join(', ')}, not ${String(flag)}`,
    );
  }
  const { problems } = validateYaml(readText(io, file), { calicoVersion });
  for (const p of problems) {
    const severity = p.severity === 'warning' ? 'warning: ' : '';
    const where = p.kind ? `${p.kind}/${p.name ?? '?'} ` : '';
    io.stdout(
      `${file}:${p.line ?? 1}: ${severity}${where}${p.path ? `${p.path}: ` : ''}${p.message}\n`,
    );
  }
  return errorsOf(problems).length ? 1 : 0;
}

function cmdPermalink(args: readonly string[], io: Io): number {
  const { positionals, options } = parseArgs(args, ['--decode']);
  const link = options.get('--decode');
  if (link !== undefined) {
    if (positionals.length) throw new UsageError('permalink --decode takes one link and no file');
    const decoded = decodeDesign(link);
    if (!decoded.ok) {
      for (const p of decoded.problems) io.stderr(`${describeProblem(p)}\n`);
      return 1;
    }
    io.stdout(`${JSON.stringify(decoded.design, null, 2)}\n`);
    return 0;
  }
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new UsageError('permalink takes one design file');
  const parsed = parseDesignJson(readText(io, file));
  if (!parsed.ok) {
    for (const p of parsed.problems) io.stderr(`${file}: ${describeProblem(p)}\n`);
    return 1;
  }
  const fragment = encodeDesign(parsed.design);
  if (fragment.length > PERMALINK_WARN_LENGTH) {
    io.stderr(
      `warning: the link is ${fragment.length} characters long; some chat and mail tools cut links over ${PERMALINK_WARN_LENGTH}. Share the design file instead.\n`,
    );
  }
  io.stdout(`${fragment}\n`);
  return 0;
}

function cmdImport(args: readonly string[], io: Io): number {
  // `-` is standard input, as for kubectl apply -f -.
  const { positionals, options } = parseArgs(args, ['--default-interface']);
  if (!positionals.length) throw new UsageError('import takes one or more YAML files, or -');
  if (positionals.filter((p) => p === '-').length > 1) {
    throw new UsageError('import reads stdin (-) once');
  }
  const files = positionals.map((p) => {
    if (p !== '-') return { name: p, text: readText(io, p) };
    if (!io.readStdin) throw new UsageError('cannot read stdin here');
    return { name: '<stdin>', text: io.readStdin() };
  });
  const defaultInterface = options.get('--default-interface');
  const { design, report } = importFiles(
    files,
    defaultInterface !== undefined ? { defaultInterface } : {},
  );
  const whole = files.length === 1 ? (files[0]?.name ?? '*') : '*';
  for (const item of report.items) {
    io.stderr(
      `${item.file ?? whole}:${item.line}: ${item.severity}: ${formatMessage(en[item.messageId], item.params)}\n`,
    );
  }
  if (!design) return 1;
  io.stdout(`${JSON.stringify(design, null, 2)}\n`);
  return 0;
}

/** The simulator's input: the design, and the resources of --resources or of its own YAML. */
function simulationInput(
  file: string,
  options: Map<string, string>,
  io: Io,
): { design: Design; resources: Resource[]; simulate: SimulateOptions } | number {
  const profile = options.get('--profile');
  if (profile !== undefined && profile !== 'guide' && profile !== 'hardened') {
    throw new UsageError(`--profile must be guide or hardened, not ${profile}`);
  }
  const knob = options.get('--kube-proxy-masquerade') ?? 'on';
  if (knob !== 'on' && knob !== 'off') {
    throw new UsageError(`--kube-proxy-masquerade must be on or off, not ${knob}`);
  }
  const resourcesFile = options.get('--resources');
  if (resourcesFile !== undefined && profile !== undefined) {
    throw new UsageError('--profile chooses the generated YAML; it cannot go with --resources');
  }
  const parsed = parseDesignJson(readText(io, file));
  if (!parsed.ok) {
    for (const p of parsed.problems) io.stderr(`${file}: ${describeProblem(p)}\n`);
    return 1;
  }
  const { design } = parsed;
  let resources: Resource[];
  if (resourcesFile !== undefined) {
    const { documents, problems } = validateYaml(readText(io, resourcesFile));
    // A document that does not parse is fatal; Calico's other objections become simulator notes.
    const broken = problems.filter((p) => p.kind === undefined && p.path === '');
    for (const p of broken) io.stderr(`${resourcesFile}:${p.line ?? 1}: ${p.message}\n`);
    if (broken.length) return 1;
    resources = documents.filter(
      (d): d is Resource => typeof d === 'object' && d !== null && 'kind' in d,
    );
  } else {
    const result = generate(design, profile ? { profile: profile as Profile } : {});
    if (!result.ok) {
      for (const l of result.lints)
        io.stderr(`${file}: ${l.field ? `${l.field}: ` : ''}${lintText(l)}\n`);
      return 1;
    }
    resources = result.documents.map((d) => d.resource);
  }
  const failsafe = design.cluster.failsafeInboundHostPorts;
  return {
    design,
    resources,
    simulate: {
      kubeProxyMasquerade: knob === 'on',
      ...(failsafe === undefined ? {} : { failsafeInboundHostPorts: failsafe }),
    },
  };
}

function printNotes(notes: readonly SimulationNote[], io: Io): void {
  for (const n of notes) io.stderr(`note: ${n.resource}: ${describeReason(n.reason, n.params)}\n`);
}

/**
 * `10.20.30.40:80/TCP`, `[fd00:20::40]:443` (TCP by default). An IPv6 address goes in brackets:
 * unbracketed, `fd00:20::40:80` is one IPv6 address, not `fd00:20::40` port 80, so that form is
 * refused with the bracketed one to write instead.
 */
function parseDestination(text: string): { dst: string; port: number; protocol: FlowProtocol } {
  const [hostPort = '', protocolText, ...extra] = text.split('/');
  const m =
    /^\[([^\]]+)\]:([0-9]{1,5})$/.exec(hostPort) ?? /^([^:[\]]+):([0-9]{1,5})$/.exec(hostPort);
  const dst = m?.[1] ?? '';
  const port = Number(m?.[2]);
  const advice = m || extra.length > 0 ? undefined : bracketsAdvice(text, hostPort, protocolText);
  if (advice !== undefined) throw new UsageError(advice);
  if (!m || extra.length > 0 || !parseIp(dst) || port < 1 || port > 65535) {
    throw new UsageError(
      `--to must be <ip>:<port>[/protocol], e.g. 10.20.30.40:80/TCP or [fd00:20::40]:80/TCP, not ${text}`,
    );
  }
  const protocol = (protocolText ?? 'TCP').toUpperCase();
  if (protocol !== 'TCP' && protocol !== 'UDP' && protocol !== 'SCTP') {
    throw new UsageError(`--to: the protocol must be TCP, UDP or SCTP, not ${protocolText ?? ''}`);
  }
  return { dst, port, protocol };
}

/** What to write instead of an unbracketed IPv6 destination, e.g. `fd00:20::40:80/TCP`. */
function bracketsAdvice(
  text: string,
  hostPort: string,
  protocol: string | undefined,
): string | undefined {
  // Two colons or more: the address part is IPv6, or nothing at all.
  if (hostPort.split(':').length < 3) return undefined;
  const tail = protocol === undefined ? '' : `/${protocol}`;
  const cut = hostPort.lastIndexOf(':');
  const address = hostPort.slice(0, cut);
  const port = hostPort.slice(cut + 1);
  if (parseIp(address) && /^[0-9]{1,5}$/.test(port)) {
    const whole = parseIp(hostPort) ? ` (without them, ${hostPort} is one IPv6 address)` : '';
    return `--to ${text}: write an IPv6 address in brackets before its port, as in ${formatHostPort(address, port)}${tail}${whole}`;
  }
  if (parseIp(hostPort)) {
    return `--to ${text}: a port is missing; write it after the address in brackets, as in ${formatHostPort(hostPort, '<port>')}${tail}`;
  }
  return undefined;
}

/** Where the packet enters: `--via node/iface`, `--via [node/]veth:ns/pod`, or `--from-pod`. */
function parseEntry(options: Map<string, string>, design: Design): Flow['via'] {
  const via = options.get('--via');
  const fromPod = options.get('--from-pod');
  const from = options.get('--from');
  if (from !== undefined && !parseIp(from)) {
    throw new UsageError(`--from must be an IP address, not ${from}`);
  }
  let veth: string | undefined;
  let node: string | undefined;
  let iface: string | undefined;
  if (via !== undefined) {
    const slash = via.indexOf('/');
    if (via.startsWith('veth:')) veth = via.slice('veth:'.length);
    else if (slash > 0 && via.slice(slash + 1).startsWith('veth:'))
      veth = via.slice(slash + 1 + 'veth:'.length);
    else if (slash > 0 && slash < via.length - 1) {
      node = via.slice(0, slash);
      iface = via.slice(slash + 1);
    } else
      throw new UsageError(
        `--via must be <node>/<interface> or veth:<namespace>/<pod>, not ${via}`,
      );
  }
  if (fromPod !== undefined && veth !== undefined && fromPod !== veth) {
    throw new UsageError(`--from-pod ${fromPod} enters through its own veth, not veth:${veth}`);
  }
  if (fromPod !== undefined && node !== undefined) {
    throw new UsageError(
      "--from-pod enters through the pod's own interface: leave --via out (or give veth:<namespace>/<pod>)",
    );
  }
  const pod = fromPod ?? veth;
  if (pod !== undefined) return { pod };
  if (node === undefined || iface === undefined) {
    throw new UsageError(
      'simulate needs --via <node>/<interface> (or --from-pod <namespace>/<pod>)',
    );
  }
  if (from === undefined) throw new UsageError('a packet entering through --via needs --from <ip>');
  const n = design.nodes.find((x) => x.name === node) ?? design.nodes.find((x) => x.id === node);
  if (!n) {
    throw new UsageError(
      `--via: no node ${node} in the design (nodes: ${design.nodes.map((x) => x.name).join(', ')})`,
    );
  }
  if (!n.interfaces.some((i) => i.name === iface)) {
    const names = n.interfaces.map((i) => i.name).join(', ') || 'none';
    throw new UsageError(`--via: node ${n.name} has no interface ${iface} (it has ${names})`);
  }
  return { node: n.id, iface };
}

function cmdSimulate(args: readonly string[], io: Io): number {
  const { positionals, options } = parseArgs(args, [
    '--from',
    '--from-pod',
    '--to',
    '--via',
    '--backend',
    '--resources',
    '--profile',
    '--kube-proxy-masquerade',
  ]);
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new UsageError('simulate takes one design file');
  const to = options.get('--to');
  if (to === undefined) throw new UsageError('simulate needs --to <ip>:<port>[/protocol]');
  const destination = parseDestination(to);
  const input = simulationInput(file, options, io);
  if (typeof input === 'number') return input;
  const via = parseEntry(options, input.design);
  const from = options.get('--from');
  const backend = options.get('--backend');
  const flow: Flow = {
    ...(from === undefined ? {} : { src: from }),
    ...destination,
    via,
    ...(backend === undefined ? {} : { backend }),
  };
  const simulator = createSimulator(input.design, input.resources, input.simulate);
  let results;
  try {
    results = simulator.simulate(flow);
  } catch (e) {
    if (e instanceof SimulationInputError) throw new UsageError(describeReason(e.reason, e.params));
    throw e;
  }
  printNotes(simulator.notes, io);
  const [only] = results;
  const out =
    results.length === 1 && only
      ? { final: only.final, hops: only.hops }
      : results.map((r) => ({ backend: r.backend, final: r.final, hops: r.hops }));
  io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  return 0;
}

function cmdMatrix(args: readonly string[], io: Io): number {
  const { positionals, options } = parseArgs(args, [
    '--resources',
    '--profile',
    '--kube-proxy-masquerade',
  ]);
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new UsageError('matrix takes one design file');
  const input = simulationInput(file, options, io);
  if (typeof input === 'number') return input;
  const m = reachabilityMatrix(input.design, input.resources, input.simulate);
  printNotes(m.notes, io);
  const header = [
    '',
    'simulated',
    'intended',
    'source',
    'service port',
    'entry',
    'backend',
    'decided at',
  ];
  io.stdout(formatTable([header, ...m.cells.map(matrixRow)]));
  io.stdout(`${describeReachabilitySummary(m.summary)}\n`);
  const inside = inClusterReachability(input.design, input.resources, input.simulate);
  const insideHeader = [
    '',
    'simulated',
    'expected',
    'in-cluster flow',
    'from',
    'to',
    'destination',
    'expected because',
    'decided at',
  ];
  io.stdout(`\n${formatTable([insideHeader, ...inside.rows.map(inClusterRow)])}`);
  io.stdout(`${describeInClusterSummary(inside.summary)}\n`);
  return m.summary.mismatches > 0 || inside.summary.mismatches > 0 ? 1 : 0;
}

function cmdAudit(args: readonly string[], io: Io): number {
  const { positionals, options } = parseArgs(args, ['--kube-proxy-masquerade']);
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new UsageError('audit takes one design file');
  const knob = options.get('--kube-proxy-masquerade') ?? 'on';
  if (knob !== 'on' && knob !== 'off') {
    throw new UsageError(`--kube-proxy-masquerade must be on or off, not ${knob}`);
  }
  const parsed = parseDesignJson(readText(io, file));
  if (!parsed.ok) {
    for (const p of parsed.problems) io.stderr(`${file}: ${describeProblem(p)}\n`);
    return 2;
  }
  const { design } = parsed;
  if (!design.baseline) {
    io.stderr(
      `${file}: the design has no baseline (what the cluster runs now): import the cluster's policy first, e.g. npm run --silent cli -- import policies.yaml > ${file}\n`,
    );
    return 2;
  }
  const audit = auditBaseline(design, { kubeProxyMasquerade: knob === 'on' });
  printNotes([...audit.inputs.notes, ...audit.matrix.notes], io);
  io.stdout(auditReport(audit));
  return audit.mismatches > 0 ? 1 : 0;
}

/** Runs one CLI invocation; returns the exit status. */
export function run(args: readonly string[], io: Io): number {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case 'generate':
        return cmdGenerate(rest, io);
      case 'validate':
        return cmdValidate(rest, io);
      case 'permalink':
        return cmdPermalink(rest, io);
      case 'import':
        return cmdImport(rest, io);
      case 'simulate':
        return cmdSimulate(rest, io);
      case 'matrix':
        return cmdMatrix(rest, io);
      case 'audit':
        return cmdAudit(rest, io);
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout(HELP);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command ${command}`);
    }
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`error: ${e.message}\n\n${HELP}`);
    return 2;
  }
}
