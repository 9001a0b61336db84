import type { ResultsFilter } from '@/lib/api/types';

/** The filter fields a results page keeps in its address (so a filtered view can be shared or reloaded). */
export const FILTER_FIELDS = ['from', 'to', 'language', 'level', 'unitId', 'attribute', 'value'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];
export type FilterValues = Record<FilterField, string>;

export const EMPTY_FILTER: FilterValues = {
  from: '',
  to: '',
  language: '',
  level: '',
  unitId: '',
  attribute: '',
  value: '',
};

export function filterFromSearch(params: URLSearchParams): FilterValues {
  const values = { ...EMPTY_FILTER };
  for (const field of FILTER_FIELDS) values[field] = params.get(field) ?? '';
  return values;
}

export function filterToSearch(values: FilterValues): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of FILTER_FIELDS) if (values[field].trim()) params.set(field, values[field].trim());
  return params;
}

/** The API filter: empty fields left out, the attribute only with a name, the browser's time zone for days. */
export function toApiFilter(values: FilterValues, tz: string): ResultsFilter {
  const filter: ResultsFilter = { tz };
  if (values.from) filter.from = values.from;
  if (values.to) filter.to = values.to;
  if (values.language) filter.language = values.language;
  if (values.level) filter.level = values.level;
  if (values.unitId) filter.unitId = values.unitId;
  if (values.attribute.trim()) {
    filter.attribute = values.attribute.trim();
    filter.value = values.value.trim();
  }
  return filter;
}

export function isFiltered(values: FilterValues): boolean {
  return FILTER_FIELDS.some((field) => values[field].trim() !== '');
}
