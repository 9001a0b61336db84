import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py={96}>
      <title>{t('notFound.pageTitle')}</title>
      <Stack align="center" ta="center" gap="md">
        <Text fz={72} fw={900} c="indigo.2" lh={1} aria-hidden="true">
          {t('notFound.code')}
        </Text>
        <Title order={1}>{t('notFound.title')}</Title>
        <Text c="dimmed">{t('notFound.text')}</Text>
        <Button component={Link} to="/">
          {t('notFound.back')}
        </Button>
      </Stack>
    </Container>
  );
}
