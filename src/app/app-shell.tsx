// The frame of every page: product name, the mode badge, and the page itself.
import { Link, NavLink, Outlet } from 'react-router-dom';
import { useSession } from '../features/auth/use-session';
import { AccountMenu } from '../features/auth/account-menu';
import { config } from './config';
import { useMockControls } from './mock-context';

function MockBadge() {
  const mock = useMockControls();
  if (config.mode !== 'mock') return null;
  return (
    <div className="mock-badge-group">
      <span className="badge badge-mock" title="Data comes from the in-browser mock backend">
        Mock data
      </span>
      {mock && (
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            mock.reset();
          }}
        >
          Reset demo data
        </button>
      )}
    </div>
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
    </>
  );
}
