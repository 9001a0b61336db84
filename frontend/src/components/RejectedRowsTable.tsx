import { Alert, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RejectedRow } from '@/lib/api/types';

export interface RejectedRowsTableProps {
  rows: readonly RejectedRow[];
  /** CSV uploads number rows by their line in the file; pasted lists by entry (0-based, shown from 1). */
  numbering: 'line' | 'entry';
}

/**
 * A rejected import (422, all-or-nothing): nothing was imported; every problem with its row, so the file can be
 * fixed. Shared by the survey invitation upload and the customer import.
 */
export function RejectedRowsTable({ rows, numbering }: RejectedRowsTableProps) {
  const { t } = useTranslation();
  const sorted = [...rows].sort((a, b) => a.row - b.row || a.field.localeCompare(b.field));
  return (
    <Alert
      color="red"
      variant="light"
      title={t('rejectedRows.title', { count: rows.length })}
      role="alert"
      data-testid="rejected-rows"
    >
      <Text size="sm" mb="sm">
        {t('rejectedRows.text')}
      </Text>
      <Table.ScrollContainer minWidth={420}>
        <Table withTableBorder bg="white" verticalSpacing={6}>
          <VisuallyHidden component="caption">{t('rejectedRows.caption')}</VisuallyHidden>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">
                {numbering === 'line'
                  ? t('rejectedRows.line')
                  : t('rejectedRows.entry')}
              </Table.Th>
              <Table.Th scope="col">{t('rejectedRows.field')}</Table.Th>
              <Table.Th scope="col">{t('rejectedRows.problem')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((row, index) => (
              <Table.Tr key={`${row.row}-${row.field}-${index}`}>
                <Table.Td>{numbering === 'line' ? row.row : row.row + 1}</Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {row.field}
                  </Text>
                </Table.Td>
                <Table.Td>{row.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Alert>
  );
}
