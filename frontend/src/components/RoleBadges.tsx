import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRole, sortRoles } from '@/lib/permissions';

/** A member's roles as badges (ADMIN first), with translated names. */
export function RoleBadges({ roles }: { roles: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="wrap">
      {sortRoles(roles).map((role) => (
        <Badge
          key={role}
          size="sm"
          variant="light"
          color={role === 'ADMIN' ? 'indigo' : 'gray'}
          style={{ flexShrink: 0, maxWidth: 'none' }}
          styles={{ label: { overflow: 'visible' } }}
        >
          {isRole(role) ? t(`roles.${role}`) : role}
        </Badge>
      ))}
    </Group>
  );
}

/** Roles as text, e.g. "Administrator, Manager". */
export function useRoleNames() {
  const { t } = useTranslation();
  return (roles: readonly string[]) =>
    sortRoles(roles)
      .map((role) => (isRole(role) ? t(`roles.${role}`) : role))
      .join(', ');
}
