import { Alert, Badge, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader, problemMessage } from '@/components/feedback';
import { useCustomerActivity } from '../api/customers';

/** The customer's survey invitations and answers, newest first (later: complaints and promises beside them). */
export function CustomerActivity({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation('customers');
  const activity = useCustomerActivity(customerId);
  const date = (value: string | null) => (value ? new Date(value).toLocaleString(i18n.language) : '—');

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="customer-activity-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="customer-activity-title">
          {t('customers.activity.title')}
        </Title>
        {activity.isPending ? (
          <PageLoader label={t('customers.activity.loading')} />
        ) : activity.isError ? (
          <Alert color="red" variant="light" role="alert" title={t('customers.activity.loadFailed')}>
            {problemMessage(activity.error, t)}
          </Alert>
        ) : (
          <>
            <Stack gap="xs" data-testid="customer-invitations">
              <Title order={3} size="h5">
                {t('customers.activity.invitations')}
              </Title>
              {activity.data.invitations.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('customers.activity.noInvitations')}
                </Text>
              ) : (
                <Table.ScrollContainer minWidth={520}>
                  <Table verticalSpacing={6}>
                    <VisuallyHidden component="caption">{t('customers.activity.invitations')}</VisuallyHidden>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('customers.activity.survey')}</Table.Th>
                        <Table.Th scope="col">{t('customers.activity.status')}</Table.Th>
                        <Table.Th scope="col">{t('customers.activity.invitedAt')}</Table.Th>
                        <Table.Th scope="col">{t('customers.activity.reminders')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {activity.data.invitations.map((invitation) => (
                        <Table.Tr key={`${invitation.surveyId}-${invitation.invitedAt}`}>
                          <Table.Td>
                            <Link to={`/surveys/${invitation.surveyId}`}>{invitation.surveyName}</Link>
                          </Table.Td>
                          <Table.Td>
                            <Badge variant="light" color={invitation.status === 'ANSWERED' ? 'teal' : 'gray'}>
                              {t(`customers.activity.statuses.${invitation.status}`)}
                            </Badge>
                          </Table.Td>
                          <Table.Td>{date(invitation.invitedAt)}</Table.Td>
                          <Table.Td>{invitation.reminders}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
            </Stack>
            <Stack gap="xs" data-testid="customer-responses">
              <Title order={3} size="h5">
                {t('customers.activity.responses')}
              </Title>
              {activity.data.responses.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('customers.activity.noResponses')}
                </Text>
              ) : (
                <Table.ScrollContainer minWidth={520}>
                  <Table verticalSpacing={6}>
                    <VisuallyHidden component="caption">{t('customers.activity.responses')}</VisuallyHidden>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('customers.activity.survey')}</Table.Th>
                        <Table.Th scope="col">{t('customers.activity.submittedAt')}</Table.Th>
                        <Table.Th scope="col">{t('customers.activity.scores')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {activity.data.responses.map((response) => (
                        <Table.Tr key={response.responseId}>
                          <Table.Td>
                            <Link to={`/surveys/${response.surveyId}/results`}>{response.surveyName}</Link>
                          </Table.Td>
                          <Table.Td>{date(response.submittedAt)}</Table.Td>
                          <Table.Td>
                            {Object.entries(response.scores)
                              .map(([kind, score]) => `${kind} ${score}`)
                              .join(' · ') || '—'}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
            </Stack>
          </>
        )}
      </Stack>
    </Paper>
  );
}
