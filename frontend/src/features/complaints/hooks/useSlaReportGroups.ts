import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '@/features/auth';
import { useUnits } from '@/hooks/useUnits';
import type { Classification, SlaReportGroup } from '@/lib/api/types';
import { audienceOf, COMPLAINT_MANAGERS, isAllowed } from '@/lib/permissions';
import { unitLabels } from '@/lib/unit-tree';
import { useClassifications } from '../api/complaints';
import { useAssignees } from '../api/sla';

export interface ReportGroupLabel {
  /** The group's id or month as the report has it; null = none set. */
  key: string | null;
  label: string;
}

/**
 * Names the SLA report's groups: units from the unit tree, categories and priorities from their lists (read by those
 * handling complaints), assignees from the assignable members (ADMIN, MANAGER), months in the UI language. A group
 * the member can't name is numbered ("Colleague 2") so the rows stay apart. `labelsOf` sorts the groups: months in
 * time, others by name, "none" last.
 */
export function useSlaReportGroups(groupBy: SlaReportGroup) {
  const { t, i18n } = useTranslation('complaints');
  const { roles, membership } = useSession();
  const handlesComplaints = isAllowed(audienceOf('complaints'), roles);
  /** Categories and priorities are read by those handling complaints and by executives (for this report). */
  const readsLists = handlesComplaints || roles.includes('EXECUTIVE');
  const assigns = isAllowed(COMPLAINT_MANAGERS, roles);
  const units = useUnits({ enabled: groupBy === 'unit' });
  const categories = useClassifications('categories', { enabled: groupBy === 'category' && readsLists });
  const priorities = useClassifications('priorities', { enabled: groupBy === 'priority' && readsLists });
  const assignees = useAssignees(groupBy === 'assignee' && assigns);
  const meId = membership?.memberId ?? null;
  const language = i18n.language;
  /** The member may not read the names of these groups (then they are numbered). */
  const namesHidden =
    ((groupBy === 'category' || groupBy === 'priority') && !readsLists) || (groupBy === 'assignee' && !assigns);

  return useMemo(() => {
    const german = language.startsWith('de');
    const classificationNames = (list: readonly Classification[] | undefined) =>
      new Map((list ?? []).map((c) => [c.id, german ? c.nameDe : c.nameEn]));
    const names: Map<string, string> =
      groupBy === 'unit'
        ? unitLabels(units.data ?? [])
        : groupBy === 'category'
          ? classificationNames(categories.data)
          : groupBy === 'priority'
            ? classificationNames(priorities.data)
            : groupBy === 'assignee'
              ? new Map((assignees.data ?? []).map((a) => [a.id, a.id === meId ? t('complaints.you', { name: a.displayName }) : a.displayName]))
              : new Map();
    const month = new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    const monthName = (key: string) => {
      const [year, number] = key.split('-').map(Number);
      return year && number ? month.format(Date.UTC(year, number - 1, 1)) : key;
    };
    /** Labels for the groups of a report, in display order. */
    const labelsOf = (keys: readonly (string | null)[]): ReportGroupLabel[] => {
      const distinct = [...new Set(keys)];
      if (groupBy === 'month') {
        return distinct
          .sort((a, b) => (a ?? '').localeCompare(b ?? ''))
          .map((key) => ({ key, label: key ? monthName(key) : t(`slaReport.none.${groupBy}`) }));
      }
      let unnamed = 0;
      const named = distinct
        .filter((key): key is string => key !== null)
        // Unnamed groups are numbered in a stable order (by id), so a reload numbers them the same way.
        .sort()
        .map((key) => {
          if (groupBy === 'assignee' && key === meId && !names.has(key)) return { key, label: t('complaints.me') };
          const name = names.get(key);
          if (name) return { key, label: name };
          unnamed += 1;
          return { key, label: t(`slaReport.unnamed.${groupBy}`, { number: unnamed }) };
        })
        .sort((a, b) => a.label.localeCompare(b.label, language, { numeric: true }));
      return distinct.includes(null) ? [...named, { key: null, label: t(`slaReport.none.${groupBy}`) }] : named;
    };
    return { labelsOf, namesHidden };
  }, [groupBy, units.data, categories.data, priorities.data, assignees.data, meId, language, namesHidden, t]);
}
