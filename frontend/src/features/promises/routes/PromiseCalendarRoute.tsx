import { Alert, Anchor, Button, Container, Group, Paper, SegmentedControl, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { type KeyboardEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorState, PageLoader } from '@/components/feedback';
import { PageHeader } from '@/components/layout/PageHeader';
import { PROMISES_MAX_PAGE_SIZE, usePromises } from '../api/promises';
import type { PromiseResponse } from '../api/types';
import { PromiseStatusBadge } from '../components/PromiseStatusBadge';
import { usePromiseRoles } from '../hooks/usePromiseRoles';
import { formatDay, isoDay, parseDay } from '../utils/dates';
import { addDays, addMonths, MONTH_PATTERN, monthGrid, monthOf } from '../utils/month-grid';

const PER_DAY_SHOWN = 3;

/**
 * `/promises/calendar`: the due days of a month (`?month=2026-12`), Monday first, with the promises due on each day.
 * The month is a table; arrow keys move between days (Home/End: the week's ends, PageUp/PageDown: the month), and
 * a list view says the same day by day for those who read rather than look.
 */
export function PromiseCalendarRoute() {
  const { t, i18n } = useTranslation('promises');
  const { defaultScope } = usePromiseRoles();
  const [params, setParams] = useSearchParams();
  const monthParam = params.get('month') ?? '';
  const month = MONTH_PATTERN.test(monthParam) ? monthParam : monthOf(new Date());
  const display = params.get('view') === 'list' ? 'list' : 'month';
  const weeks = useMemo(() => monthGrid(month), [month]);
  const first = weeks[0]![0]!.day;
  const last = weeks[weeks.length - 1]![6]!.day;
  const list = usePromises({ scope: defaultScope, dueFrom: first, dueTo: last, sort: 'dueAt', direction: 'asc', page: 0, size: PROMISES_MAX_PAGE_SIZE });
  const byDay = useMemo(() => {
    const map = new Map<string, PromiseResponse[]>();
    for (const promise of list.data?.items ?? []) map.set(promise.dueOn, [...(map.get(promise.dueOn) ?? []), promise]);
    return map;
  }, [list.data]);
  const monthName = parseDay(`${month}-01`).toLocaleDateString(i18n.language, { month: 'long', year: 'numeric' });

  const go = (next: string, view: string = display) => {
    const nextParams = new URLSearchParams();
    nextParams.set('month', next);
    if (view === 'list') nextParams.set('view', 'list');
    setParams(nextParams, { replace: true });
  };

  return (
    <Container size="xl" py="xl">
      <title>{t('promises.calendar.pageTitle', { month: monthName })}</title>
      <Anchor component={Link} to="/promises" size="sm">
        {t('promises.backToList')}
      </Anchor>
      <PageHeader title={t('promises.calendar.title')} description={t('promises.calendar.lead')} />
      <Group justify="space-between" mb="md" wrap="wrap">
        <Group gap="xs">
          <Button variant="default" size="xs" onClick={() => go(addMonths(month, -1))} data-testid="calendar-previous">
            {t('promises.calendar.previous')}
          </Button>
          <Button variant="default" size="xs" onClick={() => go(monthOf(new Date()))} data-testid="calendar-today">
            {t('promises.calendar.thisMonth')}
          </Button>
          <Button variant="default" size="xs" onClick={() => go(addMonths(month, 1))} data-testid="calendar-next">
            {t('promises.calendar.next')}
          </Button>
          <Title order={2} size="h3" ml="sm" aria-live="polite" data-testid="calendar-month">
            {monthName}
          </Title>
        </Group>
        <SegmentedControl
          aria-label={t('promises.calendar.display')}
          value={display}
          onChange={(value) => go(month, value)}
          data={[
            { value: 'month', label: t('promises.calendar.monthView') },
            { value: 'list', label: t('promises.calendar.listView') },
          ]}
          data-testid="calendar-display"
        />
      </Group>
      {list.isPending ? (
        <PageLoader label={t('promises.list.loading')} />
      ) : list.isError ? (
        <ErrorState error={list.error} title={t('promises.list.loadFailed')} onRetry={() => void list.refetch()} retrying={list.isFetching} />
      ) : (
        <>
          {list.data.total > list.data.items.length && (
            <Alert color="yellow" variant="light" mb="md" data-testid="calendar-truncated">
              {t('promises.calendar.truncated', { shown: list.data.items.length, total: list.data.total })}
            </Alert>
          )}
          {display === 'month' ? (
            <MonthTable key={month} month={month} weeks={weeks} byDay={byDay} onMonth={go} caption={monthName} />
          ) : (
            <DayList weeks={weeks} byDay={byDay} />
          )}
        </>
      )}
    </Container>
  );
}

function MonthTable({
  month,
  weeks,
  byDay,
  onMonth,
  caption,
}: {
  month: string;
  weeks: { day: string; inMonth: boolean }[][];
  byDay: Map<string, PromiseResponse[]>;
  onMonth: (month: string) => void;
  caption: string;
}) {
  const { t, i18n } = useTranslation('promises');
  const today = isoDay(new Date());
  const inMonth = today.startsWith(month) ? today : `${month}-01`;
  const [focused, setFocused] = useState(inMonth);
  const cells = useRef(new Map<string, HTMLTableCellElement>());
  const weekdays = weeks[0]!.map((cell) => parseDay(cell.day));

  const move = (event: KeyboardEvent<HTMLTableCellElement>, day: string) => {
    const deltas: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };
    let next: string | null = null;
    if (event.key in deltas) next = addDays(day, deltas[event.key]!);
    else if (event.key === 'Home') next = addDays(day, -((parseDay(day).getDay() + 6) % 7));
    else if (event.key === 'End') next = addDays(day, 6 - ((parseDay(day).getDay() + 6) % 7));
    else if (event.key === 'PageUp' || event.key === 'PageDown') {
      event.preventDefault();
      onMonth(addMonths(month, event.key === 'PageUp' ? -1 : 1));
      return;
    }
    if (!next) return;
    event.preventDefault();
    const cell = cells.current.get(next);
    if (cell) {
      setFocused(next);
      cell.focus();
    } else {
      onMonth(next.slice(0, 7));
    }
  };

  return (
    <Table withTableBorder withColumnBorders layout="fixed" role="grid" aria-label={caption} data-testid="calendar-grid">
      <VisuallyHidden component="caption">{t('promises.calendar.caption', { month: caption })}</VisuallyHidden>
      <Table.Thead>
        <Table.Tr>
          {weekdays.map((date) => (
            <Table.Th key={date.getDay()} scope="col" ta="center">
              <abbr title={date.toLocaleDateString(i18n.language, { weekday: 'long' })} style={{ textDecoration: 'none' }}>
                {date.toLocaleDateString(i18n.language, { weekday: 'short' })}
              </abbr>
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {weeks.map((week) => (
          <Table.Tr key={week[0]!.day}>
            {week.map(({ day, inMonth: current }) => {
              const promises = byDay.get(day) ?? [];
              const broken = promises.filter((p) => p.status === 'BROKEN').length;
              return (
                <Table.Td
                  key={day}
                  ref={(element) => {
                    if (element) cells.current.set(day, element);
                    else cells.current.delete(day);
                  }}
                  tabIndex={day === focused ? 0 : -1}
                  onKeyDown={(event) => move(event, day)}
                  onFocus={() => setFocused(day)}
                  aria-current={day === today ? 'date' : undefined}
                  aria-label={`${formatDay(day, i18n.language)}: ${t('promises.calendar.dueCount', { count: promises.length })}`}
                  data-testid={`calendar-day-${day}`}
                  style={{ verticalAlign: 'top', height: 110, opacity: current ? 1 : 0.55, outlineOffset: -2 }}
                  bg={day === today ? 'var(--mantine-color-blue-light)' : undefined}
                >
                  <Text size="sm" fw={day === today ? 700 : 500} aria-hidden>
                    {parseDay(day).getDate()}
                  </Text>
                  <Stack gap={2} mt={4}>
                    {promises.slice(0, PER_DAY_SHOWN).map((promise) => (
                      <Anchor
                        key={promise.id}
                        component={Link}
                        to={`/promises/${promise.id}`}
                        size="xs"
                        c={promise.status === 'BROKEN' ? 'red.8' : undefined}
                        fw={promise.status === 'BROKEN' ? 700 : undefined}
                        tabIndex={day === focused ? 0 : -1}
                        lineClamp={1}
                        title={promise.text}
                      >
                        {promise.reference} · {promise.text}
                      </Anchor>
                    ))}
                    {promises.length > PER_DAY_SHOWN && (
                      <Text size="xs" c="dimmed">
                        {t('promises.calendar.more', { count: promises.length - PER_DAY_SHOWN })}
                      </Text>
                    )}
                    {broken > 0 && <VisuallyHidden>{t('promises.calendar.brokenCount', { count: broken })}</VisuallyHidden>}
                  </Stack>
                </Table.Td>
              );
            })}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The same month day by day: only the days with promises, each a heading with its promises. */
function DayList({ weeks, byDay }: { weeks: { day: string; inMonth: boolean }[][]; byDay: Map<string, PromiseResponse[]> }) {
  const { t, i18n } = useTranslation('promises');
  const days = weeks.flat().filter((cell) => (byDay.get(cell.day) ?? []).length > 0);
  if (days.length === 0) {
    return (
      <Paper withBorder radius="md" p="xl" ta="center" data-testid="calendar-empty">
        <Text c="dimmed">{t('promises.calendar.empty')}</Text>
      </Paper>
    );
  }
  return (
    <Stack gap="md" data-testid="calendar-list">
      {days.map(({ day }) => (
        <section key={day} aria-labelledby={`day-${day}`}>
          <Title order={3} size="h5" id={`day-${day}`} mb={4}>
            {formatDay(day, i18n.language)}
          </Title>
          <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
            {(byDay.get(day) ?? []).map((promise) => (
              <li key={promise.id}>
                <Group gap="xs" wrap="nowrap">
                  <PromiseStatusBadge status={promise.status} />
                  <Anchor component={Link} to={`/promises/${promise.id}`} size="sm">
                    {promise.reference}
                  </Anchor>
                  <Text size="sm" lineClamp={1}>
                    {promise.text}
                  </Text>
                </Group>
              </li>
            ))}
          </Stack>
        </section>
      ))}
    </Stack>
  );
}
