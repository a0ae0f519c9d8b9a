/**
 * The English catalogue. Every message the core emits is an id here; the UI and CLI put it into
 * words with formatMessage. Other languages must provide every id (a type error otherwise).
 */
/**
 * What kube-proxy does with cluster-IP traffic in Local mode: one sentence, told alone (tour,
 * glossary) and inside the Local lints, so the two cannot say different things.
 */
const LOCAL_KUBE_PROXY =
  "In practice kube-proxy (in iptables, nftables and IPVS mode) ignores externalTrafficPolicy for cluster IPs: it may still pick a backend on another node, and it masquerades clients from outside the cluster whenever it knows the cluster CIDR or runs with masqueradeAll, so that backend sees a node address, not the client's.";

/** Why a Local Service is a NodePort Service: told alone and in the Service's explanation. */
const LOCAL_NODE_PORT =
  'Kubernetes accepts externalTrafficPolicy only on NodePort and LoadBalancer Services (or ones with externalIPs), so the Service becomes type: NodePort, which allocates a NodePort on every node.';

export const en = {
  // Design format: document level
  'design.notObject': 'a design must be a JSON object',
  'design.version.missing': 'version is required: this app reads design files of versions 1 and 2',
  'design.version.newer':
    'version {value} was written by a newer release of this app; this one reads versions 1 and 2',
  'design.version.invalid': 'version {value} is not supported: this app reads versions 1 and 2',
  'design.json.invalid': 'not valid JSON: {detail}',
  'baseline.apiVersion':
    'only a NetworkPolicy may have apiVersion networking.k8s.io/v1; Calico kinds use projectcalico.org/v3',
  // Design format: field shape
  'field.required': 'is required',
  'field.invalidType': 'expected {expected}, got {received}',
  'field.unknownKey': 'unknown field "{key}"',
  'field.enum': 'must be one of {values}, not {value}',
  'field.tooFew': 'needs at least {min} entries',
  'field.tooSmall': 'must be at least {min}, not {value}',
  'field.tooBig': 'must be at most {max}, not {value}',
  'field.tooLong': 'is longer than {max} characters',
  'field.notInteger': 'must be a whole number, not {value}',
  'field.invalid': 'is not valid: {detail}',
  'net.cidr.invalid': 'not a CIDR: {value}',
  'net.cidr.hostBits': '{value} has host bits set (the network is {network})',
  'net.ip.invalid': 'not an IP address: {value}',
  'net.spaces': 'remove the spaces around "{value}"',
  'net.address.empty': 'the address is missing before the "/"',
  'net.address.invalid': '"{address}" is not an IPv4 or IPv6 address',
  'net.ipv4.parts':
    '"{address}" is not an IPv4 address: it has four numbers 0–255 separated by dots',
  'net.ipv4.octet': '{octet} in {address} is above 255: each number of an IPv4 address is 0–255',
  'net.ipv4.leadingZero':
    'write {octet} in {address} as {plain}: Calico refuses numbers with leading zeros (some tools read them as octal)',
  'net.ipv6.invalid': '"{address}" is not an IPv6 address',
  'net.cidr.noPrefix':
    '{value} is an address, not a network: add the prefix length, e.g. {example} for this one address',
  'net.cidr.prefixNotNumber': 'the prefix length after "/" must be a number, not "{prefix}"',
  'net.cidr.prefixTooLong':
    'the prefix length /{prefix} is too long: it is 0–{max} for this address family',
  'net.cidr.prefixLeadingZero':
    'write the prefix length as /{prefix}, not /{written}: Calico reads it as /{prefix}, and the YAML should say what Calico reads',
  'net.ip.hasPrefix': '{value} is a network: an address has no "/" prefix (write {address})',
  'name.id':
    'not a valid id: "{value}" (1–63 letters, digits, ".", "_" or "-", starting with a letter or digit)',
  'name.dnsLabel':
    'not a valid namespace: "{value}" (lower-case letters, digits and "-", at most 63, alphanumeric at both ends)',
  'name.serviceName':
    'not a valid Service name: "{value}" (lower-case letters, digits and "-", starting with a letter, at most 63)',
  'name.dnsSubdomain':
    'not a valid Kubernetes name: "{value}" (lower-case letters, digits, "-" and ".", alphanumeric at both ends)',
  'name.labelKey': 'not a valid label key: "{value}"',
  'name.labelValue':
    'not a valid label value: "{value}" (at most 63 of letters, digits, ".", "_", "-", alphanumeric at both ends)',
  'name.portName':
    'not a valid port name: "{value}" (1–15 lower-case letters, digits and "-", at least one letter)',
  'name.interface':
    'not a valid interface name: "{value}" (1–15 of letters, digits, ".", "_", "-")',
  'name.unsafeText':
    'holds a character a name cannot hold ({char}, character {position}): line breaks, control characters and bidirectional overrides could change what the YAML and its comments say',
  'portRange.invalid':
    'not a port range: "{value}": write the lowest and highest port with a colon, e.g. "30000:32767"',
  'portRange.bounds': 'port {port} is outside 1–65535',
  'portRange.order': '"{value}" has the higher port first: write it as "{fixed}"',
  'portRange.form': 'write the range as "{fixed}": two ports with a colon, no spaces',
  // Design format: cross-field rules
  'ref.duplicateId': 'duplicate id "{id}" (also used at {other})',
  'ref.dangling.node': 'no node has the id "{id}"',
  'ref.dangling.client': 'no client has the id "{id}"',
  'ref.dangling.service': 'no service has the id "{id}"',
  'service.clusterIP.outside': '{value} is outside every service CIDR ({cidrs})',
  'service.clusterIP.duplicate': 'cluster IP {value} is also used by service "{other}"',
  'service.name.duplicate': 'another service in namespace {namespace} is also named "{name}"',
  'service.port.duplicate': 'port {port}/{protocol} is listed twice',
  'service.portName.duplicate': 'port name "{name}" is used twice',
  'service.portName.required': 'a service with more than one port must name every port',
  'pod.ip.outside': '{value} is outside every pod CIDR ({cidrs})',
  'pod.ip.duplicate': 'pod IP {value} is also used by pod "{other}"',
  'pod.name.duplicate': 'another pod in namespace {namespace} is also named "{name}"',
  'node.name.duplicate': 'another node is also named "{name}"',
  'node.interface.duplicate': 'interface "{name}" is listed twice on this node',
  'node.ip.duplicate': 'address {value} is also used at {other}',
  'design.staged.version': 'staged policies need Calico 3.30 or newer; the target is {version}',
  'access.port.unknown': 'service "{service}" has no port {port} (its ports: {ports})',
  'access.duplicate': 'this client already has an access edge to this service ({other})',
  // Calico resource validation: version rules, tiers, staged policies (src/calico/validate/)
  'validate.kind.tooNew':
    '{kind} needs Calico {since} or newer; the target is Calico {version}, which refuses it as an unknown resource type',
  'validate.tier.fieldTooOld':
    'Calico {version} has no tiers (open-source Calico has them since 3.29): its policies have no tier field, and calicoctl refuses the document',
  'validate.policyName.dotTooOld':
    'Calico {version} allows no "." in a policy name (tier-prefixed names came with tiers, in 3.29): "{name}"',
  'validate.policyName.needsTierPrefix':
    'Calico {version} requires a policy in tier "{tier}" to be named "<tier>.<name>", e.g. "{suggestion}", not "{name}" (3.32 accepts either)',
  'validate.policyName.wrongTier':
    'the name "{name}" puts the policy in tier "{prefix}", but spec.tier is "{tier}": Calico {version} refuses it',
  'validate.policyName.otherTier':
    'the name "{name}" starts with "{prefix}." but the policy is in tier "{tier}": Calico {version} accepts it, but the name misleads a reader, and Calico 3.29 to 3.31 refuse it',
  'validate.tier.name':
    'a tier name must be a DNS label: lower-case letters, digits and "-", alphanumeric at both ends, at most 63 characters, no "." (policy names use it between tier and name): "{name}"',
  'validate.tier.builtInOrder': 'the built-in tier "{name}" must have order {order}',
  'validate.tier.builtInDefaultAction':
    'the built-in tier "{name}" must have defaultAction {action}',
  'validate.tier.unknown':
    'tier "{tier}" is not built into Calico {version} and no Tier in this file defines it: Calico refuses the policy unless the tier already exists in the cluster',
  'validate.staged.deleteWithSpec':
    'stagedAction Delete stages the removal of the policy of this name, so the spec may hold only tier; {field} is set',
  'validate.cidrOrIp': 'not a CIDR or an IP address: {value}',
  // Traffic modes: the one story of Local (src/i18n/trafficModeStory.ts lists who tells which part).
  // Facts: ../shared/calico/SEMANTICS.md §1.1, §1.3–1.4; DATAPLANES.md summary table, §6.2.
  'trafficMode.Cluster.hint':
    'Cluster: whichever node the traffic enters may forward it, with SNAT, to a backend on another node; clients are checked at the nodes.',
  'trafficMode.Local.hint':
    'Local: the Service becomes type NodePort, and only nodes with a ready backend advertise its cluster IP.',
  'trafficMode.Local.caveat':
    'For cluster IPs kube-proxy ignores Local and still masquerades clients from outside.',
  'trafficMode.Local.guide':
    "What Calico's guide expects: with externalTrafficPolicy: Local only nodes that run a backend take the traffic, nothing is SNATed, and plain policy on the backend pods can admit clients by their own addresses.",
  'trafficMode.Local.kubeProxy': LOCAL_KUBE_PROXY,
  'trafficMode.Local.bgp':
    'What Local does change is routing: Calico advertises the cluster IP as a /32 (/128 for IPv6) only from nodes with a ready backend, so routers send the traffic to those nodes.',
  'trafficMode.Local.nodePort': LOCAL_NODE_PORT,
  'trafficMode.Local.patch':
    "The Service is yours, not this tool's: that change comes as a patch in the cluster changes, apart from the policies.",
  'trafficMode.Local.lint.hardened': `Service {service} uses Local mode. ${LOCAL_KUBE_PROXY} So the hardened profile keeps checking its clients at the nodes, as in Cluster mode.`,
  'trafficMode.Local.lint.guide': `Service {service} uses Local mode, which the guide protects only at the pods. ${LOCAL_KUBE_PROXY} A backend on another node then drops even listed clients.`,
  'trafficMode.Local.fix':
    'Keep or switch to the hardened profile. To keep the client address, advertise an external or LoadBalancer IP (to which Local does apply), or use the eBPF data plane.',
  // Generator: explanations of resources and rules
  'explain.bgp':
    'Tells Calico to advertise the service CIDRs {cidrs} over BGP, so routers outside the cluster send cluster-IP traffic to the nodes. Only the BGPConfiguration named "default" may carry this field.',
  'explain.service.cluster':
    "The Service {service} with its cluster IP {clusterIP} written out: the policies name this address, so Kubernetes must not pick another (the guide's step 1).",
  'explain.service.local': `The Service {service} with its cluster IP {clusterIP} and externalTrafficPolicy: Local. ${LOCAL_NODE_PORT}`,
  'explain.hep':
    "Puts node {node}'s interface {iface} ({ips}) under Calico policy and labels it {label}, so the node policies select it. expectedIPs lets a rule's node selector resolve to these addresses.",
  'explain.hep.tunnel':
    "Puts node {node}'s interface {iface} ({ips}) under Calico policy and labels it {label}. expectedIPs also lists the tunnel address {tunnelIP}: with encapsulation the node SNATs forwarded traffic from it, and the backend policies must recognise it as a node.",
  'explain.gnp.allowClusterIps':
    "The guide's pre-DNAT policy on every node's host endpoints: which external clients may reach which cluster IP. It must be preDNAT (it sees the cluster IP before kube-proxy rewrites it to a pod) and applyOnForward (the traffic is forwarded to a pod, not delivered to the node). It has no order, so it sorts after every policy that has one.",
  'explain.gnp.hardenedAllowClusterIps':
    "Pre-DNAT policy on every node's host endpoints: which external clients may reach which cluster IP and port, judged before kube-proxy rewrites the destination to a pod. preDNAT because only then is the cluster IP visible; applyOnForward because the traffic is forwarded, not delivered to the node. Order 100, before the denies.",
  'explain.rule.allowClientToClusterIP':
    'Allows {client} ({cidrs}) to reach {service} at {clusterIP} on {ports}, because an access edge grants it.',
  'explain.rule.allowClientToRemoteBackend':
    "Allows {client} ({cidrs}) to the pods of {service} on {ports}, as it arrives at a backend's node from another node when kube-proxy does not masquerade: the packet then carries the client's address and the pod's, and looks like direct pod access.",
  'explain.rule.allowClientAnyPort':
    'Allows {client} ({cidrs}) to reach {service} at {clusterIP} on any port, because an access edge grants it with no port list.',
  'explain.gnp.allowToPods':
    "The guide's pre-DNAT Allow for traffic to the pod network, which the guide says keeps pod-to-pod traffic working. Pre-DNAT policy has no default drop, so this allow changes nothing by itself.",
  'explain.rule.allowToPods':
    'Allows any packet addressed to the pod CIDRs {cidrs} at the pre-DNAT stage.',
  'explain.gnp.guideHostAccess':
    'The guide\'s policy for traffic to the nodes themselves, with the "ingress:" line the guide left out restored: as printed, Calico rejects it. It is a normal host policy, so it only sees traffic that ends on the node.',
  'explain.rule.hostAllowExceptNodePorts':
    "Allows {protocol} traffic to the nodes' own addresses, except the NodePort range {range}.",
  'explain.rule.hostAllowPorts':
    'Allows {protocol} traffic to the nodes on ports {ports}, as host access says.',
  'explain.gnp.allowNodes':
    "The guide's policy on the pods of {service}: they accept the service's ports from the nodes, because in Cluster mode traffic that crosses to another node arrives with the ingress node's address.",
  'explain.rule.allowNodesToService':
    "Allows {protocol} from any node (a host endpoint's expectedIPs) to ports {ports} of the pods of {service}.",
  'explain.gnp.guideInCluster':
    "In-cluster access to the pods of {service} (the guide's optional step 4), as its in-cluster setting says.",
  'explain.np.guideLocal':
    "The guide's Local-mode recipe for {service}: a policy on its pods that admits its clients by their own addresses, on the target ports.",
  'explain.rule.localAllowClient':
    'Allows {client} ({cidrs}) to reach the pods of {service} on {ports}.',
  'explain.rule.inClusterAllPods':
    'Allows every pod ({cidrs}) to reach the pods of {service} on {ports}: its in-cluster setting is "all pods".',
  'explain.rule.inClusterSameNamespace':
    'Allows pods of namespace {namespace} to reach the pods of {service} on {ports}: its in-cluster setting is "same namespace".',
  'explain.gnp.denyUnlistedExternal':
    "Pre-DNAT denies, order 200, after the allows. Calico's pre-DNAT stage has no default drop: a packet no allow matched carries on, and after SNAT the pod cannot tell it from a listed client's. These rules stop it at the node it entered. Calico sorts a policy without an order last, so an allow without one would come after this deny: both have explicit orders.",
  'explain.rule.denyClusterIps':
    "Denies every other packet from outside the cluster (neither a node nor a pod) to the service CIDRs {cidrs}: the clients, services and ports no access edge grants. What nodes and pods send there is not this policy's to decide.",
  'explain.rule.denyNodePorts':
    "Denies {family} {protocol} packets from outside the cluster to the nodes' NodePort range {range}. NodePort traffic is forwarded to a pod, so host policy would never see it, and no access edge grants a NodePort; what nodes and pods send each other on these ports is left as it is.",
  'explain.rule.denyDirectToPods':
    'Denies packets to the pod CIDRs {cidrs} from anything that is neither a pod nor a node: nothing outside the cluster reaches a pod directly.',
  'explain.gnp.hostAccessAllExceptNodePorts':
    "Traffic to the nodes themselves. Once a node has host endpoints, Calico drops what no policy allows to it (failsafe ports aside), so this admits the nodes and pods first, then keeps every port open from outside except the NodePort range, for every protocol (the guide's version allowed only TCP and UDP, which cuts off ping).",
  'explain.gnp.hostAccessOnly':
    "Traffic to the nodes themselves: the nodes and pods always reach them; from outside the cluster only the listed ports are open and everything else is denied, except Calico's failsafe ports (SSH, BGP, etcd, the API server), which stay open whatever policy says.",
  'explain.rule.hostDenyNodePortRange':
    'Denies {protocol} from outside the cluster to the nodes on the NodePort range {range}, as the guide intends.',
  'explain.rule.hostAllowRest': 'Allows every other packet that ends on a node.',
  'explain.gnp.hostEgress':
    "What the nodes send themselves. A host endpoint with no egress policy drops the node's own outgoing traffic except failsafe ports, which would stop image pulls and calls to peers. It does not apply to forwarded traffic.",
  'explain.rule.hostEgressAllowAll': 'Allows everything the node itself sends.',
  'explain.tier':
    'The tier all of this tool\'s policies live in (Calico {version} has tiers): order {order}, after the admin tiers and before "default", with defaultAction Pass, so whatever these policies do not decide falls through to the cluster\'s own policies untouched.',
  'explain.networkSet':
    'The client {client}: its addresses {cidrs} as a GlobalNetworkSet labelled {label}. The rules select the client by that label, so its addresses can change without touching a policy.',
  'explain.rule.hostAllowNodes':
    'Allows every node (HostEndpoints labelled {label}, tunnel addresses included) to the nodes: kubelet, the API server, BGP and tunnels keep working whatever host access says.',
  'explain.rule.hostAllowPods':
    "Allows the pods ({cidrs}) to the nodes: in-cluster traffic is never this policy's to cut.",
  'explain.rule.hostDenyRest':
    "Denies every other packet from outside the cluster to the nodes: only the listed ports and Calico's failsafe ports stay open from outside.",
  'explain.rule.backendDenyExternal':
    'Denies every other {family} source outside the cluster (neither a node nor a pod) to the pods of {service}, on every port.',
  'explain.rule.inClusterDenyOtherNamespaces':
    'Denies pods ({cidrs}) outside namespace {namespace} to the pods of {service} on {ports}: the design limits it to its own namespace. Node addresses stay admitted.',
  'explain.rule.inClusterDenyPods':
    'Denies every pod ({cidrs}) to the pods of {service} on {ports}: the design admits no in-cluster client. Node addresses stay admitted.',
  // Generator: the cluster-changes part
  'change.service.local':
    'Service {service}: externalTrafficPolicy Local, which Kubernetes accepts only on a NodePort or LoadBalancer Service, so the type becomes NodePort.',
  'change.service.local.nodePorts':
    'Kubernetes allocates a NodePort on every node for each port ({ports}); the policies close the NodePort range to traffic from outside.',
  'change.bgp':
    'BGPConfiguration default: advertise the service CIDRs {cidrs} over BGP (serviceClusterIPs).',
  'change.bgp.keeps':
    'A merge patch keeps every other field of your BGPConfiguration (asNumber, nodeToNodeMeshEnabled, peering settings); it replaces the serviceClusterIPs list, so the list holds every service CIDR of the design.',
  'change.bgp.missing':
    'If the cluster has no BGPConfiguration "default", the patch fails: create it with serviceClusterIPs {cidrs} and the AS number and mesh settings your nodes use.',
  'explain.gnp.backends':
    "The policy on the pods of {service} ({clusterIP}), in this tool's tier. The granted clients are admitted on their ports (a backend on the node the traffic entered may see the client's own address); every other source outside the cluster is denied. Everything else, above all what the nodes and pods send, reaches the end of the tier and passes to the cluster's own policies, which decide as before: the pods are not isolated.",
  'explain.rule.backendAllowClient':
    "Allows {client} ({cidrs}) to the pods of {service} on {ports}: when kube-proxy picks a backend on the node the traffic entered, Calico judges the pod policy before SNAT, so it sees the client's address.",
  // Generator: lints
  'lint.hostAccessFailsafeOnly':
    'Host access "only these ports" opens nothing from outside the cluster beyond Calico\'s failsafe ports ({ports}): administrators then reach the nodes only on those. The nodes and pods still reach each other.',
  'fix.hostAccessFailsafeOnly':
    'List the ports you administer the nodes on (e.g. 10250:10259 for kubelet and the control plane from an admin network), or choose "all except NodePorts".',
  'lint.inClusterNeedsTiers':
    "Calico {version} has no tiers: a policy that limits in-cluster clients of {service} would put its pods behind the default tier's final deny and cut every other in-cluster flow to them, so it is not written. The restriction is not enforced.",
  'fix.inClusterNeedsTiers':
    'Target Calico 3.29 or newer (tiers), or set the in-cluster access of this service to "all pods".',
  'lint.serviceNoPods':
    'Service {service} selects no pod of the design: it has no backend to reach.',
  'lint.serviceNoSelector':
    'Service {service} has an empty selector: Kubernetes manages no endpoints for it and no policy can name its pods.',
  'lint.failsafePort':
    "Service {service} uses port {port}/{protocol}, one of Calico's failsafe ports: packets to it skip pre-DNAT policy, so any external client can reach it through a remote backend.",
  'lint.nodeNoInterfaces':
    'Node {node} has no interfaces: traffic entering it gets no host endpoint and bypasses every host policy.',
  'lint.interfaceNoAddress':
    'Interface {iface} of node {node} has no address: a backend will not recognise traffic the node SNATs from it, and the NodePort denies do not cover it.',
  'fix.interfaceNoAddress': "Add the interface's IP addresses.",
  'lint.nodeNoTunnelIP':
    'Node {node} has no tunnel address although encapsulation is {encapsulation}: the node SNATs forwarded traffic from it, and backends will not recognise it.',
  'lint.clientOverlapsCluster':
    "Client {client}'s CIDR {cidr} overlaps the cluster's {clusterCidr}: rules for the client also match traffic from inside the cluster.",
  'lint.clientDuplicateCidr':
    'Client {client} lists {cidr} more than once (also as {first}): the generated rules list it once.',
  'lint.clientNoAccess': 'Client {client} has no access edge: it may reach nothing.',
  'lint.guideLeakUnlisted':
    'Guide profile: every external client, listed or not, reaches {service} ({clusterIP}) whenever kube-proxy picks a backend on another node. Pre-DNAT policy has no default drop, and after SNAT the pod sees a node address, which "allow-nodes" admits.',
  'lint.guideBlocksListed':
    'Guide profile: listed clients of {service} are dropped whenever kube-proxy picks a backend on the node they entered: that pod\'s policy sees the client\'s own address, and "allow-nodes" admits only nodes.',
  'lint.guideNodePortsOpen':
    'Guide profile: NodePorts ({range}) stay open to everyone. Host policy that is not pre-DNAT never sees forwarded traffic.',
  'lint.guideIsolatesBackends':
    'Guide profile: its policies live in the default tier and select the backend pods, so every in-cluster flow to a port they do not list (metrics scraping, a sidecar, a debug port) is dropped once they are applied. The hardened profile puts its policies in a tier of their own that passes such traffic on.',
  'lint.guideHostEgress':
    "Guide profile: the nodes' own outgoing traffic is dropped once host endpoints exist, failsafe ports aside: the guide has no egress policy for them.",
  'lint.guideIngressRestored':
    'Guide profile: the guide\'s "allow-traffic-hostendpoints" lacks its "ingress:" line and Calico rejects it as printed; the generated one has it restored.',
  'lint.guideEncapsulation':
    "Guide profile: with {encapsulation} a node SNATs forwarded traffic from its tunnel address, which the guide's host endpoints do not list, so remote backends drop listed clients.",
  'lint.clientFamilyMismatch':
    'Client {client} has no {family} CIDR, but {service} has an {family} cluster IP: this access edge grants nothing.',
  'fix.clientFamilyMismatch': "Add a CIDR of the cluster IP's family to the client.",
  'fix.designInvalid':
    'Correct the field; the YAML is generated again as soon as the design is valid.',
  'fix.serviceNoPods': 'Add a pod whose labels match the selector, or fix the selector.',
  'fix.failsafePort':
    "Move the service to another port, or remove this port from Felix's failsafeInboundHostPorts.",
  'fix.nodeNoInterfaces': 'Add the interfaces that receive cluster-IP traffic and their addresses.',
  'fix.nodeNoTunnelIP': "Set the node's tunnel address (its IPIP or VXLAN interface address).",
  'fix.clientOverlapsCluster':
    "Narrow the client's CIDR so it lies outside the pod and service CIDRs.",
  'fix.clientDuplicateCidr': 'Remove the repeated CIDR from the client.',
  'fix.clientNoAccess': 'Draw an access edge from the client to a service, or remove the client.',
  'fix.useHardened': 'Switch the output profile to "hardened".',
  'fix.none': 'Nothing to do.',
  // The generator threw (a defect: generate() is total by contract); the UI shows it as a problem.
  'lint.generatorFailed':
    'The generator failed on this design ({detail}). This is a defect of the app, not of the design: no YAML can be shown until the design is changed so that it generates.',
  'fix.generatorFailed':
    'Undo the last change, change what you edited last, or restore the previous design from the design menu. To report the defect, download the design (JSON) from the same menu.',
  // Permalinks (src/permalink): why a link does not open
  'permalink.empty': 'the link holds no design: there is nothing after "#"',
  'permalink.tooLong':
    'the link is {length} characters long; links over {max} characters are refused unread',
  'permalink.tooLarge':
    'the design in the link unpacks to more than {max} characters; it is refused',
  'permalink.noCodec':
    'the link does not start with a format tag such as "v1z:": it is not a link of this app, or its start was cut off',
  'permalink.unknownCodec': 'unknown link format "{codec}": this app reads "v1z:" links',
  'permalink.newerVersion':
    'the link format "{codec}" comes from a newer release of this app; this one reads "v1z:" links',
  'permalink.badCharacter':
    'the link contains "{char}" at position {position}, which no link of this app contains: it was changed after it was made',
  'permalink.corrupt': 'the link is truncated or damaged: its design cannot be unpacked',
  'permalink.notJson': 'the link unpacks to something that is not a design ({detail})',
  'permalink.migration': 'the design could not be upgraded from version {from}: {detail}',
  // Inspector forms: field errors the format's schema leaves to the form
  'form.port.invalid': 'not a port number (1–65535): {value}',
  'form.portList.invalid': 'not a list of port numbers (1–65535) separated by commas: "{value}"',
  'form.labelKey.duplicate': 'label key "{value}" is used twice',
  'form.list.empty': 'needs at least one entry',
  // Importer (src/importer): the report on a Calico/Kubernetes YAML file
  'import.tooLarge':
    'the input is {size} characters long; more than {max} characters in all are refused unread',
  'import.tooManyAliases':
    'the file uses {count} YAML aliases; more than {max} are refused (nested aliases can make a small file enormous)',
  'import.aliasGrowth':
    'the YAML aliases in the file expand to more than {max} extra values; refused (nested aliases can make a small file enormous)',
  'import.rejected':
    '{resource}, {at}: {detail}. Calico would reject it, so nothing in it was imported',
  'import.nothing':
    'the file holds no Service, HostEndpoint, BGPConfiguration or access rule to build a design from',
  'import.internal': 'the importer failed on this file ({detail}); please report it',
  'import.designInvalid': 'the imported design is not valid: {problem}',
  'import.mapped.name': 'the design is named "{name}", after the header comment this app writes',
  'import.ignored.unsafeName':
    'the header comment names the design with a character a name cannot hold ({char}); the design is left unnamed',
  'import.profile.hardened':
    'output profile "hardened": a pre-DNAT policy denies what the allows do not admit',
  'import.profile.guide':
    'output profile "guide": no pre-DNAT policy denies what the allows do not admit',
  'import.profile.header': 'output profile "{profile}", as the header comment says',
  'import.profile.assumed': 'no policy in the file: output profile "{profile}" assumed',
  'import.nodeLabel.found': 'nodes are selected by the label {label}',
  'import.nodeLabel.assumed':
    'no policy or host endpoint shows how nodes are labelled: the label {label} assumed',
  'import.mapped.service':
    'Service {service} → service "{id}": cluster IP {clusterIP}, ports {ports}, traffic policy {mode}',
  'import.mapped.node': 'HostEndpoint {name} → node "{node}", interface {iface} ({ips})',
  'import.mapped.serviceCidrs': 'service CIDRs {cidrs}, advertised over BGP',
  'import.mapped.client': 'client "{client}": {cidrs}',
  'import.mapped.access': 'access from {cidrs} to service "{service}" on {ports}',
  'import.mapped.accessAnyPort': 'access from {cidrs} to service "{service}" on every port',
  'import.mapped.podCidrs': 'pod CIDRs {cidrs}',
  'import.mapped.denyServices':
    'denies every other packet to {cidrs}: the hardened profile; service CIDRs {cidrs}',
  'import.mapped.denyNodePorts':
    'denies {protocol} to the NodePort range {range} at the pre-DNAT stage: the hardened profile',
  'import.mapped.denyDirect':
    'denies packets from outside the cluster to the pod CIDRs {cidrs}: the hardened profile',
  'import.mapped.hostAllowExcept':
    'host access: {protocol} to the nodes on every port except the NodePort range {range}',
  'import.mapped.hostDenyRange': 'host access: {protocol} to the NodePort range {range} denied',
  'import.mapped.hostAllowAll': 'host access: every other packet to the nodes allowed',
  'import.mapped.hostAllowPorts': 'host access: only {protocol} ports {ports}',
  'import.mapped.hostEgress': "the nodes' own traffic is allowed out (the design writes this rule)",
  'import.mapped.nodesToBackends':
    'admits the nodes to the pods of service "{service}" (the design writes this rule for every service)',
  'import.mapped.inClusterAllPods': 'service "{service}" is reachable from every pod',
  'import.mapped.inClusterSameNamespace':
    'service "{service}" is reachable from the pods of namespace {namespace}',
  'import.mapped.backendClient':
    'admits {cidrs} to the pods of service "{service}", as its access edge does (the design writes this rule)',
  'import.policy.preDnat': 'pre-DNAT policy {name} on the nodes',
  'import.policy.hostAccess': 'policy {name} on traffic to the nodes themselves',
  'import.policy.hostEgress': 'policy {name} on what the nodes send',
  'import.policy.pods': 'policy {name} on the pods of service "{service}"',
  'import.ignored.kind': '{resource} is not part of a design: ignored',
  'import.ignored.field': '{field} has no place in a design: not kept',
  'import.ignored.externalName':
    'Service {name} is of type ExternalName and has no cluster IP: not imported',
  'import.ignored.serviceNoClusterIP':
    'Service {name} has no cluster IP of its own (headless, or left for Kubernetes to pick); the policies must name its address, so it was not imported. Write its clusterIP',
  'import.ignored.serviceNoPorts': 'Service {name} has no port a design can hold: not imported',
  'import.ignored.duplicateService': 'Service {name} appears twice: the second is not imported',
  'import.ignored.duplicateClusterIP':
    'cluster IP {clusterIP} is already the address of {other}: not imported',
  'import.ignored.serviceType':
    'type {type} is not kept: the design writes type {written} for this service',
  'import.ignored.hepNode':
    'HostEndpoint {name}: "{node}" is not a Kubernetes node name; not imported',
  'import.ignored.hepInterface':
    'HostEndpoint {name} names no single interface ("{iface}"); a design node lists its interfaces by name, so it was not imported',
  'import.ignored.hepLabel':
    'label {label} conflicts with the one HostEndpoint {other} gives node "{node}": not kept',
  'import.ignored.duplicateIp': 'address {ip} is already listed at {other}: not imported',
  'import.ignored.policy':
    '{kind} {name} selects neither the nodes ({label}) nor the pods of a Service in the file: ignored',
  'import.ignored.policyShape':
    '{kind} {name} is a kind of policy a design never writes (doNotTrack, or applyOnForward without preDNAT): ignored',
  'import.ignored.ruleShape': 'this rule is not one a design writes: ignored',
  'import.ignored.ruleRange':
    'this rule admits a range of addresses ({nets}), not one cluster IP; access is drawn per service, so it was not imported',
  'import.ignored.rulePortsUnknown':
    'ports {ports} are not ports of service "{service}": not imported',
  'import.ignored.podClient':
    'admits {cidrs} at the pods of service "{service}", but no pre-DNAT rule admits them at the nodes: not imported as access',
  'import.ignored.egressRule': "egress rule: a design writes no egress but the nodes' own; ignored",
  'import.assumed.serviceFromRule':
    'no Service has cluster IP {clusterIP}: service "{id}" was made for it, without a selector. Add its Service to the file to keep its name, ports and pods',
  'import.assumed.servicePort':
    'no rule names a port of {clusterIP}: service "{service}" gets port {port}',
  'import.assumed.portName':
    'port name "{name}" is longer than a design allows: renamed "{newName}"',
  'import.assumed.tunnelIP':
    'address {ip} lies in the pod CIDR {cidr}: taken as the tunnel address of node "{node}"',
  'import.assumed.encapsulation':
    'the nodes have tunnel addresses: encapsulation {encapsulation} assumed (VXLAN gives the same YAML; change it if you use VXLAN)',
  'import.assumed.hepNodeLabel':
    'HostEndpoint {name} lacks the label {label}; in the design every host endpoint carries it',
  'import.assumed.podCidrs': 'no rule names the pod CIDRs: {cidrs} assumed',
  'import.assumed.podCidrsFromPods':
    'no node policy names the pod CIDRs: {cidrs} read off this in-cluster rule',
  'import.assumed.serviceCidrsFromDeny':
    'no BGPConfiguration: service CIDRs {cidrs} taken from the rule that denies them',
  'import.assumed.serviceCidrsHosts':
    'no BGPConfiguration names the service CIDRs: each cluster IP is advertised on its own ({cidrs})',
  'import.assumed.serviceCidrsDefault':
    "no service CIDR and no cluster IP in the file: {cidrs} (Kubernetes' default) assumed",
  'import.assumed.clusterIpOutside':
    'cluster IP {clusterIP} of service "{service}" is outside the advertised CIDRs ({cidrs}): {cidr} added',
  'import.assumed.nodePortRange': 'no rule names the NodePort range: {range} assumed',
  'import.assumed.hostAccess':
    'no policy on traffic to the nodes themselves: "every port except the NodePort range" assumed',
  'import.assumed.hostAllowAll':
    'a rule allows everything to the nodes: "every port except the NodePort range" is the nearest host access a design has',
  'import.assumed.inCluster':
    'no policy selects the pods of service "{service}": reachable from every pod, assumed',
  'import.assumed.ambiguousPolicy':
    'this policy fits the pods of several services ({services}): taken as service "{service}"',
  // Importer, issue #12: the design in the header, network sets, tiers, staged policies
  'import.header.restored':
    "the design was restored from this file's header: its resources are exactly as exported, so the whole design comes back ({nodes} nodes, {services} services, {pods} pods, {clients} clients, with names, layout and settings)",
  'import.header.edited':
    'the file was edited after export (its resources digest to {actual}, the header says {expected}), so the design was rebuilt from its resources: pods, the layout, element ids and what only the design holds (names, settings, any Service or BGPConfiguration not in the file) are lost or assumed',
  'import.header.noDigest':
    'the header carries a design but no cipd-digest line, so whether the file was edited cannot be told: the design was rebuilt from its resources',
  'import.header.undecodable':
    'the header carries a design that does not open ({count} problems, listed with this line), so the design was rebuilt from its resources',
  'import.mapped.networkSet': 'GlobalNetworkSet {name} → client "{client}": {cidrs}',
  'import.ignored.networkSetEmpty':
    'GlobalNetworkSet {name} lists no address a client can hold: not imported as a client',
  'import.ignored.selectorNoSet':
    'source selector {selector} selects no GlobalNetworkSet of the file: not imported as access',
  'import.mapped.tier':
    'Tier {name} (order {order}, default action {action}): the tier this app writes its policies in',
  'import.ignored.tier':
    'Tier {name} (order {order}, default action {action}): a design writes its own tier, so this one is not kept',
  'import.policy.staged':
    '{kind} {name} is staged: read as the {enforced} it would become when promoted (a staged policy enforces nothing)',
  'import.ignored.stagedDelete':
    '{kind} {name} stages the deletion of a policy (stagedAction Delete): not imported',
  'import.mapped.hostInCluster':
    'host access: {sources} always reach the nodes (host access limits sources outside the cluster only)',
  'import.mapped.hostDenyRest':
    'host access: every other packet from outside the cluster to the nodes denied',
  'import.mapped.backendDenyExternal':
    'denies every other source outside the cluster at the pods of service "{service}" (the design writes this rule)',
  'import.mapped.inClusterNone': 'service "{service}" is reachable from no pod',
  'import.assumed.serviceSelector':
    'service "{service}" selects the pods {selector} in namespace {namespace}, as the rule admitting its clients to its pods says',
  'import.mapped.calicoVersion': 'target Calico {version}, as the header comment says',
  'import.assumed.calicoVersion':
    'the header comment names Calico {named}, which this design cannot target here: Calico {version} assumed',
  'import.mapped.staged': 'every policy is staged: the design writes staged policies',
  'import.assumed.stagedMixed':
    '{staged} of {total} policies are staged, the others enforced; a design writes all of them one way: enforced assumed',
  // Importer, issue #13: the topology of a cluster dump (kubectl and calicoctl output)
  'import.ignored.headlessService':
    'Service {name} is headless (clusterIP: None): it has no cluster IP to reach or protect, so it is not imported',
  'import.ignored.secondClusterIP':
    'cluster IP {clusterIP} of Service {service} is not kept: a design holds one cluster IP per service ({kept})',
  'import.ignored.label': 'label {label} is not one a design can hold: not kept',
  'import.ignored.automaticNodeLabels':
    'labels {labels} are set by Kubernetes on every node alike: not kept (the host name, roles, topology and your own labels are)',
  'import.ignored.ipPoolCidr': 'IPPool {name} has no CIDR a design can hold ("{cidr}"): not read',
  'import.ignored.nodeName': 'Node {name}: not a Kubernetes node name; not imported',
  'import.mapped.kubeNode':
    'Node {name} → node "{node}": interface {iface} ({ips}), Calico node address {calico}, labels {labels}',
  'import.mapped.kubeNodeWithHep':
    'Node {name} → node "{node}" of its HostEndpoints, which name its interfaces: labels {labels}',
  'import.assumed.defaultInterface':
    'no HostEndpoint names the interfaces of {count} nodes ({nodes}): their addresses are put on interface "{iface}". Confirm the name: the HostEndpoints the output writes use it',
  'import.ignored.interfaceName':
    'interface name "{iface}" is not one Linux allows: "{used}" used instead',
  'import.assumed.nodeNoAddress':
    'Node {name} has no InternalIP and no Calico address annotation: node "{node}" has no address in the design; add it',
  'import.ignored.nodeExternalIP':
    'ExternalIP {ips} of Node {name} is not kept: the provider translates it to the node, no interface holds it',
  'import.ignored.nodeLabelConflict':
    'label {label} of Node {name} is not kept: the design gives the node {kept}',
  'import.mapped.nodeTunnel': 'node "{node}" sends tunnelled traffic from {ip} ({annotation})',
  'import.ignored.nodeTunnelExtra':
    'tunnel address {ip} ({annotation}) of node "{node}" is not kept: a design node has one tunnel address ({kept})',
  'import.mapped.ipPool': 'IPPool {name}: pod CIDR {cidr}, encapsulation {encapsulation}',
  'import.mapped.ipPoolDisabledInUse':
    'IPPool {name} ({cidr}) is disabled, but pods still have addresses from it: kept as a pod CIDR',
  'import.ignored.ipPoolDisabled':
    'IPPool {name} ({cidr}) is disabled and no pod has an address from it: not a pod CIDR of the design',
  'import.assumed.podCidrsPoolsWin':
    'the rules name the pod CIDRs {named}, the IPPools {cidrs}: the IPPools are taken, as they are what assigns pod addresses',
  'import.assumed.podCidrsFromNodes':
    'no IPPool in the files: pod CIDRs {cidrs} assumed, the smallest range (at least a /16, or /48 for IPv6) that holds the podCIDR of every node ({count} nodes)',
  'import.assumed.podCidrsFromPodIps':
    'no IPPool and no node podCIDR in the files: pod CIDRs {cidrs} assumed, the smallest range (at least a /16, or /48 for IPv6) that holds every pod address',
  'import.mapped.encapsulation': 'encapsulation {encapsulation}, as IPPool {names} says',
  'import.assumed.encapsulationMixed':
    'the IPPools encapsulate with {modes}; a design has one encapsulation: {encapsulation} (IPPool {name}) assumed',
  'import.assumed.encapsulationFromTunnels':
    'no IPPool in the files: encapsulation {encapsulation} assumed, since Calico gave the nodes {annotation} addresses',
  'import.assumed.serviceCidrKubeadm':
    "no BGPConfiguration names the service CIDR: {cidrs} assumed (kubeadm's default, which holds every cluster IP)",
  'import.assumed.serviceCidrCovering':
    'no BGPConfiguration names the service CIDR: {cidrs} assumed, the smallest range (at least a /24, or /112 for IPv6) that holds every cluster IP',
  'import.mapped.pod': 'Pod {pod} → pod "{id}" on node "{node}", address {ip}',
  'import.ignored.hostNetworkPod':
    "Pod {pod} runs in the host network of node {name}: its traffic is the node's own, so it is not a pod of the design",
  'import.ignored.podNotRunning': 'Pod {pod} is {phase} and has no address: not imported',
  'import.ignored.podNoNode': 'pod {pod} is not on a node a design can name: not imported',
  'import.ignored.podName': 'Pod {pod}: not a Kubernetes pod name or namespace; not imported',
  'import.ignored.duplicatePod': 'Pod {pod} appears twice: the second is not imported',
  'import.ignored.podSecondIp':
    'address {ip} of pod {pod} is not kept: a design holds one address per pod ({kept})',
  'import.ignored.podIpOutside':
    'address {ip} of pod {pod} lies in no pod CIDR ({cidrs}): the pod is imported without it',
  'import.assumed.podNodeMissing':
    'pod {pod} runs on node {name}, which is not in the files: node "{node}" added, without addresses',
  'import.mapped.endpointSlice': 'EndpointSlice {name} of Service {service}: {count} pods made',
  'import.ignored.endpointSliceWithPods':
    'EndpointSlice {name}: the pods come from the Pod objects in the files, so it is not read',
  'import.ignored.endpointSliceNoService':
    'EndpointSlice {name} belongs to Service {service}, which is not in the design: not read',
  'import.assumed.podFromEndpoint':
    'no Pod objects in the files: pod "{id}" ({pod}, {ip} on node "{node}") made from this endpoint of Service {service}; its labels are the Service\'s selector',
  'import.ignored.endpointNotPod':
    'endpoint {ip} of Service {service} is not a pod (target: {target}): not imported',
  'import.ignored.endpointNotReady':
    'endpoint {ip} ({pod}) of Service {service} is not ready: not imported',
  'import.ignored.endpointOutside':
    'endpoint {ip} ({pod}) of Service {service} lies in no pod CIDR ({cidrs}); a pod in the host network is its node: not imported',
  // Importer: reading what people have (Lists, several files, the cluster's policy as it is)
  'import.emptyFile': 'the file is empty',
  'import.emptyDocument':
    'an empty document (a --- with nothing after it): skipped, as kubectl does',
  'import.emptyList': 'an empty {kind}: nothing to read',
  'import.yamlError': '{detail}; the other documents are read',
  'import.notObject':
    'this document is {value}, not a Kubernetes object (a mapping with apiVersion and kind): not read',
  'import.noKind':
    'a mapping without apiVersion and kind (it has {keys}), not a Kubernetes object: not read',
  'import.calicoV2':
    '{kind} {name} is in the Calico v2 format (apiVersion: v1, kind: {kind}), which Calico 3 no longer reads: convert it with calicoctl convert and import the result',
  'import.placeholder':
    '{placeholder} is a placeholder left from templating (envsubst, Helm, a guide): fill it in, or render the template, then import again; this document is not read',
  'import.crdGroup':
    'crd.projectcalico.org/v1 is where Calico stores its resources internally (its Kubernetes datastore), not its API: read as the projectcalico.org/v3 {kind} {name} it stands for (stored as {stored}); change it with calicoctl or the projectcalico.org/v3 API, not by editing this object',
  'import.kept': '{resource} kept as it is: part of what the cluster runs now (the baseline)',
  'import.notKept': '{resource} cannot be kept in the baseline: {at} is missing or not valid',
  'import.baselineFull':
    'the baseline already holds {max} resources, the most a design keeps: this one is not kept',
  'import.duplicate':
    '{resource} is also at {other}: a cluster holds one object of that name, so this copy is not read',
  'import.ignored.topology':
    '{resource} describes the cluster (a topology document); this release does not read it into the design',
  'import.ignored.unused': '{resource}: nothing in it has a place in the design',
  'import.header.object': '{resource} is part of the design the header carries',
  'import.header.notAlone':
    'this file carries the design it was exported from, but it is imported together with other files: the design is read from the resources of all of them',
} as const;

/** Every message id the application knows. */
export type MessageId = keyof typeof en;
