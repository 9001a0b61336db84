import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader, problemMessage } from '@/components/feedback';
import { usePromises, usePromiseSummary } from '../api/promises';
import type { DueState } from '../api/types';
import { formatDateTime } from '../utils/dates';
import { PromiseStatusBadge } from './PromiseStatusBadge';

const SECTION_SIZE = 5;
const SECTIONS: readonly DueState[] = ['OVERDUE', 'TODAY', 'UPCOMING'];

/**
 * The member's own open promises at a glance: how many are overdue, due today, upcoming and open, and the first
 * few of each, most urgent first, each section leading to the whole list of them.
 */
export function MyPromises() {
  const { t } = useTranslation('promises');
  const summary = usePromiseSummary();
  const counts = summary.data;
  const figures = [
    { key: 'overdue', value: counts?.overdue, color: 'orange' },
    { key: 'dueToday', value: counts?.dueToday, color: 'yellow.8' },
    { key: 'upcoming', value: counts?.upcoming, color: undefined },
    { key: 'open', value: counts?.open, color: undefined },
  ] as const;
  return (
    <Stack gap="md" mb="xl" component="section" aria-labelledby="my-promises-title">
      <Title order={2} size="h3" id="my-promises-title">
        {t('promises.mine.title')}
      </Title>
      {summary.isError ? (
        <Text c="red.8" role="alert">
          {problemMessage(summary.error, t)}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" component="dl" m={0} data-testid="promise-summary">
          {figures.map((figure) => (
            <Paper key={figure.key} withBorder radius="md" p="sm" data-testid={`summary-${figure.key}`}>
              <Text component="dt" size="sm" c="dimmed">
                {t(`promises.mine.${figure.key}`)}
              </Text>
              <Text component="dd" m={0} fz={28} fw={700} c={figure.value ? figure.color : undefined}>
                {figure.value ?? '…'}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
      )}
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        {SECTIONS.map((dueState) => (
          <DueSection key={dueState} dueState={dueState} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function DueSection({ dueState }: { dueState: DueState }) {
  const { t, i18n } = useTranslation('promises');
  const list = usePromises({ scope: 'MINE', dueState, sort: 'dueAt', direction: 'asc', page: 0, size: SECTION_SIZE });
  const id = `due-section-${dueState}`;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={id} data-testid={`due-section-${dueState}`}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5" id={id}>
          {t(`promises.mine.sections.${dueState}`)}
        </Title>
        {list.data && list.data.total > SECTION_SIZE && (
          <Anchor component={Link} to={`/promises?scope=MINE&dueState=${dueState}`} size="sm">
            {t('promises.mine.all', { count: list.data.total })}
          </Anchor>
        )}
      </Group>
      {list.isPending ? (
        <PageLoader label={t('promises.list.loading')} />
      ) : list.isError ? (
        <Text size="sm" c="red.8" role="alert">
          {problemMessage(list.error, t)}
        </Text>
      ) : list.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t(`promises.mine.none.${dueState}`)}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {list.data.items.map((promise) => (
            <li key={promise.id}>
              <Anchor component={Link} to={`/promises/${promise.id}`} fw={600} size="sm">
                {promise.reference}
              </Anchor>{' '}
              {promise.status !== 'OPEN' && <PromiseStatusBadge status={promise.status} />}
              <Text size="sm" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
                {promise.text}
              </Text>
              <Text size="xs" c="dimmed">
                {t('promises.mine.dueFor', {
                  due: formatDateTime(promise.dueAt, i18n.language),
                  customer: promise.customer ? promise.customer.name || promise.customer.email : t('promises.customerErased'),
                })}
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
