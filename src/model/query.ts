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

/**
 * A lookup of each Service's pods that costs one pass over the pods: pods are bucketed by
 * namespace and one selector label, so a large design is not scanned once per service.
 */
export function podsOfServiceIndex(design: Design): (service: Service) => Pod[] {
  const buckets = new Map<string, Pod[]>();
  for (const p of design.pods) {
    for (const [k, v] of Object.entries(p.labels)) {
      const key = `${p.namespace}\u0000${k}\u0000${v}`;
      const list = buckets.get(key);
      if (list) list.push(p);
      else buckets.set(key, [p]);
    }
  }
  return (service) => {
    const entries = Object.entries(service.selector);
    const [first] = entries;
    if (!first) return [];
    const candidates = buckets.get(`${service.namespace}\u0000${first[0]}\u0000${first[1]}`) ?? [];
    return candidates.filter((p) => entries.every(([k, v]) => p.labels[k] === v));
  };
}
