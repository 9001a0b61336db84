import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog, problemMessage } from '@/components/feedback';
import type { ComplaintStatus } from '@/lib/api/types';
import { type StatusChange, useChangeStatus } from '../api/complaints';
import { OpenPromisesDialog, openPromisesOf, type PromiseObstacle } from './OpenPromisesDialog';
import { RecoveryCloseDialog } from './RecoveryCloseDialog';
import { StatusBadge } from './StatusBadge';

/**
 * Where a complaint may go from its status (the backend's rules): nothing becomes NEW again, CLOSED is final,
 * RESOLVED reopens to OPEN. The first public reply opens a NEW complaint by itself.
 */
export function nextStatuses(status: ComplaintStatus): ComplaintStatus[] {
  switch (status) {
    case 'NEW':
      return ['OPEN', 'WAITING_FOR_CUSTOMER', 'RESOLVED', 'CLOSED'];
    case 'OPEN':
      return ['WAITING_FOR_CUSTOMER', 'RESOLVED', 'CLOSED'];
    case 'WAITING_FOR_CUSTOMER':
      return ['OPEN', 'RESOLVED', 'CLOSED'];
    case 'RESOLVED':
      return ['OPEN', 'CLOSED'];
    case 'CLOSED':
      return [];
  }
}

/**
 * The complaint's status and the moves it can make; closing (final) asks first, and a recovery case asks for its
 * root cause and whether the customer's issue was resolved.
 */
export function StatusPanel({ complaintId, status, recovery = false }: { complaintId: string; status: ComplaintStatus; recovery?: boolean }) {
  const { t } = useTranslation('complaints');
  const change = useChangeStatus(complaintId);
  const [closing, setClosing] = useState(false);
  // The status a 409 `open-promises` answer refused, until the member says what becomes of the promises.
  const [guarded, setGuarded] = useState<{ status: ComplaintStatus; obstacles: PromiseObstacle[] } | null>(null);
  const move = (next: ComplaintStatus | StatusChange) =>
    change.mutate(next, {
      onSuccess: () => {
        setClosing(false);
        setGuarded(null);
      },
      onError: (error) => {
        const obstacles = openPromisesOf(error);
        if (obstacles) {
          setClosing(false);
          setGuarded({ status: typeof next === 'string' ? next : next.status, obstacles });
        }
      },
    });
  const label = (next: ComplaintStatus) =>
    status === 'RESOLVED' && next === 'OPEN' ? t('complaints.status.reopen') : t(`complaints.status.to.${next}`);

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="status-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="status-title">
            {t('complaints.fields.status')}
          </Title>
          <span aria-live="polite">
            <StatusBadge status={status} />
          </span>
        </Group>
        {status === 'CLOSED' ? (
          <Text size="sm" c="dimmed">
            {t('complaints.status.closedFinal')}
          </Text>
        ) : (
          <Group gap="xs">
            {nextStatuses(status).map((next) => (
              <Button
                key={next}
                size="xs"
                variant={next === 'RESOLVED' ? 'filled' : 'default'}
                color={next === 'CLOSED' ? 'red' : undefined}
                loading={change.isPending && change.variables === next}
                disabled={change.isPending}
                onClick={() => (next === 'CLOSED' ? setClosing(true) : move(next))}
                data-testid={`status-${next}`}
              >
                {label(next)}
              </Button>
            ))}
          </Group>
        )}
        {change.isError && !closing && !guarded && (
          <Alert color="red" variant="light" role="alert">
            {problemMessage(change.error, t)}
          </Alert>
        )}
      </Stack>
      {guarded && (
        <OpenPromisesDialog
          status={guarded.status}
          obstacles={guarded.obstacles}
          busy={change.isPending}
          error={change.isError && !openPromisesOf(change.error) ? problemMessage(change.error, t) : null}
          onConfirm={(openPromises) => move({ status: guarded.status, openPromises })}
          onCancel={() => {
            setGuarded(null);
            change.reset();
          }}
        />
      )}
      <RecoveryCloseDialog complaintId={complaintId} opened={closing && recovery} onClose={() => setClosing(false)} />
      <ConfirmDialog
        opened={closing && !recovery}
        title={t('complaints.status.closeTitle')}
        message={t('complaints.status.closeText')}
        confirmLabel={t('complaints.status.closeConfirm')}
        busy={change.isPending}
        error={change.isError ? problemMessage(change.error, t) : null}
        onCancel={() => {
          setClosing(false);
          change.reset();
        }}
        onConfirm={() => move('CLOSED')}
      />
    </Paper>
  );
}
