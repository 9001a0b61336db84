import { NavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { visibleNavItems } from '@/lib/permissions';

function isActive(path: string, pathname: string): boolean {
  return path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
}

/** Menu entries for the areas the member's roles may use. */
export function MainNav({ roles, onNavigate }: { roles: readonly string[]; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
      {visibleNavItems(roles).map((item) => {
        const active = isActive(item.path, pathname);
        return (
          <li key={item.key}>
            <NavLink
              component={Link}
              to={item.path}
              label={t(`nav.${item.key}`)}
              active={active}
              aria-current={active ? 'page' : undefined}
              data-testid={item.testId}
              onClick={onNavigate}
            />
          </li>
        );
      })}
    </Stack>
  );
}
