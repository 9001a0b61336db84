import { Alert, Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '@/components/feedback';
import type { Unit, UnitKind } from '@/lib/api/types';
import { isProblemError, mapProblemToFields } from '@/lib/problem-details';
import { useCreateUnit, useUpdateUnit } from '../api/units';
import { flattenUnits, unitOptions } from '../utils/tree';

const FIELDS = ['name', 'kind', 'parentId'] as const;
type Field = (typeof FIELDS)[number];
const KINDS: UnitKind[] = ['DEPARTMENT', 'TEAM'];

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
  const { t } = useTranslation();
  const create = useCreateUnit();
  const update = useUpdateUnit();
  const pending = create.isPending || update.isPending;

  const [name, setName] = useState(unit?.name ?? '');
  const [kind, setKind] = useState<UnitKind>(unit?.kind ?? (parentId ? 'TEAM' : 'DEPARTMENT'));
  const [parent, setParent] = useState<string>(unit ? (unit.parentId ?? '') : (parentId ?? ''));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    setGeneral(null);
    const trimmed = name.trim();
    if (!trimmed) {
      setErrors({ name: t('validation.required') });
      return;
    }
    if (trimmed.length > 120) {
      setErrors({ name: t('validation.maxLength', { max: 120 }) });
      return;
    }
    setErrors({});
    const request = { name: trimmed, kind, parentId: parent || null };
    try {
      const saved =
        mode === 'edit' && unit
          ? await update.mutateAsync({ id: unit.id, request })
          : await create.mutateAsync(request);
      onSaved(saved);
    } catch (error) {
      if (!isProblemError(error)) throw error;
      const { fieldErrors, unmatched } = mapProblemToFields(error, FIELDS);
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0 || unmatched.length > 0) {
        setGeneral(problemMessage(error, t, unmatched.map((e) => e.message)));
      }
    }
  };

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
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            data-autofocus
          />
          <NativeSelect
            label={t('units.fields.kind')}
            required
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as UnitKind)}
            data={KINDS.map((value) => ({ value, label: t(`units.kinds.${value}`) }))}
            error={errors.kind}
          />
          {mode === 'create' && (
            <NativeSelect
              label={t('units.fields.parent')}
              value={parent}
              onChange={(e) => setParent(e.currentTarget.value)}
              data={[{ value: '', label: t('units.topLevel') }, ...unitOptions(flattenUnits(tree))]}
              error={errors.parentId}
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
