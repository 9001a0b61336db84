import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function Logo() {
  const { t } = useTranslation();
  return (
    <Group gap={8} wrap="nowrap">
      <svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <circle cx="16" cy="16" r="15" fill="var(--mantine-color-indigo-6)" />
        <circle cx="16" cy="16" r="9" fill="none" stroke="#fff" strokeWidth="3" />
        <circle cx="16" cy="16" r="3" fill="#fff" />
      </svg>
      <Text fw={800} fz="xl" component="span">
        {t('app.name')}
      </Text>
    </Group>
  );
}
