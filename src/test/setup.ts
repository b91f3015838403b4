// Component tests: jest-dom matchers, the mock backend in Node with a fresh database
// for every test, and unhandled requests treated as errors.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { backend, server } from '../../mocks/node';
import { sessionStore } from '../lib/glue/client';
import { loadPageMessages } from '../lib/i18n/i18n';

// The suite runs files in parallel on two shared cores: a page that needs three mock
// requests can take longer than Testing Library's default second to appear.
configure({ asyncUtilTimeout: 3_000 });

// jsdom has <dialog> but not its modal methods: open and close it, as a browser would
// (the real showModal runs in the e2e tests).
if (typeof (HTMLDialogElement.prototype as Partial<HTMLDialogElement>).showModal !== 'function') {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
    (this.querySelector<HTMLElement>('button, [href], input, select, textarea') ?? this).focus();
    // Escape fires a cancelable "cancel", then closes unless the page prevented it.
    this.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      const cancel = new Event('cancel', { cancelable: true });
      if (this.dispatchEvent(cancel)) this.close();
    });
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
}

// jsdom's Blob (and File) cannot read itself yet: read it as a browser would.
if (typeof (Blob.prototype as Partial<Blob>).text !== 'function') {
  Blob.prototype.text = function text(this: Blob) {
    return new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => {
        resolve(typeof reader.result === 'string' ? reader.result : '');
      };
      reader.onerror = () => {
        reject(reader.error ?? new Error('unreadable'));
      };
      reader.readAsText(this);
    });
  };
}

// jsdom does no layout: scrolling is a no-op that tests may spy on.
Element.prototype.scrollIntoView = function scrollIntoView() {
  // nothing to scroll in jsdom
};

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  // Components rendered outside the router need the page texts the routes would load.
  await loadPageMessages();
});
beforeEach(() => {
  backend.reset();
  sessionStorage.clear();
  localStorage.clear();
  sessionStore.end('logged-out');
  sessionStore.acknowledge();
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  server.events.removeAllListeners();
});
afterAll(() => {
  server.close();
});
