import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, NativeSelect, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { formProblemMessage } from '@/components/feedback';
import { SwitchField } from '@/components/SwitchField';
import type { Calendar, ComplaintChannel, ComplaintKind, SlaPolicy, SlaPolicyRequest } from '@/lib/api/types';
import { fieldErrorText, messageKey } from '@/lib/forms';
import { useSaveSlaPolicy } from '../api/sla';
import type { Option } from '../hooks/useComplaintLookups';
import { formatMinutes } from '../utils/duration';

/** A year of working minutes around the clock: the API's limit for a target. */
export const MAX_TARGET_MINUTES = 525_600;
export const DEFAULT_WARNING_PERCENT = 75;
export const COMPLAINT_KINDS: readonly ComplaintKind[] = ['COMPLAINT', 'RECOVERY'];
export const CHANNELS: readonly ComplaintChannel[] = ['WEB', 'PHONE', 'VISIT', 'EMAIL', 'API', 'SURVEY'];

const targetMessage = messageKey('slaPolicies.form.targetRange', { max: MAX_TARGET_MINUTES });
const target = z.number(targetMessage).int(targetMessage).min(1, targetMessage).max(MAX_TARGET_MINUTES, targetMessage).nullable();
const shareMessage = messageKey('slaPolicies.form.warningRange');
const policySchema = z
  .object({
    name: z.string().trim().min(1, messageKey('validation.required')).max(100, messageKey('validation.maxLength', { max: 100 })),
    // '' is "any" (and for the calendar: the tenant's default).
    kind: z.enum(['', ...COMPLAINT_KINDS]),
    categoryId: z.string(),
    priorityId: z.string(),
    channel: z.enum(['', ...CHANNELS]),
    calendarId: z.string(),
    firstResponseMinutes: target,
    resolutionMinutes: target,
    /** In percent here; the API takes the share (0.75). */
    warningShare: z.number(shareMessage).gt(0, shareMessage).lt(100, shareMessage),
    active: z.boolean(),
  })
  .refine((policy) => policy.firstResponseMinutes !== null || policy.resolutionMinutes !== null, {
    message: messageKey('slaPolicies.form.targetRequired'),
    path: ['firstResponseMinutes'],
  });
type PolicyValues = z.infer<typeof policySchema>;
const FIELDS = [
  'name',
  'kind',
  'categoryId',
  'priorityId',
  'channel',
  'calendarId',
  'firstResponseMinutes',
  'resolutionMinutes',
  'warningShare',
  'active',
] as const;

function valuesOf(policy?: SlaPolicy): PolicyValues {
  if (!policy) {
    return {
      name: '',
      kind: '',
      categoryId: '',
      priorityId: '',
      channel: '',
      calendarId: '',
      firstResponseMinutes: null,
      resolutionMinutes: null,
      warningShare: DEFAULT_WARNING_PERCENT,
      active: true,
    };
  }
  return {
    name: policy.name,
    kind: policy.kind ?? '',
    categoryId: policy.categoryId ?? '',
    priorityId: policy.priorityId ?? '',
    channel: policy.channel ?? '',
    calendarId: policy.calendarId ?? '',
    firstResponseMinutes: policy.firstResponseMinutes ?? null,
    resolutionMinutes: policy.resolutionMinutes ?? null,
    // Rounded so that 0.7 shows as 70, not 70.00000000000001.
    warningShare: Math.round(policy.warningShare * 1000) / 10,
    active: policy.active,
  };
}

/** Without a position: a new policy goes last, a changed one keeps its place (reordering has its own call). */
function requestOf(values: PolicyValues): SlaPolicyRequest {
  return {
    name: values.name,
    kind: values.kind || null,
    categoryId: values.categoryId || null,
    priorityId: values.priorityId || null,
    channel: values.channel || null,
    calendarId: values.calendarId || null,
    firstResponseMinutes: values.firstResponseMinutes,
    resolutionMinutes: values.resolutionMinutes,
    warningShare: Math.round(values.warningShare * 10) / 1000,
    active: values.active,
  };
}

export interface SlaPolicyDialogProps {
  /** The policy to change; without one a new policy is added (last in order). */
  policy?: SlaPolicy;
  categories: (keep?: string | null) => Option[];
  priorities: (keep?: string | null) => Option[];
  /** Null when the calendars could not be loaded: only the default calendar (and the saved one) is offered. */
  calendars: readonly Calendar[] | null;
  onClose: () => void;
  onSaved: (policy: SlaPolicy) => void;
}

/** Adds or changes an SLA policy: its conditions ("any" when empty), calendar, targets and warning. Mount it only while open. */
export function SlaPolicyDialog({ policy, categories, priorities, calendars, onClose, onSaved }: SlaPolicyDialogProps) {
  const { t, i18n } = useTranslation('complaints');
  const save = useSaveSlaPolicy();
  const form = useForm<PolicyValues, unknown, PolicyValues>({ defaultValues: valuesOf(policy), resolver: zodResolver(policySchema) });
  const [general, setGeneral] = useState<string | null>(null);
  const { errors } = form.formState;
  const title = policy ? t('slaPolicies.form.editTitle', { name: policy.name }) : t('slaPolicies.form.newTitle');
  const any = { value: '', label: t('slaPolicies.any') };

  const onSubmit = form.handleSubmit(
    async (values) => {
      if (save.isPending) return;
      setGeneral(null);
      try {
        onSaved(await save.mutateAsync({ id: policy?.id, request: requestOf(values) }));
      } catch (error) {
        setGeneral(formProblemMessage(error, form, FIELDS, t));
      }
    },
    () => setGeneral(null),
  );

  const targetInput = (name: 'firstResponseMinutes' | 'resolutionMinutes') => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <NumberInput
          ref={field.ref}
          name={field.name}
          label={t(`slaPolicies.form.${name}`)}
          description={
            field.value !== null && Number.isInteger(field.value) && field.value > 0
              ? t('slaPolicies.form.targetIs', { duration: formatMinutes(field.value, t, i18n.language) })
              : t('slaPolicies.form.targetHint')
          }
          suffix=" min"
          min={1}
          max={MAX_TARGET_MINUTES}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          value={field.value ?? ''}
          onChange={(value) => field.onChange(value === '' ? null : typeof value === 'number' ? value : Number.NaN)}
          onBlur={field.onBlur}
          error={fieldErrorText(errors[name], t)}
        />
      )}
    />
  );

  return (
    <Modal opened onClose={onClose} title={title} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form noValidate onSubmit={onSubmit} aria-label={title} data-testid="sla-policy-form">
        <Stack gap="md">
          {general && (
            <Alert color="red" variant="light" role="alert" title={t('slaPolicies.form.failed')}>
              {general}
            </Alert>
          )}
          <TextInput
            {...form.register('name')}
            label={t('slaPolicies.form.name')}
            maxLength={100}
            error={fieldErrorText(errors.name, t)}
            data-autofocus
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('slaPolicies.form.conditions')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('slaPolicies.form.conditionsHint')}
            </Text>
          </Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <NativeSelect
              {...form.register('kind')}
              label={t('slaPolicies.fields.kind')}
              data={[any, ...COMPLAINT_KINDS.map((kind) => ({ value: kind, label: t(`slaPolicies.kinds.${kind}`) }))]}
              error={fieldErrorText(errors.kind, t)}
            />
            <NativeSelect
              {...form.register('channel')}
              label={t('complaints.fields.channel')}
              data={[any, ...CHANNELS.map((channel) => ({ value: channel, label: t(`complaints.channels.${channel}`) }))]}
              error={fieldErrorText(errors.channel, t)}
            />
            <NativeSelect
              {...form.register('categoryId')}
              label={t('complaints.fields.category')}
              data={[any, ...categories(policy?.categoryId)]}
              error={fieldErrorText(errors.categoryId, t)}
            />
            <NativeSelect
              {...form.register('priorityId')}
              label={t('complaints.fields.priority')}
              data={[any, ...priorities(policy?.priorityId)]}
              error={fieldErrorText(errors.priorityId, t)}
            />
          </SimpleGrid>
          <NativeSelect
            {...form.register('calendarId')}
            label={t('slaPolicies.fields.calendar')}
            description={calendars ? t('slaPolicies.form.calendarHint') : t('slaPolicies.form.calendarsFailed')}
            data={calendarOptions(calendars ?? [], policy?.calendarId, t('slaPolicies.defaultCalendar'), t('slaPolicies.aroundTheClock'))}
            error={fieldErrorText(errors.calendarId, t)}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {targetInput('firstResponseMinutes')}
            {targetInput('resolutionMinutes')}
          </SimpleGrid>
          <Group align="flex-start" gap="lg" wrap="wrap">
            <Controller
              control={form.control}
              name="warningShare"
              render={({ field }) => (
                <NumberInput
                  ref={field.ref}
                  name={field.name}
                  label={t('slaPolicies.fields.warning')}
                  description={t('slaPolicies.form.warningHint')}
                  suffix=" %"
                  min={1}
                  max={99}
                  decimalScale={1}
                  allowNegative={false}
                  clampBehavior="none"
                  value={Number.isNaN(field.value) ? '' : field.value}
                  onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
                  onBlur={field.onBlur}
                  error={fieldErrorText(errors.warningShare, t)}
                  w={260}
                />
              )}
            />
            <SwitchField
              control={form.control}
              name="active"
              label={t('slaPolicies.fields.active')}
              description={t('slaPolicies.form.activeHint')}
              mt={28}
            />
          </Group>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="sla-policy-submit">
              {policy ? t('common.save') : t('slaPolicies.form.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The tenant's default first (''), then its calendars; a saved calendar that is gone stays offered by id. */
function calendarOptions(calendars: readonly Calendar[], saved: string | null | undefined, defaultLabel: string, aroundTheClock: string): Option[] {
  const options = calendars.map((calendar) => ({
    value: calendar.id,
    label: calendar.aroundTheClock ? `${calendar.name} (${aroundTheClock})` : calendar.name,
  }));
  const keep = saved && !options.some((option) => option.value === saved) ? [{ value: saved, label: saved }] : [];
  return [{ value: '', label: defaultLabel }, ...options, ...keep];
}
