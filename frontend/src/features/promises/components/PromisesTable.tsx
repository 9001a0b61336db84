import { Anchor, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PromiseResponse } from '../api/types';
import { formatDateTime } from '../utils/dates';
import { DueStateBadge, PromiseStatusBadge } from './PromiseStatusBadge';

export type PromiseColumn = 'customer' | 'owner' | 'source';

/**
 * Promises as a table: reference (the link to the promise), what was promised, the customer, owner, source, due
 * time and status. `hide` leaves out what the surrounding page already says (the customer on the customer's page).
 */
export function PromisesTable({ promises, caption, hide = [] }: { promises: readonly PromiseResponse[]; caption: string; hide?: readonly PromiseColumn[] }) {
  const { t, i18n } = useTranslation('promises');
  const shows = (column: PromiseColumn) => !hide.includes(column);
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" highlightOnHover data-testid="promises-table">
        <VisuallyHidden component="caption">{caption}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('promises.fields.reference')}</Table.Th>
            <Table.Th scope="col">{t('promises.fields.text')}</Table.Th>
            {shows('customer') && <Table.Th scope="col">{t('promises.fields.customer')}</Table.Th>}
            {shows('owner') && <Table.Th scope="col">{t('promises.fields.owner')}</Table.Th>}
            {shows('source') && <Table.Th scope="col">{t('promises.fields.source')}</Table.Th>}
            <Table.Th scope="col">{t('promises.fields.due')}</Table.Th>
            <Table.Th scope="col">{t('promises.fields.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {promises.map((promise) => (
            <Table.Tr
              key={promise.id}
              data-testid="promise-row"
              bg={promise.status === 'BROKEN' ? 'var(--mantine-color-red-light)' : undefined}
            >
              <Table.Td>
                <Anchor component={Link} to={`/promises/${promise.id}`} fw={600}>
                  {promise.reference}
                </Anchor>
              </Table.Td>
              <Table.Td maw={360}>
                <Text size="sm" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
                  {promise.text}
                </Text>
              </Table.Td>
              {shows('customer') && (
                <Table.Td>{promise.customer ? promise.customer.name || promise.customer.email : t('promises.customerErased')}</Table.Td>
              )}
              {shows('owner') && <Table.Td>{promise.ownerName}</Table.Td>}
              {shows('source') && (
                <Table.Td>
                  {t(`promises.sources.${promise.source.kind}`)}
                  {promise.source.reference ? ` ${promise.source.reference}` : ''}
                </Table.Td>
              )}
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(promise.dueAt, i18n.language)}</Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <PromiseStatusBadge status={promise.status} />
                  <DueStateBadge dueState={promise.dueState} />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
