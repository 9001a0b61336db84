import { Button, Container, EmptyState, Paper } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog, ErrorState, PageLoader, problemMessage, type Result, ResultMessage } from '@/components/feedback';
import { PageHeader } from '@/components/layout/PageHeader';
import type { Unit } from '@/lib/api/types';
import { useUnits } from '@/hooks/useUnits';
import { useDeleteUnit } from '../api/units';
import { MoveUnitDialog } from '../components/MoveUnitDialog';
import { UnitFormDialog } from '../components/UnitFormDialog';
import { type UnitAction, UnitTree } from '../components/UnitTree';

type Dialog =
  | { kind: 'create'; parentId: string | null }
  | { kind: 'edit'; unit: Unit }
  | { kind: 'move'; unit: Unit }
  | { kind: 'delete'; unit: Unit };

/** Units admin: the department/team tree with create, rename, move and delete. */
export function UnitsRoute() {
  const { t } = useTranslation('units');
  const units = useUnits();
  const remove = useDeleteUnit();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [result, setResult] = useState<Result | null>(null);

  const close = () => {
    setDialog(null);
    remove.reset();
  };
  const done = (text: string) => {
    setDialog(null);
    setResult({ kind: 'success', text });
  };

  const onAction = (action: UnitAction, unit: Unit) => {
    setResult(null);
    if (action === 'addChild') setDialog({ kind: 'create', parentId: unit.id });
    else setDialog({ kind: action, unit });
  };

  const tree = units.data ?? [];
  const newUnitButton = (testId: string) => (
    <Button
      data-testid={testId}
      onClick={() => {
        setResult(null);
        setDialog({ kind: 'create', parentId: null });
      }}
      disabled={!units.data}
    >
      {t('units.new')}
    </Button>
  );

  return (
    <Container size="lg" py="xl">
      <title>{t('units.pageTitle')}</title>
      <PageHeader title={t('units.title')} description={t('units.lead')} actions={newUnitButton('create-unit')} />
      <ResultMessage result={result} onClose={() => setResult(null)} />

      {units.isPending ? (
        <PageLoader label={t('units.loading')} />
      ) : units.isError ? (
        <ErrorState
          error={units.error}
          title={t('units.loadFailed')}
          onRetry={() => void units.refetch()}
          retrying={units.isFetching}
        />
      ) : tree.length === 0 ? (
        <EmptyState title={t('units.emptyTitle')} description={t('units.emptyText')} py="xl" data-testid="units-empty">
          <EmptyState.Actions>{newUnitButton('create-first-unit')}</EmptyState.Actions>
        </EmptyState>
      ) : (
        <Paper withBorder radius="md" p="sm">
          <UnitTree tree={tree} onAction={onAction} />
        </Paper>
      )}

      {(dialog?.kind === 'create' || dialog?.kind === 'edit') && (
        <UnitFormDialog
          mode={dialog.kind}
          tree={tree}
          unit={dialog.kind === 'edit' ? dialog.unit : undefined}
          parentId={dialog.kind === 'create' ? dialog.parentId : undefined}
          onClose={close}
          onSaved={(unit) =>
            done(dialog.kind === 'edit' ? t('units.saved', { name: unit.name }) : t('units.created', { name: unit.name }))
          }
        />
      )}
      {dialog?.kind === 'move' && (
        <MoveUnitDialog
          tree={tree}
          unit={dialog.unit}
          onClose={close}
          onMoved={(unit) => done(t('units.moved', { name: unit.name }))}
        />
      )}
      <ConfirmDialog
        opened={dialog?.kind === 'delete'}
        title={t('units.deleteTitle', { name: dialog?.kind === 'delete' ? dialog.unit.name : '' })}
        message={t('units.deleteText')}
        confirmLabel={t('units.delete')}
        busy={remove.isPending}
        error={remove.error ? problemMessage(remove.error, t) : null}
        onCancel={close}
        onConfirm={() => {
          if (dialog?.kind !== 'delete') return;
          const { unit } = dialog;
          remove.mutate(unit.id, { onSuccess: () => done(t('units.deleted', { name: unit.name })) });
        }}
      />
    </Container>
  );
}
