import { useSyncExternalStore } from 'react';
import type { MockControls } from '../../lib/mock-mode/mock-controls';

export function useMockSettings(mock: MockControls) {
  return useSyncExternalStore(mock.subscribe, mock.getSettings);
}
