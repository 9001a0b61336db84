import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { formProblemMessage } from '@/components/feedback';
import type { ComplaintReceipt } from '@/lib/api/types';
import { currentLanguage } from '@/lib/i18n';
import { isProblemError } from '@/lib/problem-details';
import { newSubmissionId } from '@/lib/submission-id';
import { usePublicForm, useSubmitComplaint } from '../api/public';
import { ComplaintFields } from '../components/ComplaintFields';
import { COMPLAINT_FIELDS, complaintSchema, type ComplaintFormValues, EMPTY_COMPLAINT, intakeOf } from '../components/complaint-schema';
import { PublicFrame } from '../components/PublicFrame';
import { useCountdown } from '../hooks/useCountdown';
import { complaintStatusPath } from '../utils/public-path';

/**
 * `/complain/:token`: the tenant's public complaint form (the link staff hand out), without an account. One
 * submission id per filled-in form, kept for retries: sending again after a lost answer files one complaint.
 * A touchpoint's link (`?touchpoint=<id>`) names where the customer met the tenant; the form says so and the
 * complaint carries it. An unknown or retired touchpoint is the general form: old links keep working.
 */
export function PublicComplaintRoute() {
  const { token = '' } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation('complaints');
  const [receipt, setReceipt] = useState<ComplaintReceipt | null>(null);
  const [unknownForm, setUnknownForm] = useState(false);
  // The form's organization; an unknown link says so at once rather than after filling in the form.
  const formInfo = usePublicForm(token, params.get('touchpoint'));
  // A new form (after "file another complaint") is a new complaint: a new id, and a fresh form.
  const [fill, setFill] = useState(0);

  let content;
  if (unknownForm || formInfo.error?.status === 404) {
    content = (
      <Stack gap="sm" py="xl" data-testid="complaint-form-unknown">
        <title>{t('complaints.public.unknownTitle')}</title>
        <Title order={1} fz={{ base: 24, sm: 28 }}>
          {t('complaints.public.unknownTitle')}
        </Title>
        <Text>{t('complaints.public.unknownText')}</Text>
      </Stack>
    );
  } else if (receipt) {
    content = (
      <ReceiptPanel
        receipt={receipt}
        onAnother={() => {
          setReceipt(null);
          setFill((n) => n + 1);
        }}
      />
    );
  } else {
    content = (
      <ComplaintForm
        key={fill}
        token={token}
        organization={formInfo.data?.organization}
        touchpoint={formInfo.data?.touchpoint ?? undefined}
        onFiled={setReceipt}
        onUnknownForm={() => setUnknownForm(true)}
      />
    );
  }
  return <PublicFrame>{content}</PublicFrame>;
}

function ComplaintForm({
  token,
  organization,
  touchpoint,
  onFiled,
  onUnknownForm,
}: {
  token: string;
  organization?: string;
  /** The touchpoint the form's link names, sent back with the complaint. */
  touchpoint?: { id: string; name: string };
  onFiled: (receipt: ComplaintReceipt) => void;
  onUnknownForm: () => void;
}) {
  const { t } = useTranslation('complaints');
  const submit = useSubmitComplaint(token);
  const [submissionId] = useState(newSubmissionId);
  const form = useForm<ComplaintFormValues, unknown, ComplaintFormValues>({
    defaultValues: EMPTY_COMPLAINT,
    resolver: zodResolver(complaintSchema),
  });
  const [problem, setProblem] = useState<string | null>(null);
  const [retryable, setRetryable] = useState(false);
  const wait = useCountdown();

  const onSubmit = form.handleSubmit(
    async (values) => {
      if (submit.isPending || wait.seconds > 0) return;
      setProblem(null);
      setRetryable(false);
      try {
        onFiled(
          await submit.mutateAsync({
            ...intakeOf(values),
            language: currentLanguage(),
            clientSubmissionId: submissionId,
            ...(touchpoint ? { touchpointId: touchpoint.id } : {}),
          }),
        );
      } catch (error) {
        if (!isProblemError(error) || error.isNetworkError || error.status >= 500) setRetryable(true);
        else if (error.status === 404) onUnknownForm();
        else if (error.status === 429) wait.start(error.retryAfterSeconds ?? 60);
        else setProblem(formProblemMessage(error, form, COMPLAINT_FIELDS, t));
      }
    },
    () => setProblem(null),
  );

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }}>
      <title>{t('complaints.public.pageTitle')}</title>
      <form noValidate onSubmit={onSubmit} aria-labelledby="complaint-form-title" data-testid="complaint-form">
        <Stack gap="md">
          <Stack gap={4}>
            <Title order={1} fz={{ base: 24, sm: 28 }} id="complaint-form-title">
              {t('complaints.public.title')}
            </Title>
            {organization && (
              <Text fw={600} data-testid="complaint-form-organization">
                {t('publicForm.to', { organization })}
              </Text>
            )}
            {touchpoint && <Text data-testid="complaint-form-touchpoint">{t('publicForm.touchpoint', { touchpoint: touchpoint.name })}</Text>}
            <Text c="dimmed">{t('complaints.public.lead')}</Text>
          </Stack>
          <ComplaintFields form={form} who="customer" />
          <div aria-live="polite" aria-atomic="true">
            {wait.seconds > 0 && (
              <Alert color="yellow" variant="light" role="status" data-testid="complaint-rate-limited">
                {t('complaints.public.rateLimited', { count: wait.seconds })}
              </Alert>
            )}
            {retryable && (
              <Alert color="red" variant="light" role="alert" title={t('complaints.public.notSentTitle')} data-testid="complaint-retry">
                {t('complaints.public.notSentText')}
              </Alert>
            )}
            {problem && (
              <Alert color="red" variant="light" role="alert" title={t('complaints.public.failed')}>
                {problem}
              </Alert>
            )}
          </div>
          <Button type="submit" size="md" loading={submit.isPending} disabled={wait.seconds > 0} data-testid="complaint-submit">
            {retryable ? t('complaints.public.sendAgain') : t('complaints.public.submit')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('complaints.public.privacy')}
          </Text>
        </Stack>
      </form>
    </Paper>
  );
}

function ReceiptPanel({ receipt, onAnother }: { receipt: ComplaintReceipt; onAnother: () => void }) {
  const { t } = useTranslation('complaints');
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves to the outcome so that screen readers announce it.
  useEffect(() => heading.current?.focus(), []);
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} data-testid="complaint-receipt">
      <title>{t('complaints.public.receivedPageTitle')}</title>
      <Stack gap="md" role="status">
        <Title order={1} fz={{ base: 24, sm: 28 }} ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
          {t('complaints.public.receivedTitle')}
        </Title>
        <Text>
          {t('complaints.public.receivedText')}{' '}
          <Text component="strong" fw={700} data-testid="complaint-reference">
            {receipt.reference}
          </Text>
        </Text>
        <Text>{t('complaints.public.statusHint')}</Text>
      </Stack>
      <Stack gap="sm" mt="md" align="flex-start">
        <Anchor component={Link} to={complaintStatusPath(receipt.statusToken)} fw={600} data-testid="complaint-status-link">
          {t('complaints.public.statusLink')}
        </Anchor>
        <Button variant="default" onClick={onAnother}>
          {t('complaints.public.another')}
        </Button>
      </Stack>
    </Paper>
  );
}
