import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HistoryAction } from '../api/types';
import { formatDateTime } from '../utils/dates';

const COLOR: Partial<Record<HistoryAction, string>> = {
  KEPT: 'teal',
  BROKEN: 'red',
  BROKEN_AUTOMATICALLY: 'red',
  CANCELLED: 'gray',
  RENEGOTIATED: 'indigo',
  FULFILLED_LATE: 'orange',
};

export interface TimelineEntry {
  at: string;
  action: HistoryAction;
  actorName?: string | null;
  dueBefore?: string | null;
  dueAfter?: string | null;
  note?: string | null;
}

/**
 * What happened to a promise, oldest first: made, renegotiated (from and to which due time), kept, broken (by whom,
 * or automatically), reminders and mails. The customer's page (`reader="customer"`) shows no names or notes.
 */
export function HistoryTimeline({ entries, reader = 'staff' }: { entries: readonly TimelineEntry[]; reader?: 'customer' | 'staff' }) {
  const { t, i18n } = useTranslation('promises');
  const when = (value: string) => formatDateTime(value, i18n.language);
  return (
    <Timeline bulletSize={14} lineWidth={2} active={entries.length - 1} data-testid="promise-history" component="ol" style={{ listStyle: 'none', padding: 0 }}>
      {entries.map((entry, index) => (
        <Timeline.Item
          key={`${entry.at}-${index}`}
          component="li"
          color={COLOR[entry.action] ?? 'blue'}
          title={reader === 'customer' ? t(`promises.public.history.${entry.action}`) : t(`promises.history.${entry.action}`)}
          data-testid="promise-history-entry"
        >
          <Text size="xs" c="dimmed">
            {when(entry.at)}
            {reader === 'staff' && entry.actorName ? ` · ${entry.actorName}` : ''}
          </Text>
          {entry.dueBefore && entry.dueAfter && (
            <Text size="sm">{t('promises.history.dueMoved', { before: when(entry.dueBefore), after: when(entry.dueAfter) })}</Text>
          )}
          {!entry.dueBefore && entry.dueAfter && <Text size="sm">{t('promises.history.dueAt', { due: when(entry.dueAfter) })}</Text>}
          {reader === 'staff' && entry.note && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {entry.note}
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
