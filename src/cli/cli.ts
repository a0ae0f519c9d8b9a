/**
 * The headless entry, for teams that keep designs in git. Commands take files, print to stdout,
 * report problems on stderr (one per line, each naming its JSON path or YAML line) and exit non-zero
 * when something is wrong. `run` is separate from the process so tests can drive it.
 */
import { validateYaml } from '../calico/validateResources';
import { generate } from '../generator/generate';
import { lintText } from '../generator/explainText';
import { en } from '../i18n/en';
import { formatMessage } from '../i18n/format';
import { importYaml } from '../importer/importYaml';
import type { Profile } from '../model/design';
import { describeProblem, parseDesignJson } from '../model/validateDesign';
import { PERMALINK_WARN_LENGTH, decodeDesign, encodeDesign } from '../permalink/permalink';

export interface Io {
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const HELP = `ClusterIP Policy Designer, command line

Usage:
  npm run --silent cli -- generate <design.json> [--profile guide|hardened] [-o <out.yaml>]
      Writes the Calico YAML for a design (stdout unless -o is given). An invalid design exits
      with status 1 and every problem on stderr, each naming its JSON path. Warnings go to stderr.
  npm run --silent cli -- validate <file.yaml>
      Checks any Calico/Kubernetes YAML against Calico's CRD schemas and validation rules and
      prints one problem per line as <file>:<line>: <kind>/<name> <path>: <message>. Exit status 1
      when there is a problem.
  npm run --silent cli -- permalink <design.json>
      Prints the share-link fragment of a design (what follows "#" in the app's address). Warns
      on stderr when the link is long enough for some tools to cut it.
  npm run --silent cli -- permalink --decode <fragment or URL>
      Prints the design a link carries, as JSON. A link that does not open exits with status 1
      and says why on stderr.
  npm run --silent cli -- import <file.yaml>
      Builds a design from Calico/Kubernetes YAML (this app's output, the guide's, or your own)
      and prints it as JSON. The report goes to stderr, one line per item as
      <line>: <mapped|ignored|rejected|assumed>: <message>. Exit status 1 when no design could
      be built.
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
    } else if (a.startsWith('-')) {
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

function cmdGenerate(args: readonly string[], io: Io): number {
  const { positionals, options } = parseArgs(args, ['--profile', '-o', '--output']);
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new UsageError('generate takes one design file');
  const profile = options.get('--profile');
  if (profile !== undefined && profile !== 'guide' && profile !== 'hardened') {
    throw new UsageError(`--profile must be guide or hardened, not ${profile}`);
  }
  const parsed = parseDesignJson(readText(io, file));
  if (!parsed.ok) {
    for (const p of parsed.problems) io.stderr(`${file}: ${describeProblem(p)}\n`);
    return 1;
  }
  const result = generate(parsed.design, profile ? { profile: profile as Profile } : {});
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
  const { positionals } = parseArgs(args, []);
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new UsageError('validate takes one YAML file');
  const { problems } = validateYaml(readText(io, file));
  for (const p of problems) {
    const where = p.kind ? `${p.kind}/${p.name ?? '?'} ` : '';
    io.stdout(`${file}:${p.line ?? 1}: ${where}${p.path ? `${p.path}: ` : ''}${p.message}\n`);
  }
  return problems.length ? 1 : 0;
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
  const { positionals } = parseArgs(args, []);
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new UsageError('import takes one YAML file');
  const { design, report } = importYaml(readText(io, file));
  for (const item of report.items) {
    io.stderr(
      `${item.line}: ${item.severity}: ${formatMessage(en[item.messageId], item.params)}\n`,
    );
  }
  if (!design) return 1;
  io.stdout(`${JSON.stringify(design, null, 2)}\n`);
  return 0;
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
