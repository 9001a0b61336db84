import { Checkbox, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLES } from '@/lib/permissions';
import type { MemberLevel } from '@/lib/api/types';
import { LEVELS, type MemberField, type MemberFormValues } from '../utils/validation';

export interface MemberFormFieldsProps {
  values: MemberFormValues;
  errors: Partial<Record<MemberField, string>>;
  onChange: <F extends MemberField>(field: F, value: MemberFormValues[F]) => void;
  withEmail: boolean;
  unitOptions: { value: string; label: string }[];
  /** Units could not be loaded: the unit can't be chosen now. */
  unitsUnavailable?: boolean;
}

/** Email (when inviting), name, roles, unit and level of a member. */
export function MemberFormFields({
  values,
  errors,
  onChange,
  withEmail,
  unitOptions,
  unitsUnavailable = false,
}: MemberFormFieldsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      {withEmail && (
        <TextInput
          name="email"
          type="email"
          label={t('members.fields.email')}
          autoComplete="off"
          required
          value={values.email}
          onChange={(e) => onChange('email', e.currentTarget.value)}
          error={errors.email}
          data-autofocus
        />
      )}
      <TextInput
        name="displayName"
        label={t('members.fields.displayName')}
        autoComplete="off"
        required
        maxLength={120}
        value={values.displayName}
        onChange={(e) => onChange('displayName', e.currentTarget.value)}
        error={errors.displayName}
        data-autofocus={withEmail ? undefined : true}
      />
      <div data-invalid={errors.roles ? true : undefined}>
        <Checkbox.Group
          label={t('members.fields.roles')}
          description={t('members.fields.rolesHint')}
          required
          value={values.roles}
          onChange={(roles) => onChange('roles', roles)}
          error={errors.roles}
        >
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mt="xs">
            {ROLES.map((role) => (
              <Checkbox key={role} value={role} label={t(`roles.${role}`)} description={t(`roleDescriptions.${role}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      </div>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <NativeSelect
          name="unitId"
          label={t('members.fields.unit')}
          value={values.unitId}
          onChange={(e) => onChange('unitId', e.currentTarget.value)}
          data={[{ value: '', label: t('members.noUnit') }, ...unitOptions]}
          disabled={unitsUnavailable}
          description={unitsUnavailable ? t('members.unitsUnavailable') : undefined}
          error={errors.unitId}
        />
        <NativeSelect
          name="level"
          label={t('members.fields.level')}
          required
          value={values.level}
          onChange={(e) => onChange('level', e.currentTarget.value as MemberLevel)}
          data={LEVELS.map((level) => ({ value: level, label: t(`levels.${level}`) }))}
          error={errors.level}
        />
      </SimpleGrid>
    </Stack>
  );
}
