import { Alert, Button, Container, Group, Text } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { ErrorState, PageLoader } from '@/components/feedback';
import { useSelectedTenantId } from '@/lib/tenant-selection';
import { useSession } from '../hooks/useSession';
import { ChooseOrganization } from '../routes/ChooseOrganization';
import { NoOrganization } from '../routes/NoOrganization';
import { currentPath, type SigninState } from '../utils/oidc';

/**
 * Renders its children only for a signed-in member with a selected tenant. Otherwise it signs in
 * (redirect to Keycloak), loads /api/me, or shows the "no organization" or "choose your organization" page.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation('auth');
  const { auth, me } = useSession();
  const tenantId = useSelectedTenantId();

  if (auth.isLoading) return <PageLoader label={t('auth.checking')} />;
  if (!auth.isAuthenticated) return <SignInRequired />;
  if (me.isPending) return <PageLoader label={t('auth.loadingAccount')} />;
  if (me.isError) {
    // A stored tenant the user no longer belongs to: useSessionSync forgets it and /api/me loads again.
    if (tenantId && me.error.status === 403) return <PageLoader label={t('auth.loadingAccount')} />;
    return (
      <Container size="sm" py="xl">
        <ErrorState
          error={me.error}
          title={t('auth.accountLoadFailed')}
          onRetry={() => void me.refetch()}
          retrying={me.isFetching}
        />
      </Container>
    );
  }
  if (me.data.memberships.length === 0) return <NoOrganization me={me.data} />;
  if (!me.data.selectedTenantId) return <ChooseOrganization memberships={me.data.memberships} />;
  return <>{children}</>;
}

/** Anonymous on a page that needs a session: go to Keycloak right away (once), with a way back. */
function SignInRequired() {
  const { t } = useTranslation('auth');
  const auth = useAuth();
  const started = useRef(false);
  const failed = auth.error !== undefined;

  useEffect(() => {
    if (started.current || failed || auth.activeNavigator) return;
    started.current = true;
    const state: SigninState = { returnTo: currentPath() };
    void auth.signinRedirect({ state });
  }, [auth, failed]);

  if (failed) {
    return (
      <Container size="sm" py="xl">
        <Alert color="red" variant="light" title={t('auth.signInFailed')} role="alert">
          <Text size="sm">{auth.error?.message}</Text>
          <Group mt="sm">
            <Button
              size="xs"
              onClick={() => void auth.signinRedirect({ state: { returnTo: currentPath() } satisfies SigninState })}
            >
              {t('auth.signInAgain')}
            </Button>
          </Group>
        </Alert>
      </Container>
    );
  }
  return <PageLoader label={t('auth.redirecting')} />;
}
