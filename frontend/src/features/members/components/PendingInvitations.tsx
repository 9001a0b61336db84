import { Alert, Badge, Button, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, problemMessage } from '@/components/feedback';
import { RoleBadges } from '@/components/RoleBadges';
import type { MemberInvitation, SentMemberInvitation } from '@/lib/api/types';
import { usePendingInvitations, useResendInvitation, useRevokeInvitation } from '../api/members';
import { InvitationLink } from './InvitationLink';

/**
 * Open invitations with resend (a new link to copy, mailed again with SMTP) and revoke. Links are not stored,
 * so copying one means resending: the old link stops working.
 */
export function PendingInvitations() {
  const { t, i18n } = useTranslation('members');
  const invitations = usePendingInvitations();
  const resend = useResendInvitation();
  const revoke = useRevokeInvitation();
  const [resent, setResent] = useState<SentMemberInvitation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  if (invitations.isPending) return null;
  if (invitations.isError) {
    return (
      <ErrorState
        error={invitations.error}
        title={t('members.invitations.loadFailed')}
        onRetry={() => void invitations.refetch()}
        retrying={invitations.isFetching}
      />
    );
  }
  if (invitations.data.length === 0 && !resent) return null;

  const onResend = (invitation: MemberInvitation) => {
    setError(null);
    setResent(null);
    resend.mutate(invitation.id, {
      onSuccess: setResent,
      onError: (e) => setError(problemMessage(e, t)),
    });
  };
  const onRevoke = (invitation: MemberInvitation) => {
    setError(null);
    setResent(null);
    revoke.mutate(invitation.id, { onError: (e) => setError(problemMessage(e, t)) });
  };

  return (
    <Stack gap="sm" mt="xl" data-testid="pending-invitations">
      <Title order={2} size="h4">
        {t('members.invitations.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('members.invitations.lead')}
      </Text>
      {error && (
        <Alert color="red" variant="light" role="alert">
          {error}
        </Alert>
      )}
      {resent && (
        <Alert color="teal" variant="light" role="status" data-testid="invitation-resent">
          <Stack gap="xs">
            <Text size="sm">
              {resent.mailed
                ? t('members.invitations.resentMailed', { email: resent.invitation.email })
                : t('members.invitations.resent', { email: resent.invitation.email })}
            </Text>
            <InvitationLink link={resent.link} label={t('members.invite.linkLabel')} />
          </Stack>
        </Alert>
      )}
      {invitations.data.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="sm" data-testid="invitations-table">
            <VisuallyHidden component="caption">{t('members.invitations.title')}</VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('members.columns.name')}</Table.Th>
                <Table.Th scope="col">{t('members.columns.roles')}</Table.Th>
                <Table.Th scope="col">{t('members.columns.status')}</Table.Th>
                <Table.Th scope="col">{t('members.invitations.expires')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('members.columns.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invitations.data.map((invitation) => (
                <Table.Tr key={invitation.id} data-testid={`invitation-row-${invitation.email}`}>
                  <Table.Th scope="row" fw="normal">
                    <Text fw={600}>{invitation.displayName}</Text>
                    <Text size="sm" c="dimmed">
                      {invitation.email}
                    </Text>
                  </Table.Th>
                  <Table.Td>
                    <RoleBadges roles={invitation.roles} />
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={invitation.status === 'EXPIRED' ? 'gray' : 'indigo'}>
                      {t(`common.invitationStatus.${invitation.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{date.format(new Date(invitation.expiresAt))}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="default"
                        loading={resend.isPending && resend.variables === invitation.id}
                        onClick={() => onResend(invitation)}
                        aria-label={t('members.invitations.resendFor', { email: invitation.email })}
                      >
                        {t('members.invitations.resend')}
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        loading={revoke.isPending && revoke.variables === invitation.id}
                        onClick={() => onRevoke(invitation)}
                        aria-label={t('members.invitations.revokeFor', { email: invitation.email })}
                      >
                        {t('members.invitations.revoke')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
