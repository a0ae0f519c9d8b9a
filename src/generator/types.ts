/** What the generator produces: resources, an explanation for every rule, and lints. */
import type { DocumentSpan } from '../calico/toYaml';
import type { ClusterChange } from './clusterChanges';
import type { Resource } from '../calico/types';
import type { MessageParams } from '../i18n/format';
import type { MessageId } from '../i18n/en';

/**
 * A citation for why Calico needs a rule: a section of reference/calico/SEMANTICS.md (`§2.3`), a
 * VALIDATION.md section (`V§5`) or a Calico docs page key from SEMANTICS.md's Sources (`D11`).
 */
export type FactRef = string;

/** One explanation, attached to a whole resource (`rulePath` empty) or to one rule of it. */
export interface Explanation {
  /** `resourceKey` of the resource, e.g. `GlobalNetworkPolicy/allow-cluster-ips`. */
  resource: string;
  /** `spec.ingress[0]`, or `` for the resource as a whole. */
  rulePath: string;
  messageId: MessageId;
  params: MessageParams;
  /** Ids of the design elements that caused it (clients, services, nodes, pods). */
  elements: string[];
  facts: FactRef[];
}

export type LintSeverity = 'error' | 'warning' | 'info';

/** A finding about the design: stable code, severity, words by id, the elements and field. */
export interface Lint {
  code: string;
  severity: LintSeverity;
  messageId: MessageId;
  params: MessageParams;
  elements: string[];
  /** JSON path of the field concerned, when there is one. */
  field?: string;
  fixId: MessageId;
}

/** One generated resource, in apply order, with the one-line purpose printed above it. */
export interface GeneratedDocument {
  key: string;
  resource: Resource;
  /** Design element ids that caused this resource. */
  elements: string[];
}

export type GenerateResult =
  | {
      ok: true;
      documents: GeneratedDocument[];
      explanations: Explanation[];
      lints: Lint[];
      yaml: string;
      /** Line spans (1-based) of each document and rule in `yaml`, in document order. */
      spans: (DocumentSpan & { key: string })[];
      /** Which part `yaml`, `documents` and `spans` are of. */
      part: 'policies' | 'changes' | 'all';
      /** What the design needs from objects the user owns, as patches. */
      changes: ClusterChange[];
      /** The cluster-changes part as YAML (patch documents, each with its command). */
      changesYaml: string;
    }
  | { ok: false; lints: Lint[] };
