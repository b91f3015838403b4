import { createBrowserRouter } from 'react-router-dom';
import { AppShell } from './app-shell';
import { HomePage } from './home-page';
import { NotFoundPage } from './not-found-page';

export function createRouter() {
  return createBrowserRouter([
    {
      element: <AppShell />,
      children: [
        { index: true, element: <HomePage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
