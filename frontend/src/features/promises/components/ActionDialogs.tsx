import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { type FieldValues, type Path, useForm, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { formProblemMessage } from '@/components/feedback';
import { useUnits } from '@/hooks/useUnits';
import { fieldErrorText, messageKey } from '@/lib/forms';
import { flattenUnits, unitOptions } from '@/lib/unit-tree';
import {
  useBreakPromise,
  useCancelPromise,
  useFulfilledLate,
  useKeepPromise,
  usePromiseOwners,
  useReassignPromise,
  useRenegotiatePromise,
} from '../api/promises';
import type { PromiseDetail, PromiseResponse } from '../api/types';
import { DueFields } from './DueFields';
import { checkDue, DUE_FIELDS, dueRequest, dueShape, EMPTY_DUE } from './due-schema';
import { NOTE_MAX, optionalNote, requiredNote } from './promise-schema';

/** The actions of a promise that take a form; each is a dialog. */
export type PromiseAction = 'keep' | 'break' | 'renegotiate' | 'cancel' | 'fulfilledLate' | 'reassign';

interface DialogProps {
  promise: PromiseResponse;
  onClose: () => void;
  onDone: (detail: PromiseDetail, action: PromiseAction) => void;
}

/**
 * A dialog with a form that sends one action: its schema's messages under the fields before sending, the server's
 * field errors (400/422 problem details) under the same fields after, anything else in the dialog's alert.
 */
function ActionFormDialog<T extends FieldValues>({
  title,
  lead,
  submitLabel,
  danger,
  form,
  fields,
  busy,
  send,
  onClose,
  children,
  testId,
}: {
  title: string;
  lead?: string;
  submitLabel: string;
  danger?: boolean;
  form: UseFormReturn<T, unknown, T>;
  fields: readonly Path<T>[];
  busy: boolean;
  send: (values: T) => Promise<unknown>;
  onClose: () => void;
  children: ReactNode;
  testId: string;
}) {
  const { t } = useTranslation('promises');
  const [general, setGeneral] = useState<string | null>(null);
  const onSubmit = form.handleSubmit(
    async (values) => {
      if (busy) return;
      setGeneral(null);
      try {
        await send(values);
      } catch (failure) {
        setGeneral(formProblemMessage(failure, form, fields, t));
      }
    },
    () => setGeneral(null),
  );
  return (
    <Modal opened onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('common.close') }} size="lg">
      <form noValidate onSubmit={onSubmit} aria-label={title} data-testid={testId}>
        <Stack gap="md">
          {lead && <Text size="sm">{lead}</Text>}
          {children}
          {general && (
            <Alert color="red" variant="light" role="alert">
              {general}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={danger ? 'red' : undefined} loading={busy} data-testid={`${testId}-submit`}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

const noteSchema = z.object({ note: optionalNote });
type NoteValues = z.infer<typeof noteSchema>;

/** Keep, break or "fulfilled late": each with an optional note. */
export function NoteActionDialog({ action, promise, onClose, onDone }: DialogProps & { action: 'keep' | 'break' | 'fulfilledLate' }) {
  const { t } = useTranslation('promises');
  const keep = useKeepPromise(promise.id);
  const breakIt = useBreakPromise(promise.id);
  const late = useFulfilledLate(promise.id);
  const mutation = action === 'keep' ? keep : action === 'break' ? breakIt : late;
  const form = useForm<NoteValues, unknown, NoteValues>({ defaultValues: { note: '' }, resolver: zodResolver(noteSchema) });
  return (
    <ActionFormDialog<NoteValues>
      title={t(`promises.actions.${action}.title`, { reference: promise.reference })}
      lead={t(`promises.actions.${action}.lead`)}
      submitLabel={t(`promises.actions.${action}.submit`)}
      danger={action === 'break'}
      form={form}
      fields={['note']}
      busy={mutation.isPending}
      send={async ({ note }) => onDone(await mutation.mutateAsync(note ? { note } : {}), action)}
      onClose={onClose}
      testId={`action-${action}`}
    >
      <Textarea
        {...form.register('note')}
        label={t('promises.actions.note')}
        autosize
        minRows={2}
        maxLength={NOTE_MAX}
        error={fieldErrorText(form.formState.errors.note, t)}
        data-autofocus
      />
    </ActionFormDialog>
  );
}

const renegotiateSchema = z.object({ note: requiredNote, ...dueShape }).superRefine((values, ctx) => checkDue(values, ctx));
type RenegotiateValues = z.infer<typeof renegotiateSchema>;

/** A new due time (a day and time, or within N working days) and the note of what the customer agreed to. */
export function RenegotiateDialog({ promise, onClose, onDone }: DialogProps) {
  const { t } = useTranslation('promises');
  const renegotiate = useRenegotiatePromise(promise.id);
  const form = useForm<RenegotiateValues, unknown, RenegotiateValues>({
    defaultValues: { note: '', ...EMPTY_DUE },
    resolver: zodResolver(renegotiateSchema),
  });
  return (
    <ActionFormDialog<RenegotiateValues>
      title={t('promises.actions.renegotiate.title', { reference: promise.reference })}
      lead={t('promises.actions.renegotiate.lead')}
      submitLabel={t('promises.actions.renegotiate.submit')}
      form={form}
      fields={[...DUE_FIELDS, 'note']}
      busy={renegotiate.isPending}
      send={async (values) => onDone(await renegotiate.mutateAsync({ ...dueRequest(values), note: values.note }), 'renegotiate')}
      onClose={onClose}
      testId="action-renegotiate"
    >
      <DueFields form={form} />
      <Textarea
        {...form.register('note')}
        label={t('promises.actions.renegotiate.note')}
        description={t('promises.actions.renegotiate.noteHint')}
        required
        autosize
        minRows={2}
        maxLength={NOTE_MAX}
        error={fieldErrorText(form.formState.errors.note, t)}
        data-testid="renegotiate-note"
      />
    </ActionFormDialog>
  );
}

const cancelSchema = z.object({ reason: requiredNote });
type CancelValues = z.infer<typeof cancelSchema>;

/** Cancelling needs a reason; a cancelled promise counts neither as kept nor as broken. */
export function CancelDialog({ promise, onClose, onDone }: DialogProps) {
  const { t } = useTranslation('promises');
  const cancel = useCancelPromise(promise.id);
  const form = useForm<CancelValues, unknown, CancelValues>({ defaultValues: { reason: '' }, resolver: zodResolver(cancelSchema) });
  return (
    <ActionFormDialog<CancelValues>
      title={t('promises.actions.cancel.title', { reference: promise.reference })}
      lead={t('promises.actions.cancel.lead')}
      submitLabel={t('promises.actions.cancel.submit')}
      danger
      form={form}
      fields={['reason']}
      busy={cancel.isPending}
      send={async ({ reason }) => onDone(await cancel.mutateAsync({ reason }), 'cancel')}
      onClose={onClose}
      testId="action-cancel"
    >
      <Textarea
        {...form.register('reason')}
        label={t('promises.actions.cancel.reason')}
        required
        autosize
        minRows={2}
        maxLength={NOTE_MAX}
        error={fieldErrorText(form.formState.errors.reason, t)}
        data-autofocus
        data-testid="cancel-reason"
      />
    </ActionFormDialog>
  );
}

const reassignSchema = z.object({ ownerId: z.string().min(1, messageKey('validation.required')), unitId: z.string() });
type ReassignValues = z.infer<typeof reassignSchema>;

/** Another owner (a manager: among their units' members; an admin: anyone), and optionally another unit. */
export function ReassignDialog({ promise, onClose, onDone }: DialogProps) {
  const { t } = useTranslation('promises');
  const reassign = useReassignPromise(promise.id);
  const owners = usePromiseOwners(true);
  const units = useUnits();
  const form = useForm<ReassignValues, unknown, ReassignValues>({ defaultValues: { ownerId: '', unitId: '' }, resolver: zodResolver(reassignSchema) });
  const options = (owners.data ?? []).filter((owner) => owner.id !== promise.ownerId).map((owner) => ({ value: owner.id, label: owner.displayName }));
  return (
    <ActionFormDialog<ReassignValues>
      title={t('promises.actions.reassign.title', { reference: promise.reference })}
      lead={t('promises.actions.reassign.lead', { owner: promise.ownerName })}
      submitLabel={t('promises.actions.reassign.submit')}
      form={form}
      fields={['ownerId', 'unitId']}
      busy={reassign.isPending}
      send={async ({ ownerId, unitId }) => onDone(await reassign.mutateAsync({ ownerId, ...(unitId ? { unitId } : {}) }), 'reassign')}
      onClose={onClose}
      testId="action-reassign"
    >
      <NativeSelect
        {...form.register('ownerId')}
        label={t('promises.actions.reassign.owner')}
        required
        data={[{ value: '', label: t('promises.actions.reassign.choose') }, ...options]}
        error={fieldErrorText(form.formState.errors.ownerId, t)}
        data-autofocus
        data-testid="reassign-owner"
      />
      <NativeSelect
        {...form.register('unitId')}
        label={t('promises.fields.unit')}
        data={[{ value: '', label: t('promises.form.unitOfOwner') }, ...unitOptions(flattenUnits(units.data ?? []))]}
        error={fieldErrorText(form.formState.errors.unitId, t)}
      />
    </ActionFormDialog>
  );
}
