/**
 * UI words of the audit and the intent (issue #13): the Reachability tab's "Running now" /
 * "Proposed" switch, the in-cluster flows, the view by existing policy, the baseline actions, and
 * the inspector's inferred edges and "nobody outside". English, and 简体中文 with every id.
 */
import type { Translation } from '../translation';

export const auditEn = {
  // What the Reachability tab judges
  'ui.audit.mode.label': 'Policy to judge',
  'ui.audit.mode.runningNow': 'Running now',
  'ui.audit.mode.proposed': 'Proposed',
  'ui.audit.mode.runningNowHint':
    'What the cluster runs now (the baseline: {count} resources from {sources}), judged against the access edges, inferred ones included. A Service without edges: nobody outside should reach it.',
  'ui.audit.mode.proposedHint':
    'The policies this design generates, judged against its access edges.',
  'ui.audit.mode.noBaseline':
    'No baseline: this design does not say what the cluster runs now. Import the cluster’s policy, or adopt the proposed policies once you have applied them.',
  'ui.audit.baseline.adopt': 'Adopt as running now',
  'ui.audit.baseline.adoptHint':
    'Sets the baseline to the policies part this design generates now ({file}), as if you had applied it. “Running now” then judges that. Undo takes it back.',
  'ui.audit.baseline.forget': 'Forget the baseline',
  'ui.audit.baseline.forgetHint':
    'Drops what the cluster runs now from the design; the access edges stay. Undo brings it back.',
  // Which list the tab shows
  'ui.audit.view.label': 'Show',
  'ui.audit.view.outside': 'From outside',
  'ui.audit.view.inCluster': 'In the cluster',
  'ui.audit.view.policies': 'By existing policy',
  // In-cluster flows
  'ui.audit.inCluster.label': 'In-cluster flows',
  'ui.audit.inCluster.summary': 'In-cluster summary',
  'ui.audit.inCluster.computing': 'Computing the in-cluster flows…',
  'ui.audit.inCluster.failed': 'The in-cluster flows failed: {error}',
  'ui.audit.inCluster.allAsExpected': 'Every in-cluster flow is as expected.',
  'ui.audit.inCluster.more': 'The first {shown} of {count} are listed; the CLI lists them all.',
  'ui.audit.inCluster.kind.podToPod': 'pod → pod',
  'ui.audit.inCluster.kind.podToTargetPort': 'pod → target port',
  'ui.audit.inCluster.kind.podToClusterIP': 'pod → cluster IP',
  'ui.audit.inCluster.kind.nodeToNode': 'node → node',
  'ui.audit.inCluster.kind.nodeToPod': 'node → pod',
  'ui.audit.inCluster.kind.podToNode': 'pod → node',
  'ui.audit.inCluster.asExpected': 'as with no policy',
  'ui.audit.inCluster.expected': 'expected: {expected}',
  'ui.audit.inCluster.restricted': 'expected: {expected} (inCluster {setting} of {service})',
  'ui.audit.inCluster.sentence': '{kind} {from} → {to} ({destination}): {outcome}, {expectation}',
  'ui.audit.inCluster.open': 'Trace: {sentence}',
  'ui.audit.trace.close': 'Close',
  'ui.audit.trace.decidedBy': 'Decided by the existing policy {policy}, rule {rule} ({stage}).',
  'ui.audit.trace.endOfTier':
    'Decided at the end of tier {tier}: a policy of it selects the endpoint and none of its rules matches.',
  'ui.audit.trace.noPolicy': 'No existing policy decides this flow.',
  // The view by existing policy
  'ui.audit.policies.label': 'Existing policies, by the flows they decide',
  'ui.audit.policies.computing': 'Reading each flow’s deciding rule…',
  'ui.audit.policies.tier': 'tier {tier}',
  'ui.audit.policies.counts.one': '{count} flow: {allowed} allowed, {denied} denied',
  'ui.audit.policies.counts.other': '{count} flows: {allowed} allowed, {denied} denied',
  'ui.audit.policies.mismatches': '{count} not as intended',
  'ui.audit.policies.rule': 'rule {rule} at {stage}: {allowed} allowed, {denied} denied',
  'ui.audit.policies.endOfTier.one':
    'End of tier {tier}: {count} flow denied (a policy of the tier selects the endpoint, no rule matches)',
  'ui.audit.policies.endOfTier.other':
    'End of tier {tier}: {count} flows denied (a policy of the tier selects the endpoint, no rule matches)',
  'ui.audit.policies.idle': 'Existing policies that decide no flow',
  'ui.audit.policies.staged': 'staged: it only records',
  'ui.audit.policies.none': 'No existing policy decides any flow.',
  // The inspector: inferred edges and "nobody outside"
  'ui.audit.inferred': 'inferred',
  'ui.audit.inferredHint':
    'Read from the allow rules of what the cluster runs now, not said by you. Confirm it, edit it or remove it.',
  'ui.audit.canvasLabel': '{ports} · inferred',
  'ui.audit.confirm': 'Confirm',
  'ui.audit.confirmEdge': 'Confirm access of {client} to {service}',
  'ui.audit.nobodyOutside': 'Nobody outside should reach this',
  'ui.audit.nobodyOutsideHint':
    'Removes every access edge to this Service ({count}), inferred ones too. Undo brings them back.',
  'ui.audit.nobodyOutsideNow': 'No access edge: nobody outside should reach this Service.',
} as const;

export const auditZhCN: Translation<typeof auditEn> = {
  'ui.audit.mode.label': '要评估的策略',
  'ui.audit.mode.runningNow': '当前运行',
  'ui.audit.mode.proposed': '拟议',
  'ui.audit.mode.runningNowHint':
    '集群当前运行的策略（基线：来自 {sources} 的 {count} 个资源），对照访问关系（包括推断出的）进行评估。没有访问关系的 Service 表示集群外任何来源都不应访问它。',
  'ui.audit.mode.proposedHint': '本设计生成的策略，对照其访问关系进行评估。',
  'ui.audit.mode.noBaseline':
    '没有基线：本设计未说明集群当前运行什么。请导入集群的策略，或在应用拟议策略之后将其采纳为当前运行。',
  'ui.audit.baseline.adopt': '采纳为当前运行',
  'ui.audit.baseline.adoptHint':
    '把基线设为本设计当前生成的策略部分（{file}），相当于你已应用它。此后“当前运行”评估的就是它。可撤销。',
  'ui.audit.baseline.forget': '清除基线',
  'ui.audit.baseline.forgetHint': '从设计中移除集群当前运行的策略；访问关系保持不变。可撤销。',
  'ui.audit.view.label': '显示',
  'ui.audit.view.outside': '来自集群外',
  'ui.audit.view.inCluster': '集群内',
  'ui.audit.view.policies': '按现有策略',
  'ui.audit.inCluster.label': '集群内流量',
  'ui.audit.inCluster.summary': '集群内流量摘要',
  'ui.audit.inCluster.computing': '正在计算集群内流量…',
  'ui.audit.inCluster.failed': '集群内流量计算失败：{error}',
  'ui.audit.inCluster.allAsExpected': '所有集群内流量都符合预期。',
  'ui.audit.inCluster.more': '仅列出 {count} 条中的前 {shown} 条；CLI 会列出全部。',
  'ui.audit.inCluster.kind.podToPod': 'Pod → Pod',
  'ui.audit.inCluster.kind.podToTargetPort': 'Pod → 目标端口',
  'ui.audit.inCluster.kind.podToClusterIP': 'Pod → 集群 IP',
  'ui.audit.inCluster.kind.nodeToNode': '节点 → 节点',
  'ui.audit.inCluster.kind.nodeToPod': '节点 → Pod',
  'ui.audit.inCluster.kind.podToNode': 'Pod → 节点',
  'ui.audit.inCluster.asExpected': '与无策略时一致',
  'ui.audit.inCluster.expected': '预期：{expected}',
  'ui.audit.inCluster.restricted': '预期：{expected}（{service} 的 inCluster 为 {setting}）',
  'ui.audit.inCluster.sentence': '{kind} {from} → {to}（{destination}）：{outcome}，{expectation}',
  'ui.audit.inCluster.open': '追踪：{sentence}',
  'ui.audit.trace.close': '关闭',
  'ui.audit.trace.decidedBy': '由现有策略 {policy} 的规则 {rule} 决定（{stage}）。',
  'ui.audit.trace.endOfTier':
    '在层级 {tier} 末尾决定：该层级有策略选中此端点，但没有任何规则匹配。',
  'ui.audit.trace.noPolicy': '没有现有策略决定这条流量。',
  'ui.audit.policies.label': '现有策略及其决定的流量',
  'ui.audit.policies.computing': '正在读取每条流量的决定规则…',
  'ui.audit.policies.tier': '层级 {tier}',
  'ui.audit.policies.counts.one': '{count} 条流量：{allowed} 条放行，{denied} 条拒绝',
  'ui.audit.policies.counts.other': '{count} 条流量：{allowed} 条放行，{denied} 条拒绝',
  'ui.audit.policies.mismatches': '{count} 条不符合预期',
  'ui.audit.policies.rule': '规则 {rule}，位于 {stage}：{allowed} 条放行，{denied} 条拒绝',
  'ui.audit.policies.endOfTier.one':
    '层级 {tier} 末尾：拒绝 {count} 条流量（该层级有策略选中端点，但没有规则匹配）',
  'ui.audit.policies.endOfTier.other':
    '层级 {tier} 末尾：拒绝 {count} 条流量（该层级有策略选中端点，但没有规则匹配）',
  'ui.audit.policies.idle': '不决定任何流量的现有策略',
  'ui.audit.policies.staged': 'staged 策略：只记录，不生效',
  'ui.audit.policies.none': '没有现有策略决定任何流量。',
  'ui.audit.inferred': '推断',
  'ui.audit.inferredHint': '从集群当前运行策略的放行规则中读出，并非你指定的。请确认、修改或删除。',
  'ui.audit.canvasLabel': '{ports} · 推断',
  'ui.audit.confirm': '确认',
  'ui.audit.confirmEdge': '确认 {client} 对 {service} 的访问',
  'ui.audit.nobodyOutside': '集群外任何来源都不应访问',
  'ui.audit.nobodyOutsideHint':
    '删除指向此 Service 的全部访问关系（{count} 条），包括推断出的。可撤销。',
  'ui.audit.nobodyOutsideNow': '没有访问关系：集群外任何来源都不应访问此 Service。',
};
