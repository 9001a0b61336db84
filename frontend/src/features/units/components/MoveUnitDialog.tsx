import { Alert, Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '@/components/feedback';
import type { Unit } from '@/lib/api/types';
import { applyProblemToForm, fieldErrorText } from '@/lib/forms';
import { isProblemError } from '@/lib/problem-details';
import { useUpdateUnit } from '../api/units';
import { moveTargets, unitOptions } from '@/lib/unit-tree';

export interface MoveUnitDialogProps {
  tree: readonly Unit[];
  unit: Unit;
  onClose: () => void;
  onMoved: (unit: Unit) => void;
}

/** Moves a unit below another one (or to the top level); itself and its descendants are not offered. */
export function MoveUnitDialog({ tree, unit, onClose, onMoved }: MoveUnitDialogProps) {
  const { t } = useTranslation('units');
  const update = useUpdateUnit();
  const form = useForm<{ parentId: string }>({ defaultValues: { parentId: unit.parentId ?? '' } });
  const [general, setGeneral] = useState<string | null>(null);
  const options = useMemo(() => unitOptions(moveTargets(tree, unit.id)), [tree, unit.id]);

  const onSubmit = form.handleSubmit(async ({ parentId }) => {
    if (update.isPending) return;
    setGeneral(null);
    try {
      const moved = await update.mutateAsync({
        id: unit.id,
        request: { name: unit.name, kind: unit.kind, parentId: parentId || null },
      });
      onMoved(moved);
    } catch (error) {
      if (!isProblemError(error)) throw error;
      const { general: showGeneral, unmatched } = applyProblemToForm(error, form, ['parentId']);
      if (showGeneral) setGeneral(problemMessage(error, t, unmatched.map((e) => e.message)));
    }
  });

  const title = t('units.moveTitle', { name: unit.name });
  return (
    <Modal opened onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form noValidate onSubmit={onSubmit} aria-label={title}>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('units.moveHint')}
          </Text>
          {general && (
            <Alert color="red" variant="light" role="alert" title={t('units.moveFailed')}>
              {general}
            </Alert>
          )}
          <NativeSelect
            label={t('units.fields.newParent')}
            {...form.register('parentId', { onChange: () => form.clearErrors('parentId') })}
            data={[{ value: '', label: t('units.topLevel') }, ...options]}
            error={fieldErrorText(form.formState.errors.parentId, t)}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('units.move')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
