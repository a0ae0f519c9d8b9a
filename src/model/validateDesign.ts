/**
 * Validation of a design document: shape (the zod schema) and the cross-field rules of format v1.
 * Every problem is returned at once, each at its JSON path.
 */
import type { core } from 'zod';
import { en, type MessageId } from '../i18n/en';
import { formatMessage } from '../i18n/format';
import { calicoAtLeast, DESIGN_VERSION, designSchema, type Design } from './design';
import { bitsOf, cidrContainsIp, parseCidr, parseIp } from '../net/ip';
import { formatPath, type Problem } from './problem';
import { migrateDesign } from './migrate';
import { preciseProblem } from './valueProblems';
import { firstUnsafeChar, toOneLine } from '../text/plainText';

export type ValidationResult = { ok: true; design: Design } | { ok: false; problems: Problem[] };

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (value === undefined) return 'nothing';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/**
 * A refused value as a message shows it: on one line (a line break in a value must not start a
 * line of the CLI's report) and at most 80 characters.
 */
function quotable(input: unknown): string {
  if (typeof input !== 'string') return describe(input);
  const line = toOneLine(input);
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

function fromZodIssue(issue: core.$ZodIssue): Problem {
  const path = formatPath(issue.path);
  const input = (issue as { input?: unknown }).input;
  const value = typeof input === 'number' ? input : quotable(input);
  const make = (messageId: MessageId, params: Problem['params'] = {}): Problem => ({
    path,
    messageId,
    params: { value, ...params },
  });
  switch (issue.code) {
    case 'custom': {
      const id = issue.message as MessageId;
      if (!(id in en)) return make('field.invalid', { detail: issue.message });
      if (id === 'name.unsafeText' && typeof input === 'string') {
        // The value itself is never shown: it holds the character that could break the message.
        const bad = firstUnsafeChar(input);
        return {
          path,
          messageId: id,
          params: { char: bad?.codePoint ?? '?', position: (bad?.index ?? 0) + 1 },
        };
      }
      const precise = preciseProblem(id, input);
      if (precise) return make(precise.messageId, precise.params);
      return make(id);
    }
    case 'invalid_key': {
      const inner = issue.issues[0];
      const id = inner && inner.message in en ? (inner.message as MessageId) : 'name.labelKey';
      return make(id);
    }
    case 'invalid_type':
      if (input === undefined) return make('field.required');
      if (issue.expected === 'int' && typeof input === 'number') return make('field.notInteger');
      return make('field.invalidType', { expected: issue.expected, received: describe(input) });
    case 'invalid_value':
      return make('field.enum', { values: issue.values.map((v) => String(v)).join(', ') });
    case 'invalid_union': {
      const disc = (issue as { discriminator?: string }).discriminator;
      if (disc && input && typeof input === 'object') {
        const got = (input as Record<string, unknown>)[disc];
        return {
          path: formatPath([...issue.path, disc]),
          messageId: 'field.invalid',
          params: { value: describe(got), detail: `unknown ${disc} ${describe(got)}` },
        };
      }
      return make('field.invalid', { detail: issue.message });
    }
    case 'unrecognized_keys':
      return { path, messageId: 'field.unknownKey', params: { key: issue.keys.join('", "') } };
    case 'too_small':
      return issue.origin === 'array'
        ? make('field.tooFew', { min: Number(issue.minimum) })
        : make('field.tooSmall', { min: Number(issue.minimum) });
    case 'too_big':
      return issue.origin === 'string'
        ? make('field.tooLong', { max: Number(issue.maximum) })
        : make('field.tooBig', { max: Number(issue.maximum) });
    default:
      return make('field.invalid', { detail: issue.message });
  }
}

/** Checks that only hold across fields: unique ids and names, references, address containment. */
export function crossFieldProblems(d: Design): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, messageId: MessageId, params: Problem['params'] = {}) =>
    problems.push({ path, messageId, params });

  const idAt = new Map<string, string>();
  const kinds = [
    ['nodes', d.nodes],
    ['services', d.services],
    ['pods', d.pods],
    ['clients', d.clients],
  ] as const;
  for (const [field, list] of kinds) {
    list.forEach((el, i) => {
      const here = `${field}[${i}].id`;
      const other = idAt.get(el.id);
      if (other) add(here, 'ref.duplicateId', { id: el.id, other });
      else idAt.set(el.id, here);
    });
  }
  const nodeIds = new Set(d.nodes.map((n) => n.id));
  const clientIds = new Set(d.clients.map((c) => c.id));
  const servicesById = new Map(d.services.map((s) => [s.id, s]));

  const serviceCidrs = d.cluster.serviceCidrs.flatMap((c) => parseCidr(c) ?? []);
  // An imported cluster may list one /32 per Service: those are looked up, not scanned, so the
  // check stays linear in the number of Services.
  const hostKey = (family: number, value: bigint) => `${family}:${value}`;
  const serviceHosts = new Set(
    serviceCidrs
      .filter((c) => c.prefix === bitsOf(c.family))
      .map((c) => hostKey(c.family, c.value)),
  );
  const serviceNetworks = serviceCidrs.filter((c) => c.prefix !== bitsOf(c.family));
  const podCidrs = d.cluster.podCidrs.flatMap((c) => parseCidr(c) ?? []);

  const firstBy = new Map<string, string>();
  const once = (key: string, who: string): string | undefined => {
    const prev = firstBy.get(key);
    if (prev === undefined) firstBy.set(key, who);
    return prev;
  };

  d.nodes.forEach((n, i) => {
    const dupName = once(`node-name:${n.name}`, n.id);
    if (dupName) add(`nodes[${i}].name`, 'node.name.duplicate', { name: n.name });
    const seen = new Set<string>();
    n.interfaces.forEach((itf, j) => {
      if (seen.has(itf.name))
        add(`nodes[${i}].interfaces[${j}].name`, 'node.interface.duplicate', { name: itf.name });
      seen.add(itf.name);
      itf.ips.forEach((ip, k) => {
        const here = `nodes[${i}].interfaces[${j}].ips[${k}]`;
        const other = once(`node-ip:${ip}`, here);
        if (other) add(here, 'node.ip.duplicate', { value: ip, other });
      });
    });
  });

  d.services.forEach((s, i) => {
    const ip = parseIp(s.clusterIP);
    const inside =
      ip &&
      (serviceHosts.has(hostKey(ip.family, ip.value)) ||
        serviceNetworks.some((c) => cidrContainsIp(c, ip)));
    if (ip && !inside) {
      add(`services[${i}].clusterIP`, 'service.clusterIP.outside', {
        value: s.clusterIP,
        cidrs: d.cluster.serviceCidrs.join(', '),
      });
    }
    const dupIp = once(`cluster-ip:${s.clusterIP}`, s.name);
    if (dupIp)
      add(`services[${i}].clusterIP`, 'service.clusterIP.duplicate', {
        value: s.clusterIP,
        other: dupIp,
      });
    if (once(`svc-name:${s.namespace}/${s.name}`, s.id))
      add(`services[${i}].name`, 'service.name.duplicate', {
        name: s.name,
        namespace: s.namespace,
      });
    const portKeys = new Set<string>();
    const portNames = new Set<string>();
    s.ports.forEach((p, j) => {
      const key = `${p.port}/${p.protocol}`;
      if (portKeys.has(key))
        add(`services[${i}].ports[${j}].port`, 'service.port.duplicate', {
          port: p.port,
          protocol: p.protocol,
        });
      portKeys.add(key);
      if (p.name !== undefined) {
        if (portNames.has(p.name))
          add(`services[${i}].ports[${j}].name`, 'service.portName.duplicate', { name: p.name });
        portNames.add(p.name);
      } else if (s.ports.length > 1) {
        add(`services[${i}].ports[${j}].name`, 'service.portName.required');
      }
    });
  });

  d.pods.forEach((p, i) => {
    if (!nodeIds.has(p.node)) add(`pods[${i}].node`, 'ref.dangling.node', { id: p.node });
    if (once(`pod-name:${p.namespace}/${p.name}`, p.id))
      add(`pods[${i}].name`, 'pod.name.duplicate', { name: p.name, namespace: p.namespace });
    if (p.ip !== undefined) {
      const ip = parseIp(p.ip);
      if (ip && !podCidrs.some((c) => cidrContainsIp(c, ip)))
        add(`pods[${i}].ip`, 'pod.ip.outside', {
          value: p.ip,
          cidrs: d.cluster.podCidrs.join(', '),
        });
      const dup = once(`pod-ip:${p.ip}`, p.name);
      if (dup) add(`pods[${i}].ip`, 'pod.ip.duplicate', { value: p.ip, other: dup });
    }
  });

  const edges = new Map<string, string>();
  d.access.forEach((a, i) => {
    if (!clientIds.has(a.client))
      add(`access[${i}].client`, 'ref.dangling.client', { id: a.client });
    const svc = servicesById.get(a.service);
    if (!svc) add(`access[${i}].service`, 'ref.dangling.service', { id: a.service });
    const key = `${a.client}->${a.service}`;
    const other = edges.get(key);
    if (other) add(`access[${i}]`, 'access.duplicate', { other });
    else edges.set(key, `access[${i}]`);
    if (svc && a.ports) {
      const ports = svc.ports.map((p) => p.port);
      a.ports.forEach((port, j) => {
        if (!ports.includes(port))
          add(`access[${i}].ports[${j}]`, 'access.port.unknown', {
            service: svc.name,
            port,
            ports: ports.join(', '),
          });
      });
    }
  });
  // Staged kinds exist from Calico 3.30 (DATAPLANES.md §5.1): for an older target, staged output
  // would be refused by the cluster, and enforcing policies in its place is not what was asked.
  if (d.output.staged && !calicoAtLeast(d.output.calicoVersion, '3.30')) {
    add('output.staged', 'design.staged.version', { version: d.output.calicoVersion });
  }
  return problems;
}

/**
 * Validates a parsed JSON value as a design of the current format, after migrating an older one.
 * The version is checked first: a file of a version this release cannot read is refused whole,
 * with a message that says why.
 */
export function validateDesign(value: unknown): ValidationResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, problems: [{ path: '', messageId: 'design.notObject', params: {} }] };
  }
  const migrated = migrateDesign(value);
  if (!migrated.ok) return migrated;
  const input = migrated.value as Record<string, unknown>;
  const version = (input as Record<string, unknown>).version;
  if (version !== DESIGN_VERSION) {
    let messageId: MessageId = 'design.version.invalid';
    if (version === undefined) messageId = 'design.version.missing';
    else if (typeof version === 'number' && Number.isInteger(version) && version > DESIGN_VERSION)
      messageId = 'design.version.newer';
    return {
      ok: false,
      problems: [
        {
          path: 'version',
          messageId,
          params: { value: typeof version === 'number' ? version : describe(version) },
        },
      ],
    };
  }
  const parsed = designSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map(fromZodIssue) };
  const problems = crossFieldProblems(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, design: parsed.data };
}

/** Parses JSON text and validates it; a JSON syntax error is a problem at the document root. */
export function parseDesignJson(text: string): ValidationResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      problems: [
        { path: '', messageId: 'design.json.invalid', params: { detail: (e as Error).message } },
      ],
    };
  }
  return validateDesign(value);
}

/** One problem in English, `path: message`, for the CLI and tests. */
export function describeProblem(p: Problem): string {
  const message = formatMessage(en[p.messageId], p.params);
  return p.path ? `${p.path}: ${message}` : message;
}
