import { Container, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState, PageLoader } from '@/components/feedback';
import { PageHeader } from '@/components/layout/PageHeader';
import { useSettings } from '../api/settings';
import { SettingsForm } from '../components/SettingsForm';

export function SettingsRoute() {
  const { t } = useTranslation('settings');
  const settings = useSettings();
  return (
    <Container size="lg" py="xl">
      <title>{t('settings.pageTitle')}</title>
      <PageHeader title={t('settings.title')} description={t('settings.lead')} />
      {settings.isPending ? (
        <PageLoader label={t('settings.loading')} />
      ) : settings.isError ? (
        <ErrorState
          error={settings.error}
          title={t('settings.loadFailed')}
          onRetry={() => void settings.refetch()}
          retrying={settings.isFetching}
        />
      ) : (
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }}>
          <SettingsForm key={settings.data.id} settings={settings.data} />
        </Paper>
      )}
    </Container>
  );
}
