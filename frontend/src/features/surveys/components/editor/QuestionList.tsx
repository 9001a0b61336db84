import { Alert, Badge, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { QuestionType } from '@/lib/api/types';
import type { SurveyEditorModel } from '../../hooks/useSurveyEditor';
import { moveQuestion, removeQuestion, renameQuestionId } from '../../utils/editor-model';
import { QUESTION_TYPES } from '../../utils/questions';
import { QuestionEditor } from './QuestionEditor';

/** The questions, each in its editor, and adding one of a chosen type. */
export function QuestionList({ editor }: { editor: SurveyEditorModel }) {
  const { t } = useTranslation('surveys');
  const { state, errors, archived, setQuestions, clearQuestionErrors, newType, setNewType, addQuestion } = editor;
  return (
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
  );
}
