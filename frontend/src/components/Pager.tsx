import { Group, Pagination, type MantineSpacing } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface PagerProps {
  pageCount: number;
  /** 0-based, as the API counts pages. */
  page: number;
  onChange: (page: number) => void;
  mt?: MantineSpacing;
}

/** Page numbers below a list, with labelled controls; nothing when everything fits on one page. */
export function Pager({ pageCount, page, onChange, mt }: PagerProps) {
  const { t } = useTranslation();
  if (pageCount <= 1) return null;
  return (
    <Group justify="center" mt={mt}>
      <Pagination
        total={pageCount}
        value={page + 1}
        onChange={(value) => onChange(value - 1)}
        aria-label={t('pagination.label')}
        getItemProps={(p) => ({ 'aria-label': t('pagination.page', { page: p }) })}
        getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })}
      />
    </Group>
  );
}
