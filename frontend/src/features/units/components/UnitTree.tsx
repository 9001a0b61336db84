import { Badge, Button, Group, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Unit } from '@/lib/api/types';
import { sortTree } from '@/lib/unit-tree';

export type UnitAction = 'addChild' | 'edit' | 'move' | 'delete';

export interface UnitTreeProps {
  tree: readonly Unit[];
  onAction: (action: UnitAction, unit: Unit) => void;
}

/** The unit tree as nested lists: screen readers announce each level, every action is a plain button or menu. */
export function UnitTree({ tree, onAction }: UnitTreeProps) {
  const { t } = useTranslation('units');
  return <UnitList units={sortTree(tree)} depth={0} onAction={onAction} label={t('units.treeLabel')} />;
}

interface UnitListProps {
  units: readonly Unit[];
  depth: number;
  onAction: UnitTreeProps['onAction'];
  label?: string;
}

function UnitList({ units, depth, onAction, label }: UnitListProps) {
  return (
    <ul className="unit-tree" data-depth={depth} aria-label={label}>
      {units.map((unit) => (
        <li key={unit.id} data-testid={`unit-${unit.id}`}>
          <UnitRow unit={unit} onAction={onAction} />
          {unit.children.length > 0 && <UnitList units={unit.children} depth={depth + 1} onAction={onAction} />}
        </li>
      ))}
    </ul>
  );
}

function UnitRow({ unit, onAction }: { unit: Unit; onAction: UnitTreeProps['onAction'] }) {
  const { t } = useTranslation('units');
  return (
    <Group className="unit-row" justify="space-between" wrap="nowrap" gap="sm" py={6} px="sm">
      <Group gap="sm" wrap="wrap" style={{ minWidth: 0 }}>
        <Text fw={600} component="span">
          {unit.name}
        </Text>
        <Badge size="sm" variant="light" color={unit.kind === 'DEPARTMENT' ? 'indigo' : 'teal'}>
          {t(`units.kinds.${unit.kind}`)}
        </Badge>
        <Text size="sm" c="dimmed" component="span">
          {t('units.memberCount', { count: unit.memberCount })}
        </Text>
      </Group>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button size="compact-sm" variant="subtle" aria-label={t('units.actionsFor', { name: unit.name })}>
            {t('units.actions')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => onAction('addChild', unit)}>{t('units.addChild')}</Menu.Item>
          <Menu.Item onClick={() => onAction('edit', unit)}>{t('units.edit')}</Menu.Item>
          <Menu.Item onClick={() => onAction('move', unit)}>{t('units.move')}</Menu.Item>
          <Menu.Divider />
          <Menu.Item color="red" onClick={() => onAction('delete', unit)}>
            {t('units.delete')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
