/** The design's clients and access entries, from the GlobalNetworkSets and the access edges read. */
import type { Client, Profile } from '../model/design';
import type { NetworkSetDraft } from './clientSources';
import type { ImportContext } from './context';
import type { EdgeDraft } from './readPolicies';

const cidrKey = (cidrs: readonly string[]) => [...new Set(cidrs)].sort().join(',');

/**
 * Every GlobalNetworkSet becomes a client, named after it, in file order, whether a rule grants it
 * anything or not. An edge whose rule named addresses (`source.nets`) takes the client with those
 * addresses, else a new one per distinct set of addresses, `client-1`, `client-2`… in order of
 * appearance, named after its CIDRs.
 */
export function settleClients(
  sets: readonly NetworkSetDraft[],
  edges: readonly EdgeDraft[],
  profile: Profile,
  ctx: ImportContext,
) {
  const clients: Client[] = [];
  const bySet = new Map<NetworkSetDraft, string>();
  const byKey = new Map<string, string>();
  for (const set of sets) {
    const id = ctx.ids.allocate(set.name);
    clients.push({ id, name: set.name, cidrs: set.cidrs });
    bySet.set(set, id);
    if (!byKey.has(cidrKey(set.cidrs))) byKey.set(cidrKey(set.cidrs), id);
    ctx.add(
      'mapped',
      'import.mapped.networkSet',
      { name: set.resource.name, client: id, cidrs: set.cidrs.join(', ') },
      { resource: set.resource },
    );
  }
  let unnamed = 0;
  const access: { client: string; service: string; ports?: number[] }[] = [];
  for (const edge of edges) {
    const key = cidrKey(edge.cidrs);
    let id = edge.set ? bySet.get(edge.set) : byKey.get(key);
    if (id === undefined) {
      id = ctx.ids.allocate(`client-${++unnamed}`);
      const name = edge.cidrs.join(', ');
      clients.push({
        id,
        name: name.length > 253 ? `${name.slice(0, 252)}…` : name,
        cidrs: edge.cidrs,
      });
      byKey.set(key, id);
      ctx.add(
        'mapped',
        'import.mapped.client',
        { client: id, cidrs: edge.cidrs.join(', ') },
        edge.at,
      );
    }
    const all = edge.service.ports.map((p) => p.port);
    const ports = all.filter((p) => edge.ports.has(p));
    const complete = all.every((p) => edge.ports.has(p));
    // The guide writes "any port" and "these ports" differently, so a listed edge stays listed.
    const keepList = !edge.anyPort && !(complete && !(profile === 'guide' && edge.listed));
    access.push({
      client: id,
      service: edge.service.id,
      ...(keepList ? { ports: [...new Set(ports)] } : {}),
    });
  }
  return { clients, access };
}
