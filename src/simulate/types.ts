/**
 * The simulator's public vocabulary: what a caller asks (a flow and options) and what it gets back
 * (a verdict and a per-node trace of stages). Stage ids follow the packet path of
 * reference/calico/SEMANTICS.md §1.2; every explanation is a `ReasonCode` with params, put into
 * words only by reasonMessages.ts, in each language.
 */

/** One step of the packet path on one node, in packet order (SEMANTICS.md §1.2 table). */
export type StageId =
  | 'untracked'
  | 'preDNAT'
  | 'serviceNAT'
  | 'hostEndpointInput'
  | 'hostEndpointOutput'
  | 'workloadEgress'
  | 'hostEndpointForwardIngress'
  | 'workloadIngress'
  | 'hostEndpointForwardEgress'
  | 'serviceLoopPrevention'
  | 'postrouting';

/** What one stage did with the packet. NAT stages carry no verdict, only a reason. */
export type StageVerdict =
  | 'allow'
  | 'deny'
  | 'pass-through'
  | 'default-deny'
  | 'default-allow'
  | 'failsafe-allow'
  | 'skipped-already-accepted'
  | 'not-applicable';

/** Why a stage did what it did; also used for input errors and resource notes. */
export type ReasonCode =
  // Host endpoint binding (SEMANTICS.md §2.1, §2.4)
  | 'noHostEndpoint'
  | 'untrackedIgnoredOnWildcard'
  // Policy outcomes (§2.2, §2.3)
  | 'ruleMatched'
  | 'noPolicySelects'
  | 'endOfTier'
  | 'profileAllows'
  | 'noProfileAllows'
  | 'hostEndpointNoPolicy'
  | 'noForwardPolicy'
  | 'forwardPassFallsThrough'
  | 'untrackedNoDefaultDrop'
  | 'preDnatNoDefaultDrop'
  | 'alreadyAccepted'
  | 'failsafePort'
  | 'notFromLocalPod'
  | 'notToLocalPod'
  | 'endpointToHostAccept'
  | 'endpointToHostDrop'
  | 'endpointToHostReturn'
  // Traffic a node's host starts (filter OUTPUT; DATAPLANES.md §1.4)
  | 'hostEndpointNoEgressPolicy'
  | 'failsafeOutboundPort'
  | 'hostToLocalWorkload'
  | 'localDelivery'
  // kube-proxy (§1.3, §1.4)
  | 'dnat'
  | 'dnatMarkMasquerade'
  | 'notAServiceAddress'
  | 'servicePortNotFound'
  | 'noEndpoints'
  | 'noLocalEndpoints'
  | 'backendNotEligible'
  | 'untrackedSkipsNat'
  // Service loop prevention (§1.2 row 4b v)
  | 'notDnatted'
  | 'notServiceCidr'
  // POSTROUTING (§1.3)
  | 'snatMasquerade'
  | 'noSnat'
  | 'noSnatKnobOff'
  | 'noSnatReplyBypass'
  // Input errors (thrown as SimulationInputError)
  | 'unknownNode'
  | 'unknownPod'
  | 'invalidAddress'
  | 'missingSource'
  | 'podWithoutIp'
  | 'podOnUnknownNode'
  | 'nodeWithoutAddress'
  // Notes on resources the simulator had to ignore or guess about
  | 'rejectedTypes'
  | 'rejectedSelector'
  | 'rejectedCidr'
  | 'rejectedPorts'
  | 'rejectedAction'
  | 'rejectedProtocol'
  | 'rejectedFlags'
  | 'rejectedPreDnatEgress'
  | 'rejectedHostEndpoint'
  | 'hostEndpointUnknownNode'
  | 'unknownTier'
  | 'unknownProfile'
  | 'stagedNotEnforced'
  | 'rejectedNetworkSet'
  // Notes of the audit on a running cluster's settings (src/simulate/audit.ts)
  | 'felixSettingsApplied'
  | 'felixPerNodeNotJudged'
  | 'autoHostEndpoints';

/** Named parameters substituted into a reason's template. */
export type ReasonParams = Record<string, string | number>;

/** The packet as one stage sees it: addresses and the destination port at that point. */
export interface PacketView {
  src: string;
  dst: string;
  port: number;
  protocol: string;
}

/** One stage's record in the trace. */
export interface StageRecord {
  stage: StageId;
  verdict?: StageVerdict;
  /** GlobalNetworkPolicy name, or `namespace/name` of a NetworkPolicy. */
  policy?: string;
  /** Index in the policy's `ingress` or `egress` list. */
  ruleIndex?: number;
  /** The packet as the stage meets it; for serviceNAT that is before translation (see params). */
  sees?: PacketView;
  reason: ReasonCode;
  params?: ReasonParams;
}

/** The stages run on one node, entered through interface `in`. */
export interface Hop {
  node: string;
  in: string;
  stages: StageRecord[];
}

/** The outcome for the whole flow: which node and stage decided. */
export interface FinalVerdict {
  verdict: 'allowed' | 'denied';
  node: string;
  stage: StageId;
  policy?: string;
  ruleIndex?: number;
}

/**
 * One simulated first packet: verdict plus trace, for one backend when the flow was DNAT'd.
 * Results share stage records and downstream hops with other results: treat them as read-only.
 */
export interface SimulationResult {
  final: FinalVerdict;
  hops: Hop[];
  /** `namespace/name` of the backend pod kube-proxy chose, when the flow was DNAT'd. */
  backend?: string;
}

export type FlowProtocol = 'TCP' | 'UDP' | 'SCTP';

/**
 * Where the packet starts: entering a node through an interface (external source), leaving a pod
 * through its veth, or sent by a node's host itself (kubelet, a health check, `curl` on the node).
 */
export type FlowVia = { node: string; iface: string } | { pod: string } | { fromNode: string };

/**
 * The first packet of a new connection. `via.node` and `via.fromNode` are a node id or name;
 * `via.pod` and `backend` are `namespace/name` (or a pod id). `src` is required for an interface
 * entry; it defaults to the pod's IP for a pod entry, and for a node entry to the address the
 * node's route to the destination would pick (else the node's first address of that family).
 */
export interface Flow {
  src?: string;
  dst: string;
  port: number;
  protocol: FlowProtocol;
  via: FlowVia;
  /** Pin kube-proxy's backend choice; when absent every eligible backend yields one result. */
  backend?: string;
  /** Source port; rules with `source.ports` need one. Default 49152 (first dynamic port). */
  srcPort?: number;
}

/** One entry of Felix `FailsafeInboundHostPorts` (SEMANTICS.md §2.5); `net` limits the source. */
export interface FailsafePort {
  protocol: FlowProtocol | 'tcp' | 'udp' | 'sctp';
  port: number;
  net?: string;
}

/** Felix `DefaultEndpointToHostAction`: what happens to pod → own-node traffic after egress policy. */
export type EndpointToHostAction = 'Accept' | 'Drop' | 'Return';

/** Knobs for facts that are not in the design or the resources. */
export interface SimulateOptions {
  /**
   * true (default): kube-proxy iptables with a cluster CIDR masquerades off-cluster sources to cluster
   * IPs and may pick any endpoint, whatever `externalTrafficPolicy` says (SEMANTICS.md §1.3, §1.4
   * row 3). false: no masquerade; Local services use only endpoints on the ingress node (the docs'
   * picture, §1.4 row 2) and Cluster services reach remote endpoints un-SNAT'd (§1.4 row 4).
   */
  kubeProxyMasquerade?: boolean;
  /** Felix inbound failsafe ports; default Calico's list (SEMANTICS.md §2.5). `[]` disables. */
  failsafeInboundHostPorts?: readonly FailsafePort[];
  /** Felix outbound failsafe ports (host-originated traffic); default Calico's list (§2.5). */
  failsafeOutboundHostPorts?: readonly FailsafePort[];
  /** Default 'Accept', the value Calico's Kubernetes manifests set. */
  endpointToHostAction?: EndpointToHostAction;
}

/** Something about the resources the simulator had to ignore or guess (e.g. a rejected policy). */
export interface SimulationNote {
  /** `Kind/name` or `Kind/namespace/name`. */
  resource: string;
  reason: ReasonCode;
  params?: ReasonParams;
}

/** Bad flow input: an unknown node or pod, an unparsable address. Carries a code, not a sentence. */
export class SimulationInputError extends Error {
  constructor(
    readonly reason: ReasonCode,
    readonly params: ReasonParams = {},
  ) {
    super(`${reason} ${JSON.stringify(params)}`);
    this.name = 'SimulationInputError';
  }
}
