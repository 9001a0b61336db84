import { Button, Container, EmptyState } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog, ErrorState, PageLoader, problemMessage, type Result, ResultMessage } from '@/components/feedback';
import { PageHeader } from '@/components/layout/PageHeader';
import { Pager } from '@/components/Pager';
import { SearchBar } from '@/components/SearchBar';
import { useSearchPaging } from '@/hooks/useSearchPaging';
import { useUnits } from '@/hooks/useUnits';
import { flattenUnits, unitLabels, unitOptions } from '@/lib/unit-tree';
import type { Member } from '@/lib/api/types';
import { MEMBERS_PAGE_SIZE, useMembers, useSetMemberActive } from '../api/members';
import { EditMemberDialog } from '../components/EditMemberDialog';
import { InviteMemberDialog } from '../components/InviteMemberDialog';
import { MembersTable } from '../components/MembersTable';
import { PendingInvitations } from '../components/PendingInvitations';

/** Members admin: search, page through, invite (pending invitations: resend, revoke), change, deactivate, reactivate. */
export function MembersRoute() {
  const { t } = useTranslation('members');
  const { search, setSearch, q, page, setPage } = useSearchPaging();

  const members = useMembers({ q, page });
  const units = useUnits();
  const setActive = useSetMemberActive();

  const [inviting, setInviting] = useState(false);
  const [editing, setEditing] = useState<Member | null>(null);
  const [deactivating, setDeactivating] = useState<Member | null>(null);
  const [result, setResult] = useState<Result | null>(null);

  const labels = useMemo(() => unitLabels(units.data ?? []), [units.data]);
  const options = useMemo(() => unitOptions(flattenUnits(units.data ?? [])), [units.data]);

  const total = members.data?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / MEMBERS_PAGE_SIZE));

  const reactivate = (member: Member) => {
    setResult(null);
    setActive.mutate(
      { id: member.id, active: true },
      {
        onSuccess: (saved) => setResult({ kind: 'success', text: t('members.reactivated', { name: saved.displayName }) }),
        onError: (error) => setResult({ kind: 'error', text: problemMessage(error, t) }),
      },
    );
  };

  const inviteButton = (
    <Button
      data-testid="invite-member"
      onClick={() => {
        setResult(null);
        setInviting(true);
      }}
    >
      {t('members.inviteButton')}
    </Button>
  );

  return (
    <Container size="xl" py="xl">
      <title>{t('members.pageTitle')}</title>
      <PageHeader title={t('members.title')} description={t('members.lead')} actions={inviteButton} />

      <SearchBar
        label={t('members.searchLabel')}
        placeholder={t('members.searchPlaceholder')}
        value={search}
        onChange={setSearch}
        count={members.data ? t('members.count', { count: total }) : ''}
        testId="members"
      />

      <ResultMessage result={result} onClose={() => setResult(null)} />

      {members.isPending ? (
        <PageLoader label={t('members.loading')} />
      ) : members.isError ? (
        <ErrorState
          error={members.error}
          title={t('members.loadFailed')}
          onRetry={() => void members.refetch()}
          retrying={members.isFetching}
        />
      ) : members.data.items.length === 0 ? (
        <EmptyState
          py="xl"
          data-testid="members-empty"
          title={q ? t('members.noMatchTitle') : t('members.emptyTitle')}
          description={q ? t('members.noMatchText', { q }) : t('members.emptyText')}
        >
          {q && (
            <EmptyState.Actions>
              <Button variant="default" onClick={() => setSearch('')}>
                {t('members.clearSearch')}
              </Button>
            </EmptyState.Actions>
          )}
        </EmptyState>
      ) : (
        <>
          <div aria-busy={members.isFetching} style={{ opacity: members.isPlaceholderData ? 0.6 : 1 }}>
            <MembersTable
              members={members.data.items}
              unitLabels={labels}
              onEdit={(member) => {
                setResult(null);
                setEditing(member);
              }}
              onDeactivate={(member) => {
                setResult(null);
                setActive.reset();
                setDeactivating(member);
              }}
              onReactivate={reactivate}
              busyMemberId={setActive.isPending ? setActive.variables?.id : null}
            />
          </div>
          <Pager pageCount={pageCount} page={page} onChange={setPage} mt="md" />
        </>
      )}

      <PendingInvitations />

      {inviting && (
        <InviteMemberDialog
          onClose={() => setInviting(false)}
          unitOptions={options}
          unitsUnavailable={units.isError}
        />
      )}
      {editing && (
        <EditMemberDialog
          member={editing}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            setResult({ kind: 'success', text: t('members.saved', { name: saved.displayName }) });
          }}
          unitOptions={options}
          unitsUnavailable={units.isError}
        />
      )}
      <ConfirmDialog
        opened={deactivating !== null}
        title={t('members.deactivateTitle', { name: deactivating?.displayName ?? '' })}
        message={t('members.deactivateText', { name: deactivating?.displayName ?? '' })}
        confirmLabel={t('members.deactivate')}
        busy={setActive.isPending}
        error={setActive.error ? problemMessage(setActive.error, t) : null}
        onCancel={() => setDeactivating(null)}
        onConfirm={() => {
          if (!deactivating) return;
          setActive.mutate(
            { id: deactivating.id, active: false },
            {
              onSuccess: (saved) => {
                setDeactivating(null);
                setResult({ kind: 'success', text: t('members.deactivated', { name: saved.displayName }) });
              },
            },
          );
        }}
      />
    </Container>
  );
}
