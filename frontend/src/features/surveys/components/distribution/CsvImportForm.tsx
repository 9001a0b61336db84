import { Alert, Button, Code, Group, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CsvFileInput, isTooLargeForUpload } from '@/components/CsvFileInput';
import { problemMessage } from '@/components/feedback';
import { RejectedRowsTable } from '@/components/RejectedRowsTable';
import type { ImportReport, RejectedRow } from '@/lib/api/types';
import { isProblemError } from '@/lib/problem-details';
import { rejectedRowsOf } from '@/lib/rejected-rows';
import { useImportInvitations } from '../../api/invitations';

const EXAMPLE = 'email,name,language,segment\nana@example.com,Ana Lopez,en,enterprise\nben@example.de,Ben Kraus,de,smb';

export interface CsvImportFormProps {
  surveyId: string;
  disabled?: boolean;
  /** A new import starts: the outcome of the previous one no longer applies. */
  onStart?: () => void;
  onDone: (report: ImportReport) => void;
}

/**
 * Invites many customers from CSV, uploaded as a file or pasted: a header row with `email` and optionally
 * `name`, `language`; other columns become attributes. The backend checks every row first and imports nothing
 * when one is rejected, so rejected rows come back as a table to fix.
 */
export function CsvImportForm({ surveyId, disabled, onStart, onDone }: CsvImportFormProps) {
  const { t } = useTranslation('surveys');
  const importer = useImportInvitations(surveyId);
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [rejected, setRejected] = useState<RejectedRow[] | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (importer.isPending) return;
    setError(null);
    setRejected(null);
    if (!file && !text.trim()) {
      setError(t('surveys.distribution.csv.nothing'));
      return;
    }
    if (file && isTooLargeForUpload(file)) {
      setError(t('surveys.distribution.csv.tooLarge'));
      return;
    }
    const upload = file
      ? { kind: 'file' as const, file, filename: file.name }
      : {
          kind: 'file' as const,
          file: new Blob([text.replace(/\s+$/, '') + '\n'], { type: 'text/csv' }),
          filename: 'pasted.csv',
        };
    onStart?.();
    try {
      const report = await importer.mutateAsync(upload);
      setFile(null);
      setText('');
      onDone(report);
    } catch (failure) {
      const rows = rejectedRowsOf(failure);
      if (rows) setRejected(rows);
      else setError(problemMessage(failure, t, isProblemError(failure) ? failure.errors.map((e) => e.message) : []));
    }
  };

  return (
    <form noValidate onSubmit={onSubmit} aria-label={t('surveys.distribution.csv.title')} data-testid="csv-import-form">
      <Stack gap="sm">
        <Text size="sm">{t('surveys.distribution.csv.explain')}</Text>
        <Code block>{EXAMPLE}</Code>
        <CsvFileInput
          label={t('surveys.distribution.csv.file')}
          placeholder={t('surveys.distribution.csv.filePlaceholder')}
          value={file}
          onChange={setFile}
          disabled={disabled}
          testId="csv-file"
        />
        <Textarea
          label={t('surveys.distribution.csv.paste')}
          description={t('surveys.distribution.csv.pasteHint')}
          autosize
          minRows={4}
          maxRows={12}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          disabled={disabled || Boolean(file)}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          data-testid="csv-text"
        />
        {error && (
          <Alert color="red" variant="light" role="alert" title={t('surveys.distribution.inviteFailed')}>
            {error}
          </Alert>
        )}
        {rejected && <RejectedRowsTable rows={rejected} numbering="line" />}
        <Group justify="flex-end">
          <Button type="submit" loading={importer.isPending} disabled={disabled} data-testid="csv-import">
            {t('surveys.distribution.csv.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
