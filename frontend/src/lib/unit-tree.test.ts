import { describe, expect, it } from 'vitest';
import { unit } from '@/testing/fixtures';
import { countUnits, descendantIds, findUnit, flattenUnits, moveTargets, pathLabel, unitLabels } from './unit-tree';

//  Sales
//    North
//      North-A
//    South
//  Operations
//    Support
const tree = [
  unit('sales', 'Sales', [unit('north', 'North', [unit('north-a', 'North-A')]), unit('south', 'South')]),
  unit('ops', 'Operations', [unit('support', 'Support')]),
];

const ids = (entries: { unit: { id: string } }[]) => entries.map((e) => e.unit.id);

describe('unit tree helpers', () => {
  it('flattens depth-first with siblings by name, depth and path', () => {
    const flat = flattenUnits(tree);
    expect(ids(flat)).toEqual(['ops', 'support', 'sales', 'north', 'north-a', 'south']);
    expect(flat.map((e) => e.depth)).toEqual([0, 1, 0, 1, 2, 1]);
    expect(pathLabel(flat[4]!)).toBe('Sales › North › North-A');
    expect(unitLabels(tree).get('south')).toBe('Sales › South');
    expect(countUnits(tree)).toBe(6);
  });

  it('finds units and their descendants', () => {
    expect(findUnit(tree, 'north-a')?.name).toBe('North-A');
    expect(findUnit(tree, 'nope')).toBeUndefined();
    expect([...descendantIds(findUnit(tree, 'sales')!)].sort()).toEqual(['north', 'north-a', 'south']);
    expect(descendantIds(findUnit(tree, 'south')!).size).toBe(0);
  });

  it('excludes the unit itself and all its descendants from the move targets', () => {
    expect(ids(moveTargets(tree, 'sales'))).toEqual(['ops', 'support']);
    expect(ids(moveTargets(tree, 'north'))).toEqual(['ops', 'support', 'sales', 'south']);
    expect(ids(moveTargets(tree, 'north-a'))).toEqual(['ops', 'support', 'sales', 'north', 'south']);
    expect(ids(moveTargets(tree, 'ops'))).toEqual(['sales', 'north', 'north-a', 'south']);
  });

  it('offers everything for an unknown unit and nothing for a lone unit', () => {
    expect(moveTargets(tree, 'unknown')).toHaveLength(6);
    expect(moveTargets([unit('only', 'Only')], 'only')).toEqual([]);
  });
});
