import { Badge, Card, Group, Progress, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Distribution } from '@/lib/api/types';
import { MIN_GROUP } from '../../utils/score-format';

export interface DistributionBarsProps {
  distribution: Distribution;
  /** Option id -> text, for choice questions. */
  optionLabels: ReadonlyMap<string, string>;
}

/** How the answers of one question spread over its points or options, as a table with bars. */
export function DistributionBars({ distribution, optionLabels }: DistributionBarsProps) {
  const { t, i18n } = useTranslation('surveys');
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const entries = Object.entries(distribution.counts ?? {});
  const total = entries.reduce((sum, [, count]) => sum + count, 0);
  // Multiple choice: shares of respondents (they may pick several), else shares of answers.
  const base = distribution.type === 'MULTIPLE_CHOICE' ? (distribution.answered ?? 0) : total;
  const captionId = `distribution-${distribution.questionId}`;

  return (
    <Card withBorder radius="md" padding="md" data-testid={`distribution-${distribution.questionId}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600} size="sm" id={captionId}>
            {distribution.text || distribution.questionId}
          </Text>
          <Badge variant="light" style={{ flexShrink: 0 }}>
            {t(`surveys.types.${distribution.type}`, { defaultValue: distribution.type })}
          </Badge>
        </Group>
        {distribution.answered != null && (
          <Text size="xs" c="dimmed">
            {t('surveys.results.answered', { count: distribution.answered })}
          </Text>
        )}
        {distribution.suppressed ? (
          <Text size="sm" c="dimmed">
            {t('surveys.results.notEnoughData', { min: MIN_GROUP })}
          </Text>
        ) : entries.length === 0 ? (
          <Text size="sm" c="dimmed">
            {distribution.type === 'TEXT' ? t('surveys.results.textAnswers') : t('surveys.results.noAnswers')}
          </Text>
        ) : (
          <Table verticalSpacing={2} horizontalSpacing="xs" withRowBorders={false} aria-labelledby={captionId}>
            <VisuallyHidden component="thead">
              <tr>
                <th scope="col">{t('surveys.results.answer')}</th>
                <th scope="col">{t('surveys.results.share')}</th>
                <th scope="col">{t('surveys.results.count')}</th>
              </tr>
            </VisuallyHidden>
            <Table.Tbody>
              {entries.map(([key, count]) => {
                const share = base > 0 ? count / base : 0;
                return (
                  <Table.Tr key={key}>
                    <Table.Th scope="row" fw="normal" w="35%">
                      <Text size="sm" lineClamp={1} title={optionLabels.get(key) ?? key}>
                        {optionLabels.get(key) ?? key}
                      </Text>
                    </Table.Th>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Progress value={share * 100} size="lg" radius="sm" style={{ flex: 1 }} aria-hidden="true" />
                        <Text size="xs" w={40} ta="right">
                          {percent.format(share)}
                        </Text>
                      </Group>
                    </Table.Td>
                    <Table.Td w={48} ta="right">
                      <Text size="xs" c="dimmed">
                        {count}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}
