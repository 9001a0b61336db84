import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ComplaintStatus } from '@/lib/api/types';

const COLOR: Record<ComplaintStatus, string> = {
  NEW: 'blue',
  OPEN: 'indigo',
  WAITING_FOR_CUSTOMER: 'yellow',
  RESOLVED: 'teal',
  CLOSED: 'gray',
};

/** A complaint's status as a badge (a span: it sits in running text too); the customer's wording (`reader="customer"`) says what it means for them. */
export function StatusBadge({ status, reader = 'staff' }: { status: ComplaintStatus; reader?: 'customer' | 'staff' }) {
  const { t } = useTranslation('complaints');
  return (
    <Badge component="span" variant="light" color={COLOR[status]} data-testid="complaint-status">
      {reader === 'customer' ? t(`complaints.public.statuses.${status}`) : t(`complaints.statuses.${status}`)}
    </Badge>
  );
}
