import { Alert, Anchor, List, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, type ReactNode, type RefObject, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerValue, SurveyForm } from '@/lib/api/types';
import { type Answers, visibleQuestionIds } from '../../utils/display-logic';
import { QuestionField } from './QuestionField';

export interface QuestionnaireProps {
  form: SurveyForm;
  answers: Answers;
  onAnswer: (questionId: string, value: AnswerValue) => void;
  /** Messages per question id. */
  errors: Readonly<Record<string, string>>;
  /** Show the error summary (after a submit attempt). */
  showSummary: boolean;
  summaryRef?: RefObject<HTMLDivElement | null>;
  onSubmit: () => void;
  /** The submit button and the outcome of the last attempt. */
  footer: ReactNode;
  /** Prefix of DOM ids, unique per page. */
  idPrefix: string;
  headingOrder?: 1 | 2 | 3;
  disabled?: boolean;
}

export function questionDomId(idPrefix: string, questionId: string): string {
  return `${idPrefix}-question-${questionId}`;
}

/** Moves focus to the first input of a question (from the error summary). */
export function focusQuestion(domId: string): void {
  const container = document.getElementById(domId);
  const input = container?.querySelector<HTMLElement>('input:checked, input, textarea, select');
  container?.scrollIntoView({ block: 'center' });
  input?.focus();
}

/**
 * A survey as respondents answer it: title, intro, the questions that are visible for the answers so far
 * (display logic), an error summary linking to the questions, and the caller's submit area.
 */
export function Questionnaire({
  form,
  answers,
  onAnswer,
  errors,
  showSummary,
  summaryRef,
  onSubmit,
  footer,
  idPrefix,
  headingOrder = 1,
  disabled,
}: QuestionnaireProps) {
  const { t } = useTranslation('surveys');
  const visible = useMemo(() => visibleQuestionIds(form.questions, answers), [form.questions, answers]);
  const questions = form.questions.filter((q) => visible.has(q.id));
  const summary = questions.filter((q) => errors[q.id]).map((q) => ({ q, message: errors[q.id]! }));
  const hasRequired = questions.some((q) => q.required);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <form noValidate onSubmit={submit} aria-labelledby={`${idPrefix}-title`}>
      <Stack gap="lg">
        <div>
          <Title order={headingOrder} id={`${idPrefix}-title`} fz={{ base: 24, sm: 28 }}>
            {form.title}
          </Title>
          {form.customerName && <Text mt="xs">{t('surveys.answer.greeting', { name: form.customerName })}</Text>}
          {form.intro && (
            <Text mt="xs" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
              {form.intro}
            </Text>
          )}
          {hasRequired && (
            <Text mt="xs" size="sm" c="dimmed">
              {t('surveys.answer.requiredHint')}
            </Text>
          )}
        </div>

        {showSummary && summary.length > 0 && (
          <Alert
            ref={summaryRef}
            tabIndex={-1}
            color="red"
            variant="light"
            role="alert"
            title={t('surveys.answer.summaryTitle', { count: summary.length })}
            data-testid="survey-error-summary"
          >
            <List size="sm" spacing={4}>
              {summary.map(({ q, message }) => {
                const domId = questionDomId(idPrefix, q.id);
                return (
                  <List.Item key={q.id}>
                    <Anchor
                      href={`#${domId}`}
                      size="sm"
                      onClick={(event) => {
                        event.preventDefault();
                        focusQuestion(domId);
                      }}
                    >
                      {q.text || q.id}
                    </Anchor>
                    {': '}
                    {message}
                  </List.Item>
                );
              })}
            </List>
          </Alert>
        )}

        {questions.map((question) => (
          <QuestionField
            key={question.id}
            question={question}
            domId={questionDomId(idPrefix, question.id)}
            value={answers[question.id] ?? undefined}
            onChange={(value) => onAnswer(question.id, value)}
            error={errors[question.id]}
            disabled={disabled}
          />
        ))}
        {questions.length === 0 && <Text c="dimmed">{t('surveys.answer.noQuestions')}</Text>}
        {footer}
      </Stack>
    </form>
  );
}
