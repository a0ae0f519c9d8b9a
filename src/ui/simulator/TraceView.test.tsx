// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import type { SimulationResult } from '../../simulate/types';
import { TraceView } from './TraceView';

/** A packet to an IPv6 cluster IP, denied where it enters. */
const denied: SimulationResult = {
  final: { verdict: 'denied', node: 'node-1', stage: 'preDNAT' },
  hops: [
    {
      node: 'node-1',
      in: 'eth0',
      stages: [
        {
          stage: 'preDNAT',
          verdict: 'deny',
          sees: { src: '2001:db8::1', dst: 'fd00:20::40', port: 80, protocol: 'TCP' },
          reason: 'noPolicySelects',
        },
      ],
    },
  ],
};

describe('a trace', () => {
  it('shows an IPv6 destination in brackets before its port', () => {
    render(<TraceView results={[denied]} documents={[]} onShowRule={() => undefined} />);
    expect(screen.getByText('sees 2001:db8::1 → [fd00:20::40]:80/TCP')).toBeInTheDocument();
  });
});
