import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '@/components/feedback';
import type { Survey } from '@/lib/api/types';
import { downloadExport } from '../../api/results';
import { type FilterValues, toApiFilter } from '../../utils/results-filter';

/** Downloads the filtered answers as CSV. */
export function ExportButton({ survey, values, timeZone }: { survey: Survey; values: FilterValues; timeZone: string }) {
  const { t } = useTranslation('surveys');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Stack gap={4} align="flex-end">
      <Button
        variant="default"
        loading={busy}
        data-testid="export-csv"
        onClick={async () => {
          setBusy(true);
          setError(null);
          try {
            await downloadExport(survey.id, toApiFilter(values, timeZone));
          } catch (failure) {
            setError(problemMessage(failure, t));
          } finally {
            setBusy(false);
          }
        }}
      >
        {t('surveys.results.export')}
      </Button>
      {error && (
        <Text size="sm" c="red.8" role="alert">
          {t('surveys.results.exportFailed', { reason: error })}
        </Text>
      )}
    </Stack>
  );
}
