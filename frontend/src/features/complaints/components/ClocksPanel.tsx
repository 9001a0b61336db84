import { Badge, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SlaClock } from '@/lib/api/types';
import { dueText, durationText, momentText } from '../utils/sla-time';

const STATE_COLOR: Record<SlaClock['state'], string> = { RUNNING: 'blue', PAUSED: 'yellow', STOPPED: 'gray' };

/**
 * The complaint's SLA clocks (first response, resolution): the policy, whether it runs, waits for the customer or
 * stopped, when it is due (absolute in the reader's zone and relative), working time used against the target, and
 * met or breached once decided. Colours repeat what the words say.
 */
export function ClocksPanel({ clocks, now = Date.now() }: { clocks: readonly SlaClock[]; now?: number }) {
  const { t } = useTranslation('complaints');
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="clocks-title" data-testid="clocks-panel">
      <Stack gap="sm">
        <Title order={2} size="h4" id="clocks-title">
          {t('clocks.title')}
        </Title>
        {clocks.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="clocks-none">
            {t('clocks.none')}
          </Text>
        ) : (
          <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {clocks.map((clock) => (
              <ClockItem key={clock.kind} clock={clock} now={now} />
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

function ClockItem({ clock, now }: { clock: SlaClock; now: number }) {
  const { t, i18n } = useTranslation('complaints');
  const name = t(`clocks.kinds.${clock.kind}`);
  const share = clock.targetMinutes > 0 ? Math.min(100, (clock.usedMinutes / clock.targetMinutes) * 100) : 0;
  const late = clock.outcome === 'BREACHED' || clock.usedMinutes > clock.targetMinutes;
  const warned = !late && clock.warningAt != null && new Date(clock.warningAt).getTime() <= now && clock.state !== 'STOPPED';
  const used = t('clocks.used', { used: durationText(clock.usedMinutes, t), target: durationText(clock.targetMinutes, t) });
  return (
    <li aria-label={name} data-testid={`clock-${clock.kind}`}>
      <Stack gap={4}>
        <Group justify="space-between" gap="xs">
          <Text fw={600}>{name}</Text>
          <Group gap={4}>
            <Badge component="span" variant="light" color={STATE_COLOR[clock.state]} data-testid="clock-state">
              {t(`clocks.states.${clock.state}`)}
            </Badge>
            {clock.outcome && (
              <Badge component="span" variant="filled" color={clock.outcome === 'MET' ? 'teal' : 'red'} data-testid="clock-outcome">
                {t(`clocks.outcomes.${clock.outcome}`)}
              </Badge>
            )}
          </Group>
        </Group>
        <Text size="xs" c="dimmed">
          {t('clocks.policy', { name: clock.policyName })}
        </Text>
        {clock.state !== 'STOPPED' && clock.dueAt ? (
          <Text size="sm" data-testid="clock-due">
            {t('clocks.due')}: <time dateTime={clock.dueAt}>{momentText(clock.dueAt, i18n.language)}</time> ({dueText(clock.dueAt, now, t)})
          </Text>
        ) : clock.state === 'PAUSED' ? (
          <Text size="sm" data-testid="clock-due">
            {t('clocks.pausedNoDue')}
          </Text>
        ) : null}
        {/* The bar's own aria says only "n%": the root carries minutes used and the target instead. */}
        <Progress.Root
          size="sm"
          role="progressbar"
          aria-label={t('clocks.usedLabel', { name })}
          aria-valuemin={0}
          aria-valuemax={clock.targetMinutes}
          aria-valuenow={Math.min(clock.usedMinutes, clock.targetMinutes)}
          aria-valuetext={used}
        >
          <Progress.Section value={share} color={late ? 'red' : warned ? 'orange' : 'blue'} withAria={false} />
        </Progress.Root>
        <Text size="xs" data-testid="clock-used">
          {used}
          {late ? ` · ${t('clocks.late')}` : warned ? ` · ${t('clocks.warning')}` : ''}
        </Text>
      </Stack>
    </li>
  );
}
