// The frame of every page: product name, the mode badge, and the page itself.
import { Suspense, lazy } from 'react';
import { Link, NavLink, Outlet } from 'react-router-dom';
import { useSession } from '../features/auth/use-session';
import { AccountMenu } from '../features/auth/account-menu';
import { config } from './config';
import { useMockControls } from './mock-context';

// The toolbar is mock-only code: in a live build (VITE_GLUE_URL set at build time) this
// constant folds to null and the chunk is never emitted (npm run check:live-build).
const MockToolbar = import.meta.env.VITE_GLUE_URL
  ? null
  : lazy(() => import('./mock-toolbar/mock-toolbar'));

function MockBadge() {
  if (config.mode !== 'mock') return null;
  return (
    <span className="badge badge-mock" title="Data comes from the in-browser mock backend">
      Mock data
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
  if (!session?.companyUserId) return null;
  return (
    <nav aria-label="Main" className="main-nav">
      <NavLink to="/carts" end>
        Carts
      </NavLink>
      <NavLink to="/permission-groups">Permission groups</NavLink>
    </nav>
  );
}

export function AppShell() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link to="/carts" className="app-title">
          Shared carts
        </Link>
        <MainNav />
        <MockBadge />
        <AccountMenu />
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
      <MockToolbarSlot />
    </>
  );
}
