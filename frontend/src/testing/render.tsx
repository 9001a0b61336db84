import { QueryClient } from '@tanstack/react-query';
import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { AuthContext, type AuthContextProps } from 'react-oidc-context';
import { createMemoryRouter, MemoryRouter, RouterProvider } from 'react-router';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/router';
import { RuntimeConfigContext } from '@/features/auth';
import type { RuntimeConfig } from '@/lib/api/types';
import { fakeAuth } from './auth';

// Re-exported so a feature's test can wrap a component in the app's providers without importing the app.
export { AppProvider };

export const TEST_CONFIG: RuntimeConfig = { issuer: 'http://localhost:8180/realms/fokus', clientId: 'fokus-spa' };

function testQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}

export interface ProviderOptions {
  /** The react-oidc-context value (default: anonymous). */
  auth?: AuthContextProps;
  config?: RuntimeConfig;
  queryClient?: QueryClient;
}

function Providers({ children, auth, config, queryClient }: ProviderOptions & { children: ReactNode; queryClient: QueryClient }) {
  return (
    <AppProvider queryClient={queryClient}>
      <RuntimeConfigContext.Provider value={config ?? TEST_CONFIG}>
        <AuthContext.Provider value={auth ?? fakeAuth({ signedIn: false })}>{children}</AuthContext.Provider>
      </RuntimeConfigContext.Provider>
    </AppProvider>
  );
}

/** Renders a component inside the app's providers (Mantine, React Query, runtime config, auth) and a router. */
export function renderWithProviders(
  ui: ReactElement,
  options: ProviderOptions & { path?: string } & Omit<RenderOptions, 'wrapper'> = {},
) {
  const { auth, config, path = '/', ...renderOptions } = options;
  const queryClient = options.queryClient ?? testQueryClient();
  const result = render(ui, {
    wrapper: ({ children }) => (
      <Providers auth={auth} config={config} queryClient={queryClient}>
        <MemoryRouter initialEntries={[path]}>{children}</MemoryRouter>
      </Providers>
    ),
    ...renderOptions,
  });
  return { ...result, queryClient };
}

/** Renders the whole app's route tree at the given path. */
export function renderRoute(path: string, options: ProviderOptions = {}) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const queryClient = options.queryClient ?? testQueryClient();
  const result = render(
    <Providers auth={options.auth} config={options.config} queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...result, router, queryClient };
}
