import { Checkbox, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnswerValue, FormQuestion } from '@/lib/api/types';
import { isScaleType } from '../../utils/questions';
import { ScaleQuestion } from './ScaleQuestion';

export const MAX_TEXT_ANSWER = 5000;

export interface QuestionFieldProps {
  question: FormQuestion;
  /** Unique per page (several questionnaires may share one, e.g. a preview). */
  domId: string;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue) => void;
  error?: string;
  disabled?: boolean;
}

/** One question with its label, answer input and error, inside a container the error summary links to. */
export function QuestionField({ question, domId, value, onChange, error, disabled }: QuestionFieldProps) {
  const { t } = useTranslation('surveys');
  const labelId = `${domId}-label`;
  const errorId = error ? `${domId}-error` : undefined;
  const label = (
    <>
      {question.text}
      {question.required && (
        <Text component="span" c="red.7" ml={4} aria-hidden="true">
          *
        </Text>
      )}
    </>
  );
  const errorText = error && (
    <Text id={errorId} size="sm" c="red.8" mt={6}>
      {error}
    </Text>
  );

  let input;
  if (isScaleType(question.type)) {
    input = (
      <>
        <Text id={labelId} fw={600} mb="xs">
          {label}
        </Text>
        <ScaleQuestion
          question={question}
          domId={domId}
          value={typeof value === 'number' ? value : undefined}
          onChange={onChange}
          labelId={labelId}
          errorId={errorId}
          invalid={Boolean(error)}
          disabled={disabled}
        />
        {errorText}
      </>
    );
  } else if (question.type === 'SINGLE_CHOICE') {
    input = (
      <Radio.Group
        label={label}
        value={typeof value === 'string' ? value : null}
        onChange={onChange}
        error={error}
        name={domId}
        labelProps={{ fw: 600, mb: 'xs', fz: 'md' }}
      >
        <Stack gap="xs" mt={4}>
          {(question.options ?? []).map((option) => (
            // `required` on the radios of a group marks the group as required for assistive technology
            <Radio key={option.id} value={option.id} label={option.text} disabled={disabled}
              required={question.required} />
          ))}
        </Stack>
      </Radio.Group>
    );
  } else if (question.type === 'MULTIPLE_CHOICE') {
    input = (
      <Checkbox.Group
        label={label}
        description={t('surveys.answer.chooseAny')}
        value={Array.isArray(value) ? value : []}
        onChange={onChange}
        error={error}
        labelProps={{ fw: 600, mb: 4, fz: 'md' }}
      >
        <Stack gap="xs" mt="xs">
          {(question.options ?? []).map((option) => (
            <Checkbox key={option.id} value={option.id} label={option.text} disabled={disabled} />
          ))}
        </Stack>
      </Checkbox.Group>
    );
  } else {
    input = (
      <Textarea
        id={`${domId}-input`}
        label={label}
        labelProps={{ fw: 600, mb: 'xs', fz: 'md' }}
        value={typeof value === 'string' ? value : ''}
        onChange={(event) => onChange(event.currentTarget.value)}
        error={error}
        autosize
        minRows={3}
        maxRows={10}
        maxLength={MAX_TEXT_ANSWER}
        aria-required={question.required || undefined}
        disabled={disabled}
      />
    );
  }

  return (
    <div
      id={domId}
      className="survey-question"
      data-testid={`question-${question.id}`}
      data-invalid={error ? true : undefined}
    >
      {input}
    </div>
  );
}
