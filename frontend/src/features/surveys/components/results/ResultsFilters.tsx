import { Button, Group, NativeSelect, Paper, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyAudience } from '@/lib/api/types';
import { EMPTY_FILTER, type FilterValues } from '../../utils/results-filter';
import { ATTRIBUTE_NAME } from '@/lib/attributes';

export interface ResultsFiltersProps {
  audience: SurveyAudience;
  applied: FilterValues;
  onApply: (values: FilterValues) => void;
  /** Units to filter staff answers by. */
  unitOptions: readonly { value: string; label: string }[];
}

const LEVELS = ['EXECUTIVE', 'MANAGER', 'FRONTLINE'] as const;

/** Which responses count: period, language, staff level and unit, or a customer attribute. */
export function ResultsFilters({ audience, applied, onApply, unitOptions }: ResultsFiltersProps) {
  const { t } = useTranslation('surveys');
  const [values, setValues] = useState<FilterValues>(applied);
  const [errors, setErrors] = useState<Partial<Record<keyof FilterValues, string>>>({});
  const set = (field: keyof FilterValues, value: string) => setValues((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Partial<Record<keyof FilterValues, string>> = {};
    if (values.from && values.to && values.to < values.from) next.to = t('surveys.results.filters.toBeforeFrom');
    if (values.attribute.trim() && !ATTRIBUTE_NAME.test(values.attribute.trim()))
      next.attribute = t('attributes.nameRule');
    setErrors(next);
    if (Object.keys(next).length === 0) onApply(values);
  };

  return (
    <Paper withBorder radius="md" p="sm">
      <form onSubmit={submit} noValidate aria-label={t('surveys.results.filters.label')} data-testid="results-filters">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            type="date"
            label={t('surveys.results.filters.from')}
            value={values.from}
            onChange={(e) => set('from', e.currentTarget.value)}
            error={errors.from}
          />
          <TextInput
            type="date"
            label={t('surveys.results.filters.to')}
            value={values.to}
            onChange={(e) => set('to', e.currentTarget.value)}
            error={errors.to}
          />
          <NativeSelect
            label={t('surveys.results.filters.language')}
            value={values.language}
            onChange={(e) => set('language', e.currentTarget.value)}
            data={[
              { value: '', label: t('surveys.results.filters.all') },
              { value: 'en', label: t('language.en') },
              { value: 'de', label: t('language.de') },
            ]}
          />
          {audience === 'STAFF' ? (
            <>
              <NativeSelect
                label={t('surveys.results.filters.level')}
                value={values.level}
                onChange={(e) => set('level', e.currentTarget.value)}
                data={[
                  { value: '', label: t('surveys.results.filters.all') },
                  ...LEVELS.map((level) => ({ value: level, label: t(`levels.${level}`) })),
                ]}
              />
              <NativeSelect
                label={t('surveys.results.filters.unit')}
                value={values.unitId}
                onChange={(e) => set('unitId', e.currentTarget.value)}
                data={[{ value: '', label: t('surveys.results.filters.all') }, ...unitOptions]}
              />
            </>
          ) : (
            <>
              <TextInput
                label={t('surveys.results.filters.attribute')}
                placeholder="segment"
                value={values.attribute}
                onChange={(e) => set('attribute', e.currentTarget.value.toLowerCase())}
                error={errors.attribute}
                maxLength={40}
                w={150}
              />
              <TextInput
                label={t('surveys.results.filters.value')}
                placeholder="enterprise"
                value={values.value}
                onChange={(e) => set('value', e.currentTarget.value)}
                disabled={!values.attribute.trim()}
                maxLength={200}
                w={150}
              />
            </>
          )}
          <Group gap="xs">
            <Button type="submit" data-testid="apply-filters">
              {t('surveys.results.filters.apply')}
            </Button>
            <Button
              variant="subtle"
              onClick={() => {
                setValues(EMPTY_FILTER);
                setErrors({});
                onApply(EMPTY_FILTER);
              }}
            >
              {t('surveys.results.filters.reset')}
            </Button>
          </Group>
        </Group>
      </form>
    </Paper>
  );
}
