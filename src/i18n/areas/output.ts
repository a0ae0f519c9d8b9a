/** UI words of src/ui/output: English, and 简体中文 with every id (a missing one is a type error). */
import type { Translation } from '../translation';

export const outputEn = {
  // The tabs of the output panel
  'ui.output.tabs.label': 'Output views',
  'ui.output.tab.yaml': 'YAML',
  'ui.output.tab.explanation': 'Explanation',
  'ui.output.tab.problems': 'Problems ({count})',
  /** `{errors}` is the error count, drawn in red; English keeps the brackets around it. */
  'ui.output.tab.problemsErrors': 'Problems ({errors})',
  'ui.output.tab.problemsErrorsOthers': 'Problems ({errors} + {others})',
  'ui.output.tab.traffic': 'Test traffic',
  'ui.output.tab.reachability': 'Reachability',
  'ui.output.loading': 'Loading',
  // Notices shared by the views
  'ui.output.errors.one': '{count} error',
  'ui.output.errors.other': '{count} errors',
  'ui.output.stale': 'Out of date: the design has {errors}. Showing {showing}.',
  /** `{field}` is the lint's field, drawn as code. */
  'ui.output.lint.line': '{field}: {message}',
  'ui.output.failed': 'No YAML yet: the design has {errors}',
  'ui.output.empty.title': 'Nothing to generate yet',
  'ui.output.empty.hint':
    'Add nodes, services, pods and clients from the palette, then drag from a client to a service to grant access.',
  // YAML
  'ui.output.yaml.region': 'Generated YAML',
  'ui.output.yaml.showing': 'the last YAML that generated',
  'ui.output.yaml.lines': '{count} lines',
  'ui.output.yaml.copy': 'Copy',
  'ui.output.yaml.copied': 'Copied',
  'ui.output.yaml.copiedStale': 'Copied (out of date: the design has errors)',
  'ui.output.yaml.noClipboard': 'Copy failed: the clipboard is not available here',
  'ui.output.yaml.copyFailed': 'Copy failed: {detail}',
  // The two parts of the YAML tab
  'ui.output.part.label': 'Part of the output',
  'ui.output.part.policies': 'Policies',
  'ui.output.part.changes': 'Cluster changes',
  'ui.output.part.policies.purpose':
    'Only what this tool owns, labelled as such: apply it as a whole, delete it as a whole to roll back.',
  'ui.output.part.changes.purpose':
    'Patches to objects you own (Services, BGPConfiguration): review each, then run its command.',
  'ui.output.changes.region': 'Cluster changes',
  'ui.output.changes.showing': 'the cluster changes of the last YAML that generated',
  'ui.output.changes.effects': 'Side effects',
  'ui.output.changes.command': 'Command',
  'ui.output.changes.patch': 'Merge patch',
  'ui.output.changes.copyCommand': 'Copy the command for {change}',
  'ui.output.changes.commandCopied': 'Command copied',
  // Explanation
  'ui.output.explanation.region': 'Explanation',
  'ui.output.explanation.showing': 'the explanation of the last YAML that generated',
  'ui.output.explanation.docsPage':
    'Calico docs page {fact} (Sources in reference/calico/SEMANTICS.md)',
  // Problems
  'ui.output.problems.region': 'Problems',
  'ui.output.problems.none': 'No problems: the design generates, and nothing in it looks wrong.',
  'ui.output.problems.error': 'Error',
  'ui.output.problems.warning': 'Warning',
  'ui.output.problems.info': 'Note',
  'ui.output.problems.fix': 'Fix: {fix}',
} as const;

export const outputZhCN: Translation<typeof outputEn> = {
  'ui.output.tabs.label': '输出视图',
  'ui.output.tab.yaml': 'YAML',
  'ui.output.tab.explanation': '说明',
  'ui.output.tab.problems': '问题（{count}）',
  'ui.output.tab.problemsErrors': '问题（{errors}）',
  'ui.output.tab.problemsErrorsOthers': '问题（{errors} + {others}）',
  'ui.output.tab.traffic': '测试流量',
  'ui.output.tab.reachability': '可达性',
  'ui.output.loading': '加载中',
  'ui.output.errors.one': '{count} 个错误',
  'ui.output.errors.other': '{count} 个错误',
  'ui.output.stale': '已过期：设计中有 {errors}。当前显示的是{showing}。',
  'ui.output.lint.line': '{field}：{message}',
  'ui.output.failed': '尚无 YAML：设计中有 {errors}',
  'ui.output.empty.title': '还没有可生成的内容',
  'ui.output.empty.hint':
    '从组件面板添加节点、Service、Pod 和客户端，然后从客户端拖到 Service 以授予访问权限。',
  'ui.output.yaml.region': '生成的 YAML',
  'ui.output.yaml.showing': '上次成功生成的 YAML',
  'ui.output.yaml.lines': '{count} 行',
  'ui.output.yaml.copy': '复制',
  'ui.output.yaml.copied': '已复制',
  'ui.output.yaml.copiedStale': '已复制（已过期：设计中有错误）',
  'ui.output.yaml.noClipboard': '复制失败：此处无法使用剪贴板',
  'ui.output.yaml.copyFailed': '复制失败：{detail}',
  'ui.output.part.label': '输出部分',
  'ui.output.part.policies': '策略',
  'ui.output.part.changes': '集群变更',
  'ui.output.part.policies.purpose':
    '只含本工具管理的资源，均带有相应标签：整体 apply，回滚时整体删除。',
  'ui.output.part.changes.purpose':
    '对你自己管理的对象（Service、BGPConfiguration）的补丁：逐条审阅后再执行对应命令。',
  'ui.output.changes.region': '集群变更',
  'ui.output.changes.showing': '上次成功生成的 YAML 中的集群变更',
  'ui.output.changes.effects': '副作用',
  'ui.output.changes.command': '命令',
  'ui.output.changes.patch': '合并补丁',
  'ui.output.changes.copyCommand': '复制 {change} 的命令',
  'ui.output.changes.commandCopied': '命令已复制',
  'ui.output.explanation.region': '说明',
  'ui.output.explanation.showing': '上次成功生成的 YAML 的说明',
  'ui.output.explanation.docsPage':
    'Calico 文档页面 {fact}（出处见 reference/calico/SEMANTICS.md）',
  'ui.output.problems.region': '问题',
  'ui.output.problems.none': '没有问题：设计可以生成，也没有发现异常。',
  'ui.output.problems.error': '错误',
  'ui.output.problems.warning': '警告',
  'ui.output.problems.info': '提示',
  'ui.output.problems.fix': '修复：{fix}',
};
