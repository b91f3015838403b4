import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import type { MockControls } from './lib/mock-mode/mock-controls';
import { App } from './app/app';
import { StartupError, startupErrorMessage } from './app/startup-error';
import { initialLanguage, loadCatalog } from './lib/i18n/i18n';
import './app/global.css';

async function startMocks(): Promise<MockControls | null> {
  // `import.meta.env.VITE_GLUE_URL` is replaced at build time, so in a live build this
  // branch is dead code and the mock backend never reaches the bundle (npm run check:live-build).
  if (import.meta.env.VITE_GLUE_URL) return null;
  const { startMockWorker } = await import('../mocks/browser');
  return startMockWorker();
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const language = initialLanguage();
// The UI language's texts are loaded before the first render: no flash of English.
Promise.all([
  startMocks().catch((error: unknown) => {
    throw new StartupError('mock-backend', error);
  }),
  loadCatalog(language),
])
  .then(([mock]) => {
    // The first render as a transition: React renders it in slices of a few milliseconds
    // instead of one long task, so the page answers input while it builds (Lighthouse
    // counts every long task of the start as blocking time).
    startTransition(() => {
      createRoot(root).render(
        <StrictMode>
          <App mock={mock} />
        </StrictMode>,
      );
    });
  })
  .catch((error: unknown) => {
    console.error('The app could not start', error);
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = startupErrorMessage(error, language);
    root.replaceChildren(message);
  });
