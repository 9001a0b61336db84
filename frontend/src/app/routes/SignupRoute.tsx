import { Container, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SignupCard } from '@/features/tenants';

/** The sign-up form on its own page (the landing page has it too). */
export function SignupRoute() {
  const { t } = useTranslation(['landing', 'tenants']);
  return (
    <Container size="sm" py="xl">
      <title>{t('tenants:signup.pageTitle')}</title>
      <Stack gap="md">
        <Title order={1}>{t('landing.signupTitle')}</Title>
        <Text c="dimmed">{t('landing.signupLead')}</Text>
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} shadow="xs">
          <SignupCard />
        </Paper>
      </Stack>
    </Container>
  );
}
