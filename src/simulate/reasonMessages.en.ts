/**
 * English templates for the simulator's reason codes and trace lines, with `{param}` placeholders
 * (formatMessage in src/i18n/format.ts). The lead merges these into the i18n catalogue; the core
 * emits only codes and params.
 */
import type { ReasonCode } from './types';

export const simulateReasonsEn = {
  noHostEndpoint:
    'no HostEndpoint is bound to this interface, so Calico host policy does not apply',
  untrackedIgnoredOnWildcard:
    'HostEndpoint {hostEndpoint} has interfaceName "*", on which Felix ignores untracked (doNotTrack) policy',
  ruleMatched: 'rule {ruleIndex} of {policy} matched ({action})',
  noPolicySelects: 'no policy of this kind selects the endpoint',
  endOfTier:
    'a policy of tier {tier} selects the endpoint but no rule matched: the tier ends in its default deny',
  profileAllows: 'no policy decided, and profile {profile} allows everything',
  noProfileAllows:
    'every tier passed and HostEndpoint {hostEndpoint} has no allow-all profile: denied',
  hostEndpointNoPolicy:
    'HostEndpoint {hostEndpoint} has no normal policy and no allow-all profile: traffic to the host is denied',
  noForwardPolicy:
    'no applyOnForward policy applies to this HostEndpoint in this direction: forwarded traffic is allowed',
  forwardPassFallsThrough:
    'every tier passed; forward chains have no profiles, so the packet continues',
  untrackedNoDefaultDrop: 'no untracked rule matched; untracked policy has no default drop',
  preDnatNoDefaultDrop:
    'no pre-DNAT rule matched; pre-DNAT policy has no default drop, so the packet continues',
  alreadyAccepted: 'already accepted by {by} policy on the way in, so this stage is skipped',
  failsafePort: 'failsafe inbound port {protocol}:{port} is accepted before any policy',
  notFromLocalPod: 'the packet does not come from a pod on this node',
  notToLocalPod: 'the packet is not going to a pod on this node',
  endpointToHostAccept:
    "pod-to-host traffic: DefaultEndpointToHostAction Accept lets it in after the pod's egress policy",
  endpointToHostDrop: 'pod-to-host traffic: DefaultEndpointToHostAction Drop',
  endpointToHostReturn:
    "pod-to-host traffic: DefaultEndpointToHostAction Return hands it back to the host's INPUT chain",
  dnat: 'kube-proxy DNAT {from} → {to} (service {service}, backend {backend})',
  dnatMarkMasquerade:
    'kube-proxy DNAT {from} → {to} (service {service}, backend {backend}) and marks the packet for masquerade',
  notAServiceAddress: 'not a service address: kube-proxy leaves the packet alone',
  servicePortNotFound:
    "the destination is the cluster IP of {service} but no service port matches: not DNAT'd",
  noEndpoints: 'service {service} has no endpoints for this port: kube-proxy rejects the packet',
  noLocalEndpoints:
    'service {service} has externalTrafficPolicy Local and no endpoint on this node: dropped',
  backendNotEligible: 'kube-proxy on this node cannot choose {backend} for service {service}',
  untrackedSkipsNat:
    'the packet is untracked (NOTRACK), so no NAT happens and it keeps its address',
  notDnatted:
    "destination is in advertised service range {cidr} but was not DNAT'd: service loop prevention drops it",
  notServiceCidr: 'destination is not in an advertised service range',
  snatMasquerade: 'kube-proxy masquerades the source to {address}',
  noSnat: 'no source NAT',
  noSnatKnobOff:
    'no source NAT (kube-proxy does not masquerade): the backend sees the client address',
  noSnatReplyBypass:
    "no source NAT: the remote backend will reply straight to the client, bypassing this node's DNAT state, so the connection breaks",
  unknownNode: 'unknown node {node}',
  unknownPod: 'unknown pod {pod}',
  invalidAddress: 'not an IP address: {value}',
  missingSource: 'a flow entering through an interface needs a source address',
  podWithoutIp: 'pod {pod} has no IP address',
  podOnUnknownNode: 'pod {pod} runs on a node that is not in the design',
  rejectedTypes: 'Calico rejects this policy: {field} must list only Ingress and Egress',
  rejectedSelector: 'Calico rejects this policy: {field} is not a valid selector: {value}',
  rejectedCidr: 'Calico rejects this policy: {field} has an invalid CIDR: {value}',
  rejectedPorts: 'Calico rejects this policy: {field} has invalid ports ({value})',
  rejectedAction: 'Calico rejects this policy: {field} has an unknown action {value}',
  rejectedProtocol: 'Calico rejects this policy: {field} has an unknown protocol {value}',
  rejectedFlags:
    'Calico rejects this policy: preDNAT and doNotTrack exclude each other and need applyOnForward (preDNAT {preDNAT}, doNotTrack {doNotTrack})',
  rejectedPreDnatEgress: 'Calico rejects this policy: pre-DNAT policy may not have egress rules',
  rejectedHostEndpoint: 'Calico rejects this HostEndpoint: it needs interfaceName or expectedIPs',
  hostEndpointUnknownNode: 'this HostEndpoint names node {node}, which is not in the design',
  unknownTier:
    'tier {tier} is not known here: simulated with order 1000000 and default action Deny',
  unknownProfile: 'profile {profile} is not known here: simulated as a profile without rules',
} as const satisfies Record<ReasonCode, string>;

/** Line shapes of describeTrace. */
export type TraceLineId = 'hop' | 'stage' | 'stageVerdict' | 'final' | 'finalPolicy' | 'backend';

export const simulateTraceEn = {
  hop: '{node}, entering on {in}:',
  stage: '  {stage} [{src} → {dst}:{port}/{protocol}]: {message}',
  stageVerdict: '  {stage} [{src} → {dst}:{port}/{protocol}]: {verdict}: {message}',
  final: '{verdict} at {node}, stage {stage}',
  finalPolicy: '{verdict} at {node}, stage {stage}, by {policy} rule {ruleIndex}',
  backend: 'backend {backend}',
} as const satisfies Record<TraceLineId, string>;
