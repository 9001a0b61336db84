import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SURVEY_LANGUAGES, type SurveyLanguage, type Texts } from '../../utils/editor-model';

export interface LocalizedInputsProps {
  /** Field label without language, e.g. "Question text". */
  label: string;
  value: Texts;
  onChange: (language: SurveyLanguage, text: string) => void;
  errors?: Partial<Record<SurveyLanguage, string>>;
  /** English is required for texts the survey needs (titles, question texts, options). */
  requiredEnglish?: boolean;
  multiline?: boolean;
  maxLength?: number;
  disabled?: boolean;
  testId?: string;
}

/** One input per survey language (English, German) side by side. */
export function LocalizedInputs({
  label,
  value,
  onChange,
  errors = {},
  requiredEnglish = false,
  multiline = false,
  maxLength,
  disabled,
  testId,
}: LocalizedInputsProps) {
  const { t } = useTranslation('surveys');
  const Input = multiline ? Textarea : TextInput;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      {SURVEY_LANGUAGES.map((language) => (
        <Input
          key={language}
          label={t('surveys.editor.inLanguage', { label, language: t(`language.${language}`) })}
          required={language === 'en' && requiredEnglish}
          value={value[language]}
          onChange={(event) => onChange(language, event.currentTarget.value)}
          error={errors[language]}
          maxLength={maxLength}
          disabled={disabled}
          lang={language}
          data-testid={testId ? `${testId}-${language}` : undefined}
          {...(multiline ? { autosize: true, minRows: 2 } : {})}
        />
      ))}
    </SimpleGrid>
  );
}
