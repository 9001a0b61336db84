import { Alert, Button, Center, Container, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthProvider } from 'react-oidc-context';
import { PageLoader, problemMessage } from '@/components/feedback';
import { configureApiAuth } from '@/lib/api-client';
import type { RuntimeConfig } from '@/lib/api/types';
import { runtimeConfigQuery } from '../api/config';
import { claimReauthentication, createUserManager, currentPath, returnToOf, type SigninState } from '../utils/oidc';
import { RuntimeConfigContext } from './RuntimeConfigContext';

export interface AuthBoundaryProps {
  children: ReactNode;
  /** Called after the sign-in redirect came back: go to `returnTo` and drop code/state from the URL. */
  onSignedIn: (returnTo: string) => void;
}

/**
 * Fetches the runtime configuration (GET /api/config), then creates the OIDC client and provides it
 * (react-oidc-context) together with the configuration; wires the API client to the access token.
 */
export function AuthBoundary({ children, onSignedIn }: AuthBoundaryProps) {
  const { t } = useTranslation('auth');
  const config = useQuery(runtimeConfigQuery);

  if (config.data) {
    return (
      <ConfiguredAuth config={config.data} onSignedIn={onSignedIn}>
        {children}
      </ConfiguredAuth>
    );
  }
  if (config.isError) {
    return (
      <Center mih="100vh" p="md">
        <Container size="xs">
          <Alert color="red" variant="light" title={t('app.startFailed')} role="alert">
            <Text size="sm">{problemMessage(config.error, t)}</Text>
            <Button mt="sm" size="xs" variant="default" onClick={() => void config.refetch()} loading={config.isFetching}>
              {t('common.retry')}
            </Button>
          </Alert>
        </Container>
      </Center>
    );
  }
  return <PageLoader fullScreen label={t('app.starting')} />;
}

function ConfiguredAuth({ config, children, onSignedIn }: { config: RuntimeConfig } & AuthBoundaryProps) {
  const userManager = useMemo(() => {
    const manager = createUserManager(config);
    // Set up before any child renders, so that the first API calls already carry the token.
    configureApiAuth({
      getAccessToken: async () => {
        let user = await manager.getUser();
        if (user?.expired) {
          // The tab slept through the automatic renewal: renew now, or go on without a token (401).
          user = await manager.signinSilent().catch(() => null);
        }
        return user && !user.expired ? user.access_token : undefined;
      },
      onUnauthorized: () => {
        if (!claimReauthentication()) return;
        const state: SigninState = { returnTo: currentPath() };
        void manager.signinRedirect({ state });
      },
    });
    return manager;
  }, [config]);

  return (
    <RuntimeConfigContext.Provider value={config}>
      <AuthProvider userManager={userManager} onSigninCallback={(user) => onSignedIn(returnToOf(user))}>
        {children}
      </AuthProvider>
    </RuntimeConfigContext.Provider>
  );
}
