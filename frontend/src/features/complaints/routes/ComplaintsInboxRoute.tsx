import { Button, Container, EmptyState, Group, NativeSelect } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorState, PageLoader, type Result, ResultMessage } from '@/components/feedback';
import { PageHeader } from '@/components/layout/PageHeader';
import { Pager } from '@/components/Pager';
import { SearchBar } from '@/components/SearchBar';
import { useSession } from '@/features/auth';
import { useSearchPaging } from '@/hooks/useSearchPaging';
import type { Touchpoint } from '@/lib/api/types';
import { COMPLAINT_MANAGERS, isAllowed } from '@/lib/permissions';
import {
  COMPLAINT_SORTS,
  COMPLAINTS_PAGE_SIZE,
  type ComplaintSort,
  type InboxFilters as Filters,
  inboxQuery,
  inboxViewFrom,
  inboxViewParams,
  NO_FILTERS,
  useInbox,
  useTouchpoints,
} from '../api/complaints';
import { FormLinkBox } from '../components/FormLinkBox';
import { InboxFilters } from '../components/InboxFilters';
import { InboxTable } from '../components/InboxTable';
import { RecordComplaintDialog } from '../components/RecordComplaintDialog';
import { type Option, useComplaintLookups } from '../hooks/useComplaintLookups';

/**
 * `/complaints`: the inbox of what the member may handle (ADMIN all, MANAGER their units', STAFF theirs), with
 * filters, search, sort and pages; record a complaint for a customer; the public form's link for managers.
 */
export function ComplaintsInboxRoute() {
  const { t, i18n } = useTranslation('complaints');
  const { roles } = useSession();
  const manages = isAllowed(COMPLAINT_MANAGERS, roles);
  const lookups = useComplaintLookups();
  const touchpoints = useTouchpoints();
  const { search, setSearch, q, page, setPage } = useSearchPaging();
  const [params, setParams] = useSearchParams();
  const { filters, sort } = inboxViewFrom(params);
  const inbox = useInbox(inboxQuery(filters, q, page, sort));
  const [recording, setRecording] = useState(false);
  const [result, setResult] = useState<Result | null>(null);

  // A new filter or order starts again at the first page.
  const setView = (next: { filters?: Filters; sort?: ComplaintSort }) => {
    setParams(inboxViewParams(next.filters ?? filters, next.sort ?? sort), { replace: true });
    setPage(0);
  };
  const setFilters = (next: Filters) => setView({ filters: next });
  const filtered = Object.values(filters).some(Boolean) || q !== '';
  // the backend counts up to a limit and answers one more, not exact, when there are more
  const total = inbox.data?.total ?? 0;
  const exact = inbox.data?.totalExact ?? true;
  const pageCount = Math.max(1, Math.ceil(total / COMPLAINTS_PAGE_SIZE));

  const actions = (
    <Group gap="sm">
      {manages && (
        <Button variant="default" component={Link} to="/complaints/settings" data-testid="complaints-settings-link">
          {t('complaints.settings.title')}
        </Button>
      )}
      <Button onClick={() => setRecording(true)} data-testid="record-complaint">
        {t('complaints.record.button')}
      </Button>
    </Group>
  );

  return (
    <Container size="xl" py="xl">
      <title>{t('complaints.inbox.pageTitle')}</title>
      <PageHeader title={t('complaints.inbox.title')} description={t(manages ? 'complaints.inbox.leadManager' : 'complaints.inbox.leadStaff')} actions={actions} />
      {manages && <FormLinkBox />}

      <Group align="flex-end" gap="md" wrap="wrap">
        <div style={{ flex: 1 }}>
          <SearchBar
            label={t('complaints.inbox.searchLabel')}
            placeholder={t('complaints.inbox.searchPlaceholder')}
            value={search}
            onChange={setSearch}
            count={
              inbox.data
                ? !exact
                  ? t('complaints.inbox.countMore', { limit: (total - 1).toLocaleString(i18n.language) })
                  : t('complaints.inbox.count', { count: total })
                : ''
            }
            testId="complaints"
          />
        </div>
        <NativeSelect
          label={t('complaints.inbox.sortLabel')}
          value={sort}
          onChange={(e) => setView({ sort: e.currentTarget.value as ComplaintSort })}
          data={(Object.keys(COMPLAINT_SORTS) as ComplaintSort[]).map((key) => ({ value: key, label: t(`complaints.inbox.sorts.${key}`) }))}
          mb="sm"
          data-testid="complaints-sort"
        />
      </Group>
      <InboxFilters
        filters={filters}
        onChange={setFilters}
        categories={lookups.categoryOptions()}
        priorities={lookups.priorityOptions()}
        units={lookups.unitOptions}
        touchpoints={touchpointFilterOptions(touchpoints.data, filters.touchpoint)}
        members={lookups.memberOptions}
        meId={lookups.meId}
      />

      <ResultMessage result={result} onClose={() => setResult(null)} />

      {inbox.isPending ? (
        <PageLoader label={t('complaints.inbox.loading')} />
      ) : inbox.isError ? (
        <ErrorState error={inbox.error} title={t('complaints.inbox.loadFailed')} onRetry={() => void inbox.refetch()} retrying={inbox.isFetching} />
      ) : inbox.data.items.length === 0 ? (
        <EmptyState
          py="xl"
          data-testid="complaints-empty"
          title={filtered ? t('complaints.inbox.noMatchTitle') : t('complaints.inbox.emptyTitle')}
          description={filtered ? t('complaints.inbox.noMatchText') : t(manages ? 'complaints.inbox.emptyTextManager' : 'complaints.inbox.emptyTextStaff')}
        >
          {filtered && (
            <EmptyState.Actions>
              <Button
                variant="default"
                onClick={() => {
                  setSearch('');
                  setFilters(NO_FILTERS);
                }}
              >
                {t('complaints.inbox.clearFilters')}
              </Button>
            </EmptyState.Actions>
          )}
        </EmptyState>
      ) : (
        <>
          <div aria-busy={inbox.isFetching} style={{ opacity: inbox.isPlaceholderData ? 0.6 : 1 }}>
            <InboxTable complaints={inbox.data.items} lookups={lookups} />
          </div>
          <Pager pageCount={pageCount} page={page} onChange={setPage} mt="md" />
        </>
      )}

      {recording && (
        <RecordComplaintDialog
          onClose={() => setRecording(false)}
          onRecorded={(receipt) => {
            setRecording(false);
            setResult({ kind: 'success', text: t('complaints.record.done', { reference: receipt.reference }) });
          }}
        />
      )}
    </Container>
  );
}

/**
 * The inbox's touchpoint filter: every touchpoint by name, retired ones too (their complaints stay), in their order;
 * and the name in the page address when no touchpoint has it (any more), so the filter shows what the list is.
 */
function touchpointFilterOptions(touchpoints: readonly Touchpoint[] | undefined, chosen: string): Option[] {
  const options = [...(touchpoints ?? [])].sort((a, b) => a.position - b.position).map((tp) => ({ value: tp.name, label: tp.name }));
  return chosen && !options.some((o) => o.value === chosen) ? [...options, { value: chosen, label: chosen }] : options;
}
