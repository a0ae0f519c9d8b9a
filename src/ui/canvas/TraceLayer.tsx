/**
 * Watches the Test traffic tab's trace for the canvas: while a trace is shown, hands its overlay
 * (the packet's path) to the canvas, which draws it and marks the elements on it. Loaded on its
 * own (React.lazy in DesignCanvas): it brings the simulator, which the first render does not need;
 * no trace can be shown before the Test traffic tab, itself loaded later, has been used.
 */
import { useEffect, useMemo } from 'react';
import type { TraceOverlay } from '../../state/simulationTrace';
import {
  useSimulationInputs,
  useSimulationState,
  useSimulationStores,
} from '../simulator/simulationContext';

/** Renders nothing; calls `onOverlay` whenever the overlay to draw changes (undefined: none). */
export function TraceLayer({
  onOverlay,
}: {
  onOverlay: (overlay: TraceOverlay | undefined) => void;
}) {
  const { trace } = useSimulationStores();
  const simulation = useSimulationState();
  const simulationInputs = useSimulationInputs();
  const overlay = useMemo(() => {
    const outcome = simulation.shown ? trace.traceFor(simulationInputs) : undefined;
    return outcome?.ok ? outcome.overlay : undefined;
  }, [trace, simulation, simulationInputs]);
  useEffect(() => onOverlay(overlay), [overlay, onOverlay]);
  return null;
}
