import { Fieldset, Switch, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DayOfWeek } from '@/lib/api/types';
import { type DayHours, type WeekErrors, type WeekHours, WEEKDAYS } from '../utils/business-hours';

export interface BusinessHoursEditorProps {
  value: WeekHours;
  /** Error texts per day and time. */
  errors: WeekErrors<string>;
  onChange: (day: DayOfWeek, patch: Partial<DayHours>) => void;
}

/** Per weekday: an open/closed switch and the opening and closing time. */
export function BusinessHoursEditor({ value, errors, onChange }: BusinessHoursEditorProps) {
  const { t } = useTranslation('settings');
  return (
    <Fieldset
      legend={
        <Text fw={700} size="lg" component="span">
          {t('settings.hours.legend')}
        </Text>
      }
      variant="unstyled"
    >
      <Text size="sm" c="dimmed" mb="sm">
        {t('settings.hours.description')}
      </Text>
      <Table verticalSpacing={6} withRowBorders={false} data-testid="business-hours">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('settings.hours.day')}</Table.Th>
            <Table.Th scope="col">{t('settings.hours.opens')}</Table.Th>
            <Table.Th scope="col">{t('settings.hours.closes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {WEEKDAYS.map((day) => {
            const hours = value[day];
            const dayName = t(`weekdays.${day}`);
            const dayErrors = errors[day] ?? {};
            return (
              <Table.Tr key={day} data-testid={`hours-${day}`} style={{ verticalAlign: 'top' }}>
                <Table.Td w={200}>
                  <Switch
                    mt={6}
                    label={dayName}
                    description={hours.open ? t('settings.hours.open') : t('settings.hours.closed')}
                    checked={hours.open}
                    onChange={(e) => onChange(day, { open: e.currentTarget.checked })}
                    aria-label={t('settings.hours.openOn', { day: dayName })}
                  />
                </Table.Td>
                <Table.Td>
                  {hours.open && (
                    <TextInput
                      type="time"
                      aria-label={t('settings.hours.opensOn', { day: dayName })}
                      data-hours={`${day}.opens`}
                      value={hours.opens}
                      onChange={(e) => onChange(day, { opens: e.currentTarget.value })}
                      error={dayErrors.opens}
                      required
                      maw={160}
                    />
                  )}
                </Table.Td>
                <Table.Td>
                  {hours.open && (
                    <TextInput
                      type="time"
                      aria-label={t('settings.hours.closesOn', { day: dayName })}
                      data-hours={`${day}.closes`}
                      value={hours.closes}
                      onChange={(e) => onChange(day, { closes: e.currentTarget.value })}
                      error={dayErrors.closes}
                      required
                      maw={160}
                    />
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Fieldset>
  );
}
