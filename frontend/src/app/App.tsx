import { useEffect } from 'react';
import { createBrowserRouter, RouterProvider, useLocation } from 'react-router';
import { AuthBoundary } from '@/features/auth';
import { AppProvider } from './provider';
import { isPublicPath, publicRoutes, routes } from './router';

/**
 * Survey links (/s/<token>), unsubscribe links (/u/<token>) and the complaint pages (/complain/<token>,
 * /complaint-status/<token>) are opened by customers without an account: they
 * get a router of their own, without the sign-in setup (runtime configuration, OIDC client) that would otherwise
 * have to load first.
 */
const publicPage = isPublicPath(window.location.pathname);

/** Leaving the public pages loads the full app. */
function FullPageNavigation() {
  const { pathname, search, hash } = useLocation();
  useEffect(() => window.location.assign(`${pathname}${search}${hash}`), [pathname, search, hash]);
  return null;
}

const router = publicPage
  ? createBrowserRouter([...publicRoutes, { path: '*', element: <FullPageNavigation /> }])
  : createBrowserRouter(routes);

export function App() {
  if (publicPage) {
    return (
      <AppProvider>
        <RouterProvider router={router} />
      </AppProvider>
    );
  }
  return (
    <AppProvider>
      {/* After the sign-in redirect: replace "/?code=...&state=..." with the page the user wanted. */}
      <AuthBoundary onSignedIn={(returnTo) => void router.navigate(returnTo, { replace: true })}>
        <RouterProvider router={router} />
      </AuthBoundary>
    </AppProvider>
  );
}
