import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { z } from 'zod';
import { formProblemMessage, PageLoader, problemMessage } from '@/components/feedback';
import { fieldErrorText } from '@/lib/forms';
import { isProblemError } from '@/lib/problem-details';
import { useAnswerComplaint, useComplaintStatus } from '../api/public';
import { Conversation } from '../components/Conversation';
import { DESCRIPTION_MAX, messageBodySchema } from '../components/complaint-schema';
import { PublicFrame } from '../components/PublicFrame';
import { StatusBadge } from '../components/StatusBadge';
import { useCountdown } from '../hooks/useCountdown';

/**
 * `/complaint-status/:token`: the customer's page of their complaint (the link of the receipt), without an account:
 * reference, status, the team's public replies and the customer's own messages (never internal notes), and a box
 * to answer. Answering a complaint that waits for the customer opens it again.
 */
export function ComplaintStatusRoute() {
  const { token = '' } = useParams();
  const { t, i18n } = useTranslation('complaints');
  const status = useComplaintStatus(token);

  let content;
  if (status.isPending) {
    content = <PageLoader label={t('complaints.statusPage.loading')} />;
  } else if (status.isError) {
    const unknown = status.error.status === 404;
    content = (
      <Stack gap="sm" py="xl" role="alert" data-testid={unknown ? 'complaint-status-unknown' : undefined}>
        <title>{t('complaints.statusPage.unknownTitle')}</title>
        <Title order={1} fz={{ base: 24, sm: 28 }}>
          {unknown ? t('complaints.statusPage.unknownTitle') : t('complaints.statusPage.loadFailed')}
        </Title>
        <Text>
          {unknown
            ? t('complaints.statusPage.unknownText')
            : status.error.status === 429
              ? t('complaints.public.rateLimited', { count: status.error.retryAfterSeconds ?? 60 })
              : problemMessage(status.error, t)}
        </Text>
        {!unknown && (
          <Group>
            <Button size="xs" variant="default" onClick={() => void status.refetch()} loading={status.isFetching}>
              {t('common.retry')}
            </Button>
          </Group>
        )}
      </Stack>
    );
  } else {
    const view = status.data;
    content = (
      <Stack gap="lg">
        <title>{t('complaints.statusPage.pageTitle', { reference: view.reference })}</title>
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }}>
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t('complaints.statusPage.reference', { reference: view.reference })}
            </Text>
            <Title order={1} fz={{ base: 22, sm: 26 }} style={{ overflowWrap: 'anywhere' }}>
              {view.subject || t('complaints.statusPage.title')}
            </Title>
            <Group gap="xs" aria-live="polite">
              <Text size="sm">{t('complaints.statusPage.status')}</Text>
              <StatusBadge status={view.status} reader="customer" />
            </Group>
            <Text size="sm" c="dimmed" data-testid="complaint-status-created">
              {t('statusPage.filedAt', { when: new Date(view.createdAt).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }) })}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="complaint-status-description">
              {view.description}
            </Text>
          </Stack>
        </Paper>
        <section aria-labelledby="status-conversation">
          <Title order={2} size="h4" mb="sm" id="status-conversation">
            {t('complaints.statusPage.conversation')}
          </Title>
          <Conversation reader="customer" entries={view.messages.map((m) => ({ ...m, author: undefined }))} />
        </section>
        {view.status === 'CLOSED' ? (
          <Text c="dimmed" data-testid="complaint-closed">
            {t('complaints.statusPage.closed')}
          </Text>
        ) : (
          <AnswerBox token={token} />
        )}
      </Stack>
    );
  }
  return <PublicFrame>{content}</PublicFrame>;
}

const answerSchema = z.object({ body: messageBodySchema });
type AnswerValues = z.infer<typeof answerSchema>;

function AnswerBox({ token }: { token: string }) {
  const { t } = useTranslation('complaints');
  const answer = useAnswerComplaint(token);
  const form = useForm<AnswerValues, unknown, AnswerValues>({ defaultValues: { body: '' }, resolver: zodResolver(answerSchema) });
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const wait = useCountdown();

  const onSubmit = form.handleSubmit(
    async ({ body }) => {
      if (answer.isPending || wait.seconds > 0) return;
      setProblem(null);
      setSent(false);
      try {
        await answer.mutateAsync(body);
        form.reset({ body: '' });
        setSent(true);
      } catch (error) {
        if (isProblemError(error) && error.status === 429) wait.start(error.retryAfterSeconds ?? 60);
        else setProblem(formProblemMessage(error, form, ['body'], t));
      }
    },
    () => setSent(false),
  );

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
      <form noValidate onSubmit={onSubmit} aria-labelledby="answer-title" data-testid="complaint-answer-form">
        <Stack gap="sm">
          <Title order={2} size="h4" id="answer-title">
            {t('complaints.statusPage.answerTitle')}
          </Title>
          <Textarea
            {...form.register('body')}
            label={t('complaints.statusPage.answerLabel')}
            autosize
            minRows={3}
            maxRows={12}
            maxLength={DESCRIPTION_MAX}
            error={fieldErrorText(form.formState.errors.body, t)}
            data-testid="complaint-answer"
          />
          <div aria-live="polite" aria-atomic="true">
            {sent && (
              <Alert color="teal" variant="light" role="status">
                {t('complaints.statusPage.answerSent')}
              </Alert>
            )}
            {wait.seconds > 0 && (
              <Alert color="yellow" variant="light" role="status">
                {t('complaints.public.rateLimited', { count: wait.seconds })}
              </Alert>
            )}
            {problem && (
              <Alert color="red" variant="light" role="alert">
                {problem}
              </Alert>
            )}
          </div>
          <Group>
            <Button type="submit" loading={answer.isPending} disabled={wait.seconds > 0} data-testid="complaint-answer-submit">
              {t('complaints.statusPage.answerSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
