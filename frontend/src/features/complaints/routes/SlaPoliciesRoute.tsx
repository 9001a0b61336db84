import { ActionIcon, Alert, Anchor, Badge, Button, Container, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDialog, ErrorState, PageLoader, problemMessage, type Result, ResultMessage } from '@/components/feedback';
import { PageHeader } from '@/components/layout/PageHeader';
import type { Calendar, SlaPolicy } from '@/lib/api/types';
import { useClassifications } from '../api/complaints';
import { useCalendars, useDeleteSlaPolicy, useReorderSlaPolicies, useSlaPolicies } from '../api/sla';
import { SlaPolicyDialog } from '../components/SlaPolicyDialog';
import { useComplaintLookups } from '../hooks/useComplaintLookups';
import { formatMinutes } from '../utils/duration';

type Lookups = ReturnType<typeof useComplaintLookups>;

/**
 * `/complaints/sla-policies` (ADMIN, MANAGER): the tenant's SLA policies in their order. For each complaint the first
 * active policy whose conditions all hold sets its clocks, so the order is edited here (move up, move down).
 */
export function SlaPoliciesRoute() {
  const { t } = useTranslation('complaints');
  const policies = useSlaPolicies();
  // The dialog's selects are uncontrolled: their options are loaded before it opens.
  const categories = useClassifications('categories');
  const priorities = useClassifications('priorities');
  const calendars = useCalendars();
  const lookups = useComplaintLookups();
  const reorder = useReorderSlaPolicies();
  const remove = useDeleteSlaPolicy();
  const [editing, setEditing] = useState<SlaPolicy | 'new' | null>(null);
  const [deleting, setDeleting] = useState<SlaPolicy | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [result, setResult] = useState<Result | null>(null);

  const sorted = [...(policies.data ?? [])].sort((a, b) => a.position - b.position);
  const loading = policies.isPending || categories.isPending || priorities.isPending || calendars.isPending;
  const calendarList = calendars.isError ? null : (calendars.data ?? []);

  const move = async (index: number, by: -1 | 1) => {
    const ids = sorted.map((policy) => policy.id);
    const [moved] = ids.splice(index, 1);
    if (!moved) return;
    ids.splice(index + by, 0, moved);
    setResult(null);
    try {
      await reorder.mutateAsync(ids);
      setResult({ kind: 'success', text: t('slaPolicies.moved', { name: sorted[index]?.name, place: index + by + 1 }) });
    } catch (error) {
      setResult({ kind: 'error', text: t('slaPolicies.moveFailed', { reason: problemMessage(error, t) }) });
    }
  };

  const confirmDelete = async () => {
    if (!deleting) return;
    setDeleteError(null);
    try {
      await remove.mutateAsync(deleting.id);
      setResult({ kind: 'success', text: t('slaPolicies.deleted', { name: deleting.name }) });
      setDeleting(null);
    } catch (error) {
      setDeleteError(problemMessage(error, t));
    }
  };

  return (
    <Container size="lg" py="xl">
      <title>{t('slaPolicies.pageTitle')}</title>
      <Group gap="md">
        <Anchor component={Link} to="/complaints/settings" size="sm">
          {t('slaPolicies.backToSettings')}
        </Anchor>
        <Anchor component={Link} to="/complaints/sla-report" size="sm">
          {t('slaReport.open')}
        </Anchor>
      </Group>
      <PageHeader
        title={t('slaPolicies.title')}
        description={t('slaPolicies.lead')}
        actions={
          <Button onClick={() => setEditing('new')} disabled={loading || policies.isError} data-testid="new-sla-policy">
            {t('slaPolicies.new')}
          </Button>
        }
      />
      <Alert variant="light" color="blue" title={t('slaPolicies.firstMatchTitle')} mb="lg">
        {t('slaPolicies.firstMatchText')}
      </Alert>
      <ResultMessage result={result} onClose={() => setResult(null)} />
      {loading ? (
        <PageLoader label={t('slaPolicies.loading')} />
      ) : policies.isError ? (
        <ErrorState error={policies.error} title={t('slaPolicies.loadFailed')} onRetry={() => void policies.refetch()} retrying={policies.isFetching} />
      ) : sorted.length === 0 ? (
        <Paper withBorder radius="md" p="xl" ta="center" data-testid="sla-policies-empty">
          <Stack gap="sm" align="center">
            <Title order={2} size="h4">
              {t('slaPolicies.emptyTitle')}
            </Title>
            <Text c="dimmed">{t('slaPolicies.emptyText')}</Text>
            <Button onClick={() => setEditing('new')}>{t('slaPolicies.new')}</Button>
          </Stack>
        </Paper>
      ) : (
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('slaPolicies.listLabel')} data-testid="sla-policies">
          {sorted.map((policy, index) => (
            <li key={policy.id}>
              <PolicyCard
                policy={policy}
                place={index + 1}
                lookups={lookups}
                calendars={calendarList}
                first={index === 0}
                last={index === sorted.length - 1}
                busy={reorder.isPending}
                onMove={(by) => void move(index, by)}
                onEdit={() => setEditing(policy)}
                onDelete={() => {
                  setDeleteError(null);
                  setDeleting(policy);
                }}
              />
            </li>
          ))}
        </Stack>
      )}
      {editing && (
        <SlaPolicyDialog
          policy={editing === 'new' ? undefined : editing}
          categories={lookups.categoryOptions}
          priorities={lookups.priorityOptions}
          calendars={calendarList}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            setResult({ kind: 'success', text: t('slaPolicies.saved', { name: saved.name }) });
          }}
        />
      )}
      <ConfirmDialog
        opened={deleting !== null}
        title={t('slaPolicies.deleteTitle', { name: deleting?.name ?? '' })}
        message={t('slaPolicies.deleteText')}
        confirmLabel={t('slaPolicies.deleteConfirm')}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeleting(null)}
        busy={remove.isPending}
        error={deleteError}
      />
    </Container>
  );
}

interface PolicyCardProps {
  policy: SlaPolicy;
  place: number;
  lookups: Lookups;
  calendars: readonly Calendar[] | null;
  first: boolean;
  last: boolean;
  busy: boolean;
  onMove: (by: -1 | 1) => void;
  onEdit: () => void;
  onDelete: () => void;
}

/** One policy: its place, conditions, calendar, targets and warning, with its actions. */
function PolicyCard({ policy, place, lookups, calendars, first, last, busy, onMove, onEdit, onDelete }: PolicyCardProps) {
  const { t, i18n } = useTranslation('complaints');
  const conditions = [
    policy.kind && t('slaPolicies.condition', { field: t('slaPolicies.fields.kind'), value: t(`slaPolicies.kinds.${policy.kind}`) }),
    policy.channel && t('slaPolicies.condition', { field: t('complaints.fields.channel'), value: t(`complaints.channels.${policy.channel}`) }),
    policy.categoryId &&
      t('slaPolicies.condition', { field: t('complaints.fields.category'), value: lookups.categoryName(policy.categoryId) ?? t('slaPolicies.unknown') }),
    policy.priorityId &&
      t('slaPolicies.condition', { field: t('complaints.fields.priority'), value: lookups.priorityName(policy.priorityId) ?? t('slaPolicies.unknown') }),
  ].filter((condition): condition is string => Boolean(condition));
  const calendar = policy.calendarId
    ? (calendars?.find((c) => c.id === policy.calendarId)?.name ?? t('slaPolicies.unknown'))
    : t('slaPolicies.defaultCalendar');
  const targetText = (minutes: number | null | undefined) =>
    minutes ? formatMinutes(minutes, t, i18n.language) : t('slaPolicies.noTarget');
  const warning = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 }).format(policy.warningShare);
  const titleId = `sla-policy-${policy.id}`;

  return (
    <Paper withBorder radius="md" p="md" bg={policy.active ? undefined : 'gray.0'} aria-labelledby={titleId} component="article" data-testid="sla-policy">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={6} style={{ flex: '1 1 320px' }}>
          <Group gap="xs">
            {/* The ordered list tells screen readers the place. */}
            <Badge variant="light" color="gray" aria-hidden="true">
              {place}
            </Badge>
            <Title order={2} size="h4" id={titleId}>
              {policy.name}
            </Title>
            {!policy.active && <Badge color="gray">{t('slaPolicies.inactive')}</Badge>}
          </Group>
          <Text size="sm">{conditions.length === 0 ? t('slaPolicies.matchesAll') : t('slaPolicies.matches', { conditions: conditions.join(' · ') })}</Text>
          <Text size="sm" c="dimmed">
            {t('slaPolicies.summary', {
              firstResponse: targetText(policy.firstResponseMinutes),
              resolution: targetText(policy.resolutionMinutes),
              warning,
              calendar,
            })}
          </Text>
        </Stack>
        <Group gap="xs">
          <Tooltip label={t('slaPolicies.moveUp')}>
            <ActionIcon variant="default" size="lg" onClick={() => onMove(-1)} disabled={first || busy} aria-label={t('slaPolicies.moveUpLabel', { name: policy.name })}>
              <span aria-hidden="true">↑</span>
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('slaPolicies.moveDown')}>
            <ActionIcon variant="default" size="lg" onClick={() => onMove(1)} disabled={last || busy} aria-label={t('slaPolicies.moveDownLabel', { name: policy.name })}>
              <span aria-hidden="true">↓</span>
            </ActionIcon>
          </Tooltip>
          <Button variant="default" onClick={onEdit} aria-label={t('slaPolicies.editLabel', { name: policy.name })}>
            {t('slaPolicies.edit')}
          </Button>
          <Button variant="subtle" color="red" onClick={onDelete} aria-label={t('slaPolicies.deleteLabel', { name: policy.name })}>
            {t('slaPolicies.delete')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
