import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { SwitchField } from '@/components/SwitchField';
import { ErrorState, formProblemMessage, PageLoader, type Result, ResultMessage } from '@/components/feedback';
import type { Touchpoint } from '@/lib/api/types';
import { fieldErrorText, messageKey } from '@/lib/forms';
import { useSaveTouchpoint, useTouchpoints } from '../api/complaints';
import { PositionField, positionSchema } from './PositionField';

// The backend's limits (TouchpointRequest); a name is the tenant's once, whatever its case (the server says so).
const NAME_MAX = 60;
const touchpointSchema = z.object({
  name: z.string().trim().min(1, messageKey('validation.required')).max(NAME_MAX, messageKey('validation.maxLength', { max: NAME_MAX })),
  active: z.boolean(),
  position: positionSchema,
});
type TouchpointValues = z.infer<typeof touchpointSchema>;
const FIELDS = ['name', 'active', 'position'] as const;

/**
 * The tenant's touchpoints (a shop, the hotline, the website), in their order: each gets its own link to the
 * public form. A retired one is no longer offered and its link opens the general form; complaints keep the name.
 */
export function TouchpointsEditor() {
  const { t } = useTranslation('complaints');
  const list = useTouchpoints();
  const sorted = [...(list.data ?? [])].sort((a, b) => a.position - b.position);
  const nextPosition = sorted.length === 0 ? 10 : (sorted.at(-1)?.position ?? 0) + 10;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="touchpoints-title" data-testid="touchpoints-editor">
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} size="h3" id="touchpoints-title">
            {t('touchpoints.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('touchpoints.lead')}
          </Text>
        </Stack>
        {list.isPending ? (
          <PageLoader label={t('common.loading')} />
        ) : list.isError ? (
          <ErrorState error={list.error} title={t('touchpoints.loadFailed')} onRetry={() => void list.refetch()} retrying={list.isFetching} />
        ) : (
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {sorted.length === 0 && (
              <Text size="sm" c="dimmed" component="li">
                {t('touchpoints.empty')}
              </Text>
            )}
            {sorted.map((entry) => (
              <li key={entry.id}>
                <TouchpointForm entry={entry} />
              </li>
            ))}
          </Stack>
        )}
        {list.isSuccess && <TouchpointForm nextPosition={nextPosition} key={`new-${nextPosition}`} />}
      </Stack>
    </Paper>
  );
}

function TouchpointForm({ entry, nextPosition = 10 }: { entry?: Touchpoint; nextPosition?: number }) {
  const { t } = useTranslation('complaints');
  const save = useSaveTouchpoint();
  const form = useForm<TouchpointValues, unknown, TouchpointValues>({
    defaultValues: entry ? { name: entry.name, active: entry.active, position: entry.position } : { name: '', active: true, position: nextPosition },
    resolver: zodResolver(touchpointSchema),
  });
  const [result, setResult] = useState<Result | null>(null);
  const { errors } = form.formState;
  const label = entry ? t('touchpoints.entryLabel', { name: entry.name }) : t('touchpoints.add');

  const onSubmit = form.handleSubmit(
    async (values) => {
      setResult(null);
      try {
        const saved = await save.mutateAsync({ id: entry?.id, request: values });
        if (entry) {
          form.reset({ name: saved.name, active: saved.active, position: saved.position });
          setResult({ kind: 'success', text: t('complaints.settings.saved') });
        }
      } catch (error) {
        // a save racing another to the same name gets a conflict without field errors: it is still the name's
        const text = formProblemMessage(error, form, FIELDS, t, { 409: 'name' });
        if (text) setResult({ kind: 'error', text });
      }
    },
    () => setResult(null),
  );

  return (
    <form noValidate onSubmit={onSubmit} aria-label={label} data-testid={entry ? 'touchpoint-entry' : 'touchpoint-new'}>
      <Paper withBorder={Boolean(entry)} radius="sm" p={entry ? 'sm' : 0} bg={entry && !entry.active ? 'gray.0' : undefined}>
        <Stack gap="xs">
          {!entry && (
            <Text fw={600} size="sm">
              {label}
            </Text>
          )}
          <Group align="flex-start" gap="sm" wrap="wrap">
            <TextInput {...form.register('name')} label={t('touchpoints.name')} maxLength={NAME_MAX} error={fieldErrorText(errors.name, t)} style={{ flex: '1 1 220px' }} />
            <PositionField control={form.control} name="position" error={errors.position} />
            <SwitchField control={form.control} name="active" label={t('complaints.settings.active')} mt={30} />
            <Button type="submit" variant={entry ? 'default' : 'filled'} loading={save.isPending} mt={24} data-testid={entry ? undefined : 'touchpoint-add'}>
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
