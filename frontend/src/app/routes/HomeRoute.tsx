import { Alert, Container, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hasAuthParams, useAuth } from 'react-oidc-context';
import { PageLoader } from '@/components/feedback';
import { LoginButton, SessionGate } from '@/features/auth';
import { DashboardRoute } from '@/features/dashboard';
import { LandingRoute } from '@/features/landing';
import { SignupCard } from '@/features/tenants';

/** "/": the landing page for visitors, the dashboard for signed-in members. */
export function HomeRoute() {
  const { t } = useTranslation();
  const auth = useAuth();
  if (auth.isLoading || (hasAuthParams() && !auth.error)) return <PageLoader label={t('auth.checking')} />;
  if (!auth.isAuthenticated) {
    return (
      <>
        {auth.error && (
          <Container size="lg" pt="md">
            <Alert color="red" variant="light" title={t('auth.signInFailed')} role="alert">
              <Text size="sm">{auth.error.message}</Text>
              <LoginButton mt="sm" size="xs" returnTo="/" data-testid="login-retry-button">
                {t('auth.signInAgain')}
              </LoginButton>
            </Alert>
          </Container>
        )}
        <LandingRoute signup={<SignupCard />} />
      </>
    );
  }
  return (
    <SessionGate>
      <DashboardRoute />
    </SessionGate>
  );
}
