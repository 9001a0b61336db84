import { Button, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type EditorOption, type EditorQuestion, newOption, type SurveyLanguage } from '../../utils/editor-model';
import { LocalizedInputs } from './LocalizedInputs';

/** What a question type's own fields need from the question's editor. */
export interface QuestionTypeFieldsProps {
  question: EditorQuestion;
  index: number;
  /** Server errors of this question: normalized sub-path -> message. */
  errors: Record<string, string>;
  disabled?: boolean;
  update: (patch: Partial<EditorQuestion>, changedErrorKeys: string[]) => void;
  textErrors: (prefix: string) => Partial<Record<SurveyLanguage, string>>;
}

/** A rating question's scale: its ends and their labels. */
export function RatingScaleFields({ question, errors, disabled, update, textErrors }: QuestionTypeFieldsProps) {
  const { t } = useTranslation('surveys');
  return (
    <Stack gap="xs">
      <Group grow align="flex-start">
        <NumberInput
          label={t('surveys.editor.scaleMin')}
          min={0}
          max={10}
          allowDecimal={false}
          allowNegative={false}
          value={question.scaleMin}
          onChange={(value) =>
            update({ scaleMin: typeof value === 'number' ? value : 0 }, ['scale', 'scale.min'])
          }
          error={errors['scale.min'] ?? errors.scale}
          disabled={disabled}
        />
        <NumberInput
          label={t('surveys.editor.scaleMax')}
          min={1}
          max={10}
          allowDecimal={false}
          allowNegative={false}
          value={question.scaleMax}
          onChange={(value) =>
            update({ scaleMax: typeof value === 'number' ? value : 0 }, ['scale', 'scale.max'])
          }
          error={errors['scale.max']}
          disabled={disabled}
        />
      </Group>
      <LocalizedInputs
        label={t('surveys.editor.minLabel')}
        value={question.minLabel}
        maxLength={80}
        disabled={disabled}
        errors={textErrors('scale.minLabel')}
        onChange={(language, text) => update({ minLabel: { ...question.minLabel, [language]: text } }, [])}
      />
      <LocalizedInputs
        label={t('surveys.editor.maxLabel')}
        value={question.maxLabel}
        maxLength={80}
        disabled={disabled}
        errors={textErrors('scale.maxLabel')}
        onChange={(language, text) => update({ maxLabel: { ...question.maxLabel, [language]: text } }, [])}
      />
    </Stack>
  );
}

/** A choice question's options: id and text of each, in order. */
export function ChoiceOptionsEditor({ question, index, errors, disabled, update, textErrors }: QuestionTypeFieldsProps) {
  const { t } = useTranslation('surveys');
  const updateOption = (o: number, option: EditorOption, keys: string[]) =>
    update({ options: question.options.map((current, i) => (i === o ? option : current)) }, keys);
  return (
    <Stack gap="xs" data-testid={`options-${index}`}>
      <Text fw={600} size="sm" id={`options-label-${question.key}`}>
        {t('surveys.editor.options')}
      </Text>
      {errors.options && (
        <Text size="sm" c="red.8" tabIndex={-1} data-error-anchor data-testid={`options-error-${index}`}>
          {errors.options}
        </Text>
      )}
      <Stack
        gap="xs"
        component="ol"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-labelledby={`options-label-${question.key}`}
      >
        {question.options.map((option, o) => (
          <li key={option.key}>
            <Group align="flex-start" gap="xs" wrap="nowrap">
              <TextInput
                label={t('surveys.editor.optionId', { number: o + 1 })}
                w={110}
                maxLength={40}
                value={option.id}
                onChange={(event) =>
                  updateOption(o, { ...option, id: event.currentTarget.value }, [`options.${o}.id`])
                }
                error={errors[`options.${o}.id`]}
                disabled={disabled}
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              />
              <div style={{ flex: 1 }}>
                <LocalizedInputs
                  label={t('surveys.editor.optionText', { number: o + 1 })}
                  value={option.text}
                  requiredEnglish
                  maxLength={200}
                  disabled={disabled}
                  errors={textErrors(`options.${o}.text`)}
                  onChange={(language, text) =>
                    updateOption(o, { ...option, text: { ...option.text, [language]: text } }, [
                      `options.${o}.text`,
                      `options.${o}.text.${language}`,
                    ])
                  }
                />
              </div>
              <Button
                variant="subtle"
                color="red"
                size="compact-sm"
                mt={26}
                onClick={() => update({ options: question.options.filter((_, i) => i !== o) }, ['options'])}
                disabled={disabled}
                aria-label={t('surveys.editor.removeOption', { number: o + 1 })}
              >
                {t('surveys.editor.remove')}
              </Button>
            </Group>
          </li>
        ))}
      </Stack>
      <Group>
        <Button
          variant="light"
          size="xs"
          onClick={() => update({ options: [...question.options, newOption(question.options)] }, ['options'])}
          disabled={disabled || question.options.length >= 30}
        >
          {t('surveys.editor.addOption')}
        </Button>
      </Group>
    </Stack>
  );
}
