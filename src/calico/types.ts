/**
 * Kubernetes and Calico `projectcalico.org/v3` resource types, with the API's own field names
 * (../shared/calico/crds/). Only the fields this app reads or writes are typed; everything is plain
 * JSON so that YAML emission is the last, dumb step.
 */

export type PortSpec = number | string;
export type Action = 'Allow' | 'Deny' | 'Log' | 'Pass';
export type PolicyType = 'Ingress' | 'Egress';
export type RuleProtocol = 'TCP' | 'UDP' | 'ICMP' | 'ICMPv6' | 'SCTP' | 'UDPLite' | number;

export interface ObjectMeta {
  name: string;
  namespace?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

export interface EntityRule {
  nets?: string[];
  notNets?: string[];
  selector?: string;
  notSelector?: string;
  namespaceSelector?: string;
  ports?: PortSpec[];
  notPorts?: PortSpec[];
}

export interface Rule {
  action: Action;
  protocol?: RuleProtocol;
  notProtocol?: RuleProtocol;
  ipVersion?: 4 | 6;
  source?: EntityRule;
  destination?: EntityRule;
  metadata?: { annotations?: Record<string, string> };
}

export interface PolicySpecCommon {
  tier?: string;
  order?: number;
  selector?: string;
  types?: PolicyType[];
  ingress?: Rule[];
  egress?: Rule[];
}

export interface GlobalNetworkPolicySpec extends PolicySpecCommon {
  namespaceSelector?: string;
  doNotTrack?: boolean;
  preDNAT?: boolean;
  applyOnForward?: boolean;
}

export interface GlobalNetworkPolicy {
  apiVersion: 'projectcalico.org/v3';
  kind: 'GlobalNetworkPolicy';
  metadata: ObjectMeta;
  spec: GlobalNetworkPolicySpec;
}

export interface NetworkPolicy {
  apiVersion: 'projectcalico.org/v3';
  kind: 'NetworkPolicy';
  metadata: ObjectMeta & { namespace: string };
  spec: PolicySpecCommon;
}

/** What a staged policy would do when promoted (Calico ≥ 3.30); `Set` when absent. */
export type StagedAction = 'Set' | 'Delete' | 'Learn' | 'Ignore';

/** A GlobalNetworkPolicy that records what it would do and enforces nothing (Calico ≥ 3.30). */
export interface StagedGlobalNetworkPolicy {
  apiVersion: 'projectcalico.org/v3';
  kind: 'StagedGlobalNetworkPolicy';
  metadata: ObjectMeta;
  spec: GlobalNetworkPolicySpec & { stagedAction?: StagedAction };
}

/** A namespaced NetworkPolicy that enforces nothing (Calico ≥ 3.30). */
export interface StagedNetworkPolicy {
  apiVersion: 'projectcalico.org/v3';
  kind: 'StagedNetworkPolicy';
  metadata: ObjectMeta & { namespace: string };
  spec: PolicySpecCommon & { stagedAction?: StagedAction };
}

/** A policy tier (Calico ≥ 3.29 open source): its order and what its end does. */
export interface Tier {
  apiVersion: 'projectcalico.org/v3';
  kind: 'Tier';
  metadata: ObjectMeta;
  spec: { order?: number; defaultAction?: 'Deny' | 'Pass' };
}

/** Addresses that rules select by label, cluster-wide. */
export interface GlobalNetworkSet {
  apiVersion: 'projectcalico.org/v3';
  kind: 'GlobalNetworkSet';
  metadata: ObjectMeta;
  spec: { nets?: string[] };
}

/** Addresses that the namespace's rules select by label. */
export interface NetworkSet {
  apiVersion: 'projectcalico.org/v3';
  kind: 'NetworkSet';
  metadata: ObjectMeta & { namespace: string };
  spec: { nets?: string[] };
}

export interface EndpointPort {
  name: string;
  port: number;
  protocol: 'TCP' | 'UDP' | 'SCTP';
}

export interface HostEndpoint {
  apiVersion: 'projectcalico.org/v3';
  kind: 'HostEndpoint';
  metadata: ObjectMeta;
  spec: {
    node: string;
    interfaceName?: string;
    expectedIPs?: string[];
    profiles?: string[];
    ports?: EndpointPort[];
  };
}

export interface BGPConfiguration {
  apiVersion: 'projectcalico.org/v3';
  kind: 'BGPConfiguration';
  metadata: ObjectMeta;
  spec: {
    serviceClusterIPs?: { cidr: string }[];
    serviceExternalIPs?: { cidr: string }[];
    serviceLoadBalancerIPs?: { cidr: string }[];
    [field: string]: unknown;
  };
}

export interface ServicePortSpec {
  name?: string;
  port: number;
  targetPort?: number | string;
  protocol?: 'TCP' | 'UDP' | 'SCTP';
  nodePort?: number;
}

/** A Kubernetes `v1` Service. */
export interface KubeService {
  apiVersion: 'v1';
  kind: 'Service';
  metadata: ObjectMeta & { namespace: string };
  spec: {
    type?: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
    clusterIP?: string;
    selector?: Record<string, string>;
    ports: ServicePortSpec[];
    externalTrafficPolicy?: 'Cluster' | 'Local';
    internalTrafficPolicy?: 'Cluster' | 'Local';
  };
}

/** Every resource kind this app emits, imports or simulates. */
export type Resource =
  | GlobalNetworkPolicy
  | NetworkPolicy
  | StagedGlobalNetworkPolicy
  | StagedNetworkPolicy
  | Tier
  | GlobalNetworkSet
  | NetworkSet
  | HostEndpoint
  | BGPConfiguration
  | KubeService;

/** Every policy kind: enforced and staged, global and namespaced. */
export type AnyPolicy =
  GlobalNetworkPolicy | NetworkPolicy | StagedGlobalNetworkPolicy | StagedNetworkPolicy;

export type ResourceKind = Resource['kind'];

/** `Kind/namespace/name` or `Kind/name`: a stable reference to one resource in a bundle. */
export function resourceKey(r: Resource): string {
  const ns = r.metadata.namespace;
  return ns ? `${r.kind}/${ns}/${r.metadata.name}` : `${r.kind}/${r.metadata.name}`;
}
