import { Alert, Button, FileInput, Group, Modal, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '@/components/feedback';
import type { Calendar, HolidayImport } from '@/lib/api/types';
import { isProblemError } from '@/lib/problem-details';
import { useImportHolidays } from '../api/calendars';

/** The largest .ics the backend accepts (CalendarsController). */
const ICS_MAX_BYTES = 1024 * 1024;

export interface HolidayImportDialogProps {
  calendar: Calendar;
  onClose: () => void;
}

/** Adds the all-day events of an iCalendar file (public holidays, say) to a calendar's holidays. */
export function HolidayImportDialog({ calendar, onClose }: HolidayImportDialogProps) {
  const { t } = useTranslation('calendars');
  const importer = useImportHolidays();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<HolidayImport | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (importer.isPending) return;
    setError(null);
    setReport(null);
    if (!file) {
      setError(t('calendars.importDialog.nothing'));
      return;
    }
    if (file.size > ICS_MAX_BYTES) {
      setError(t('calendars.importDialog.tooLarge'));
      return;
    }
    try {
      setReport(await importer.mutateAsync({ id: calendar.id, file, filename: file.name }));
      setFile(null);
    } catch (failure) {
      setError(problemMessage(failure, t, isProblemError(failure) ? failure.errors.map((e) => e.message) : []));
    }
  };

  const title = t('calendars.importDialog.title', { name: calendar.name });
  return (
    <Modal opened onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form noValidate onSubmit={onSubmit} aria-label={title} data-testid="holiday-import-form">
        <Stack gap="sm">
          <Text size="sm">{t('calendars.importDialog.explain')}</Text>
          <FileInput
            label={t('calendars.importDialog.file')}
            placeholder={t('calendars.importDialog.filePlaceholder')}
            accept=".ics,text/calendar"
            value={file}
            onChange={setFile}
            clearable
            data-testid="holiday-import-file"
          />
          <div aria-live="polite">
            {error && (
              <Alert color="red" variant="light" role="alert" title={t('calendars.importDialog.failed')}>
                {error}
              </Alert>
            )}
            {report && (
              <Alert color="teal" variant="light" role="status" data-testid="holiday-import-report">
                {t('calendars.importDialog.done', { count: report.added })}{' '}
                {report.alreadyPresent > 0 && t('calendars.importDialog.alreadyPresent', { count: report.alreadyPresent })}{' '}
                {report.skippedEvents > 0 && t('calendars.importDialog.skipped', { count: report.skippedEvents })}
              </Alert>
            )}
          </div>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {report ? t('common.close') : t('common.cancel')}
            </Button>
            <Button type="submit" loading={importer.isPending} data-testid="holiday-import-submit">
              {t('calendars.importDialog.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
