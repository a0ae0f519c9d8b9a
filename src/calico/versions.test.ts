import * as model from '../model/design';
import { CALICO_VERSIONS, NEWEST_CALICO, calicoAtLeast, toCalicoVersion } from './versions';

describe('Calico versions', () => {
  it('are the versions a design can target, with the same newest', () => {
    expect(CALICO_VERSIONS).toEqual(model.CALICO_VERSIONS);
    expect(NEWEST_CALICO).toBe(model.NEWEST_CALICO);
  });

  it('compare by release, not by text', () => {
    expect(calicoAtLeast('3.30', '3.29')).toBe(true);
    expect(calicoAtLeast('3.29', '3.29')).toBe(true);
    expect(calicoAtLeast('3.28', '3.29')).toBe(false);
  });

  it('reads a flag value only when it names a known release', () => {
    expect(toCalicoVersion('3.30')).toBe('3.30');
    expect(toCalicoVersion('3.3')).toBeUndefined();
    expect(toCalicoVersion('3.25')).toBeUndefined();
  });
});
