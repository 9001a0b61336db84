import { Container, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '@/components/feedback';
import { LoginButton, useSession } from '@/features/auth';
import { CreateTenantForm } from '../components/CreateTenantForm';
import { MyInvitations } from '../components/MyInvitations';

/**
 * The signed-in person's way into organizations, with or without a membership: accept an invitation, or create
 * a further organization with this login as its admin.
 */
export function AccountRoute() {
  const { t } = useTranslation('tenants');
  const { auth } = useSession();
  if (auth.isLoading) return <PageLoader label={t('auth.checking')} />;
  return (
    <Container size="sm" py="xl">
      <title>{t('createTenant.pageTitle')}</title>
      {!auth.isAuthenticated ? (
        <Stack gap="md" align="flex-start">
          <Text>{t('createTenant.signInFirst')}</Text>
          <LoginButton />
        </Stack>
      ) : (
        <Stack gap="xl">
          <MyInvitations />
          <Paper withBorder radius="md" p="lg">
            <Title order={2} size="h4" mb={4}>
              {t('createTenant.title')}
            </Title>
            <Text size="sm" c="dimmed" mb="md">
              {t('createTenant.lead')}
            </Text>
            <CreateTenantForm />
          </Paper>
        </Stack>
      )}
    </Container>
  );
}
