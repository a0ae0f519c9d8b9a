/**
 * The cluster's topology (Nodes, Pods, EndpointSlices, IPPools) merged into the design read from
 * the policy. This branch only passes the design through; the reader of the topology replaces it.
 */
import type { DesignInput } from '../model/design';
import type { ImportContext, Located } from './context';
import type { ImportOptions } from './types';

export function withTopology(
  candidate: DesignInput,
  _docs: readonly Located[],
  _ctx: ImportContext,
  _options: ImportOptions,
): DesignInput {
  return candidate;
}
