/** Questions the rest of the app asks of a design. Pure lookups, no state. */
import type { Design, Pod, Service } from './design';

/**
 * The pods a Service selects: same namespace, every selector label equal. An empty selector selects
 * nothing, as in Kubernetes (such a Service gets no managed endpoints).
 */
export function podsOfService(design: Design, service: Service): Pod[] {
  const entries = Object.entries(service.selector);
  if (entries.length === 0) return [];
  return design.pods.filter(
    (p) => p.namespace === service.namespace && entries.every(([k, v]) => p.labels[k] === v),
  );
}
