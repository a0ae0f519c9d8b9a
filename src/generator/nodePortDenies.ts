/**
 * The NodePort denies of the hardened profile's pre-DNAT policy, for TCP, UDP and SCTP alike:
 * every Service gets NodePorts once it is NodePort (a Local-mode Service becomes one, SEMANTICS.md
 * §1.1), and the profile closes them to traffic from outside; what nodes and pods send each other
 * on those ports is left as it is.
 */
import type { EntityRule } from '../calico/types';
import type { MessageId } from '../i18n/en';
import type { Design } from '../model/design';
import type { ExplainedRule, Output } from './builder';
import { PROTOCOLS, rule } from './common';
import { externalSources } from './sources';
import type { FactRef } from './types';

/** One Deny per protocol and IP family from outside the cluster to the NodePort `range`. */
export function nodePortDenies(
  out: Output,
  design: Design,
  range: string,
  destination: EntityRule,
  messageId: MessageId,
  facts: FactRef[],
): ExplainedRule[] {
  const sources = externalSources(out, design);
  return PROTOCOLS.flatMap((protocol) =>
    sources.map(({ family, source }) => ({
      rule: rule({
        action: 'Deny',
        protocol,
        ipVersion: family,
        source,
        destination: { ...destination, ports: [range] },
      }),
      why: { messageId, params: { protocol, family: `IPv${family}`, range }, facts },
    })),
  );
}
