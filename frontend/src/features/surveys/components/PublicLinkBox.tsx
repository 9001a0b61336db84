import { Paper, Stack, Text } from '@mantine/core';
import { CopyableLink } from '@/components/CopyableLink';
import { useTranslation } from 'react-i18next';

/** The address customers answer a survey at: `<origin>/s/<token>`. */
export function publicSurveyUrl(token: string): string {
  return `${window.location.origin}/s/${token}`;
}

/** The public link of a published customer survey, with a copy button. */
export function PublicLinkBox({ token }: { token: string }) {
  const { t } = useTranslation('surveys');
  const url = publicSurveyUrl(token);
  return (
    <Paper withBorder radius="md" p="sm" bg="gray.0">
      <Stack gap={6}>
        <Text size="sm" fw={600} id="public-link-label">
          {t('surveys.publicLink.label')}
        </Text>
        <CopyableLink url={url} labelledBy="public-link-label" testId="public-link" />
      </Stack>
    </Paper>
  );
}
