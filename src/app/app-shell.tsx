// The frame of every page: product name, the mode badge, and the page itself.
import { Suspense, lazy } from 'react';
import { Link, NavLink, Outlet } from 'react-router-dom';
import { authPages, useSession } from '../features/auth/public';
import { useI18n } from '../lib/i18n/i18n-context';
import { loadNewSharesCount } from '../features/carts/public';
import { config } from '../lib/config';
import { HeaderMenu } from './header-menu';
import { LanguageSwitch } from './language-switch';
import { useMockControls } from '../lib/mock-mode/mock-context';
import './app-shell.css';
// The layout primitives (cards, stacks, badges) every page uses arrive with the shell.
import '../ui/layout.css';

// The account area (person, company switch, logout) is only there once someone is signed
// in: it loads then, not on the first visit to the login page.
const AccountMenu = lazy(async () => ({
  default: (await authPages.accountMenu()).AccountMenu,
}));
// Likewise the count of carts new to the user, beside "Carts" (company users only).
const NewSharesCount = lazy(async () => ({
  default: (await loadNewSharesCount()).NewSharesCount,
}));

function Account() {
  const { session } = useSession();
  if (!session) return null;
  return (
    <Suspense fallback={null}>
      <AccountMenu />
    </Suspense>
  );
}

// The toolbar is mock-only code: in a live build (VITE_GLUE_URL set at build time) this
// constant folds to null and the chunk is never emitted (npm run check:live-build).
const MockToolbar = import.meta.env.VITE_GLUE_URL
  ? null
  : lazy(() => import('./mock-toolbar/mock-toolbar'));

function MockBadge() {
  const { t } = useI18n();
  if (config.mode !== 'mock') return null;
  return (
    <span className="badge badge-mock" title={t('app.mockBadgeTitle')}>
      {t('app.mockBadge')}
    </span>
  );
}

function MockToolbarSlot() {
  const mock = useMockControls();
  if (!mock || !MockToolbar) return null;
  return (
    <Suspense fallback={null}>
      <MockToolbar mock={mock} />
    </Suspense>
  );
}

function MainNav() {
  const { session } = useSession();
  const { t } = useI18n();
  if (!session?.companyUserId) return null;
  return (
    <nav aria-label={t('nav.label')} className="main-nav">
      <NavLink to="/carts" end>
        {t('nav.carts')}
        <Suspense fallback={null}>
          <NewSharesCount />
        </Suspense>
      </NavLink>
      <NavLink to="/orders">{t('nav.orders')}</NavLink>
      <NavLink to="/permission-groups">{t('nav.permissionGroups')}</NavLink>
    </nav>
  );
}

export function AppShell() {
  const { t } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="app-header">
        <Link to="/carts" className="app-title">
          {t('app.name')}
        </Link>
        <MockBadge />
        <HeaderMenu>
          <MainNav />
          <LanguageSwitch />
          <Account />
        </HeaderMenu>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
      <MockToolbarSlot />
    </>
  );
}
