import { NativeSelect, SimpleGrid } from '@mantine/core';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintStatus } from '@/lib/api/types';
import { COMPLAINT_STATUSES, type InboxFilters as Filters, SLA_FILTERS, type SlaFilter } from '../api/complaints';
import type { Option } from '../hooks/useComplaintLookups';

export interface InboxFiltersProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
  categories: Option[];
  priorities: Option[];
  units: Option[];
  /** The tenant's touchpoints by name (complaints keep the name); without any, there is no touchpoint filter. */
  touchpoints: Option[];
  /** Null without an assignee list (STAFF can't read it): then only "assigned to me" is offered. */
  members: Option[] | null;
  meId: string | null;
}

/** The inbox's filters, each "any" by default. */
export function InboxFilters({ filters, onChange, categories, priorities, units, touchpoints, members, meId }: InboxFiltersProps) {
  const { t } = useTranslation('complaints');
  const any = { value: '', label: t('complaints.inbox.any') };
  const set = (key: keyof Filters) => (e: ChangeEvent<HTMLSelectElement>) =>
    onChange({ ...filters, [key]: e.currentTarget.value });
  // "Assigned to me" also when the list lacks the signed-in member (a manager outside the units they manage).
  const me: Option[] = meId && !members?.some((m) => m.value === meId) ? [{ value: meId, label: t('complaints.me') }] : [];
  const assignees: Option[] = [...me, ...(members ?? [])];
  return (
    <SimpleGrid
      cols={{ base: 1, xs: 2, md: touchpoints.length > 0 ? 4 : 6, xl: touchpoints.length > 0 ? 7 : 6 }}
      spacing="sm"
      mb="md"
      role="group"
      aria-label={t('complaints.inbox.filters')}
      data-testid="inbox-filters"
    >
      <NativeSelect
        label={t('complaints.fields.status')}
        value={filters.status}
        onChange={(e) => onChange({ ...filters, status: e.currentTarget.value as ComplaintStatus | '' })}
        data={[any, ...COMPLAINT_STATUSES.map((s) => ({ value: s, label: t(`complaints.statuses.${s}`) }))]}
        data-testid="filter-status"
      />
      <NativeSelect label={t('complaints.fields.category')} value={filters.categoryId} onChange={set('categoryId')} data={[any, ...categories]} data-testid="filter-category" />
      <NativeSelect label={t('complaints.fields.priority')} value={filters.priorityId} onChange={set('priorityId')} data={[any, ...priorities]} data-testid="filter-priority" />
      <NativeSelect label={t('complaints.fields.unit')} value={filters.unitId} onChange={set('unitId')} data={[any, ...units]} data-testid="filter-unit" />
      <NativeSelect label={t('complaints.fields.assignee')} value={filters.assigneeId} onChange={set('assigneeId')} data={[any, ...assignees]} data-testid="filter-assignee" />
      <NativeSelect
        label={t('clocks.filterLabel')}
        value={filters.sla}
        onChange={(e) => onChange({ ...filters, sla: e.currentTarget.value as SlaFilter | '' })}
        data={[any, ...SLA_FILTERS.map((f) => ({ value: f, label: t(`clocks.filters.${f}`) }))]}
        data-testid="filter-sla"
      />
      {touchpoints.length > 0 && (
        <NativeSelect label={t('touchpoints.field')} value={filters.touchpoint} onChange={set('touchpoint')} data={[any, ...touchpoints]} data-testid="filter-touchpoint" />
      )}
    </SimpleGrid>
  );
}
