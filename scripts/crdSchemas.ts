/**
 * crdSchemas — `src/calico/crdSchemas.json` as built from Calico's CRDs (run by
 * scripts/extractCrdSchemas.ts, checked by src/calico/crdSchemas.test.ts).
 *
 * Provenance: the input files, in reference/calico/crds/, are byte-for-byte copies of
 * `api/config/crd/projectcalico.org_*.yaml` from github.com/projectcalico/calico at commit
 * 87c15906f2 (master on the way to v3.34), licensed Apache-2.0; reference/PROVENANCE.md has their
 * hashes, ../shared/calico/crds/SOURCE.md the reasons behind each step below. The output is therefore a derived work of Apache-2.0 material and keeps that notice in a
 * `$comment` at the root of every schema.
 *
 * For each kind it takes `spec.versions[0].schema.openAPIV3Schema` and rewrites it so that ajv
 * (strict mode) can compile it and judges documents the way the API server plus calicoctl would
 * (numbers refer to the list in SOURCE.md "How to use them"):
 *   - `description` is dropped: it is three quarters of the bytes and ajv never reads it;
 *   - `x-kubernetes-list-type: set` becomes `uniqueItems: true` (6): the API server rejects
 *     duplicates in those lists;
 *   - every node with `properties` gets `additionalProperties: false` (7), mirroring calicoctl's
 *     strict decode, so typos such as `applyonForward` are caught. `metadata` has no `properties`
 *     in the CRD, so it stays open;
 *   - `(?i)` patterns, which JavaScript cannot compile, are rewritten letter by letter into
 *     `[xX]` classes (4);
 *   - int-or-string nodes (`anyOf: [integer, string]` plus a sibling `pattern: ^.*`) get the
 *     pattern moved into the string branch (3), so ajv's strictTypes has nothing to complain about;
 *   - all other `x-kubernetes-*` keys are dropped (1): the CEL rules in
 *     `x-kubernetes-validations` are re-implemented in src/calico/validateResources.ts and
 *     src/calico/validate/ (the Tier CEL rules in validate/tier.ts), and the
 *     rest carry no validation meaning for a single document.
 * Keys are sorted and the result is formatted with the repo's prettier config, so re-running the
 * script on the same inputs produces the same bytes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { format, resolveConfig } from 'prettier';

const CRD_DIR = new URL('../reference/calico/crds/', import.meta.url);
/** Where the output lives (and whose prettier config formats it). */
export const OUT_FILE = new URL('../src/calico/crdSchemas.json', import.meta.url);

const SOURCES: Record<string, string> = {
  GlobalNetworkPolicy: 'projectcalico.org_globalnetworkpolicies.yaml',
  NetworkPolicy: 'projectcalico.org_networkpolicies.yaml',
  HostEndpoint: 'projectcalico.org_hostendpoints.yaml',
  BGPConfiguration: 'projectcalico.org_bgpconfigurations.yaml',
  GlobalNetworkSet: 'projectcalico.org_globalnetworksets.yaml',
  NetworkSet: 'projectcalico.org_networksets.yaml',
  Tier: 'projectcalico.org_tiers.yaml',
  StagedGlobalNetworkPolicy: 'projectcalico.org_stagedglobalnetworkpolicies.yaml',
  StagedNetworkPolicy: 'projectcalico.org_stagednetworkpolicies.yaml',
  KubeControllersConfiguration: 'projectcalico.org_kubecontrollersconfigurations.yaml',
};

const PROVENANCE =
  'Derived from github.com/projectcalico/calico api/config/crd/%FILE% at commit ' +
  '87c15906f20c4ca1fda55af92295e7678b0cc0b2 (Apache-2.0) by scripts/extractCrdSchemas.ts; ' +
  'descriptions and x-kubernetes-* keys removed, see that script.';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `(?i)abc` → `[aA][bB][cC]`; refuses anything it cannot rewrite safely (classes, escapes). */
function rewriteCaseInsensitive(pattern: string): string {
  if (!pattern.includes('(?i)')) return pattern;
  const rest = pattern.replace('(?i)', '');
  if (rest.includes('(?i)') || /[[\\]/.test(rest)) {
    throw new Error(`cannot rewrite (?i) pattern safely: ${pattern}`);
  }
  return rest.replace(/[a-zA-Z]/g, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
}

function transform(node: Json): Json {
  if (Array.isArray(node)) return node.map(transform);
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'description' || key.startsWith('x-kubernetes-')) continue;
    if (key === 'properties' && isObject(value)) {
      // `properties` is a map from field name to schema: transform the schemas, never the names.
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, transform(v)]));
      continue;
    }
    out[key] =
      key === 'pattern' && typeof value === 'string'
        ? rewriteCaseInsensitive(value)
        : transform(value);
  }
  if (node['x-kubernetes-list-type'] === 'set') out['uniqueItems'] = true;
  if (isObject(node['properties'])) out['additionalProperties'] = false;
  if (node['x-kubernetes-int-or-string'] === true && Array.isArray(out['anyOf'])) {
    const pattern = out['pattern'];
    delete out['pattern'];
    if (typeof pattern === 'string') {
      out['anyOf'] = out['anyOf'].map((branch) =>
        isObject(branch) && branch['type'] === 'string' ? { ...branch, pattern } : branch,
      );
    }
  }
  return out;
}

function sortKeys(node: Json): Json {
  if (Array.isArray(node)) return node.map(sortKeys);
  if (!isObject(node)) return node;
  return Object.fromEntries(
    Object.keys(node)
      .sort()
      .map((k) => [k, sortKeys(node[k] ?? null)]),
  );
}

function extract(kind: string, file: string): Json {
  const crd = load(readFileSync(new URL(file, CRD_DIR), 'utf8')) as Json;
  const names = isObject(crd) && isObject(crd['spec']) ? crd['spec']['names'] : undefined;
  if (!isObject(names) || names['kind'] !== kind) throw new Error(`${file} is not the ${kind} CRD`);
  const versions = isObject(crd) && isObject(crd['spec']) ? crd['spec']['versions'] : undefined;
  const first = Array.isArray(versions) ? versions[0] : undefined;
  const schema =
    isObject(first) && isObject(first['schema']) ? first['schema']['openAPIV3Schema'] : undefined;
  if (!isObject(schema)) throw new Error(`${file}: no spec.versions[0].schema.openAPIV3Schema`);
  const out = transform(schema);
  if (!isObject(out)) throw new Error('unreachable');
  return { $comment: PROVENANCE.replace('%FILE%', file), ...out };
}

/** The text of crdSchemas.json: the same inputs give the same bytes. */
export async function buildCrdSchemas(): Promise<string> {
  const result: JsonObject = {};
  for (const kind of Object.keys(SOURCES).sort()) {
    result[kind] = sortKeys(extract(kind, SOURCES[kind] ?? ''));
  }
  const outPath = fileURLToPath(OUT_FILE);
  const config = (await resolveConfig(outPath)) ?? {};
  return format(JSON.stringify(result), { ...config, filepath: outPath });
}
