/**
 * The simulator's words in every language: templates of its reason codes, of the trace lines of
 * describeTrace, of the verdicts those lines print and of the reachability summary, with `{param}`
 * placeholders (formatMessage in src/i18n/format.ts). The core emits only codes and params; these
 * tables put them into words. They live here, not in src/i18n/catalogue.ts, because src/i18n may
 * not import src/simulate (ReasonCode); reasonMessages.test.ts holds the Chinese to the same rules
 * as catalogue.test.ts (placeholders, Chinese text, the glossary's spellings).
 */
import type { Locale } from '../i18n/locale';
import type { FinalVerdict, ReasonCode, StageVerdict } from './types';

/** Line shapes of describeTrace. */
export type TraceLineId = 'hop' | 'stage' | 'stageVerdict' | 'final' | 'finalPolicy' | 'backend';

/** Pieces of the reachability summary (English needs a singular and a plural of each count). */
export type SummaryLineId =
  | 'cellsOne'
  | 'cellsOther'
  | 'flowsOne'
  | 'flowsOther'
  | 'mismatchesOne'
  | 'mismatchesOther'
  | 'head'
  | 'detail';

/** The verdicts describeTrace prints: a stage's, and the flow's. */
export type VerdictWordId = StageVerdict | FinalVerdict['verdict'];

/** One table of templates per language. */
export type ByLocale<Id extends string> = Readonly<Record<Locale, Readonly<Record<Id, string>>>>;

const reasonsEn = {
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
  hostEndpointNoEgressPolicy:
    'HostEndpoint {hostEndpoint} has no normal egress policy and no allow-all profile: traffic from the host is denied',
  failsafeOutboundPort: 'failsafe outbound port {protocol}:{port} is accepted before any policy',
  hostToLocalWorkload:
    'from the host to a pod on the same node: Felix does not police this traffic, it is always allowed',
  localDelivery:
    "the destination is one of this node's own addresses: the packet stays on the host and meets no HostEndpoint policy",
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
  nodeWithoutAddress: 'node {node} has no IPv{family} address to send from',
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
  stagedNotEnforced:
    'a staged policy: read, but it never enforces (Calico only records what it would do), so the simulation leaves it out',
  rejectedNetworkSet: 'Calico rejects this network set: {field} has an invalid CIDR: {value}',
  felixSettingsApplied: 'the cluster sets {settings}: the audit uses these values',
  felixPerNodeNotJudged:
    'settings for node {node} only: the audit applies the cluster-wide FelixConfiguration to every node',
  autoHostEndpoints:
    'automatic HostEndpoints are on: the audit adds one per node ({count}), on every interface ("*"), with profile projectcalico-default-allow',
} as const satisfies Record<ReasonCode, string>;

// Calico's own words stay as they are written in its resources and Felix settings (profile, tier
// order, action values, DefaultEndpointToHostAction, INPUT, NOTRACK); the prose around them is
// translated, as in the Chinese Calico guide (reference/seed/services-cluster-ips.zh.md).
const reasonsZhCN: Readonly<Record<ReasonCode, string>> = {
  noHostEndpoint: '此接口未绑定 HostEndpoint，因此 Calico 主机策略不适用',
  untrackedIgnoredOnWildcard:
    'HostEndpoint {hostEndpoint} 的 interfaceName 为 "*"，Felix 在这类端点上忽略不跟踪（doNotTrack）策略',
  ruleMatched: '{policy} 的规则 {ruleIndex} 匹配（{action}）',
  noPolicySelects: '没有此类策略选中该端点',
  endOfTier: '层级 {tier} 中有策略选中该端点，但没有规则匹配：该层级以默认拒绝结束',
  profileAllows: '没有策略作出判定，且 profile {profile} 允许一切流量',
  noProfileAllows: '所有层级都已 pass，且 HostEndpoint {hostEndpoint} 没有全部允许的 profile：拒绝',
  hostEndpointNoPolicy:
    'HostEndpoint {hostEndpoint} 既没有普通策略，也没有全部允许的 profile：发往主机的流量被拒绝',
  noForwardPolicy: '此方向上没有 applyOnForward 策略作用于该 HostEndpoint：转发的流量被允许',
  forwardPassFallsThrough: '所有层级都已 pass；转发链没有 profile，因此数据包继续前进',
  untrackedNoDefaultDrop: '没有不跟踪规则匹配；不跟踪策略没有默认丢弃',
  preDnatNoDefaultDrop: '没有 pre-DNAT 规则匹配；pre-DNAT 策略没有默认丢弃，因此数据包继续前进',
  alreadyAccepted: '进入时已被 {by} 策略接受，因此跳过此阶段',
  failsafePort: 'failsafe 入站端口 {protocol}:{port} 在所有策略之前被接受',
  notFromLocalPod: '数据包不是来自本节点上的 Pod',
  notToLocalPod: '数据包不是发往本节点上的 Pod',
  endpointToHostAccept:
    'Pod 到主机的流量：DefaultEndpointToHostAction Accept 在 Pod 的出站策略之后放行它',
  endpointToHostDrop: 'Pod 到主机的流量：DefaultEndpointToHostAction Drop',
  endpointToHostReturn:
    'Pod 到主机的流量：DefaultEndpointToHostAction Return 把它交回主机的 INPUT 链',
  hostEndpointNoEgressPolicy:
    'HostEndpoint {hostEndpoint} 既没有普通出站策略，也没有全部允许的 profile：从主机发出的流量被拒绝',
  failsafeOutboundPort: 'failsafe 出站端口 {protocol}:{port} 在所有策略之前被接受',
  hostToLocalWorkload: '从主机发往同一节点上的 Pod：Felix 不对这类流量执行策略，始终放行',
  localDelivery: '目的地址是本节点自己的地址：数据包留在主机内，不经过任何 HostEndpoint 策略',
  dnat: 'kube-proxy DNAT {from} → {to}（Service {service}，后端 {backend}）',
  dnatMarkMasquerade:
    'kube-proxy DNAT {from} → {to}（Service {service}，后端 {backend}），并标记数据包以做伪装',
  notAServiceAddress: '不是 Service 地址：kube-proxy 不处理该数据包',
  servicePortNotFound: '目的地址是 {service} 的集群 IP，但没有匹配的 Service 端口：未做 DNAT',
  noEndpoints: 'Service {service} 在此端口上没有端点：kube-proxy 拒绝该数据包',
  noLocalEndpoints: 'Service {service} 的 externalTrafficPolicy 为 Local，且本节点上没有端点：丢弃',
  backendNotEligible: '本节点上的 kube-proxy 不能为 Service {service} 选择 {backend}',
  untrackedSkipsNat: '数据包不被跟踪（NOTRACK），因此不做 NAT，保留原地址',
  notDnatted: '目的地址在已发布的 Service 地址段 {cidr} 内，但未做 DNAT：Service 环路防护将其丢弃',
  notServiceCidr: '目的地址不在已发布的 Service 地址段内',
  snatMasquerade: 'kube-proxy 把源地址伪装为 {address}',
  noSnat: '不做源 NAT',
  noSnatKnobOff: '不做源 NAT（kube-proxy 不做伪装）：后端看到的是客户端地址',
  noSnatReplyBypass: '不做源 NAT：远端后端会直接回复客户端，绕过本节点的 DNAT 状态，因此连接会中断',
  unknownNode: '未知节点 {node}',
  unknownPod: '未知 Pod {pod}',
  invalidAddress: '不是 IP 地址：{value}',
  missingSource: '经接口进入的流量需要源地址',
  podWithoutIp: 'Pod {pod} 没有 IP 地址',
  podOnUnknownNode: 'Pod {pod} 运行在设计中不存在的节点上',
  nodeWithoutAddress: '节点 {node} 没有可用作源地址的 IPv{family} 地址',
  rejectedTypes: 'Calico 拒绝此策略：{field} 只能列出 Ingress 和 Egress',
  rejectedSelector: 'Calico 拒绝此策略：{field} 不是有效的选择器：{value}',
  rejectedCidr: 'Calico 拒绝此策略：{field} 含有无效的 CIDR：{value}',
  rejectedPorts: 'Calico 拒绝此策略：{field} 含有无效的端口（{value}）',
  rejectedAction: 'Calico 拒绝此策略：{field} 含有未知的 action {value}',
  rejectedProtocol: 'Calico 拒绝此策略：{field} 含有未知的协议 {value}',
  rejectedFlags:
    'Calico 拒绝此策略：preDNAT 与 doNotTrack 互斥，且都需要 applyOnForward（preDNAT {preDNAT}，doNotTrack {doNotTrack}）',
  rejectedPreDnatEgress: 'Calico 拒绝此策略：pre-DNAT 策略不能有 egress 规则',
  rejectedHostEndpoint: 'Calico 拒绝此 HostEndpoint：它需要 interfaceName 或 expectedIPs',
  hostEndpointUnknownNode: '此 HostEndpoint 指定的节点 {node} 不在设计中',
  unknownTier: '此处不认识层级 {tier}：按 order 1000000、默认动作 Deny 模拟',
  unknownProfile: '此处不认识 profile {profile}：按没有规则的 profile 模拟',
  stagedNotEnforced:
    '这是 staged 策略：已读取，但它从不生效（Calico 只记录它将如何处理），因此模拟时不计入',
  rejectedNetworkSet: 'Calico 拒绝此网络集：{field} 含有无效的 CIDR：{value}',
  felixSettingsApplied: '集群设置了 {settings}：审计采用这些值',
  felixPerNodeNotJudged:
    '仅针对节点 {node} 的设置：审计对所有节点统一采用集群级 FelixConfiguration',
  autoHostEndpoints:
    '已开启自动 HostEndpoint：审计为每个节点添加一个（共 {count} 个），作用于所有接口（"*"），带 profile projectcalico-default-allow',
};

/** The text of each reason code, per language. */
export const simulateReasons: ByLocale<ReasonCode> = { en: reasonsEn, 'zh-CN': reasonsZhCN };

/** The lines of describeTrace, per language. */
export const simulateTraceLines: ByLocale<TraceLineId> = {
  en: {
    hop: '{node}, entering on {in}:',
    stage: '  {stage} [{src} → {to}/{protocol}]: {message}',
    stageVerdict: '  {stage} [{src} → {to}/{protocol}]: {verdict}: {message}',
    final: '{verdict} at {node}, stage {stage}',
    finalPolicy: '{verdict} at {node}, stage {stage}, by {policy} rule {ruleIndex}',
    backend: 'backend {backend}',
  },
  'zh-CN': {
    hop: '{node}，从 {in} 进入：',
    stage: '  {stage} [{src} → {to}/{protocol}]：{message}',
    stageVerdict: '  {stage} [{src} → {to}/{protocol}]：{verdict}：{message}',
    final: '{verdict}，位于 {node}，阶段 {stage}',
    finalPolicy: '{verdict}，位于 {node}，阶段 {stage}，依据 {policy} 的规则 {ruleIndex}',
    backend: '后端 {backend}',
  },
};

/** The verdicts in describeTrace's lines: English prints the codes themselves. */
export const simulateVerdicts: ByLocale<VerdictWordId> = {
  en: {
    allow: 'allow',
    deny: 'deny',
    'pass-through': 'pass-through',
    'default-deny': 'default-deny',
    'default-allow': 'default-allow',
    'failsafe-allow': 'failsafe-allow',
    'skipped-already-accepted': 'skipped-already-accepted',
    'not-applicable': 'not-applicable',
    allowed: 'allowed',
    denied: 'denied',
  },
  'zh-CN': {
    allow: '允许',
    deny: '拒绝',
    'pass-through': '继续传递',
    'default-deny': '默认拒绝',
    'default-allow': '默认允许',
    'failsafe-allow': 'failsafe 允许',
    'skipped-already-accepted': '已接受，跳过',
    'not-applicable': '不适用',
    allowed: '已放行',
    denied: '已拒绝',
  },
};

/** The pieces of the reachability summary, per language. */
export const simulateSummaries: ByLocale<SummaryLineId> = {
  en: {
    cellsOne: '{count} cell',
    cellsOther: '{count} cells',
    flowsOne: '{count} in-cluster flow',
    flowsOther: '{count} in-cluster flows',
    mismatchesOne: '{count} mismatch',
    mismatchesOther: '{count} mismatches',
    head: '{cells}, {mismatches}',
    detail: '{head}: {allowed} unexpectedly allowed, {denied} unexpectedly denied',
  },
  'zh-CN': {
    cellsOne: '{count} 个单元格',
    cellsOther: '{count} 个单元格',
    flowsOne: '{count} 条集群内流量',
    flowsOther: '{count} 条集群内流量',
    mismatchesOne: '{count} 处不符',
    mismatchesOther: '{count} 处不符',
    head: '{cells}，{mismatches}',
    detail: '{head}：{allowed} 个意外放行，{denied} 个意外拒绝',
  },
};
