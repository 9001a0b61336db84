import { Checkbox, Group, NativeSelect, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConditionOperator } from '@/lib/api/types';
import { canBeConditionTarget } from '../../utils/display-logic';
import type { EditorCondition, EditorQuestion } from '../../utils/editor-model';
import { defaultRange, isChoiceType, localized, scalePoints } from '../../utils/questions';

const NUMBER_OPERATORS: ConditionOperator[] = ['AT_MOST', 'AT_LEAST', 'EQUALS', 'ANY_OF'];

export interface DisplayLogicEditorProps {
  question: EditorQuestion;
  /** The questions before this one. */
  earlier: readonly EditorQuestion[];
  onChange: (condition: EditorCondition | null) => void;
  errors: Record<string, string>;
  disabled?: boolean;
}

function rangeOf(question: EditorQuestion) {
  return question.type === 'RATING' ? { min: question.scaleMin, max: question.scaleMax } : defaultRange(question.type);
}

/** A fresh condition on `target`: numbers compare (at most), choices match (any of). */
function conditionOn(target: EditorQuestion | undefined): EditorCondition {
  if (!target) return { question: '', operator: 'AT_MOST', value: '', values: [] };
  return { question: target.id, operator: isChoiceType(target.type) ? 'ANY_OF' : 'AT_MOST', value: '', values: [] };
}

/** "Show only if <earlier question> <at most | at least | equals value | any of values>". */
export function DisplayLogicEditor({ question, earlier, onChange, errors, disabled }: DisplayLogicEditorProps) {
  const { t, i18n } = useTranslation('surveys');
  const candidates = earlier.filter((q) => canBeConditionTarget(q.type) && q.id.trim());
  const condition = question.showIf;
  const target = condition ? earlier.find((q) => q.id === condition.question) : undefined;
  const targetMissing = Boolean(condition?.question) && !candidates.some((q) => q.id === condition?.question);
  const numeric = target ? !isChoiceType(target.type) : true;
  const range = target ? rangeOf(target) : null;
  const points = range && range.min <= range.max && range.max - range.min <= 20 ? scalePoints(range) : [];
  const error = (key: string) => errors[`showIf.${key}`];

  const label = (q: EditorQuestion) => {
    const text = localized(q.text, i18n.language);
    return text ? `${q.id}: ${text.length > 50 ? `${text.slice(0, 50)}…` : text}` : q.id;
  };

  return (
    <Stack gap="xs">
      <Switch
        label={t('surveys.editor.logic.toggle')}
        description={candidates.length === 0 && !condition ? t('surveys.editor.logic.noCandidates') : undefined}
        checked={condition !== null}
        disabled={disabled || (candidates.length === 0 && !condition)}
        onChange={(event) =>
          onChange(event.currentTarget.checked ? conditionOn(candidates[candidates.length - 1]) : null)
        }
      />
      {condition && (
        <Stack gap="xs" pl={{ base: 0, sm: 'lg' }}>
          {errors.showIf && (
            <Text size="sm" c="red.8">
              {errors.showIf}
            </Text>
          )}
          <Group grow align="flex-start" wrap="wrap">
            <NativeSelect
              label={t('surveys.editor.logic.question')}
              value={condition.question}
              disabled={disabled}
              onChange={(event) => onChange(conditionOn(earlier.find((q) => q.id === event.currentTarget.value)))}
              data={[
                ...(targetMissing || !condition.question
                  ? [
                      {
                        value: condition.question,
                        label: condition.question
                          ? t('surveys.editor.logic.notEarlier', { id: condition.question })
                          : t('surveys.editor.logic.choose'),
                      },
                    ]
                  : []),
                ...candidates.map((q) => ({ value: q.id, label: label(q) })),
              ]}
              error={error('question') ?? (targetMissing ? t('surveys.editor.logic.mustBeEarlier') : undefined)}
            />
            <NativeSelect
              label={t('surveys.editor.logic.operator')}
              value={condition.operator}
              disabled={disabled || !numeric}
              onChange={(event) =>
                onChange({
                  ...condition,
                  operator: event.currentTarget.value as ConditionOperator,
                  value: '',
                  values: [],
                })
              }
              data={(numeric ? NUMBER_OPERATORS : (['ANY_OF'] as ConditionOperator[])).map((op) => ({
                value: op,
                label: t(`surveys.editor.logic.operators.${op}`),
              }))}
              error={error('operator')}
            />
            {condition.operator !== 'ANY_OF' && (
              <NativeSelect
                label={t('surveys.editor.logic.value')}
                value={condition.value}
                disabled={disabled}
                onChange={(event) => onChange({ ...condition, value: event.currentTarget.value })}
                data={[
                  { value: '', label: t('surveys.editor.logic.choose') },
                  ...points.map((p) => ({ value: String(p), label: String(p) })),
                ]}
                error={error('value')}
              />
            )}
          </Group>
          {condition.operator === 'ANY_OF' && (
            <Checkbox.Group
              label={t('surveys.editor.logic.values')}
              value={condition.values}
              onChange={(values) => onChange({ ...condition, values })}
              error={error('values')}
            >
              <Group gap="md" mt={6}>
                {target && isChoiceType(target.type)
                  ? target.options.map((option) => (
                      <Checkbox
                        key={option.key}
                        value={option.id}
                        label={localized(option.text, i18n.language) || option.id}
                        disabled={disabled}
                      />
                    ))
                  : points.map((p) => <Checkbox key={p} value={String(p)} label={String(p)} disabled={disabled} />)}
              </Group>
            </Checkbox.Group>
          )}
        </Stack>
      )}
    </Stack>
  );
}
