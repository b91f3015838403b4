import { describe, expect, it } from 'vitest';
import { StartupError, startupErrorMessage } from './startup-error';

describe('the startup error', () => {
  it('says what failed, in the user’s language', () => {
    const mock = new StartupError('mock-backend', new Error('no service worker'));
    expect(startupErrorMessage(mock, 'en')).toMatch(/^The demo data could not start/);
    expect(startupErrorMessage(mock, 'de')).toMatch(/^Die Demodaten konnten/);
  });

  it('does not blame a mock backend for anything else (live mode)', () => {
    const other = new TypeError('Failed to fetch dynamically imported module');
    expect(startupErrorMessage(other, 'en')).toBe(
      'The app could not be loaded. Check your connection and reload the page.',
    );
    expect(startupErrorMessage(other, 'de')).toBe(
      'Die App konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und laden Sie die Seite neu.',
    );
    expect(startupErrorMessage(other, 'en')).not.toMatch(/mock|demo/i);
  });
});
