import { ActionIcon, Badge, Card, Group, Stack, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { QuestionScore } from '@/lib/api/types';
import { formatScore, MIN_GROUP } from '../../utils/score-format';

/** One question's score: value, 95% interval, n, and how it was computed; "not enough data" below n = 5. */
export function ScoreCard({ score }: { score: QuestionScore }) {
  const { t, i18n } = useTranslation('surveys');
  const formatted = formatScore(score.type, score.score, i18n.language);
  const id = score.questionId;
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      data-testid={`score-card-${id}`}
      data-suppressed={formatted.suppressed || undefined}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Badge variant="light">{t(`surveys.types.${score.type}`, { defaultValue: score.type })}</Badge>
          <Tooltip label={formatted.method} multiline w={260} events={{ hover: true, focus: true, touch: true }}>
            <ActionIcon
              variant="subtle"
              size="sm"
              aria-label={t('surveys.results.method', { method: formatted.method })}
            >
              <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
                <rect x="7.25" y="7" width="1.5" height="5" rx="0.75" fill="currentColor" />
                <circle cx="8" cy="4.75" r="1" fill="currentColor" />
              </svg>
            </ActionIcon>
          </Tooltip>
        </Group>
        <Text size="sm" fw={600} lineClamp={2} title={score.text}>
          {score.text || id}
        </Text>
        {formatted.suppressed ? (
          <Text fz="lg" fw={700} c="dimmed" data-testid={`score-value-${id}`}>
            {t('surveys.results.notEnoughData', { min: MIN_GROUP })}
          </Text>
        ) : (
          <Group gap="xs" align="baseline" wrap="wrap">
            <Text fz={34} fw={800} lh={1.1} data-testid={`score-value-${id}`}>
              {formatted.value}
            </Text>
            {formatted.margin && (
              <Text size="sm" c="dimmed" data-testid={`score-interval-${id}`}>
                <span aria-hidden="true">
                  ± {formatted.margin} [{formatted.low} – {formatted.high}]
                </span>
                <VisuallyHidden component="span">
                  {t('surveys.results.intervalSpoken', { low: formatted.low, high: formatted.high })}
                </VisuallyHidden>
              </Text>
            )}
          </Group>
        )}
        <Text size="sm" c="dimmed" data-testid={`score-n-${id}`}>
          {formatted.n == null ? t('surveys.results.nWithheld') : t('surveys.results.n', { count: formatted.n })}
        </Text>
      </Stack>
    </Card>
  );
}
