// Mock-mode controls reach the UI through context, handed over by main.tsx. Only the
// type is imported here, so the live build carries none of the mock code.
import { createContext, useContext } from 'react';
import type { MockControls } from '../../mocks/browser';

export const MockContext = createContext<MockControls | null>(null);

/** The mock backend's controls in mock mode; null in live mode. */
export const useMockControls = () => useContext(MockContext);
