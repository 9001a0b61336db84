import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LanguageSwitcher } from '@/components/LanguageSwitcher';
import { PageLoader, problemMessage } from '@/components/feedback';
import { PublicPageLayout } from '@/components/layout/PublicPageLayout';
import { usePublicPromise } from '../api/public';
import { HistoryTimeline } from '../components/HistoryTimeline';
import { PromiseStatusBadge } from '../components/PromiseStatusBadge';
import { formatDateTime } from '../utils/dates';

/**
 * `/promise-status/:token`: the customer's page of a promise made to them (the link of its mail), without an
 * account: who promised, what, by when, where it stands, and what happened to it. No staff names, no notes.
 */
export function PromiseStatusRoute() {
  const { token = '' } = useParams();
  const { t, i18n } = useTranslation('promises');
  const status = usePublicPromise(token);

  let content;
  if (status.isPending) {
    content = <PageLoader label={t('promises.public.loading')} />;
  } else if (status.isError) {
    const unknown = status.error.status === 404;
    content = (
      <Stack gap="sm" py="xl" role="alert" data-testid={unknown ? 'promise-status-unknown' : undefined}>
        <title>{t('promises.public.unknownTitle')}</title>
        <Title order={1} fz={{ base: 24, sm: 28 }}>
          {unknown ? t('promises.public.unknownTitle') : t('promises.public.loadFailed')}
        </Title>
        <Text>{unknown ? t('promises.public.unknownText') : problemMessage(status.error, t)}</Text>
        {!unknown && (
          <Group>
            <Button size="xs" variant="default" onClick={() => void status.refetch()} loading={status.isFetching}>
              {t('common.retry')}
            </Button>
          </Group>
        )}
      </Stack>
    );
  } else {
    const view = status.data;
    content = (
      <Stack gap="lg">
        <title>{t('promises.public.pageTitle', { organization: view.organization })}</title>
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }}>
          <Stack gap="xs">
            <Text size="sm" c="dimmed" data-testid="promise-status-organization">
              {t('promises.public.from', { organization: view.organization, reference: view.reference })}
            </Text>
            <Title order={1} fz={{ base: 22, sm: 26 }}>
              {t('promises.public.title')}
            </Title>
            <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="promise-status-text">
              {view.text}
            </Text>
            <Group gap="xs" aria-live="polite">
              <Text size="sm">{t('promises.public.status')}</Text>
              <PromiseStatusBadge status={view.status} reader="customer" />
            </Group>
            <Text size="sm" data-testid="promise-status-due">
              {t('promises.public.due', { due: formatDateTime(view.dueAt, i18n.language) })}
            </Text>
            {view.decidedAt && (
              <Text size="sm" c="dimmed">
                {t('promises.public.decided', { when: formatDateTime(view.decidedAt, i18n.language) })}
              </Text>
            )}
          </Stack>
        </Paper>
        <section aria-labelledby="promise-status-history">
          <Title order={2} size="h4" mb="sm" id="promise-status-history">
            {t('promises.public.historyTitle')}
          </Title>
          <HistoryTimeline entries={view.history} reader="customer" />
        </section>
      </Stack>
    );
  }
  return (
    <PublicPageLayout
      headerEnd={<LanguageSwitcher />}
      footer={
        <Text size="xs" c="dimmed">
          {t('promises.public.footer')}
        </Text>
      }
    >
      {content}
    </PublicPageLayout>
  );
}
