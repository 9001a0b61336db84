import { Alert, Paper, Stack, Tabs, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import type { ImportReport } from '@/lib/api/types';
import { CsvImportForm } from '../components/distribution/CsvImportForm';
import { ImportReportView } from '../components/distribution/ImportReportView';
import { InvitationsList, MailLog } from '../components/distribution/InvitationsList';
import { InviteCustomerForm } from '../components/distribution/InviteCustomerForm';
import { useSurveyPage } from './SurveyLayout';

/** `/surveys/:id/distribution`: invite customers one by one or from CSV, follow invitations and mails. */
export function SurveyDistributionRoute() {
  const { t } = useTranslation('surveys');
  const { survey } = useSurveyPage();
  const [report, setReport] = useState<ImportReport | null>(null);
  if (survey.audience !== 'CUSTOMER') return <Navigate to={`/surveys/${survey.id}/edit`} replace />;
  const open = survey.status === 'PUBLISHED';

  return (
    <Stack gap="xl">
      <title>{t('surveys.distribution.pageTitle', { name: survey.name })}</title>
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('surveys.distribution.inviteTitle')}
          </Title>
          {!open && (
            <Alert color="yellow" variant="light" data-testid="distribution-not-open">
              {t('surveys.distribution.notOpen')}
            </Alert>
          )}
          <Tabs defaultValue="one" keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="one">{t('surveys.distribution.inviteOne')}</Tabs.Tab>
              <Tabs.Tab value="csv" data-testid="csv-tab">
                {t('surveys.distribution.csv.title')}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="one" pt="md">
              <InviteCustomerForm
                surveyId={survey.id}
                disabled={!open}
                onStart={() => setReport(null)}
                onDone={setReport}
              />
            </Tabs.Panel>
            <Tabs.Panel value="csv" pt="md">
              <CsvImportForm surveyId={survey.id} disabled={!open} onStart={() => setReport(null)} onDone={setReport} />
            </Tabs.Panel>
          </Tabs>
          <div aria-live="polite">{report && <ImportReportView report={report} />}</div>
        </Stack>
      </Paper>
      <InvitationsList surveyId={survey.id} />
      <MailLog surveyId={survey.id} />
    </Stack>
  );
}
