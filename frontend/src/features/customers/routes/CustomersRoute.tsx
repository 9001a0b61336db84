import { Button, Container, EmptyState, Group, NativeSelect } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { ErrorState, PageLoader, type Result, ResultMessage } from '@/components/feedback';
import { PageHeader } from '@/components/layout/PageHeader';
import { Pager } from '@/components/Pager';
import { SearchBar } from '@/components/SearchBar';
import { useSearchPaging } from '@/hooks/useSearchPaging';
import { CUSTOMER_SORTS, CUSTOMERS_PAGE_SIZE, type CustomerSort, useCustomers } from '../api/customers';
import { CreateCustomerDialog } from '../components/CreateCustomerDialog';
import { CustomersTable } from '../components/CustomersTable';

/** `/customers`: search and page through the customer directory; add one, import a CSV, set the contact policy. */
export function CustomersRoute() {
  const { t } = useTranslation('customers');
  const navigate = useNavigate();
  const { search, setSearch, q, page, setPage } = useSearchPaging();
  const [sort, setSort] = useState<CustomerSort>('name');
  const customers = useCustomers({ q, page, sort });
  const [creating, setCreating] = useState(false);
  // The customer's page sends us here after erasing them: say that it happened.
  const erased = (useLocation().state as { erased?: string } | null)?.erased;
  const [result, setResult] = useState<Result | null>(
    erased ? { kind: 'success', text: t('customers.erase.done', { name: erased }) } : null,
  );

  const total = customers.data?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / CUSTOMERS_PAGE_SIZE));

  const actions = (
    <Group gap="sm">
      <Button variant="default" component={Link} to="/customers/contact-policy" data-testid="customers-policy-link">
        {t('customers.policy.title')}
      </Button>
      <Button variant="default" component={Link} to="/customers/import" data-testid="customers-import-link">
        {t('customers.import.title')}
      </Button>
      <Button onClick={() => setCreating(true)} data-testid="create-customer">
        {t('customers.create.button')}
      </Button>
    </Group>
  );

  return (
    <Container size="xl" py="xl">
      <title>{t('customers.pageTitle')}</title>
      <PageHeader title={t('customers.title')} description={t('customers.lead')} actions={actions} />

      <Group align="flex-end" gap="md" wrap="wrap">
        <div style={{ flex: 1 }}>
          <SearchBar
            label={t('customers.list.searchLabel')}
            placeholder={t('customers.list.searchPlaceholder')}
            value={search}
            onChange={setSearch}
            count={customers.data ? t('customers.list.count', { count: total }) : ''}
            testId="customers"
          />
        </div>
        <NativeSelect
          label={t('customers.list.sortLabel')}
          value={sort}
          onChange={(e) => {
            setSort(e.currentTarget.value as CustomerSort);
            setPage(0);
          }}
          data={(Object.keys(CUSTOMER_SORTS) as CustomerSort[]).map((key) => ({ value: key, label: t(`customers.list.sorts.${key}`) }))}
          mb="sm"
          data-testid="customers-sort"
        />
      </Group>

      <ResultMessage result={result} onClose={() => setResult(null)} />

      {customers.isPending ? (
        <PageLoader label={t('customers.list.loading')} />
      ) : customers.isError ? (
        <ErrorState
          error={customers.error}
          title={t('customers.list.loadFailed')}
          onRetry={() => void customers.refetch()}
          retrying={customers.isFetching}
        />
      ) : customers.data.items.length === 0 ? (
        <EmptyState
          py="xl"
          data-testid="customers-empty"
          title={q ? t('customers.list.noMatchTitle') : t('customers.list.emptyTitle')}
          description={q ? t('customers.list.noMatchText', { q }) : t('customers.list.emptyText')}
        >
          {q && (
            <EmptyState.Actions>
              <Button variant="default" onClick={() => setSearch('')}>
                {t('customers.list.clearSearch')}
              </Button>
            </EmptyState.Actions>
          )}
        </EmptyState>
      ) : (
        <>
          <div aria-busy={customers.isFetching} style={{ opacity: customers.isPlaceholderData ? 0.6 : 1 }}>
            <CustomersTable customers={customers.data.items} />
          </div>
          <Pager pageCount={pageCount} page={page} onChange={setPage} mt="md" />
        </>
      )}

      {creating && (
        <CreateCustomerDialog
          onClose={() => setCreating(false)}
          onCreated={(customer) => void navigate(`/customers/${customer.id}`)}
        />
      )}
    </Container>
  );
}
