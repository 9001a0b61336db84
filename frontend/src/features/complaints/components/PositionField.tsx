import { NumberInput } from '@mantine/core';
import { type Control, Controller, type FieldPathByValue, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { fieldErrorText, messageKey } from '@/lib/forms';

/** The backend's range of an entry's place in the tenant's lists (categories, touchpoints, ...). */
export const POSITION_MAX = 10000;
const positionRange = messageKey('complaints.settings.positionRange', { max: POSITION_MAX });
export const positionSchema = z.number(positionRange).int(positionRange).min(0, positionRange).max(POSITION_MAX, positionRange);

/** Where an entry stands in its list, as a whole number from 0 to {@link POSITION_MAX}. */
export function PositionField<T extends FieldValues>({
  control,
  name,
  error,
}: {
  control: Control<T, unknown, T>;
  name: FieldPathByValue<T, number>;
  error?: { type?: string; message?: string };
}) {
  const { t } = useTranslation('complaints');
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <NumberInput
          ref={field.ref}
          name={field.name}
          label={t('complaints.settings.position')}
          min={0}
          max={POSITION_MAX}
          allowDecimal={false}
          value={field.value as number}
          onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
          onBlur={field.onBlur}
          error={fieldErrorText(error, t)}
          w={110}
        />
      )}
    />
  );
}
