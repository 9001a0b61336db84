import { Alert, Anchor, Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ComplaintStatus } from '@/lib/api/types';
import type { ProblemError } from '@/lib/problem-details';
import type { StatusChange } from '../api/complaints';

/** What becomes of a complaint's open promises when it is resolved anyway (the resolution guard's choices). */
export type OpenPromisesChoice = NonNullable<StatusChange['openPromises']>;
export const OPEN_PROMISE_CHOICES: readonly OpenPromisesChoice[] = ['KEEP_OPEN', 'MARK_KEPT', 'CANCEL'];

/** An open promise that stands in the way of resolving (`obstacles` of the 409 problem). */
export interface PromiseObstacle {
  kind: 'promise';
  id: string;
  reference: string;
  text: string;
  dueAt: string;
}

/**
 * The open promises of a 409 `open-promises` answer, or null for any other failure. The complaints API names them
 * (its resolution guard, which the promises module implements), so this needs nothing from the promises feature.
 */
export function openPromisesOf(error: ProblemError | null): PromiseObstacle[] | null {
  if (!error || error.status !== 409 || error.problem.code !== 'open-promises') return null;
  const obstacles = error.problem.obstacles;
  if (!Array.isArray(obstacles)) return [];
  return obstacles.filter(
    (o): o is PromiseObstacle => typeof o === 'object' && o !== null && (o as { kind?: unknown }).kind === 'promise' && typeof (o as { id?: unknown }).id === 'string',
  );
}

/**
 * Resolving (or closing) a complaint whose promises are still open: lists them (each links to its page) and asks
 * what becomes of them: kept open, marked kept, or cancelled. The choice is sent with the status again.
 */
export function OpenPromisesDialog({
  status,
  obstacles,
  busy,
  error,
  onConfirm,
  onCancel,
}: {
  status: ComplaintStatus;
  obstacles: readonly PromiseObstacle[];
  busy: boolean;
  error: string | null;
  onConfirm: (choice: OpenPromisesChoice) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation('complaints');
  const [choice, setChoice] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = () => {
    if (!choice) {
      setMissing(true);
      return;
    }
    onConfirm(choice as OpenPromisesChoice);
  };
  return (
    <Modal opened onClose={onCancel} title={t('complaints.status.openPromises.title')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="md" data-testid="open-promises-dialog">
        <Text size="sm">{t('complaints.status.openPromises.lead', { count: obstacles.length })}</Text>
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} data-testid="open-promises">
          {obstacles.map((obstacle) => (
            <li key={obstacle.id}>
              <Anchor component={Link} to={`/promises/${obstacle.id}`} fw={600} size="sm">
                {obstacle.reference}
              </Anchor>{' '}
              <Text span size="sm" c="dimmed">
                {t('complaints.status.openPromises.due', {
                  due: new Date(obstacle.dueAt).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }),
                })}
              </Text>
              <Text size="sm" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
                {obstacle.text}
              </Text>
            </li>
          ))}
        </Stack>
        <Radio.Group
          label={t('complaints.status.openPromises.choice')}
          required
          value={choice}
          onChange={(value) => {
            setChoice(value);
            setMissing(false);
          }}
          error={missing ? t('complaints.status.openPromises.required') : undefined}
        >
          <Stack gap="sm" mt="xs">
            {OPEN_PROMISE_CHOICES.map((option) => (
              <Radio
                key={option}
                value={option}
                label={t(`complaints.status.openPromises.${option}`)}
                description={t(`complaints.status.openPromises.${option}Hint`)}
                data-testid={`open-promises-${option}`}
              />
            ))}
          </Stack>
        </Radio.Group>
        {error && (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={busy} data-testid="open-promises-confirm">
            {t(status === 'CLOSED' ? 'complaints.status.openPromises.confirmClose' : 'complaints.status.openPromises.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
