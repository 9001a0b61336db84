import { Alert, Badge, Button, Container, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorState, PageLoader, problemMessage } from '@/components/feedback';
import { RoleBadges } from '@/components/RoleBadges';
import { LoginButton, useSession } from '@/features/auth';
import type { InvitationDetails } from '@/lib/api/types';
import {
  useCreateInvitedLogin,
  useDeclineByLink,
  useDeclineInvitation,
  useInvitationDetails,
} from '../api/invitations';
import { useAcceptAndOpen } from '../hooks/useAcceptAndOpen';
import { validatePassword } from '../utils/validation';

/**
 * The page an invitation link opens: the organization and roles it invites to; signing in (or creating a login
 * for the invited email) and then accepting or declining. Nothing joins before the person accepts.
 */
export function InvitationRoute() {
  const { t } = useTranslation('tenants');
  const { token = '' } = useParams();
  const details = useInvitationDetails(token);

  return (
    <Container size="sm" py="xl">
      <title>{t('invitation.pageTitle')}</title>
      {details.isPending ? (
        <PageLoader label={t('invitation.loading')} />
      ) : details.isError ? (
        details.error.status === 404 ? (
          <Alert color="yellow" variant="light" title={t('invitation.notFoundTitle')} data-testid="invitation-not-found">
            {t('invitation.notFoundText')}
          </Alert>
        ) : (
          <ErrorState error={details.error} title={t('invitation.loadFailed')} onRetry={() => void details.refetch()} />
        )
      ) : (
        <Invitation token={token} details={details.data} />
      )}
    </Container>
  );
}

function Invitation({ token, details }: { token: string; details: InvitationDetails }) {
  const { t, i18n } = useTranslation('tenants');
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' });
  return (
    <Stack gap="lg" data-testid="invitation">
      <Stack gap={4}>
        <Title order={1}>{t('invitation.title', { organization: details.tenantName })}</Title>
        <Text c="dimmed">{t('invitation.lead', { name: details.displayName, email: details.email })}</Text>
      </Stack>
      <Paper withBorder radius="md" p="md">
        <dl className="definition-list">
          <dt>{t('invitation.organization')}</dt>
          <dd data-testid="invitation-tenant">{details.tenantName}</dd>
          <dt>{t('invitation.roles')}</dt>
          <dd>
            <RoleBadges roles={details.roles} />
          </dd>
          <dt>{t('invitation.level')}</dt>
          <dd>{t(`levels.${details.level}`)}</dd>
          {details.unitName && (
            <>
              <dt>{t('invitation.unit')}</dt>
              <dd>{details.unitName}</dd>
            </>
          )}
          <dt>{t('invitation.expires')}</dt>
          <dd>{date.format(new Date(details.expiresAt))}</dd>
        </dl>
      </Paper>
      {details.status === 'PENDING' ? (
        <Respond token={token} details={details} />
      ) : (
        <Alert color={details.status === 'ACCEPTED' ? 'teal' : 'gray'} variant="light" data-testid="invitation-closed">
          <Group gap="xs">
            <Badge variant="light">{t(`common.invitationStatus.${details.status}`)}</Badge>
            <Text size="sm">{t(`invitation.closed.${details.status}`)}</Text>
          </Group>
        </Alert>
      )}
    </Stack>
  );
}

function Respond({ token, details }: { token: string; details: InvitationDetails }) {
  const { t } = useTranslation('tenants');
  const { auth, me } = useSession();
  const decline = useDeclineInvitation();
  const declineByLink = useDeclineByLink(token);
  const [error, setError] = useState<string | null>(null);
  const { accept, isAccepting } = useAcceptAndOpen(setError);
  const [loginCreated, setLoginCreated] = useState(false);

  if (auth.isLoading) return <PageLoader label={t('auth.checking')} />;
  if (!auth.isAuthenticated) {
    return (
      <Stack gap="md">
        {error && (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        )}
        {!loginCreated && (
          <Paper withBorder radius="md" p="md">
            <Stack gap="sm">
              <Text fw={600}>{t('invitation.haveLogin')}</Text>
              <Group>
                <LoginButton loginHint={details.email} data-testid="invitation-sign-in">
                  {t('invitation.signIn', { email: details.email })}
                </LoginButton>
              </Group>
            </Stack>
          </Paper>
        )}
        {details.loginCreation && (
          <CreateLogin token={token} email={details.email} onCreated={() => setLoginCreated(true)} />
        )}
        <Group>
          <Button
            variant="subtle"
            color="gray"
            loading={declineByLink.isPending}
            onClick={() => declineByLink.mutate(undefined, { onError: (e) => setError(problemMessage(e, t)) })}
            data-testid="invitation-decline"
          >
            {t('invitation.decline')}
          </Button>
        </Group>
      </Stack>
    );
  }

  const signedInAs = me.data?.email ?? '';
  const otherLogin = signedInAs !== '' && signedInAs.toLowerCase() !== details.email.toLowerCase();
  return (
    <Stack gap="md">
      {error && (
        <Alert color="red" variant="light" role="alert">
          {error}
        </Alert>
      )}
      {otherLogin ? (
        <Alert color="yellow" variant="light" title={t('invitation.otherLoginTitle')} data-testid="invitation-other-login">
          <Stack gap="sm">
            <Text size="sm">{t('invitation.otherLoginText', { signedInAs, email: details.email })}</Text>
            <Group>
              <Button size="xs" variant="default" onClick={() => void auth.signoutRedirect()}>
                {t('auth.signOut')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : (
        <Group>
          <Button
            loading={isAccepting(details.id)}
            data-testid="invitation-accept"
            onClick={() => {
              setError(null);
              accept({ id: details.id, token });
            }}
          >
            {t('invitation.accept')}
          </Button>
          <Button
            variant="default"
            loading={decline.isPending}
            data-testid="invitation-decline"
            onClick={() => {
              setError(null);
              decline.mutate(details.id, { onError: (e) => setError(problemMessage(e, t)) });
            }}
          >
            {t('invitation.decline')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/**
 * A login for the invited email with a password of the person's choice. When the email has a login already,
 * nothing changes and the answer is the same: the person signs in with the password they have.
 */
function CreateLogin({ token, email, onCreated }: { token: string; email: string; onCreated: () => void }) {
  const { t } = useTranslation('tenants');
  const create = useCreateInvitedLogin(token);
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<{ password?: string; confirmation?: string }>({});
  const [general, setGeneral] = useState<string | null>(null);

  if (create.isSuccess) {
    return (
      <Alert color="teal" variant="light" role="status" data-testid="invitation-login-ready">
        <Stack gap="sm">
          <Text size="sm">{t('invitation.loginReady', { email })}</Text>
          <Group>
            <LoginButton loginHint={email} data-testid="invitation-sign-in-new">
              {t('invitation.signIn', { email })}
            </LoginButton>
          </Group>
        </Stack>
      </Alert>
    );
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const problem = validatePassword(password, email);
    const next = {
      password: problem ? t(`signup.validation.${problem}`) : undefined,
      confirmation: confirmation !== password ? t('signup.validation.passwordMismatch') : undefined,
    };
    setErrors(next);
    setGeneral(null);
    if (next.password || next.confirmation) return;
    try {
      await create.mutateAsync(password);
      onCreated();
    } catch (error) {
      setGeneral(problemMessage(error, t));
    }
  };

  return (
    <Paper withBorder radius="md" p="md">
      <form noValidate onSubmit={onSubmit} aria-label={t('invitation.newLoginTitle')} data-testid="invitation-new-login">
        <Stack gap="sm">
          <Text fw={600}>{t('invitation.newLoginTitle')}</Text>
          <Text size="sm" c="dimmed">
            {t('invitation.newLoginText', { email })}
          </Text>
          {general && (
            <Alert color="red" variant="light" role="alert">
              {general}
            </Alert>
          )}
          <PasswordInput
            label={t('signup.fields.password.label')}
            description={t('signup.fields.password.description')}
            autoComplete="new-password"
            required
            maxLength={128}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={errors.password}
            name="password"
          />
          <PasswordInput
            label={t('signup.fields.passwordConfirmation.label')}
            autoComplete="new-password"
            required
            maxLength={128}
            value={confirmation}
            onChange={(e) => setConfirmation(e.currentTarget.value)}
            error={errors.confirmation}
            name="passwordConfirmation"
          />
          <Group>
            <Button type="submit" variant="default" loading={create.isPending} data-testid="invitation-create-login">
              {t('invitation.createLogin')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
