import { Alert, Button, Group, Modal, NativeSelect, Radio, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '@/components/feedback';
import type { NewSurveyRequest, Survey, SurveyAudience } from '@/lib/api/types';
import { currentLanguage } from '@/lib/i18n';
import { isProblemError, mapProblemToFields } from '@/lib/problem-details';
import { useCreateSurvey, useSurveyTemplates } from '../api/surveys';
import { TOUCHPOINT_PATTERN } from '../utils/editor-model';
import { localized } from '../utils/questions';

const FIELDS = ['name', 'template', 'audience', 'touchpoint'] as const;
type Field = (typeof FIELDS)[number];
const SCRATCH = 'scratch';

export interface NewSurveyDialogProps {
  onClose: () => void;
  onCreated: (survey: Survey) => void;
}

/** Name a new survey and start from a template (NPS, CSAT, CES, staff self-assessment) or from scratch. */
export function NewSurveyDialog({ onClose, onCreated }: NewSurveyDialogProps) {
  const { t } = useTranslation('surveys');
  const templates = useSurveyTemplates();
  const create = useCreateSurvey();
  const [name, setName] = useState('');
  const [start, setStart] = useState<string>('');
  const [audience, setAudience] = useState<SurveyAudience>('CUSTOMER');
  const [touchpoint, setTouchpoint] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const language = currentLanguage();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    setGeneral(null);
    const next: Partial<Record<Field, string>> = {};
    const trimmedName = name.trim();
    if (!trimmedName) next.name = t('validation.required');
    else if (trimmedName.length > 200) next.name = t('validation.maxLength', { max: 200 });
    if (!start) next.template = t('surveys.create.chooseStart');
    const trimmedTouchpoint = touchpoint.trim();
    if (start === SCRATCH && trimmedTouchpoint && !TOUCHPOINT_PATTERN.test(trimmedTouchpoint)) {
      next.touchpoint = t('surveys.editor.touchpointPattern');
    }
    setErrors(next);
    if (Object.keys(next).length > 0) return;

    const request: NewSurveyRequest =
      start === SCRATCH
        ? { name: trimmedName, audience, ...(trimmedTouchpoint ? { touchpoint: trimmedTouchpoint } : {}) }
        : { name: trimmedName, template: start };
    try {
      onCreated(await create.mutateAsync(request));
    } catch (error) {
      if (!isProblemError(error)) throw error;
      const { fieldErrors, unmatched } = mapProblemToFields(error, FIELDS);
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0 || unmatched.length > 0) {
        setGeneral(
          problemMessage(
            error,
            t,
            unmatched.map((e) => e.message),
          ),
        );
      }
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('surveys.create.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form noValidate onSubmit={onSubmit} aria-label={t('surveys.create.title')}>
        <Stack gap="md">
          {general && (
            <Alert color="red" variant="light" role="alert" title={t('surveys.create.failed')}>
              {general}
            </Alert>
          )}
          <TextInput
            label={t('surveys.fields.name')}
            description={t('surveys.create.nameHint')}
            required
            maxLength={200}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            data-autofocus
          />
          <Radio.Group
            label={t('surveys.create.start')}
            required
            value={start}
            onChange={setStart}
            error={errors.template}
          >
            <Stack gap="xs" mt="xs">
              {templates.isPending && (
                <Text size="sm" c="dimmed">
                  {t('surveys.create.templatesLoading')}
                </Text>
              )}
              {templates.isError && (
                <Text size="sm" c="red.8">
                  {t('surveys.create.templatesFailed')}
                </Text>
              )}
              {templates.data?.map((template) => (
                <Radio
                  key={template.key}
                  value={template.key}
                  label={localized(template.name, language)}
                  description={t('surveys.create.templateHint', {
                    audience: t(`surveys.audience.${template.audience}`),
                    count: template.definition.questions.length,
                  })}
                  data-testid={`template-${template.key}`}
                />
              ))}
              <Radio
                value={SCRATCH}
                label={t('surveys.create.scratch')}
                description={t('surveys.create.scratchHint')}
                data-testid="template-scratch"
              />
            </Stack>
          </Radio.Group>
          {start === SCRATCH && (
            <Group grow align="flex-start">
              <NativeSelect
                label={t('surveys.fields.audience')}
                value={audience}
                onChange={(e) => setAudience(e.currentTarget.value as SurveyAudience)}
                data={(['CUSTOMER', 'STAFF'] as const).map((value) => ({
                  value,
                  label: t(`surveys.audience.${value}`),
                }))}
                error={errors.audience}
              />
              <TextInput
                label={t('surveys.fields.touchpoint')}
                description={t('surveys.editor.touchpointHint')}
                placeholder="general"
                maxLength={60}
                value={touchpoint}
                onChange={(e) => setTouchpoint(e.currentTarget.value.toLowerCase())}
                error={errors.touchpoint}
              />
            </Group>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="create-survey-submit">
              {t('surveys.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
