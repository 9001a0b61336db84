import { Alert, Loader, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '@/components/feedback';
import { useCustomerSearch } from '../api/promises';

/**
 * Finds a customer in the directory (name, email or external id, from 2 characters) and picks one of the matches;
 * `value` is the picked customer's id ('' for none).
 */
export function CustomerPicker({
  value,
  onChange,
  error,
  inputRef,
}: {
  value: string;
  onChange: (id: string) => void;
  error?: string;
  inputRef?: (element: HTMLInputElement | null) => void;
}) {
  const { t } = useTranslation('promises');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const matches = useCustomerSearch(q, true);
  const items = q.length >= 2 ? (matches.data?.items ?? []) : [];
  return (
    <Stack gap="xs">
      <TextInput
        ref={inputRef}
        type="search"
        label={t('promises.form.customerSearch')}
        description={t('promises.form.customerSearchHint')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        rightSection={matches.isFetching ? <Loader size="xs" /> : null}
        error={error}
        data-testid="customer-search"
      />
      {matches.isError && (
        <Alert color="red" variant="light" role="alert">
          {problemMessage(matches.error, t)}
        </Alert>
      )}
      {q.length >= 2 && matches.isSuccess && items.length === 0 && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('promises.form.customerNone')}
        </Text>
      )}
      {items.length > 0 && (
        <Radio.Group value={value} onChange={onChange} label={t('promises.form.customerMatches')} data-testid="customer-matches">
          <Stack gap={6} mt={4}>
            {items.map((customer) => (
              <Radio
                key={customer.id}
                value={customer.id}
                label={customer.name ? `${customer.name} <${customer.email}>` : customer.email}
              />
            ))}
          </Stack>
        </Radio.Group>
      )}
    </Stack>
  );
}
