import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backend } from '../../../mocks/node';
import { CART } from '../../../mocks/test/ids';
import { sessionStore } from '../../lib/glue/client';
import { fakeMockControls } from '../../test/fake-mock-controls';
import { renderApp } from '../../test/render-app';
import { signInAs } from '../../test/sign-in';

async function openToolbar() {
  const u = userEvent.setup();
  await u.click(await screen.findByRole('button', { name: 'Mock toolbar' }));
  return u;
}

const jsonFile = (text: string) => new File([text], 'state.json', { type: 'application/json' });

/** Catches the file the Export button hands to the browser. */
function catchDownload() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return 'blob:export';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    names.push(this.download);
  });
  return { blobs, names };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('mock data export and import', () => {
  it('exports the data as a JSON file and imports it back after a change', async () => {
    const download = catchDownload();
    renderApp('/login', fakeMockControls());
    const u = await openToolbar();
    await u.click(screen.getByRole('button', { name: 'Export data' }));
    await waitFor(() => {
      expect(download.names).toHaveLength(1);
    });
    expect(download.names[0]).toMatch(/^shared-carts-demo-.+\.json$/);
    const text = await download.blobs[0]?.text();
    expect(JSON.parse(text ?? '')).toMatchObject({ format: 'shared-carts.mock-data' });

    backend.db.carts.delete(CART.q4);
    await u.upload(screen.getByLabelText('Import data from a file'), jsonFile(text ?? ''));
    await waitFor(() => {
      expect(backend.db.carts.has(CART.q4)).toBe(true);
    });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('refuses a wrong file with a clear message, and changes nothing', async () => {
    await signInAs('anna');
    renderApp('/carts', fakeMockControls());
    await screen.findByRole('link', { name: 'Q4 office restock' });
    const db = backend.db;
    const u = await openToolbar();
    const input = screen.getByLabelText('Import data from a file');
    await u.upload(input, jsonFile('{"carts": "all of them"}'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This file cannot be imported; nothing was changed.');
    expect(alert).toHaveTextContent('The file is not a mock data export of shared-carts.');
    expect(input).toHaveAccessibleDescription(/nothing was changed/);
    expect(backend.db).toBe(db);
    expect(backend.db.carts.has(CART.q4)).toBe(true);
    // Still signed in: a refused file ends no session.
    expect(sessionStore.getSnapshot().session).not.toBeNull();

    await u.upload(input, jsonFile('not json at all'));
    expect(await screen.findByRole('alert')).toHaveTextContent('The file is not JSON.');
  });

  it('says why when the file could not be taken in at all (a full storage), and stays signed in', async () => {
    await signInAs('anna');
    const full =
      "This browser's storage is full, so the data could not be saved. Free some space (for example, clear this site's data) and import again.";
    renderApp('/carts', fakeMockControls({ importData: () => Promise.reject(new Error(full)) }));
    await screen.findByRole('link', { name: 'Q4 office restock' });
    const u = await openToolbar();
    await u.upload(screen.getByLabelText('Import data from a file'), jsonFile('{}'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This file cannot be imported; nothing was changed.');
    expect(alert).toHaveTextContent(full);
    expect(screen.getByLabelText('Import data from a file')).toBeEnabled();
    expect(sessionStore.getSnapshot().session).not.toBeNull();
  });
});
