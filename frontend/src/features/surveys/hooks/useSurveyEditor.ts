import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage, type Result } from '@/components/feedback';
import type { QuestionType, Survey } from '@/lib/api/types';
import { isProblemError } from '@/lib/problem-details';
import { type LifecycleAction, useDeleteSurvey, useSurveyLifecycle, useUpdateSurvey } from '../api/surveys';
import { mapDefinitionErrors } from '../utils/definition-errors';
import {
  type EditorQuestion,
  type EditorState,
  newQuestion,
  serializeEditorState,
  toChangeRequest,
  TOUCHPOINT_PATTERN,
} from '../utils/editor-model';

export type EditorConfirm = 'close' | 'archive' | 'delete' | null;

export interface EditorErrors {
  survey: Record<string, string>;
  /** By question key. */
  questions: Record<string, Record<string, string>>;
  general: string | null;
}

const NO_ERRORS: EditorErrors = { survey: {}, questions: {}, general: null };

const serialize = serializeEditorState;

export interface SurveyEditorOptions {
  survey: Survey;
  state: EditorState;
  baseline: string;
  onChange: (state: EditorState, baseline?: string) => void;
}

/**
 * The survey editor's state and actions: the draft's changes (kept by the caller across tabs), errors of the last
 * save or publish by field and question, the lifecycle (publish, close, archive, delete) and its confirmation.
 */
export function useSurveyEditor({ survey, state, baseline, onChange }: SurveyEditorOptions) {
  const { t } = useTranslation('surveys');
  const update = useUpdateSurvey(survey.id);
  const lifecycle = useSurveyLifecycle(survey.id);
  const remove = useDeleteSurvey(survey.id);
  const [errors, setErrors] = useState<EditorErrors>(NO_ERRORS);
  const [result, setResult] = useState<Result | null>(null);
  const [confirm, setConfirm] = useState<EditorConfirm>(null);
  const [newType, setNewType] = useState<QuestionType>('NPS');
  const formRef = useRef<HTMLFormElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);

  // The newest state, for after an await: typing during a save must not be undone by it.
  const latest = useRef(state);
  latest.current = state;

  const archived = survey.status === 'ARCHIVED';
  const dirty = serialize(state) !== baseline;
  const busy = update.isPending || lifecycle.isPending;

  // Don't lose unsaved work to a reload or a closed tab.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  // Focus the first invalid field after errors rendered.
  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-error-anchor]')?.focus?.();
  }, [focusRequest]);

  const set = (patch: Partial<EditorState>, clearSurveyKeys: string[] = []) => {
    onChange({ ...state, ...patch });
    if (clearSurveyKeys.some((key) => errors.survey[key])) {
      setErrors((current) => {
        const surveyErrors = { ...current.survey };
        clearSurveyKeys.forEach((key) => delete surveyErrors[key]);
        return { ...current, survey: surveyErrors };
      });
    }
  };

  const setQuestions = (questions: EditorQuestion[]) => set({ questions }, ['questions']);

  const clearQuestionErrors = (key: string, keys: string[]) => {
    const current = errors.questions[key];
    if (!current || !keys.some((k) => current[k])) return;
    setErrors((previous) => {
      const next = { ...(previous.questions[key] ?? {}) };
      keys.forEach((k) => delete next[k]);
      return { ...previous, questions: { ...previous.questions, [key]: next } };
    });
  };

  /** Client checks the server would make anyway, for a quicker answer. */
  const validateLocally = (): boolean => {
    const survey: Record<string, string> = {};
    if (!state.name.trim()) survey.name = t('validation.required');
    if (!TOUCHPOINT_PATTERN.test(state.touchpoint.trim())) survey.touchpoint = t('surveys.editor.touchpointPattern');
    const quota = state.responseQuota.trim();
    if (quota && !(Number.isInteger(Number(quota)) && Number(quota) > 0))
      survey.responseQuota = t('surveys.editor.quotaPositive');
    if (Object.keys(survey).length === 0) return true;
    setErrors({ ...NO_ERRORS, survey });
    setFocusRequest((n) => n + 1);
    return false;
  };

  /** Shows a failed save or publish: survey fields, each question's fields, the rest on top. */
  const showProblem = (error: unknown, sentKeys: string[]) => {
    if (!isProblemError(error)) {
      setErrors({ ...NO_ERRORS, general: problemMessage(error, t) });
      return;
    }
    const mapped = mapDefinitionErrors(error.errors);
    const questions: Record<string, Record<string, string>> = {};
    const unmatched = [...mapped.unmatched];
    for (const [index, questionErrors] of Object.entries(mapped.questions)) {
      const key = sentKeys[Number(index)];
      if (key) questions[key] = questionErrors;
      else
        unmatched.push(...Object.values(questionErrors).map((message) => ({ field: `questions[${index}]`, message })));
    }
    const located = Object.keys(mapped.survey).length > 0 || Object.keys(questions).length > 0;
    const general =
      !located || unmatched.length > 0
        ? problemMessage(
            error,
            t,
            unmatched.map((e) => e.message),
          )
        : t('surveys.editor.fixErrors');
    setErrors({ survey: mapped.survey, questions, general });
    setFocusRequest((n) => n + 1);
  };

  /** Saves when there are changes; false when saving failed (errors shown). */
  const save = async (): Promise<boolean> => {
    setResult(null);
    if (!dirty) return true;
    if (!validateLocally()) return false;
    const sentKeys = state.questions.map((q) => q.key);
    const request = toChangeRequest(state);
    try {
      await update.mutateAsync(request);
      setErrors(NO_ERRORS);
      onChange(latest.current, JSON.stringify(request));
      return true;
    } catch (error) {
      showProblem(error, sentKeys);
      return false;
    }
  };

  const onSave = async () => {
    if (await save()) setResult({ kind: 'success', text: t('surveys.editor.saved') });
  };

  const onPublish = async () => {
    if (!(await save())) return;
    const sentKeys = state.questions.map((q) => q.key);
    try {
      const published = await lifecycle.mutateAsync('publish');
      setErrors(NO_ERRORS);
      setResult({
        kind: 'success',
        text: t('surveys.editor.published', { version: published.publishedVersion ?? '' }),
      });
    } catch (error) {
      showProblem(error, sentKeys);
    }
  };

  const runLifecycle = (action: Exclude<LifecycleAction, 'publish'>) => {
    lifecycle.mutate(action, {
      onSuccess: () => {
        setConfirm(null);
        setResult({ kind: 'success', text: t(`surveys.editor.done.${action}`) });
      },
    });
  };

  const addQuestion = () => {
    const question = newQuestion(state.questions, newType);
    setQuestions([...state.questions, question]);
    // Focus the new question's text once it rendered.
    setTimeout(() => {
      document
        .querySelector<HTMLElement>(
          `[data-testid="question-editor-${state.questions.length}"] textarea, [data-testid="question-editor-${state.questions.length}"] input`,
        )
        ?.focus();
    }, 0);
  };

  const publishLabel =
    survey.status === 'CLOSED' && !survey.draftChanged && !dirty
      ? t('surveys.editor.reopen')
      : survey.publishedVersion != null
        ? t('surveys.editor.publishChanges')
        : t('surveys.editor.publish');
  const nothingToPublish = survey.status === 'PUBLISHED' && !survey.draftChanged && !dirty;

  return {
    survey,
    state,
    errors,
    result,
    setResult,
    confirm,
    setConfirm,
    newType,
    setNewType,
    formRef,
    archived,
    dirty,
    busy,
    update,
    lifecycle,
    remove,
    set,
    setQuestions,
    clearQuestionErrors,
    onSave,
    onPublish,
    runLifecycle,
    addQuestion,
    publishLabel,
    nothingToPublish,
  };
}

export type SurveyEditorModel = ReturnType<typeof useSurveyEditor>;
