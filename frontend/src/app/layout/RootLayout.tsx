import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { Outlet, useLocation } from 'react-router';
import { AppLayout } from '@/components/layout/AppLayout';
import { LanguageSwitcher } from '@/components/LanguageSwitcher';
import { LoginButton, TenantSwitcher, useSession, useSessionSync, UserMenu } from '@/features/auth';
import { NotificationBell } from '@/features/notifications';
import { MainNav } from './MainNav';

/** The app shell: header with sign-in or user menu, and the role-based navigation once a tenant is selected. */
export function RootLayout() {
  const { t } = useTranslation();
  const auth = useAuth();
  const { me, roles } = useSession();
  useSessionSync();
  const [navOpened, nav] = useDisclosure(false);
  const { pathname } = useLocation();
  const closeNav = nav.close;
  useEffect(() => closeNav(), [pathname, closeNav]);

  const signedIn = auth.isAuthenticated;
  const withNavbar = signedIn && Boolean(me.data?.selectedTenantId);

  const headerEnd = (
    <>
      {signedIn && <TenantSwitcher />}
      {withNavbar && <NotificationBell />}
      <LanguageSwitcher />
      {signedIn ? (
        <UserMenu />
      ) : (
        <>
          <Button component="a" href="/#signup" size="xs" variant="light" visibleFrom="xs">
            {t('app.signUpCta')}
          </Button>
          <LoginButton size="xs" />
        </>
      )}
    </>
  );

  return (
    <AppLayout
      headerEnd={headerEnd}
      navbar={withNavbar ? <MainNav roles={roles} onNavigate={nav.close} /> : undefined}
      navOpened={navOpened}
      onToggleNav={nav.toggle}
    >
      <Outlet />
    </AppLayout>
  );
}
