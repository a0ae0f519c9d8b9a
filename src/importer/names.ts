/**
 * Names and ids for imported elements. The generated policy names come from the same module the
 * generator names them with (src/calico/resourceNames.ts), so that a policy of this app's own
 * output can be tied back to its service by name when two services share a selector.
 */
import { dnsLabel, shortHash } from '../calico/resourceNames';
import { isElementId } from '../model/names';

/** A DNS label built from parts, cut to 63 characters with a hash (as the generator's). */
export function dnsLabelName(...parts: string[]): string {
  return dnsLabel(parts.join('-'));
}

/** Hands out element ids, unique across every kind of element, from preferred names. */
export class IdAllocator {
  private readonly taken = new Set<string>();

  /** Marks ids already in use (a design's own), so that `allocate` never hands them out. */
  reserve(ids: Iterable<string>): void {
    for (const id of ids) this.taken.add(id);
  }

  /** `preferred` if it is a free, valid id; else a cleaned-up form with a numeric suffix. */
  allocate(preferred: string): string {
    let base = preferred;
    if (!isElementId(base)) {
      base = preferred.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '');
      if (base.length > 55) base = `${base.slice(0, 47)}-${shortHash(preferred)}`;
      if (!isElementId(base)) base = `x-${shortHash(preferred)}`;
    }
    let id = base;
    for (let n = 2; this.taken.has(id) || !isElementId(id); n++) {
      id = `${base.slice(0, 55)}-${n}`;
    }
    this.taken.add(id);
    return id;
  }
}
