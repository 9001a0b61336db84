import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '@/components/feedback';

export interface DownloadButtonProps {
  label: string;
  /** The message when the download failed, given the reason. */
  failed: (reason: string) => string;
  /** Fetches and saves the file (see `apiDownload` and `saveDownload`). */
  onDownload: () => Promise<void>;
  testId?: string;
}

/** A button that downloads an export (CSV, …), busy meanwhile, with the reason under it when it fails. */
export function DownloadButton({ label, failed, onDownload, testId }: DownloadButtonProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Stack gap={4} align="flex-end">
      <Button
        variant="default"
        loading={busy}
        data-testid={testId}
        onClick={async () => {
          setBusy(true);
          setError(null);
          try {
            await onDownload();
          } catch (failure) {
            setError(problemMessage(failure, t));
          } finally {
            setBusy(false);
          }
        }}
      >
        {label}
      </Button>
      {error && (
        <Text size="sm" c="red.8" role="alert">
          {failed(error)}
        </Text>
      )}
    </Stack>
  );
}
