import { Anchor, Container, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorState, PageLoader } from '@/components/feedback';
import { PageHeader } from '@/components/layout/PageHeader';
import { useSession } from '@/features/auth';
import { useUnits } from '@/hooks/useUnits';
import { flattenUnits, unitOptions } from '@/lib/unit-tree';
import { useKeptRate } from '../api';
import { AfterScoresSection } from '../components/AfterScoresSection';
import { KeptRateFilters } from '../components/KeptRateFilters';
import { KeptRateTable } from '../components/KeptRateTable';
import { KeptRateTrend } from '../components/KeptRateTrend';
import { KEPT_RATE_GROUPS, type KeptRateGroupBy } from '../types';
import { type Period, periodFrom, periodParams, periodRange, recentQuarters } from '../utils/period';

function groupByFrom(params: URLSearchParams): KeptRateGroupBy {
  const value = (params.get('groupBy') ?? '').toUpperCase();
  return (KEPT_RATE_GROUPS as readonly string[]).includes(value) ? (value as KeptRateGroupBy) : 'OWNER';
}

/** A day of the API (2026-12-01) in the UI language. */
function formatDay(day: string, language: string): string {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return day;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, date));
}

/**
 * `/promises/kept-rate` (EXECUTIVE, ADMIN, MANAGER over their units, STAFF over their own promises): kept / (kept +
 * broken) with its 95% Wilson interval and n per owner, unit, source or month, the monthly trend, and the scores of
 * customers after a kept vs a broken promise. The view lives in the page address, so it can be shared or reloaded.
 */
export function KeptRateRoute() {
  const { t, i18n } = useTranslation('promiseStats');
  const { roles } = useSession();
  const [params, setParams] = useSearchParams();
  const [today] = useState(() => new Date());
  const period = periodFrom(params, today);
  const unitId = params.get('unitId') ?? '';
  const groupBy = groupByFrom(params);
  const range = periodRange(period, today);
  const query = { ...range, unitId: unitId || undefined };
  const report = useKeptRate({ ...query, groupBy });
  // The trend is always by month; on the month tab it is the same request.
  const trend = useKeptRate({ ...query, groupBy: 'MONTH' });
  const units = useUnits();
  const options = unitOptions(flattenUnits(units.data ?? []));
  const ownOnly = !roles.some((role) => role === 'EXECUTIVE' || role === 'ADMIN' || role === 'MANAGER');
  // While another grouping loads, the previous report stays on screen: its groups are named by its own grouping.
  const shownGroupBy = report.data?.groupBy ?? groupBy;

  const navigate = (next: { period?: Period; unitId?: string; groupBy?: KeptRateGroupBy }) => {
    const values = { ...periodParams(next.period ?? period) } as Record<string, string>;
    const nextUnit = next.unitId ?? unitId;
    if (nextUnit) values.unitId = nextUnit;
    values.groupBy = (next.groupBy ?? groupBy).toLowerCase();
    setParams(new URLSearchParams(values));
  };

  const tableContent =
    report.isPending ? (
      <PageLoader label={t('loading')} />
    ) : report.isError ? (
      <ErrorState error={report.error} title={t('loadFailed')} onRetry={() => void report.refetch()} retrying={report.isFetching} />
    ) : report.data.total.decided === 0 && report.data.total.cancelled === 0 ? (
      <Paper withBorder radius="md" p="xl" ta="center" data-testid="kept-rate-empty">
        <Title order={2} size="h4" mb="xs">
          {t('emptyTitle')}
        </Title>
        <Text c="dimmed">{t('emptyText')}</Text>
      </Paper>
    ) : (
      <Stack gap={4} aria-busy={report.isFetching}>
        <KeptRateTable
          rows={report.data.rows}
          total={report.data.total}
          groupBy={shownGroupBy}
          caption={t('tableLabel', { group: t(`groups.${shownGroupBy}`) })}
        />
        <Text size="xs" c="dimmed" data-testid="kept-rate-period">
          {t('periodShown', { from: formatDay(report.data.from, i18n.language), to: formatDay(report.data.to, i18n.language) })}
        </Text>
        <Text size="xs" c="dimmed" data-testid="kept-rate-method">
          {t('method', { method: report.data.method })}
        </Text>
      </Stack>
    );

  return (
    <Container size="xl" py="xl">
      <title>{t('pageTitle')}</title>
      <Anchor component={Link} to="/promises/settings" size="sm">
        {t('settingsLink')}
      </Anchor>
      <PageHeader title={t('title')} description={ownOnly ? t('leadOwn') : t('lead')} />
      <KeptRateFilters
        // The custom dates start from the period shown, so switching to "from – to" only needs an edit.
        applied={{ ...period, from: period.from || report.data?.from || '', to: period.to || report.data?.to || '', unitId }}
        quarters={recentQuarters(today)}
        unitOptions={options}
        onApply={({ unitId: nextUnit, ...nextPeriod }) => navigate({ period: nextPeriod, unitId: nextUnit })}
      />
      <Stack gap="xl">
        <Stack gap="sm">
          <Tabs value={groupBy} onChange={(value) => value && navigate({ groupBy: value as KeptRateGroupBy })} keepMounted={false}>
            <Tabs.List aria-label={t('groupByLabel')}>
              {KEPT_RATE_GROUPS.map((group) => (
                <Tabs.Tab key={group} value={group} data-testid={`kept-rate-tab-${group}`}>
                  {t(`groups.${group}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {KEPT_RATE_GROUPS.map((group) => (
              <Tabs.Panel key={group} value={group} pt="sm">
                {group === groupBy && tableContent}
              </Tabs.Panel>
            ))}
          </Tabs>
        </Stack>
        {trend.isSuccess ? (
          <KeptRateTrend rows={trend.data.rows} />
        ) : trend.isError ? (
          <ErrorState error={trend.error} title={t('trend.loadFailed')} onRetry={() => void trend.refetch()} retrying={trend.isFetching} />
        ) : null}
        <AfterScoresSection query={query} />
      </Stack>
    </Container>
  );
}
