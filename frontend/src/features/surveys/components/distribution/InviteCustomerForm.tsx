import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '@/components/feedback';
import type { ImportReport, Invitee } from '@/lib/api/types';
import { isProblemError } from '@/lib/problem-details';
import { rejectedRowsOf, useImportInvitations } from '../../api/invitations';
import { newKey } from '../../utils/editor-model';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const ATTRIBUTE_NAME = /^[a-z][a-z0-9_]{0,39}$/;

interface AttributeRow {
  key: string;
  name: string;
  value: string;
}

type Errors = Partial<Record<'email' | 'name' | 'language' | 'attributes', string>> & { rows?: Record<string, string> };

export interface InviteCustomerFormProps {
  surveyId: string;
  disabled?: boolean;
  /** A new import starts: the outcome of the previous one no longer applies. */
  onStart?: () => void;
  onDone: (report: ImportReport) => void;
}

/** Invites one customer: email, name, language and attributes (segment, region, plan, ...) for filtering results. */
export function InviteCustomerForm({ surveyId, disabled, onStart, onDone }: InviteCustomerFormProps) {
  const { t } = useTranslation();
  const importer = useImportInvitations(surveyId);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [language, setLanguage] = useState<'en' | 'de'>('en');
  const [attributes, setAttributes] = useState<AttributeRow[]>([]);
  const [errors, setErrors] = useState<Errors>({});
  const [general, setGeneral] = useState<string | null>(null);

  const setRow = (key: string, patch: Partial<AttributeRow>) =>
    setAttributes((rows) => rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  const validate = (): Errors => {
    const next: Errors = {};
    if (!EMAIL.test(email.trim())) next.email = t('validation.email');
    if (name.trim().length > 200) next.name = t('validation.maxLength', { max: 200 });
    const rows: Record<string, string> = {};
    const seen = new Set<string>();
    for (const row of attributes) {
      const attribute = row.name.trim();
      if (!attribute && !row.value.trim()) continue;
      if (!ATTRIBUTE_NAME.test(attribute)) rows[row.key] = t('surveys.distribution.attributeName');
      else if (seen.has(attribute)) rows[row.key] = t('surveys.distribution.attributeTwice');
      else if (row.value.length > 200) rows[row.key] = t('validation.maxLength', { max: 200 });
      seen.add(attribute);
    }
    if (Object.keys(rows).length > 0) next.rows = rows;
    return next;
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (importer.isPending) return;
    setGeneral(null);
    const next = validate();
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    const invitee: Invitee = {
      email: email.trim(),
      language,
      ...(name.trim() ? { name: name.trim() } : {}),
      attributes: Object.fromEntries(
        attributes.filter((row) => row.name.trim()).map((row) => [row.name.trim(), row.value.trim()]),
      ),
    };
    onStart?.();
    try {
      const report = await importer.mutateAsync({ kind: 'invitees', invitees: [invitee] });
      setEmail('');
      setName('');
      setAttributes([]);
      onDone(report);
    } catch (error) {
      // A rejected row (422) names the field of the one invitee: show it there.
      const rows = rejectedRowsOf(error);
      if (rows) {
        const mapped: Errors = {};
        for (const row of rows) {
          const field = row.field.split('.')[0] as keyof Errors;
          if (field === 'email' || field === 'name' || field === 'language' || field === 'attributes') {
            mapped[field] ??= row.field.startsWith('attributes.')
              ? `${row.field.slice(11)}: ${row.message}`
              : row.message;
          } else {
            setGeneral(row.message);
          }
        }
        setErrors(mapped);
        return;
      }
      setGeneral(problemMessage(error, t, isProblemError(error) ? error.errors.map((e) => e.message) : []));
    }
  };

  return (
    <form
      noValidate
      onSubmit={onSubmit}
      aria-label={t('surveys.distribution.inviteOne')}
      data-testid="invite-customer-form"
    >
      <Stack gap="sm">
        {general && (
          <Alert color="red" variant="light" role="alert" title={t('surveys.distribution.inviteFailed')}>
            {general}
          </Alert>
        )}
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            type="email"
            label={t('surveys.distribution.fields.email')}
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={errors.email}
            disabled={disabled}
            autoComplete="off"
          />
          <TextInput
            label={t('surveys.distribution.fields.name')}
            maxLength={200}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            disabled={disabled}
            autoComplete="off"
          />
          <NativeSelect
            label={t('surveys.distribution.fields.language')}
            value={language}
            onChange={(e) => setLanguage(e.currentTarget.value as 'en' | 'de')}
            data={(['en', 'de'] as const).map((lang) => ({ value: lang, label: t(`language.${lang}`) }))}
            error={errors.language}
            disabled={disabled}
          />
        </Group>
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t('surveys.distribution.fields.attributes')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('surveys.distribution.attributesHint')}
          </Text>
          {errors.attributes && (
            <Text size="sm" c="red.8">
              {errors.attributes}
            </Text>
          )}
          {attributes.map((row, index) => (
            <Group key={row.key} align="flex-start" gap="xs" wrap="nowrap">
              <TextInput
                label={t('surveys.distribution.attributeKey', { number: index + 1 })}
                placeholder="segment"
                value={row.name}
                onChange={(e) => setRow(row.key, { name: e.currentTarget.value.toLowerCase() })}
                error={errors.rows?.[row.key]}
                disabled={disabled}
                style={{ flex: 1 }}
              />
              <TextInput
                label={t('surveys.distribution.attributeValue', { number: index + 1 })}
                placeholder="enterprise"
                value={row.value}
                onChange={(e) => setRow(row.key, { value: e.currentTarget.value })}
                disabled={disabled}
                style={{ flex: 1 }}
              />
              <Button
                variant="subtle"
                color="red"
                size="compact-sm"
                mt={26}
                onClick={() => setAttributes((rows) => rows.filter((r) => r.key !== row.key))}
                aria-label={t('surveys.distribution.removeAttribute', { number: index + 1 })}
                disabled={disabled}
              >
                {t('surveys.editor.remove')}
              </Button>
            </Group>
          ))}
          <Group>
            <Button
              variant="light"
              size="xs"
              onClick={() => setAttributes((rows) => [...rows, { key: newKey('a'), name: '', value: '' }])}
              disabled={disabled || attributes.length >= 20}
            >
              {t('surveys.distribution.addAttribute')}
            </Button>
          </Group>
        </Stack>
        <Group justify="flex-end">
          <Button type="submit" loading={importer.isPending} disabled={disabled} data-testid="invite-customer">
            {t('surveys.distribution.invite')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
