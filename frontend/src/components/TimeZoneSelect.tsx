import { Select } from '@mantine/core';
import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

export interface TimeZoneSelectProps<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  /** IANA time zones to offer. */
  data: string[];
  label: string;
  description?: string;
  placeholder?: string;
  error?: string;
}

/** A searchable time zone choice bound to a react-hook-form field (the empty value means none chosen). */
export function TimeZoneSelect<T extends FieldValues>({ control, name, data, label, description, placeholder, error }: TimeZoneSelectProps<T>) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Select
          ref={field.ref}
          name={field.name}
          label={label}
          description={description}
          placeholder={placeholder}
          nothingFoundMessage={t('common.timezoneNothingFound')}
          required
          searchable
          allowDeselect={false}
          data={data}
          value={(field.value as string) || null}
          onChange={(value) => field.onChange(value ?? '')}
          onBlur={field.onBlur}
          error={error}
          comboboxProps={{ withinPortal: true }}
        />
      )}
    />
  );
}
