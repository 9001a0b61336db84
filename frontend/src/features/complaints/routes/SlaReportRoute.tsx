import { Alert, Anchor, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DownloadButton } from '@/components/DownloadButton';
import { ErrorState, PageLoader } from '@/components/feedback';
import { PageHeader } from '@/components/layout/PageHeader';
import { useSession } from '@/features/auth';
import type { SlaClockKind, SlaReportGroup, SlaReportQuery } from '@/lib/api/types';
import { audienceOf, COMPLAINT_MANAGERS, isAllowed } from '@/lib/permissions';
import { downloadSlaReport, useSlaReport } from '../api/sla';
import { REPORT_GROUPS, type ReportFilterValues, SlaReportFilters } from '../components/SlaReportFilters';
import { SlaReportTable } from '../components/SlaReportTable';
import { useSlaReportGroups } from '../hooks/useSlaReportGroups';

const CLOCKS: readonly SlaClockKind[] = ['FIRST_RESPONSE', 'RESOLUTION'];
/** The default period: the last 90 days, today included. */
export const DEFAULT_DAYS = 90;

/** A local calendar day as the API takes it (2026-12-01). */
function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The report's view from the page address (so a view can be shared or reloaded); missing parts take the defaults. */
function viewFrom(params: URLSearchParams, today: Date): ReportFilterValues {
  const start = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (DEFAULT_DAYS - 1));
  const groupBy = params.get('groupBy') ?? '';
  return {
    from: params.get('from') || isoDay(start),
    to: params.get('to') || isoDay(today),
    groupBy: (REPORT_GROUPS as readonly string[]).includes(groupBy) ? (groupBy as SlaReportGroup) : 'unit',
  };
}

/**
 * `/complaints/sla-report` (ADMIN, MANAGER, STAFF: over the complaints each may see; EXECUTIVE: the whole tenant):
 * how often first-response and resolution clocks met their targets in a period, per unit, assignee, category,
 * priority or month, with the met rate's 95% interval, the median working time, and a CSV download.
 */
export function SlaReportRoute() {
  const { t } = useTranslation('complaints');
  const { roles } = useSession();
  const [params, setParams] = useSearchParams();
  const [today] = useState(() => new Date());
  const view = viewFrom(params, today);
  const query: SlaReportQuery = view;
  const report = useSlaReport(query);
  // While another grouping loads, the previous report stays on screen: its groups are named by its own grouping.
  const groupBy = report.data?.groupBy ?? view.groupBy;
  const { labelsOf, namesHidden } = useSlaReportGroups(groupBy);
  const rows = report.data?.rows ?? [];
  const groups = labelsOf(rows.map((row) => row.group ?? null));
  const handlesComplaints = isAllowed(audienceOf('complaints'), roles);
  const method = rows[0]?.method;

  return (
    <Container size="xl" py="xl">
      <title>{t('slaReport.pageTitle')}</title>
      {handlesComplaints && (
        <Group gap="md">
          <Anchor component={Link} to="/complaints" size="sm">
            {t('complaints.backToInbox')}
          </Anchor>
          {isAllowed(COMPLAINT_MANAGERS, roles) && (
            <Anchor component={Link} to="/complaints/sla-policies" size="sm">
              {t('slaPolicies.open')}
            </Anchor>
          )}
        </Group>
      )}
      <PageHeader
        title={t('slaReport.title')}
        description={handlesComplaints && !roles.includes('EXECUTIVE') && !roles.includes('ADMIN') ? t('slaReport.leadOwn') : t('slaReport.lead')}
        actions={
          <DownloadButton
            label={t('slaReport.csv')}
            failed={(reason) => t('slaReport.csvFailed', { reason })}
            onDownload={() => downloadSlaReport(query)}
            testId="sla-report-csv"
          />
        }
      />
      <SlaReportFilters
        applied={view}
        onApply={(values) => setParams(new URLSearchParams({ from: values.from, to: values.to, groupBy: values.groupBy }))}
      />
      {report.isPending ? (
        <PageLoader label={t('slaReport.loading')} />
      ) : report.isError ? (
        <ErrorState error={report.error} title={t('slaReport.loadFailed')} onRetry={() => void report.refetch()} retrying={report.isFetching} />
      ) : rows.length === 0 ? (
        <Paper withBorder radius="md" p="xl" ta="center" data-testid="sla-report-empty">
          <Title order={2} size="h4" mb="xs">
            {t('slaReport.emptyTitle')}
          </Title>
          <Text c="dimmed">{t('slaReport.emptyText')}</Text>
        </Paper>
      ) : (
        <Stack gap="xl" aria-busy={report.isFetching} data-testid="sla-report">
          {namesHidden && (
            <Alert variant="light" color="gray">
              {t('slaReport.namesHidden')}
            </Alert>
          )}
          {CLOCKS.map((clock) => (
            <SlaReportTable
              key={clock}
              clock={clock}
              rows={rows.filter((row) => row.clock === clock)}
              groups={groups}
              groupHeading={t(`slaReport.groups.${groupBy}`)}
            />
          ))}
          <Stack gap={4}>
            {method && (
              <Text size="xs" c="dimmed" data-testid="sla-report-method">
                {method}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {t('slaReport.footnote', { zone: report.data.zone })}
            </Text>
          </Stack>
        </Stack>
      )}
    </Container>
  );
}
