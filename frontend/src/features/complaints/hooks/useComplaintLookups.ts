import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '@/features/auth';
import { useUnits } from '@/hooks/useUnits';
import type { Classification } from '@/lib/api/types';
import { flattenUnits, unitLabels, unitOptions } from '@/lib/unit-tree';
import { useAssignees, useClassifications } from '../api/complaints';

export interface Option {
  value: string;
  label: string;
}

/**
 * Names for the ids a complaint carries (category, priority, unit, assignee) and the options to choose them from.
 * Categories and priorities are named in the UI language; inactive ones are offered only where already chosen.
 * Member names come from GET /api/complaints/assignees (ADMIN: all active members, MANAGER: their units'); STAFF
 * can't read it, so for them the signed-in member is "you" and others "a colleague".
 */
export function useComplaintLookups() {
  const { t, i18n } = useTranslation('complaints');
  const { roles, membership } = useSession();
  const categories = useClassifications('categories');
  const priorities = useClassifications('priorities');
  const units = useUnits();
  const members = useAssignees(roles.includes('ADMIN') || roles.includes('MANAGER'));
  const meId = membership?.memberId ?? null;
  const german = i18n.language.startsWith('de');

  return useMemo(() => {
    const nameOf = (c: Classification) => (german ? c.nameDe : c.nameEn);
    const byId = (list: readonly Classification[] | undefined) => new Map((list ?? []).map((c) => [c.id, nameOf(c)]));
    const options = (list: readonly Classification[] | undefined, keep?: string | null): Option[] =>
      [...(list ?? [])]
        .filter((c) => c.active || c.id === keep)
        .sort((a, b) => a.position - b.position)
        .map((c) => ({ value: c.id, label: nameOf(c) }));
    const categoryNames = byId(categories.data);
    const priorityNames = byId(priorities.data);
    const unitNames = unitLabels(units.data ?? []);
    const memberNames = new Map((members.data ?? []).map((m) => [m.id, m.displayName]));
    const memberName = (id?: string | null): string | undefined => {
      if (!id) return undefined;
      if (id === meId) return memberNames.get(id) ? t('complaints.you', { name: memberNames.get(id) }) : t('complaints.me');
      return memberNames.get(id) ?? t('complaints.someone');
    };
    const memberOptions: Option[] | null = members.data ? members.data.map((m) => ({ value: m.id, label: m.displayName })) : null;
    return {
      meId,
      categoryName: (id?: string | null) => (id ? categoryNames.get(id) : undefined),
      priorityName: (id?: string | null) => (id ? priorityNames.get(id) : undefined),
      unitName: (id?: string | null) => (id ? unitNames.get(id) : undefined),
      memberName,
      categoryOptions: (keep?: string | null) => options(categories.data, keep),
      priorityOptions: (keep?: string | null) => options(priorities.data, keep),
      unitOptions: unitOptions(flattenUnits(units.data ?? [])),
      /** Null when the assignee list can't be read (STAFF): offer the signed-in member instead. */
      memberOptions,
    };
  }, [categories.data, priorities.data, units.data, members.data, meId, german, t]);
}
