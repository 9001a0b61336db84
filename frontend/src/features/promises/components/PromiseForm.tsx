import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Fieldset, Group, NativeSelect, SegmentedControl, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formProblemMessage } from '@/components/feedback';
import { SwitchField } from '@/components/SwitchField';
import { useSession } from '@/features/auth';
import { useUnits } from '@/hooks/useUnits';
import { fieldErrorText } from '@/lib/forms';
import { currentLanguage, SUPPORTED_LANGUAGES } from '@/lib/i18n';
import { COMPLAINT_MANAGERS, isAllowed } from '@/lib/permissions';
import { newSubmissionId } from '@/lib/submission-id';
import { flattenUnits, unitOptions } from '@/lib/unit-tree';
import { useCreatePromise, usePromiseOwners } from '../api/promises';
import type { PromiseDetail, SourceKind } from '../api/types';
import { CustomerPicker } from './CustomerPicker';
import { DueFields } from './DueFields';
import { emptyPromise, PROMISE_FIELDS, type PromiseFormValues, type PromisePrefill, promiseRequest, promiseSchema, TEXT_MAX } from './promise-schema';

const FREE_SOURCES: readonly SourceKind[] = ['MANUAL', 'COMPLAINT', 'RECOVERY_CASE', 'SURVEY_RESPONSE'];

/**
 * Records a promise: what was promised, to which customer, who owns it (a manager picks among their units' members,
 * an admin among everyone; staff promise for themselves), when it is due, where it came from, and whether the
 * customer is told by mail. One request id per form, so a retry after a lost answer records one promise.
 */
export function PromiseForm({
  prefill,
  onCreated,
  onCancel,
}: {
  prefill?: PromisePrefill;
  onCreated: (detail: PromiseDetail) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('promises');
  const { roles } = useSession();
  const manages = isAllowed(COMPLAINT_MANAGERS, roles);
  const create = useCreatePromise();
  const owners = usePromiseOwners(manages);
  const units = useUnits({ enabled: manages });
  const [requestId] = useState(newSubmissionId);
  const [general, setGeneral] = useState<string | null>(null);
  const form = useForm<PromiseFormValues, unknown, PromiseFormValues>({
    defaultValues: emptyPromise(prefill, currentLanguage(), manages),
    resolver: zodResolver(promiseSchema),
  });
  const { errors } = form.formState;
  const error = (field: keyof PromiseFormValues) => fieldErrorText(errors[field], t);
  const customerMode = form.watch('customerMode');
  const sourceKind = form.watch('sourceKind');

  const onSubmit = form.handleSubmit(
    async (values) => {
      if (create.isPending) return;
      setGeneral(null);
      try {
        onCreated(await create.mutateAsync(promiseRequest(values, requestId)));
      } catch (failure) {
        setGeneral(formProblemMessage(failure, form, PROMISE_FIELDS, t));
      }
    },
    () => setGeneral(null),
  );

  return (
    <form noValidate onSubmit={onSubmit} aria-label={t('promises.form.title')} data-testid="promise-form">
      <Stack gap="md">
        {general && (
          <Alert color="red" variant="light" role="alert" title={t('promises.form.failed')}>
            {general}
          </Alert>
        )}
        <Textarea
          {...form.register('text')}
          label={t('promises.form.text')}
          description={t('promises.form.textHint')}
          required
          autosize
          minRows={3}
          maxRows={10}
          maxLength={TEXT_MAX}
          error={error('text')}
          data-autofocus
          data-testid="promise-text"
        />

        <Fieldset legend={t('promises.fields.customer')} variant="filled" data-testid="promise-customer">
          {customerMode === 'source' ? (
            <Text size="sm" data-testid="promise-source-customer">
              {t('promises.form.customerOfSource', {
                customer: prefill?.customer?.name || prefill?.customer?.email || t('promises.form.theCustomer'),
              })}
            </Text>
          ) : (
            <Stack gap="sm">
              {manages && (
                <Controller
                  control={form.control}
                  name="customerMode"
                  render={({ field }) => (
                    <SegmentedControl
                      aria-label={t('promises.form.customerHow')}
                      value={field.value}
                      onChange={field.onChange}
                      data={[
                        { value: 'existing', label: t('promises.form.customerExisting') },
                        { value: 'email', label: t('promises.form.customerByEmail') },
                      ]}
                      data-testid="customer-mode"
                    />
                  )}
                />
              )}
              {customerMode === 'existing' ? (
                <Controller
                  control={form.control}
                  name="customerId"
                  render={({ field }) => (
                    <CustomerPicker value={field.value} onChange={field.onChange} error={error('customerId')} inputRef={field.ref} />
                  )}
                />
              ) : (
                <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                  <TextInput
                    {...form.register('customerEmail')}
                    type="email"
                    label={t('promises.form.customerEmail')}
                    required
                    autoComplete="off"
                    error={error('customerEmail')}
                    data-testid="customer-email"
                  />
                  <TextInput
                    {...form.register('customerName')}
                    label={t('promises.form.customerName')}
                    autoComplete="off"
                    maxLength={200}
                    error={error('customerName')}
                  />
                  <NativeSelect
                    {...form.register('customerLanguage')}
                    label={t('promises.form.customerLanguage')}
                    data={SUPPORTED_LANGUAGES.map((language) => ({ value: language, label: t(`language.${language}`) }))}
                  />
                </SimpleGrid>
              )}
            </Stack>
          )}
        </Fieldset>

        {manages ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <NativeSelect
              {...form.register('ownerId')}
              label={t('promises.fields.owner')}
              description={t('promises.form.ownerHint')}
              data={[
                { value: '', label: t('promises.form.ownerMe') },
                ...(owners.data ?? []).map((owner) => ({ value: owner.id, label: owner.displayName })),
              ]}
              error={error('ownerId')}
              data-testid="promise-owner"
            />
            <NativeSelect
              {...form.register('unitId')}
              label={t('promises.fields.unit')}
              data={[{ value: '', label: t('promises.form.unitOfOwner') }, ...unitOptions(flattenUnits(units.data ?? []))]}
              error={error('unitId')}
              data-testid="promise-unit"
            />
          </SimpleGrid>
        ) : (
          <Text size="sm" c="dimmed">
            {t('promises.form.ownerYou')}
          </Text>
        )}

        <DueFields form={form} />

        {prefill ? (
          <Text size="sm" data-testid="promise-prefilled-source">
            {t('promises.form.sourceFixed', {
              source: t(`promises.sources.${prefill.sourceKind}`),
              reference: prefill.sourceReference ?? '',
            })}
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <NativeSelect
              {...form.register('sourceKind')}
              label={t('promises.fields.source')}
              data={FREE_SOURCES.map((kind) => ({ value: kind, label: t(`promises.sources.${kind}`) }))}
              error={error('sourceKind')}
              data-testid="promise-source-kind"
            />
            {sourceKind !== 'MANUAL' && (
              <TextInput
                {...form.register('sourceId')}
                label={t('promises.form.sourceId')}
                description={t('promises.form.sourceIdHint')}
                required
                autoComplete="off"
                error={error('sourceId')}
                data-testid="promise-source-id"
              />
            )}
          </SimpleGrid>
        )}

        <SwitchField
          control={form.control}
          name="notifyCustomer"
          label={t('promises.form.notify')}
          description={t('promises.form.notifyHint')}
          data-testid="promise-notify"
        />

        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="promise-submit">
            {t('promises.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
