import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Fieldset,
  Group,
  NativeSelect,
  Stack,
  Switch,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { QuestionType } from '@/lib/api/types';
import { questionFieldError } from '../../utils/definition-errors';
import {
  changeType,
  type EditorCondition,
  type EditorQuestion,
  SURVEY_LANGUAGES,
  type SurveyLanguage,
} from '../../utils/editor-model';
import { isChoiceType, QUESTION_TYPES } from '../../utils/questions';
import { DisplayLogicEditor } from './DisplayLogicEditor';
import { ChoiceOptionsEditor, RatingScaleFields } from './QuestionTypeFields';
import { LocalizedInputs } from './LocalizedInputs';

export interface QuestionEditorProps {
  question: EditorQuestion;
  index: number;
  count: number;
  earlier: readonly EditorQuestion[];
  /** Server errors of this question: normalized sub-path ("" = the question) -> message. */
  errors: Record<string, string>;
  onChange: (question: EditorQuestion, changedErrorKeys: string[]) => void;
  onRename: (id: string) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  disabled?: boolean;
}

/** The error keys this editor shows at a field; other errors of the question are listed on top of it. */
function shownKeys(question: EditorQuestion): Set<string> {
  const keys = [
    'id',
    'type',
    'text',
    'text.en',
    'text.de',
    'required',
    'showIf',
    'showIf.question',
    'showIf.operator',
    'showIf.value',
    'showIf.values',
  ];
  if (question.type === 'RATING') keys.push('scale', 'scale.min', 'scale.max');
  if (isChoiceType(question.type)) {
    keys.push('options');
    question.options.forEach((_, o) =>
      keys.push(`options.${o}.id`, `options.${o}.text`, `options.${o}.text.en`, `options.${o}.text.de`),
    );
  }
  return new Set(keys);
}

export function QuestionEditor({
  question,
  index,
  count,
  earlier,
  errors,
  onChange,
  onRename,
  onMove,
  onRemove,
  disabled,
}: QuestionEditorProps) {
  const { t } = useTranslation('surveys');
  const number = index + 1;
  const shown = shownKeys(question);
  const other = Object.entries(errors).filter(([key]) => !shown.has(key));
  const textErrors = (prefix: string) =>
    Object.fromEntries(SURVEY_LANGUAGES.map((l) => [l, questionFieldError(errors, `${prefix}.${l}`)])) as Partial<
      Record<SurveyLanguage, string>
    >;

  const update = (patch: Partial<EditorQuestion>, keys: string[]) => onChange({ ...question, ...patch }, keys);
  const typeFields = { question, index, errors, disabled, update, textErrors };

  const legend = (
    <Group gap="xs">
      <Text fw={700}>{t('surveys.editor.questionNumber', { number })}</Text>
      <Badge variant="light" size="sm">
        {t(`surveys.types.${question.type}`)}
      </Badge>
      {question.showIf && (
        <Badge variant="dot" size="sm" color="grape">
          {t('surveys.editor.logic.badge')}
        </Badge>
      )}
    </Group>
  );

  return (
    <Fieldset legend={legend} radius="md" data-testid={`question-editor-${index}`} data-question-id={question.id}>
      <Stack gap="sm">
        <Group justify="flex-end" gap={4} mt={-8}>
          <Tooltip label={t('surveys.editor.moveUp')}>
            <ActionIcon
              variant="subtle"
              onClick={() => onMove(-1)}
              disabled={disabled || index === 0}
              aria-label={t('surveys.editor.moveUpFor', { number })}
            >
              <span aria-hidden="true">↑</span>
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('surveys.editor.moveDown')}>
            <ActionIcon
              variant="subtle"
              onClick={() => onMove(1)}
              disabled={disabled || index === count - 1}
              aria-label={t('surveys.editor.moveDownFor', { number })}
            >
              <span aria-hidden="true">↓</span>
            </ActionIcon>
          </Tooltip>
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            onClick={onRemove}
            disabled={disabled}
            aria-label={t('surveys.editor.removeFor', { number })}
          >
            {t('surveys.editor.remove')}
          </Button>
        </Group>
        {(errors[''] || other.length > 0) && (
          <Alert
            color="red"
            variant="light"
            p="xs"
            tabIndex={-1}
            data-error-anchor
            data-testid={`question-errors-${index}`}
          >
            {[errors[''], ...other.filter(([key]) => key !== '').map(([key, message]) => `${key}: ${message}`)]
              .filter(Boolean)
              .join(' · ')}
          </Alert>
        )}
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            label={t('surveys.editor.questionId')}
            description={t('surveys.editor.questionIdHint')}
            required
            maxLength={40}
            value={question.id}
            onChange={(event) => onRename(event.currentTarget.value)}
            error={errors.id}
            disabled={disabled}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          />
          <NativeSelect
            label={t('surveys.editor.type')}
            value={question.type}
            onChange={(event) =>
              onChange(changeType(question, event.currentTarget.value as QuestionType), ['type', 'options', 'scale'])
            }
            data={QUESTION_TYPES.map((type) => ({ value: type, label: t(`surveys.types.${type}`) }))}
            error={errors.type}
            disabled={disabled}
          />
        </Group>
        <Text size="xs" c="dimmed">
          {t(`surveys.typeHints.${question.type}`)}
        </Text>
        <LocalizedInputs
          label={t('surveys.editor.questionText')}
          value={question.text}
          requiredEnglish
          multiline
          maxLength={500}
          disabled={disabled}
          errors={textErrors('text')}
          onChange={(language, text) =>
            update({ text: { ...question.text, [language]: text } }, ['text', `text.${language}`])
          }
        />
        <Switch
          label={t('surveys.editor.required')}
          checked={question.required}
          onChange={(event) => update({ required: event.currentTarget.checked }, ['required'])}
          disabled={disabled}
        />

        {question.type === 'RATING' && <RatingScaleFields {...typeFields} />}

        {isChoiceType(question.type) && <ChoiceOptionsEditor {...typeFields} />}

        <DisplayLogicEditor
          question={question}
          earlier={earlier}
          errors={errors}
          disabled={disabled}
          onChange={(showIf: EditorCondition | null) =>
            update({ showIf }, ['showIf', 'showIf.question', 'showIf.operator', 'showIf.value', 'showIf.values'])
          }
        />
      </Stack>
    </Fieldset>
  );
}
