import { Container, Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { Hero } from '../components/Hero';
import { Pillars } from '../components/Pillars';

/** The landing page; the app puts the sign-up form (`signup`, from the tenants feature) into its sign-up section. */
export function LandingRoute({ signup }: { signup: ReactNode }) {
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
                {signup}
              </Paper>
            </Grid.Col>
          </Grid>
        </section>
      </Stack>
    </Container>
  );
}
