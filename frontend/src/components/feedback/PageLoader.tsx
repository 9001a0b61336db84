import { Center, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface PageLoaderProps {
  /** What is loading, read out to screen readers and shown under the spinner. */
  label?: string;
  /** Full viewport height (before the app shell exists). */
  fullScreen?: boolean;
}

export function PageLoader({ label, fullScreen = false }: PageLoaderProps) {
  const { t } = useTranslation();
  return (
    <Center mih={fullScreen ? '100vh' : 240} p="xl">
      <Stack align="center" gap="xs" role="status" aria-live="polite">
        <Loader aria-hidden="true" />
        <Text c="dimmed" size="sm">
          {label ?? t('common.loading')}
        </Text>
      </Stack>
    </Center>
  );
}
