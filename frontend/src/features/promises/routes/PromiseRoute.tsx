import { Anchor, Button, Container, Grid, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { CopyableLink } from '@/components/CopyableLink';
import { ConfirmDialog, ErrorState, PageLoader, problemMessage, type Result, ResultMessage } from '@/components/feedback';
import { PageHeader } from '@/components/layout/PageHeader';
import { useSession } from '@/features/auth';
import { COMPLAINT_MANAGERS, isAllowed } from '@/lib/permissions';
import { useNotifyCustomer, usePromise } from '../api/promises';
import { isOpen, type PromiseDetail, type PromiseResponse } from '../api/types';
import { CancelDialog, NoteActionDialog, type PromiseAction, ReassignDialog, RenegotiateDialog } from '../components/ActionDialogs';
import { HistoryTimeline } from '../components/HistoryTimeline';
import { DueStateBadge, PromiseStatusBadge } from '../components/PromiseStatusBadge';
import { formatDateTime } from '../utils/dates';

/**
 * `/promises/:id`: what was promised to whom, by when, its status and history, the customer's next score after it
 * was decided, and the actions its state allows (for those who may act on it).
 */
export function PromiseRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation('promises');
  const detail = usePromise(id);

  if (detail.isPending) return <PageLoader label={t('promises.one.loading')} />;
  if (detail.isError) {
    return (
      <Container size="md" py="xl">
        <ErrorState
          error={detail.error}
          title={detail.error.status === 404 ? t('promises.one.notFound') : t('promises.one.loadFailed')}
          onRetry={detail.error.status === 404 ? undefined : () => void detail.refetch()}
          retrying={detail.isFetching}
        />
        <Anchor component={Link} to="/promises" mt="md" display="inline-block">
          {t('promises.backToList')}
        </Anchor>
      </Container>
    );
  }
  return <PromisePage detail={detail.data} />;
}

function PromisePage({ detail }: { detail: PromiseDetail }) {
  const { t, i18n } = useTranslation('promises');
  const { roles } = useSession();
  const { promise, history, afterScore, statusLink, canAct } = detail;
  const [action, setAction] = useState<PromiseAction | null>(null);
  const [notifying, setNotifying] = useState(false);
  // Coming from the new-promise form, the page says it was recorded.
  const created = (useLocation().state as { created?: string } | null)?.created;
  const [result, setResult] = useState<Result | null>(
    created ? { kind: 'success', text: t('promises.one.created', { reference: created }) } : null,
  );
  const notify = useNotifyCustomer(promise.id);
  const when = (value: string) => formatDateTime(value, i18n.language);
  const manages = isAllowed(COMPLAINT_MANAGERS, roles);
  const open = isOpen(promise.status);

  const done = (_detail: PromiseDetail, finished: PromiseAction) => {
    setAction(null);
    setResult({ kind: 'success', text: t(`promises.actions.${finished}.done`) });
  };
  const dialogProps = { promise, onClose: () => setAction(null), onDone: done };

  const actionButton = (key: PromiseAction, props: { color?: string; variant?: string } = {}) => (
    <Button key={key} size="xs" variant={props.variant ?? 'default'} color={props.color} onClick={() => { setResult(null); setAction(key); }} data-testid={`promise-${key}`}>
      {t(`promises.actions.${key}.button`)}
    </Button>
  );

  return (
    <Container size="xl" py="xl">
      <title>{t('promises.one.pageTitle', { reference: promise.reference })}</title>
      <Anchor component={Link} to="/promises" size="sm">
        {t('promises.backToList')}
      </Anchor>
      <PageHeader
        title={promise.reference}
        description={
          <>
            <PromiseStatusBadge status={promise.status} /> <DueStateBadge dueState={promise.dueState} />
          </>
        }
      />
      <ResultMessage result={result} onClose={() => setResult(null)} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            <Paper withBorder radius="md" p="md" component="section" aria-labelledby="promise-text-title">
              <Title order={2} size="h4" id="promise-text-title" mb="xs">
                {t('promises.one.whatWasPromised')}
              </Title>
              <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="promise-text">
                {promise.text}
              </Text>
            </Paper>
            {canAct && (
              <Paper withBorder radius="md" p="md" component="section" aria-labelledby="promise-actions-title">
                <Title order={2} size="h4" id="promise-actions-title" mb="sm">
                  {t('promises.one.actions')}
                </Title>
                {open ? (
                  <Group gap="xs" data-testid="promise-actions">
                    {actionButton('keep', { variant: 'filled', color: 'teal' })}
                    {actionButton('renegotiate')}
                    {actionButton('break', { color: 'red', variant: 'outline' })}
                    {actionButton('cancel')}
                    {manages && actionButton('reassign')}
                    {promise.customer && (
                      <Button size="xs" variant="default" onClick={() => { setResult(null); setNotifying(true); }} data-testid="promise-notify">
                        {t(promise.customerNotifiedAt ? 'promises.notify.again' : 'promises.notify.button')}
                      </Button>
                    )}
                  </Group>
                ) : promise.status === 'BROKEN' && !promise.fulfilledLateAt ? (
                  <Group gap="xs" data-testid="promise-actions">
                    {actionButton('fulfilledLate')}
                  </Group>
                ) : (
                  <Text size="sm" c="dimmed" data-testid="promise-decided">
                    {t('promises.one.decided')}
                  </Text>
                )}
              </Paper>
            )}
            <section aria-labelledby="promise-history-title">
              <Title order={2} size="h4" id="promise-history-title" mb="sm">
                {t('promises.one.history')}
              </Title>
              <HistoryTimeline entries={history} />
            </section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="lg">
            <FactsPanel promise={promise} linkCustomer={manages} when={when} />
            {afterScore && (
              <Paper withBorder radius="md" p="md" component="section" aria-labelledby="after-score-title" data-testid="promise-after-score">
                <Title order={2} size="h4" id="after-score-title" mb="xs">
                  {t('promises.afterScore.title')}
                </Title>
                <Text size="sm" c="dimmed" mb="xs">
                  {t('promises.afterScore.lead', { when: when(afterScore.answeredAt) })}
                </Text>
                <Group gap="lg">
                  {afterScore.nps != null && <Text fw={600}>{t('promises.afterScore.nps', { score: afterScore.nps })}</Text>}
                  {afterScore.csat != null && <Text fw={600}>{t('promises.afterScore.csat', { score: afterScore.csat })}</Text>}
                </Group>
              </Paper>
            )}
            {statusLink && (
              <Paper withBorder radius="md" p="md" component="section" aria-labelledby="status-link-title">
                <Title order={2} size="h4" id="status-link-title" mb="xs">
                  {t('promises.one.statusLink')}
                </Title>
                <Text size="sm" c="dimmed" mb="xs">
                  {t('promises.one.statusLinkHint')}
                </Text>
                <CopyableLink url={statusLink} labelledBy="status-link-title" testId="promise-status-link" />
              </Paper>
            )}
          </Stack>
        </Grid.Col>
      </Grid>

      {(action === 'keep' || action === 'break' || action === 'fulfilledLate') && <NoteActionDialog action={action} {...dialogProps} />}
      {action === 'renegotiate' && <RenegotiateDialog {...dialogProps} />}
      {action === 'cancel' && <CancelDialog {...dialogProps} />}
      {action === 'reassign' && <ReassignDialog {...dialogProps} />}
      <ConfirmDialog
        opened={notifying}
        danger={false}
        title={t('promises.notify.title')}
        message={t('promises.notify.text', { email: promise.customer?.email ?? '' })}
        confirmLabel={t('promises.notify.confirm')}
        busy={notify.isPending}
        error={notify.isError ? problemMessage(notify.error, t) : null}
        onCancel={() => {
          setNotifying(false);
          notify.reset();
        }}
        onConfirm={() =>
          notify.mutate(undefined, {
            onSuccess: () => {
              setNotifying(false);
              setResult({ kind: 'success', text: t('promises.notify.done') });
            },
          })
        }
      />
    </Container>
  );
}

function FactsPanel({ promise, linkCustomer, when }: { promise: PromiseResponse; linkCustomer: boolean; when: (value: string) => string }) {
  const { t } = useTranslation('promises');
  const dash = '—';
  const customer = promise.customer;
  const source =
    promise.source.kind === 'COMPLAINT' || promise.source.kind === 'RECOVERY_CASE' ? (
      promise.source.id ? (
        <Anchor component={Link} to={`/complaints/${promise.source.id}`} data-testid="promise-source-link">
          {t(`promises.sources.${promise.source.kind}`)} {promise.source.reference ?? ''}
        </Anchor>
      ) : (
        t(`promises.sources.${promise.source.kind}`)
      )
    ) : (
      t(`promises.sources.${promise.source.kind}`)
    );
  const rows: [string, ReactNode][] = [
    [
      t('promises.fields.customer'),
      customer ? (
        <Stack gap={0}>
          {linkCustomer ? (
            <Anchor component={Link} to={`/customers/${customer.id}`} data-testid="promise-customer">
              {customer.name || customer.email}
            </Anchor>
          ) : (
            <span data-testid="promise-customer">{customer.name || customer.email}</span>
          )}
          {customer.name && (
            <Text size="sm" c="dimmed">
              {customer.email}
            </Text>
          )}
        </Stack>
      ) : (
        t('promises.customerErased')
      ),
    ],
    [t('promises.fields.owner'), promise.ownerName],
    [t('promises.fields.unit'), promise.unitName ?? dash],
    [t('promises.fields.source'), source],
    ...(promise.recoveryCaseId
      ? ([
          [
            t('promises.fields.recoveryCase'),
            <Anchor component={Link} to={`/complaints/${promise.recoveryCaseId}`} data-testid="promise-recovery-case">
              {t('promises.one.recoveryCase')}
            </Anchor>,
          ],
        ] as [string, ReactNode][])
      : []),
    [t('promises.fields.due'), <span data-testid="promise-due">{when(promise.dueAt)}</span>],
    [t('promises.fields.breakAt'), promise.breakAt ? <span data-testid="promise-break-at">{when(promise.breakAt)}</span> : dash],
    [t('promises.fields.renegotiations'), String(promise.renegotiations)],
    [t('promises.fields.decidedAt'), promise.decidedAt ? when(promise.decidedAt) : dash],
    ...(promise.fulfilledLateAt ? ([[t('promises.fields.fulfilledLateAt'), when(promise.fulfilledLateAt)]] as [string, ReactNode][]) : []),
    [t('promises.fields.customerNotifiedAt'), promise.customerNotifiedAt ? when(promise.customerNotifiedAt) : t('promises.notify.never')],
    [t('promises.fields.createdAt'), when(promise.createdAt)],
  ];
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="promise-facts-title">
      <Title order={2} size="h4" id="promise-facts-title" mb="xs">
        {t('promises.one.facts')}
      </Title>
      <Table variant="vertical" layout="fixed" withRowBorders={false} data-testid="promise-facts">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={150} scope="row">
                {label}
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
