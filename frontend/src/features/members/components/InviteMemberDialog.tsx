import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitedMember } from '@/lib/api/types';
import { useInviteMember } from '../api/members';
import { MemberFormFields } from './MemberFormFields';
import { useMemberForm } from './useMemberForm';

export interface InviteMemberDialogProps {
  onClose: () => void;
  unitOptions: { value: string; label: string }[];
  unitsUnavailable?: boolean;
}

/**
 * Invites a colleague. On success the dialog shows the one-time password exactly once (or says
 * that an invitation email was sent); closing the dialog forgets it. Mount it only while open.
 */
export function InviteMemberDialog({ onClose, unitOptions, unitsUnavailable }: InviteMemberDialogProps) {
  const { t } = useTranslation();
  const invite = useInviteMember();
  const [invited, setInvited] = useState<InvitedMember | null>(null);
  const form = useMemberForm(
    { email: '', displayName: '', roles: ['STAFF'], unitId: '', level: 'FRONTLINE' },
    { withEmail: true, conflictField: 'email' },
  );

  const close = () => {
    setInvited(null); // the password is never shown again
    invite.reset();
    onClose();
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (invite.isPending || !form.validate()) return;
    const { values } = form;
    try {
      const result = await invite.mutateAsync({
        email: values.email.trim(),
        displayName: values.displayName.trim(),
        roles: values.roles as InvitedMember['member']['roles'],
        unitId: values.unitId || null,
        level: values.level,
      });
      invite.reset(); // don't keep the password in the mutation state
      setInvited(result);
    } catch (error) {
      form.showProblem(error);
    }
  };

  return (
    <Modal
      opened
      onClose={close}
      title={invited ? t('members.invite.doneTitle') : t('members.invite.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
      closeOnClickOutside={!invited}
    >
      {invited ? (
        <InviteResult invited={invited} onDone={close} />
      ) : (
        <form noValidate onSubmit={onSubmit} ref={form.formRef} aria-label={t('members.invite.title')}>
          <Stack gap="md">
            {form.general && (
              <Alert color="red" variant="light" role="alert" title={t('members.invite.failed')}>
                {form.general}
              </Alert>
            )}
            <MemberFormFields
              values={form.values}
              errors={form.errors}
              onChange={form.onChange}
              withEmail
              unitOptions={unitOptions}
              unitsUnavailable={unitsUnavailable}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={invite.isPending}>
                {t('members.invite.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

function InviteResult({ invited, onDone }: { invited: InvitedMember; onDone: () => void }) {
  const { t } = useTranslation();
  const messageRef = useRef<HTMLParagraphElement>(null);
  // Focus moves to the outcome so that screen readers read it.
  useEffect(() => messageRef.current?.focus(), []);
  const { member, oneTimePassword, invitationEmailSent } = invited;
  const who = { name: member.displayName, email: member.email };

  return (
    <Stack gap="md" data-testid="invite-result">
      <Text ref={messageRef} tabIndex={-1} style={{ outline: 'none' }}>
        {t('members.invite.added', who)}
      </Text>
      {invitationEmailSent ? (
        <Alert color="teal" variant="light" role="status">
          {t('members.invite.emailSent', who)}
        </Alert>
      ) : oneTimePassword ? (
        <>
          <Stack gap={6}>
            <Text size="sm" fw={600} id="one-time-password-label">
              {t('members.invite.passwordLabel')}
            </Text>
            <Group gap="sm" wrap="nowrap">
              <Code
                data-testid="one-time-password"
                aria-labelledby="one-time-password-label"
                fz="lg"
                px="sm"
                py={6}
                style={{ userSelect: 'all', letterSpacing: '0.04em' }}
              >
                {oneTimePassword}
              </Code>
              <CopyButton value={oneTimePassword} timeout={3000}>
                {({ copied, copy }) => (
                  <Button variant={copied ? 'light' : 'default'} color={copied ? 'teal' : undefined} onClick={copy}>
                    {copied ? t('members.invite.copied') : t('members.invite.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
          <Alert color="yellow" variant="light" title={t('members.invite.onceTitle')}>
            {t('members.invite.onceText', who)}
          </Alert>
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('members.invite.signInHint', who)}
        </Text>
      )}
      <Group justify="flex-end">
        <Button onClick={onDone}>{t('common.done')}</Button>
      </Group>
    </Stack>
  );
}
