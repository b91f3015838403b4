// Mock-mode controls reach the UI through context, handed over by main.tsx. Only the
// interface lives here; its implementation only in mocks/ (see mock-controls.ts).
import { createContext, useContext } from 'react';
import type { MockControls } from './mock-controls';

export const MockContext = createContext<MockControls | null>(null);

/** The mock backend's controls in mock mode; null in live mode. */
export const useMockControls = () => useContext(MockContext);
