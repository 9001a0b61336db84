import { Button, Container, EmptyState, Group, NativeSelect, SegmentedControl, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { DownloadButton } from '@/components/DownloadButton';
import { ErrorState, PageLoader } from '@/components/feedback';
import { PageHeader } from '@/components/layout/PageHeader';
import { Pager } from '@/components/Pager';
import { SearchBar } from '@/components/SearchBar';
import { useSearchPaging } from '@/hooks/useSearchPaging';
import { useUnits } from '@/hooks/useUnits';
import { flattenUnits, unitOptions } from '@/lib/unit-tree';
import { downloadPromises, PROMISES_PAGE_SIZE, usePromiseOwners, usePromises } from '../api/promises';
import type { PromiseScope } from '../api/types';
import { MyPromises } from '../components/MyPromises';
import { NewPromiseDialog } from '../components/NewPromiseDialog';
import { PromiseFilters } from '../components/PromiseFilters';
import { PromisesTable } from '../components/PromisesTable';
import { usePromiseRoles } from '../hooks/usePromiseRoles';
import { listQuery, listViewFrom, listViewParams, NO_FILTERS, PROMISE_SORTS, type PromiseListView, type PromiseSort } from '../utils/list-view';

/**
 * `/promises`: for those who make promises, their own at a glance (overdue, due today, upcoming); then the list of
 * promises, STAFF starting with their own, a MANAGER with their units', EXECUTIVE and ADMIN with the tenant's,
 * with filters, search, order, pages and the CSV export of what is filtered.
 */
export function PromisesRoute() {
  const { t } = useTranslation('promises');
  const navigate = useNavigate();
  const { records, manages, oversees, defaultScope } = usePromiseRoles();
  const owners = usePromiseOwners(manages);
  const units = useUnits({ enabled: oversees });
  const { search, setSearch, q, page, setPage } = useSearchPaging();
  const [params, setParams] = useSearchParams();
  const view = listViewFrom(params, defaultScope);
  const query = listQuery(view, q, page);
  const list = usePromises(query);
  const [creating, setCreating] = useState(false);

  // A new scope, filter or order starts again at the first page.
  const setView = (next: Partial<PromiseListView>) => {
    setParams(listViewParams({ ...view, ...next }, defaultScope), { replace: true });
    setPage(0);
  };
  const filtered = Object.values(view.filters).some(Boolean) || q.length >= 2;
  const total = list.data?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / PROMISES_PAGE_SIZE));

  const actions = (
    <Group gap="sm" align="flex-start">
      <Button variant="default" component={Link} to="/promises/kept-rate" data-testid="promises-kept-rate-link">
        {t('promises.list.keptRate')}
      </Button>
      <Button variant="subtle" component={Link} to="/promises/settings" data-testid="promises-settings-link">
        {t('promises.list.settings')}
      </Button>
      <Button variant="default" component={Link} to="/promises/calendar" data-testid="promises-calendar-link">
        {t('promises.calendar.open')}
      </Button>
      <DownloadButton
        label={t('promises.list.csv')}
        failed={(reason) => t('promises.list.csvFailed', { reason })}
        onDownload={() => downloadPromises(query)}
        testId="promises-csv"
      />
      {records && (
        <Button onClick={() => setCreating(true)} data-testid="new-promise">
          {t('promises.form.button')}
        </Button>
      )}
    </Group>
  );

  return (
    <Container size="xl" py="xl">
      <title>{t('promises.list.pageTitle')}</title>
      <PageHeader title={t('promises.list.title')} description={t(oversees ? 'promises.list.leadOversee' : 'promises.list.leadStaff')} actions={actions} />
      {records && <MyPromises />}

      <section aria-labelledby="promise-list-title">
        <Group justify="space-between" align="flex-end" mb="sm" wrap="wrap">
          <Title order={2} size="h3" id="promise-list-title">
            {t(view.scope === 'MINE' ? 'promises.list.mineTitle' : 'promises.list.visibleTitle')}
          </Title>
          {oversees && records && (
            <SegmentedControl
              aria-label={t('promises.list.scope')}
              value={view.scope}
              onChange={(value) => setView({ scope: value as PromiseScope })}
              data={[
                { value: 'VISIBLE', label: t('promises.list.scopeVisible') },
                { value: 'MINE', label: t('promises.list.scopeMine') },
              ]}
              data-testid="promise-scope"
            />
          )}
        </Group>
        <Group align="flex-end" gap="md" wrap="wrap">
          <div style={{ flex: 1 }}>
            <SearchBar
              label={t('promises.list.searchLabel')}
              placeholder={t('promises.list.searchPlaceholder')}
              value={search}
              onChange={setSearch}
              count={list.data ? t('promises.list.count', { count: total }) : ''}
              testId="promises"
            />
          </div>
          <NativeSelect
            label={t('promises.list.sortLabel')}
            value={view.sort}
            onChange={(e) => setView({ sort: e.currentTarget.value as PromiseSort })}
            data={(Object.keys(PROMISE_SORTS) as PromiseSort[]).map((key) => ({ value: key, label: t(`promises.list.sorts.${key}`) }))}
            mb="sm"
            data-testid="promises-sort"
          />
        </Group>
        <PromiseFilters
          filters={view.filters}
          onChange={(filters) => setView({ filters })}
          owners={manages && owners.data ? owners.data.map((o) => ({ value: o.id, label: o.displayName })) : null}
          units={oversees ? unitOptions(flattenUnits(units.data ?? [])) : null}
        />

        {list.isPending ? (
          <PageLoader label={t('promises.list.loading')} />
        ) : list.isError ? (
          <ErrorState error={list.error} title={t('promises.list.loadFailed')} onRetry={() => void list.refetch()} retrying={list.isFetching} />
        ) : list.data.items.length === 0 ? (
          <EmptyState
            py="xl"
            data-testid="promises-empty"
            title={filtered ? t('promises.list.noMatchTitle') : t('promises.list.emptyTitle')}
            description={filtered ? t('promises.list.noMatchText') : t(records ? 'promises.list.emptyText' : 'promises.list.emptyTextReader')}
          >
            <EmptyState.Actions>
              {filtered ? (
                <Button
                  variant="default"
                  onClick={() => {
                    setSearch('');
                    setView({ filters: NO_FILTERS });
                  }}
                >
                  {t('promises.list.clearFilters')}
                </Button>
              ) : (
                records && <Button onClick={() => setCreating(true)}>{t('promises.form.button')}</Button>
              )}
            </EmptyState.Actions>
          </EmptyState>
        ) : (
          <>
            <div aria-busy={list.isFetching} style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}>
              <PromisesTable promises={list.data.items} caption={t('promises.list.title')} />
            </div>
            <Pager pageCount={pageCount} page={page} onChange={setPage} mt="md" />
          </>
        )}
      </section>

      {creating && (
        <NewPromiseDialog
          onClose={() => setCreating(false)}
          onCreated={(detail) => {
            setCreating(false);
            void navigate(`/promises/${detail.promise.id}`, { state: { created: detail.promise.reference } });
          }}
        />
      )}
    </Container>
  );
}
