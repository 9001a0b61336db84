import { useTranslation } from 'react-i18next';
import { DownloadButton } from '@/components/DownloadButton';
import type { Survey } from '@/lib/api/types';
import { downloadExport } from '../../api/results';
import { type FilterValues, toApiFilter } from '../../utils/results-filter';

/** Downloads the filtered answers as CSV. */
export function ExportButton({ survey, values, timeZone }: { survey: Survey; values: FilterValues; timeZone: string }) {
  const { t } = useTranslation('surveys');
  return (
    <DownloadButton
      label={t('surveys.results.export')}
      failed={(reason) => t('surveys.results.exportFailed', { reason })}
      onDownload={() => downloadExport(survey.id, toApiFilter(values, timeZone))}
      testId="export-csv"
    />
  );
}
