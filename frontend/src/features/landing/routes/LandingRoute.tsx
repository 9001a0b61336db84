import { Container, Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SignupCard } from '@/features/tenants';
import { Hero } from '../components/Hero';
import { Pillars } from '../components/Pillars';

export function LandingRoute() {
  const { t } = useTranslation('landing');
  return (
    <Container size="lg" py="md">
      <title>{t('landing.pageTitle')}</title>
      <Hero />
      <Stack gap={64} pb={64}>
        <Pillars />
        <section id="signup" aria-labelledby="signup-title" style={{ scrollMarginTop: 80 }}>
          <Grid gap="xl" align="flex-start">
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Title order={2} id="signup-title" mb="sm">
                {t('landing.signupTitle')}
              </Title>
              <Text c="dimmed">{t('landing.signupLead')}</Text>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} shadow="xs">
                <SignupCard />
              </Paper>
            </Grid.Col>
          </Grid>
        </section>
      </Stack>
    </Container>
  );
}
