import { Anchor, Badge, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Customer } from '@/lib/api/types';

/** One page of customers: name and email (linking to the customer's page), language, external id, mail status. */
export function CustomersTable({ customers }: { customers: readonly Customer[] }) {
  const { t, i18n } = useTranslation('customers');
  const date = (value?: string | null) => (value ? new Date(value).toLocaleDateString(i18n.language) : '—');
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="customers-table">
        <VisuallyHidden component="caption">{t('customers.list.caption')}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('customers.fields.name')}</Table.Th>
            <Table.Th scope="col">{t('customers.fields.language')}</Table.Th>
            <Table.Th scope="col">{t('customers.fields.externalId')}</Table.Th>
            <Table.Th scope="col">{t('customers.fields.lastContactedAt')}</Table.Th>
            <Table.Th scope="col">{t('customers.fields.mail')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {customers.map((customer) => (
            <Table.Tr key={customer.id} data-testid={`customer-row-${customer.id}`}>
              <Table.Td>
                <Anchor component={Link} to={`/customers/${customer.id}`} fw={600}>
                  {customer.name || customer.email}
                </Anchor>
                {customer.name && (
                  <Text size="sm" c="dimmed">
                    {customer.email}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{t(`language.${customer.language}`)}</Table.Td>
              <Table.Td>{customer.externalId ?? '—'}</Table.Td>
              <Table.Td>{date(customer.lastContactedAt)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={customer.optedOut ? 'gray' : 'teal'}>
                  {customer.optedOut ? t('customers.optedOut') : t('customers.mailAllowed')}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
