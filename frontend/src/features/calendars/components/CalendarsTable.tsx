import { Anchor, Badge, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Calendar } from '@/lib/api/types';
import { workingRuns } from './calendar-summary';

export type CalendarAction = 'edit' | 'import' | 'delete';

export interface CalendarsTableProps {
  calendars: readonly Calendar[];
  onAction: (action: CalendarAction, calendar: Calendar) => void;
}

/** The calendars with their zone, working time and holidays; the business hours link to the settings. */
export function CalendarsTable({ calendars, onAction }: CalendarsTableProps) {
  const { t } = useTranslation('calendars');
  const workingTime = (calendar: Calendar) => {
    if (calendar.aroundTheClock) return t('calendars.aroundTheClock');
    const runs = workingRuns(calendar);
    if (runs.length === 0) return t('calendars.closedAlways');
    return runs
      .map((run) => {
        const days =
          run.first === run.last
            ? t(`calendars.weekdaysShort.${run.first}`)
            : `${t(`calendars.weekdaysShort.${run.first}`)}–${t(`calendars.weekdaysShort.${run.last}`)}`;
        return `${days} ${run.slots.join(', ')}`;
      })
      .join('; ');
  };
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table data-testid="calendars-table" verticalSpacing="sm">
        <Table.Caption>{t('calendars.tableCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('calendars.fields.name')}</Table.Th>
            <Table.Th scope="col">{t('calendars.fields.zone')}</Table.Th>
            <Table.Th scope="col">{t('calendars.workingTime')}</Table.Th>
            <Table.Th scope="col">{t('calendars.fields.holidays')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('calendars.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {calendars.map((calendar) => (
            <Table.Tr key={calendar.id} data-testid={`calendar-${calendar.id}`}>
              <Table.Td>
                <Group gap="xs">
                  <Text fw={600}>{calendar.name}</Text>
                  {calendar.defaultCalendar && <Badge variant="light">{t('calendars.default')}</Badge>}
                  {calendar.fromSettings && (
                    <Badge variant="outline" color="gray">
                      {t('calendars.fromSettings')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{calendar.zone}</Table.Td>
              <Table.Td>{workingTime(calendar)}</Table.Td>
              <Table.Td>{t('calendars.holidayCount', { count: calendar.holidays.length })}</Table.Td>
              <Table.Td>
                {calendar.fromSettings ? (
                  <Anchor component={Link} to="/settings" size="sm">
                    {t('calendars.editInSettings')}
                  </Anchor>
                ) : (
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <Button
                      size="compact-sm"
                      variant="default"
                      aria-label={t('calendars.editNamed', { name: calendar.name })}
                      onClick={() => onAction('edit', calendar)}
                    >
                      {t('calendars.edit')}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="default"
                      aria-label={t('calendars.importNamed', { name: calendar.name })}
                      onClick={() => onAction('import', calendar)}
                    >
                      {t('calendars.import')}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="light"
                      color="red"
                      aria-label={t('calendars.deleteNamed', { name: calendar.name })}
                      onClick={() => onAction('delete', calendar)}
                    >
                      {t('calendars.delete')}
                    </Button>
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
