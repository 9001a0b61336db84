import { Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** An invitation link to hand over, with a copy button. */
export function InvitationLink({ link, label }: { link: string; label: string }) {
  const { t } = useTranslation('members');
  const labelId = useId();
  return (
    <Stack gap={6}>
      <Text size="sm" fw={600} id={labelId}>
        {label}
      </Text>
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Code
          data-testid="invitation-link"
          aria-labelledby={labelId}
          px="sm"
          py={6}
          style={{ userSelect: 'all', overflowWrap: 'anywhere' }}
        >
          {link}
        </Code>
        <CopyButton value={link} timeout={3000}>
          {({ copied, copy }) => (
            <Button variant={copied ? 'light' : 'default'} color={copied ? 'teal' : undefined} onClick={copy}>
              {copied ? t('members.invite.copied') : t('members.invite.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}
