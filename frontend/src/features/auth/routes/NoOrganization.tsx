import { Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { Link } from 'react-router';
import type { Me } from '@/lib/api/types';

/** Signed in, but no organization has this person as a member (yet). */
export function NoOrganization({ me }: { me: Me }) {
  const { t } = useTranslation('auth');
  const auth = useAuth();
  return (
    <Container size="sm" py={64} data-testid="no-organization">
      <title>{t('tenant.nonePageTitle')}</title>
      <Stack align="center" ta="center" gap="md">
        <Title order={1}>{t('tenant.noneTitle')}</Title>
        <Text>{t('tenant.noneText', { email: me.email })}</Text>
        <Text c="dimmed">{t('tenant.noneHint')}</Text>
        <Group justify="center" gap="sm">
          <Button component={Link} to="/account" data-testid="no-organization-account">
            {t('tenant.noneCreate')}
          </Button>
          <Button variant="default" onClick={() => void auth.signoutRedirect()}>
            {t('auth.signOut')}
          </Button>
        </Group>
      </Stack>
    </Container>
  );
}
