import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeMockControls } from '../test/fake-mock-controls';
import { renderApp } from '../test/render-app';
import { readConfig } from '../lib/config';
import { NotFoundPage } from './not-found-page';
import { MemoryRouter } from 'react-router-dom';

describe('the app shell', () => {
  it('shows the product name and the Mock data badge in mock mode', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Shared carts' })).toBeInTheDocument();
    expect(screen.getByText('Mock data')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
  });

  it('offers to reset the demo data from the mock toolbar', async () => {
    const reset = vi.fn();
    renderApp('/login', fakeMockControls({ reset }));
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'Mock toolbar' }));
    await u.click(screen.getByRole('button', { name: 'Reset demo data' }));
    expect(reset).toHaveBeenCalledOnce();
  });

  it('says so when a page does not exist', () => {
    render(
      <MemoryRouter>
        <NotFoundPage />
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the start page' })).toHaveAttribute('href', '/');
  });
});

describe('configuration', () => {
  it('is mock mode without VITE_GLUE_URL, with Glue at /glue on this origin', () => {
    expect(readConfig({}, 'http://127.0.0.1:5173')).toEqual({
      mode: 'mock',
      glueBaseUrl: 'http://127.0.0.1:5173/glue',
    });
    expect(readConfig({ VITE_GLUE_URL: '' }, 'http://x').mode).toBe('mock');
  });

  it('is live mode with VITE_GLUE_URL, without a trailing slash', () => {
    expect(readConfig({ VITE_GLUE_URL: 'https://glue.example.com/' }, 'http://x')).toEqual({
      mode: 'live',
      glueBaseUrl: 'https://glue.example.com',
    });
  });

  it('is live mode with a path on the app’s own origin (a proxy in front of Glue)', () => {
    expect(readConfig({ VITE_GLUE_URL: '/glue/' }, 'https://shop.example.com')).toEqual({
      mode: 'live',
      glueBaseUrl: 'https://shop.example.com/glue',
    });
  });

  it.each(['glue', 'ftp://glue.example.com', '//glue.example.com', '/glue/../etc', '/gl ue'])(
    'refuses VITE_GLUE_URL=%s with a message that names both forms',
    (value) => {
      expect(() => readConfig({ VITE_GLUE_URL: value }, 'http://x')).toThrow(
        `VITE_GLUE_URL must be an absolute http(s) URL (https://glue.example.com) or a path on the app's own origin (/glue); got "${value}"`,
      );
    },
  );
});
