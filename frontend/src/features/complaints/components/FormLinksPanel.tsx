import { Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/feedback';
import { useFormLink } from '../api/complaints';
import { CopyableLink } from '@/components/CopyableLink';

/**
 * The links to the public complaint form: the general one, and one per active touchpoint, whose complaints then say
 * where they came from (a shop's poster, the hotline's mail signature).
 */
export function FormLinksPanel() {
  const { t } = useTranslation('complaints');
  const link = useFormLink(true);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="form-links-title" data-testid="form-links">
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={2} size="h3" id="form-links-title">
            {t('touchpoints.links.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('touchpoints.links.lead')}
          </Text>
        </Stack>
        {link.isPending ? (
          <Skeleton height={28} aria-label={t('common.loading')} />
        ) : link.isError ? (
          <ErrorState error={link.error} title={t('touchpoints.links.loadFailed')} onRetry={() => void link.refetch()} retrying={link.isFetching} />
        ) : (
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            <Stack gap={4} component="li">
              <Text size="sm" fw={600} id="form-link-general">
                {t('touchpoints.links.general')}
              </Text>
              <CopyableLink url={link.data.url} labelledBy="form-link-general" testId="general-form-link" />
            </Stack>
            {link.data.touchpoints.map((touchpoint) => (
              <Stack gap={4} component="li" key={touchpoint.id} data-testid="touchpoint-link">
                <Text size="sm" fw={600} id={`form-link-${touchpoint.id}`}>
                  {t('touchpoints.links.for', { name: touchpoint.name })}
                </Text>
                <CopyableLink url={touchpoint.url} labelledBy={`form-link-${touchpoint.id}`} testId={`touchpoint-form-link-${touchpoint.id}`} />
              </Stack>
            ))}
            {link.data.touchpoints.length === 0 && (
              <Text size="sm" c="dimmed" component="li">
                {t('touchpoints.links.none')}
              </Text>
            )}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
