import { Alert, Anchor, Button, Code, Container, Group, Paper, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CsvFileInput, isTooLargeForUpload } from '@/components/CsvFileInput';
import { problemMessage } from '@/components/feedback';
import { PageHeader } from '@/components/layout/PageHeader';
import { RejectedRowsTable } from '@/components/RejectedRowsTable';
import type { CustomerImportReport, RejectedRow } from '@/lib/api/types';
import { isProblemError } from '@/lib/problem-details';
import { rejectedRowsOf } from '@/lib/rejected-rows';
import { useImportCustomers } from '../api/customers';

const EXAMPLE = 'email,name,language,externalId,segment\nana@example.com,Ana Lopez,en,C-1001,enterprise\nben@example.de,Ben Kraus,de,C-1002,smb';

/**
 * `/customers/import`: creates or updates customers from a CSV file. All or nothing: the backend checks every row
 * first, and when one is rejected nothing is imported and the rejected rows come back as a table to fix.
 */
export function CustomerImportRoute() {
  const { t } = useTranslation('customers');
  const importer = useImportCustomers();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [rejected, setRejected] = useState<RejectedRow[] | null>(null);
  const [report, setReport] = useState<CustomerImportReport | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (importer.isPending) return;
    setError(null);
    setRejected(null);
    setReport(null);
    if (!file) {
      setError(t('customers.import.nothing'));
      return;
    }
    if (isTooLargeForUpload(file)) {
      setError(t('customers.import.tooLarge'));
      return;
    }
    try {
      setReport(await importer.mutateAsync({ file, filename: file.name }));
      setFile(null);
    } catch (failure) {
      const rows = rejectedRowsOf(failure);
      if (rows) setRejected(rows);
      else setError(problemMessage(failure, t, isProblemError(failure) ? failure.errors.map((e) => e.message) : []));
    }
  };

  return (
    <Container size="md" py="xl">
      <title>{t('customers.import.pageTitle')}</title>
      <Anchor component={Link} to="/customers" size="sm">
        {t('customers.backToList')}
      </Anchor>
      <PageHeader title={t('customers.import.title')} description={t('customers.import.lead')} />
      <Paper withBorder radius="md" p="md">
        <form noValidate onSubmit={onSubmit} aria-label={t('customers.import.title')} data-testid="customer-import-form">
          <Stack gap="sm">
            <Text size="sm">{t('customers.import.explain')}</Text>
            <Code block>{EXAMPLE}</Code>
            <CsvFileInput
              label={t('customers.import.file')}
              placeholder={t('customers.import.filePlaceholder')}
              value={file}
              onChange={setFile}
              testId="customer-import-file"
            />
            {error && (
              <Alert color="red" variant="light" role="alert" title={t('customers.import.failed')}>
                {error}
              </Alert>
            )}
            {rejected && <RejectedRowsTable rows={rejected} numbering="line" />}
            {report && (
              <Alert color="teal" variant="light" role="status" data-testid="customer-import-report">
                {t('customers.import.done', { rows: report.rows, created: report.created, updated: report.updated })}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button type="submit" loading={importer.isPending} data-testid="customer-import-submit">
                {t('customers.import.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}
