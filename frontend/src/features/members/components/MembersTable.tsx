import { Badge, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RoleBadges } from '@/components/RoleBadges';
import type { Member } from '@/lib/api/types';

export interface MembersTableProps {
  members: readonly Member[];
  /** Unit id -> label ("Sales › North"). */
  unitLabels: ReadonlyMap<string, string>;
  onEdit: (member: Member) => void;
  onDeactivate: (member: Member) => void;
  onReactivate: (member: Member) => void;
  /** The member whose activation is being changed right now. */
  busyMemberId?: string | null;
}

export function MembersTable({ members, unitLabels, onEdit, onDeactivate, onReactivate, busyMemberId }: MembersTableProps) {
  const { t } = useTranslation('members');
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table data-testid="members-table" verticalSpacing="sm" highlightOnHover>
        <VisuallyHidden component="caption">{t('members.tableCaption')}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('members.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('members.columns.roles')}</Table.Th>
            <Table.Th scope="col">{t('members.columns.unit')}</Table.Th>
            <Table.Th scope="col">{t('members.columns.level')}</Table.Th>
            <Table.Th scope="col">{t('members.columns.status')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('members.columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((member) => {
            const active = member.status === 'ACTIVE';
            return (
              <Table.Tr key={member.id} data-testid={`member-row-${member.id}`}>
                <Table.Th scope="row" fw="normal">
                  <Text fw={600} size="sm">
                    {member.displayName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {member.email}
                  </Text>
                </Table.Th>
                <Table.Td>
                  <RoleBadges roles={member.roles} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {member.unitId ? (unitLabels.get(member.unitId) ?? t('members.unknownUnit')) : t('members.noUnit')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t(`levels.${member.level}`)}</Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2} align="flex-start">
                    <Badge color={active ? 'teal' : 'gray'} variant="light">
                      {active ? t('members.status.ACTIVE') : t('members.status.DEACTIVATED')}
                    </Badge>
                    {active && !member.loginLinked && (
                      <Text size="xs" c="dimmed">
                        {t('members.notSignedInYet')}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => onEdit(member)}
                      aria-label={t('members.editFor', { name: member.displayName })}
                    >
                      {t('common.edit')}
                    </Button>
                    {active ? (
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        onClick={() => onDeactivate(member)}
                        aria-label={t('members.deactivateFor', { name: member.displayName })}
                      >
                        {t('members.deactivate')}
                      </Button>
                    ) : (
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        onClick={() => onReactivate(member)}
                        loading={busyMemberId === member.id}
                        aria-label={t('members.reactivateFor', { name: member.displayName })}
                      >
                        {t('members.reactivate')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
