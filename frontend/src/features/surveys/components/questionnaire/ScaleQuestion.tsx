import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FormQuestion } from '@/lib/api/types';
import { scalePoints } from '../../utils/questions';

export interface ScaleQuestionProps {
  question: FormQuestion;
  domId: string;
  value: number | undefined;
  onChange: (value: number) => void;
  labelId: string;
  errorId?: string;
  invalid: boolean;
  disabled?: boolean;
}

/** The end labels of a scale: configured for RATING, standard wording for NPS, CSAT and CES. */
function useEndLabels(question: FormQuestion): { min: string | null; max: string | null } {
  const { t } = useTranslation('surveys');
  switch (question.type) {
    case 'NPS':
    case 'CSAT':
    case 'CES':
      return {
        min: t(`surveys.answer.scaleEnds.${question.type}.min`),
        max: t(`surveys.answer.scaleEnds.${question.type}.max`),
      };
    default:
      return { min: question.minLabel ?? null, max: question.maxLabel ?? null };
  }
}

/**
 * A scale (NPS 0-10, CSAT 1-5, CES 1-7, RATING) as a radio group: native radio inputs, each named by its
 * number, so arrow keys move between points; the end labels describe the group.
 */
export function ScaleQuestion({
  question,
  domId,
  value,
  onChange,
  labelId,
  errorId,
  invalid,
  disabled,
}: ScaleQuestionProps) {
  const { t } = useTranslation('surveys');
  const min = question.min ?? 1;
  const max = question.max ?? 5;
  const points = scalePoints({ min, max });
  const ends = useEndLabels(question);
  const hintId = `${domId}-hint`;
  const describedBy = [ends.min || ends.max ? hintId : null, errorId].filter(Boolean).join(' ') || undefined;

  return (
    <div
      role="radiogroup"
      aria-labelledby={labelId}
      aria-describedby={describedBy}
      aria-required={question.required || undefined}
      aria-invalid={invalid || undefined}
    >
      <div
        className="survey-scale"
        data-points={points.length}
        style={{ ['--survey-scale-points' as string]: points.length }}
      >
        {points.map((point) => {
          const id = `${domId}-${point}`;
          return (
            <div key={point} className="survey-scale-point">
              <input
                type="radio"
                id={id}
                name={domId}
                value={point}
                checked={value === point}
                onChange={() => onChange(point)}
                disabled={disabled}
                className="survey-scale-input"
              />
              <label htmlFor={id} className="survey-scale-label">
                {point}
              </label>
            </div>
          );
        })}
      </div>
      {(ends.min || ends.max) && (
        <Group id={hintId} justify="space-between" gap="xs" mt={6} wrap="nowrap">
          <Text size="xs" c="dimmed">
            {ends.min ? t('surveys.answer.scaleEnd', { value: min, label: ends.min }) : ''}
          </Text>
          <Text size="xs" c="dimmed" ta="right">
            {ends.max ? t('surveys.answer.scaleEnd', { value: max, label: ends.max }) : ''}
          </Text>
        </Group>
      )}
    </div>
  );
}
