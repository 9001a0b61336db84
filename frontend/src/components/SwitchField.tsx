import { Switch, type SwitchProps } from '@mantine/core';
import { type Control, Controller, type FieldPathByValue, type FieldValues } from 'react-hook-form';

export interface SwitchFieldProps<T extends FieldValues> extends Omit<SwitchProps, 'checked' | 'onChange' | 'onBlur' | 'name' | 'ref'> {
  control: Control<T, unknown, T>;
  /** A boolean field of the form. */
  name: FieldPathByValue<T, boolean>;
}

/** A react-hook-form boolean field as a Mantine switch (focusable by the form, e.g. for a server error). */
export function SwitchField<T extends FieldValues>({ control, name, ...props }: SwitchFieldProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Switch
          {...props}
          ref={field.ref}
          name={field.name}
          checked={Boolean(field.value)}
          onChange={(e) => field.onChange(e.currentTarget.checked)}
          onBlur={field.onBlur}
        />
      )}
    />
  );
}
