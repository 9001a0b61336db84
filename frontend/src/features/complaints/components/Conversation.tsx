import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ComplaintMessageType } from '@/lib/api/types';

export interface ConversationEntry {
  id: string;
  type: ComplaintMessageType;
  body: string;
  createdAt: string;
  /** Who wrote it, where the reader may know (staff see their colleagues' names). */
  author?: string;
}

// Internal notes look unlike anything the customer sees: a yellow card with a "not sent" badge.
const LOOK: Record<ComplaintMessageType, { bg: string; border: string; badge: string }> = {
  CUSTOMER_MESSAGE: { bg: 'white', border: 'var(--mantine-color-gray-4)', badge: 'gray' },
  PUBLIC_REPLY: { bg: 'var(--mantine-color-indigo-0)', border: 'var(--mantine-color-indigo-4)', badge: 'indigo' },
  INTERNAL_NOTE: { bg: 'var(--mantine-color-yellow-0)', border: 'var(--mantine-color-yellow-6)', badge: 'yellow' },
};

/**
 * A complaint's conversation, oldest first: the customer's messages, public replies, and (for staff only) internal
 * notes. `reader` words the labels: the customer reads "you" and "reply", staff read "customer" and "public reply".
 */
export function Conversation({ entries, reader }: { entries: readonly ConversationEntry[]; reader: 'customer' | 'staff' }) {
  const { t, i18n } = useTranslation('complaints');
  if (entries.length === 0) {
    return (
      <Text c="dimmed" size="sm" data-testid="conversation-empty">
        {t('complaints.conversation.empty')}
      </Text>
    );
  }
  return (
    <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('complaints.conversation.label')} data-testid="conversation">
      {entries.map((entry) => {
        const look = LOOK[entry.type];
        const kind = t(`complaints.conversation.${reader}.${entry.type}`);
        return (
          <li key={entry.id} data-testid={`message-${entry.type}`}>
            <Paper
              component="article"
              aria-label={kind}
              p="sm"
              radius="md"
              bg={look.bg}
              style={{ borderLeft: `4px solid ${look.border}`, borderTop: '1px solid var(--mantine-color-gray-2)' }}
              ml={entry.type === 'CUSTOMER_MESSAGE' ? 0 : { base: 'sm', sm: 'xl' }}
            >
              <Group justify="space-between" gap="xs" mb={4} wrap="wrap">
                <Group gap="xs">
                  <Badge variant="light" color={look.badge} size="sm">
                    {kind}
                  </Badge>
                  {entry.author && (
                    <Text size="sm" fw={600}>
                      {entry.author}
                    </Text>
                  )}
                </Group>
                <Text size="xs" c="dimmed" component="time" dateTime={entry.createdAt}>
                  {new Date(entry.createdAt).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })}
                </Text>
              </Group>
              {entry.type === 'INTERNAL_NOTE' && (
                <Text size="xs" c="yellow.9" mb={4}>
                  {t('complaints.conversation.staff.noteHint')}
                </Text>
              )}
              <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{entry.body}</Text>
            </Paper>
          </li>
        );
      })}
    </Stack>
  );
}
