/**
 * Collects generated resources with their explanations. A policy is built from rules that each
 * carry their own explanation, so no rule can be emitted without one.
 */
import type {
  GlobalNetworkPolicy,
  GlobalNetworkPolicySpec,
  NetworkPolicy,
  PolicySpecCommon,
  Resource,
  Rule,
} from '../calico/types';
import { resourceKey } from '../calico/types';
import type { MessageParams } from '../i18n/format';
import type { MessageId } from '../i18n/en';
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

/** Ordered output of one generation run. */
export class Output {
  readonly documents: GeneratedDocument[] = [];
  readonly explanations: Explanation[] = [];

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

  /** Adds a GlobalNetworkPolicy whose ingress (or egress) rules each carry an explanation. */
  globalPolicy(
    name: string,
    spec: Omit<GlobalNetworkPolicySpec, 'ingress' | 'egress'>,
    direction: 'ingress' | 'egress',
    rules: ExplainedRule[],
    why: Why,
  ): void {
    const policy: GlobalNetworkPolicy = {
      apiVersion: 'projectcalico.org/v3',
      kind: 'GlobalNetworkPolicy',
      metadata: { name },
      spec: withRules(spec, direction, rules),
    };
    this.addPolicy(policy, direction, rules, why);
  }

  /** Adds a namespaced NetworkPolicy whose ingress rules each carry an explanation. */
  namespacedPolicy(
    name: string,
    namespace: string,
    spec: Omit<PolicySpecCommon, 'ingress' | 'egress'>,
    rules: ExplainedRule[],
    why: Why,
  ): void {
    const policy: NetworkPolicy = {
      apiVersion: 'projectcalico.org/v3',
      kind: 'NetworkPolicy',
      metadata: { name, namespace },
      spec: withRules(spec, 'ingress', rules),
    };
    this.addPolicy(policy, 'ingress', rules, why);
  }

  private addPolicy(
    policy: GlobalNetworkPolicy | NetworkPolicy,
    direction: 'ingress' | 'egress',
    rules: ExplainedRule[],
    why: Why,
  ): void {
    const key = resourceKey(policy);
    const elements = [
      ...new Set([...(why.elements ?? []), ...rules.flatMap((r) => r.why.elements ?? [])]),
    ];
    this.documents.push({ key, resource: policy, elements });
    this.explain(key, '', why);
    rules.forEach((r, i) => this.explain(key, `spec.${direction}[${i}]`, r.why));
  }
}

function withRules<S extends object>(
  spec: S,
  direction: 'ingress' | 'egress',
  rules: ExplainedRule[],
): S & { ingress?: Rule[]; egress?: Rule[] } {
  // An empty list is never written: `ingress: []` would count as present (VALIDATION.md §2, §11.5).
  return rules.length ? { ...spec, [direction]: rules.map((r) => r.rule) } : spec;
}
