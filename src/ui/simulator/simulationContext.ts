/**
 * The simulator's two view-state stores, shared by the output panel's tabs and the canvas. The
 * default is one pair per page, so no provider is needed in the app; tests provide fresh ones.
 */
import { createContext, useContext, useMemo, useSyncExternalStore } from 'react';
import { useGeneration } from '../../state/hooks';
import { MatrixStore, type MatrixState } from '../../state/simulationMatrix';
import { SimulationStore, type SimulationState } from '../../state/simulationStore';
import { simulationInputsOf, type SimulationInputs } from '../../state/simulationTrace';
import { startMatrixWorker } from './matrixRunner';

export interface SimulationStores {
  trace: SimulationStore;
  matrix: MatrixStore;
}

/** Fresh stores; the matrix runs in a Web Worker unless told otherwise. */
export function createSimulationStores(start = startMatrixWorker): SimulationStores {
  return { trace: new SimulationStore(), matrix: new MatrixStore(start) };
}

export const SimulationContext = createContext<SimulationStores>(createSimulationStores());

export function useSimulationStores(): SimulationStores {
  return useContext(SimulationContext);
}

export function useSimulationState(): SimulationState {
  const { trace } = useSimulationStores();
  return useSyncExternalStore(trace.subscribe, trace.getState);
}

export function useMatrixState(): MatrixState {
  const { matrix } = useSimulationStores();
  return useSyncExternalStore(matrix.subscribe, matrix.getState);
}

/** The design and resources to simulate (the last good generation), with the knob applied. */
export function useSimulationInputs(): SimulationInputs | undefined {
  const generation = useGeneration();
  const { kubeProxyMasquerade } = useSimulationState();
  return useMemo(
    () => simulationInputsOf(generation, kubeProxyMasquerade),
    [generation, kubeProxyMasquerade],
  );
}
