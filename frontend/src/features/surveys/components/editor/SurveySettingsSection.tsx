import { Group, NumberInput, Paper, Stack, Switch, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SurveyEditorModel } from '../../hooks/useSurveyEditor';

/** The survey's name, touchpoint, public link, response quota and closing time. */
export function SurveySettingsSection({ editor }: { editor: SurveyEditorModel }) {
  const { t } = useTranslation('surveys');
  const { survey, state, errors, archived, set } = editor;
  return (
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
  );
}
