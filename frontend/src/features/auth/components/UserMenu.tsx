import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { Link } from 'react-router';
import { removeUserQueries } from '@/lib/query-client';
import { useMe } from '../api/me';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0]![0], parts[parts.length - 1]![0]] : [parts[0]?.[0]];
  return letters.filter(Boolean).join('').toUpperCase() || '?';
}

/** The signed-in person's menu: profile, invitations and further organizations, sign-out. */
export function UserMenu() {
  const { t } = useTranslation('auth');
  const auth = useAuth();
  const me = useMe();
  const queryClient = useQueryClient();
  const profile = auth.user?.profile;
  const name = me.data?.name || profile?.name || me.data?.email || profile?.email || t('auth.someone');
  const email = me.data?.email ?? profile?.email;

  return (
    <Menu position="bottom-end" width={240} shadow="md">
      <Menu.Target>
        <UnstyledButton data-testid="user-menu" aria-label={t('auth.userMenu', { name })}>
          <Group gap={8} wrap="nowrap">
            <Avatar size={32} radius="xl" color="indigo" aria-hidden="true">
              {initials(name)}
            </Avatar>
            <Text size="sm" fw={600} visibleFrom="sm" maw={160} truncate="end">
              {name}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)" truncate="end">
            {name}
          </Text>
          {email && (
            <Text size="xs" c="dimmed" truncate="end">
              {email}
            </Text>
          )}
        </Menu.Label>
        <Menu.Item component={Link} to="/profile">
          {t('nav.profile')}
        </Menu.Item>
        <Menu.Item component={Link} to="/account" data-testid="create-tenant-menu">
          {t('nav.account')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          data-testid="logout-button"
          color="red"
          onClick={() => {
            removeUserQueries(queryClient);
            void auth.signoutRedirect();
          }}
        >
          {t('auth.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
