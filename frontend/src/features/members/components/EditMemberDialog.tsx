import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Member } from '@/lib/api/types';
import { useChangeMember } from '../api/members';
import { MemberFormFields } from './MemberFormFields';
import { useMemberForm } from './useMemberForm';

export interface EditMemberDialogProps {
  member: Member;
  onClose: () => void;
  onSaved: (member: Member) => void;
  unitOptions: { value: string; label: string }[];
  unitsUnavailable?: boolean;
}

/** Changes a member's name, roles, unit and level (409 when ADMIN would go from the last active admin). */
export function EditMemberDialog({ member, onClose, onSaved, unitOptions, unitsUnavailable }: EditMemberDialogProps) {
  const { t } = useTranslation('members');
  const change = useChangeMember();
  const form = useMemberForm(
    {
      email: member.email,
      displayName: member.displayName,
      roles: [...member.roles],
      unitId: member.unitId ?? '',
      level: member.level,
    },
    { withEmail: false },
  );

  // The schema trimmed the values.
  const onSubmit = form.submit(async (values) => {
    if (change.isPending) return;
    const saved = await change.mutateAsync({
      id: member.id,
      request: {
        displayName: values.displayName,
        roles: values.roles as Member['roles'],
        unitId: values.unitId || null,
        level: values.level,
      },
    });
    onSaved(saved);
  });

  const title = t('members.edit.title', { name: member.displayName });
  return (
    <Modal opened onClose={onClose} title={title} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form noValidate onSubmit={onSubmit} aria-label={title}>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {member.email}
          </Text>
          {form.general && (
            <Alert color="red" variant="light" role="alert" title={t('members.edit.failed')}>
              {form.general}
            </Alert>
          )}
          <MemberFormFields
            form={form.form}
            withEmail={false}
            unitOptions={unitOptions}
            unitsUnavailable={unitsUnavailable}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={change.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
