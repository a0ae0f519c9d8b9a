/** UI words of src/ui/tour: English, and 简体中文 with every id (a missing one is a type error). */
import type { Translation } from '../translation';

export const tourEn = {
  // The guided first visit: the card's buttons and progress.
  'ui.tour.progress': '{n} / {total}',
  'ui.tour.progress.label': 'Step {n} of {total}',
  'ui.tour.back': 'Back',
  'ui.tour.next': 'Next',
  'ui.tour.finish': 'Finish',
  'ui.tour.skip': 'Skip tour',
  'ui.tour.announce': 'Step {n} of {total}: {title}. {body}',

  // The steps, in the order of tourSteps.ts: the guide's scenario, one idea per step.
  'ui.tour.welcome.title': 'Welcome',
  'ui.tour.welcome.body':
    "This app writes Calico policy for Kubernetes Services whose cluster IPs are reachable from outside the cluster, following Calico's guide. You draw who may reach which Service; it writes the YAML and explains every rule.",
  'ui.tour.clusterIp.title': 'A cluster IP, reachable from outside',
  'ui.tour.clusterIp.body':
    "A cluster IP is the virtual address of a Service: kube-proxy on each node translates it to the address of one of the Service's pods. Calico can advertise cluster IPs outside the cluster over BGP, so external clients reach them through the nodes, and policy must decide which clients may.",
  'ui.tour.elements.title': 'Draw the cluster',
  'ui.tour.elements.body':
    'Add external clients (address ranges outside the cluster), Services with their cluster IPs and ports, nodes, and the pods that back each Service. The keys C, S, N and P do the same.',
  'ui.tour.access.title': 'Grant access',
  'ui.tour.access.body':
    "Drag from an external client's right edge to a Service, or pick the Service in the client's inspector: each arrow lets that client reach that Service's ports. Click any element or arrow (or Tab to it) to edit it in the inspector.",
  'ui.tour.mode.title': 'Cluster or Local',
  'ui.tour.mode.body':
    'In Cluster mode a node may forward traffic with SNAT to a backend on another node, which then sees a node address instead of the client. So the client is checked where it enters: on host endpoints, with preDNAT and applyOnForward policy.',
  // The Local step's body is the shared story (src/i18n/trafficModeStory.ts), not words of its own.
  'ui.tour.local.title': 'Local in practice',
  'ui.tour.profile.title': "Guide's recipe or hardened",
  'ui.tour.profile.body':
    "The guide's recipe writes the guide's policies as printed, with two gaps: pre-DNAT policy has no default drop, so clients that no rule lists still get through; and backends on the node where traffic enters see the real client address, which the guide's pod policy does not allow. Hardened closes both.",
  'ui.tour.output.title': 'YAML, reasons and tests',
  'ui.tour.output.body':
    'Here are the YAML to apply, the reason for every rule, and the problems to fix. Test traffic follows one packet through the policy and shows where it is allowed or dropped; Reachability checks every client against every Service.',
  'ui.tour.share.title': 'Share and export',
  'ui.tour.share.body':
    'Share copies a link that carries the whole design in the address itself; nothing is uploaded. Export downloads the YAML or a picture of the diagram, and the design menu saves the design as a file.',
  'ui.tour.help.title': 'Help is always here',
  'ui.tour.help.body':
    'Replay this tour, look up a term in the glossary or see the keyboard shortcuts from the help menu.',

  // The help menu of the top bar.
  'ui.tour.help.button': 'Help',
  'ui.tour.help.menu.tour': 'Guided tour',
  'ui.tour.help.menu.glossary': 'Glossary',
  'ui.tour.help.menu.shortcuts': 'Keyboard shortcuts',
  'ui.tour.close': 'Close',

  // The glossary dialog (the terms themselves come from src/i18n/glossary.ts).
  'ui.tour.glossary.title': 'Glossary',
  'ui.tour.glossary.intro': 'The Calico and Kubernetes terms this app uses, and what they mean.',
  'ui.tour.glossary.search': 'Search terms',
  'ui.tour.glossary.term': 'Term',
  'ui.tour.glossary.chinese': 'In Chinese',
  'ui.tour.glossary.meaning': 'Meaning',
  'ui.tour.glossary.kept': 'kept in English',
  'ui.tour.glossary.count.one': '{count} term',
  'ui.tour.glossary.count.other': '{count} terms',
  'ui.tour.glossary.none': 'No term matches “{query}”.',

  // The keyboard shortcuts dialog. The keys themselves (C, Ctrl, F2…) are never translated.
  'ui.tour.shortcuts.title': 'Keyboard shortcuts',
  'ui.tour.shortcuts.intro':
    'They work while no field, menu or dialog has the focus. On a Mac, press ⌘ instead of Ctrl.',
  'ui.tour.shortcuts.keys': 'Keys',
  'ui.tour.shortcuts.action': 'Action',
  'ui.tour.shortcuts.or': 'or',
  'ui.tour.shortcut.addClient': 'Add an external client',
  'ui.tour.shortcut.addService': 'Add a Service',
  'ui.tour.shortcut.addNode': 'Add a node',
  'ui.tour.shortcut.addPod': 'Add a pod',
  'ui.tour.shortcut.delete': 'Delete the selection',
  'ui.tour.shortcut.duplicate': 'Duplicate the selected element',
  'ui.tour.shortcut.rename': 'Rename the selected element',
  'ui.tour.shortcut.undo': 'Undo',
  'ui.tour.shortcut.redo': 'Redo',
  'ui.tour.shortcut.escape': 'Close a menu or dialog; skip the tour',
} as const;

export const tourZhCN: Translation<typeof tourEn> = {
  'ui.tour.progress': '{n} / {total}',
  'ui.tour.progress.label': '第 {n} 步，共 {total} 步',
  'ui.tour.back': '上一步',
  'ui.tour.next': '下一步',
  'ui.tour.finish': '完成',
  'ui.tour.skip': '跳过导览',
  'ui.tour.announce': '第 {n} 步，共 {total} 步：{title}。{body}',

  'ui.tour.welcome.title': '欢迎',
  'ui.tour.welcome.body':
    '本应用按照 Calico 的指南，为集群 IP 可从集群外访问的 Kubernetes Service 编写 Calico 策略。你画出谁可以访问哪个 Service，它生成 YAML 并解释每一条规则。',
  'ui.tour.clusterIp.title': '从集群外可达的集群 IP',
  'ui.tour.clusterIp.body':
    '集群 IP 是 Service 的虚拟地址：每个节点上的 kube-proxy 把它转换为该 Service 某个 Pod 的地址。Calico 可以通过 BGP 把集群 IP 发布到集群外，外部客户端经由节点访问它们，因此要由策略决定哪些客户端可以访问。',
  'ui.tour.elements.title': '画出集群',
  'ui.tour.elements.body':
    '添加外部客户端（集群外的地址段）、带集群 IP 和端口的 Service、节点，以及作为各 Service 后端的 Pod。按 C、S、N、P 键效果相同。',
  'ui.tour.access.title': '授予访问',
  'ui.tour.access.body':
    '从外部客户端的右边缘拖到一个 Service，或在客户端的属性面板中选择该 Service：每条箭头允许该客户端访问该 Service 的端口。点击任一元素或箭头（或用 Tab 键移到它上面），即可在属性面板中编辑。',
  'ui.tour.mode.title': 'Cluster 还是 Local',
  'ui.tour.mode.body':
    '在 Cluster 模式下，节点可能经 SNAT 把流量转发到另一个节点上的后端，后端看到的是节点地址而不是客户端地址。所以要在流量进入处检查客户端：在主机端点上使用带 preDNAT 和 applyOnForward 的策略。',
  'ui.tour.local.title': 'Local 的实际效果',
  'ui.tour.profile.title': '指南原方案还是加固',
  'ui.tour.profile.body':
    '“指南原方案”按指南原样写出策略，带着两个漏洞：pre-DNAT 策略没有默认丢弃，所以没有被任何规则列出的客户端照样能通过；而流量进入的节点上的后端看到的是真实的客户端地址，指南的 Pod 策略并不放行它。“加固”把两者都补上。',
  'ui.tour.output.title': 'YAML、原因与测试',
  'ui.tour.output.body':
    '这里有要应用的 YAML、每条规则的原因以及需要修复的问题。“测试流量”跟踪一个数据包穿过策略的过程，显示它在哪里被放行或丢弃；“可达性”逐一检查每个客户端对每个 Service 的访问。',
  'ui.tour.share.title': '分享与导出',
  'ui.tour.share.body':
    '“分享”会复制一个链接，整个设计就写在链接地址里，不会上传任何内容。“导出”可下载 YAML 或示意图图片，设计菜单则可把设计保存为文件。',
  'ui.tour.help.title': '随时可以求助',
  'ui.tour.help.body': '在帮助菜单中可以重看本导览、在术语表中查找术语，或查看键盘快捷键。',

  'ui.tour.help.button': '帮助',
  'ui.tour.help.menu.tour': '新手导览',
  'ui.tour.help.menu.glossary': '术语表',
  'ui.tour.help.menu.shortcuts': '键盘快捷键',
  'ui.tour.close': '关闭',

  'ui.tour.glossary.title': '术语表',
  'ui.tour.glossary.intro':
    '本应用使用的 Calico 和 Kubernetes 术语及其含义。资源类型、字段和工具名在中文界面中保留英文原文。',
  'ui.tour.glossary.search': '搜索术语',
  'ui.tour.glossary.term': '术语',
  'ui.tour.glossary.chinese': '中文写法',
  'ui.tour.glossary.meaning': '含义',
  'ui.tour.glossary.kept': '保留英文',
  'ui.tour.glossary.count.one': '{count} 个术语',
  'ui.tour.glossary.count.other': '{count} 个术语',
  'ui.tour.glossary.none': '没有与“{query}”匹配的术语。',

  'ui.tour.shortcuts.title': '键盘快捷键',
  'ui.tour.shortcuts.intro':
    '输入框、菜单或对话框获得焦点时，快捷键不起作用。在 Mac 上请用 ⌘ 代替 Ctrl。',
  'ui.tour.shortcuts.keys': '按键',
  'ui.tour.shortcuts.action': '操作',
  'ui.tour.shortcuts.or': '或',
  'ui.tour.shortcut.addClient': '添加外部客户端',
  'ui.tour.shortcut.addService': '添加 Service',
  'ui.tour.shortcut.addNode': '添加节点',
  'ui.tour.shortcut.addPod': '添加 Pod',
  'ui.tour.shortcut.delete': '删除所选内容',
  'ui.tour.shortcut.duplicate': '复制所选元素',
  'ui.tour.shortcut.rename': '重命名所选元素',
  'ui.tour.shortcut.undo': '撤销',
  'ui.tour.shortcut.redo': '重做',
  'ui.tour.shortcut.escape': '关闭菜单或对话框；跳过导览',
};
