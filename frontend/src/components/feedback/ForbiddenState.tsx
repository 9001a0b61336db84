import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Shown instead of a page the member's roles may not use (403). */
export function ForbiddenState({ detail }: { detail?: string }) {
  const { t } = useTranslation();
  return (
    <Container size="sm" py={64} data-testid="forbidden">
      <title>{t('forbidden.pageTitle')}</title>
      <Stack align="center" ta="center" gap="md">
        <Text fz={56} fw={900} c="indigo.2" lh={1} aria-hidden="true">
          403
        </Text>
        <Title order={1}>{t('forbidden.title')}</Title>
        <Text c="dimmed">{detail ?? t('forbidden.text')}</Text>
        <Button component={Link} to="/">
          {t('forbidden.back')}
        </Button>
      </Stack>
    </Container>
  );
}
