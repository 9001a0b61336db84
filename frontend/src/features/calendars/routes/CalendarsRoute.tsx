import { Button, Container, EmptyState, Paper, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog, ErrorState, PageLoader, problemMessage, type Result, ResultMessage } from '@/components/feedback';
import { PageHeader } from '@/components/layout/PageHeader';
import type { Calendar } from '@/lib/api/types';
import { useCalendars, useDeleteCalendar } from '../api/calendars';
import { CalendarFormDialog } from '../components/CalendarFormDialog';
import { type CalendarAction, CalendarsTable } from '../components/CalendarsTable';
import { HolidayImportDialog } from '../components/HolidayImportDialog';

type Dialog = { kind: 'create' } | { kind: CalendarAction; calendar: Calendar };

/** `/calendars`: the business-hours calendars SLA policies count working time on (create, edit, delete, iCal import). */
export function CalendarsRoute() {
  const { t } = useTranslation('calendars');
  const calendars = useCalendars();
  const remove = useDeleteCalendar();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [result, setResult] = useState<Result | null>(null);

  const close = () => {
    setDialog(null);
    remove.reset();
  };
  const done = (text: string) => {
    setDialog(null);
    setResult({ kind: 'success', text });
  };
  const open = (next: Dialog) => {
    setResult(null);
    setDialog(next);
  };

  const list = calendars.data ?? [];
  const stored = list.filter((calendar) => !calendar.fromSettings);
  const newButton = (testId: string) => (
    <Button data-testid={testId} onClick={() => open({ kind: 'create' })} disabled={!calendars.data}>
      {t('calendars.new')}
    </Button>
  );

  return (
    <Container size="lg" py="xl">
      <title>{t('calendars.pageTitle')}</title>
      <PageHeader title={t('calendars.title')} description={t('calendars.lead')} actions={newButton('create-calendar')} />
      <ResultMessage result={result} onClose={() => setResult(null)} />

      {calendars.isPending ? (
        <PageLoader label={t('calendars.loading')} />
      ) : calendars.isError ? (
        <ErrorState
          error={calendars.error}
          title={t('calendars.loadFailed')}
          onRetry={() => void calendars.refetch()}
          retrying={calendars.isFetching}
        />
      ) : (
        <Stack gap="lg">
          {list.length > 0 && (
            <Paper withBorder radius="md" p="sm">
              <CalendarsTable calendars={list} onAction={(kind, calendar) => open({ kind, calendar })} />
            </Paper>
          )}
          {stored.length === 0 && (
            <EmptyState title={t('calendars.emptyTitle')} description={t('calendars.emptyText')} py="xl" data-testid="calendars-empty">
              <EmptyState.Actions>{newButton('create-first-calendar')}</EmptyState.Actions>
            </EmptyState>
          )}
        </Stack>
      )}

      {(dialog?.kind === 'create' || dialog?.kind === 'edit') && (
        <CalendarFormDialog
          calendar={dialog.kind === 'edit' ? dialog.calendar : undefined}
          onClose={close}
          onSaved={(saved) =>
            done(dialog.kind === 'edit' ? t('calendars.saved', { name: saved.name }) : t('calendars.created', { name: saved.name }))
          }
        />
      )}
      {dialog?.kind === 'import' && <HolidayImportDialog calendar={dialog.calendar} onClose={close} />}
      <ConfirmDialog
        opened={dialog?.kind === 'delete'}
        title={t('calendars.deleteTitle', { name: dialog?.kind === 'delete' ? dialog.calendar.name : '' })}
        message={t('calendars.deleteText')}
        confirmLabel={t('calendars.delete')}
        busy={remove.isPending}
        error={remove.error ? problemMessage(remove.error, t) : null}
        onCancel={close}
        onConfirm={() => {
          if (dialog?.kind !== 'delete') return;
          const { calendar } = dialog;
          remove.mutate(calendar.id, { onSuccess: () => done(t('calendars.deleted', { name: calendar.name })) });
        }}
      />
    </Container>
  );
}
