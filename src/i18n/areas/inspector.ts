/** UI words of src/ui/inspector: English, and 简体中文 with every id (a missing one is a type error). */
import type { Translation } from '../translation';

export const inspectorEn = {
  // A client's access edges, under its form (ClientAccess.tsx).
  'ui.inspector.client.access': 'May reach',
  'ui.inspector.client.access.none':
    'No service yet: grant one here, or drag from the client to a service on the canvas.',
  'ui.inspector.client.access.edit': '{service}: edit ports',
  'ui.inspector.client.access.grant': 'Grant access to a service',
  'ui.inspector.client.access.pick': 'Choose a service…',
  'ui.inspector.client.access.grantButton': 'Grant',
  // Words several forms share. `{n}` numbers an entry of a list from 1.
  'ui.inspector.name': 'Name',
  'ui.inspector.namespace': 'Namespace',
  'ui.inspector.ports': 'Ports',
  'ui.inspector.labels': 'Labels',
  'ui.inspector.labels.key': 'Label key {n}',
  'ui.inspector.labels.value': 'Label value {n}',
  'ui.inspector.labels.add': 'Add label',
  'ui.inspector.labels.remove': 'Remove label {n}',
  /** Two cross-field problems at one field. */
  'ui.inspector.error.join': '{first}; {second}',

  // A large design's group card (GroupSummary.tsx).
  'ui.inspector.group.nodes': 'Node group',
  'ui.inspector.group.pods': 'Pods of one Service',
  'ui.inspector.group.nodesHint':
    'Nodes with the same labels ({labels}) are drawn as one card on the canvas. Open it to see and select each one.',
  'ui.inspector.group.podsHint':
    'The pods of {name} here are drawn as one card on the canvas. Open it to see and select each one.',
  'ui.inspector.group.members': 'Members ({count})',
  /** The selected group is no longer in the design (it was edited away). */
  'ui.inspector.group.gone': 'This group is no longer in the design.',

  'ui.inspector.client.heading': 'Client',
  'ui.inspector.client.cidrs': 'CIDRs',
  'ui.inspector.client.cidrs.hint':
    'The addresses this client sends from, e.g. 50.60.0.0/16 or 70.80.90.7/32.',
  'ui.inspector.client.cidr.label': 'CIDR {n}',
  'ui.inspector.client.cidr.add': 'Add CIDR',
  'ui.inspector.client.cidr.remove': 'Remove CIDR {n}',

  'ui.inspector.node.heading': 'Node',
  'ui.inspector.node.name.helper': 'The Kubernetes node name.',
  'ui.inspector.node.interfaces': 'Interfaces',
  'ui.inspector.node.interfaces.hint':
    'The interfaces that receive cluster-IP traffic, with their addresses: each becomes a HostEndpoint.',
  'ui.inspector.node.interface.name': 'Interface {n} name',
  'ui.inspector.node.interface.remove': 'Remove interface {n}',
  'ui.inspector.node.interface.ip': 'Interface {n} IP {k}',
  'ui.inspector.node.interface.ip.add': 'Add IP to interface {n}',
  'ui.inspector.node.interface.ip.remove': 'Remove interface {n} IP {k}',
  'ui.inspector.node.interface.add': 'Add interface',
  'ui.inspector.node.tunnelIP': 'Tunnel IP',
  'ui.inspector.node.tunnelIP.optional': 'Optional: the IPIP or VXLAN interface address.',
  'ui.inspector.node.tunnelIP.needed':
    "Needed with {encapsulation}: the node's {encapsulation} interface address.",

  'ui.inspector.service.heading': 'Service',
  'ui.inspector.service.clusterIP': 'Cluster IP',
  'ui.inspector.service.clusterIP.helper':
    'Written into the Service: the policies name this address.',
  'ui.inspector.service.ports.hint':
    'Target port: a number or a container port name; empty means the same as the port.',
  'ui.inspector.service.port.name': 'Port {n} name',
  'ui.inspector.service.port.port': 'Port {n} port',
  'ui.inspector.service.port.targetPort': 'Port {n} target port',
  'ui.inspector.service.port.protocol': 'Port {n} protocol',
  'ui.inspector.service.port.remove': 'Remove port {n}',
  'ui.inspector.service.port.add': 'Add port',
  'ui.inspector.service.selector': 'Selector',
  'ui.inspector.service.selector.hint': "The labels that pick this Service's pods.",
  'ui.inspector.service.selector.key': 'Selector key {n}',
  'ui.inspector.service.selector.value': 'Selector value {n}',
  'ui.inspector.service.selector.add': 'Add selector label',
  'ui.inspector.service.selector.remove': 'Remove selector label {n}',
  'ui.inspector.service.policy': 'Policy',
  'ui.inspector.service.trafficPolicy': 'Traffic policy',
  'ui.inspector.service.trafficPolicy.follow': 'Follow the design ({mode})',
  'ui.inspector.service.inCluster': 'In-cluster access',
  'ui.inspector.service.inCluster.helper': 'Who inside the cluster may reach this Service.',
  'ui.inspector.service.inCluster.allPods': 'Every pod in the cluster',
  'ui.inspector.service.inCluster.sameNamespace': 'Pods in the same namespace',
  'ui.inspector.service.inCluster.none': 'No pod (only the clients granted access)',

  'ui.inspector.pod.heading': 'Pod',
  'ui.inspector.pod.node': 'Node',
  'ui.inspector.pod.node.missing': '{node} (no such node)',
  'ui.inspector.pod.ip': 'IP',
  'ui.inspector.pod.ip.helper': 'Optional: an address inside a pod CIDR.',
  'ui.inspector.pod.containerPorts': 'Container ports',
  'ui.inspector.pod.containerPort.name': 'Container port {n} name',
  'ui.inspector.pod.containerPort.port': 'Container port {n} port',
  'ui.inspector.pod.containerPort.protocol': 'Container port {n} protocol',
  'ui.inspector.pod.containerPort.remove': 'Remove container port {n}',
  'ui.inspector.pod.containerPort.add': 'Add container port',

  'ui.inspector.access.heading': 'Access',
  /** `{cidrs}`: the client's CIDRs, comma-separated. */
  'ui.inspector.access.client': '{name} ({cidrs})',
  'ui.inspector.access.service': '{name} at {clusterIP}',
  /** `{client}` and `{service}` are shown in bold. */
  'ui.inspector.access.summary': 'Client {client} may reach service {service}.',
  'ui.inspector.access.ports.all':
    'All ports: with no port checked, the client may reach every port of the service.',
  'ui.inspector.access.ports.some': 'Only the checked ports; uncheck them all to grant every port.',
  'ui.inspector.access.remove': 'Remove access',

  'ui.inspector.cluster.heading': 'Cluster',
  'ui.inspector.cluster.name': 'Design name',
  'ui.inspector.cluster.networks': 'Networks',
  'ui.inspector.cluster.podCidr': 'Pod CIDR {n}',
  'ui.inspector.cluster.podCidr.add': 'Add pod CIDR',
  'ui.inspector.cluster.podCidr.remove': 'Remove pod CIDR {n}',
  'ui.inspector.cluster.serviceCidrs.hint':
    'The service CIDRs are advertised over BGP; every cluster IP lies in one.',
  'ui.inspector.cluster.serviceCidr': 'Service CIDR {n}',
  'ui.inspector.cluster.serviceCidr.add': 'Add service CIDR',
  'ui.inspector.cluster.serviceCidr.remove': 'Remove service CIDR {n}',
  'ui.inspector.cluster.nodePortRange': 'NodePort range',
  'ui.inspector.cluster.nodePortRange.helper': 'Written "lo:hi", e.g. 30000:32767.',
  'ui.inspector.cluster.encapsulation': 'Encapsulation',
  'ui.inspector.cluster.encapsulation.helper': 'With IPIP or VXLAN, give every node its tunnel IP.',
  'ui.inspector.cluster.encapsulation.None': 'None',
  'ui.inspector.cluster.nodes': 'Nodes',
  'ui.inspector.cluster.nodes.hint':
    'The label every HostEndpoint carries and every node selector uses.',
  'ui.inspector.cluster.nodeLabel.key': 'Node label key',
  'ui.inspector.cluster.nodeLabel.value': 'Node label value',
  'ui.inspector.cluster.hostAccess': 'Host access',
  'ui.inspector.cluster.hostAccess.allExceptNodePorts': 'All ports except NodePorts',
  'ui.inspector.cluster.hostAccess.only': 'Only these ports',
  'ui.inspector.cluster.hostAccess.tcp': 'TCP ports',
  'ui.inspector.cluster.hostAccess.tcp.helper':
    'Ports or ranges, comma-separated, e.g. 22, 10250:10259.',
  'ui.inspector.cluster.hostAccess.udp': 'UDP ports',
  'ui.inspector.cluster.hostAccess.udp.helper': 'Ports or ranges, comma-separated, e.g. 53.',
  'ui.inspector.ports.entry.notPort':
    '"{value}" is neither a port nor a range: write 22 or 10250:10259',
  'ui.inspector.ports.entry.outOfRange': '{value}: ports run from 1 to 65535',
  'ui.inspector.ports.entry.reversed':
    '{value}: a range goes from the lower port to the higher, e.g. 10250:10259',
  'ui.inspector.cluster.hostAccess.failsafe':
    "Calico's failsafe ports (SSH, BGP, etcd, the API server) stay open anyway.",
  'ui.inspector.cluster.output': 'Output',
  'ui.inspector.cluster.profile': 'Output profile',
  'ui.inspector.cluster.profile.hardened': 'Hardened',
  'ui.inspector.cluster.profile.hardened.detail':
    "Holds under Calico's actual behaviour: adds the denies the guide leaves out.",
  'ui.inspector.cluster.profile.guide': 'Guide',
  'ui.inspector.cluster.profile.guide.detail':
    "Exactly the guide's recipe; its gaps are reported as warnings.",
  'ui.inspector.cluster.trafficPolicy': 'Traffic policy',
  'ui.inspector.cluster.calicoVersion': 'Target Calico version',
  'ui.inspector.cluster.calicoVersion.newest': '{version} (newest)',
  'ui.inspector.cluster.calicoVersion.tiers':
    "The policies go into a tier of their own that passes whatever they do not decide on to the cluster's own policies.",
  'ui.inspector.cluster.calicoVersion.noTiers':
    'No tiers before Calico 3.29: no policy selects the pods (it would isolate them); the host and pre-DNAT policies do the protecting.',
  'ui.inspector.cluster.staged': 'Staged policies (dry run)',
  'ui.inspector.cluster.staged.helper':
    'Writes StagedGlobalNetworkPolicy and StagedNetworkPolicy: Calico reports what they would allow or deny and enforces nothing. Turn this off and apply again to enforce.',
  'ui.inspector.cluster.staged.needs':
    'Staged policies need Calico 3.30 or newer; the target is {version}.',
  'ui.inspector.cluster.trafficPolicy.hint':
    'The same switch is in the top bar; a Service may override it in its own settings.',
  // Under every traffic-policy picker (the mode's hint itself is core: trafficMode.*.hint).
  'ui.inspector.trafficPolicy.Cluster': 'Cluster',
  'ui.inspector.trafficPolicy.Local': 'Local',
  'ui.inspector.trafficPolicy.more': 'What Local really does',
} as const;

export const inspectorZhCN: Translation<typeof inspectorEn> = {
  'ui.inspector.client.access': '可访问',
  'ui.inspector.client.access.none':
    '还没有可访问的 Service：在这里授权，或在画布上从客户端拖到 Service。',
  'ui.inspector.client.access.edit': '{service}：编辑端口',
  'ui.inspector.client.access.grant': '授权访问一个 Service',
  'ui.inspector.client.access.pick': '选择一个 Service…',
  'ui.inspector.client.access.grantButton': '授权',
  'ui.inspector.name': '名称',
  'ui.inspector.namespace': '命名空间',
  'ui.inspector.ports': '端口',
  'ui.inspector.labels': '标签',
  'ui.inspector.labels.key': '标签键 {n}',
  'ui.inspector.labels.value': '标签值 {n}',
  'ui.inspector.labels.add': '添加标签',
  'ui.inspector.labels.remove': '删除标签 {n}',
  'ui.inspector.error.join': '{first}；{second}',

  'ui.inspector.group.nodes': '节点组',
  'ui.inspector.group.pods': '同一 Service 的 Pod',
  'ui.inspector.group.nodesHint':
    '标签相同（{labels}）的节点在画布上合并为一张卡片。展开后可逐个查看和选中。',
  'ui.inspector.group.podsHint':
    '此处 {name} 的 Pod 在画布上合并为一张卡片。展开后可逐个查看和选中。',
  'ui.inspector.group.members': '成员（{count}）',
  'ui.inspector.group.gone': '设计中已没有这个分组。',

  'ui.inspector.client.heading': '客户端',
  'ui.inspector.client.cidrs': 'CIDR',
  'ui.inspector.client.cidrs.hint':
    '此客户端发出流量所用的地址，例如 50.60.0.0/16 或 70.80.90.7/32。',
  'ui.inspector.client.cidr.label': 'CIDR {n}',
  'ui.inspector.client.cidr.add': '添加 CIDR',
  'ui.inspector.client.cidr.remove': '删除 CIDR {n}',

  'ui.inspector.node.heading': '节点',
  'ui.inspector.node.name.helper': 'Kubernetes 节点名。',
  'ui.inspector.node.interfaces': '接口',
  'ui.inspector.node.interfaces.hint':
    '接收集群 IP 流量的接口及其地址：每个接口对应一个 HostEndpoint。',
  'ui.inspector.node.interface.name': '接口 {n} 名称',
  'ui.inspector.node.interface.remove': '删除接口 {n}',
  'ui.inspector.node.interface.ip': '接口 {n} IP {k}',
  'ui.inspector.node.interface.ip.add': '为接口 {n} 添加 IP',
  'ui.inspector.node.interface.ip.remove': '删除接口 {n} 的 IP {k}',
  'ui.inspector.node.interface.add': '添加接口',
  'ui.inspector.node.tunnelIP': '隧道 IP',
  'ui.inspector.node.tunnelIP.optional': '可选：IPIP 或 VXLAN 接口的地址。',
  'ui.inspector.node.tunnelIP.needed':
    '使用 {encapsulation} 时必填：节点 {encapsulation} 接口的地址。',

  'ui.inspector.service.heading': 'Service',
  'ui.inspector.service.clusterIP': '集群 IP',
  'ui.inspector.service.clusterIP.helper': '写入 Service；策略按这个地址匹配。',
  'ui.inspector.service.ports.hint': '目标端口：数字或容器端口名；留空表示与端口相同。',
  'ui.inspector.service.port.name': '端口 {n} 名称',
  'ui.inspector.service.port.port': '端口 {n} 端口号',
  'ui.inspector.service.port.targetPort': '目标端口 {n}',
  'ui.inspector.service.port.protocol': '端口 {n} 协议',
  'ui.inspector.service.port.remove': '删除端口 {n}',
  'ui.inspector.service.port.add': '添加端口',
  'ui.inspector.service.selector': '选择器',
  'ui.inspector.service.selector.hint': '用来选中此 Service 后端 Pod 的标签。',
  'ui.inspector.service.selector.key': '选择器键 {n}',
  'ui.inspector.service.selector.value': '选择器值 {n}',
  'ui.inspector.service.selector.add': '添加选择器标签',
  'ui.inspector.service.selector.remove': '删除选择器标签 {n}',
  'ui.inspector.service.policy': '策略',
  'ui.inspector.service.trafficPolicy': '流量策略',
  'ui.inspector.service.trafficPolicy.follow': '跟随设计（{mode}）',
  'ui.inspector.service.inCluster': '集群内访问',
  'ui.inspector.service.inCluster.helper': '集群内哪些 Pod 可以访问此 Service。',
  'ui.inspector.service.inCluster.allPods': '集群中的所有 Pod',
  'ui.inspector.service.inCluster.sameNamespace': '同一命名空间中的 Pod',
  'ui.inspector.service.inCluster.none': '无 Pod（仅限已授权的客户端）',

  'ui.inspector.pod.heading': 'Pod',
  'ui.inspector.pod.node': '节点',
  'ui.inspector.pod.node.missing': '{node}（节点不存在）',
  'ui.inspector.pod.ip': 'IP 地址',
  'ui.inspector.pod.ip.helper': '可选：某个 Pod CIDR 内的地址。',
  'ui.inspector.pod.containerPorts': '容器端口',
  'ui.inspector.pod.containerPort.name': '容器端口 {n} 名称',
  'ui.inspector.pod.containerPort.port': '容器端口 {n} 端口号',
  'ui.inspector.pod.containerPort.protocol': '容器端口 {n} 协议',
  'ui.inspector.pod.containerPort.remove': '删除容器端口 {n}',
  'ui.inspector.pod.containerPort.add': '添加容器端口',

  'ui.inspector.access.heading': '访问',
  'ui.inspector.access.client': '{name}（{cidrs}）',
  'ui.inspector.access.service': '{name}（地址 {clusterIP}）',
  'ui.inspector.access.summary': '客户端 {client}可以访问 Service {service}。',
  'ui.inspector.access.ports.all':
    '全部端口：未勾选任何端口时，客户端可以访问该 Service 的每个端口。',
  'ui.inspector.access.ports.some': '仅限勾选的端口；全部取消勾选即放行所有端口。',
  'ui.inspector.access.remove': '删除访问连线',

  'ui.inspector.cluster.heading': '集群',
  'ui.inspector.cluster.name': '设计名称',
  'ui.inspector.cluster.networks': '网络',
  'ui.inspector.cluster.podCidr': 'Pod CIDR {n}',
  'ui.inspector.cluster.podCidr.add': '添加 Pod CIDR',
  'ui.inspector.cluster.podCidr.remove': '删除 Pod CIDR {n}',
  'ui.inspector.cluster.serviceCidrs.hint':
    'Service CIDR 通过 BGP 发布；每个集群 IP 都位于其中之一。',
  'ui.inspector.cluster.serviceCidr': 'Service CIDR {n}',
  'ui.inspector.cluster.serviceCidr.add': '添加 Service CIDR',
  'ui.inspector.cluster.serviceCidr.remove': '删除 Service CIDR {n}',
  'ui.inspector.cluster.nodePortRange': 'NodePort 范围',
  'ui.inspector.cluster.nodePortRange.helper': '写作 “lo:hi”，例如 30000:32767。',
  'ui.inspector.cluster.encapsulation': '封装',
  'ui.inspector.cluster.encapsulation.helper': '使用 IPIP 或 VXLAN 时，请为每个节点填写隧道 IP。',
  'ui.inspector.cluster.encapsulation.None': '无',
  'ui.inspector.cluster.nodes': '节点',
  'ui.inspector.cluster.nodes.hint': '每个 HostEndpoint 都带有、每个节点选择器都使用的标签。',
  'ui.inspector.cluster.nodeLabel.key': '节点标签键',
  'ui.inspector.cluster.nodeLabel.value': '节点标签值',
  'ui.inspector.cluster.hostAccess': '主机访问',
  'ui.inspector.cluster.hostAccess.allExceptNodePorts': '除 NodePort 外的所有端口',
  'ui.inspector.cluster.hostAccess.only': '仅限以下端口',
  'ui.inspector.cluster.hostAccess.tcp': 'TCP 端口',
  'ui.inspector.cluster.hostAccess.tcp.helper':
    '端口或端口范围，以逗号分隔，例如 22, 10250:10259。',
  'ui.inspector.cluster.hostAccess.udp': 'UDP 端口',
  'ui.inspector.cluster.hostAccess.udp.helper': '端口或端口范围，以逗号分隔，例如 53。',
  'ui.inspector.ports.entry.notPort': '“{value}”既不是端口也不是端口范围：应写成 22 或 10250:10259',
  'ui.inspector.ports.entry.outOfRange': '{value}：端口取值为 1 到 65535',
  'ui.inspector.ports.entry.reversed': '{value}：端口范围须从小到大书写，例如 10250:10259',
  'ui.inspector.cluster.hostAccess.failsafe':
    'Calico 的 failsafe 端口（SSH、BGP、etcd、API 服务器）无论如何都保持开放。',
  'ui.inspector.cluster.output': '输出',
  'ui.inspector.cluster.profile': '输出方案',
  'ui.inspector.cluster.profile.hardened': '加固',
  'ui.inspector.cluster.profile.hardened.detail':
    '符合 Calico 的实际行为：补上指南遗漏的拒绝规则。',
  'ui.inspector.cluster.profile.guide': '指南',
  'ui.inspector.cluster.profile.guide.detail': '完全照搬指南的做法；其缺漏以警告列出。',
  'ui.inspector.cluster.trafficPolicy': '流量策略',
  'ui.inspector.cluster.trafficPolicy.hint':
    '顶栏中也有同一开关；单个 Service 可在自己的设置中覆盖它。',
  'ui.inspector.trafficPolicy.Cluster': 'Cluster',
  'ui.inspector.trafficPolicy.Local': 'Local',
  'ui.inspector.trafficPolicy.more': 'Local 的实际行为',
  'ui.inspector.cluster.calicoVersion': '目标 Calico 版本',
  'ui.inspector.cluster.calicoVersion.newest': '{version}（最新）',
  'ui.inspector.cluster.calicoVersion.tiers':
    '策略放在单独的层级（tier）中，凡未判定的流量都交给集群原有的策略处理。',
  'ui.inspector.cluster.calicoVersion.noTiers':
    'Calico 3.29 之前没有层级：不生成选择 Pod 的策略（否则会隔离 Pod），由主机策略和 pre-DNAT 策略提供防护。',
  'ui.inspector.cluster.staged': '暂存策略（试运行）',
  'ui.inspector.cluster.staged.helper':
    '生成 StagedGlobalNetworkPolicy 和 StagedNetworkPolicy：Calico 只报告它们会允许或拒绝什么，不做任何拦截。关闭此项后重新 apply 即可生效。',
  'ui.inspector.cluster.staged.needs':
    '暂存策略需要 Calico 3.30 或更高版本；当前目标为 {version}。',
};
