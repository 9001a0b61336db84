import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberInvitation, SentMemberInvitation } from '@/lib/api/types';
import { useInviteMember } from '../api/members';
import { InvitationLink } from './InvitationLink';
import { MemberFormFields } from './MemberFormFields';
import { useMemberForm } from './useMemberForm';

export interface InviteMemberDialogProps {
  onClose: () => void;
  unitOptions: { value: string; label: string }[];
  unitsUnavailable?: boolean;
}

/**
 * Invites a colleague. On success the dialog shows the invitation link to copy (and says whether it was
 * mailed); the colleague joins by opening it and accepting. Mount it only while open.
 */
export function InviteMemberDialog({ onClose, unitOptions, unitsUnavailable }: InviteMemberDialogProps) {
  const { t } = useTranslation('members');
  const invite = useInviteMember();
  const [invited, setInvited] = useState<SentMemberInvitation | null>(null);
  const form = useMemberForm(
    { email: '', displayName: '', roles: ['STAFF'], unitId: '', level: 'FRONTLINE' },
    { withEmail: true, conflictField: 'email' },
  );

  const close = () => {
    setInvited(null);
    invite.reset();
    onClose();
  };

  // The schema trimmed the values.
  const onSubmit = form.submit(async (values) => {
    if (invite.isPending) return;
    const result = await invite.mutateAsync({
      email: values.email,
      displayName: values.displayName,
      roles: values.roles as MemberInvitation['roles'],
      unitId: values.unitId || null,
      level: values.level,
    });
    setInvited(result);
  });

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
        <form noValidate onSubmit={onSubmit} aria-label={t('members.invite.title')}>
          <Stack gap="md">
            {form.general && (
              <Alert color="red" variant="light" role="alert" title={t('members.invite.failed')}>
                {form.general}
              </Alert>
            )}
            <MemberFormFields
              form={form.form}
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

function InviteResult({ invited, onDone }: { invited: SentMemberInvitation; onDone: () => void }) {
  const { t } = useTranslation('members');
  const messageRef = useRef<HTMLParagraphElement>(null);
  // Focus moves to the outcome so that screen readers read it.
  useEffect(() => messageRef.current?.focus(), []);
  const { invitation, link, mailed } = invited;
  const who = { name: invitation.displayName, email: invitation.email };

  return (
    <Stack gap="md" data-testid="invite-result">
      <Text ref={messageRef} tabIndex={-1} style={{ outline: 'none' }}>
        {t('members.invite.invited', who)}
      </Text>
      {mailed && (
        <Alert color="teal" variant="light" role="status">
          {t('members.invite.emailSent', who)}
        </Alert>
      )}
      <InvitationLink link={link} label={t('members.invite.linkLabel')} />
      <Text size="sm" c="dimmed">
        {t('members.invite.linkHint', who)}
      </Text>
      <Group justify="flex-end">
        <Button onClick={onDone}>{t('common.done')}</Button>
      </Group>
    </Stack>
  );
}
