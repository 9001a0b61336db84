import type { Unit } from '@/lib/api/types';

/** A unit in depth-first display order, with its depth (0 = top level) and the names from the root. */
export interface FlatUnit {
  unit: Unit;
  depth: number;
  path: string[];
}

const byName = (a: Unit, b: Unit) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });

/** Sorts siblings by name, recursively (a new tree; the input stays as it is). */
export function sortTree(tree: readonly Unit[]): Unit[] {
  return [...tree].sort(byName).map((unit) => ({ ...unit, children: sortTree(unit.children ?? []) }));
}

/** The tree as a list in display order (parents before their children, siblings by name). */
export function flattenUnits(tree: readonly Unit[]): FlatUnit[] {
  const out: FlatUnit[] = [];
  const visit = (units: readonly Unit[], depth: number, path: string[]) => {
    for (const unit of [...units].sort(byName)) {
      const unitPath = [...path, unit.name];
      out.push({ unit, depth, path: unitPath });
      visit(unit.children ?? [], depth + 1, unitPath);
    }
  };
  visit(tree, 0, []);
  return out;
}

/** The unit with this id anywhere in the tree. */
export function findUnit(tree: readonly Unit[], id: string): Unit | undefined {
  for (const unit of tree) {
    if (unit.id === id) return unit;
    const found = findUnit(unit.children ?? [], id);
    if (found) return found;
  }
  return undefined;
}

/** Ids of all units below this one (not the unit itself). */
export function descendantIds(unit: Unit): Set<string> {
  const ids = new Set<string>();
  const visit = (children: readonly Unit[]) => {
    for (const child of children) {
      ids.add(child.id);
      visit(child.children ?? []);
    }
  };
  visit(unit.children ?? []);
  return ids;
}

/**
 * Where a unit may move: every unit except itself and its descendants (a unit can't become its
 * own ancestor). Top level is always possible and not part of this list.
 */
export function moveTargets(tree: readonly Unit[], unitId: string): FlatUnit[] {
  const unit = findUnit(tree, unitId);
  if (!unit) return flattenUnits(tree);
  const excluded = descendantIds(unit);
  excluded.add(unitId);
  return flattenUnits(tree).filter((entry) => !excluded.has(entry.unit.id));
}

/** "Sales › North" */
export function pathLabel(entry: FlatUnit): string {
  return entry.path.join(' › ');
}

/** Unit id -> its path label, for showing a member's unit. */
export function unitLabels(tree: readonly Unit[]): Map<string, string> {
  return new Map(flattenUnits(tree).map((entry) => [entry.unit.id, pathLabel(entry)]));
}

/** Select options for units, in tree order with their paths as labels. */
export function unitOptions(entries: readonly FlatUnit[]): { value: string; label: string }[] {
  return entries.map((entry) => ({ value: entry.unit.id, label: pathLabel(entry) }));
}

/** Number of units in the tree. */
export function countUnits(tree: readonly Unit[]): number {
  return tree.reduce((sum, unit) => sum + 1 + countUnits(unit.children ?? []), 0);
}
