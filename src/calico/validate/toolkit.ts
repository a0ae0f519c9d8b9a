/**
 * What every per-kind check of the validator shares: paths into a document, the findings it
 * collects, and the guards that read untyped YAML the way Go decodes it. The public entry
 * (validateResources.ts) turns findings into ResourceProblems with their lines.
 */
import { en } from '../../i18n/en';
import { formatMessage, type MessageParams } from '../../i18n/format';

export type Segment = string | number;
export type Path = readonly Segment[];
export type Obj = Record<string, unknown>;

/** A core message id (src/i18n/en.ts). */
export type MessageId = keyof typeof en;

/** `error`: Calico (or Kubernetes) refuses the document; `warning`: it accepts it, but see why. */
export type Severity = 'error' | 'warning';

export interface Finding {
  path: Path;
  /** English text: Calico's own wording for the rules it words, else `en[messageId]`. */
  message: string;
  /** Set when the message comes from the catalogue, so a UI can say it in the user's language. */
  messageId?: MessageId;
  params?: MessageParams;
  severity: Severity;
}

/** Collects findings for one document (or one stream). */
export class Findings {
  readonly list: Finding[] = [];
  add(path: Path, message: string): void {
    this.list.push({ path, message, severity: 'error' });
  }
  /** An error worded by the catalogue. */
  error(path: Path, messageId: MessageId, params: MessageParams = {}): void {
    this.push(path, messageId, params, 'error');
  }
  /** Something Calico accepts that is still likely wrong, worded by the catalogue. */
  warn(path: Path, messageId: MessageId, params: MessageParams = {}): void {
    this.push(path, messageId, params, 'warning');
  }
  private push(path: Path, messageId: MessageId, params: MessageParams, severity: Severity): void {
    const message = formatMessage(en[messageId], params);
    this.list.push({ path, message, messageId, params, severity });
  }
}

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function get(o: unknown, key: string): unknown {
  return isObj(o) && Object.hasOwn(o, key) ? o[key] : undefined;
}

/** A field is "set" the way Go sees it after decoding: present and not YAML null. */
export function isSet(v: unknown): boolean {
  return v !== undefined && v !== null;
}

export function nonEmptyList(v: unknown): v is unknown[] {
  return Array.isArray(v) && v.length > 0;
}

export function nonEmptyString(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0;
}

/** `spec.ingress[0].destination.nets[1]`; keys that are not plain words use `["…"]`. */
export function formatPath(path: Path): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** The four policy kinds, and the enforced kind whose spec rules each follows. */
export const POLICY_KINDS = {
  GlobalNetworkPolicy: 'GlobalNetworkPolicy',
  NetworkPolicy: 'NetworkPolicy',
  StagedGlobalNetworkPolicy: 'GlobalNetworkPolicy',
  StagedNetworkPolicy: 'NetworkPolicy',
} as const;
export type PolicyKind = keyof typeof POLICY_KINDS;
export type EnforcedPolicyKind = (typeof POLICY_KINDS)[PolicyKind];

export function isPolicyKind(kind: unknown): kind is PolicyKind {
  return typeof kind === 'string' && Object.hasOwn(POLICY_KINDS, kind);
}
