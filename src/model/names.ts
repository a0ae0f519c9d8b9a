/** Kubernetes and Calico name rules (reference/calico/VALIDATION.md §1, §6, §9). */

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const RFC1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const INTERFACE = /^[a-zA-Z0-9_.-]{1,15}$/;
const ID = /^[A-Za-z0-9]([A-Za-z0-9._-]{0,62})$/;

/** A DNS-1123 label: namespaces. */
export function isDnsLabel(s: string): boolean {
  return s.length <= 63 && DNS_LABEL.test(s);
}

/** An RFC 1035 label: Service names (must start with a letter). */
export function isServiceName(s: string): boolean {
  return s.length <= 63 && RFC1035_LABEL.test(s);
}

/** A DNS-1123 subdomain: pod and node names, HostEndpoint names. */
export function isDnsSubdomain(s: string): boolean {
  return s.length <= 253 && DNS_SUBDOMAIN.test(s);
}

/** A Kubernetes label key: optional lower-case DNS prefix and `/`, then a 1–63 character name. */
export function isLabelKey(s: string): boolean {
  const slash = s.lastIndexOf('/');
  const prefix = slash >= 0 ? s.slice(0, slash) : undefined;
  const name = slash >= 0 ? s.slice(slash + 1) : s;
  if (prefix !== undefined && (prefix === '' || !isDnsSubdomain(prefix))) return false;
  return name.length <= 63 && LABEL_NAME.test(name);
}

/** A Kubernetes label value: empty, or up to 63 characters of `[A-Za-z0-9._-]`, alphanumeric ends. */
export function isLabelValue(s: string): boolean {
  return s === '' || (s.length <= 63 && LABEL_NAME.test(s));
}

/** A port name (IANA_SVC_NAME): 1–15 of `a-z0-9-`, at least one letter, no `--`, no `-` at ends. */
export function isPortName(s: string): boolean {
  return (
    s.length >= 1 &&
    s.length <= 15 &&
    /^[a-z0-9-]+$/.test(s) &&
    /[a-z]/.test(s) &&
    !s.startsWith('-') &&
    !s.endsWith('-') &&
    !s.includes('--')
  );
}

/** A HostEndpoint `interfaceName` other than `*`. */
export function isInterfaceName(s: string): boolean {
  return INTERFACE.test(s);
}

/** A design element id: 1–63 characters, letters, digits, `.`, `_`, `-`, starting alphanumeric. */
export function isElementId(s: string): boolean {
  return ID.test(s);
}
