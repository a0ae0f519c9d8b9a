/**
 * Lints on a design: errors (it cannot be generated) and warnings (it can, but something will not
 * work as a user would expect). Each has a stable code, the elements and field it is about, and a
 * fix hint, all as message ids.
 */
import { DEFAULT_FAILSAFE_INBOUND } from '../calico/defaults';
import { TRAFFIC_MODE_STORY } from '../i18n/trafficModeStory';
import type { Design } from '../model/design';
import { calicoAtLeast, effectiveTrafficPolicy, parsePortRange } from '../model/design';
import { cidrsOverlap, formatCidr, parseCidr, parseIp } from '../net/ip';
import type { Problem } from '../model/problem';
import { podsOfServiceIndex } from '../model/query';
import type { Lint } from './types';

/** Which element kind a design path names, to attach a validation problem to its element. */
function elementOfPath(design: Design, path: string): string[] {
  const m = /^(nodes|services|pods|clients|access)\[(\d+)\]/.exec(path);
  if (!m) return [];
  const index = Number(m[2]);
  switch (m[1]) {
    case 'nodes':
      return design.nodes[index] ? [design.nodes[index].id] : [];
    case 'services':
      return design.services[index] ? [design.services[index].id] : [];
    case 'pods':
      return design.pods[index] ? [design.pods[index].id] : [];
    case 'clients':
      return design.clients[index] ? [design.clients[index].id] : [];
    default: {
      const a = design.access[index];
      return a ? [a.client, a.service] : [];
    }
  }
}

/** Validation problems as error lints: the design cannot be generated until they are fixed. */
export function errorLints(design: Design, problems: readonly Problem[]): Lint[] {
  return problems.map((p) => ({
    code: 'design-invalid',
    severity: 'error',
    messageId: p.messageId,
    params: p.params,
    elements: elementOfPath(design, p.path),
    field: p.path,
    fixId: 'fix.designInvalid',
  }));
}

/** Warnings and notes on a valid design, for the chosen profile. */
export function warningLints(design: Design): Lint[] {
  const lints: Lint[] = [];
  const c = design.cluster;
  const encapsulated = c.encapsulation !== 'None';
  const podsOf = podsOfServiceIndex(design);
  const clientsWithAccess = new Set(design.access.map((a) => a.client));

  design.services.forEach((s, i) => {
    const svc = `${s.namespace}/${s.name}`;
    if (podsOf(s).length === 0) {
      lints.push({
        code: 'service-no-pods',
        severity: 'warning',
        messageId: Object.keys(s.selector).length ? 'lint.serviceNoPods' : 'lint.serviceNoSelector',
        params: { service: svc },
        elements: [s.id],
        field: `services[${i}].selector`,
        fixId: 'fix.serviceNoPods',
      });
    }
    if (effectiveTrafficPolicy(design, s) === 'Local') {
      lints.push({
        code: 'local-mode-masquerade',
        severity: 'warning',
        messageId: TRAFFIC_MODE_STORY.lint[design.output.profile],
        params: { service: svc },
        elements: [s.id],
        field: s.trafficPolicy ? `services[${i}].trafficPolicy` : 'cluster.trafficPolicy',
        fixId: TRAFFIC_MODE_STORY.fix,
      });
    }
    s.ports.forEach((p, j) => {
      const failsafe = c.failsafeInboundHostPorts ?? DEFAULT_FAILSAFE_INBOUND;
      if (failsafe.some((f) => f.protocol === p.protocol && f.port === p.port)) {
        lints.push({
          code: 'failsafe-port',
          severity: 'warning',
          messageId: 'lint.failsafePort',
          params: { service: svc, port: p.port, protocol: p.protocol },
          elements: [s.id],
          field: `services[${i}].ports[${j}].port`,
          fixId: 'fix.failsafePort',
        });
      }
    });
  });

  lints.push(...hostAccessLints(design));
  if (!calicoAtLeast(design.output.calicoVersion, '3.29')) {
    design.services.forEach((s, i) => {
      if (design.output.profile !== 'hardened' || s.inCluster === 'allPods') return;
      lints.push({
        code: 'in-cluster-needs-tiers',
        severity: 'warning',
        messageId: 'lint.inClusterNeedsTiers',
        params: { service: `${s.namespace}/${s.name}`, version: design.output.calicoVersion },
        elements: [s.id],
        field: `services[${i}].inCluster`,
        fixId: 'fix.inClusterNeedsTiers',
      });
    });
  }

  design.nodes.forEach((n, i) => {
    if (!n.interfaces.length) {
      lints.push({
        code: 'node-no-interfaces',
        severity: 'warning',
        messageId: 'lint.nodeNoInterfaces',
        params: { node: n.name },
        elements: [n.id],
        field: `nodes[${i}].interfaces`,
        fixId: 'fix.nodeNoInterfaces',
      });
    }
    n.interfaces.forEach((itf, j) => {
      if (itf.ips.length) return;
      lints.push({
        code: 'interface-no-address',
        severity: 'warning',
        messageId: 'lint.interfaceNoAddress',
        params: { node: n.name, iface: itf.name },
        elements: [n.id],
        field: `nodes[${i}].interfaces[${j}].ips`,
        fixId: 'fix.interfaceNoAddress',
      });
    });
    if (encapsulated && !n.tunnelIP) {
      lints.push({
        code: 'node-no-tunnel-ip',
        severity: 'warning',
        messageId: 'lint.nodeNoTunnelIP',
        params: { node: n.name, encapsulation: c.encapsulation },
        elements: [n.id],
        field: `nodes[${i}].tunnelIP`,
        fixId: 'fix.nodeNoTunnelIP',
      });
    }
  });

  const clientsById = new Map(design.clients.map((cl) => [cl.id, cl]));
  const servicesById = new Map(design.services.map((s) => [s.id, s]));
  design.access.forEach((a, i) => {
    const client = clientsById.get(a.client);
    const service = servicesById.get(a.service);
    const family = service ? parseIp(service.clusterIP)?.family : undefined;
    if (!client || !service || !family) return;
    if (!client.cidrs.some((cidr) => parseCidr(cidr)?.family === family)) {
      lints.push({
        code: 'client-family-mismatch',
        severity: 'warning',
        messageId: 'lint.clientFamilyMismatch',
        params: {
          client: client.name,
          service: `${service.namespace}/${service.name}`,
          family: `IPv${family}`,
        },
        elements: [client.id, service.id],
        field: `access[${i}]`,
        fixId: 'fix.clientFamilyMismatch',
      });
    }
  });

  // Parsed once, not once per client CIDR.
  const clusterNets = [...c.podCidrs, ...c.serviceCidrs].map((text) => ({
    text,
    parsed: parseCidr(text),
  }));
  design.clients.forEach((cl, i) => {
    cl.cidrs.forEach((cidr, j) => {
      const a = parseCidr(cidr);
      const hit = a && clusterNets.find(({ parsed }) => parsed && cidrsOverlap(a, parsed))?.text;
      if (hit) {
        lints.push({
          code: 'client-overlaps-cluster',
          severity: 'warning',
          messageId: 'lint.clientOverlapsCluster',
          params: { client: cl.name, cidr, clusterCidr: hit },
          elements: [cl.id],
          field: `clients[${i}].cidrs[${j}]`,
          fixId: 'fix.clientOverlapsCluster',
        });
      }
    });
    const firstOf = new Map<string, string>();
    cl.cidrs.forEach((cidr, j) => {
      const parsed = parseCidr(cidr);
      const key = parsed ? formatCidr(parsed) : cidr;
      const first = firstOf.get(key);
      if (first === undefined) {
        firstOf.set(key, cidr);
        return;
      }
      lints.push({
        code: 'client-duplicate-cidr',
        severity: 'info',
        messageId: 'lint.clientDuplicateCidr',
        params: { client: cl.name, cidr, first },
        elements: [cl.id],
        field: `clients[${i}].cidrs[${j}]`,
        fixId: 'fix.clientDuplicateCidr',
      });
    });
    if (!clientsWithAccess.has(cl.id)) {
      lints.push({
        code: 'client-no-access',
        severity: 'info',
        messageId: 'lint.clientNoAccess',
        params: { client: cl.name },
        elements: [cl.id],
        field: `clients[${i}]`,
        fixId: 'fix.clientNoAccess',
      });
    }
  });

  if (design.output.profile === 'guide') lints.push(...guideLints(design));
  return lints;
}

/** The guide recipe's gaps (SEMANTICS.md §4), named per service where they are per service. */
function guideLints(design: Design): Lint[] {
  const lints: Lint[] = [];
  const clusterServices = design.services.filter(
    (s) => effectiveTrafficPolicy(design, s) === 'Cluster',
  );
  const field = 'output.profile';
  const servicesWithAccess = new Set(design.access.map((a) => a.service));
  const fixId = 'fix.useHardened';
  design.services.forEach((s) => {
    if (effectiveTrafficPolicy(design, s) !== 'Cluster') return;
    const svc = `${s.namespace}/${s.name}`;
    lints.push({
      code: 'guide-unlisted-clients-reach-remote-backends',
      severity: 'warning',
      messageId: 'lint.guideLeakUnlisted',
      params: { service: svc, clusterIP: s.clusterIP },
      elements: [s.id],
      field,
      fixId,
    });
    if (servicesWithAccess.has(s.id)) {
      lints.push({
        code: 'guide-listed-clients-blocked-on-local-backend',
        severity: 'warning',
        messageId: 'lint.guideBlocksListed',
        params: { service: svc },
        elements: [s.id],
        field,
        fixId,
      });
    }
  });
  if (clusterServices.length) {
    lints.push(
      {
        code: 'guide-nodeports-open',
        severity: 'warning',
        messageId: 'lint.guideNodePortsOpen',
        params: { range: design.cluster.nodePortRange },
        elements: [],
        field,
        fixId,
      },
      {
        code: 'guide-isolates-backends',
        severity: 'warning',
        messageId: 'lint.guideIsolatesBackends',
        params: {},
        elements: [],
        field,
        fixId,
      },
      {
        code: 'guide-host-egress-blocked',
        severity: 'warning',
        messageId: 'lint.guideHostEgress',
        params: {},
        elements: [],
        field,
        fixId,
      },
      {
        code: 'guide-third-policy-repaired',
        severity: 'info',
        messageId: 'lint.guideIngressRestored',
        params: {},
        elements: [],
        field,
        fixId: 'fix.none',
      },
    );
    if (design.cluster.encapsulation !== 'None') {
      lints.push({
        code: 'guide-encapsulation-tunnel-ip',
        severity: 'warning',
        messageId: 'lint.guideEncapsulation',
        params: { encapsulation: design.cluster.encapsulation },
        elements: design.nodes.map((n) => n.id),
        field: 'cluster.encapsulation',
        fixId,
      });
    }
  }
  return lints;
}

/**
 * "Only these ports" decides for sources outside the cluster (the nodes and pods always reach the
 * nodes). A list that opens nothing beyond Calico's failsafe ports leaves administrators only
 * those (SSH, the API server, BGP, etcd): said loudly, since it is easy to mean otherwise.
 */
function hostAccessLints(design: Design): Lint[] {
  const access = design.cluster.hostAccess;
  if (access.mode !== 'only') return [];
  const failsafe = design.cluster.failsafeInboundHostPorts ?? DEFAULT_FAILSAFE_INBOUND;
  const beyondFailsafe = (protocol: 'TCP' | 'UDP', spec: number | string) => {
    const range =
      typeof spec === 'number' ? { min: spec, max: spec } : (parsePortRange(spec) ?? undefined);
    if (!range) return false;
    for (let port = range.min; port <= range.max; port++) {
      if (
        !failsafe.some((f) => f.protocol === protocol && f.port === port && !('net' in f && f.net))
      )
        return true;
    }
    return false;
  };
  const opens =
    access.tcp.some((p) => beyondFailsafe('TCP', p)) ||
    access.udp.some((p) => beyondFailsafe('UDP', p));
  if (opens) return [];
  return [
    {
      code: 'host-access-failsafe-only',
      severity: 'warning',
      messageId: 'lint.hostAccessFailsafeOnly',
      params: {
        ports: failsafe
          .filter((f) => !('net' in f && f.net))
          .map((f) => `${f.port}/${f.protocol}`)
          .join(', '),
      },
      elements: [],
      field: 'cluster.hostAccess',
      fixId: 'fix.hostAccessFailsafeOnly',
    },
  ];
}
