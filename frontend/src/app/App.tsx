import { createBrowserRouter, RouterProvider } from 'react-router';
import { AuthBoundary } from '@/features/auth';
import { AppProvider } from './provider';
import { routes } from './router';

const router = createBrowserRouter(routes);

export function App() {
  return (
    <AppProvider>
      {/* After the sign-in redirect: replace "/?code=...&state=..." with the page the user wanted. */}
      <AuthBoundary onSignedIn={(returnTo) => void router.navigate(returnTo, { replace: true })}>
        <RouterProvider router={router} />
      </AuthBoundary>
    </AppProvider>
  );
}
