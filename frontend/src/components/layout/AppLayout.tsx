import { Anchor, AppShell, Button, Container, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { LanguageSwitcher } from '@/components/LanguageSwitcher';
import { Logo } from '@/components/Logo';

export function AppLayout() {
  const { t } = useTranslation();
  return (
    <AppShell header={{ height: 60 }} padding={0}>
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Container size="lg" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Anchor component={Link} to="/" underline="never" c="inherit" aria-label={t('app.homeLink')}>
              <Logo />
            </Anchor>
            <Group gap="sm" wrap="nowrap">
              <Button component="a" href="/#signup" size="xs" variant="light" visibleFrom="xs">
                {t('app.signUpCta')}
              </Button>
              <LanguageSwitcher />
            </Group>
          </Group>
        </Container>
      </AppShell.Header>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
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
