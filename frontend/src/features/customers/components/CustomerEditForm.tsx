import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Paper, Stack, Switch, Title } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { AttributeRowsFields } from '@/components/AttributeRowsFields';
import { formProblemMessage, type Result, ResultMessage } from '@/components/feedback';
import type { Customer } from '@/lib/api/types';
import { toAttributeRows, toAttributes } from '@/lib/attributes';
import { useChangeCustomer } from '../api/customers';
import { CustomerFields } from './CustomerFields';
import { CUSTOMER_FIELDS, type CustomerFormValues, customerSchema } from './customer-schema';

const editSchema = customerSchema.extend({ optedOut: z.boolean() });
type EditValues = z.infer<typeof editSchema>;

function valuesOf(customer: Customer): EditValues {
  return {
    email: customer.email,
    name: customer.name ?? '',
    language: customer.language,
    externalId: customer.externalId ?? '',
    attributes: toAttributeRows(customer.attributes),
    optedOut: customer.optedOut,
  };
}

/** Changes a customer's name, language, external id, attributes and whether they get mails (the email is their identity). */
export function CustomerEditForm({ customer }: { customer: Customer }) {
  const { t, i18n } = useTranslation('customers');
  const change = useChangeCustomer(customer.id);
  const form = useForm<EditValues, unknown, EditValues>({
    defaultValues: valuesOf(customer),
    resolver: zodResolver(editSchema),
  });
  const [result, setResult] = useState<Result | null>(null);

  const onSubmit = form.handleSubmit(
    async (values) => {
      if (change.isPending) return;
      setResult(null);
      try {
        const saved = await change.mutateAsync({
          name: values.name || null,
          language: values.language,
          externalId: values.externalId || null,
          attributes: toAttributes(values.attributes),
          optedOut: values.optedOut,
        });
        form.reset(valuesOf(saved));
        setResult({ kind: 'success', text: t('customers.edit.saved') });
      } catch (error) {
        const text = formProblemMessage(error, form, [...CUSTOMER_FIELDS, 'optedOut'], t, { 409: 'externalId' });
        if (text) setResult({ kind: 'error', text });
      }
    },
    () => setResult(null),
  );

  return (
    <Paper withBorder radius="md" p="md">
      <form noValidate onSubmit={onSubmit} aria-label={t('customers.edit.title')} data-testid="customer-edit-form">
        <Stack gap="md">
          <Title order={2} size="h4">
            {t('customers.edit.title')}
          </Title>
          <ResultMessage result={result} onClose={() => setResult(null)} />
          {/* The shared fields only touch the customer's own values, which these values include. */}
          <CustomerFields form={form as unknown as UseFormReturn<CustomerFormValues, unknown, CustomerFormValues>} withEmail={false} />
          <Controller
            control={form.control}
            name="optedOut"
            render={({ field }) => (
              <Switch
                ref={field.ref}
                name={field.name}
                checked={field.value}
                onChange={(e) => field.onChange(e.currentTarget.checked)}
                onBlur={field.onBlur}
                label={t('customers.edit.optedOut')}
                description={
                  customer.optedOut && customer.optedOutAt
                    ? t('customers.edit.optedOutSince', { date: new Date(customer.optedOutAt).toLocaleDateString(i18n.language) })
                    : t('customers.edit.optedOutHint')
                }
                data-testid="customer-opted-out"
              />
            )}
          />
          <AttributeRowsFields form={form} hint={t('customers.fields.attributesHint')} />
          <Group justify="flex-end">
            <Button type="submit" loading={change.isPending} data-testid="customer-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
