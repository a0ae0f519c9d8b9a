/**
 * Cross-field problems (src/model/validateDesign.ts) of a value a form is about to commit, placed
 * at the form's own fields. A form commits only when this list is empty, so an edit can never
 * make the design break a cross-field rule.
 */
import type { MessageId } from '../../i18n/en';
import type { MessageParams } from '../../i18n/format';
import { assertNever } from '../../model/assertNever';
import { applyCommand, type Element } from '../../model/commands';
import type { Access, Design } from '../../model/design';
import type { Problem } from '../../model/problem';
import { crossFieldProblems } from '../../model/validateDesign';
import type { ClusterSettings } from './formSchemas';

/** A problem at a draft field path (`ports.0.port`), or at `root` when no input matches it. */
export interface FieldProblem {
  field: string;
  messageId: MessageId;
  params: MessageParams;
}

const COLLECTION = {
  client: 'clients',
  node: 'nodes',
  service: 'services',
  pod: 'pods',
} as const;

/** Lists whose entries a form wraps as `{ value }` rows (see TextItem). */
const TEXT_LISTS = /(^|\.)(cidrs|ips|podCidrs|serviceCidrs)\.\d+$/;

/** `ports[0].port` → `ports.0.port`; an entry of a text list → its `.value`. */
function toDraftPath(relative: string): string {
  const dotted = relative.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');
  if (dotted === '' || dotted === 'id') return 'root';
  return TEXT_LISTS.test(dotted) ? `${dotted}.value` : dotted;
}

/** The design with `element` in place of its old self, moved to the end of its list. */
function withElementLast(design: Design, element: Element): Design {
  const last = <T extends { id: string }>(list: readonly T[], value: T): T[] => [
    ...list.filter((x) => x.id !== value.id),
    value,
  ];
  switch (element.kind) {
    case 'client':
      return { ...design, clients: last(design.clients, element.value) };
    case 'node':
      return { ...design, nodes: last(design.nodes, element.value) };
    case 'service':
      return { ...design, services: last(design.services, element.value) };
    case 'pod':
      return { ...design, pods: last(design.pods, element.value) };
    default:
      return assertNever(element, 'element');
  }
}

/**
 * The problems that `element` would have in `design`. The check runs with the element last in
 * its list: the rules report a duplicate at its second occurrence, so every duplicate this
 * element takes part in lands on its own fields. Paths in parameters are mapped back to the
 * design's real order.
 */
export function elementProblems(element: Element, design: Design): FieldProblem[] {
  const field = COLLECTION[element.kind];
  const ids = design[field].map((x) => x.id);
  const realIndex = ids.indexOf(element.value.id);
  const lastIndex = ids.length - 1;
  const prefix = `${field}[${lastIndex}]`;
  const toReal = (k: number): number => {
    if (k === lastIndex) return realIndex;
    return k < realIndex ? k : k + 1;
  };
  const realParams = (params: MessageParams): MessageParams =>
    Object.fromEntries(
      Object.entries(params).map(([key, v]) => [
        key,
        typeof v === 'string'
          ? v.replace(new RegExp(`^${field}\\[(\\d+)\\]`), (_, k: string) => {
              return `${field}[${toReal(Number(k))}]`;
            })
          : v,
      ]),
    );

  const check = withElementLast(design, element);
  const problems = crossFieldProblems(check);
  const own = problems.flatMap((p): FieldProblem[] => {
    if (p.path !== prefix && !p.path.startsWith(`${prefix}.`) && !p.path.startsWith(`${prefix}[`))
      return [];
    return [
      {
        field: toDraftPath(p.path.slice(prefix.length)),
        messageId: p.messageId,
        params: realParams(p.params),
      },
    ];
  });
  // An access edge may name a port the edit removes from its service.
  const edges = problems.flatMap((p): FieldProblem[] => {
    const edge = accessAt(check, p.path);
    if (!edge || (edge.service !== element.value.id && edge.client !== element.value.id)) return [];
    const at = element.kind === 'service' && p.messageId === 'access.port.unknown';
    return [{ field: at ? 'ports' : 'root', messageId: p.messageId, params: p.params }];
  });
  return [...own, ...edges];
}

function accessAt(design: Design, path: string): Access | undefined {
  const m = /^access\[(\d+)\]/.exec(path);
  return m ? design.access[Number(m[1])] : undefined;
}

/** The problems of an access edge as it would be after the edit. */
export function accessProblems(access: Access, design: Design): FieldProblem[] {
  const index = design.access.findIndex(
    (a) => a.client === access.client && a.service === access.service,
  );
  const check = applyCommand(design, { type: 'updateAccess', access });
  const prefix = `access[${index}]`;
  return crossFieldProblems(check)
    .filter((p) => p.path === prefix || p.path.startsWith(`${prefix}.`))
    .map((p) => ({
      field: p.path.startsWith(`${prefix}.ports`) ? 'ports' : 'root',
      messageId: p.messageId,
      params: p.params,
    }));
}

const problemKey = (p: Problem): string => `${p.path} ${p.messageId}`;

/**
 * The problems new cluster settings would add to the design: a cluster IP or pod IP the new
 * CIDRs leave outside. Problems the design already had do not block the edit (it may fix them).
 */
export function clusterProblems(settings: ClusterSettings, design: Design): FieldProblem[] {
  const before = new Set(crossFieldProblems(design).map(problemKey));
  const check: Design = {
    ...design,
    name: settings.name,
    cluster: settings.cluster,
    output: { ...design.output, ...settings.output },
  };
  return crossFieldProblems(check)
    .filter((p) => !before.has(problemKey(p)))
    .map((p) => ({ field: clusterField(p), messageId: p.messageId, params: p.params }));
}

function clusterField(p: Problem): string {
  if (p.messageId === 'service.clusterIP.outside') return 'cluster.serviceCidrs';
  if (p.messageId === 'pod.ip.outside') return 'cluster.podCidrs';
  if (p.path === 'output.staged') return 'output.staged';
  return 'root';
}
