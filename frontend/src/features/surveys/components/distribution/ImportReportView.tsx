import { Alert, Badge, Button, CopyButton, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '@/lib/api/types';

/** The outcome of an invitation import: who was invited (with their personal link) and who was skipped why. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation('surveys');
  return (
    <Stack gap="sm" data-testid="import-report">
      <Alert color={report.invited.length > 0 ? 'teal' : 'yellow'} variant="light" role="status">
        {t('surveys.distribution.report.summary', { invited: report.invited.length, skipped: report.skipped.length })}
      </Alert>
      {report.invited.length > 0 && (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing={6} data-testid="invited-table">
            <VisuallyHidden component="caption">{t('surveys.distribution.report.invitedCaption')}</VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('surveys.distribution.columns.email')}</Table.Th>
                <Table.Th scope="col">{t('surveys.distribution.columns.mail')}</Table.Th>
                <Table.Th scope="col">{t('surveys.distribution.columns.link')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.invited.map((invited) => (
                <Table.Tr key={invited.invitationId}>
                  <Table.Td>{invited.email}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={invited.mailQueued ? 'teal' : 'gray'}>
                      {invited.mailQueued
                        ? t('surveys.distribution.report.mailQueued')
                        : t('surveys.distribution.report.noMail')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <CopyLinkButton
                      link={invited.link}
                      label={t('surveys.distribution.copyLinkFor', { email: invited.email })}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {report.skipped.length > 0 && (
        <div data-testid="skipped-list">
          <Text fw={600} size="sm" mb={4}>
            {t('surveys.distribution.report.skippedTitle')}
          </Text>
          <Stack gap={2} component="ul" m={0} pl="md">
            {report.skipped.map((skipped) => (
              <Text component="li" size="sm" key={skipped.email}>
                {t('surveys.distribution.report.skipped', {
                  email: skipped.email,
                  reason: t(`surveys.distribution.skipReasons.${skipped.reason}`, { defaultValue: skipped.reason }),
                })}
              </Text>
            ))}
          </Stack>
        </div>
      )}
    </Stack>
  );
}

export function CopyLinkButton({ link, label }: { link: string; label: string }) {
  const { t } = useTranslation('surveys');
  return (
    <CopyButton value={link} timeout={2500}>
      {({ copied, copy }) => (
        <Button
          size="compact-sm"
          variant={copied ? 'light' : 'default'}
          color={copied ? 'teal' : undefined}
          onClick={copy}
          aria-label={copied ? undefined : label}
          title={link}
        >
          {copied ? t('surveys.publicLink.copied') : t('surveys.distribution.copyLink')}
        </Button>
      )}
    </CopyButton>
  );
}
