import { Anchor, AppShell, Burger, Container, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Logo } from '@/components/Logo';

export interface AppLayoutProps {
  /** Right side of the header (language switch, sign-in or user menu, ...). */
  headerEnd: ReactNode;
  /** Side navigation for signed-in members; no navbar when absent. */
  navbar?: ReactNode;
  /** Whether the navbar is open on small screens (it is always shown on larger ones). */
  navOpened?: boolean;
  onToggleNav?: () => void;
  children: ReactNode;
}

export function AppLayout({ headerEnd, navbar, navOpened = false, onToggleNav, children }: AppLayoutProps) {
  const { t } = useTranslation();
  const withNavbar = Boolean(navbar);
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={withNavbar ? { width: 232, breakpoint: 'sm', collapsed: { mobile: !navOpened } } : undefined}
      padding={0}
    >
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Container size={withNavbar ? '100%' : 'lg'} h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap" gap="sm">
            <Group gap="sm" wrap="nowrap">
              {withNavbar && (
                <Burger
                  opened={navOpened}
                  onClick={onToggleNav}
                  hiddenFrom="sm"
                  size="sm"
                  aria-label={navOpened ? t('nav.close') : t('nav.open')}
                  aria-expanded={navOpened}
                  aria-controls="main-navigation"
                />
              )}
              <Anchor component={Link} to="/" underline="never" c="inherit" aria-label={t('app.homeLink')}>
                <Logo />
              </Anchor>
            </Group>
            <Group gap="sm" wrap="nowrap">
              {headerEnd}
            </Group>
          </Group>
        </Container>
      </AppShell.Header>
      {withNavbar && (
        <AppShell.Navbar p="sm" id="main-navigation" aria-label={t('nav.label')}>
          {navbar}
        </AppShell.Navbar>
      )}
      <AppShell.Main id="main" tabIndex={-1}>
        {children}
        <footer>
          <Container size="lg" py="lg">
            <Text size="sm" c="dimmed">
              {t('app.footer', { year: new Date().getFullYear() })}
            </Text>
          </Container>
        </footer>
      </AppShell.Main>
    </AppShell>
  );
}
