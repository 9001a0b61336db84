import { Alert, Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { problemMessage } from '@/components/feedback';
import type { Unit, UnitKind } from '@/lib/api/types';
import { applyProblemToForm, fieldErrorText, messageKey } from '@/lib/forms';
import { isProblemError } from '@/lib/problem-details';
import { useCreateUnit, useUpdateUnit } from '../api/units';
import { flattenUnits, unitOptions } from '@/lib/unit-tree';

const KINDS: UnitKind[] = ['DEPARTMENT', 'TEAM'];
const NAME_MAX = 120;

const unitSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, messageKey('validation.required'))
    .max(NAME_MAX, messageKey('validation.maxLength', { max: NAME_MAX })),
  kind: z.enum(KINDS as [UnitKind, ...UnitKind[]]),
  parentId: z.string(),
});
type UnitFormValues = z.infer<typeof unitSchema>;
const FIELDS = ['name', 'kind', 'parentId'] as const;

export interface UnitFormDialogProps {
  /** "create" a unit (optionally below `parentId`) or "edit" (rename, change kind) `unit`. */
  mode: 'create' | 'edit';
  tree: readonly Unit[];
  unit?: Unit;
  parentId?: string | null;
  onClose: () => void;
  onSaved: (unit: Unit) => void;
}

/** Create or rename a unit. Mounted while open, so every opening starts fresh. */
export function UnitFormDialog({ mode, tree, unit, parentId = null, onClose, onSaved }: UnitFormDialogProps) {
  const { t } = useTranslation('units');
  const create = useCreateUnit();
  const update = useUpdateUnit();
  const pending = create.isPending || update.isPending;

  const form = useForm<UnitFormValues, unknown, UnitFormValues>({
    defaultValues: {
      name: unit?.name ?? '',
      kind: unit?.kind ?? (parentId ? 'TEAM' : 'DEPARTMENT'),
      parentId: unit ? (unit.parentId ?? '') : (parentId ?? ''),
    },
    resolver: zodResolver(unitSchema),
  });
  const { errors } = form.formState;
  const [general, setGeneral] = useState<string | null>(null);

  const onSubmit = form.handleSubmit(
    async (values) => {
      if (pending) return;
      setGeneral(null);
      const request = { name: values.name, kind: values.kind, parentId: values.parentId || null };
      try {
        const saved =
          mode === 'edit' && unit
            ? await update.mutateAsync({ id: unit.id, request })
            : await create.mutateAsync(request);
        onSaved(saved);
      } catch (error) {
        if (!isProblemError(error)) throw error;
        const { general: showGeneral, unmatched } = applyProblemToForm(error, form, FIELDS);
        if (showGeneral) setGeneral(problemMessage(error, t, unmatched.map((e) => e.message)));
      }
    },
    () => setGeneral(null),
  );

  const title = mode === 'edit' ? t('units.editTitle', { name: unit?.name ?? '' }) : t('units.createTitle');
  return (
    <Modal opened onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form noValidate onSubmit={onSubmit} aria-label={title}>
        <Stack gap="md">
          {general && (
            <Alert color="red" variant="light" role="alert" title={t('units.saveFailed')}>
              {general}
            </Alert>
          )}
          <TextInput
            label={t('units.fields.name')}
            required
            maxLength={120}
            {...form.register('name')}
            error={fieldErrorText(errors.name, t)}
            data-autofocus
          />
          <NativeSelect
            label={t('units.fields.kind')}
            required
            {...form.register('kind')}
            data={KINDS.map((value) => ({ value, label: t(`units.kinds.${value}`) }))}
            error={fieldErrorText(errors.kind, t)}
          />
          {mode === 'create' && (
            <NativeSelect
              label={t('units.fields.parent')}
              {...form.register('parentId')}
              data={[{ value: '', label: t('units.topLevel') }, ...unitOptions(flattenUnits(tree))]}
              error={fieldErrorText(errors.parentId, t)}
            />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {mode === 'edit' ? t('common.save') : t('units.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
