import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function Hero() {
  const { t } = useTranslation('landing');
  return (
    <Stack gap="lg" py={{ base: 'xl', md: 64 }} maw={760}>
      <Text tt="uppercase" fw={700} c="indigo.7" size="sm" style={{ letterSpacing: '0.08em' }}>
        {t('landing.eyebrow')}
      </Text>
      <Title order={1} fz={{ base: 34, sm: 48 }} lh={1.1}>
        {t('landing.title')}
      </Title>
      <Text size="lg" c="dark.3">
        {t('landing.lead')}
      </Text>
      <Group gap="sm">
        <Button component="a" href="#signup" size="md">
          {t('landing.primaryCta')}
        </Button>
        <Button component="a" href="#pillars" size="md" variant="default">
          {t('landing.secondaryCta')}
        </Button>
      </Group>
    </Stack>
  );
}
