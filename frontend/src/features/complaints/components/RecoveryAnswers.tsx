import { Paper, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ComplaintDetail } from '@/lib/api/types';
import { momentText } from '../utils/sla-time';

/** The detractor answers that opened (or were added to) a recovery case: score type, score, when answered. */
export function RecoveryAnswers({ answers }: { answers: ComplaintDetail['recoveryAnswers'] }) {
  const { t, i18n } = useTranslation('complaints');
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="recovery-answers-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="recovery-answers-title">
          {t('recovery.answersTitle')}
        </Title>
        <Table withRowBorders={false} verticalSpacing={4} data-testid="recovery-answers">
          <Table.Tbody>
            {answers.map((a) => (
              <Table.Tr key={a.responseId} data-testid="recovery-answer">
                <Table.Td fw={600}>{t('recovery.answer', { scoreType: a.scoreType, score: a.score })}</Table.Td>
                <Table.Td c="dimmed">
                  <time dateTime={a.submittedAt}>{t('recovery.submittedAt', { when: momentText(a.submittedAt, i18n.language) })}</time>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
