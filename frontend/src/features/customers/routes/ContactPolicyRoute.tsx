import { zodResolver } from '@hookform/resolvers/zod';
import { Anchor, Button, Container, Group, NumberInput, Paper, Stack } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { ErrorState, formProblemMessage, PageLoader, type Result, ResultMessage } from '@/components/feedback';
import { PageHeader } from '@/components/layout/PageHeader';
import type { ContactPolicy } from '@/lib/api/types';
import { fieldErrorText, messageKey } from '@/lib/forms';
import { useContactPolicy, useSaveContactPolicy } from '../api/customers';

const QUIET_PERIOD_MAX = 365;

const policySchema = z.object({
  quietPeriodDays: z
    .number(messageKey('customers.policy.quietPeriodRange', { max: QUIET_PERIOD_MAX }))
    .int(messageKey('customers.policy.quietPeriodRange', { max: QUIET_PERIOD_MAX }))
    .min(0, messageKey('customers.policy.quietPeriodRange', { max: QUIET_PERIOD_MAX }))
    .max(QUIET_PERIOD_MAX, messageKey('customers.policy.quietPeriodRange', { max: QUIET_PERIOD_MAX })),
});

/** `/customers/contact-policy`: the quiet period, in days, during which no survey invites a customer again. */
export function ContactPolicyRoute() {
  const { t } = useTranslation('customers');
  const policy = useContactPolicy();
  return (
    <Container size="sm" py="xl">
      <title>{t('customers.policy.pageTitle')}</title>
      <Anchor component={Link} to="/customers" size="sm">
        {t('customers.backToList')}
      </Anchor>
      <PageHeader title={t('customers.policy.title')} description={t('customers.policy.lead')} />
      {policy.isPending ? (
        <PageLoader label={t('customers.policy.loading')} />
      ) : policy.isError ? (
        <ErrorState error={policy.error} title={t('customers.policy.loadFailed')} onRetry={() => void policy.refetch()} retrying={policy.isFetching} />
      ) : (
        <ContactPolicyForm policy={policy.data} />
      )}
    </Container>
  );
}

function ContactPolicyForm({ policy }: { policy: ContactPolicy }) {
  const { t } = useTranslation('customers');
  const save = useSaveContactPolicy();
  const form = useForm<ContactPolicy, unknown, ContactPolicy>({ defaultValues: policy, resolver: zodResolver(policySchema) });
  const [result, setResult] = useState<Result | null>(null);

  const onSubmit = form.handleSubmit(
    async (values) => {
      setResult(null);
      try {
        form.reset(await save.mutateAsync(values));
        setResult({ kind: 'success', text: t('customers.policy.saved') });
      } catch (error) {
        const text = formProblemMessage(error, form, ['quietPeriodDays'], t);
        if (text) setResult({ kind: 'error', text });
      }
    },
    () => setResult(null),
  );

  return (
    <Paper withBorder radius="md" p="md">
      <form noValidate onSubmit={onSubmit} aria-label={t('customers.policy.title')} data-testid="contact-policy-form">
        <Stack gap="md">
          <ResultMessage result={result} onClose={() => setResult(null)} />
          <Controller
            control={form.control}
            name="quietPeriodDays"
            render={({ field, fieldState }) => (
              <NumberInput
                ref={field.ref}
                name={field.name}
                label={t('customers.policy.quietPeriod')}
                description={t('customers.policy.quietPeriodHint')}
                min={0}
                max={QUIET_PERIOD_MAX}
                allowDecimal={false}
                allowNegative={false}
                value={field.value}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
                onBlur={field.onBlur}
                error={fieldErrorText(fieldState.error, t)}
                maw={240}
              />
            )}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} data-testid="contact-policy-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
