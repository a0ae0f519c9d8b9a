/**
 * The cluster-changes part: what the design needs from objects the user owns (Services, the
 * `BGPConfiguration default`), never written as whole objects, which would rewrite what Helm, Argo
 * or the cluster's BGP set-up own. Each change is a minimal merge patch with the `kubectl patch`
 * command that applies it and its side effect in words (reference/calico/DATAPLANES.md §6).
 */
import type { BGPConfiguration, KubeService } from '../calico/types';
import { en, type MessageId } from '../i18n/en';
import { formatMessage, type MessageParams } from '../i18n/format';
import type { Design, Service } from '../model/design';
import { effectiveTrafficPolicy } from '../model/design';
import { shellQuote } from '../text/shellQuote';
import { describePorts, portGroups, uniqueCidrs } from './common';

/** Words by id, with their params. */
export interface Words {
  messageId: MessageId;
  params: MessageParams;
}

/** One change to an object the user owns. */
export interface ClusterChange {
  /** `Service/default/web`, `BGPConfiguration/default`. */
  key: string;
  /** The merge patch, in manifest form (apiVersion, kind, metadata, and the fields it sets). */
  patch:
    | (Pick<KubeService, 'apiVersion' | 'kind' | 'metadata'> & {
        spec: Partial<KubeService['spec']>;
      })
    | (Pick<BGPConfiguration, 'apiVersion' | 'kind' | 'metadata'> & {
        spec: BGPConfiguration['spec'];
      });
  /** `kubectl patch … --type merge -p '…'`. */
  command: string;
  /** What it does and why the design needs it. */
  what: Words;
  /** What else it does: a port on every node, lists it replaces. */
  effects: Words[];
  /** Design elements that need it. */
  elements: string[];
}

/** The patch body `kubectl patch -p` takes: only the fields that change. */
function patchJson(spec: object): string {
  return JSON.stringify({ spec });
}

/**
 * A Local-mode Service needs `externalTrafficPolicy: Local`, which Kubernetes accepts only on a
 * NodePort or LoadBalancer Service (or one with externalIPs): so the patch also makes it NodePort,
 * which opens a NodePort on every node for each of its ports (DATAPLANES.md §6.2).
 */
function serviceChange(design: Design, service: Service): ClusterChange | undefined {
  if (effectiveTrafficPolicy(design, service) !== 'Local') return undefined;
  const spec = { type: 'NodePort' as const, externalTrafficPolicy: 'Local' as const };
  const svc = `${service.namespace}/${service.name}`;
  return {
    key: `Service/${service.namespace}/${service.name}`,
    patch: {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: service.name, namespace: service.namespace },
      spec,
    },
    command: [
      'kubectl patch service',
      shellQuote(service.name),
      '-n',
      shellQuote(service.namespace),
      '--type merge -p',
      shellQuote(patchJson(spec)),
    ].join(' '),
    what: { messageId: 'change.service.local', params: { service: svc } },
    effects: [
      {
        messageId: 'change.service.local.nodePorts',
        params: { ports: describePorts(portGroups(service), 'ports') },
      },
    ],
    elements: [service.id],
  };
}

/**
 * `serviceClusterIPs` on `BGPConfiguration default` (only `default` may carry it, VALIDATION.md
 * §10). A merge patch keeps every other field (AS number, mesh, peering settings) and replaces
 * this one list, so it lists every service CIDR of the design.
 */
function bgpChange(design: Design): ClusterChange {
  const cidrs = uniqueCidrs(design.cluster.serviceCidrs);
  const spec = { serviceClusterIPs: cidrs.map((cidr) => ({ cidr })) };
  return {
    key: 'BGPConfiguration/default',
    patch: {
      apiVersion: 'projectcalico.org/v3',
      kind: 'BGPConfiguration',
      metadata: { name: 'default' },
      spec,
    },
    command: `kubectl patch bgpconfiguration default --type merge -p ${shellQuote(patchJson(spec))}`,
    what: { messageId: 'change.bgp', params: { cidrs: cidrs.join(', ') } },
    effects: [
      { messageId: 'change.bgp.keeps', params: {} },
      { messageId: 'change.bgp.missing', params: { cidrs: cidrs.join(', ') } },
    ],
    elements: [],
  };
}

/** Every change the design needs, Services first, the BGP advertisement last. */
export function clusterChanges(design: Design): ClusterChange[] {
  const changes: ClusterChange[] = [];
  for (const s of design.services) {
    const change = serviceChange(design, s);
    if (change) changes.push(change);
  }
  changes.push(bgpChange(design));
  return changes;
}

/** Words in English, for the YAML's comments (the file never changes with the UI's language). */
export function inEnglish(words: Words): string {
  return formatMessage(en[words.messageId], words.params);
}
