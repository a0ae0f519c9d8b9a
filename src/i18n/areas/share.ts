/** UI words of src/ui/share: English, and 简体中文 with every id (a missing one is a type error). */
import type { Translation } from '../translation';

export const shareEn = {
  // Shared by several dialogs and notices
  'ui.share.action.cancel': 'Cancel',
  'ui.share.action.close': 'Close',
  'ui.share.untitled': 'untitled',
  // A notice that gathers several: one line per merged notice
  'ui.share.notice.titleAndText': '{title} {text}',
  // describeProblems: one line per problem
  'ui.share.problems.line': '{path}: {message}',
  'ui.share.problems.designName': 'Design name (name)',
  'ui.share.problems.more': '…and {count} more',
  // designSummary: a design in one line
  'ui.share.summary.separator': ', ',
  'ui.share.summary.nodes.one': '{count} node',
  'ui.share.summary.nodes.other': '{count} nodes',
  'ui.share.summary.services.one': '{count} service',
  'ui.share.summary.services.other': '{count} services',
  'ui.share.summary.pods.one': '{count} pod',
  'ui.share.summary.pods.other': '{count} pods',
  'ui.share.summary.clients.one': '{count} client',
  'ui.share.summary.clients.other': '{count} clients',
  'ui.share.summary.access.one': '{count} access edge',
  'ui.share.summary.access.other': '{count} access edges',
  // ExportMenu
  'ui.share.export.button': 'Export',
  'ui.share.export.notGenerated': 'The design has errors: fix them first (see Problems)',
  'ui.share.export.policies': 'Policies (YAML)',
  'ui.share.export.changes': 'Cluster changes (YAML)',
  'ui.share.export.all': 'Everything in one file (YAML)',
  'ui.share.export.copyYaml': 'Copy the policies (YAML)',
  'ui.share.export.diagramSvg': 'Export diagram as SVG',
  'ui.share.export.diagramPng': 'Export diagram as PNG',
  'ui.share.export.yamlCopied': 'YAML copied',
  'ui.share.export.copyRefused':
    'The browser did not allow copying. Use "Download YAML", or select the text in the YAML panel.',
  'ui.share.export.emptyCanvas': 'The canvas is empty: there is nothing to export.',
  'ui.share.export.diagramFailed': 'The diagram could not be rendered as {format}.',
  // ShareButton
  'ui.share.share.button': 'Share',
  'ui.share.share.title': 'Share this design',
  'ui.share.share.copy': 'Copy link',
  'ui.share.share.copied': 'Link copied to the clipboard',
  'ui.share.share.privacy':
    'The whole design is in the link, after the #: browsers never send that part to a server.',
  'ui.share.share.downloaded': 'Downloaded {name}',
  'ui.share.share.long.title': 'This link is long',
  'ui.share.share.long.text':
    'This link is {length} characters; many chat tools cut links this long. Download the design as JSON to share it instead, or copy the link anyway.',
  'ui.share.share.long.copyAnyway': 'Copy link anyway',
  'ui.share.share.long.downloadJson': 'Download design (JSON)',
  'ui.share.share.manual.text':
    'The browser did not allow copying. Select the link and copy it with Ctrl+C.',
  'ui.share.share.manual.field': 'Share link',
  // useLinkOpener
  'ui.share.link.failed.title': 'The link did not open',
  'ui.share.link.invalid.text':
    'The design it carries breaks a rule of the design format, at the field named below. Your own design is open, unchanged.',
  'ui.share.link.failed.text':
    'It is damaged or incomplete, or was made by a newer version of this app. Your own design is open, unchanged.',
  'ui.share.link.savedCorrupt.title': 'Your autosaved design could not be read',
  'ui.share.link.savedCorrupt.text':
    'It was set aside (its text is kept in this browser\'s storage under "{key}") and the guide\'s example opened instead.',
  'ui.share.link.opened': 'Opened the shared design “{name}”',
  'ui.share.link.tour': 'Take the tour',
  // useReplaceDesign
  'ui.share.replace.title': 'Replace the current design?',
  'ui.share.replace.text':
    'The current design is replaced. Undo (Ctrl+Z) brings it back, and so does “Restore previous design” in the design menu.',
  'ui.share.replace.confirm': 'Replace',
  'ui.share.replace.link.title': 'Open the shared design?',
  'ui.share.replace.link.text':
    'Your current design is kept: you can bring it back with Undo, or from “Restore previous design” in the design menu.',
  'ui.share.replace.link.confirm': 'Open shared design',
  'ui.share.replace.link.cancel': 'Keep my design',
  'ui.share.replace.done.example': 'Opened the example “{name}”',
  'ui.share.replace.done.import': 'Imported “{name}”',
  'ui.share.replace.done.previous': 'Restored “{name}”',
  'ui.share.replace.alreadyOpen': '“{name}” is already open',
  'ui.share.replace.undo': 'Undo',
  // OtherTabNotice: another tab of the designer saved a different design in this browser
  'ui.share.otherTab.title': 'The design was changed in another tab',
  'ui.share.otherTab.text':
    'Another tab of the designer saved “{name}” in this browser. Until you choose, this tab saves nothing, so it cannot overwrite that work.',
  'ui.share.otherTab.keepHint':
    'Keeping this tab’s design saves it in place of the other’s, which “Restore previous design” in the design menu brings back.',
  'ui.share.otherTab.load': 'Load the other tab’s design',
  'ui.share.otherTab.keep': 'Keep this tab’s design',
  'ui.share.otherTab.loaded':
    'Loaded “{name}” from the other tab. Undo brings this tab’s design back.',
  'ui.share.otherTab.kept':
    'Kept this tab’s design. The other tab’s “{name}” is under “Restore previous design”.',
  // ImportDialog
  'ui.share.import.title': 'Import YAML',
  'ui.share.import.intro':
    'Paste Calico and Kubernetes YAML (GlobalNetworkPolicies, HostEndpoints, Services, a BGPConfiguration), or upload a file. Preview shows what becomes part of the design and what Calico would reject.',
  'ui.share.import.upload': 'Upload file…',
  'ui.share.import.field': 'YAML',
  'ui.share.import.preview.region': 'Import preview',
  'ui.share.import.preview.design': 'Design “{name}”: {summary}.',
  'ui.share.import.preview.none': 'No design could be built from this YAML.',
  'ui.share.import.count.rejected': '{count} rejected',
  'ui.share.import.count.assumed': '{count} assumed',
  'ui.share.import.count.ignored': '{count} ignored',
  'ui.share.import.count.mapped': '{count} mapped',
  'ui.share.import.count.kept': '{count} kept',
  'ui.share.import.drop':
    'or drop files here (several at once: a kubectl dump and calicoctl lists)',
  'ui.share.import.running': 'Reading the files…',
  'ui.share.import.interface': 'Node interface name',
  'ui.share.import.interface.apply': 'Import again with this name',
  'ui.share.import.replaces':
    'Replaces the current design; Undo or “Restore previous design” brings it back.',
  'ui.share.import.preview': 'Preview',
  'ui.share.import.use': 'Use this design',
  // ImportReportTable
  'ui.share.report.table': 'Import report',
  'ui.share.report.line': 'Line',
  'ui.share.report.severity': 'Severity',
  'ui.share.report.resource': 'Resource',
  'ui.share.report.message': 'Message',
  'ui.share.report.theFile': 'the file',
  'ui.share.report.rejected': 'Rejected',
  'ui.share.report.assumed': 'Assumed',
  'ui.share.report.ignored': 'Ignored',
  'ui.share.report.mapped': 'Mapped',
  'ui.share.report.kept': 'Kept',
  'ui.share.report.file': 'File',
  // ExamplesDialog
  'ui.share.examples.title': 'Examples',
  'ui.share.examples.guide.title': "The guide's example",
  'ui.share.examples.guide.description':
    "Calico's guide “Apply policy to services exposed externally as cluster IPs”: two nodes, two services on ports 80 and 443, an office and a partner network, each allowed to one service.",
  'ui.share.examples.local.title': 'Local mode shop',
  'ui.share.examples.local.description':
    'One service with externalTrafficPolicy Local, which makes it a NodePort Service: customers may use port 80 only, the ops team (IPv4 and IPv6) every port. A named target port.',
  'ui.share.examples.mixed.title': 'Mixed modes',
  'ui.share.examples.mixed.description':
    'A Cluster-mode web service beside a Local-mode DNS service (UDP and TCP 53) in two service CIDRs; a custom node label; node access limited to SSH and the kubelet.',
} as const;

export const shareZhCN: Translation<typeof shareEn> = {
  'ui.share.action.cancel': '取消',
  'ui.share.action.close': '关闭',
  'ui.share.untitled': '未命名设计',
  'ui.share.notice.titleAndText': '{title}：{text}',
  'ui.share.problems.line': '{path}：{message}',
  'ui.share.problems.designName': '设计名称（name）',
  'ui.share.problems.more': '……另有 {count} 条',
  'ui.share.summary.separator': '，',
  'ui.share.summary.nodes.one': '{count} 个节点',
  'ui.share.summary.nodes.other': '{count} 个节点',
  'ui.share.summary.services.one': '{count} 个服务',
  'ui.share.summary.services.other': '{count} 个服务',
  'ui.share.summary.pods.one': '{count} 个 Pod',
  'ui.share.summary.pods.other': '{count} 个 Pod',
  'ui.share.summary.clients.one': '{count} 个客户端',
  'ui.share.summary.clients.other': '{count} 个客户端',
  'ui.share.summary.access.one': '{count} 条访问连线',
  'ui.share.summary.access.other': '{count} 条访问连线',
  'ui.share.export.button': '导出',
  'ui.share.export.notGenerated': '设计有错误：请先修正（见“问题”）',
  'ui.share.export.policies': '策略（YAML）',
  'ui.share.export.changes': '集群变更（YAML）',
  'ui.share.export.all': '全部内容合为一个文件（YAML）',
  'ui.share.export.copyYaml': '复制策略（YAML）',
  'ui.share.export.diagramSvg': '将示意图导出为 SVG',
  'ui.share.export.diagramPng': '将示意图导出为 PNG',
  'ui.share.export.yamlCopied': '已复制 YAML',
  'ui.share.export.copyRefused':
    '浏览器不允许复制。请使用“下载 YAML”，或在 YAML 面板中选中文本后复制。',
  'ui.share.export.emptyCanvas': '画布为空：没有可导出的内容。',
  'ui.share.export.diagramFailed': '无法将示意图渲染为 {format}。',
  'ui.share.share.button': '分享',
  'ui.share.share.title': '分享此设计',
  'ui.share.share.copy': '复制链接',
  'ui.share.share.copied': '链接已复制到剪贴板',
  'ui.share.share.privacy': '整个设计都在链接中“#”之后的部分：浏览器从不把这部分发送给服务器。',
  'ui.share.share.downloaded': '已下载 {name}',
  'ui.share.share.long.title': '链接过长',
  'ui.share.share.long.text':
    '此链接长 {length} 个字符，许多聊天工具会截断这么长的链接。可以改为下载 JSON 格式的设计来分享，也可以仍然复制链接。',
  'ui.share.share.long.copyAnyway': '仍然复制链接',
  'ui.share.share.long.downloadJson': '下载设计（JSON）',
  'ui.share.share.manual.text': '浏览器不允许复制。请选中链接，按 Ctrl+C 复制。',
  'ui.share.share.manual.field': '分享链接',
  'ui.share.link.failed.title': '链接无法打开',
  'ui.share.link.invalid.text':
    '链接中的设计违反了设计格式的规则，出错的字段见下方。你自己的设计仍然打开着，没有改动。',
  'ui.share.link.failed.text':
    '链接已损坏或不完整，或者由本应用的较新版本生成。你自己的设计仍然打开着，没有改动。',
  'ui.share.link.savedCorrupt.title': '无法读取自动保存的设计',
  'ui.share.link.savedCorrupt.text':
    '它已被搁置（其文本保留在此浏览器存储的“{key}”下），改为打开了指南示例。',
  'ui.share.link.opened': '已打开分享的设计“{name}”',
  'ui.share.link.tour': '开始新手导览',
  'ui.share.replace.title': '替换当前设计？',
  'ui.share.replace.text':
    '当前设计将被替换。撤销（Ctrl+Z）可以找回它，设计菜单中的“恢复上一个设计”也可以。',
  'ui.share.replace.confirm': '替换',
  'ui.share.replace.link.title': '打开分享的设计？',
  'ui.share.replace.link.text':
    '你当前的设计会被保留：可以用撤销找回，也可以在设计菜单中选择“恢复上一个设计”。',
  'ui.share.replace.link.confirm': '打开分享的设计',
  'ui.share.replace.link.cancel': '保留我的设计',
  'ui.share.replace.done.example': '已打开示例“{name}”',
  'ui.share.replace.done.import': '已导入“{name}”',
  'ui.share.replace.done.previous': '已恢复“{name}”',
  'ui.share.replace.alreadyOpen': '“{name}”已经打开',
  'ui.share.replace.undo': '撤销',
  'ui.share.otherTab.title': '设计已在另一个标签页中更改',
  'ui.share.otherTab.text':
    '设计器的另一个标签页在此浏览器中保存了“{name}”。在你做出选择之前，本标签页不保存任何更改，因此不会覆盖那边的工作。',
  'ui.share.otherTab.keepHint':
    '保留本标签页的设计会用它替换另一个标签页保存的设计；那个设计可以通过设计菜单中的“恢复上一个设计”找回。',
  'ui.share.otherTab.load': '载入另一个标签页的设计',
  'ui.share.otherTab.keep': '保留本标签页的设计',
  'ui.share.otherTab.loaded': '已载入另一个标签页的“{name}”。撤销可找回本标签页的设计。',
  'ui.share.otherTab.kept':
    '已保留本标签页的设计。另一个标签页的“{name}”可通过“恢复上一个设计”找回。',
  'ui.share.import.title': '导入 YAML',
  'ui.share.import.intro':
    '粘贴 Calico 和 Kubernetes 的 YAML（GlobalNetworkPolicy、HostEndpoint、Service、BGPConfiguration），或上传文件。预览会显示哪些内容会成为设计的一部分，以及哪些会被 Calico 拒绝。',
  'ui.share.import.upload': '上传文件…',
  'ui.share.import.field': 'YAML',
  'ui.share.import.preview.region': '导入预览',
  'ui.share.import.preview.design': '设计“{name}”：{summary}。',
  'ui.share.import.preview.none': '无法从这段 YAML 构建设计。',
  'ui.share.import.count.rejected': '拒绝 {count} 项',
  'ui.share.import.count.assumed': '假定 {count} 项',
  'ui.share.import.count.ignored': '忽略 {count} 项',
  'ui.share.import.count.mapped': '映射 {count} 项',
  'ui.share.import.count.kept': '保留 {count} 项',
  'ui.share.import.drop': '或将文件拖放到此处（可一次多个：kubectl 导出与 calicoctl 列表）',
  'ui.share.import.running': '正在读取文件…',
  'ui.share.import.interface': '节点网卡名称',
  'ui.share.import.interface.apply': '按此名称重新导入',
  'ui.share.import.replaces': '将替换当前设计；撤销或“恢复上一个设计”可以找回它。',
  'ui.share.import.preview': '预览',
  'ui.share.import.use': '使用此设计',
  'ui.share.report.table': '导入报告',
  'ui.share.report.line': '行',
  'ui.share.report.severity': '结果',
  'ui.share.report.resource': '资源',
  'ui.share.report.message': '说明',
  'ui.share.report.theFile': '（整个文件）',
  'ui.share.report.rejected': '拒绝',
  'ui.share.report.assumed': '假定',
  'ui.share.report.ignored': '忽略',
  'ui.share.report.mapped': '映射',
  'ui.share.report.kept': '保留',
  'ui.share.report.file': '文件',
  'ui.share.examples.title': '示例',
  'ui.share.examples.guide.title': '指南示例',
  'ui.share.examples.guide.description':
    'Calico 指南《为暴露到集群外的集群 IP 服务设置策略》：两个节点，两个使用端口 80 和 443 的服务，一个办公网和一个合作方网络，各自只允许访问一个服务。',
  'ui.share.examples.local.title': 'Local 模式网店',
  'ui.share.examples.local.description':
    '一个 externalTrafficPolicy 为 Local 的服务，因此它是 NodePort 类型的 Service：顾客只能使用端口 80，运维团队（IPv4 和 IPv6）可以使用所有端口。目标端口为命名端口。',
  'ui.share.examples.mixed.title': '混合模式',
  'ui.share.examples.mixed.description':
    'Cluster 模式的 Web 服务与 Local 模式的 DNS 服务（UDP 和 TCP 53）并存，分属两个服务 CIDR；自定义节点标签；节点访问仅限 SSH 和 kubelet。',
};
