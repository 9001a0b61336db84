import {
  Alert,
  Badge,
  Button,
  Grid,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmDialog, problemMessage, type Result, ResultMessage } from '@/components/feedback';
import type { QuestionType, Survey } from '@/lib/api/types';
import { isProblemError } from '@/lib/problem-details';
import { type LifecycleAction, useDeleteSurvey, useSurveyLifecycle, useUpdateSurvey } from '../api/surveys';
import { EditorPreview } from '../components/editor/EditorPreview';
import { LocalizedInputs } from '../components/editor/LocalizedInputs';
import { QuestionEditor } from '../components/editor/QuestionEditor';
import { mapDefinitionErrors } from '../utils/definition-errors';
import {
  type EditorQuestion,
  type EditorState,
  moveQuestion,
  newQuestion,
  removeQuestion,
  renameQuestionId,
  toChangeRequest,
  toEditorState,
  TOUCHPOINT_PATTERN,
  serializeEditorState,
} from '../utils/editor-model';
import { QUESTION_TYPES } from '../utils/questions';
import { useSurveyPage } from './SurveyLayout';

type Confirm = 'close' | 'archive' | 'delete' | null;

interface EditorErrors {
  survey: Record<string, string>;
  /** By question key. */
  questions: Record<string, Record<string, string>>;
  general: string | null;
}

const NO_ERRORS: EditorErrors = { survey: {}, questions: {}, general: null };

const serialize = serializeEditorState;

/** `/surveys/:id/edit`: the draft (texts, questions, display logic), distribution settings and the lifecycle. */
export function SurveyEditorRoute() {
  const { survey, editor, setEditor } = useSurveyPage();
  // Start from the saved survey unless this tab already holds (possibly unsaved) changes.
  const session = useMemo(() => {
    if (editor) return editor;
    const state = toEditorState(survey);
    return { surveyId: survey.id, state, baseline: serialize(state) };
  }, [editor, survey]);
  return (
    <SurveyEditor
      survey={survey}
      state={session.state}
      baseline={session.baseline}
      onChange={(state, baseline) => setEditor({ surveyId: survey.id, state, baseline: baseline ?? session.baseline })}
    />
  );
}

interface SurveyEditorProps {
  survey: Survey;
  state: EditorState;
  baseline: string;
  onChange: (state: EditorState, baseline?: string) => void;
}

function SurveyEditor({ survey, state, baseline, onChange }: SurveyEditorProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateSurvey(survey.id);
  const lifecycle = useSurveyLifecycle(survey.id);
  const remove = useDeleteSurvey(survey.id);
  const [errors, setErrors] = useState<EditorErrors>(NO_ERRORS);
  const [result, setResult] = useState<Result | null>(null);
  const [confirm, setConfirm] = useState<Confirm>(null);
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

  return (
    <>
      <title>{t('surveys.editor.pageTitle', { name: survey.name })}</title>
      <Paper withBorder radius="md" p="sm" mb="md" pos="sticky" top={68} style={{ zIndex: 5 }}>
        <Group justify="space-between" gap="sm">
          <Group gap="xs">
            <Button
              onClick={() => void onSave()}
              loading={update.isPending && !lifecycle.isPending}
              disabled={archived || !dirty || busy}
              data-testid="save-survey"
            >
              {t('common.save')}
            </Button>
            <Button
              variant="light"
              onClick={() => void onPublish()}
              loading={lifecycle.isPending && lifecycle.variables === 'publish'}
              disabled={archived || nothingToPublish || busy}
              data-testid="publish-survey"
            >
              {publishLabel}
            </Button>
            <Text size="sm" c={dirty ? 'yellow.9' : 'dimmed'} aria-live="polite" data-testid="editor-state">
              {archived
                ? t('surveys.editor.archivedReadOnly')
                : dirty
                  ? t('surveys.editor.unsaved')
                  : t('surveys.editor.allSaved')}
            </Text>
          </Group>
          <Group gap="xs">
            {survey.status === 'PUBLISHED' && (
              <Button variant="default" onClick={() => setConfirm('close')} disabled={busy} data-testid="close-survey">
                {t('surveys.editor.close')}
              </Button>
            )}
            {!archived && (
              <Button
                variant="default"
                onClick={() => setConfirm('archive')}
                disabled={busy}
                data-testid="archive-survey"
              >
                {t('surveys.editor.archive')}
              </Button>
            )}
            {survey.publishedVersion == null && (
              <Button
                variant="subtle"
                color="red"
                onClick={() => setConfirm('delete')}
                disabled={busy}
                data-testid="delete-survey"
              >
                {t('surveys.editor.delete')}
              </Button>
            )}
          </Group>
        </Group>
      </Paper>
      <ResultMessage result={result} onClose={() => setResult(null)} />
      {errors.general && (
        <Alert
          color="red"
          variant="light"
          role="alert"
          title={t('surveys.editor.saveFailed')}
          mb="md"
          data-testid="editor-errors"
        >
          {errors.general}
        </Alert>
      )}
      {archived && (
        <Alert color="gray" variant="light" mb="md">
          {t('surveys.editor.archivedText')}
        </Alert>
      )}

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <form
            ref={formRef}
            noValidate
            aria-label={t('surveys.editor.formLabel')}
            onSubmit={(event) => {
              event.preventDefault();
              void onSave();
            }}
          >
            <Stack gap="lg">
              <Paper withBorder radius="md" p="md">
                <Stack gap="sm">
                  <Title order={2} size="h4">
                    {t('surveys.editor.settingsTitle')}
                  </Title>
                  <Group grow align="flex-start" wrap="wrap">
                    <TextInput
                      label={t('surveys.fields.name')}
                      description={t('surveys.create.nameHint')}
                      required
                      maxLength={200}
                      value={state.name}
                      onChange={(e) => set({ name: e.currentTarget.value }, ['name'])}
                      error={errors.survey.name}
                      disabled={archived}
                      data-testid="survey-name-input"
                    />
                    <TextInput
                      label={t('surveys.fields.touchpoint')}
                      description={t('surveys.editor.touchpointHint')}
                      required
                      maxLength={60}
                      value={state.touchpoint}
                      onChange={(e) =>
                        set({ touchpoint: e.currentTarget.value.toLowerCase().replace(/\s+/g, '-') }, ['touchpoint'])
                      }
                      error={errors.survey.touchpoint}
                      disabled={archived}
                    />
                  </Group>
                  {survey.audience === 'CUSTOMER' && (
                    <Switch
                      label={t('surveys.editor.publicLinkEnabled')}
                      description={t('surveys.editor.publicLinkHint')}
                      checked={state.publicLinkEnabled}
                      onChange={(e) => set({ publicLinkEnabled: e.currentTarget.checked }, ['publicLinkEnabled'])}
                      error={errors.survey.publicLinkEnabled}
                      disabled={archived}
                      data-testid="public-link-enabled"
                    />
                  )}
                  <Group grow align="flex-start" wrap="wrap">
                    {survey.audience === 'CUSTOMER' && (
                      <NumberInput
                        label={t('surveys.editor.responseQuota')}
                        description={t('surveys.editor.responseQuotaHint')}
                        min={1}
                        allowDecimal={false}
                        allowNegative={false}
                        value={state.responseQuota}
                        onChange={(value) =>
                          set({ responseQuota: value === '' ? '' : String(value) }, ['responseQuota'])
                        }
                        error={errors.survey.responseQuota}
                        disabled={archived}
                      />
                    )}
                    <TextInput
                      type="datetime-local"
                      label={t('surveys.editor.closesAt')}
                      description={t('surveys.editor.closesAtHint')}
                      value={state.closesAt}
                      onChange={(e) => set({ closesAt: e.currentTarget.value }, ['closesAt'])}
                      error={errors.survey.closesAt}
                      disabled={archived}
                    />
                  </Group>
                </Stack>
              </Paper>

              <Paper withBorder radius="md" p="md">
                <Stack gap="sm">
                  <Title order={2} size="h4">
                    {t('surveys.editor.textsTitle')}
                  </Title>
                  <LocalizedInputs
                    label={t('surveys.editor.surveyTitle')}
                    value={state.title}
                    requiredEnglish
                    maxLength={300}
                    disabled={archived}
                    errors={{ en: errors.survey['title.en'], de: errors.survey['title.de'] }}
                    onChange={(language, text) =>
                      set({ title: { ...state.title, [language]: text } }, [`title.${language}`])
                    }
                    testId="survey-title"
                  />
                  <LocalizedInputs
                    label={t('surveys.editor.intro')}
                    value={state.intro}
                    multiline
                    maxLength={2000}
                    disabled={archived}
                    errors={{ en: errors.survey['intro.en'], de: errors.survey['intro.de'] }}
                    onChange={(language, text) =>
                      set({ intro: { ...state.intro, [language]: text } }, [`intro.${language}`])
                    }
                  />
                </Stack>
              </Paper>

              <Stack gap="sm">
                <Group justify="space-between">
                  <Title order={2} size="h4">
                    {t('surveys.editor.questionsTitle')}
                  </Title>
                  <Badge variant="default">
                    {t('surveys.editor.questionCount', { count: state.questions.length })}
                  </Badge>
                </Group>
                {errors.survey.questions && (
                  <Alert
                    color="red"
                    variant="light"
                    role="alert"
                    tabIndex={-1}
                    data-error-anchor
                    data-testid="questions-error"
                  >
                    {errors.survey.questions}
                  </Alert>
                )}
                {state.questions.length === 0 && (
                  <Text c="dimmed" data-testid="no-questions">
                    {t('surveys.editor.noQuestions')}
                  </Text>
                )}
                {state.questions.map((question, index) => (
                  <QuestionEditor
                    key={question.key}
                    question={question}
                    index={index}
                    count={state.questions.length}
                    earlier={state.questions.slice(0, index)}
                    errors={errors.questions[question.key] ?? {}}
                    disabled={archived}
                    onChange={(changed, keys) => {
                      clearQuestionErrors(question.key, keys);
                      setQuestions(state.questions.map((q) => (q.key === question.key ? changed : q)));
                    }}
                    onRename={(id) => {
                      clearQuestionErrors(question.key, ['id']);
                      setQuestions(renameQuestionId(state.questions, question.key, id));
                    }}
                    onMove={(delta) => setQuestions(moveQuestion(state.questions, index, delta))}
                    onRemove={() => setQuestions(removeQuestion(state.questions, question.key))}
                  />
                ))}
                <Paper withBorder radius="md" p="sm" bg="gray.0">
                  <Group align="flex-end" gap="sm">
                    <NativeSelect
                      label={t('surveys.editor.newQuestionType')}
                      value={newType}
                      onChange={(e) => setNewType(e.currentTarget.value as QuestionType)}
                      data={QUESTION_TYPES.map((type) => ({ value: type, label: t(`surveys.types.${type}`) }))}
                      disabled={archived}
                    />
                    <Button
                      onClick={addQuestion}
                      disabled={archived || state.questions.length >= 100}
                      data-testid="add-question"
                    >
                      {t('surveys.editor.addQuestion')}
                    </Button>
                  </Group>
                </Paper>
              </Stack>
            </Stack>
          </form>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <div style={{ position: 'sticky', top: 140 }}>
            <EditorPreview state={state} />
          </div>
        </Grid.Col>
      </Grid>

      <ConfirmDialog
        opened={confirm === 'close' || confirm === 'archive'}
        title={
          confirm === 'archive' ? t('surveys.editor.confirm.archiveTitle') : t('surveys.editor.confirm.closeTitle')
        }
        message={
          confirm === 'archive' ? t('surveys.editor.confirm.archiveText') : t('surveys.editor.confirm.closeText')
        }
        confirmLabel={confirm === 'archive' ? t('surveys.editor.archive') : t('surveys.editor.close')}
        busy={lifecycle.isPending}
        error={lifecycle.error && confirm ? problemMessage(lifecycle.error, t) : null}
        onCancel={() => {
          setConfirm(null);
          lifecycle.reset();
        }}
        onConfirm={() => {
          if (confirm === 'close' || confirm === 'archive') runLifecycle(confirm);
        }}
      />
      <ConfirmDialog
        opened={confirm === 'delete'}
        title={t('surveys.editor.confirm.deleteTitle', { name: survey.name })}
        message={t('surveys.editor.confirm.deleteText')}
        confirmLabel={t('surveys.editor.delete')}
        busy={remove.isPending}
        error={remove.error ? problemMessage(remove.error, t) : null}
        onCancel={() => {
          setConfirm(null);
          remove.reset();
        }}
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => void navigate('/surveys', { replace: true }) })}
      />
    </>
  );
}
