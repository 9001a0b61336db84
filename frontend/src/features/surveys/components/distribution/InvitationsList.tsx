import {
  Badge,
  EmptyState,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, PageLoader } from '@/components/feedback';
import { Pager } from '@/components/Pager';
import type { InvitationStatus } from '@/lib/api/types';
import { INVITATIONS_PAGE_SIZE, useInvitations, useMailLog } from '../../api/invitations';
import { CopyLinkButton } from './ImportReportView';

function useDateTime() {
  const { i18n } = useTranslation('surveys');
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (iso: string | null | undefined) => (iso ? format.format(new Date(iso)) : '–');
}

/** Stands in for the email of a customer who was erased (GDPR): their invitations and mails stay, without them. */
function ErasedCustomer() {
  const { t } = useTranslation('surveys');
  return (
    <Text span size="sm" c="dimmed" fs="italic" data-testid="erased-customer">
      {t('surveys.distribution.erasedCustomer')}
    </Text>
  );
}

/** The survey's invitations with their status and personal link. */
export function InvitationsList({ surveyId }: { surveyId: string }) {
  const { t } = useTranslation('surveys');
  const [status, setStatus] = useState<InvitationStatus | ''>('');
  const [paging, setPaging] = useState({ status: '' as InvitationStatus | '', page: 0 });
  const page = paging.status === status ? paging.page : 0;
  const invitations = useInvitations(surveyId, { status, page });
  const formatDate = useDateTime();
  const pageCount = Math.max(1, Math.ceil((invitations.data?.total ?? 0) / INVITATIONS_PAGE_SIZE));

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h4">
          {t('surveys.distribution.listTitle')}
        </Title>
        <SegmentedControl
          size="xs"
          aria-label={t('surveys.distribution.statusFilter')}
          value={status}
          onChange={(value) => setStatus(value as InvitationStatus | '')}
          data={[
            { value: '', label: t('surveys.distribution.allStatuses') },
            { value: 'PENDING', label: t('surveys.distribution.status.PENDING') },
            { value: 'ANSWERED', label: t('surveys.distribution.status.ANSWERED') },
          ]}
        />
      </Group>
      {invitations.isPending ? (
        <PageLoader label={t('surveys.distribution.loading')} />
      ) : invitations.isError ? (
        <ErrorState
          error={invitations.error}
          title={t('surveys.distribution.loadFailed')}
          onRetry={() => void invitations.refetch()}
          retrying={invitations.isFetching}
        />
      ) : invitations.data.items.length === 0 ? (
        <EmptyState
          py="lg"
          title={t('surveys.distribution.emptyTitle')}
          description={t('surveys.distribution.emptyText')}
          data-testid="invitations-empty"
        />
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t('surveys.distribution.count', { count: invitations.data.total })}
          </Text>
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="xs" highlightOnHover data-testid="invitations-table">
              <VisuallyHidden component="caption">{t('surveys.distribution.listTitle')}</VisuallyHidden>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('surveys.distribution.columns.email')}</Table.Th>
                  <Table.Th scope="col">{t('surveys.distribution.columns.name')}</Table.Th>
                  <Table.Th scope="col">{t('surveys.distribution.columns.language')}</Table.Th>
                  <Table.Th scope="col">{t('surveys.distribution.columns.status')}</Table.Th>
                  <Table.Th scope="col">{t('surveys.distribution.columns.link')}</Table.Th>
                  <Table.Th scope="col">{t('surveys.distribution.columns.createdAt')}</Table.Th>
                  <Table.Th scope="col">{t('surveys.distribution.columns.answeredAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {invitations.data.items.map((invitation) => (
                  <Table.Tr key={invitation.id}>
                    <Table.Td>{invitation.email ?? <ErasedCustomer />}</Table.Td>
                    <Table.Td>{invitation.name ?? '–'}</Table.Td>
                    <Table.Td>{invitation.language ? invitation.language.toUpperCase() : '–'}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={invitation.status === 'ANSWERED' ? 'teal' : 'gray'}>
                        {t(`surveys.distribution.status.${invitation.status}`, { defaultValue: invitation.status })}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {invitation.link && invitation.email ? (
                        <CopyLinkButton
                          link={invitation.link}
                          label={t('surveys.distribution.copyLinkFor', { email: invitation.email })}
                        />
                      ) : (
                        '–'
                      )}
                    </Table.Td>
                    <Table.Td>{formatDate(invitation.createdAt)}</Table.Td>
                    <Table.Td>{formatDate(invitation.answeredAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pager pageCount={pageCount} page={page} onChange={(next) => setPaging({ status, page: next })} />
        </>
      )}
    </Stack>
  );
}

/** The invitation and reminder mails with their delivery state; shown only when there are any. */
export function MailLog({ surveyId }: { surveyId: string }) {
  const { t } = useTranslation('surveys');
  const log = useMailLog(surveyId);
  const formatDate = useDateTime();
  if (!log.data || log.data.items.length === 0) return null;
  return (
    <Stack gap="sm" data-testid="mail-log">
      <Title order={2} size="h4">
        {t('surveys.distribution.mailLog.title')}
      </Title>
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="xs">
          <VisuallyHidden component="caption">{t('surveys.distribution.mailLog.title')}</VisuallyHidden>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('surveys.distribution.mailLog.recipient')}</Table.Th>
              <Table.Th scope="col">{t('surveys.distribution.mailLog.kind')}</Table.Th>
              <Table.Th scope="col">{t('surveys.distribution.mailLog.status')}</Table.Th>
              <Table.Th scope="col">{t('surveys.distribution.mailLog.attempts')}</Table.Th>
              <Table.Th scope="col">{t('surveys.distribution.mailLog.lastError')}</Table.Th>
              <Table.Th scope="col">{t('surveys.distribution.mailLog.time')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {log.data.items.map((mail) => (
              <Table.Tr key={mail.id}>
                <Table.Td>{mail.recipient ?? <ErasedCustomer />}</Table.Td>
                <Table.Td>{mail.kind}</Table.Td>
                <Table.Td>
                  <Badge
                    variant="light"
                    color={mail.status === 'SENT' ? 'teal' : mail.status === 'FAILED' ? 'red' : 'gray'}
                  >
                    {mail.status}
                  </Badge>
                </Table.Td>
                <Table.Td>{mail.attempts}</Table.Td>
                <Table.Td>
                  <Text size="sm" c={mail.lastError ? 'red.8' : 'dimmed'} style={{ overflowWrap: 'anywhere' }}>
                    {mail.lastError ?? '–'}
                  </Text>
                </Table.Td>
                <Table.Td>{formatDate(mail.sentAt ?? mail.createdAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
