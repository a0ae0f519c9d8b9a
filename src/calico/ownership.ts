/**
 * How this app marks what it writes (issue #12), shared by the generator (which writes the marks)
 * and the importer (which reads them to tell the app's own resources from anyone else's): one
 * label on every resource of the policies part, a label naming each client's GlobalNetworkSet,
 * and the tier the hardened profile's policies live in (Calico ≥ 3.29).
 */

/** The label on everything the policies part holds, so it can be applied and deleted as a whole. */
export const MANAGED_BY_KEY = 'app.kubernetes.io/managed-by';
export const MANAGED_BY_VALUE = 'clusterip-policy-designer';
/** The label of a client's GlobalNetworkSet; rules select the client by it. */
export const CLIENT_LABEL = 'clusterip-policy-designer/client';
/** The tier of every policy the hardened profile writes. */
export const TIER_NAME = 'external-access';
