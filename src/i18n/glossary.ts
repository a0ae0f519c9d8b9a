/**
 * The one glossary of the translations. Engineers read Calico and Kubernetes resource kinds, fields
 * and tools in English whatever their language, so those keep their English spelling in every
 * catalogue; a few everyday terms have one fixed Chinese rendering, so the UI never calls one thing
 * by two names. catalogue.test.ts holds every translation to it; the help menu shows it.
 */

import { en as english, type MessageId } from './en';
import { LOCAL_STORY, joinSentences } from './trafficModeStory';
import { zhCN as chinese } from './zh-CN';

export interface GlossaryTerm {
  /** The English term, as it appears in English messages (matched case-sensitively, whole word). */
  readonly term: string;
  /** How 简体中文 writes it: the term itself when it keeps its English spelling. */
  readonly zhCN: string;
  /** What it is, in each language: the help menu's glossary shows it. */
  readonly en: string;
  readonly zh: string;
  /** The catalogue messages that tell the meaning, when a story shared with others tells it. */
  readonly story?: readonly MessageId[];
}

/** Terms every translation keeps in English. */
export const KEPT_TERMS: readonly GlossaryTerm[] = [
  k(
    'GlobalNetworkPolicy',
    'Calico policy that applies cluster-wide, to pods and host endpoints',
    'Calico 的集群级策略，可作用于 Pod 和主机端点',
  ),
  k(
    'NetworkPolicy',
    'Calico policy for the pods of one namespace',
    'Calico 的命名空间级策略，作用于一个命名空间的 Pod',
  ),
  k('HostEndpoint', "a node's interface under Calico policy", '受 Calico 策略管控的节点网卡'),
  k(
    'BGPConfiguration',
    'Calico resource that says which service addresses to advertise over BGP',
    '指明通过 BGP 发布哪些 Service 地址的 Calico 资源',
  ),
  k(
    'preDNAT',
    'policy evaluated before kube-proxy translates the cluster IP',
    '在 kube-proxy 转换集群 IP 之前执行的策略',
  ),
  k('pre-DNAT', 'the stage where preDNAT policy runs', 'preDNAT 策略执行的阶段'),
  k(
    'applyOnForward',
    'policy that also applies to traffic forwarded through the host',
    '同样作用于经主机转发的流量的策略',
  ),
  k(
    'doNotTrack',
    'untracked policy, evaluated before connection tracking',
    '不经连接跟踪、最先执行的策略',
  ),
  k(
    'externalTrafficPolicy',
    'the Service field that picks Cluster or Local',
    '选择 Cluster 或 Local 的 Service 字段',
  ),
  k(
    'Cluster',
    'traffic mode: every node forwards to every backend, with SNAT',
    '流量模式：任意节点转发到任意后端，并做 SNAT',
  ),
  told('Local', LOCAL_STORY),
  k(
    'kube-proxy',
    'the Kubernetes component that translates cluster IPs to pod addresses',
    '把集群 IP 转换为 Pod 地址的 Kubernetes 组件',
  ),
  k(
    'Felix',
    "Calico's agent on each node, which programs the policy",
    'Calico 在每个节点上的代理，负责下发策略',
  ),
  k(
    'Service',
    'a Kubernetes Service: a stable address for a set of pods',
    'Kubernetes Service：一组 Pod 的固定地址',
  ),
  k('ClusterIP', 'the Service type whose address is a cluster IP', '地址为集群 IP 的 Service 类型'),
  k('NodePort', 'a port opened on every node for a Service', '为 Service 在每个节点上开放的端口'),
  k('SNAT', 'source address translation', '源地址转换'),
  k('DNAT', 'destination address translation', '目的地址转换'),
  k(
    'BGP',
    'the routing protocol Calico advertises addresses with',
    'Calico 用来发布地址的路由协议',
  ),
  k('CIDR', 'an address range such as 10.0.0.0/8', '地址段，例如 10.0.0.0/8'),
  k('IPIP', 'IP-in-IP tunnelling between nodes', '节点间的 IP-in-IP 隧道'),
  k('VXLAN', 'VXLAN tunnelling between nodes', '节点间的 VXLAN 隧道'),
  k(
    'YAML',
    'the text format of Kubernetes and Calico resources',
    'Kubernetes 和 Calico 资源的文本格式',
  ),
  k('TCP', 'a transport protocol', '一种传输协议'),
  k('UDP', 'a transport protocol', '一种传输协议'),
  k('SCTP', 'a transport protocol', '一种传输协议'),
  k('ICMP', 'the protocol of ping', 'ping 所用的协议'),
];

/** Terms with one fixed Chinese rendering. */
export const RENDERED_TERMS: readonly GlossaryTerm[] = [
  r('pod', 'Pod', 'a running container group of Kubernetes', 'Kubernetes 中运行的一组容器'),
  r(
    'cluster IP',
    '集群 IP',
    "a Service's virtual address inside the cluster, advertised outside over BGP",
    'Service 在集群内的虚拟地址，通过 BGP 发布到集群外',
  ),
  r(
    'host endpoint',
    '主机端点',
    "a node's interface under Calico policy (HostEndpoint)",
    '受 Calico 策略管控的节点网卡（HostEndpoint）',
  ),
  r(
    'external client',
    '外部客户端',
    'an address range outside the cluster that calls services',
    '集群外访问服务的地址段',
  ),
];

function k(term: string, en: string, zh: string): GlossaryTerm {
  return { term, zhCN: term, en, zh };
}

/** A kept term whose meaning is a story of the catalogues (trafficModeStory.ts), not words of its own. */
function told(term: string, story: readonly MessageId[]): GlossaryTerm {
  return {
    term,
    zhCN: term,
    en: joinSentences(
      story.map((id) => english[id]),
      'en',
    ),
    zh: joinSentences(
      story.map((id) => chinese[id]),
      'zh-CN',
    ),
    story,
  };
}

function r(term: string, zhCN: string, en: string, zh: string): GlossaryTerm {
  return { term, zhCN, en, zh };
}

/** Every glossary term. */
export const GLOSSARY: readonly GlossaryTerm[] = [...KEPT_TERMS, ...RENDERED_TERMS];
