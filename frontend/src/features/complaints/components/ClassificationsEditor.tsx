import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { SwitchField } from '@/components/SwitchField';
import { ErrorState, formProblemMessage, PageLoader, type Result, ResultMessage } from '@/components/feedback';
import type { Classification } from '@/lib/api/types';
import { fieldErrorText, messageKey } from '@/lib/forms';
import { type ClassificationKind, useClassifications, useSaveClassification } from '../api/complaints';
import { PositionField, positionSchema } from './PositionField';

const name = z.string().trim().min(1, messageKey('validation.required')).max(100, messageKey('validation.maxLength', { max: 100 }));
const classificationSchema = z.object({
  nameEn: name,
  nameDe: name,
  active: z.boolean(),
  position: positionSchema,
});
type ClassificationValues = z.infer<typeof classificationSchema>;
const FIELDS = ['nameEn', 'nameDe', 'active', 'position'] as const;

/** Where each list's own texts (title, lead, add, empty, loadFailed) are. */
const TEXTS = {
  categories: 'complaints.settings.categories',
  priorities: 'complaints.settings.priorities',
  'root-causes': 'rootCauses',
} as const satisfies Record<ClassificationKind, string>;

/**
 * The tenant's categories, priorities or root causes, in their order: each named in English and German, active or retired
 * (retired ones stay on the complaints that have them, but are no longer offered). One form per entry, one to add.
 */
export function ClassificationsEditor({ kind }: { kind: ClassificationKind }) {
  const { t } = useTranslation('complaints');
  const list = useClassifications(kind);
  const sorted = [...(list.data ?? [])].sort((a, b) => a.position - b.position);
  const nextPosition = sorted.length === 0 ? 10 : (sorted.at(-1)?.position ?? 0) + 10;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={`${kind}-title`} data-testid={`${kind}-editor`}>
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} size="h3" id={`${kind}-title`}>
            {t(`${TEXTS[kind]}.title`)}
          </Title>
          <Text size="sm" c="dimmed">
            {t(`${TEXTS[kind]}.lead`)}
          </Text>
        </Stack>
        {list.isPending ? (
          <PageLoader label={t('common.loading')} />
        ) : list.isError ? (
          <ErrorState error={list.error} title={t(`${TEXTS[kind]}.loadFailed`)} onRetry={() => void list.refetch()} retrying={list.isFetching} />
        ) : (
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {sorted.length === 0 && (
              <Text size="sm" c="dimmed" component="li">
                {t(`${TEXTS[kind]}.empty`)}
              </Text>
            )}
            {sorted.map((entry) => (
              <li key={entry.id}>
                <ClassificationForm kind={kind} entry={entry} />
              </li>
            ))}
          </Stack>
        )}
        {list.isSuccess && <ClassificationForm kind={kind} nextPosition={nextPosition} key={`new-${nextPosition}`} />}
      </Stack>
    </Paper>
  );
}

function ClassificationForm({ kind, entry, nextPosition = 10 }: { kind: ClassificationKind; entry?: Classification; nextPosition?: number }) {
  const { t } = useTranslation('complaints');
  const save = useSaveClassification(kind);
  const form = useForm<ClassificationValues, unknown, ClassificationValues>({
    defaultValues: entry
      ? { nameEn: entry.nameEn, nameDe: entry.nameDe, active: entry.active, position: entry.position }
      : { nameEn: '', nameDe: '', active: true, position: nextPosition },
    resolver: zodResolver(classificationSchema),
  });
  const [result, setResult] = useState<Result | null>(null);
  const { errors } = form.formState;
  const label = entry ? t('complaints.settings.entryLabel', { name: entry.nameEn }) : t(`${TEXTS[kind]}.add`);

  const onSubmit = form.handleSubmit(
    async (values) => {
      setResult(null);
      try {
        const saved = await save.mutateAsync({ id: entry?.id, request: values });
        if (entry) {
          form.reset({ nameEn: saved.nameEn, nameDe: saved.nameDe, active: saved.active, position: saved.position });
          setResult({ kind: 'success', text: t('complaints.settings.saved') });
        }
      } catch (error) {
        const text = formProblemMessage(error, form, FIELDS, t);
        if (text) setResult({ kind: 'error', text });
      }
    },
    () => setResult(null),
  );

  return (
    <form noValidate onSubmit={onSubmit} aria-label={label} data-testid={entry ? `${kind}-entry` : `${kind}-new`}>
      <Paper withBorder={Boolean(entry)} radius="sm" p={entry ? 'sm' : 0} bg={entry && !entry.active ? 'gray.0' : undefined}>
        <Stack gap="xs">
          {!entry && (
            <Text fw={600} size="sm">
              {label}
            </Text>
          )}
          <Group align="flex-start" gap="sm" wrap="wrap">
            <TextInput {...form.register('nameEn')} label={t('complaints.settings.nameEn')} maxLength={100} error={fieldErrorText(errors.nameEn, t)} style={{ flex: '1 1 180px' }} />
            <TextInput {...form.register('nameDe')} label={t('complaints.settings.nameDe')} maxLength={100} error={fieldErrorText(errors.nameDe, t)} style={{ flex: '1 1 180px' }} />
            <PositionField control={form.control} name="position" error={errors.position} />
            <SwitchField control={form.control} name="active" label={t('complaints.settings.active')} mt={30} />
            <Button type="submit" variant={entry ? 'default' : 'filled'} loading={save.isPending} mt={24} data-testid={entry ? undefined : `${kind}-add`}>
              {entry ? t('common.save') : t('complaints.settings.addButton')}
            </Button>
          </Group>
          {result?.kind === 'error' ? (
            <Alert color="red" variant="light" role="alert">
              {result.text}
            </Alert>
          ) : (
            <ResultMessage result={result} onClose={() => setResult(null)} />
          )}
        </Stack>
      </Paper>
    </form>
  );
}
