import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../../mocks/node';
import { renderApp } from '../../test/render-app';
import { signInAs } from '../../test/sign-in';
import { loadCatalog, plural, translator } from './i18n';
import { detectLanguage } from './language';
import { de } from './messages-de';
import { enCore } from './messages-en';
import { enPages } from './messages-en-pages';
import { gluePath } from '../../test/mock-glue';

const en = { ...enCore, ...enPages };

describe('the catalogs', () => {
  it('have the same keys, no empty text, and the same placeholders in both languages', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      const german = de[key as keyof typeof en];
      expect(german.trim()).not.toBe('');
      const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(placeholders(german), key).toEqual(placeholders(text));
    }
  });
});

describe('translation', () => {
  it('picks the language from storage, then the browser, else English', () => {
    expect(detectLanguage('de', ['en-US'])).toBe('de');
    expect(detectLanguage(null, ['fr-FR', 'de-AT'])).toBe('de');
    expect(detectLanguage(null, ['fr-FR'])).toBe('en');
  });

  it('loads German on demand, then fills placeholders and plural forms', async () => {
    await loadCatalog('de');
    const t = translator('de');
    expect(t('delete.title', { name: 'Q4' })).toBe('„Q4“ löschen?');
    expect(plural(t, 'de', 'carts.colleagues', 1)).toBe('1 Person');
    expect(plural(translator('en'), 'en', 'carts.colleagues', 2)).toBe('2 colleagues');
  });
});

describe('the UI in German', () => {
  it('switches from the header, sends Accept-Language and formats money the German way', async () => {
    const languages: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (gluePath(request.url).startsWith('/carts')) {
        languages.push(request.headers.get('Accept-Language') ?? '');
      }
    });
    await signInAs('anna');
    renderApp('/carts');
    expect(await screen.findByRole('heading', { name: 'Your carts' })).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Deutsch');
    expect(await screen.findByRole('heading', { name: 'Ihre Warenkörbe' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'de');
    const q4 = screen.getByRole('row', { name: /Q4 office restock/ });
    expect(within(q4).getByText('Eigentümer')).toBeInTheDocument();
    // Intl puts a no-break space before the euro sign.
    expect(within(q4).getByRole('cell', { name: /^98,60\s€$/ })).toBeInTheDocument();
    expect(within(q4).getByRole('cell', { name: '1 Person' })).toBeInTheDocument();
    expect(localStorage.getItem('shared-carts.language')).toBe('de');
    // Requests made from now on ask Glue for German.
    await userEvent.click(screen.getByRole('link', { name: 'Q4 office restock' }));
    expect(await screen.findByRole('group', { name: 'Summen' })).toBeInTheDocument();
    expect(languages).toEqual(['en-US', 'de-DE']);
    localStorage.removeItem('shared-carts.language');
  });

  it('starts in German when the browser prefers German', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-DE', 'en']);
    renderApp('/login');
    expect(await screen.findByRole('heading', { name: 'Anmelden' })).toBeInTheDocument();
    expect(screen.getByLabelText('E-Mail')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('E-Mail'), 'anna.keller@northwind.example');
    await userEvent.type(screen.getByLabelText('Passwort'), 'falsch');
    await userEvent.click(screen.getByRole('button', { name: 'Anmelden' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'E-Mail oder Passwort ist nicht richtig.',
    );
  });
});
