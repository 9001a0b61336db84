import { Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GroupScore, QuestionType } from '@/lib/api/types';
import { formatScore } from '../../utils/score-format';

export interface GroupBreakdownProps {
  title: string;
  groups: readonly GroupScore[];
  /** The type of the question groups are compared on (the first scored question). */
  type: QuestionType;
  label: (key: string) => string;
  testId: string;
}

/** Staff answers per level or unit; groups under 5 answers are suppressed and greyed out. */
export function GroupBreakdown({ title, groups, type, label, testId }: GroupBreakdownProps) {
  const { t, i18n } = useTranslation('surveys');
  if (groups.length === 0) return null;
  return (
    <Stack gap="xs" data-testid={testId}>
      <Title order={3} size="h5">
        {title}
      </Title>
      <Table.ScrollContainer minWidth={420}>
        <Table verticalSpacing={6}>
          <VisuallyHidden component="caption">{title}</VisuallyHidden>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('surveys.results.group')}</Table.Th>
              <Table.Th scope="col">{t('surveys.results.trend.value')}</Table.Th>
              <Table.Th scope="col">{t('surveys.results.trend.interval')}</Table.Th>
              <Table.Th scope="col">n</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.map((group) => {
              const f = formatScore(type, group.score, i18n.language);
              return (
                <Table.Tr
                  key={group.key}
                  c={f.suppressed ? 'dimmed' : undefined}
                  data-suppressed={f.suppressed || undefined}
                >
                  <Table.Th scope="row" fw="normal">
                    {label(group.key)}
                  </Table.Th>
                  <Table.Td>{f.suppressed ? t('surveys.results.notEnoughShort') : f.value}</Table.Td>
                  <Table.Td>{f.low && f.high ? `${f.low} – ${f.high}` : '–'}</Table.Td>
                  <Table.Td>{f.n ?? '–'}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed">
        {t('surveys.results.groupsHint')}
      </Text>
    </Stack>
  );
}
