import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AttributeRowsFields } from '@/components/AttributeRowsFields';
import { formProblemMessage } from '@/components/feedback';
import type { Customer } from '@/lib/api/types';
import { toAttributes } from '@/lib/attributes';
import { currentLanguage } from '@/lib/i18n';
import { useCreateCustomer } from '../api/customers';
import { CustomerFields } from './CustomerFields';
import { CUSTOMER_FIELDS, type CustomerFormValues, customerSchema } from './customer-schema';

/** Adds one customer. A taken email (or external id) is a 409 shown under that field. Mount it only while open. */
export function CreateCustomerDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (customer: Customer) => void }) {
  const { t } = useTranslation('customers');
  const create = useCreateCustomer();
  const form = useForm<CustomerFormValues, unknown, CustomerFormValues>({
    defaultValues: { email: '', name: '', language: currentLanguage(), externalId: '', attributes: [] },
    resolver: zodResolver(customerSchema),
  });
  const [general, setGeneral] = useState<string | null>(null);

  const onSubmit = form.handleSubmit(
    async (values) => {
      if (create.isPending) return;
      setGeneral(null);
      try {
        const created = await create.mutateAsync({
          email: values.email,
          language: values.language,
          ...(values.name ? { name: values.name } : {}),
          ...(values.externalId ? { externalId: values.externalId } : {}),
          ...(values.attributes.length > 0 ? { attributes: toAttributes(values.attributes) } : {}),
        });
        onCreated(created);
      } catch (error) {
        setGeneral(formProblemMessage(error, form, CUSTOMER_FIELDS, t, { 409: 'email' }));
      }
    },
    () => setGeneral(null),
  );

  return (
    <Modal opened onClose={onClose} title={t('customers.create.title')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form noValidate onSubmit={onSubmit} aria-label={t('customers.create.title')} data-testid="create-customer-form">
        <Stack gap="md">
          {general && (
            <Alert color="red" variant="light" role="alert" title={t('customers.create.failed')}>
              {general}
            </Alert>
          )}
          <CustomerFields form={form} withEmail />
          <AttributeRowsFields form={form} hint={t('customers.fields.attributesHint')} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="create-customer-submit">
              {t('customers.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
