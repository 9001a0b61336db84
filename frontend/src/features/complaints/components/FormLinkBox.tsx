import { Button, Code, CopyButton, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '@/components/feedback';
import { useFormLink } from '../api/complaints';

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
          <Group gap="sm" wrap="nowrap" align="center">
            <Code data-testid="form-link" aria-labelledby="form-link-label" px="sm" py={6} style={{ userSelect: 'all', overflowWrap: 'anywhere', flex: 1 }}>
              {link.data.url}
            </Code>
            <CopyButton value={link.data.url} timeout={3000}>
              {({ copied, copy }) => (
                <Button variant={copied ? 'light' : 'default'} color={copied ? 'teal' : undefined} onClick={copy} size="xs" data-testid="form-link-copy">
                  <span aria-live="polite">{copied ? t('complaints.formLink.copied') : t('complaints.formLink.copy')}</span>
                </Button>
              )}
            </CopyButton>
            <Button component="a" href={link.data.url} target="_blank" rel="noopener" variant="subtle" size="xs">
              {t('complaints.formLink.open')}
            </Button>
          </Group>
        )}
        <Text size="xs" c="dimmed">
          {t('complaints.formLink.hint')}
        </Text>
      </Stack>
    </Paper>
  );
}
