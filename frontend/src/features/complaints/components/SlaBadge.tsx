import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SlaState } from '@/lib/api/types';

const COLOR: Record<SlaState, string> = { OK: 'teal', DUE_SOON: 'yellow', WARNING: 'orange', BREACHED: 'red' };

/** A complaint's SLA state as a badge: the word says it, the colour only repeats it. */
export function SlaBadge({ state }: { state: SlaState }) {
  const { t } = useTranslation('complaints');
  return (
    <Badge component="span" variant="light" color={COLOR[state]} data-testid="sla-badge">
      {t(`clocks.slaStates.${state}`)}
    </Badge>
  );
}
