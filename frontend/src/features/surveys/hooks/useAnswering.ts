import { useEffect, useRef, useState } from 'react';
import type { AnswerValue, FormQuestion, Submitted } from '@/lib/api/types';
import { isProblemError } from '@/lib/problem-details';
import { newSubmissionId } from '@/lib/submission-id';
import { type AnswerTarget, useSubmitAnswers } from '../api/answering';
import { answerErrorQuestionId, missingRequired, serializeAnswers } from '../utils/answers';
import type { Answers } from '../utils/display-logic';

/** A question's error: "required" (translated when shown) or the server's message. */
export type AnswerError = { kind: 'required' } | { kind: 'server'; message: string };

/** What happened to the last submit attempt. */
export type Outcome =
  | { kind: 'submitted'; submitted: Submitted }
  | { kind: 'already' }
  | { kind: 'closed'; detail?: string }
  | { kind: 'rateLimited'; seconds: number }
  /** No answer from the server or a server error: the answers stay, retrying sends the same submission id. */
  | { kind: 'retryable' }
  | { kind: 'rejected'; messages: string[] };

/**
 * The state of answering a questionnaire: answers, client and server errors, and submitting with one
 * submission id per filled-in form (kept for retries, so a retry after a lost answer is stored once).
 */
export function useAnswering(target: AnswerTarget, onSubmitted?: (submitted: Submitted) => void) {
  const submit = useSubmitAnswers(target);
  // One id per filled-in form: a retry of a submission whose answer got lost is stored only once.
  const [submissionId] = useState(newSubmissionId);
  const [answers, setAnswers] = useState<Record<string, AnswerValue | undefined>>({});
  const [errors, setErrors] = useState<Record<string, AnswerError>>({});
  const [showSummary, setShowSummary] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [focusSummary, setFocusSummary] = useState(0);

  useEffect(() => {
    if (focusSummary > 0) summaryRef.current?.focus();
  }, [focusSummary]);

  // 429: count down the Retry-After seconds, then allow another attempt.
  const waiting = outcome?.kind === 'rateLimited' ? outcome.seconds : 0;
  useEffect(() => {
    if (waiting <= 0) return;
    const timer = setTimeout(
      () =>
        setOutcome((current) =>
          current?.kind === 'rateLimited' ? { ...current, seconds: current.seconds - 1 } : current,
        ),
      1000,
    );
    return () => clearTimeout(timer);
  }, [waiting]);

  const onAnswer = (questionId: string, value: AnswerValue) => {
    setAnswers((current) => ({ ...current, [questionId]: value }));
    setErrors((current) => {
      if (!current[questionId]) return current;
      const next = { ...current };
      delete next[questionId];
      return next;
    });
  };

  const send = async (questions: readonly FormQuestion[], language: 'en' | 'de') => {
    if (submit.isPending || waiting > 0) return;
    const missing = missingRequired(questions, answers as Answers);
    if (missing.length > 0) {
      setErrors(Object.fromEntries(missing.map((id) => [id, { kind: 'required' } as AnswerError])));
      setShowSummary(true);
      setOutcome(null);
      setFocusSummary((n) => n + 1);
      return;
    }
    setErrors({});
    setShowSummary(false);
    setOutcome(null);
    try {
      const submitted = await submit.mutateAsync({
        submissionId,
        language,
        answers: serializeAnswers(questions, answers as Answers),
      });
      setOutcome({ kind: 'submitted', submitted });
      onSubmitted?.(submitted);
    } catch (error) {
      if (!isProblemError(error) || error.isNetworkError || error.status >= 500) {
        setOutcome({ kind: 'retryable' });
      } else if (error.status === 409) {
        setOutcome({ kind: 'already' });
      } else if (error.status === 410 || error.status === 404) {
        setOutcome({ kind: 'closed', detail: error.detail });
      } else if (error.status === 429) {
        setOutcome({ kind: 'rateLimited', seconds: error.retryAfterSeconds ?? 60 });
      } else {
        const byQuestion: Record<string, AnswerError> = {};
        const general: string[] = [];
        const known = new Set(questions.map((q) => q.id));
        for (const fieldError of error.errors) {
          const id = answerErrorQuestionId(fieldError.field);
          if (id && known.has(id)) byQuestion[id] ??= { kind: 'server', message: fieldError.message };
          else general.push(fieldError.message);
        }
        setErrors(byQuestion);
        setShowSummary(Object.keys(byQuestion).length > 0);
        if (general.length > 0 || Object.keys(byQuestion).length === 0) {
          setOutcome({ kind: 'rejected', messages: general.length > 0 ? general : [error.detail ?? error.title] });
        }
        setFocusSummary((n) => n + 1);
      }
    }
  };

  return {
    answers: answers as Answers,
    onAnswer,
    errors,
    showSummary,
    summaryRef,
    outcome,
    submitting: submit.isPending,
    send,
    submissionId,
  };
}
