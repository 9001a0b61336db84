import { Anchor, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Complaint } from '@/lib/api/types';
import type { useComplaintLookups } from '../hooks/useComplaintLookups';
import { dueText, momentText } from '../utils/sla-time';
import { SlaBadge } from './SlaBadge';
import { StatusBadge } from './StatusBadge';

/**
 * One page of the inbox: reference and subject (linking to the complaint), status, category and priority, unit and
 * assignee, when it is due (with its SLA state), when it came in.
 */
export function InboxTable({ complaints, lookups }: { complaints: readonly Complaint[]; lookups: ReturnType<typeof useComplaintLookups> }) {
  const { t, i18n } = useTranslation('complaints');
  const dash = '—';
  const now = Date.now();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="complaints-table">
        <VisuallyHidden component="caption">{t('complaints.inbox.caption')}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('complaints.fields.complaint')}</Table.Th>
            <Table.Th scope="col">{t('complaints.fields.status')}</Table.Th>
            <Table.Th scope="col">{t('complaints.fields.category')}</Table.Th>
            <Table.Th scope="col">{t('complaints.fields.priority')}</Table.Th>
            <Table.Th scope="col">{t('complaints.fields.unit')}</Table.Th>
            <Table.Th scope="col">{t('complaints.fields.assignee')}</Table.Th>
            <Table.Th scope="col">{t('clocks.dueColumn')}</Table.Th>
            <Table.Th scope="col">{t('complaints.fields.createdAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {complaints.map((c) => (
            <Table.Tr key={c.id} data-testid={`complaint-row-${c.reference}`}>
              <Table.Td>
                <Anchor component={Link} to={`/complaints/${c.id}`} fw={600}>
                  {c.reference}
                </Anchor>
                <Text size="sm" lineClamp={1} style={{ overflowWrap: 'anywhere' }}>
                  {c.subject || dash}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`complaints.channels.${c.channel}`)}
                </Text>
              </Table.Td>
              <Table.Td>
                <StatusBadge status={c.status} />
              </Table.Td>
              <Table.Td>{lookups.categoryName(c.categoryId) ?? dash}</Table.Td>
              <Table.Td>{lookups.priorityName(c.priorityId) ?? dash}</Table.Td>
              <Table.Td>{lookups.unitName(c.unitId) ?? dash}</Table.Td>
              <Table.Td>{lookups.memberName(c.assigneeId) ?? t('complaints.unassigned')}</Table.Td>
              <Table.Td data-testid="complaint-due">
                {c.sla?.dueAt ? (
                  <>
                    <Text component="time" dateTime={c.sla.dueAt} size="sm" display="block" title={momentText(c.sla.dueAt, i18n.language)}>
                      {dueText(c.sla.dueAt, now, t)}
                    </Text>
                    {c.sla.state && <SlaBadge state={c.sla.state} />}
                  </>
                ) : c.sla?.state ? (
                  <SlaBadge state={c.sla.state} />
                ) : (
                  <Text size="sm" c="dimmed">
                    {dash}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text component="time" dateTime={c.createdAt} size="sm">
                  {new Date(c.createdAt).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
