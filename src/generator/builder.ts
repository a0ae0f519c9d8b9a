/**
 * Collects generated resources with their explanations. A policy is built from rules that each
 * carry their own explanation, so no rule can be emitted without one.
 */
import { fitWithHash, MAX_LABEL, withHash, withNumber } from '../calico/resourceNames';
import type {
  GlobalNetworkPolicy,
  GlobalNetworkPolicySpec,
  NetworkPolicy,
  PolicySpecCommon,
  Resource,
  ResourceKind,
  Rule,
  StagedGlobalNetworkPolicy,
  StagedNetworkPolicy,
} from '../calico/types';
import { resourceKey } from '../calico/types';
import type { MessageParams } from '../i18n/format';
import type { MessageId } from '../i18n/en';
import { Selectors } from './common';
import type { Explanation, FactRef, GeneratedDocument } from './types';

/** Why something is there: words by id, the design elements that caused it, the facts behind it. */
export interface Why {
  messageId: MessageId;
  params?: MessageParams;
  elements?: string[];
  facts?: FactRef[];
}

export interface ExplainedRule {
  rule: Rule;
  why: Why;
}

/**
 * Where the run's policies go: the tier they live in (named `<tier>.<name>`, as Calico 3.29–3.31
 * require and 3.32 accepts), whether they are staged, and the labels every owned resource carries.
 */
export interface Placement {
  tier?: string;
  staged: boolean;
  labels: Readonly<Record<string, string>>;
}

const NO_PLACEMENT: Placement = { staged: false, labels: {} };

/** Ordered output of one generation run. */
export class Output {
  constructor(readonly placement: Placement = NO_PLACEMENT) {}

  readonly documents: GeneratedDocument[] = [];
  readonly explanations: Explanation[] = [];
  /** The selectors this run writes, each made once: the run's own, never shared with another. */
  readonly selectors = new Selectors();
  /** Names given out, per kubectl identity scope: the kind, and the namespace of a namespaced one. */
  private readonly names = new Map<string, Set<string>>();

  /**
   * A name no other document of this kind (in this namespace) has: `wanted` when it is free, else
   * `wanted` cut and given a hash of `key`, numbered if even that is taken. `kubectl apply` keeps
   * only the last of two objects with one name, so a clash would silently lose a resource; names
   * are built to differ, and this makes sure of it.
   */
  uniqueName(
    kind: ResourceKind,
    namespace: string | undefined,
    wanted: string,
    key: string,
    max = MAX_LABEL,
  ): string {
    const scope = namespace === undefined ? kind : `${kind}/${namespace}`;
    let taken = this.names.get(scope);
    if (!taken) {
      taken = new Set();
      this.names.set(scope, taken);
    }
    let name = wanted;
    if (taken.has(name)) {
      const hashed = withHash(wanted, max, key);
      name = hashed;
      for (let n = 2; taken.has(name); n++) name = withNumber(hashed, n, max);
    }
    taken.add(name);
    return name;
  }

  private explain(key: string, rulePath: string, why: Why): void {
    this.explanations.push({
      resource: key,
      rulePath,
      messageId: why.messageId,
      params: why.params ?? {},
      elements: why.elements ?? [],
      facts: why.facts ?? [],
    });
  }

  /** Adds a resource that has no rules (Service, HostEndpoint, BGPConfiguration). */
  add(resource: Resource, why: Why): void {
    const key = resourceKey(resource);
    this.documents.push({ key, resource, elements: why.elements ?? [] });
    this.explain(key, '', why);
  }

  /**
   * Adds a GlobalNetworkPolicy whose ingress (or egress) rules each carry an explanation. Calico
   * takes at most 1,024 rules per list (CRD `maxItems`, VALIDATION.md §2): longer lists become
   * `name`, `name-2`, … with the same spec and order, which Calico evaluates one after another
   * (same order: by name, §2.2), so the meaning is unchanged.
   */
  globalPolicy(
    name: string,
    spec: Omit<GlobalNetworkPolicySpec, 'ingress' | 'egress'>,
    direction: 'ingress' | 'egress',
    rules: ExplainedRule[],
    why: Why,
  ): void {
    const chunks = chunk(rules, MAX_RULES);
    const { staged } = this.placement;
    const kind = staged ? 'StagedGlobalNetworkPolicy' : 'GlobalNetworkPolicy';
    chunks.forEach((part, i) => {
      const wanted = i === 0 ? name : chunkName(name, i + 1, chunks.length);
      const policy = {
        apiVersion: 'projectcalico.org/v3',
        kind,
        metadata: this.policyMeta(kind, undefined, wanted),
        spec: withRules(this.placed(spec), direction, part),
      } as GlobalNetworkPolicy | StagedGlobalNetworkPolicy;
      this.addPolicy(policy, direction, part, why);
    });
  }

  /** Adds a namespaced NetworkPolicy whose ingress rules each carry an explanation. */
  namespacedPolicy(
    name: string,
    namespace: string,
    spec: Omit<PolicySpecCommon, 'ingress' | 'egress'>,
    rules: ExplainedRule[],
    why: Why,
  ): void {
    const kind = this.placement.staged ? 'StagedNetworkPolicy' : 'NetworkPolicy';
    const policy = {
      apiVersion: 'projectcalico.org/v3',
      kind,
      metadata: { ...this.policyMeta(kind, namespace, name), namespace },
      spec: withRules(this.placed(spec), 'ingress', rules),
    } as NetworkPolicy | StagedNetworkPolicy;
    this.addPolicy(policy, 'ingress', rules, why);
  }

  /** The labels every resource this tool owns carries (rollback deletes by them). */
  get labels(): Record<string, string> {
    return { ...this.placement.labels };
  }

  /**
   * A policy's name and labels: unique among the kind's names, and `<tier>.<name>` in a tier. The
   * prefix counts against the 63 characters a name may hold (VALIDATION.md §1.4).
   */
  private policyMeta(
    kind: ResourceKind,
    namespace: string | undefined,
    wanted: string,
  ): { name: string; labels?: Record<string, string> } {
    const { tier } = this.placement;
    const prefix = tier ? `${tier}.` : '';
    const name = this.uniqueName(
      kind,
      namespace,
      fitWithHash(wanted, MAX_LABEL - prefix.length),
      wanted,
      MAX_LABEL - prefix.length,
    );
    const labels = this.labels;
    return Object.keys(labels).length ? { name: prefix + name, labels } : { name: prefix + name };
  }

  /** The spec with its tier first, where Calico prints it. */
  private placed<S extends object>(spec: S): S & { tier?: string } {
    const { tier } = this.placement;
    return tier ? Object.assign({ tier }, spec) : spec;
  }

  private addPolicy(
    policy: GlobalNetworkPolicy | NetworkPolicy | StagedGlobalNetworkPolicy | StagedNetworkPolicy,
    direction: 'ingress' | 'egress',
    rules: ExplainedRule[],
    why: Why,
  ): void {
    const key = resourceKey(policy);
    const elements = new Set(why.elements);
    for (const r of rules) for (const e of r.why.elements ?? []) elements.add(e);
    this.documents.push({ key, resource: policy, elements: [...elements] });
    this.explain(key, '', why);
    rules.forEach((r, i) => this.explain(key, `spec.${direction}[${i}]`, r.why));
  }
}

/** Calico's limit on rules per ingress or egress list (CRD `maxItems: 1024`). */
export const MAX_RULES = 1024;

function chunk<T>(list: readonly T[], size: number): T[][] {
  if (list.length <= size) return [[...list]];
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/**
 * `name-2`, `name-3`…; names sort as strings, so a suffix is zero-padded to the width of the last
 * one (`-02` … `-10`) and the chunks keep their order under Calico's name tie-break.
 */
function chunkName(name: string, n: number, total: number): string {
  return `${name}-${String(n).padStart(String(total).length, '0')}`;
}

function withRules<S extends object>(
  spec: S,
  direction: 'ingress' | 'egress',
  rules: ExplainedRule[],
): S & { ingress?: Rule[]; egress?: Rule[] } {
  // An empty list is never written: `ingress: []` would count as present (VALIDATION.md §2, §11.5).
  if (!rules.length) return spec;
  const list = rules.map((r) => r.rule);
  // Object.assign, not a spread: specs come in many shapes, and once a spread has seen many, V8
  // copies by spread several times more slowly than Object.assign does.
  return Object.assign({}, spec, direction === 'ingress' ? { ingress: list } : { egress: list });
}
