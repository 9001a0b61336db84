import { Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '@/components/feedback';
import { useFormLink } from '../api/complaints';
import { CopyableLink } from '@/components/CopyableLink';

/** The address of the tenant's public complaint form (for the website, receipts, a QR code), with a copy button. */
export function FormLinkBox() {
  const { t } = useTranslation('complaints');
  const link = useFormLink(true);
  return (
    <Paper withBorder radius="md" p="sm" bg="gray.0" mb="md">
      <Stack gap={6}>
        <Text size="sm" fw={600} id="form-link-label">
          {t('complaints.formLink.label')}
        </Text>
        {link.isPending ? (
          <Skeleton height={28} aria-label={t('common.loading')} />
        ) : link.isError ? (
          <Text size="sm" c="red" role="alert">
            {problemMessage(link.error, t)}
          </Text>
        ) : (
          <CopyableLink url={link.data.url} labelledBy="form-link-label" testId="form-link" />
        )}
        <Text size="xs" c="dimmed">
          {t('complaints.formLink.hint')}
        </Text>
      </Stack>
    </Paper>
  );
}
