import { Card, SimpleGrid, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const PILLARS = [
  { key: 'surveys', color: 'indigo', mark: '★' },
  { key: 'complaints', color: 'red', mark: '!' },
  { key: 'promises', color: 'teal', mark: '✓' },
  { key: 'training', color: 'grape', mark: '➜' },
  { key: 'scorecard', color: 'orange', mark: '#' },
  { key: 'workspace', color: 'cyan', mark: '◎' },
] as const;

export function Pillars() {
  const { t } = useTranslation('landing');
  return (
    <section id="pillars" aria-labelledby="pillars-title">
      <Title order={2} id="pillars-title" mb="lg">
        {t('landing.pillarsTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg" component="ul" p={0} m={0}
        style={{ listStyle: 'none' }}>
        {PILLARS.map(({ key, color, mark }) => (
          <Card component="li" key={key} withBorder radius="md" padding="lg">
            <ThemeIcon color={color} variant="light" size={40} radius="md" mb="sm" aria-hidden>
              <Text fw={700} fz="lg" component="span">
                {mark}
              </Text>
            </ThemeIcon>
            <Title order={3} fz="lg" mb={6}>
              {t(`landing.pillars.${key}.title`)}
            </Title>
            <Text c="dimmed" size="sm">
              {t(`landing.pillars.${key}.text`)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
    </section>
  );
}
