/**
 * 简体中文 catalogue of the core's messages (design format, generator explanations and lints,
 * permalinks, importer). Calico and Kubernetes terms keep their English spelling (glossary.ts).
 * Fixed renderings beyond the glossary, so one thing has one name across the app: access edge →
 * 访问连线, interface → 接口, output profile → 输出方案 (hardened → 加固, guide → 指南),
 * failsafe ports → failsafe 端口 (Felix's own name for them), masquerade → 伪装（masquerade）.
 */
import type { en } from './en';
import type { Translation } from './translation';

/** The kube-proxy sentence of the Local story, alone and inside the Local lints (as in en.ts). */
const LOCAL_KUBE_PROXY =
  '实际上，kube-proxy（iptables、nftables 和 IPVS 模式）对集群 IP 并不理会 externalTrafficPolicy：它仍可能选中另一节点上的后端；只要它知道集群 CIDR 或启用了 masqueradeAll，就会对来自集群外的客户端做伪装（masquerade），于是该后端看到的是节点地址，而不是客户端地址。';

/** Why a Local Service is a NodePort Service (as in en.ts). */
const LOCAL_NODE_PORT =
  'Kubernetes 只在 NodePort 和 LoadBalancer 类型（或设置了 externalIPs）的 Service 上接受 externalTrafficPolicy，因此该 Service 会改为 type: NodePort，并在每个节点上分配一个 NodePort。';

export const zhCN: Translation<typeof en> = {
  // Design format: document level
  'design.notObject': '设计必须是一个 JSON 对象',
  'design.version.missing': '缺少 version：本应用读取版本 1 和 2 的设计文件',
  'design.version.newer': '版本 {value} 由本应用的较新版本写出；当前版本只读取版本 1 和 2',
  'design.version.invalid': '不支持版本 {value}：本应用读取版本 1 和 2 的设计文件',
  'design.json.invalid': '不是有效的 JSON：{detail}',
  'baseline.apiVersion':
    '只有 NetworkPolicy 可以使用 apiVersion networking.k8s.io/v1；Calico 的资源类型使用 projectcalico.org/v3',
  // Design format: field shape
  'field.required': '此项为必填',
  'field.invalidType': '应为 {expected}，实际为 {received}',
  'field.unknownKey': '未知字段“{key}”',
  'field.enum': '必须是 {values} 之一，而不是 {value}',
  'field.tooFew': '至少需要 {min} 项',
  'field.tooSmall': '不能小于 {min}，当前为 {value}',
  'field.tooBig': '不能大于 {max}，当前为 {value}',
  'field.tooLong': '长度超过 {max} 个字符',
  'field.notInteger': '必须是整数，当前为 {value}',
  'field.invalid': '无效：{detail}',
  'net.cidr.invalid': '不是有效的 CIDR：{value}',
  'net.cidr.hostBits': '{value} 设置了主机位（网络地址应为 {network}）',
  'net.ip.invalid': '不是有效的 IP 地址：{value}',
  'net.spaces': '请去掉“{value}”前后的空格',
  'net.address.empty': '“/”之前缺少地址',
  'net.address.invalid': '“{address}”不是 IPv4 或 IPv6 地址',
  'net.ipv4.parts': '“{address}”不是 IPv4 地址：IPv4 地址由 4 个以点分隔的 0–255 数字组成',
  'net.ipv4.octet': '{address} 中的 {octet} 超过 255：IPv4 地址的每一段都在 0–255 之间',
  'net.ipv4.leadingZero':
    '请将 {address} 中的 {octet} 写作 {plain}：Calico 拒绝带前导零的数字（有些工具会把它当作八进制）',
  'net.ipv6.invalid': '“{address}”不是 IPv6 地址',
  'net.cidr.noPrefix':
    '{value} 是一个地址，不是网段：请加上前缀长度，例如只表示这一个地址时写作 {example}',
  'net.cidr.prefixNotNumber': '“/”之后的前缀长度必须是数字，而不是“{prefix}”',
  'net.cidr.prefixTooLong': '前缀长度 /{prefix} 过长：该地址族的前缀长度为 0–{max}',
  'net.cidr.prefixLeadingZero':
    '请将前缀长度写作 /{prefix}，而不是 /{written}：Calico 按 /{prefix} 解析，YAML 应与 Calico 的理解一致',
  'net.ip.hasPrefix': '{value} 是网段：地址不带“/”前缀（请写作 {address}）',
  'name.id': '不是有效的 ID：“{value}”（1–63 个字母、数字、“.”、“_”或“-”，须以字母或数字开头）',
  'name.dnsLabel':
    '不是有效的命名空间：“{value}”（小写字母、数字和“-”，最多 63 个字符，首尾须为字母或数字）',
  'name.serviceName':
    '不是有效的 Service 名称：“{value}”（小写字母、数字和“-”，须以字母开头，最多 63 个字符）',
  'name.dnsSubdomain':
    '不是有效的 Kubernetes 名称：“{value}”（小写字母、数字、“-”和“.”，首尾须为字母或数字）',
  'name.labelKey': '不是有效的标签键：“{value}”',
  'name.labelValue':
    '不是有效的标签值：“{value}”（最多 63 个字母、数字、“.”、“_”、“-”，首尾须为字母或数字）',
  'name.portName': '不是有效的端口名称：“{value}”（1–15 个小写字母、数字和“-”，至少包含一个字母）',
  'name.unsafeText':
    '含有名称中不允许的字符（{char}，第 {position} 个字符）：换行符、控制字符和双向文本覆盖符可能改变 YAML 及其注释的内容',
  'name.interface': '不是有效的接口名称：“{value}”（1–15 个字母、数字、“.”、“_”、“-”）',
  'portRange.invalid': '“{value}”不是端口范围：请用冒号连接最小和最大端口，例如“30000:32767”',
  'portRange.bounds': '端口 {port} 超出 1–65535 的范围',
  'portRange.order': '“{value}”把较大的端口写在了前面：请写作“{fixed}”',
  'portRange.form': '请将范围写作“{fixed}”：两个端口之间用冒号连接，不加空格',
  // Design format: cross-field rules
  'ref.duplicateId': 'ID“{id}”重复（{other} 处也使用了它）',
  'ref.dangling.node': '没有 ID 为“{id}”的节点',
  'ref.dangling.client': '没有 ID 为“{id}”的外部客户端',
  'ref.dangling.service': '没有 ID 为“{id}”的 Service',
  'service.clusterIP.outside': '{value} 不在任何服务 CIDR（{cidrs}）之内',
  'service.clusterIP.duplicate': '集群 IP {value} 已被服务“{other}”使用',
  'service.name.duplicate': '命名空间 {namespace} 中已有另一个名为“{name}”的服务',
  'service.port.duplicate': '端口 {port}/{protocol} 重复列出',
  'service.portName.duplicate': '端口名称“{name}”重复使用',
  'service.portName.required': '有多个端口的服务必须为每个端口命名',
  'pod.ip.outside': '{value} 不在任何 Pod CIDR（{cidrs}）之内',
  'pod.ip.duplicate': 'Pod IP {value} 已被 Pod“{other}”使用',
  'pod.name.duplicate': '命名空间 {namespace} 中已有另一个名为“{name}”的 Pod',
  'node.name.duplicate': '已有另一个名为“{name}”的节点',
  'node.interface.duplicate': '接口“{name}”在此节点上重复列出',
  'node.ip.duplicate': '地址 {value} 已在 {other} 处使用',
  'design.staged.version':
    '暂存策略（staged policy）需要 Calico 3.30 或更新版本；当前目标版本为 {version}',
  'access.port.unknown': '服务“{service}”没有端口 {port}（它的端口：{ports}）',
  'access.duplicate': '此客户端已有一条到该服务的访问连线（{other}）',
  // Calico 资源校验：版本规则、tier、staged 策略（src/calico/validate/）
  'validate.kind.tooNew':
    '{kind} 需要 Calico {since} 或更高版本；目标版本 Calico {version} 不认识这种资源类型，会拒绝它',
  'validate.tier.fieldTooOld':
    'Calico {version} 没有 tier（开源版 Calico 从 3.29 起才有）：其策略没有 tier 字段，calicoctl 会拒绝此文档',
  'validate.policyName.dotTooOld':
    'Calico {version} 的策略名称中不能含“.”（带 tier 前缀的名称随 tier 在 3.29 引入）：“{name}”',
  'validate.policyName.needsTierPrefix':
    'Calico {version} 要求 tier “{tier}” 中的策略命名为“<tier>.<名称>”，例如“{suggestion}”，而不是“{name}”（3.32 两种写法都接受）',
  'validate.policyName.wrongTier':
    '名称“{name}”表示策略属于 tier “{prefix}”，但 spec.tier 是“{tier}”：Calico {version} 会拒绝它',
  'validate.policyName.otherTier':
    '名称“{name}”以“{prefix}.”开头，但策略属于 tier “{tier}”：Calico {version} 接受它，但这个名称会误导读者，而且 Calico 3.29 至 3.31 会拒绝它',
  'validate.tier.name':
    'tier 名称必须是 DNS 标签：小写字母、数字和“-”，首尾为字母或数字，最多 63 个字符，不能含“.”（策略名称用它分隔 tier 与名称）：“{name}”',
  'validate.tier.builtInOrder': '内置 tier “{name}” 的 order 必须是 {order}',
  'validate.tier.builtInDefaultAction': '内置 tier “{name}” 的 defaultAction 必须是 {action}',
  'validate.tier.unknown':
    'tier “{tier}” 不是 Calico {version} 的内置 tier，本文件中也没有定义它的 Tier：除非集群中已有这个 tier，否则 Calico 会拒绝该策略',
  'validate.staged.deleteWithSpec':
    'stagedAction Delete 表示暂存删除同名策略，因此 spec 中只能有 tier；但设置了 {field}',
  'validate.cidrOrIp': '不是 CIDR，也不是 IP 地址：{value}',
  // Traffic modes: the one story of Local (src/i18n/trafficModeStory.ts).
  'trafficMode.Cluster.hint':
    'Cluster：任一节点都可能经 SNAT 把流量转发到另一节点上的后端；客户端在节点上接受检查。',
  'trafficMode.Local.hint':
    'Local：Service 改为 NodePort 类型，只有运行着就绪后端的节点才发布其集群 IP。',
  'trafficMode.Local.caveat': '对集群 IP，kube-proxy 不理会 Local，仍会对集群外的客户端做伪装。',
  'trafficMode.Local.guide':
    'Calico 指南的设想：设置 externalTrafficPolicy: Local 后，只有运行后端的节点接收流量，不做 SNAT，后端 Pod 上的普通策略就能按客户端自身的地址放行。',
  'trafficMode.Local.kubeProxy': LOCAL_KUBE_PROXY,
  'trafficMode.Local.bgp':
    'Local 真正改变的是路由：只有运行着就绪后端的节点才会以 /32（IPv6 为 /128）发布该集群 IP，路由器因此把流量送往这些节点。',
  'trafficMode.Local.nodePort': LOCAL_NODE_PORT,
  'trafficMode.Local.patch':
    '该 Service 归你管理，不由本工具接管：这项修改以补丁（patch）形式放在“集群变更”部分，与策略分开。',
  'trafficMode.Local.lint.hardened': `Service {service} 使用 Local 模式。${LOCAL_KUBE_PROXY}因此加固方案仍在节点上检查它的客户端，与 Cluster 模式相同。`,
  'trafficMode.Local.lint.guide': `Service {service} 使用 Local 模式，而指南只在 Pod 上对其防护。${LOCAL_KUBE_PROXY}此时另一节点上的后端连已列出的客户端也会丢弃。`,
  'trafficMode.Local.fix':
    '保留或改用加固方案。若要保留客户端地址，可改为发布 external IP 或 LoadBalancer IP（Local 对它们确实生效），或使用 eBPF 数据平面。',
  // Generator: explanations of resources and rules
  'explain.bgp':
    '让 Calico 通过 BGP 发布服务 CIDR {cidrs}，使集群外的路由器把发往集群 IP 的流量送到节点。只有名为“default”的 BGPConfiguration 可以带这个字段。',
  'explain.service.cluster':
    'Service {service}，显式写出其集群 IP {clusterIP}：策略中引用了这个地址，因此不能让 Kubernetes 另选一个（指南第 1 步）。',
  'explain.service.local': `Service {service}，写明集群 IP {clusterIP} 和 externalTrafficPolicy: Local。${LOCAL_NODE_PORT}`,
  'explain.hep':
    '将节点 {node} 的接口 {iface}（{ips}）纳入 Calico 策略管控，并打上标签 {label}，使节点策略能选中它。expectedIPs 让规则中的节点选择器能解析到这些地址。',
  'explain.hep.tunnel':
    '将节点 {node} 的接口 {iface}（{ips}）纳入 Calico 策略管控，并打上标签 {label}。expectedIPs 还列出了隧道地址 {tunnelIP}：使用封装时，节点以该地址对转发流量做 SNAT，后端策略必须把它识别为节点。',
  'explain.gnp.allowClusterIps':
    '指南中作用于每个节点主机端点的 pre-DNAT 策略：规定哪些外部客户端可以访问哪个集群 IP。它必须是 preDNAT（在 kube-proxy 把集群 IP 改写为 Pod 地址之前看到集群 IP），并且是 applyOnForward（流量被转发给 Pod，而不是交付给节点本身）。它没有设置 order，因此排在所有设置了 order 的策略之后。',
  'explain.gnp.hardenedAllowClusterIps':
    '作用于每个节点主机端点的 pre-DNAT 策略：规定哪些外部客户端可以访问哪个集群 IP 和端口，在 kube-proxy 把目的地址改写为 Pod 之前判定。用 preDNAT，是因为只有此时集群 IP 才可见；用 applyOnForward，是因为流量是被转发的，而不是交付给节点。order 为 100，排在拒绝策略之前。',
  'explain.rule.allowClientToClusterIP':
    '允许 {client}（{cidrs}）经 {clusterIP} 在 {ports} 上访问 {service}，因为有访问连线授权。',
  'explain.rule.allowClientToRemoteBackend':
    '允许 {client}（{cidrs}）在 {ports} 上访问 {service} 的 Pod。这条规则针对 kube-proxy 不做伪装（masquerade）时从另一节点到达后端所在节点的流量：此时数据包带着客户端地址和 Pod 地址，看起来就像直接访问 Pod。',
  'explain.rule.allowClientAnyPort':
    '允许 {client}（{cidrs}）经 {clusterIP} 在任意端口上访问 {service}，因为有一条未列端口的访问连线授权。',
  'explain.gnp.allowToPods':
    '指南中放行发往 Pod 网络流量的 pre-DNAT Allow 策略，指南称它能保证 Pod 之间的流量正常。pre-DNAT 策略没有默认丢弃，因此这条放行本身不改变任何结果。',
  'explain.rule.allowToPods': '在 pre-DNAT 阶段放行所有发往 Pod CIDR {cidrs} 的数据包。',
  'explain.gnp.guideHostAccess':
    '指南中针对发往节点本身流量的策略，补回了指南遗漏的“ingress:”一行：按原文照抄，Calico 会拒绝它。它是普通的主机策略，因此只能看到终结于节点本身的流量。',
  'explain.rule.hostAllowExceptNodePorts':
    '放行发往节点自身地址的 {protocol} 流量，NodePort 范围 {range} 除外。',
  'explain.rule.hostAllowPorts': '按主机访问设置，放行发往节点 {ports} 端口的 {protocol} 流量。',
  'explain.gnp.allowNodes':
    '指南中作用于 {service} 的 Pod 的策略：这些 Pod 接受来自节点、发往该服务端口的流量，因为在 Cluster 模式下，跨到另一节点的流量带着入口节点的地址到达。',
  'explain.rule.allowNodesToService':
    '允许来自任一节点（主机端点的 expectedIPs）的 {protocol} 流量访问 {service} 的 Pod 的 {ports} 端口。',
  'explain.gnp.guideInCluster':
    '按集群内访问设置，允许集群内访问 {service} 的 Pod（指南中可选的第 4 步）。',
  'explain.np.guideLocal':
    '指南中针对 {service} 的 Local 模式做法：在其 Pod 上设置策略，按客户端自身的地址在目标端口上放行客户端。',
  'explain.rule.localAllowClient': '允许 {client}（{cidrs}）在 {ports} 上访问 {service} 的 Pod。',
  'explain.rule.inClusterAllPods':
    '允许所有 Pod（{cidrs}）在 {ports} 上访问 {service} 的 Pod：其集群内访问设置为“所有 Pod”。',
  'explain.rule.inClusterSameNamespace':
    '允许命名空间 {namespace} 中的 Pod 在 {ports} 上访问 {service} 的 Pod：其集群内访问设置为“同一命名空间”。',
  'explain.gnp.denyUnlistedExternal':
    'pre-DNAT 拒绝策略，order 为 200，排在放行策略之后。Calico 的 pre-DNAT 阶段没有默认丢弃：没有被任何放行规则匹配的数据包会继续前进，经过 SNAT 后，Pod 无法把它与已列出客户端的流量区分开。这些规则在数据包进入的节点上就把它拦下。Calico 把没有 order 的策略排在最后，没有 order 的放行策略就会排在这条拒绝策略之后：因此两者都显式设置了 order。',
  'explain.rule.denyClusterIps':
    '拒绝其他所有来自集群外部（既非节点也非 Pod）、发往服务 CIDR {cidrs} 的数据包：即没有访问连线授权的客户端、服务和端口。节点和 Pod 发往这些地址的流量不由本策略决定。',
  'explain.rule.denyNodePorts':
    '拒绝来自集群外部、发往节点 NodePort 范围 {range} 的 {family} {protocol} 数据包。NodePort 流量会被转发给 Pod，主机策略永远看不到它，任何访问连线也不会授权 NodePort；节点和 Pod 之间在这些端口上的流量保持原样。',
  'explain.rule.denyDirectToPods':
    '拒绝既非 Pod 也非节点的来源发往 Pod CIDR {cidrs} 的数据包：集群外的任何来源都不能直接访问 Pod。',
  'explain.gnp.hostAccessAllExceptNodePorts':
    '发往节点本身的流量。节点一旦有了主机端点，Calico 就会丢弃没有任何策略放行的、发往它的流量（failsafe 端口除外），因此这条策略先放行节点和 Pod，再对集群外部的所有协议开放除 NodePort 范围以外的全部端口（指南的版本只放行 TCP 和 UDP，会导致 ping 不通）。',
  'explain.gnp.hostAccessOnly':
    '发往节点本身的流量：节点和 Pod 始终可以访问节点；来自集群外部的流量只开放列出的端口，其余一律拒绝，但 Calico 的 failsafe 端口（SSH、BGP、etcd、API server）除外，无论策略如何都保持开放。',
  'explain.rule.hostDenyNodePortRange':
    '按指南的本意，拒绝来自集群外部、发往节点 NodePort 范围 {range} 的 {protocol} 流量。',
  'explain.rule.hostAllowRest': '放行其他所有终结于节点的数据包。',
  'explain.gnp.hostEgress':
    '节点自身发出的流量。没有出站（egress）策略的主机端点会丢弃节点自己发出的流量（failsafe 端口除外），导致无法拉取镜像、无法访问对端。此策略不作用于转发流量。',
  'explain.rule.hostEgressAllowAll': '放行节点自身发出的所有流量。',
  'explain.tier':
    '本工具所有策略所在的层级（tier）（Calico {version} 支持层级）：order 为 {order}，位于管理员层级之后、“default” 之前，defaultAction 为 Pass，因此这些策略没有决定的流量会原封不动地交给集群自己的策略。',
  'explain.networkSet':
    '客户端 {client}：其地址 {cidrs} 写成带有标签 {label} 的 GlobalNetworkSet。规则按这个标签选择客户端，因此修改客户端地址时无需改动任何策略。',
  'explain.rule.hostAllowNodes':
    '放行所有节点（带有标签 {label} 的 HostEndpoint，包括隧道地址）访问节点：无论主机访问如何设置，kubelet、API server、BGP 和隧道都能正常工作。',
  'explain.rule.hostAllowPods': '放行 Pod（{cidrs}）访问节点：集群内部流量永远不会被本策略切断。',
  'explain.rule.hostDenyRest':
    '拒绝其他所有来自集群外部、发往节点的数据包：从外部只能访问列出的端口和 Calico 的 failsafe 端口。',
  'explain.rule.backendDenyExternal':
    '拒绝其他所有集群外部（既非节点也非 Pod）的 {family} 来源访问 {service} 的 Pod，不论端口。',
  'explain.rule.inClusterDenyOtherNamespaces':
    '拒绝命名空间 {namespace} 以外的 Pod（{cidrs}）在 {ports} 上访问 {service} 的 Pod：设计只允许本命名空间访问。节点地址仍然放行。',
  'explain.rule.inClusterDenyPods':
    '拒绝所有 Pod（{cidrs}）在 {ports} 上访问 {service} 的 Pod：设计不允许任何集群内客户端访问。节点地址仍然放行。',
  // 生成器：集群变更部分
  'change.service.local':
    'Service {service}：externalTrafficPolicy 设为 Local。Kubernetes 只在 NodePort 或 LoadBalancer 类型的 Service 上接受该字段，因此类型改为 NodePort。',
  'change.service.local.nodePorts':
    'Kubernetes 会在每个节点上为每个端口（{ports}）分配一个 NodePort；策略对集群外部关闭了 NodePort 范围。',
  'change.bgp': 'BGPConfiguration default：通过 BGP 通告服务 CIDR {cidrs}（serviceClusterIPs）。',
  'change.bgp.keeps':
    '合并补丁（merge patch）会保留 BGPConfiguration 的其他所有字段（asNumber、nodeToNodeMeshEnabled、对等体设置）；它会替换 serviceClusterIPs 列表，因此列表中包含设计的全部服务 CIDR。',
  'change.bgp.missing':
    '如果集群中没有名为 “default” 的 BGPConfiguration，补丁会失败：请创建它，写上 serviceClusterIPs {cidrs}，以及节点所用的 AS 号和 mesh 设置。',
  'explain.gnp.backends':
    '作用于 {service}（{clusterIP}）的 Pod 的策略，位于本工具的层级（tier）中。已授权的客户端在其端口上放行（流量入口节点上的后端可能看到客户端自己的地址）；其他所有集群外部来源一律拒绝。其余流量，尤其是节点和 Pod 发出的流量，会到达层级末尾并交给集群自己的策略，按原来的方式处理：这些 Pod 不会被隔离。',
  'explain.rule.backendAllowClient':
    '允许 {client}（{cidrs}）在 {ports} 上访问 {service} 的 Pod：当 kube-proxy 选中流量入口节点上的后端时，Calico 在 SNAT 之前判定 Pod 策略，因此看到的是客户端地址。',
  // Generator: lints
  'lint.hostAccessFailsafeOnly':
    '主机访问设置为“仅这些端口”，但除了 Calico 的 failsafe 端口（{ports}）之外，没有对集群外部开放任何端口：管理员只能通过这些端口访问节点。节点和 Pod 之间仍然互通。',
  'fix.hostAccessFailsafeOnly':
    '列出管理节点所用的端口（例如从管理网络访问 kubelet 和控制平面的 10250:10259），或改选“除 NodePort 外全部开放”。',
  'lint.inClusterNeedsTiers':
    'Calico {version} 没有层级（tier）：限制 {service} 集群内客户端的策略会让其 Pod 落入 default 层级末尾的拒绝，切断发往它们的其他所有集群内流量，因此不会生成该策略。这项限制不会生效。',
  'fix.inClusterNeedsTiers':
    '将目标版本设为 Calico 3.29 或更新（支持层级），或把该 Service 的集群内访问设为“所有 Pod”。',
  'lint.serviceNoPods': 'Service {service} 没有选中设计中的任何 Pod：没有可访问的后端。',
  'lint.serviceNoSelector':
    'Service {service} 的选择器为空：Kubernetes 不会为它管理端点，任何策略也无法指明它的 Pod。',
  'lint.failsafePort':
    'Service {service} 使用端口 {port}/{protocol}，它是 Calico 的 failsafe 端口之一：发往该端口的数据包会跳过 pre-DNAT 策略，因此任何外部客户端都能经由远端后端访问它。',
  'lint.nodeNoInterfaces':
    '节点 {node} 没有接口：进入该节点的流量没有对应的主机端点，会绕过所有主机策略。',
  'lint.interfaceNoAddress':
    '节点 {node} 的接口 {iface} 没有地址：节点以该接口 SNAT 的流量不会被后端识别，NodePort 拒绝规则也覆盖不到它。',
  'fix.interfaceNoAddress': '添加该接口的 IP 地址。',
  'lint.nodeNoTunnelIP':
    '封装方式为 {encapsulation}，但节点 {node} 没有隧道地址：节点会以隧道地址对转发流量做 SNAT，后端将无法识别它。',
  'lint.clientOverlapsCluster':
    '客户端 {client} 的 CIDR {cidr} 与集群的 {clusterCidr} 重叠：针对该客户端的规则也会匹配来自集群内部的流量。',
  'lint.clientDuplicateCidr':
    '客户端 {client} 多次列出了 {cidr}（另一处写作 {first}）：生成的规则中只列出一次。',
  'lint.clientNoAccess': '客户端 {client} 没有访问连线：它无法访问任何服务。',
  'lint.guideLeakUnlisted':
    '指南方案：只要 kube-proxy 选中其他节点上的后端，任何外部客户端（无论是否列出）都能访问 {service}（{clusterIP}）。pre-DNAT 策略没有默认丢弃，而经过 SNAT 后 Pod 看到的是节点地址，会被“allow-nodes”放行。',
  'lint.guideBlocksListed':
    '指南方案：只要 kube-proxy 选中客户端流量入口节点上的后端，{service} 已列出的客户端就会被丢弃：该 Pod 的策略看到的是客户端自己的地址，而“allow-nodes”只放行节点。',
  'lint.guideNodePortsOpen':
    '指南方案：NodePort（{range}）对所有人开放。非 pre-DNAT 的主机策略看不到转发流量。',
  'lint.guideIsolatesBackends':
    '指南方案：其策略位于 default 层级（tier），并选中后端 Pod，因此一旦应用，所有发往未列出端口的集群内流量（指标采集、sidecar、调试端口）都会被丢弃。加固方案把策略放在自己的层级中，并把这类流量交给后续策略处理。',
  'lint.guideHostEgress':
    '指南方案：一旦存在主机端点，节点自身发出的流量就会被丢弃（failsafe 端口除外）：指南没有为节点提供出站（egress）策略。',
  'lint.guideIngressRestored':
    '指南方案：指南中的“allow-traffic-hostendpoints”缺少“ingress:”一行，按原文照抄会被 Calico 拒绝；生成的版本已补回这一行。',
  'lint.guideEncapsulation':
    '指南方案：使用 {encapsulation} 时，节点以其隧道地址对转发流量做 SNAT，而指南的主机端点没有列出这个地址，因此远端后端会丢弃已列出的客户端。',
  'lint.clientFamilyMismatch':
    '客户端 {client} 没有 {family} CIDR，而 {service} 的集群 IP 是 {family} 地址：这条访问连线不授予任何访问。',
  'fix.clientFamilyMismatch': '为客户端添加与集群 IP 同一地址族的 CIDR。',
  'fix.designInvalid': '修正该字段；设计一旦有效，YAML 会立即重新生成。',
  'fix.serviceNoPods': '添加一个标签与选择器匹配的 Pod，或修正选择器。',
  'fix.failsafePort': '把服务改到其他端口，或从 Felix 的 failsafeInboundHostPorts 中移除此端口。',
  'fix.nodeNoInterfaces': '添加接收集群 IP 流量的接口及其地址。',
  'fix.nodeNoTunnelIP': '设置节点的隧道地址（其 IPIP 或 VXLAN 接口的地址）。',
  'fix.clientOverlapsCluster': '缩小客户端的 CIDR，使其位于 Pod CIDR 和服务 CIDR 之外。',
  'fix.clientDuplicateCidr': '从该客户端中删除重复的 CIDR。',
  'fix.clientNoAccess': '从该客户端画一条访问连线到某个服务，或删除该客户端。',
  'fix.useHardened': '将输出方案切换为“加固”（hardened）。',
  'fix.none': '无需处理。',
  'lint.generatorFailed':
    '生成器处理此设计时出错（{detail}）。这是应用本身的缺陷，而非设计的问题：在设计改动到可以生成之前，无法显示 YAML。',
  'fix.generatorFailed':
    '撤销上一次更改、修改最近编辑的内容，或在设计菜单中恢复上一个设计。如需报告此缺陷，请在同一菜单中下载设计（JSON）。',
  // Permalinks (src/permalink): why a link does not open
  'permalink.empty': '链接中没有设计：“#”之后没有内容',
  'permalink.tooLong': '链接长度为 {length} 个字符；超过 {max} 个字符的链接不予读取',
  'permalink.tooLarge': '链接中的设计解压后超过 {max} 个字符，已拒绝',
  'permalink.noCodec':
    '链接不是以“v1z:”这样的格式标记开头：它不是本应用的链接，或者开头部分被截掉了',
  'permalink.unknownCodec': '未知的链接格式“{codec}”：本应用读取“v1z:”链接',
  'permalink.newerVersion': '链接格式“{codec}”来自本应用的较新版本；当前版本只读取“v1z:”链接',
  'permalink.badCharacter':
    '链接第 {position} 个字符是“{char}”，本应用生成的链接不会包含该字符：链接在生成后被改动过',
  'permalink.corrupt': '链接被截断或已损坏：无法解压出其中的设计',
  'permalink.notJson': '链接解压后的内容不是设计（{detail}）',
  'permalink.migration': '无法将设计从版本 {from} 升级：{detail}',
  // Inspector forms: field errors the format's schema leaves to the form
  'form.port.invalid': '不是有效的端口号（1–65535）：{value}',
  'form.portList.invalid': '不是以逗号分隔的端口号列表（1–65535）：“{value}”',
  'form.labelKey.duplicate': '标签键“{value}”重复使用',
  'form.list.empty': '至少需要一项',
  // Importer (src/importer): the report on a Calico/Kubernetes YAML file
  'import.tooLarge': '输入共 {size} 个字符；总长超过 {max} 个字符的输入不予读取',
  'import.tooManyAliases':
    '文件使用了 {count} 个 YAML 别名；超过 {max} 个即拒绝（嵌套别名能让一个小文件膨胀得极大）',
  'import.aliasGrowth':
    '文件中的 YAML 别名展开后多出超过 {max} 个值，已拒绝（嵌套别名能让一个小文件膨胀得极大）',
  'import.rejected': '{resource}，{at}：{detail}。Calico 会拒绝它，因此其中的内容均未导入',
  'import.nothing': '文件中没有可用于构建设计的 Service、HostEndpoint、BGPConfiguration 或访问规则',
  'import.internal': '导入器处理此文件时出错（{detail}）；请报告此问题',
  'import.designInvalid': '导入的设计无效：{problem}',
  'import.mapped.name': '设计命名为“{name}”，取自本应用写入的文件头注释',
  'import.ignored.unsafeName':
    '文件头注释中的设计名称含有名称中不允许的字符（{char}），因此设计未命名',
  'import.profile.hardened': '输出方案“加固”（hardened）：有 pre-DNAT 策略拒绝放行规则未允许的流量',
  'import.profile.guide': '输出方案“指南”（guide）：没有 pre-DNAT 策略拒绝放行规则未允许的流量',
  'import.profile.header': '输出方案“{profile}”，依据文件头注释',
  'import.profile.assumed': '文件中没有策略：假定输出方案为“{profile}”',
  'import.nodeLabel.found': '节点通过标签 {label} 选中',
  'import.nodeLabel.assumed': '没有任何策略或主机端点表明节点的标签：假定为标签 {label}',
  'import.mapped.service':
    'Service {service} → 服务“{id}”：集群 IP {clusterIP}，端口 {ports}，流量策略 {mode}',
  'import.mapped.node': 'HostEndpoint {name} → 节点“{node}”，接口 {iface}（{ips}）',
  'import.mapped.serviceCidrs': '服务 CIDR {cidrs}，通过 BGP 发布',
  'import.mapped.client': '客户端“{client}”：{cidrs}',
  'import.mapped.access': '访问连线：{cidrs} → 服务“{service}”，端口 {ports}',
  'import.mapped.accessAnyPort': '访问连线：{cidrs} → 服务“{service}”，所有端口',
  'import.mapped.podCidrs': 'Pod CIDR 为 {cidrs}',
  'import.mapped.denyServices': '拒绝其他所有发往 {cidrs} 的数据包：加固方案；服务 CIDR 为 {cidrs}',
  'import.mapped.denyNodePorts':
    '在 pre-DNAT 阶段拒绝发往 NodePort 范围 {range} 的 {protocol}：加固方案',
  'import.mapped.denyDirect': '拒绝从集群外发往 Pod CIDR {cidrs} 的数据包：加固方案',
  'import.mapped.hostAllowExcept':
    '主机访问：放行发往节点除 NodePort 范围 {range} 以外所有端口的 {protocol}',
  'import.mapped.hostDenyRange': '主机访问：拒绝发往 NodePort 范围 {range} 的 {protocol}',
  'import.mapped.hostAllowAll': '主机访问：放行发往节点的其他所有数据包',
  'import.mapped.hostAllowPorts': '主机访问：仅开放 {protocol} 端口 {ports}',
  'import.mapped.hostEgress': '放行节点自身发出的流量（设计会生成这条规则）',
  'import.mapped.nodesToBackends':
    '允许节点访问服务“{service}”的 Pod（设计会为每个服务生成这条规则）',
  'import.mapped.inClusterAllPods': '服务“{service}”可被所有 Pod 访问',
  'import.mapped.inClusterSameNamespace': '服务“{service}”可被命名空间 {namespace} 的 Pod 访问',
  'import.mapped.backendClient':
    '允许 {cidrs} 访问服务“{service}”的 Pod，与其访问连线一致（设计会生成这条规则）',
  'import.policy.preDnat': '节点上的 pre-DNAT 策略 {name}',
  'import.policy.hostAccess': '针对发往节点本身流量的策略 {name}',
  'import.policy.hostEgress': '针对节点发出流量的策略 {name}',
  'import.policy.pods': '作用于服务“{service}”的 Pod 的策略 {name}',
  'import.ignored.kind': '{resource} 不属于设计的一部分：已忽略',
  'import.ignored.field': '{field} 在设计中没有对应位置：未保留',
  'import.ignored.externalName': 'Service {name} 的类型为 ExternalName，没有集群 IP：未导入',
  'import.ignored.serviceNoClusterIP':
    'Service {name} 没有自己的集群 IP（headless，或留给 Kubernetes 自动分配）；策略必须指明它的地址，因此未导入。请写明它的 clusterIP',
  'import.ignored.serviceNoPorts': 'Service {name} 没有设计能容纳的端口：未导入',
  'import.ignored.duplicateService': 'Service {name} 出现了两次：第二个未导入',
  'import.ignored.duplicateClusterIP': '集群 IP {clusterIP} 已是 {other} 的地址：未导入',
  'import.ignored.serviceType': '类型 {type} 未保留：设计会为此服务写入类型 {written}',
  'import.ignored.hepNode': 'HostEndpoint {name}：“{node}”不是有效的 Kubernetes 节点名称；未导入',
  'import.ignored.hepInterface':
    'HostEndpoint {name} 没有指明单个接口（“{iface}”）；设计中的节点按名称列出接口，因此未导入',
  'import.ignored.hepLabel':
    '标签 {label} 与 HostEndpoint {other} 给节点“{node}”的标签冲突：未保留',
  'import.ignored.duplicateIp': '地址 {ip} 已在 {other} 处列出：未导入',
  'import.ignored.policy':
    '{kind} {name} 既没有选中节点（{label}），也没有选中文件中某个 Service 的 Pod：已忽略',
  'import.ignored.policyShape':
    '{kind} {name} 是设计从不生成的策略类型（doNotTrack，或没有 preDNAT 的 applyOnForward）：已忽略',
  'import.ignored.ruleShape': '这条规则不是设计会生成的形式：已忽略',
  'import.ignored.ruleRange':
    '这条规则放行的是一个地址段（{nets}），而不是单个集群 IP；访问连线按服务绘制，因此未导入',
  'import.ignored.rulePortsUnknown': '端口 {ports} 不是服务“{service}”的端口：未导入',
  'import.ignored.podClient':
    '在服务“{service}”的 Pod 上放行 {cidrs}，但没有 pre-DNAT 规则在节点上放行它们：未作为访问连线导入',
  'import.ignored.egressRule': '出站（egress）规则：设计只为节点自身生成出站规则；已忽略',
  'import.assumed.serviceFromRule':
    '没有 Service 使用集群 IP {clusterIP}：已为它创建不带选择器的服务“{id}”。请把对应的 Service 加入文件，以保留其名称、端口和 Pod',
  'import.assumed.servicePort': '没有规则指明 {clusterIP} 的端口：服务“{service}”使用端口 {port}',
  'import.assumed.portName': '端口名称“{name}”超过设计允许的长度：已重命名为“{newName}”',
  'import.assumed.tunnelIP': '地址 {ip} 位于 Pod CIDR {cidr} 内：视为节点“{node}”的隧道地址',
  'import.assumed.encapsulation':
    '节点有隧道地址：假定封装方式为 {encapsulation}（VXLAN 生成的 YAML 相同；如果使用 VXLAN，请修改此项）',
  'import.assumed.hepNodeLabel':
    'HostEndpoint {name} 缺少标签 {label}；在设计中每个主机端点都带有该标签',
  'import.assumed.podCidrs': '没有规则指明 Pod CIDR：假定为 {cidrs}',
  'import.assumed.podCidrsFromPods': '没有节点策略指明 Pod CIDR：从这条集群内规则中读出 {cidrs}',
  'import.assumed.serviceCidrsFromDeny':
    '没有 BGPConfiguration：服务 CIDR {cidrs} 取自拒绝它们的规则',
  'import.assumed.serviceCidrsHosts':
    '没有 BGPConfiguration 指明服务 CIDR：每个集群 IP 单独发布（{cidrs}）',
  'import.assumed.serviceCidrsDefault':
    '文件中既没有服务 CIDR 也没有集群 IP：假定为 {cidrs}（Kubernetes 的默认值）',
  'import.assumed.clusterIpOutside':
    '服务“{service}”的集群 IP {clusterIP} 不在已发布的 CIDR（{cidrs}）之内：已添加 {cidr}',
  'import.assumed.nodePortRange': '没有规则指明 NodePort 范围：假定为 {range}',
  'import.assumed.hostAccess':
    '没有针对发往节点本身流量的策略：假定为“除 NodePort 范围外的所有端口”',
  'import.assumed.hostAllowAll':
    '有规则放行发往节点的所有流量：“除 NodePort 范围外的所有端口”是设计中最接近的主机访问设置',
  'import.assumed.inCluster': '没有策略选中服务“{service}”的 Pod：假定所有 Pod 都可访问它',
  'import.assumed.ambiguousPolicy':
    '这条策略适用于多个服务（{services}）的 Pod：视为服务“{service}”',
  // 导入器，issue #12：文件头中的设计、网络集、层级、暂存策略
  'import.header.restored':
    '已从此文件的文件头恢复设计：其资源与导出时完全一致，因此整个设计原样恢复（{nodes} 个节点、{services} 个服务、{pods} 个 Pod、{clients} 个客户端，连同名称、布局和设置）',
  'import.header.edited':
    '此文件在导出后被修改过（其资源的摘要为 {actual}，文件头记录的是 {expected}），因此设计按其中的资源重新构建：Pod、布局、元素 ID 以及只有设计才保存的内容（名称、设置、文件中没有的 Service 或 BGPConfiguration）将丢失或按假定值补全',
  'import.header.noDigest':
    '文件头带有设计，但没有 cipd-digest 行，无法判断文件是否被修改过：设计按其中的资源重新构建',
  'import.header.undecodable':
    '文件头带有的设计无法打开（{count} 个问题，列在本行），因此设计按其中的资源重新构建',
  'import.mapped.networkSet': 'GlobalNetworkSet {name} → 客户端“{client}”：{cidrs}',
  'import.ignored.networkSetEmpty':
    'GlobalNetworkSet {name} 没有列出客户端可用的地址：未作为客户端导入',
  'import.ignored.selectorNoSet':
    '源选择器 {selector} 没有选中文件中的任何 GlobalNetworkSet：未作为访问连线导入',
  'import.mapped.tier': 'Tier {name}（order {order}，默认动作 {action}）：本应用写入策略所用的层级',
  'import.ignored.tier':
    'Tier {name}（order {order}，默认动作 {action}）：设计会写入自己的层级，因此不保留此层级',
  'import.policy.staged':
    '{kind} {name} 是暂存策略：按其提升后对应的 {enforced} 读取（暂存策略不执行任何动作）',
  'import.ignored.stagedDelete':
    '{kind} {name} 暂存的是删除某条策略（stagedAction Delete）：未导入',
  'import.mapped.hostInCluster':
    '主机访问：{sources} 始终可以访问节点（主机访问只限制集群外的来源）',
  'import.mapped.hostDenyRest': '主机访问：拒绝从集群外发往节点的其他所有数据包',
  'import.mapped.backendDenyExternal':
    '在服务“{service}”的 Pod 上拒绝集群外的其他所有来源（设计会生成这条规则）',
  'import.mapped.inClusterNone': '服务“{service}”不允许任何 Pod 访问',
  'import.assumed.serviceSelector':
    '服务“{service}”选择命名空间 {namespace} 中的 Pod {selector}，依据放行其客户端访问其 Pod 的规则',
  'import.mapped.calicoVersion': '目标 Calico 版本 {version}，依据文件头注释',
  'import.assumed.calicoVersion':
    '文件头注释指明的 Calico {named} 无法作为此设计的目标版本：假定为 Calico {version}',
  'import.mapped.staged': '所有策略均为暂存策略：设计将生成暂存策略',
  'import.assumed.stagedMixed':
    '{total} 条策略中有 {staged} 条是暂存策略，其余为生效策略；设计中的策略只能统一为一种：假定为生效策略',
  // 导入器，issue #13：集群导出（kubectl 与 calicoctl 的输出）中的拓扑
  'import.ignored.headlessService':
    'Service {name} 是 headless Service（clusterIP: None）：没有可访问或需保护的集群 IP，因此未导入',
  'import.ignored.secondClusterIP':
    'Service {service} 的集群 IP {clusterIP} 未保留：设计中每个服务只有一个集群 IP（{kept}）',
  'import.ignored.label': '标签 {label} 不是设计能容纳的标签：未保留',
  'import.ignored.automaticNodeLabels':
    '标签 {labels} 由 Kubernetes 自动加在每个节点上，各节点都一样：未保留（主机名、角色、拓扑标签以及你自己的标签会保留）',
  'import.ignored.ipPoolCidr': 'IPPool {name} 没有设计能容纳的 CIDR（“{cidr}”）：未读取',
  'import.ignored.nodeName': 'Node {name}：不是有效的 Kubernetes 节点名称；未导入',
  'import.mapped.kubeNode':
    'Node {name} → 节点“{node}”：接口 {iface}（{ips}），Calico 节点地址 {calico}，标签 {labels}',
  'import.mapped.kubeNodeWithHep':
    'Node {name} → 由其 HostEndpoint 得到的节点“{node}”（接口取自这些 HostEndpoint）：标签 {labels}',
  'import.assumed.defaultInterface':
    '没有 HostEndpoint 指明 {count} 个节点（{nodes}）的接口：它们的地址放在接口“{iface}”上。请确认接口名称：输出中的 HostEndpoint 会使用它',
  'import.ignored.interfaceName': '接口名称“{iface}”不是 Linux 允许的名称：改用“{used}”',
  'import.assumed.nodeNoAddress':
    'Node {name} 既没有 InternalIP，也没有 Calico 地址注解：节点“{node}”在设计中没有地址，请补上',
  'import.ignored.nodeExternalIP':
    'Node {name} 的 ExternalIP {ips} 未保留：它由云厂商转换到节点上，并不在任何接口上',
  'import.ignored.nodeLabelConflict':
    'Node {name} 的标签 {label} 未保留：设计中该节点的标签为 {kept}',
  'import.mapped.nodeTunnel': '节点“{node}”从 {ip} 发出隧道流量（{annotation}）',
  'import.ignored.nodeTunnelExtra':
    '节点“{node}”的隧道地址 {ip}（{annotation}）未保留：设计中的节点只有一个隧道地址（{kept}）',
  'import.mapped.ipPool': 'IPPool {name}：Pod CIDR {cidr}，封装方式 {encapsulation}',
  'import.mapped.ipPoolDisabledInUse':
    'IPPool {name}（{cidr}）已停用，但仍有 Pod 使用其中的地址：保留为 Pod CIDR',
  'import.ignored.ipPoolDisabled':
    'IPPool {name}（{cidr}）已停用，且没有 Pod 使用其中的地址：不作为设计的 Pod CIDR',
  'import.assumed.podCidrsPoolsWin':
    '规则中的 Pod CIDR 为 {named}，IPPool 为 {cidrs}：以 IPPool 为准，因为 Pod 地址由它分配',
  'import.assumed.podCidrsFromNodes':
    '文件中没有 IPPool：假定 Pod CIDR 为 {cidrs}，即能容纳所有节点 podCIDR 的最小地址段（至少 /16，IPv6 至少 /48；共 {count} 个节点）',
  'import.assumed.podCidrsFromPodIps':
    '文件中既没有 IPPool，也没有节点的 podCIDR：假定 Pod CIDR 为 {cidrs}，即能容纳所有 Pod 地址的最小地址段（至少 /16，IPv6 至少 /48）',
  'import.mapped.encapsulation': '封装方式 {encapsulation}，依据 IPPool {names}',
  'import.assumed.encapsulationMixed':
    '各 IPPool 分别使用 {modes} 封装，而设计只有一种封装方式：假定为 {encapsulation}（IPPool {name}）',
  'import.assumed.encapsulationFromTunnels':
    '文件中没有 IPPool：Calico 给节点分配了 {annotation} 地址，因此假定封装方式为 {encapsulation}',
  'import.assumed.serviceCidrKubeadm':
    '没有 BGPConfiguration 指明服务 CIDR：假定为 {cidrs}（kubeadm 的默认值，且包含所有集群 IP）',
  'import.assumed.serviceCidrCovering':
    '没有 BGPConfiguration 指明服务 CIDR：假定为 {cidrs}，即能容纳所有集群 IP 的最小地址段（至少 /24，IPv6 至少 /112）',
  'import.mapped.pod': 'Pod {pod} → Pod“{id}”，位于节点“{node}”，地址 {ip}',
  'import.ignored.hostNetworkPod':
    'Pod {pod} 运行在节点 {name} 的主机网络中：它的流量就是节点自身的流量，因此不作为设计中的 Pod',
  'import.ignored.podNotRunning': 'Pod {pod} 处于 {phase} 状态，没有地址：未导入',
  'import.ignored.podNoNode': 'Pod {pod} 不在设计能指明的节点上：未导入',
  'import.ignored.podName': 'Pod {pod}：不是有效的 Kubernetes Pod 名称或命名空间；未导入',
  'import.ignored.duplicatePod': 'Pod {pod} 出现了两次：第二个未导入',
  'import.ignored.podSecondIp':
    'Pod {pod} 的地址 {ip} 未保留：设计中每个 Pod 只有一个地址（{kept}）',
  'import.ignored.podIpOutside':
    'Pod {pod} 的地址 {ip} 不在任何 Pod CIDR（{cidrs}）内：导入该 Pod，但不带这个地址',
  'import.assumed.podNodeMissing':
    'Pod {pod} 运行在节点 {name} 上，而文件中没有该节点：已添加节点“{node}”，不带地址',
  'import.mapped.endpointSlice': 'Service {service} 的 EndpointSlice {name}：生成了 {count} 个 Pod',
  'import.ignored.endpointSliceWithPods':
    'EndpointSlice {name}：Pod 取自文件中的 Pod 对象，因此不读取它',
  'import.ignored.endpointSliceNoService':
    'EndpointSlice {name} 属于 Service {service}，而设计中没有该 Service：未读取',
  'import.assumed.podFromEndpoint':
    '文件中没有 Pod 对象：根据 Service {service} 的这个端点生成了 Pod“{id}”（{pod}，地址 {ip}，位于节点“{node}”）；其标签取自该 Service 的选择器',
  'import.ignored.endpointNotPod':
    'Service {service} 的端点 {ip} 不是 Pod（目标：{target}）：未导入',
  'import.ignored.endpointNotReady': 'Service {service} 的端点 {ip}（Pod {pod}）未就绪：未导入',
  'import.ignored.endpointOutside':
    'Service {service} 的端点 {ip}（{pod}）不在任何 Pod CIDR（{cidrs}）内；主机网络中的 Pod 就是其所在节点：未导入',
  'import.emptyFile': '文件为空',
  'import.emptyDocument': '空文档（--- 之后没有内容）：与 kubectl 一样跳过',
  'import.emptyList': '空的 {kind}：没有可读取的内容',
  'import.yamlError': '{detail}；其余文档照常读取',
  'import.notObject':
    '此文档是 {value}，不是 Kubernetes 对象（含 apiVersion 和 kind 的映射）：未读取',
  'import.noKind': '映射中没有 apiVersion 和 kind（只有 {keys}），不是 Kubernetes 对象：未读取',
  'import.calicoV2':
    '{kind} {name} 是 Calico v2 格式（apiVersion: v1，kind: {kind}），Calico 3 已不再读取：请先用 calicoctl convert 转换，再导入转换结果',
  'import.placeholder':
    '{placeholder} 是模板遗留的占位符（envsubst、Helm 或文档示例）：请先填入实际值或渲染模板，再重新导入；此文档未读取',
  'import.crdGroup':
    'crd.projectcalico.org/v1 是 Calico 在内部（Kubernetes 数据存储）保存资源所用的组，并非它的 API：已按其对应的 projectcalico.org/v3 {kind} {name} 读取（存储名为 {stored}）；修改请通过 calicoctl 或 projectcalico.org/v3 API，不要直接编辑此对象',
  'import.kept': '{resource} 原样保留：属于集群当前运行的策略（基线）',
  'import.notKept': '{resource} 无法保留到基线中：{at} 缺失或无效',
  'import.baselineFull': '基线已有 {max} 个资源，达到设计可保留的上限：此资源未保留',
  'import.duplicate': '{resource} 在 {other} 处也有一份：集群中同名对象只有一个，因此未读取此副本',
  'import.ignored.topology': '{resource} 描述的是集群本身（拓扑文档）；当前版本不会把它读入设计',
  'import.ignored.unused': '{resource}：其中没有可放入设计的内容',
  'import.header.object': '{resource} 属于文件头所携带的设计',
  'import.header.notAlone':
    '此文件携带了导出时的设计，但它与其他文件一起导入：设计将根据所有文件中的资源读取',
};
