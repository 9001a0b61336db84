import { Button, Code, CopyButton, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A public link shown in full (selectable), with buttons to copy and to open it. `labelledBy` names the element
 * that says what the link is for; `testId` marks the link and, with `-copy`, its copy button.
 */
export function CopyableLink({ url, labelledBy, testId }: { url: string; labelledBy: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" wrap="nowrap" align="center">
      <Code data-testid={testId} aria-labelledby={labelledBy} px="sm" py={6} style={{ userSelect: 'all', overflowWrap: 'anywhere', flex: 1 }}>
        {url}
      </Code>
      <CopyButton value={url} timeout={3000}>
        {({ copied, copy }) => (
          <Button
            variant={copied ? 'light' : 'default'}
            color={copied ? 'teal' : undefined}
            onClick={copy}
            size="xs"
            aria-describedby={labelledBy}
            data-testid={`${testId}-copy`}
          >
            <span aria-live="polite">{copied ? t('common.link.copied') : t('common.link.copy')}</span>
          </Button>
        )}
      </CopyButton>
      <Button component="a" href={url} target="_blank" rel="noopener" variant="subtle" size="xs" aria-describedby={labelledBy}>
        {t('common.link.open')}
      </Button>
    </Group>
  );
}
