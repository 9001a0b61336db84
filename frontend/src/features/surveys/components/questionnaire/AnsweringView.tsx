import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Submitted, SurveyForm } from '@/lib/api/types';
import type { AnswerTarget } from '../../api/answering';
import { type AnswerError, useAnswering } from '../../hooks/useAnswering';
import { Questionnaire } from './Questionnaire';

export interface AnsweringViewProps {
  target: AnswerTarget;
  form: SurveyForm;
  idPrefix: string;
  /** Shown above the questions (e.g. that staff answers are anonymous). */
  note?: ReactNode;
  /** Shown under the thank-you message (e.g. a link back). */
  afterSubmit?: ReactNode;
  onSubmitted?: (submitted: Submitted) => void;
}

/** Answering a survey from the first question to the thank-you page, for public links and staff surveys. */
export function AnsweringView({ target, form, idPrefix, note, afterSubmit, onSubmitted }: AnsweringViewProps) {
  const { t } = useTranslation('surveys');
  const answering = useAnswering(target, onSubmitted);
  const { outcome } = answering;
  const language = form.language === 'de' ? 'de' : 'en';

  if (outcome?.kind === 'submitted') return <ThankYou>{afterSubmit}</ThankYou>;
  if (outcome?.kind === 'already') {
    return (
      <FinalMessage
        testId="survey-already-answered"
        title={t('surveys.answer.alreadyTitle')}
        text={t('surveys.answer.alreadyText')}
      >
        {afterSubmit}
      </FinalMessage>
    );
  }
  if (outcome?.kind === 'closed') {
    return (
      <FinalMessage
        testId="survey-closed"
        title={t('surveys.answer.closedTitle')}
        text={t('surveys.answer.closedText')}
      >
        {afterSubmit}
      </FinalMessage>
    );
  }

  const errorText = (error: AnswerError) => (error.kind === 'required' ? t('surveys.answer.required') : error.message);
  const errors: Record<string, string> = Object.fromEntries(
    Object.entries(answering.errors).map(([id, error]) => [id, errorText(error)]),
  );
  const waiting = outcome?.kind === 'rateLimited' && outcome.seconds > 0;

  const footer = (
    <Stack gap="sm">
      <div aria-live="polite">
        {outcome?.kind === 'retryable' && (
          <Alert color="orange" variant="light" title={t('surveys.answer.notSentTitle')} data-testid="survey-retry">
            {t('surveys.answer.notSentText')}
          </Alert>
        )}
        {outcome?.kind === 'rateLimited' && (
          <Alert
            color="orange"
            variant="light"
            title={t('surveys.answer.tooManyTitle')}
            data-testid="survey-rate-limited"
          >
            {waiting ? t('surveys.answer.tooManyText', { count: outcome.seconds }) : t('surveys.answer.tooManyDone')}
          </Alert>
        )}
        {outcome?.kind === 'rejected' && (
          <Alert color="red" variant="light" title={t('surveys.answer.rejectedTitle')} role="alert">
            {outcome.messages.join(' ')}
          </Alert>
        )}
      </div>
      <Group>
        <Button type="submit" size="md" loading={answering.submitting} disabled={waiting} data-testid="survey-submit">
          {outcome?.kind === 'retryable' ? t('surveys.answer.retry') : t('surveys.answer.submit')}
        </Button>
      </Group>
    </Stack>
  );

  return (
    <Stack gap="lg">
      {note}
      <Questionnaire
        form={form}
        answers={answering.answers}
        onAnswer={answering.onAnswer}
        errors={errors}
        showSummary={answering.showSummary}
        summaryRef={answering.summaryRef}
        onSubmit={() => void answering.send(form.questions, language)}
        footer={footer}
        idPrefix={idPrefix}
      />
    </Stack>
  );
}

function ThankYou({ children }: { children?: ReactNode }) {
  const { t } = useTranslation('surveys');
  return (
    <FinalMessage
      testId="survey-thank-you"
      title={t('surveys.answer.thanksTitle')}
      text={t('surveys.answer.thanksText')}
    >
      {children}
    </FinalMessage>
  );
}

/** The end of answering (thanks, already answered, closed): focus moves to the heading so it is read out. */
function FinalMessage({
  testId,
  title,
  text,
  children,
}: {
  testId: string;
  title: string;
  text: string;
  children?: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Stack gap="sm" data-testid={testId} py="xl" role="status">
      <Title order={1} ref={heading} tabIndex={-1} fz={{ base: 24, sm: 28 }} style={{ outline: 'none' }}>
        {title}
      </Title>
      <Text>{text}</Text>
      {children}
    </Stack>
  );
}
