import { Alert, Anchor, Container, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, PageLoader } from '@/components/feedback';
import { PageHeader } from '@/components/layout/PageHeader';
import { useSession } from '@/features/auth';
import { isAllowed, PROMISE_STATS_READERS } from '@/lib/permissions';
import { usePromiseSettings } from '../api';
import { PromiseSettingsForm } from '../components/PromiseSettingsForm';

/**
 * `/promises/settings`: when an open promise breaks automatically (the grace period after its due time) and when its
 * owner is reminded. Every role reads it (so owners know the rules); ADMIN changes it.
 */
export function PromiseSettingsRoute() {
  const { t } = useTranslation('promiseStats');
  const { roles } = useSession();
  const settings = usePromiseSettings();
  const editable = roles.includes('ADMIN');
  const readsStats = isAllowed(PROMISE_STATS_READERS, roles);

  return (
    <Container size="md" py="xl">
      <title>{t('settings.pageTitle')}</title>
      {readsStats && (
        <Anchor component={Link} to="/promises/kept-rate" size="sm">
          {t('settings.keptRateLink')}
        </Anchor>
      )}
      <PageHeader title={t('settings.title')} description={t('settings.lead')} />
      {!editable && (
        <Alert variant="light" color="gray" mb="md" data-testid="promise-settings-readonly">
          {t('settings.readOnly')}
        </Alert>
      )}
      <Paper withBorder radius="md" p="md">
        {settings.isPending ? (
          <PageLoader label={t('settings.loading')} />
        ) : settings.isError ? (
          <ErrorState error={settings.error} title={t('settings.loadFailed')} onRetry={() => void settings.refetch()} retrying={settings.isFetching} />
        ) : (
          <PromiseSettingsForm settings={settings.data} editable={editable} />
        )}
      </Paper>
    </Container>
  );
}
