import { Checkbox, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldErrorText, groupFocusRef } from '@/lib/forms';
import { ROLES } from '@/lib/permissions';
import { LEVELS, type MemberFormValues } from '../utils/validation';

export interface MemberFormFieldsProps {
  form: UseFormReturn<MemberFormValues, unknown, MemberFormValues>;
  withEmail: boolean;
  unitOptions: { value: string; label: string }[];
  /** Units could not be loaded: the unit can't be chosen now. */
  unitsUnavailable?: boolean;
}

/** Email (when inviting), name, roles, unit and level of a member. */
export function MemberFormFields({ form, withEmail, unitOptions, unitsUnavailable = false }: MemberFormFieldsProps) {
  const { t } = useTranslation('members');
  const { register, control } = form;
  const { errors } = form.formState;
  return (
    <Stack gap="md">
      {withEmail && (
        <TextInput
          {...register('email')}
          type="email"
          label={t('members.fields.email')}
          autoComplete="off"
          required
          error={fieldErrorText(errors.email, t)}
          data-autofocus
        />
      )}
      <TextInput
        {...register('displayName')}
        label={t('members.fields.displayName')}
        autoComplete="off"
        required
        maxLength={120}
        error={fieldErrorText(errors.displayName, t)}
        data-autofocus={withEmail ? undefined : true}
      />
      <Controller
        control={control}
        name="roles"
        render={({ field, fieldState }) => (
          <div ref={groupFocusRef(field.ref)}>
            <Checkbox.Group
              label={t('members.fields.roles')}
              description={t('members.fields.rolesHint')}
              required
              value={field.value}
              onChange={field.onChange}
              error={fieldErrorText(fieldState.error, t)}
            >
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mt="xs">
                {ROLES.map((role) => (
                  <Checkbox key={role} value={role} label={t(`roles.${role}`)} description={t(`roleDescriptions.${role}`)} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          </div>
        )}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <NativeSelect
          {...register('unitId')}
          label={t('members.fields.unit')}
          data={[{ value: '', label: t('members.noUnit') }, ...unitOptions]}
          disabled={unitsUnavailable}
          description={unitsUnavailable ? t('members.unitsUnavailable') : undefined}
          error={fieldErrorText(errors.unitId, t)}
        />
        <NativeSelect
          {...register('level')}
          label={t('members.fields.level')}
          required
          data={LEVELS.map((level) => ({ value: level, label: t(`levels.${level}`) }))}
          error={fieldErrorText(errors.level, t)}
        />
      </SimpleGrid>
    </Stack>
  );
}
