import { Card, Container, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRoleNames } from '@/components/RoleBadges';
import { useSession } from '@/features/auth';
import { type NavItem, type Shortcut, visibleNavItems, visibleShortcuts } from '@/lib/permissions';

/** Home page after signing in: who you are, where, and what you can do. */
export function DashboardRoute() {
  const { t } = useTranslation('dashboard');
  const { me, membership, roles } = useSession();
  const roleNames = useRoleNames();
  const name = me.data?.name || me.data?.email || '';
  const shortcuts: (NavItem | Shortcut)[] = [
    ...visibleNavItems(roles).filter((item) => item.key !== 'dashboard'),
    ...visibleShortcuts(roles),
  ];

  return (
    <Container size="lg" py="xl">
      <title>{t('dashboard.pageTitle')}</title>
      <Title order={1} mb="xs">
        {t('dashboard.greeting', { name })}
      </Title>
      {membership && (
        <Text size="lg" c="dimmed" mb="xl" data-testid="dashboard-context">
          {t('dashboard.context', { organization: membership.tenantName, roles: roleNames(roles), count: roles.length })}
        </Text>
      )}
      <Title order={2} size="h3" mb="sm">
        {t('dashboard.shortcutsTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {shortcuts.map((item) => (
          <li key={item.key}>
            <Card withBorder radius="md" padding="lg" component={Link} to={item.path} h="100%" data-testid={`shortcut-${item.key}`}>
              <Text fw={700} mb={4}>
                {t(`nav.${item.key}`)}
              </Text>
              <Text size="sm" c="dimmed">
                {t(`dashboard.shortcuts.${item.key as Exclude<NavItem['key'] | Shortcut['key'], 'dashboard'>}`)}
              </Text>
            </Card>
          </li>
        ))}
      </SimpleGrid>
    </Container>
  );
}
