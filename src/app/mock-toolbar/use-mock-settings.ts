import { useSyncExternalStore } from 'react';
import type { MockControls } from '../../../mocks/browser';

export function useMockSettings(mock: MockControls) {
  return useSyncExternalStore(mock.subscribe, mock.getSettings);
}
