import { Badge, Button, Code, CopyButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FollowUp } from '@/lib/api/types';
import { momentText } from '../utils/sla-time';

const STATE_COLOR: Record<FollowUp['state'], string> = { SCHEDULED: 'blue', SENT: 'indigo', NOT_SENT: 'gray', ANSWERED: 'teal' };

/**
 * The follow-up CSAT survey of a resolved complaint: scheduled (when), sent, not sent (and why, e.g. the contact
 * policy), answered (the score and the customer's comments). Without mail set up the link is what staff pass on.
 */
export function FollowUpPanel({ followUp }: { followUp: FollowUp }) {
  const { t, i18n } = useTranslation('complaints');
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="follow-up-title" data-testid="follow-up-panel">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h4" id="follow-up-title">
            {t('followUp.title')}
          </Title>
          <Badge component="span" variant="light" color={STATE_COLOR[followUp.state]} data-testid="follow-up-state">
            {t(`followUp.states.${followUp.state}`)}
          </Badge>
        </Group>
        {followUp.state === 'SCHEDULED' && followUp.sendAt && (
          <Text size="sm">{t('followUp.scheduledAt', { when: momentText(followUp.sendAt, i18n.language) })}</Text>
        )}
        {followUp.state === 'NOT_SENT' && (
          <Text size="sm" data-testid="follow-up-reason">
            {t('followUp.notSent', {
              reason: followUp.notSentReason
                ? t(`followUp.reasons.${followUp.notSentReason}`, { defaultValue: followUp.notSentReason })
                : t('followUp.reasons.unknown'),
            })}
          </Text>
        )}
        {followUp.state === 'ANSWERED' && followUp.csat != null && (
          <Stack gap={4} data-testid="follow-up-answer">
            <Text size="lg" fw={700} data-testid="follow-up-csat">
              {t('followUp.csat', { score: followUp.csat })}
            </Text>
            {followUp.answeredAt && (
              <Text size="xs" c="dimmed">
                {t('followUp.answeredAt', { when: momentText(followUp.answeredAt, i18n.language) })}
              </Text>
            )}
            {followUp.comments.map((comment, index) => (
              <Text key={index} size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="follow-up-comment">
                “{comment}”
              </Text>
            ))}
          </Stack>
        )}
        {followUp.link && followUp.state !== 'ANSWERED' && (
          <Stack gap={4}>
            <Text size="xs" c="dimmed" id="follow-up-link-label">
              {t('followUp.linkHint')}
            </Text>
            <Group gap="xs" wrap="nowrap">
              <Code data-testid="follow-up-link" aria-labelledby="follow-up-link-label" px="sm" py={4} style={{ userSelect: 'all', overflowWrap: 'anywhere', flex: 1 }}>
                {followUp.link}
              </Code>
              <CopyButton value={followUp.link} timeout={3000}>
                {({ copied, copy }) => (
                  <Button variant={copied ? 'light' : 'default'} color={copied ? 'teal' : undefined} onClick={copy} size="xs">
                    <span aria-live="polite">{copied ? t('followUp.copied') : t('followUp.copy')}</span>
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
