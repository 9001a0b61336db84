import { Group, NativeSelect, Paper, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DUE_STATES, PROMISE_STATUSES, SOURCE_KINDS } from '../api/types';
import type { PromiseFilters as Filters } from '../utils/list-view';

export interface Option {
  value: string;
  label: string;
}

/**
 * The list's filters: status (or any open one), due state, owner and unit (for those who see others' promises),
 * source, and the due days' range. Each change applies at once.
 */
export function PromiseFilters({
  filters,
  onChange,
  owners,
  units,
}: {
  filters: Filters;
  onChange: (next: Filters) => void;
  /** Null: no owner filter (the member sees only their own promises or can't list members). */
  owners: Option[] | null;
  units: Option[] | null;
}) {
  const { t } = useTranslation('promises');
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => onChange({ ...filters, [key]: value });
  const any = { value: '', label: t('promises.filters.any') };
  return (
    <Paper withBorder radius="md" p="sm" mb="md" component="section" aria-label={t('promises.filters.label')}>
      <Group align="flex-end" gap="sm" wrap="wrap" data-testid="promise-filters">
        <NativeSelect
          label={t('promises.fields.status')}
          value={filters.status}
          onChange={(e) => set('status', e.currentTarget.value as Filters['status'])}
          data={[
            any,
            { value: 'OPEN_ANY', label: t('promises.filters.openAny') },
            ...PROMISE_STATUSES.map((s) => ({ value: s, label: t(`promises.statuses.${s}`) })),
          ]}
          data-testid="filter-status"
        />
        <NativeSelect
          label={t('promises.filters.dueState')}
          value={filters.dueState}
          onChange={(e) => set('dueState', e.currentTarget.value as Filters['dueState'])}
          data={[any, ...DUE_STATES.map((s) => ({ value: s, label: t(`promises.dueStates.${s}`) }))]}
          data-testid="filter-due-state"
        />
        {owners && (
          <NativeSelect
            label={t('promises.fields.owner')}
            value={filters.ownerId}
            onChange={(e) => set('ownerId', e.currentTarget.value)}
            data={[any, ...owners]}
            data-testid="filter-owner"
          />
        )}
        {units && (
          <NativeSelect
            label={t('promises.fields.unit')}
            value={filters.unitId}
            onChange={(e) => set('unitId', e.currentTarget.value)}
            data={[any, ...units]}
            data-testid="filter-unit"
          />
        )}
        <NativeSelect
          label={t('promises.fields.source')}
          value={filters.sourceKind}
          onChange={(e) => set('sourceKind', e.currentTarget.value as Filters['sourceKind'])}
          data={[any, ...SOURCE_KINDS.map((k) => ({ value: k, label: t(`promises.sources.${k}`) }))]}
          data-testid="filter-source"
        />
        <TextInput
          type="date"
          label={t('promises.filters.dueFrom')}
          value={filters.dueFrom}
          onChange={(e) => set('dueFrom', e.currentTarget.value)}
          data-testid="filter-due-from"
        />
        <TextInput
          type="date"
          label={t('promises.filters.dueTo')}
          value={filters.dueTo}
          onChange={(e) => set('dueTo', e.currentTarget.value)}
          min={filters.dueFrom || undefined}
          data-testid="filter-due-to"
        />
      </Group>
    </Paper>
  );
}
