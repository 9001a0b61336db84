import { Container, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { RoleBadges } from '@/components/RoleBadges';
import type { Membership } from '@/lib/api/types';
import { useSelectTenant } from '../hooks/useSession';

/** Shown when the user belongs to several organizations and hasn't chosen one yet. */
export function ChooseOrganization({ memberships }: { memberships: readonly Membership[] }) {
  const { t } = useTranslation('auth');
  const selectTenant = useSelectTenant();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const sorted = [...memberships].sort((a, b) => a.tenantName.localeCompare(b.tenantName));
  return (
    <Container size="sm" py="xl">
      <title>{t('tenant.choosePageTitle')}</title>
      <Stack gap="md">
        <Title order={1} ref={headingRef} tabIndex={-1}>
          {t('tenant.chooseTitle')}
        </Title>
        <Text c="dimmed">{t('tenant.chooseText')}</Text>
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('tenant.listLabel')}>
          {sorted.map((membership) => (
            <li key={membership.tenantId}>
              <UnstyledButton
                w="100%"
                onClick={() => selectTenant(membership.tenantId)}
                data-testid={`choose-tenant-${membership.slug}`}
              >
                <Paper withBorder p="md" radius="md" className="choice-card">
                  <Text fw={700}>{membership.tenantName}</Text>
                  <Text size="sm" c="dimmed" mb={6}>
                    {membership.slug}
                  </Text>
                  <RoleBadges roles={membership.roles} />
                </Paper>
              </UnstyledButton>
            </li>
          ))}
        </Stack>
      </Stack>
    </Container>
  );
}
