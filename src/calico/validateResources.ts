/**
 * Judges `projectcalico.org/v3` resources (and Kubernetes `v1` Services) the way Calico would.
 *
 * Two layers, as in Calico itself (reference/calico/VALIDATION.md §0):
 *   1. the CRD OpenAPI schema (crdSchemas.json, built by scripts/extractCrdSchemas.ts), run with
 *      ajv: types, enums, lengths, list sizes, duplicates, and unknown fields (calicoctl decodes
 *      strictly, so a typo such as `applyonForward` is an error, not a silently dropped field);
 *   2. the rules that live in Calico's Go validator, its CEL `x-kubernetes-validations`, and
 *      clientv3 (layer C), re-implemented below section by section, each citing VALIDATION.md;
 *      the kinds and rules of issue #12 (Tier, staged policies, KubeControllersConfiguration, the
 *      rules that depend on the target Calico release) live in validate/, one module per kind.
 *
 * `calicoVersion` (default: the newest) picks the release whose rules apply: validate/policyNames.ts.
 *
 * Pure: no I/O, no React. The schema is compiled lazily, once per kind.
 */
import { Ajv } from 'ajv';
import type { AnySchemaObject, ErrorObject, ValidateFunction } from 'ajv';
import { formatCidr, hasHostBits, networkOf, parseCidr, parseIp, type Cidr } from '../net/ip';
import crdSchemas from './crdSchemas.json';
import { duplicateResources } from './duplicateResources';
import { NEWEST_CALICO, type CalicoVersion } from './versions';
import type { MessageParams } from '../i18n/format';
import { unknownTierFindings } from './validate/tierReferences';
import { loadYamlDocuments, offsetIn } from './yamlDocuments';
import {
  Findings,
  type Finding,
  type MessageId,
  formatPath,
  get,
  isObj,
  isSet,
  nonEmptyList,
  nonEmptyString,
  isPolicyKind,
  POLICY_KINDS,
  type EnforcedPolicyKind,
  type Obj,
  type Path,
  type Segment,
} from './validate/toolkit';
import { checkKindVersion, checkPolicyNameAndTier } from './validate/policyNames';
import { checkStagedAction } from './validate/staged';
import { checkSelector } from './validate/fields';
import { checkKubeControllersSpec } from './validate/kubeControllers';
import { checkTier } from './validate/tier';

/**
 * One thing Calico (or Kubernetes) would reject, or (severity `warning`) would accept but is
 * likely wrong, located in the input.
 */
export interface ResourceProblem {
  /** 0-based index of the YAML document. */
  doc: number;
  /** 1-based line in the YAML text where the document/field starts, when known. */
  line?: number;
  kind?: string;
  name?: string;
  /** e.g. `spec.ingress[0].destination.nets[1]`; empty for the document as a whole. */
  path: string;
  /** In English; `messageId` and `params` say it in another language, when set. */
  message: string;
  messageId?: MessageId;
  params?: MessageParams;
  /** Absent for an error; warnings do not make a document invalid. */
  severity?: 'warning';
}

/** Which Calico the resources are meant for. */
export interface ValidateOptions {
  /** Default: the newest release the validator knows (NEWEST_CALICO). */
  calicoVersion?: CalicoVersion;
}

/** Only the errors: what makes `kubectl apply` / `calicoctl` refuse the input. */
export function errorsOf(problems: readonly ResourceProblem[]): ResourceProblem[] {
  return problems.filter((p) => p.severity !== 'warning');
}

// ---------------------------------------------------------------------------------------------
// Public API

const CALICO_API_VERSION = 'projectcalico.org/v3';
const CALICO_KINDS = [
  'GlobalNetworkPolicy',
  'NetworkPolicy',
  'StagedGlobalNetworkPolicy',
  'StagedNetworkPolicy',
  'Tier',
  'HostEndpoint',
  'BGPConfiguration',
  'GlobalNetworkSet',
  'NetworkSet',
  'KubeControllersConfiguration',
] as const;
type CalicoKind = (typeof CALICO_KINDS)[number];

function isCalicoKind(kind: unknown): kind is CalicoKind {
  return typeof kind === 'string' && (CALICO_KINDS as readonly string[]).includes(kind);
}

/** Validates one parsed document (a Calico v3 resource or a v1 Service); `doc` labels the problems. */
export function validateResource(
  obj: unknown,
  doc = 0,
  options: ValidateOptions = {},
): ResourceProblem[] {
  return locatedProblems(obj, doc, versionOf(options)).map((p) => p.problem);
}

function versionOf(options: ValidateOptions): CalicoVersion {
  return options.calicoVersion ?? NEWEST_CALICO;
}

/** Parses multi-document YAML and validates every non-empty document, with line numbers. */
export function validateYaml(
  text: string,
  options: ValidateOptions = {},
): { documents: unknown[]; problems: ResourceProblem[] } {
  const version = versionOf(options);
  const { documents: loaded, lineOf } = loadYamlDocuments(text);
  const documents: unknown[] = [];
  const problems: ResourceProblem[] = [];
  loaded.forEach((d, doc) => {
    documents.push(d.value);
    if (d.error) {
      problems.push({
        doc,
        line: lineOf(d.error.offset),
        path: '',
        message: d.error.message,
      });
      return;
    }
    // kubectl and calicoctl skip empty documents (`---` with nothing after it).
    if (d.value === null || d.value === undefined) return;
    for (const { problem, segments } of locatedProblems(d.value, doc, version)) {
      problems.push({ ...problem, line: lineOf(offsetIn(d, segments)) });
    }
  });
  const lineAt = (doc: number, path: Path) => {
    const d = loaded[doc];
    return d ? lineOf(offsetIn(d, path)) : undefined;
  };
  for (const problem of streamProblems(documents, version, lineAt)) problems.push(problem);
  problems.sort((a, b) => a.doc - b.doc || (a.line ?? 0) - (b.line ?? 0));
  return { documents, problems };
}

/**
 * Validates a stream of parsed documents as `kubectl apply` would see them: each document on its
 * own, no two naming the same object (duplicateResources.ts), and every policy's tier known
 * (validate/tierReferences.ts).
 */
export function validateResources(
  objs: readonly unknown[],
  options: ValidateOptions = {},
): ResourceProblem[] {
  const version = versionOf(options);
  const problems = objs.flatMap((obj, doc) => validateResource(obj, doc, options));
  problems.push(...streamProblems(objs, version, () => undefined));
  return problems.sort((a, b) => a.doc - b.doc);
}

const NAME_PATH: Path = ['metadata', 'name'];

/** The checks that span documents, each located at the field it is about. */
function streamProblems(
  documents: readonly unknown[],
  version: CalicoVersion,
  lineAt: (doc: number, path: Path) => number | undefined,
): ResourceProblem[] {
  const duplicates = duplicateResources(documents).map(
    ({ doc, first, kind, name, displayName }): ResourceProblem => {
      const line = lineAt(doc, NAME_PATH);
      const firstLine = lineAt(first, NAME_PATH);
      const where = firstLine === undefined ? '' : ` (line ${firstLine})`;
      return {
        doc,
        ...(line === undefined ? {} : { line }),
        kind,
        name,
        path: formatPath(NAME_PATH),
        message: `${kind} ${displayName} is also defined by document ${first + 1}${where}: kubectl apply would apply both in turn, and only the last would remain`,
      };
    },
  );
  const tiers = unknownTierFindings(documents, version).map(({ doc, finding }) => {
    const line = lineAt(doc, finding.path);
    return {
      ...identity(documents[doc]),
      ...problemOf(doc, finding),
      ...(line === undefined ? {} : { line }),
    };
  });
  return [...duplicates, ...tiers];
}

function identity(obj: unknown): { kind?: string; name?: string } {
  const kind = get(obj, 'kind');
  const name = get(get(obj, 'metadata'), 'name');
  return {
    ...(typeof kind === 'string' ? { kind } : {}),
    ...(typeof name === 'string' ? { name } : {}),
  };
}

function problemOf(doc: number, f: Finding): ResourceProblem {
  return {
    doc,
    path: formatPath(f.path),
    message: f.message,
    ...(f.messageId === undefined ? {} : { messageId: f.messageId }),
    ...(f.params === undefined ? {} : { params: f.params }),
    ...(f.severity === 'warning' ? { severity: 'warning' as const } : {}),
  };
}

/** The problems of one document, each with its path as segments for the line lookup. */
function locatedProblems(
  obj: unknown,
  doc: number,
  version: CalicoVersion,
): { problem: ResourceProblem; segments: Path }[] {
  const findings = new Findings();
  checkDocument(obj, version, findings);
  const seen = new Set<string>();
  const out: { problem: ResourceProblem; segments: Path }[] = [];
  for (const f of findings.list) {
    const path = formatPath(f.path);
    // The schema and a Go/CEL rule can word the same fact identically; say it once.
    const key = `${path}\u0000${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const problem: ResourceProblem = { ...identity(obj), ...problemOf(doc, f) };
    out.push({ problem, segments: f.path });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Layer 1: the CRD schema (VALIDATION.md §0 layer B; crds/SOURCE.md)

const SCHEMAS: Record<string, AnySchemaObject> = crdSchemas;

/*
 * The CRD schemas compiled, each on its first use: a function of the constant schemas and the
 * kind alone, so what it keeps between calls is the same whatever was validated before.
 */
let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

function schemaValidator(kind: CalicoKind): ValidateFunction {
  const hit = compiled.get(kind);
  if (hit) return hit;
  if (!ajv) {
    // verbose: errors carry the offending data and the schema node, for friendlier messages.
    ajv = new Ajv({ allErrors: true, strict: true, verbose: true });
    // `cidr` is checked by the kube-apiserver with Go's net.ParseCIDR: address/prefix, host bits
    // allowed (SOURCE.md item 5). Calico's stricter masking rule is a separate check below.
    ajv.addFormat('cidr', { type: 'string', validate: (s: string) => !!parseCidr(s) });
    ajv.addFormat('int32', {
      type: 'number',
      validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31,
    });
    ajv.addFormat('int64', {
      type: 'number',
      validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 63) && n < 2 ** 63,
    });
    // Only in a Tier's `status`, which the controller writes: RFC 3339 as metav1.Time reads it.
    ajv.addFormat('date-time', {
      type: 'string',
      validate: (s: string) =>
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(s),
    });
  }
  const schema = SCHEMAS[kind];
  if (!schema) throw new Error(`crdSchemas.json has no schema for ${kind}`);
  const validate = ajv.compile(schema);
  compiled.set(kind, validate);
  return validate;
}

/**
 * Schema checks that the Go-rule layer below reports with Calico's own wording, so the schema's
 * generic message would only repeat them: `types` minItems and uniqueItems (§2).
 */
function coveredByRules(e: ErrorObject): boolean {
  return (
    /^\/spec\/types$/.test(e.instancePath) &&
    (e.keyword === 'minItems' || e.keyword === 'uniqueItems')
  );
}

function checkSchema(kind: CalicoKind, obj: unknown, out: Findings): void {
  const validate = schemaValidator(kind);
  if (validate(withoutNulls(obj))) return;
  const errors = validate.errors ?? [];
  // int-or-string fields are `anyOf`: report the anyOf once, not each failed branch.
  const anyOfs = errors.filter((e) => e.keyword === 'anyOf').map((e) => `${e.schemaPath}/`);
  const relevant = errors.filter((e) => !anyOfs.some((p) => e.schemaPath.startsWith(p)));
  // A value of the wrong type also fails its enum/pattern/length; the type error says enough.
  const wrongType = new Set(
    relevant.filter((e) => e.keyword === 'type').map((e) => e.instancePath),
  );
  for (const e of relevant) {
    if (e.keyword !== 'type' && wrongType.has(e.instancePath)) continue;
    if (coveredByRules(e)) continue;
    const path = pointerToPath(obj, e.instancePath);
    describeSchemaError(e, path, out);
  }
}

/**
 * A copy without null-valued mapping entries. `field:` with no value is YAML null; Go decodes it
 * as the zero value and the API server prunes it, so neither layer treats it as a wrong type.
 * Nulls inside lists stay: they decode to "" and fail like any other bad item.
 */
function withoutNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutNulls);
  if (!isObj(v)) return v;
  return Object.fromEntries(
    Object.entries(v)
      .filter(([, x]) => x !== null)
      .map(([k, x]) => [k, withoutNulls(x)]),
  );
}

function pointerToPath(root: unknown, pointer: string): Segment[] {
  const path: Segment[] = [];
  let cur: unknown = root;
  for (const raw of pointer.split('/').slice(1)) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cur)) {
      path.push(Number(seg));
      cur = cur[Number(seg)];
    } else {
      path.push(seg);
      cur = get(cur, seg);
    }
  }
  return path;
}

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `the string ${JSON.stringify(v)}`;
  return `the ${typeof v} ${String(v)}`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'a boolean (true or false)',
  object: 'a mapping',
  array: 'a list',
};

function describeSchemaError(e: ErrorObject, path: Segment[], out: Findings): void {
  const params: Record<string, unknown> = e.params;
  const last = path[path.length - 1];
  switch (e.keyword) {
    case 'required':
      out.add(
        [...path, String(params['missingProperty'])],
        `${String(params['missingProperty'])} is required`,
      );
      return;
    case 'additionalProperties': {
      const field = String(params['additionalProperty']);
      const known = Object.keys(get(e.parentSchema, 'properties') ?? {});
      const near = known.find((k) => k.toLowerCase() === field.toLowerCase());
      const hint = near ? ` (did you mean "${near}"?)` : '';
      // calicoctl decodes strictly ("json: unknown field"); the API server would drop the field.
      out.add([...path, field], `unknown field "${field}"${hint}`);
      return;
    }
    case 'type': {
      const expected = TYPE_WORDS[String(params['type'])] ?? String(params['type']);
      const allowed = get(e.parentSchema, 'enum');
      const choices = Array.isArray(allowed) ? ` (one of ${allowed.join(', ')})` : '';
      const quote =
        params['type'] === 'string' && (typeof e.data === 'boolean' || typeof e.data === 'number')
          ? '; quote it in YAML'
          : '';
      out.add(path, `must be ${expected}${choices}, not ${describeValue(e.data)}${quote}`);
      return;
    }
    case 'enum': {
      const allowed = Array.isArray(params['allowedValues']) ? params['allowedValues'] : [];
      out.add(
        path,
        `must be one of ${allowed.join(', ')} (case-sensitive), not ${describeValue(e.data)}`,
      );
      return;
    }
    case 'anyOf':
      out.add(path, `must be an integer or a string, not ${describeValue(e.data)}`);
      return;
    case 'uniqueItems': {
      const i = Number(params['i']);
      const j = Number(params['j']);
      out.add([...path, Math.max(i, j)], `duplicate entry: the same as item ${Math.min(i, j)}`);
      return;
    }
    case 'minItems':
      out.add(path, `must have at least ${String(params['limit'])} item(s)`);
      return;
    case 'maxItems':
      out.add(path, `must have at most ${String(params['limit'])} items`);
      return;
    case 'maxLength':
      out.add(path, `must be at most ${String(params['limit'])} characters long`);
      return;
    case 'minLength':
      out.add(path, `must be at least ${String(params['limit'])} characters long`);
      return;
    case 'minimum':
      out.add(path, `must be at least ${String(params['limit'])}, not ${String(e.data)}`);
      return;
    case 'maximum':
      out.add(path, `must be at most ${String(params['limit'])}, not ${String(e.data)}`);
      return;
    case 'format':
      out.add(
        path,
        params['format'] === 'cidr'
          ? `must be a CIDR in address/prefix form (e.g. 10.96.0.0/12), not ${describeValue(e.data)}`
          : `must be a valid ${String(params['format'])}, not ${describeValue(e.data)}`,
      );
      return;
    case 'pattern':
      out.add(
        path,
        last === 'logSeverityScreen'
          ? 'must be one of Trace, Debug, Info, Warning, Error, Fatal (any case)'
          : `must match ${String(params['pattern'])}, not ${describeValue(e.data)}`,
      );
      return;
    default:
      out.add(path, e.message ?? `fails the schema keyword ${e.keyword}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Kubernetes name and label rules (k8s.io/apimachinery validation, used by Calico: §1)

const LABEL_FMT = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS_LABEL = new RegExp(`^${LABEL_FMT}$`);
const DNS_SUBDOMAIN = new RegExp(`^${LABEL_FMT}(\\.${LABEL_FMT})*$`);
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const QUALIFIED_NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

function isSubdomain(s: string): boolean {
  return s.length <= 253 && DNS_SUBDOMAIN.test(s);
}

function isDnsLabel(s: string): boolean {
  return s.length <= 63 && DNS_LABEL.test(s);
}

const SUBDOMAIN_RULE =
  "must be a DNS subdomain: lower-case letters, digits, '-' and '.', starting and ending with a letter or digit, at most 253 characters";

/** k8s IsQualifiedName: `[prefix/]name`, prefix a DNS subdomain, name ≤ 63 of `[A-Za-z0-9._-]`. */
function qualifiedNameErrors(key: string): string[] {
  const parts = key.split('/');
  if (parts.length > 2) return ["may contain at most one '/' (an optional DNS-subdomain prefix)"];
  const errors: string[] = [];
  const name = parts.length === 2 ? (parts[1] ?? '') : key;
  if (parts.length === 2) {
    const prefix = parts[0] ?? '';
    if (prefix === '') errors.push('prefix part must be non-empty');
    else if (!isSubdomain(prefix)) {
      errors.push(`prefix part ${SUBDOMAIN_RULE} (upper case is not allowed)`);
    }
  }
  if (name === '') errors.push('name part must be non-empty');
  else if (name.length > 63) errors.push('name part must be no more than 63 characters');
  else if (!QUALIFIED_NAME_PART.test(name)) {
    errors.push(
      "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
    );
  }
  return errors;
}

function labelValueErrors(value: string): string[] {
  if (value.length > 63) return ['must be no more than 63 characters'];
  if (!LABEL_VALUE.test(value)) {
    return [
      "must be empty or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
    ];
  }
  return [];
}

/** k8s IsValidPortName (IANA_SVC_NAME), used for named ports (§6). */
function portNameErrors(name: string): string[] {
  const errors: string[] = [];
  if (name.length > 15) errors.push('must be no more than 15 characters');
  if (!/^[-a-z0-9]+$/.test(name)) {
    errors.push('must contain only lower-case letters, digits and hyphens');
  }
  if (name.includes('--')) errors.push('must not contain consecutive hyphens');
  if (!/[a-z]/.test(name)) errors.push('must contain at least one letter (a-z)');
  if (name.startsWith('-') || name.endsWith('-')) {
    errors.push('must not begin or end with a hyphen');
  }
  return errors;
}

function checkLabels(labels: unknown, path: Path, out: Findings): void {
  // The CRD declares metadata as a bare object, so the schema never looks inside it.
  if (isSet(labels) && !isObj(labels)) {
    out.add(path, `must be a mapping, not ${describeValue(labels)}`);
  }
  if (!isObj(labels)) return;
  for (const [key, value] of Object.entries(labels)) {
    for (const err of qualifiedNameErrors(key))
      out.add([...path, key], `invalid label key "${key}": ${err}`);
    if (value === null) continue; // decodes to "", a valid label value
    if (typeof value !== 'string') {
      // `k8s-role: true` is a YAML boolean; Go refuses to decode it into map[string]string (§1.6).
      out.add(
        [...path, key],
        `label value must be a string, not ${describeValue(value)}; quote it in YAML`,
      );
      continue;
    }
    for (const err of labelValueErrors(value)) {
      out.add([...path, key], `invalid label value ${JSON.stringify(value)}: ${err}`);
    }
  }
}

const ANNOTATION_LIMIT_BYTES = 256 * 1024;

function checkAnnotations(annotations: unknown, path: Path, out: Findings): void {
  if (isSet(annotations) && !isObj(annotations)) {
    out.add(path, `must be a mapping, not ${describeValue(annotations)}`);
  }
  if (!isObj(annotations)) return;
  let total = 0;
  const encoder = new TextEncoder();
  for (const [key, value] of Object.entries(annotations)) {
    // §1.7: keys are checked after lower-casing, so upper case is fine here.
    for (const err of qualifiedNameErrors(key.toLowerCase())) {
      out.add([...path, key], `invalid annotation key "${key}": ${err}`);
    }
    if (typeof value !== 'string') {
      out.add([...path, key], `annotation value must be a string, not ${describeValue(value)}`);
      continue;
    }
    total += encoder.encode(key).length + encoder.encode(value).length;
  }
  if (total > ANNOTATION_LIMIT_BYTES) {
    out.add(
      path,
      `total size of annotations is too large by ${total - ANNOTATION_LIMIT_BYTES} bytes`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Document dispatch

function checkDocument(obj: unknown, version: CalicoVersion, out: Findings): void {
  if (!isObj(obj)) {
    out.add(
      [],
      `a resource must be a mapping with apiVersion, kind, metadata and spec, not ${describeValue(obj)}`,
    );
    return;
  }
  const kind = obj['kind'];
  const apiVersion = obj['apiVersion'];
  if (kind === 'Service') {
    if (apiVersion !== 'v1') {
      out.add(
        ['apiVersion'],
        `apiVersion must be "v1" for kind Service, not ${describeValue(apiVersion)}`,
      );
    }
    checkService(obj, out);
    return;
  }
  if (!isCalicoKind(kind)) {
    if (!isSet(kind)) {
      out.add(['kind'], 'kind is required');
      return;
    }
    const near = [...CALICO_KINDS, 'Service'].find(
      (k) => typeof kind === 'string' && k.toLowerCase() === kind.toLowerCase(),
    );
    const hint = near ? ` (kinds are case-sensitive: write "${near}")` : '';
    out.add(
      ['kind'],
      `unsupported kind ${describeValue(kind)}${hint}: expected one of ${CALICO_KINDS.join(', ')} (${CALICO_API_VERSION}) or Service (v1)`,
    );
    return;
  }
  if (apiVersion !== CALICO_API_VERSION) {
    const hint =
      apiVersion === 'crd.projectcalico.org/v1'
        ? ' (crd.projectcalico.org/v1 is the internal storage API, not for users)'
        : '';
    out.add(
      ['apiVersion'],
      `apiVersion must be "${CALICO_API_VERSION}" for kind ${kind}, not ${describeValue(apiVersion)}${hint}`,
    );
  }
  checkSchema(kind, obj, out);
  checkCalicoMetadata(kind, obj, out);
  checkKindVersion(kind, version, out);
  const spec = obj['spec'];
  if (!isObj(spec)) return; // the schema has reported it
  switch (kind) {
    case 'GlobalNetworkPolicy':
    case 'NetworkPolicy':
    case 'StagedGlobalNetworkPolicy':
    case 'StagedNetworkPolicy':
      checkPolicyNameAndTier(kind, get(obj['metadata'], 'name'), spec, version, out);
      // A staged deletion carries no rules: Calico checks only that they are absent.
      if (kind !== POLICY_KINDS[kind] && checkStagedAction(spec, out) === 'delete') return;
      checkPolicySpec(POLICY_KINDS[kind], spec, out);
      return;
    case 'Tier':
      checkTier(get(obj['metadata'], 'name'), spec, version, out);
      return;
    case 'HostEndpoint':
      checkHostEndpointSpec(spec, out);
      return;
    case 'BGPConfiguration':
      checkBgpConfigurationSpec(get(obj['metadata'], 'name'), spec, out);
      return;
    case 'GlobalNetworkSet':
    case 'NetworkSet':
      checkNetworkSetSpec(spec, out);
      return;
    case 'KubeControllersConfiguration':
      checkKubeControllersSpec(spec, out);
      return;
  }
}

// ---------------------------------------------------------------------------------------------
// §1 metadata

const GNP_NAME = new RegExp(`^(${LABEL_FMT}\\.)?${LABEL_FMT}$`);
const NP_NAME = new RegExp(`^${LABEL_FMT}(\\.${LABEL_FMT})?$`);

const NAMESPACED: ReadonlySet<CalicoKind> = new Set([
  'NetworkPolicy',
  'StagedNetworkPolicy',
  'NetworkSet',
] as const);

function checkCalicoMetadata(kind: CalicoKind, obj: Obj, out: Findings): void {
  const meta = obj['metadata'];
  if (!isObj(meta)) return; // required/type reported by the schema
  const name = meta['name'];
  if (!isSet(name) || name === '') {
    out.add(['metadata', 'name'], 'name is required');
  } else if (typeof name !== 'string') {
    out.add(['metadata', 'name'], `name must be a string, not ${describeValue(name)}`);
  } else {
    checkResourceName(kind, name, out);
  }
  const namespace = meta['namespace'];
  if (NAMESPACED.has(kind) && isSet(namespace)) {
    if (typeof namespace !== 'string' || !isDnsLabel(namespace)) {
      out.add(
        ['metadata', 'namespace'],
        'namespace must be a DNS label: lower-case letters, digits and -, at most 63 characters',
      );
    }
  }
  checkLabels(meta['labels'], ['metadata', 'labels'], out);
  checkAnnotations(meta['annotations'], ['metadata', 'annotations'], out);
  // §1.8: the namespace label is Calico's own bookkeeping in the v1 data model.
  if (
    (kind === 'NetworkSet' || kind === 'GlobalNetworkSet') &&
    isSet(get(meta['labels'], 'projectcalico.org/namespace'))
  ) {
    out.add(
      ['metadata', 'labels', 'projectcalico.org/namespace'],
      'projectcalico.org/namespace is not a valid label name',
    );
  }
}

function checkResourceName(kind: CalicoKind, name: string, out: Findings): void {
  const path = ['metadata', 'name'];
  // A staged policy's name follows its enforced kind's rule (validateStaged*Policy).
  const nameKind = isPolicyKind(kind) ? POLICY_KINDS[kind] : kind;
  // §1.1 validateObjectMeta: every name is a DNS-1123 subdomain of at most 253 characters.
  if (name.length > 253) {
    out.add(path, `name is too long by ${name.length - 253} bytes`);
    return;
  }
  if (!DNS_SUBDOMAIN.test(name)) {
    out.add(path, `name ${SUBDOMAIN_RULE}`);
    return;
  }
  if (nameKind === 'GlobalNetworkPolicy' && !GNP_NAME.test(name)) {
    // §1.2 globalNetworkPolicyNameRegex: one DNS label, optionally after exactly one `label.`.
    out.add(
      path,
      "name must consist of lower case alphanumeric characters or '-', with at most one '.' (regex: ^([a-z0-9]([-a-z0-9]*[a-z0-9])?\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?$)",
    );
  }
  if (nameKind === 'NetworkPolicy') {
    // §1.3: the regex admits these prefixes for converted policies. calicoctl and the Calico API
    // server refuse to create `knp.default.*` ("kubernetes network policies must be managed
    // through the kubernetes API"); `ossg.default.*` belongs to the OpenStack driver, so a
    // user-written policy must not take it either.
    if (name.startsWith('knp.default.')) {
      out.add(
        path,
        "names starting with 'knp.default.' are reserved: kubernetes network policies must be managed through the kubernetes API",
      );
    } else if (name.startsWith('ossg.default.')) {
      out.add(
        path,
        "names starting with 'ossg.default.' are reserved for OpenStack security groups",
      );
    } else if (!NP_NAME.test(name)) {
      out.add(
        path,
        "name must consist of lower case alphanumeric characters or '-', with at most one '.' (regex: ^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)?$)",
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// §2 / §3 policy spec

const GLOBAL_MSG = 'global() can only be used in an EntityRule namespaceSelector';

function checkPolicySpec(kind: EnforcedPolicyKind, spec: Obj, out: Findings): void {
  const isGnp = kind === 'GlobalNetworkPolicy';
  const selectorFields = isGnp
    ? ['selector', 'namespaceSelector', 'serviceAccountSelector']
    : ['selector', 'serviceAccountSelector'];
  for (const f of selectorFields) {
    checkSelector(spec[f], ['spec', f], out);
    // §2/§3 CEL: a plain substring test, so even a string literal containing "global(" trips it.
    const v = spec[f];
    if (typeof v === 'string' && v.includes('global(')) out.add(['spec', f], GLOBAL_MSG);
  }
  const tier = spec['tier'];
  if (typeof tier === 'string' && tier !== '' && !isSubdomain(tier)) {
    out.add(['spec', 'tier'], `tier ${SUBDOMAIN_RULE}`);
  }
  checkPolicyTypes(spec, out);
  const ingress = Array.isArray(spec['ingress']) ? spec['ingress'] : [];
  const egress = Array.isArray(spec['egress']) ? spec['egress'] : [];
  ingress.forEach((rule, i) => checkRule(rule, ['spec', 'ingress', i], 'ingress', kind, out));
  egress.forEach((rule, i) => checkRule(rule, ['spec', 'egress', i], 'egress', kind, out));
  if (isGnp) checkPreDnat(spec, out);
}

function checkPolicyTypes(spec: Obj, out: Findings): void {
  const types = spec['types'];
  if (!Array.isArray(types)) return;
  if (types.length === 0) {
    // §2: CRD minItems 1. Omitting the field lets Calico derive it from the rules.
    out.add(
      ['spec', 'types'],
      'types must list Ingress and/or Egress; omit the field instead of writing types: [] (Calico then derives it from the rules)',
    );
  }
  const seen = new Set<unknown>();
  types.forEach((t, i) => {
    if (typeof t !== 'string') return;
    if (seen.has(t)) out.add(['spec', 'types', i], `'${t}' type specified more than once`);
    seen.add(t);
  });
}

/** §2 preDNAT / applyOnForward / doNotTrack (CEL on GlobalNetworkPolicySpec). */
function checkPreDnat(spec: Obj, out: Findings): void {
  const preDnat = spec['preDNAT'] === true;
  const doNotTrack = spec['doNotTrack'] === true;
  if (preDnat && doNotTrack) {
    out.add(['spec', 'preDNAT'], 'preDNAT and doNotTrack cannot both be true');
  }
  if (preDnat && nonEmptyList(spec['egress'])) {
    out.add(['spec', 'egress'], 'preDNAT policy cannot have any egress rules');
  }
  const types = Array.isArray(spec['types']) ? spec['types'] : undefined;
  if (preDnat && types) {
    types.forEach((t, i) => {
      if (t === 'Egress') out.add(['spec', 'types', i], "preDNAT policy cannot have 'Egress' type");
    });
  }
  if (preDnat && !types && Array.isArray(spec['egress'])) {
    // §2.3 (code reading): native-v3 admission tests has(spec.egress), so even `egress: []`
    // defaults types to [Ingress, Egress], which the rule above then rejects.
    out.add(
      ['spec', 'egress'],
      "preDNAT policy must not have an egress key: with types omitted, Calico's defaulting turns even egress: [] into an 'Egress' type",
    );
  }
  if ((preDnat || doNotTrack) && spec['applyOnForward'] !== true) {
    out.add(
      ['spec', 'applyOnForward'],
      'applyOnForward must be true if either preDNAT or doNotTrack is true',
    );
  }
}

// ---------------------------------------------------------------------------------------------
// §4 Rule, §5 EntityRule, §6 ports, §7 protocol

const PROTOCOL_NAMES = ['TCP', 'UDP', 'ICMP', 'ICMPv6', 'SCTP', 'UDPLite'];

/** A number, or a string of digits read as one (int-or-string fields); otherwise undefined. */
function numberOrDigits(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  return typeof value === 'string' && /^[0-9]+$/.test(value) ? Number(value) : undefined;
}

function checkProtocol(value: unknown, path: Path, out: Findings): void {
  if (!isSet(value)) return;
  const numeric = numberOrDigits(value);
  if (numeric !== undefined) {
    if (!Number.isInteger(numeric)) return; // the schema reports non-integers
    if (numeric < 1 || numeric > 255) {
      out.add(path, `protocol number invalid: must be 1–255, not ${numeric}`);
    }
    return;
  }
  if (typeof value !== 'string') return;
  if (!PROTOCOL_NAMES.includes(value)) {
    const near = PROTOCOL_NAMES.find((p) => p.toLowerCase() === value.toLowerCase());
    const hint = near ? ` (names are case-sensitive: write "${near}")` : '';
    out.add(
      path,
      `protocol name invalid: ${JSON.stringify(value)} is not one of ${PROTOCOL_NAMES.join(', ')}${hint}`,
    );
  }
}

/** numorstring.Protocol.SupportsPorts: TCP, UDP, SCTP or 6, 17, 132 — not UDPLite (§4). */
function supportsPorts(protocol: unknown): boolean {
  if (typeof protocol === 'number') return protocol === 6 || protocol === 17 || protocol === 132;
  if (typeof protocol !== 'string') return false;
  if (/^[0-9]+$/.test(protocol)) return supportsPorts(Number(protocol));
  return protocol === 'TCP' || protocol === 'UDP' || protocol === 'SCTP';
}

type PortShape = 'numeric' | 'named' | 'invalid';

/** §6 numorstring.Port decoding plus validatePort / validatePortName. */
function checkPort(value: unknown, path: Path, out: Findings): PortShape {
  const range = 'port range invalid, port number must be between 1 and 65535';
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return 'invalid'; // schema: must be an integer or a string
    if (value < 1 || value > 65535) out.add(path, `${range}, not ${value}`);
    return 'numeric';
  }
  if (typeof value !== 'string') return 'invalid';
  if (/^[0-9]+$/.test(value)) {
    const n = Number(value);
    if (n > 65535) out.add(path, `invalid port format (${value})`);
    else if (n < 1) out.add(path, range);
    return 'numeric';
  }
  const m = /^([0-9]+):([0-9]+)$/.exec(value);
  if (m) {
    const lo = Number(m[1]);
    const hi = Number(m[2]);
    if (lo > 65535) out.add(path, `invalid minimum port number in range (${value})`);
    else if (hi > 65535) out.add(path, `invalid maximum port number in range (${value})`);
    else if (lo > hi) {
      out.add(
        path,
        `minimum port number (${lo}) is greater than maximum port number (${hi}) in port range`,
      );
    } else if (lo < 1) out.add(path, range);
    return 'numeric';
  }
  const dashRange = /^[0-9]+-[0-9]+$/.test(value)
    ? ` (a port range is written "lo:hi", e.g. "${value.replace('-', ':')}")`
    : '';
  if (!/^[a-zA-Z0-9_.-]{1,128}$/.test(value)) {
    out.add(path, `invalid name for named port (${value})${dashRange}`);
    return 'invalid';
  }
  const errors = portNameErrors(value);
  if (errors.length > 0) {
    out.add(path, `invalid named port ${JSON.stringify(value)}: ${errors.join('; ')}${dashRange}`);
  }
  return 'named';
}

function isIcmp(p: unknown): boolean {
  return p === 'ICMP' || p === 1;
}

function isIcmpV6(p: unknown): boolean {
  return p === 'ICMPv6' || p === 58;
}

function checkRule(
  rule: unknown,
  path: Path,
  direction: 'ingress' | 'egress',
  kind: EnforcedPolicyKind,
  out: Findings,
): void {
  if (!isObj(rule)) return; // the schema reports non-mapping rules
  const protocol = rule['protocol'];
  checkProtocol(protocol, [...path, 'protocol'], out);
  checkProtocol(rule['notProtocol'], [...path, 'notProtocol'], out);
  checkAnnotations(get(rule['metadata'], 'annotations'), [...path, 'metadata', 'annotations'], out);

  for (const side of ['source', 'destination'] as const) {
    const entity = rule[side];
    if (!isObj(entity)) continue;
    checkEntityRule(entity, [...path, side], out);
    // §4 ports need a protocol (validateRule).
    for (const field of ['ports', 'notPorts'] as const) {
      const ports = entity[field];
      if (!nonEmptyList(ports)) continue;
      const shapes = ports.map((p, i) => checkPort(p, [...path, side, field, i], out));
      if (!isSet(protocol)) {
        if (shapes.includes('numeric')) {
          out.add(
            [...path, side, field],
            'rules with numeric port or port range must set protocol to TCP or UDP or SCTP',
          );
        }
      } else if (!supportsPorts(protocol)) {
        out.add(
          [...path, side, field],
          `rules that specify ports must set protocol to TCP or UDP or SCTP (protocol ${String(protocol)} does not support ports)`,
        );
      }
    }
  }

  checkRuleNets(rule, path, out);
  checkIcmp(rule, path, out);
  checkHttp(rule, path, direction, out);
  checkRuleServices(rule, path, direction, kind, out);
}

/** §4 nets consistency (validateRule scanNets) and §5 strictly masked CIDRs (`net` tag). */
function checkRuleNets(rule: Obj, path: Path, out: Findings): void {
  const ipVersion =
    rule['ipVersion'] === 4 || rule['ipVersion'] === 6 ? rule['ipVersion'] : undefined;
  let seenV4 = false;
  let seenV6 = false;
  const fields = [
    ['source', 'nets'],
    ['source', 'notNets'],
    ['destination', 'nets'],
    ['destination', 'notNets'],
  ] as const;
  for (const [side, field] of fields) {
    const nets = get(rule[side], field);
    if (!Array.isArray(nets)) continue;
    let v4 = false;
    let v6 = false;
    nets.forEach((n, i) => {
      if (typeof n !== 'string') return; // schema: must be a string
      const cidr = checkStrictCidr(n, [...path, side, field, i], out);
      if (!cidr) return;
      v4 ||= cidr.family === 4;
      v6 ||= cidr.family === 6;
      if (field === 'notNets' && cidr.prefix === 0 && cidr.value === 0n) {
        out.add(
          [...path, side, field, i],
          'catch-all CIDR in negation creates logical contradiction (matches no traffic)',
        );
      }
    });
    const fieldPath = [...path, side, field];
    if (ipVersion !== undefined && ((v4 && ipVersion !== 4) || (v6 && ipVersion !== 6))) {
      out.add(fieldPath, "rule IP version doesn't match CIDR version");
    }
    if ((v4 && seenV6) || (v6 && seenV4) || (v4 && v6)) {
      out.add(fieldPath, 'rule contains both IPv4 and IPv6 CIDRs');
    }
    seenV4 ||= v4;
    seenV6 ||= v6;
  }
}

/** A network with an explicit prefix and no host bits; reports and returns undefined otherwise. */
function checkStrictCidr(text: string, path: Path, out: Findings): Cidr | undefined {
  const cidr = parseCidr(text);
  if (!cidr) {
    const ip = parseIp(text);
    out.add(
      path,
      ip
        ? `invalid CIDR ${JSON.stringify(text)}: write the prefix length, e.g. "${text}/${ip.family === 4 ? 32 : 128}"`
        : `invalid CIDR ${JSON.stringify(text)}`,
    );
    return undefined;
  }
  if (hasHostBits(cidr)) {
    out.add(
      path,
      `${JSON.stringify(text)} is not a strictly masked network: host bits are set (did you mean ${formatCidr(networkOf(cidr))}?)`,
    );
  }
  return cidr;
}

/** §4 ICMP (CEL on Rule and ICMPFields). */
function checkIcmp(rule: Obj, path: Path, out: Findings): void {
  const protocol = rule['protocol'];
  if (isSet(rule['icmp']) && !(isIcmp(protocol) || isIcmpV6(protocol))) {
    out.add([...path, 'icmp'], 'ICMP fields require protocol to be ICMP or ICMPv6');
  }
  for (const field of ['icmp', 'notICMP'] as const) {
    const icmp = rule[field];
    if (isObj(icmp) && isSet(icmp['code']) && !isSet(icmp['type'])) {
      out.add([...path, field, 'code'], 'ICMP code specified without an ICMP type');
    }
  }
  const ipVersion = rule['ipVersion'];
  if (!isSet(ipVersion)) return;
  for (const field of ['protocol', 'notProtocol'] as const) {
    const p = rule[field];
    if (isIcmp(p) && ipVersion !== 4) {
      out.add([...path, 'ipVersion'], `${field} ICMP requires ipVersion 4`);
    }
    if (isIcmpV6(p) && ipVersion !== 6) {
      out.add([...path, 'ipVersion'], `${field} ICMPv6 requires ipVersion 6`);
    }
  }
}

/** §4 HTTP match (CEL on Rule, validateHTTPRule, ruleUsesAppLayerPolicy). */
function checkHttp(rule: Obj, path: Path, direction: 'ingress' | 'egress', out: Findings): void {
  const http = rule['http'];
  if (!isSet(http)) return;
  const httpPath = [...path, 'http'];
  if (rule['action'] !== 'Allow') out.add(httpPath, 'HTTP match is only valid on Allow rules');
  const protocol = rule['protocol'];
  if (isSet(protocol) && protocol !== 'TCP' && protocol !== 6) {
    out.add(httpPath, 'rules with HTTP match must have protocol TCP or unset');
  }
  if (direction === 'egress') out.add(httpPath, 'HTTP match is not allowed in egress rules');
  const methods = get(http, 'methods');
  if (Array.isArray(methods) && new Set(methods).size !== methods.length) {
    out.add(
      [...httpPath, 'methods'],
      `Invalid methods (duplicates): ${methods.map(String).join(', ')}`,
    );
  }
  const paths = get(http, 'paths');
  if (!Array.isArray(paths)) return;
  paths.forEach((p, i) => {
    const exact = get(p, 'exact');
    const prefix = get(p, 'prefix');
    const where = [...httpPath, 'paths', i];
    if (nonEmptyString(exact) && nonEmptyString(prefix)) {
      out.add(where, "Invalid path match. Both 'exact' and 'prefix' are set");
      return;
    }
    const v = nonEmptyString(exact) ? exact : prefix;
    if (!nonEmptyString(v)) {
      out.add(where, "Invalid path match. Either 'exact' or 'prefix' must be set");
    } else if (!v.startsWith('/') || /[? #]/.test(v)) {
      out.add(where, `Invalid path ${v}: must start with '/' and not contain '?', '#' or a space`);
    }
  });
}

/** §5 services: placement per direction, exclusions, GNP namespace (§2). */
function checkRuleServices(
  rule: Obj,
  path: Path,
  direction: 'ingress' | 'egress',
  kind: EnforcedPolicyKind,
  out: Findings,
): void {
  const srcServices = get(rule['source'], 'services');
  const dstServices = get(rule['destination'], 'services');
  if (isSet(dstServices)) {
    const dst = rule['destination'];
    if (nonEmptyList(get(dst, 'ports')) || nonEmptyList(get(dst, 'notPorts'))) {
      out.add(
        [...path, 'destination', 'ports'],
        'ports and notPorts cannot be specified with services',
      );
    }
  }
  if (direction === 'ingress' && isSet(dstServices)) {
    out.add(
      [...path, 'destination', 'services'],
      'services are not allowed in ingress rule destination',
    );
  }
  if (direction === 'egress' && isSet(srcServices)) {
    out.add([...path, 'source', 'services'], 'services are not allowed in egress rule source');
  }
  if (kind !== 'GlobalNetworkPolicy') return;
  // At global scope service names are not qualified by the policy's namespace.
  const [side, services] =
    direction === 'ingress'
      ? (['source', srcServices] as const)
      : (['destination', dstServices] as const);
  if (isObj(services) && !nonEmptyString(services['namespace'])) {
    out.add([...path, side, 'services', 'namespace'], 'must specify a namespace');
  }
}

/** §5 EntityRule (validateEntityRule plus CEL on EntityRule). */
function checkEntityRule(entity: Obj, path: Path, out: Findings): void {
  checkSelector(entity['selector'], [...path, 'selector'], out);
  checkSelector(entity['notSelector'], [...path, 'notSelector'], out);
  checkSelector(entity['namespaceSelector'], [...path, 'namespaceSelector'], out);
  checkSelector(
    get(entity['serviceAccounts'], 'selector'),
    [...path, 'serviceAccounts', 'selector'],
    out,
  );

  const selector = entity['selector'];
  if (typeof selector === 'string' && selector.includes('global(')) {
    out.add([...path, 'selector'], GLOBAL_MSG);
  }
  const nsSelector = entity['namespaceSelector'];
  // Go tokenizes and accepts exactly one global() token, so surrounding blanks are fine.
  if (
    typeof nsSelector === 'string' &&
    nsSelector.includes('global(') &&
    !/^[ \t]*global\([ \t]*\)[ \t]*$/.test(nsSelector)
  ) {
    out.add([...path, 'namespaceSelector'], 'global() cannot be combined with other selectors');
  }

  const services = entity['services'];
  if (isSet(services)) {
    const sp = [...path, 'services'];
    const name = get(services, 'name');
    if (!nonEmptyString(name)) out.add([...sp, 'name'], 'services must specify a service name');
    else if (!isSubdomain(name)) out.add([...sp, 'name'], `service name ${SUBDOMAIN_RULE}`);
    const ns = get(services, 'namespace');
    if (nonEmptyString(ns) && !isSubdomain(ns)) {
      out.add([...sp, 'namespace'], `service namespace ${SUBDOMAIN_RULE}`);
    }
    if (nonEmptyString(selector) || nonEmptyString(entity['notSelector'])) {
      out.add(sp, 'cannot specify Selector/NotSelector and Services on the same rule');
    }
    if (nonEmptyString(nsSelector)) {
      out.add(sp, 'cannot specify NamespaceSelector and Services on the same rule');
    }
    if (isSet(entity['serviceAccounts'])) {
      out.add(sp, 'cannot specify ServiceAccounts and Services on the same rule');
    }
    if (nonEmptyList(entity['nets']) || nonEmptyList(entity['notNets'])) {
      out.add(sp, 'cannot specify Nets/NotNets and Services on the same rule');
    }
  }
}

// ---------------------------------------------------------------------------------------------
// §9 HostEndpoint

function checkHostEndpointSpec(spec: Obj, out: Findings): void {
  const node = spec['node'];
  if (!nonEmptyString(node)) {
    if (node === undefined || node === null || node === '') {
      out.add(['spec', 'node'], 'node must be specified');
    }
  } else if (!isSubdomain(node)) {
    out.add(['spec', 'node'], `node ${SUBDOMAIN_RULE}`);
  }
  const iface = spec['interfaceName'];
  if (!nonEmptyString(iface) && !nonEmptyList(spec['expectedIPs'])) {
    out.add(['spec'], 'at least one of interfaceName or expectedIPs must be specified');
  }
  // Longer than 15 is the schema's maxLength error; this is the character rule (validateInterface).
  if (
    nonEmptyString(iface) &&
    iface.length <= 15 &&
    iface !== '*' &&
    !/^[a-zA-Z0-9_.-]{1,15}$/.test(iface)
  ) {
    out.add(
      ['spec', 'interfaceName'],
      `interfaceName must be "*" or a Linux interface name of 1–15 characters from a-z, A-Z, 0-9, '_', '.', '-', not ${JSON.stringify(iface)}`,
    );
  }
  const ips = spec['expectedIPs'];
  if (Array.isArray(ips)) {
    ips.forEach((ip, i) => {
      if (typeof ip !== 'string' || parseIp(ip)) return;
      out.add(
        ['spec', 'expectedIPs', i],
        parseCidr(ip)
          ? `expectedIPs must be plain IP addresses, not CIDRs: ${JSON.stringify(ip)}`
          : `invalid IP address ${JSON.stringify(ip)}`,
      );
    });
  }
  const profiles = spec['profiles'];
  if (Array.isArray(profiles)) {
    profiles.forEach((p, i) => {
      if (typeof p === 'string' && !isSubdomain(p)) {
        out.add(['spec', 'profiles', i], `profile name ${SUBDOMAIN_RULE}`);
      }
    });
  }
  const ports = spec['ports'];
  if (Array.isArray(ports)) {
    ports.forEach((port, i) => {
      const name = get(port, 'name');
      if (typeof name === 'string') {
        const errors = portNameErrors(name);
        if (errors.length > 0) {
          out.add(
            ['spec', 'ports', i, 'name'],
            `invalid port name ${JSON.stringify(name)}: ${errors.join('; ')}`,
          );
        }
      }
      const protocol = get(port, 'protocol');
      checkProtocol(protocol, ['spec', 'ports', i, 'protocol'], out);
      if (isSet(protocol) && !supportsPorts(protocol)) {
        out.add(
          ['spec', 'ports', i, 'protocol'],
          'EndpointPort protocol does not support ports: use TCP, UDP or SCTP',
        );
      }
    });
  }
}

// ---------------------------------------------------------------------------------------------
// §10 BGPConfiguration

const DEFAULT_ONLY_BGP_FIELDS = [
  'serviceClusterIPs',
  'serviceExternalIPs',
  'serviceLoadBalancerIPs',
  'asNumber',
  'nodeToNodeMeshEnabled',
  'nodeMeshPassword',
  'nodeMeshMaxRestartTime',
];
/** Go time.ParseDuration syntax (metav1.Duration), e.g. `120s`, `1m30s`, `1.5h`. */
const GO_DURATION = /^(([0-9]+(\.[0-9]*)?|\.[0-9]+)(ns|us|µs|ms|s|m|h))+$/;
const STANDARD_COMMUNITY = /^(\d+):(\d+)$/;
const LARGE_COMMUNITY = /^(\d+):(\d+):(\d+)$/;

function checkBgpConfigurationSpec(name: unknown, spec: Obj, out: Findings): void {
  for (const field of ['serviceClusterIPs', 'serviceExternalIPs', 'serviceLoadBalancerIPs']) {
    const blocks = spec[field];
    if (!Array.isArray(blocks)) continue;
    blocks.forEach((b, i) => {
      const cidr = get(b, 'cidr');
      // Only the host-bits rule here: a missing slash is the schema's `format: cidr` error.
      const parsed = typeof cidr === 'string' ? parseCidr(cidr) : undefined;
      if (parsed && hasHostBits(parsed)) {
        out.add(
          ['spec', field, i, 'cidr'],
          `${JSON.stringify(cidr)} is not a strictly masked network: host bits are set (did you mean ${formatCidr(networkOf(parsed))}?)`,
        );
      }
    });
  }
  // Layer C (clientv3 ValidateDefaultOnlyFields): per-node configs may not set cluster-wide fields.
  if (typeof name === 'string' && name !== 'default') {
    for (const field of DEFAULT_ONLY_BGP_FIELDS) {
      const v = spec[field];
      if (isSet(v) && !(Array.isArray(v) && v.length === 0)) {
        out.add(
          ['spec', field],
          `${field} can only be set on the BGPConfiguration named 'default', not on '${name}'`,
        );
      }
    }
  }
  // CEL on BGPConfigurationSpec.
  if (spec['nodeToNodeMeshEnabled'] === false) {
    if (isSet(spec['nodeMeshPassword'])) {
      out.add(
        ['spec', 'nodeMeshPassword'],
        'nodeMeshPassword cannot be set when nodeToNodeMeshEnabled is false',
      );
    }
    if (isSet(spec['nodeMeshMaxRestartTime'])) {
      out.add(
        ['spec', 'nodeMeshMaxRestartTime'],
        'nodeMeshMaxRestartTime cannot be set when nodeToNodeMeshEnabled is false',
      );
    }
  }
  const restart = spec['nodeMeshMaxRestartTime'];
  if (typeof restart === 'string' && !GO_DURATION.test(restart)) {
    out.add(
      ['spec', 'nodeMeshMaxRestartTime'],
      `must be a Go duration such as 120s or 2m, not ${JSON.stringify(restart)}`,
    );
  }
  const communities = Array.isArray(spec['communities']) ? spec['communities'] : [];
  if (communities.length > 0 && !nonEmptyList(spec['prefixAdvertisements'])) {
    out.add(
      ['spec', 'communities'],
      'communities are defined but not used in prefixAdvertisements',
    );
  }
  const definedNames = new Set<unknown>();
  communities.forEach((c, i) => {
    const cname = get(c, 'name');
    definedNames.add(cname);
    if (!nonEmptyString(cname)) {
      out.add(['spec', 'communities', i, 'name'], 'community name is required');
    } else if (!isSubdomain(cname)) {
      out.add(['spec', 'communities', i, 'name'], `community name ${SUBDOMAIN_RULE}`);
    }
    const value = get(c, 'value');
    if (typeof value === 'string') {
      checkCommunityValue(value, ['spec', 'communities', i, 'value'], out);
    }
  });
  const adverts = Array.isArray(spec['prefixAdvertisements']) ? spec['prefixAdvertisements'] : [];
  adverts.forEach((a, i) => {
    if (!isSet(get(a, 'cidr'))) {
      out.add(['spec', 'prefixAdvertisements', i, 'cidr'], 'cidr is required');
    }
    const used = get(a, 'communities');
    if (!Array.isArray(used)) return;
    used.forEach((v, j) => {
      if (typeof v !== 'string') return;
      const where = ['spec', 'prefixAdvertisements', i, 'communities', j];
      if (STANDARD_COMMUNITY.test(v) || LARGE_COMMUNITY.test(v)) checkCommunityValue(v, where, out);
      else if (!definedNames.has(v)) {
        out.add(where, `community used is invalid or not defined: ${JSON.stringify(v)}`);
      }
    });
  });
  const ignored = spec['ignoredInterfaces'];
  if (Array.isArray(ignored)) {
    ignored.forEach((iface, i) => {
      if (typeof iface === 'string' && (iface === '*' || !/^[a-zA-Z0-9_.*-]{1,15}$/.test(iface))) {
        out.add(
          ['spec', 'ignoredInterfaces', i],
          `ignored interface must be 1–15 characters from a-z, A-Z, 0-9, '_', '.', '*', '-' and not "*" alone`,
        );
      }
    });
  }
  for (const [field, family] of [
    ['localWorkloadPeeringIPV4', 4],
    ['localWorkloadPeeringIPV6', 6],
  ] as const) {
    const v = spec[field];
    if (typeof v === 'string' && v !== '' && parseIp(v)?.family !== family) {
      out.add(['spec', field], `must be an IPv${family} address, not ${JSON.stringify(v)}`);
    }
  }
}

/** `aa:nn` with 16-bit parts or `aa:nn:mm` with 32-bit parts (validateCommunityValue). */
function checkCommunityValue(value: string, path: Path, out: Findings): void {
  const large = LARGE_COMMUNITY.test(value);
  if (!large && !STANDARD_COMMUNITY.test(value)) return; // the schema pattern reports it
  const bits = large ? 32 : 16;
  if (value.split(':').some((part) => Number(part) > 2 ** bits - 1)) {
    out.add(path, `invalid community value, expected ${bits} bit value`);
  }
}

// ---------------------------------------------------------------------------------------------
// NetworkSet / GlobalNetworkSet (§5 contrast: `cidr` tag, bare IPs and host bits allowed)

function checkNetworkSetSpec(spec: Obj, out: Findings): void {
  const nets = spec['nets'];
  if (!Array.isArray(nets)) return;
  nets.forEach((n, i) => {
    if (typeof n === 'string' && !parseCidr(n) && !parseIp(n)) {
      out.add(['spec', 'nets', i], `invalid CIDR or IP address ${JSON.stringify(n)}`);
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Kubernetes v1 Service: the subset of k8s ValidateService that matters to this app

const SERVICE_TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'];
const SERVICE_PROTOCOLS = ['TCP', 'UDP', 'SCTP'];
const TRAFFIC_POLICIES = ['Cluster', 'Local'];

function isPortNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 65535;
}

function checkService(obj: Obj, out: Findings): void {
  const meta = obj['metadata'];
  if (!isObj(meta)) {
    out.add(['metadata'], isSet(meta) ? 'metadata must be a mapping' : 'metadata is required');
  } else {
    const name = meta['name'];
    if (!nonEmptyString(name)) out.add(['metadata', 'name'], 'name is required');
    else if (name.length > 63 || !DNS1035_LABEL.test(name)) {
      // Service names become DNS labels in cluster DNS: RFC 1035, so they must start with a letter.
      out.add(
        ['metadata', 'name'],
        'a Service name must be a DNS-1035 label: lower-case letters, digits and -, starting with a letter, ending with a letter or digit, at most 63 characters',
      );
    }
    const ns = meta['namespace'];
    if (isSet(ns) && (typeof ns !== 'string' || !isDnsLabel(ns))) {
      out.add(
        ['metadata', 'namespace'],
        'namespace must be a DNS label: lower-case letters, digits and -, at most 63 characters',
      );
    }
    checkLabels(meta['labels'], ['metadata', 'labels'], out);
    checkAnnotations(meta['annotations'], ['metadata', 'annotations'], out);
  }
  const spec = obj['spec'];
  if (!isObj(spec)) {
    out.add(['spec'], isSet(spec) ? 'spec must be a mapping' : 'spec is required');
    return;
  }
  const type = isSet(spec['type']) ? spec['type'] : 'ClusterIP';
  if (typeof type !== 'string' || !SERVICE_TYPES.includes(type)) {
    out.add(
      ['spec', 'type'],
      `must be one of ${SERVICE_TYPES.join(', ')}, not ${describeValue(type)}`,
    );
  }
  const clusterIP = spec['clusterIP'];
  const headless = clusterIP === 'None';
  if (
    isSet(clusterIP) &&
    clusterIP !== '' &&
    !headless &&
    (typeof clusterIP !== 'string' || !parseIp(clusterIP))
  ) {
    out.add(
      ['spec', 'clusterIP'],
      `clusterIP must be an IP address or "None", not ${describeValue(clusterIP)}`,
    );
  }
  if (headless && (type === 'NodePort' || type === 'LoadBalancer')) {
    out.add(['spec', 'clusterIP'], `may not be set to 'None' for ${type} services`);
  }
  const externalIPs = spec['externalIPs'];
  if (Array.isArray(externalIPs)) {
    externalIPs.forEach((ip, i) => {
      if (typeof ip !== 'string' || !parseIp(ip)) {
        out.add(['spec', 'externalIPs', i], `must be an IP address, not ${describeValue(ip)}`);
      }
    });
  }
  for (const field of ['externalTrafficPolicy', 'internalTrafficPolicy']) {
    const v = spec[field];
    if (isSet(v) && (typeof v !== 'string' || !TRAFFIC_POLICIES.includes(v))) {
      out.add(['spec', field], `must be Cluster or Local, not ${describeValue(v)}`);
    }
  }
  // k8s validateServiceExternalTrafficPolicy: only externally-accessible Services may set it.
  const externallyAccessible =
    type === 'NodePort' ||
    type === 'LoadBalancer' ||
    (type === 'ClusterIP' && nonEmptyList(externalIPs));
  if (isSet(spec['externalTrafficPolicy']) && !externallyAccessible) {
    out.add(
      ['spec', 'externalTrafficPolicy'],
      `may only be set for externally-accessible services (type NodePort or LoadBalancer), not type ${String(type)}`,
    );
  }
  checkServicePorts(spec, type, headless, out);
  checkLabels(spec['selector'], ['spec', 'selector'], out);
}

function checkServicePorts(spec: Obj, type: unknown, headless: boolean, out: Findings): void {
  const ports = spec['ports'];
  if (!Array.isArray(ports) || ports.length === 0) {
    if (isSet(ports) && !Array.isArray(ports)) out.add(['spec', 'ports'], 'ports must be a list');
    else if (!headless && type !== 'ExternalName') {
      out.add(['spec', 'ports'], 'ports are required (at least one)');
    }
    return;
  }
  const names = new Set<string>();
  const portKeys = new Set<string>();
  ports.forEach((p, i) => {
    const path = ['spec', 'ports', i];
    if (!isObj(p)) {
      out.add(path, `a port must be a mapping, not ${describeValue(p)}`);
      return;
    }
    const name = p['name'];
    if (nonEmptyString(name)) {
      if (!isDnsLabel(name)) {
        out.add(
          [...path, 'name'],
          'port name must be a DNS label: lower-case letters, digits and -, at most 63 characters',
        );
      }
      if (names.has(name)) {
        out.add([...path, 'name'], `duplicate port name ${JSON.stringify(name)}`);
      }
      names.add(name);
    } else if (ports.length > 1) {
      out.add([...path, 'name'], 'must specify a name when a Service has more than one port');
    }
    const port = p['port'];
    if (!isPortNumber(port)) {
      out.add(
        [...path, 'port'],
        `port must be an integer from 1 to 65535, not ${describeValue(port)}`,
      );
    }
    const protocol = isSet(p['protocol']) ? p['protocol'] : 'TCP';
    if (typeof protocol !== 'string' || !SERVICE_PROTOCOLS.includes(protocol)) {
      out.add(
        [...path, 'protocol'],
        `protocol must be TCP, UDP or SCTP (case-sensitive), not ${describeValue(protocol)}`,
      );
    }
    const key = `${String(port)}/${String(protocol)}`;
    if (portKeys.has(key)) {
      out.add([...path, 'port'], `duplicate port ${String(port)}/${String(protocol)}`);
    }
    portKeys.add(key);
    const target = p['targetPort'];
    if (isSet(target)) {
      if (typeof target === 'number') {
        if (!isPortNumber(target)) {
          out.add([...path, 'targetPort'], `targetPort must be from 1 to 65535, not ${target}`);
        }
      } else if (typeof target === 'string') {
        const errors = portNameErrors(target);
        if (errors.length > 0) {
          out.add(
            [...path, 'targetPort'],
            `targetPort ${JSON.stringify(target)} is neither a port number nor a valid port name: ${errors.join('; ')}`,
          );
        }
      } else {
        out.add(
          [...path, 'targetPort'],
          `targetPort must be a port number or a port name, not ${describeValue(target)}`,
        );
      }
    }
    const nodePort = p['nodePort'];
    if (isSet(nodePort) && nodePort !== 0) {
      if (!isPortNumber(nodePort)) {
        out.add(
          [...path, 'nodePort'],
          `nodePort must be from 1 to 65535, not ${describeValue(nodePort)}`,
        );
      } else if (type !== 'NodePort' && type !== 'LoadBalancer') {
        out.add([...path, 'nodePort'], `may not be used when type is '${String(type)}'`);
      }
    }
  });
}
