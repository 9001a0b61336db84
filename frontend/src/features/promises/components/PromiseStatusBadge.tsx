import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DueState, PromiseStatus } from '../api/types';

const COLOR: Record<PromiseStatus, string> = {
  OPEN: 'blue',
  RENEGOTIATED: 'indigo',
  KEPT: 'teal',
  BROKEN: 'red',
  CANCELLED: 'gray',
};

/**
 * A promise's status as a badge (a span: it sits in running text too). Broken ones are filled red so that they
 * stand out in any list; the customer's wording (`reader="customer"`) says what it means for them.
 */
export function PromiseStatusBadge({ status, reader = 'staff' }: { status: PromiseStatus; reader?: 'customer' | 'staff' }) {
  const { t } = useTranslation('promises');
  return (
    <Badge component="span" variant={status === 'BROKEN' ? 'filled' : 'light'} color={COLOR[status]} data-testid="promise-status">
      {reader === 'customer' ? t(`promises.public.statuses.${status}`) : t(`promises.statuses.${status}`)}
    </Badge>
  );
}

const DUE_COLOR: Record<DueState, string> = { OVERDUE: 'orange', TODAY: 'yellow', UPCOMING: 'gray' };

/** Where an open promise stands against its due time: overdue (not yet broken: the grace period), today, upcoming. */
export function DueStateBadge({ dueState }: { dueState?: DueState | null }) {
  const { t } = useTranslation('promises');
  if (!dueState) return null;
  return (
    <Badge component="span" variant="outline" color={DUE_COLOR[dueState]} data-testid="promise-due-state">
      {t(`promises.dueStates.${dueState}`)}
    </Badge>
  );
}
