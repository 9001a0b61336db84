import { Alert, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader, problemMessage } from '@/components/feedback';
import { Pager } from '@/components/Pager';
import { usePromises } from '../api/promises';
import { PromisesTable } from './PromisesTable';

const SIZE = 10;

/**
 * The promises made to a customer (GET /api/promises?customerId=), newest due first; broken ones are counted in the
 * heading and stand out in red, since two within 90 days open a recovery case.
 */
export function CustomerPromises({ customerId }: { customerId: string }) {
  const { t } = useTranslation('promises');
  const [page, setPage] = useState(0);
  const list = usePromises({ customerId, sort: 'dueAt', direction: 'desc', page, size: SIZE });
  const broken = usePromises({ customerId, status: 'BROKEN', page: 0, size: 1 });
  const brokenCount = broken.data?.total ?? 0;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="customer-promises-title" data-testid="customer-promises">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="customer-promises-title">
            {t('promises.customer.title')}
          </Title>
          {brokenCount > 0 && (
            <Text size="sm" c="red.8" fw={700} data-testid="customer-promises-broken">
              {t('promises.customer.broken', { count: brokenCount })}
            </Text>
          )}
        </Group>
        {list.isPending ? (
          <PageLoader label={t('promises.list.loading')} />
        ) : list.isError ? (
          <Alert color="red" variant="light" role="alert" title={t('promises.list.loadFailed')}>
            {problemMessage(list.error, t)}
          </Alert>
        ) : list.data.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('promises.customer.none')}
          </Text>
        ) : (
          <>
            <PromisesTable promises={list.data.items} caption={t('promises.customer.title')} hide={['customer']} />
            <Pager pageCount={Math.ceil(list.data.total / SIZE)} page={page} onChange={setPage} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
