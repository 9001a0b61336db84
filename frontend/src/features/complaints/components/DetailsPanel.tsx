import { Anchor, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Complaint, ComplaintDetail } from '@/lib/api/types';
import type { useComplaintLookups } from '../hooks/useComplaintLookups';
import { ClassificationForm } from './ClassificationForm';

/**
 * The complaint's facts: category and priority, channel and touchpoint (its name when the complaint came in), order or reference, when it came in and changed, and the
 * customer with their email (their page is for ADMIN and MANAGER).
 */
export function DetailsPanel({
  complaint,
  customer,
  lookups,
  linkCustomer,
}: {
  complaint: Complaint;
  customer?: ComplaintDetail['customer'];
  lookups: ReturnType<typeof useComplaintLookups>;
  linkCustomer: boolean;
}) {
  const { t, i18n } = useTranslation('complaints');
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const when = (value: string) => new Date(value).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const dash = '—';
  const rows: [string, ReactNode][] = [
    [t('complaints.fields.category'), lookups.categoryName(complaint.categoryId) ?? dash],
    [t('complaints.fields.priority'), lookups.priorityName(complaint.priorityId) ?? dash],
    [t('complaints.fields.channel'), t(`complaints.channels.${complaint.channel}`)],
    [t('touchpoints.field'), complaint.touchpoint || dash],
    [t('complaints.fields.orderReference'), complaint.orderReference || dash],
    [t('complaints.fields.createdAt'), when(complaint.createdAt)],
    [t('complaints.fields.updatedAt'), when(complaint.updatedAt)],
  ];
  const customerName = customer ? customer.name || customer.email : undefined;
  rows.push([
    t('complaints.details.customer'),
    <Stack gap={0} key="customer">
      {linkCustomer ? (
        <Anchor component={Link} to={`/customers/${complaint.customerId}`} data-testid="complaint-customer">
          {customerName ?? t('complaints.details.customerPage')}
        </Anchor>
      ) : (
        <span data-testid="complaint-customer-name">{customerName ?? dash}</span>
      )}
      {customer?.email && customer.name && (
        <Anchor href={`mailto:${customer.email}`} size="sm" data-testid="complaint-customer-email">
          {customer.email}
        </Anchor>
      )}
    </Stack>,
  ]);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="details-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="details-title">
          {t('complaints.details.title')}
        </Title>
        <Table variant="vertical" withRowBorders={false} verticalSpacing={4} data-testid="complaint-details">
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th scope="row" w="45%" fw={500} c="dimmed">
                  {label}
                </Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {editing ? (
          <ClassificationForm
            complaint={complaint}
            lookups={lookups}
            onDone={(done) => {
              setEditing(false);
              setSaved(done);
            }}
          />
        ) : (
          complaint.status !== 'CLOSED' && (
            <Button size="xs" variant="default" onClick={() => { setEditing(true); setSaved(false); }} data-testid="classification-edit" style={{ alignSelf: 'flex-start' }}>
              {t('classification.edit')}
            </Button>
          )
        )}
        {saved && (
          <Text size="sm" c="teal" role="status">
            {t('classification.saved')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
