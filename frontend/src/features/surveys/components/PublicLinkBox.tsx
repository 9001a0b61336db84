import { Button, Code, CopyButton, Group, Paper, Stack, Text } from '@mantine/core';
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
        <Group gap="sm" wrap="nowrap" align="center">
          <Code
            data-testid="public-link"
            aria-labelledby="public-link-label"
            px="sm"
            py={6}
            style={{ userSelect: 'all', overflowWrap: 'anywhere', flex: 1 }}
          >
            {url}
          </Code>
          <CopyButton value={url} timeout={3000}>
            {({ copied, copy }) => (
              <Button
                variant={copied ? 'light' : 'default'}
                color={copied ? 'teal' : undefined}
                onClick={copy}
                size="xs"
              >
                {copied ? t('surveys.publicLink.copied') : t('surveys.publicLink.copy')}
              </Button>
            )}
          </CopyButton>
          <Button component="a" href={url} target="_blank" rel="noopener" variant="subtle" size="xs">
            {t('surveys.publicLink.open')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
