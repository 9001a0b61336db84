import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '@/components/feedback';
import { RoleBadges } from '@/components/RoleBadges';
import { useDeclineInvitation, useMyInvitations } from '../api/invitations';
import { useAcceptAndOpen } from '../hooks/useAcceptAndOpen';

/**
 * The invitations addressed to the signed-in login (from admins, or from a sign-up with this email): accepting
 * is the person's consent to join and opens the organization. Renders nothing when there are none.
 */
export function MyInvitations() {
  const { t } = useTranslation('tenants');
  const invitations = useMyInvitations();
  const decline = useDeclineInvitation();
  const [error, setError] = useState<string | null>(null);
  const { accept, isAccepting } = useAcceptAndOpen(setError);

  if (!invitations.data || invitations.data.length === 0) return null;
  return (
    <Stack gap="sm" data-testid="my-invitations">
      <Title order={2} size="h4">
        {t('invitation.mineTitle')}
      </Title>
      {error && (
        <Alert color="red" variant="light" role="alert">
          {error}
        </Alert>
      )}
      {invitations.data.map((invitation) => (
        <Paper key={invitation.id} withBorder radius="md" p="md" data-testid={`my-invitation-${invitation.tenantId}`}>
          <Text fw={700}>{invitation.tenantName}</Text>
          <Group gap="xs" my={6}>
            <RoleBadges roles={invitation.roles} />
            {invitation.unitName && (
              <Text size="sm" c="dimmed">
                {invitation.unitName}
              </Text>
            )}
          </Group>
          <Group gap="sm">
            {invitation.linkNeeded ? (
              <Text size="sm" c="dimmed">
                {t('invitation.openLinkToAccept')}
              </Text>
            ) : (
              <Button
                size="compact-md"
                loading={isAccepting(invitation.id)}
                onClick={() => {
                  setError(null);
                  accept({ id: invitation.id });
                }}
              >
                {t('invitation.accept')}
              </Button>
            )}
            <Button
              size="compact-md"
              variant="default"
              loading={decline.isPending && decline.variables === invitation.id}
              onClick={() => {
                setError(null);
                decline.mutate(invitation.id, { onError: (e) => setError(problemMessage(e, t)) });
              }}
            >
              {t('invitation.decline')}
            </Button>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
