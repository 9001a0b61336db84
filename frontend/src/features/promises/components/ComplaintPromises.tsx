import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { problemMessage, type Result, ResultMessage } from '@/components/feedback';
import { PROMISES_QUERY_KEY, usePromises } from '../api/promises';
import { formatDateTime } from '../utils/dates';
import { NewPromiseDialog } from './NewPromiseDialog';
import { DueStateBadge, PromiseStatusBadge } from './PromiseStatusBadge';

/** What the complaint's page tells this panel about the complaint. */
export interface ComplaintForPromises {
  id: string;
  reference: string;
  /** A recovery case's promises have the source RECOVERY_CASE. */
  recovery: boolean;
  customer?: { id: string; name?: string | null; email?: string | null } | null;
  /** Changes whenever the complaint does (resolving it can keep or cancel its promises): the list reloads then. */
  version: string;
}

/**
 * The promises made on a complaint (GET /api/promises?complaintId=), and "Promise something": the new-promise form,
 * prefilled with the complaint as source and its customer, in one click.
 */
export function ComplaintPromises({ complaint, canPromise }: { complaint: ComplaintForPromises; canPromise: boolean }) {
  const { t, i18n } = useTranslation('promises');
  const queryClient = useQueryClient();
  const list = usePromises({ complaintId: complaint.id, sort: 'dueAt', direction: 'asc', page: 0, size: 50 });
  const [creating, setCreating] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const seen = useRef(complaint.version);
  useEffect(() => {
    if (seen.current === complaint.version) return;
    seen.current = complaint.version;
    void queryClient.invalidateQueries({ queryKey: PROMISES_QUERY_KEY });
  }, [complaint.version, queryClient]);

  const promises = list.data?.items ?? [];
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="complaint-promises-title" data-testid="complaint-promises">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="complaint-promises-title">
            {t('promises.complaint.title')}
          </Title>
          {canPromise && (
            <Button size="xs" onClick={() => { setResult(null); setCreating(true); }} data-testid="promise-something">
              {t('promises.complaint.promise')}
            </Button>
          )}
        </Group>
        <ResultMessage result={result} onClose={() => setResult(null)} />
        {list.isPending ? (
          <Text size="sm" c="dimmed">
            {t('promises.list.loading')}
          </Text>
        ) : list.isError ? (
          <Alert color="red" variant="light" role="alert">
            {problemMessage(list.error, t)}
          </Alert>
        ) : promises.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('promises.complaint.none')}
          </Text>
        ) : (
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby="complaint-promises-title">
            {promises.map((promise) => (
              <li key={promise.id} data-testid="complaint-promise">
                <Group gap={6}>
                  <Anchor component={Link} to={`/promises/${promise.id}`} fw={600} size="sm">
                    {promise.reference}
                  </Anchor>
                  <PromiseStatusBadge status={promise.status} />
                  <DueStateBadge dueState={promise.dueState} />
                </Group>
                <Text size="sm" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
                  {promise.text}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('promises.complaint.dueBy', { due: formatDateTime(promise.dueAt, i18n.language), owner: promise.ownerName })}
                </Text>
              </li>
            ))}
          </Stack>
        )}
      </Stack>
      {creating && (
        <NewPromiseDialog
          prefill={{
            sourceKind: complaint.recovery ? 'RECOVERY_CASE' : 'COMPLAINT',
            sourceId: complaint.id,
            sourceReference: complaint.reference,
            customer: complaint.customer ?? undefined,
          }}
          onClose={() => setCreating(false)}
          onCreated={(detail) => {
            setCreating(false);
            setResult({ kind: 'success', text: t('promises.complaint.made', { reference: detail.promise.reference }) });
          }}
        />
      )}
    </Paper>
  );
}
