import type { Design } from '../../model/design';

/**
 * The design an import makes, without what says where it came from (the baseline it keeps, the
 * inferred marks on its edges): what the older tests compare with a design drawn by hand. The
 * marks have tests of their own (importFiles.test.ts).
 */
export function designOnly(d: Design): Design {
  const { baseline: _baseline, ...rest } = d;
  return { ...rest, access: rest.access.map(({ inferred: _inferred, ...a }) => a) };
}
