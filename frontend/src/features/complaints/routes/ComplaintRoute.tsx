import { Anchor, Badge, Container, Grid, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState, PageLoader } from '@/components/feedback';
import { PageHeader } from '@/components/layout/PageHeader';
import { useSession } from '@/features/auth';
import type { Complaint, ComplaintDetail } from '@/lib/api/types';
import { COMPLAINT_MANAGERS, isAllowed } from '@/lib/permissions';
import { useComplaint } from '../api/complaints';
import { AssignmentPanel } from '../components/AssignmentPanel';
import { ClocksPanel } from '../components/ClocksPanel';
import { Conversation } from '../components/Conversation';
import { DetailsPanel } from '../components/DetailsPanel';
import { FollowUpPanel } from '../components/FollowUpPanel';
import { RecoveryAnswers } from '../components/RecoveryAnswers';
import { ReplyBox } from '../components/ReplyBox';
import { StatusBadge } from '../components/StatusBadge';
import { StatusPanel } from '../components/StatusPanel';
import { useComplaintLookups } from '../hooks/useComplaintLookups';

/**
 * `/complaints/:id`: what the customer wrote, the conversation (public replies and internal notes, told apart), a
 * box to reply or note, and beside it status, assignment and details.
 *
 * The side column: status, the SLA clocks (due times and time used per clock), assignment, details with the
 * customer, and the follow-up survey (its state and the score) once the complaint was resolved.
 *
 * `promises` is the promises made on the complaint, with the way to promise something: the app puts the promises
 * feature's panel there (complaints may not import it), given the complaint and its customer.
 */
export function ComplaintRoute({ promises }: { promises?: (complaint: Complaint, customer: ComplaintDetail['customer']) => ReactNode } = {}) {
  const { id = '' } = useParams();
  const { t } = useTranslation('complaints');
  const { roles } = useSession();
  const manages = isAllowed(COMPLAINT_MANAGERS, roles);
  const complaint = useComplaint(id);
  const lookups = useComplaintLookups();

  if (complaint.isPending) return <PageLoader label={t('complaints.one.loading')} />;
  if (complaint.isError) {
    return (
      <Container size="md" py="xl">
        <ErrorState
          error={complaint.error}
          title={complaint.error.status === 404 ? t('complaints.one.notFound') : t('complaints.one.loadFailed')}
          onRetry={complaint.error.status === 404 ? undefined : () => void complaint.refetch()}
          retrying={complaint.isFetching}
        />
        <Anchor component={Link} to="/complaints" mt="md" display="inline-block">
          {t('complaints.backToInbox')}
        </Anchor>
      </Container>
    );
  }

  const { complaint: shown, messages } = complaint.data;
  const title = shown.subject || shown.reference;
  return (
    <Container size="xl" py="xl">
      <title>{t('complaints.one.pageTitle', { reference: shown.reference })}</title>
      <Anchor component={Link} to="/complaints" size="sm">
        {t('complaints.backToInbox')}
      </Anchor>
      <PageHeader
        title={title}
        description={
          <>
            <span data-testid="complaint-page-reference">{shown.reference}</span> · {t(`complaints.channels.${shown.channel}`)}{' '}
            · <StatusBadge status={shown.status} />{' '}
            <Badge component="span" variant="outline" color={shown.kind === 'RECOVERY' ? 'grape' : 'gray'} data-testid="complaint-kind">
              {t(shown.kind === 'RECOVERY' ? 'recovery.kind' : 'recovery.complaintKind')}
            </Badge>
          </>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            <Paper withBorder radius="md" p="md" component="section" aria-labelledby="description-title">
              <Title order={2} size="h4" id="description-title" mb="xs">
                {t('complaints.one.description')}
              </Title>
              <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="complaint-description">
                {shown.description}
              </Text>
            </Paper>
            {complaint.data.recoveryAnswers.length > 0 && <RecoveryAnswers answers={complaint.data.recoveryAnswers} />}
            <section aria-labelledby="conversation-title">
              <Title order={2} size="h4" id="conversation-title" mb="sm">
                {t('complaints.conversation.title')}
              </Title>
              <Conversation
                reader="staff"
                entries={messages.map((m) => ({
                  ...m,
                  author: m.type === 'CUSTOMER_MESSAGE' ? undefined : lookups.memberName(m.authorId),
                }))}
              />
            </section>
            {shown.status === 'CLOSED' ? (
              <Text c="dimmed" data-testid="reply-closed">
                {t('complaints.reply.closed')}
              </Text>
            ) : (
              <ReplyBox complaintId={shown.id} />
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="lg">
            <StatusPanel complaintId={shown.id} status={shown.status} recovery={shown.kind === 'RECOVERY'} />
            {promises?.(shown, complaint.data.customer)}
            <ClocksPanel clocks={complaint.data.clocks} />
            <AssignmentPanel complaint={shown} lookups={lookups} canAssign={manages} />
            <DetailsPanel complaint={shown} customer={complaint.data.customer} lookups={lookups} linkCustomer={manages} />
            {complaint.data.followUp && <FollowUpPanel followUp={complaint.data.followUp} />}
          </Stack>
        </Grid.Col>
      </Grid>
    </Container>
  );
}
