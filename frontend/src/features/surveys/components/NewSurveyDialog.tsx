import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, NativeSelect, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { problemMessage } from '@/components/feedback';
import type { NewSurveyRequest, Survey, SurveyAudience } from '@/lib/api/types';
import { applyProblemToForm, fieldErrorText, groupFocusRef, messageKey } from '@/lib/forms';
import { currentLanguage } from '@/lib/i18n';
import { isProblemError } from '@/lib/problem-details';
import { useCreateSurvey, useSurveyTemplates } from '../api/surveys';
import { TOUCHPOINT_PATTERN } from '../utils/editor-model';
import { localized } from '../utils/questions';

const FIELDS = ['name', 'template', 'audience', 'touchpoint'] as const;
const SCRATCH = 'scratch';
const NAME_MAX = 200;

const newSurveySchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, messageKey('validation.required'))
      .max(NAME_MAX, messageKey('validation.maxLength', { max: NAME_MAX })),
    template: z.string().min(1, messageKey('surveys.create.chooseStart')),
    audience: z.enum(['CUSTOMER', 'STAFF'] satisfies SurveyAudience[]),
    touchpoint: z.string().trim(),
  })
  .superRefine((values, context) => {
    // A template brings its own touchpoint; one from scratch may name it.
    if (values.template === SCRATCH && values.touchpoint && !TOUCHPOINT_PATTERN.test(values.touchpoint)) {
      context.addIssue({ code: 'custom', path: ['touchpoint'], message: messageKey('surveys.editor.touchpointPattern') });
    }
  });
type NewSurveyValues = z.infer<typeof newSurveySchema>;

export interface NewSurveyDialogProps {
  onClose: () => void;
  onCreated: (survey: Survey) => void;
}

/** Name a new survey and start from a template (NPS, CSAT, CES, staff self-assessment) or from scratch. */
export function NewSurveyDialog({ onClose, onCreated }: NewSurveyDialogProps) {
  const { t } = useTranslation('surveys');
  const templates = useSurveyTemplates();
  const create = useCreateSurvey();
  const form = useForm<NewSurveyValues, unknown, NewSurveyValues>({
    defaultValues: { name: '', template: '', audience: 'CUSTOMER', touchpoint: '' },
    resolver: zodResolver(newSurveySchema),
  });
  const { errors } = form.formState;
  const start = form.watch('template');
  const [general, setGeneral] = useState<string | null>(null);
  const language = currentLanguage();

  const onSubmit = form.handleSubmit(
    async ({ name, template, audience, touchpoint }) => {
      if (create.isPending) return;
      setGeneral(null);
      const request: NewSurveyRequest =
        template === SCRATCH ? { name, audience, ...(touchpoint ? { touchpoint } : {}) } : { name, template };
      try {
        onCreated(await create.mutateAsync(request));
      } catch (error) {
        if (!isProblemError(error)) throw error;
        const { general: showGeneral, unmatched } = applyProblemToForm(error, form, FIELDS);
        if (showGeneral) setGeneral(problemMessage(error, t, unmatched.map((e) => e.message)));
      }
    },
    () => setGeneral(null),
  );

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
            {...form.register('name')}
            error={fieldErrorText(errors.name, t)}
            data-autofocus
          />
          <Controller
            control={form.control}
            name="template"
            render={({ field }) => (
              <div ref={groupFocusRef(field.ref)}>
                <Radio.Group
                  label={t('surveys.create.start')}
                  required
                  value={field.value}
                  onChange={field.onChange}
                  error={fieldErrorText(errors.template, t)}
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
              </div>
            )}
          />
          {start === SCRATCH && (
            <Group grow align="flex-start">
              <NativeSelect
                label={t('surveys.fields.audience')}
                {...form.register('audience')}
                data={(['CUSTOMER', 'STAFF'] as const).map((value) => ({
                  value,
                  label: t(`surveys.audience.${value}`),
                }))}
                error={fieldErrorText(errors.audience, t)}
              />
              <TextInput
                label={t('surveys.fields.touchpoint')}
                description={t('surveys.editor.touchpointHint')}
                placeholder="general"
                maxLength={60}
                {...form.register('touchpoint', {
                  onChange: (event: { target: HTMLInputElement }) => {
                    const typed = event.target.value;
                    if (typed !== typed.toLowerCase()) form.setValue('touchpoint', typed.toLowerCase());
                  },
                })}
                error={fieldErrorText(errors.touchpoint, t)}
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
