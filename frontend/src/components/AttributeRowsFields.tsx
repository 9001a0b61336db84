import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ATTRIBUTES_MAX, type AttributeRow } from '@/lib/attributes';
import { fieldErrorText } from '@/lib/forms';

type WithAttributes = { attributes: AttributeRow[] };

export interface AttributeRowsFieldsProps<T extends WithAttributes> {
  form: UseFormReturn<T, unknown, T>;
  /** What the attributes are for, under the title. */
  hint: string;
  disabled?: boolean;
}

/** A customer's attributes as name/value rows to add and remove (the form's `attributes` field). */
export function AttributeRowsFields<T extends WithAttributes>({ form: anyForm, hint, disabled }: AttributeRowsFieldsProps<T>) {
  const { t } = useTranslation();
  // Only the `attributes` field is touched: seen through that part of the form, the paths type-check.
  const form = anyForm as unknown as UseFormReturn<WithAttributes, unknown, WithAttributes>;
  const rows = useFieldArray({ control: form.control, name: 'attributes' });
  const errors = form.formState.errors.attributes;
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        {t('attributes.title')}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
      {errors?.message && (
        <Text size="sm" c="red.8">
          {fieldErrorText(errors, t)}
        </Text>
      )}
      {rows.fields.map((row, index) => (
        <Group key={row.id} align="flex-start" gap="xs" wrap="nowrap">
          <TextInput
            label={t('attributes.key', { number: index + 1 })}
            placeholder="segment"
            {...form.register(`attributes.${index}.name`, {
              onChange: (event: { target: HTMLInputElement }) => {
                const typed = event.target.value;
                if (typed !== typed.toLowerCase()) form.setValue(`attributes.${index}.name`, typed.toLowerCase());
              },
            })}
            error={fieldErrorText(errors?.[index]?.name, t)}
            disabled={disabled}
            style={{ flex: 1 }}
          />
          <TextInput
            label={t('attributes.value', { number: index + 1 })}
            placeholder="enterprise"
            {...form.register(`attributes.${index}.value`)}
            disabled={disabled}
            style={{ flex: 1 }}
          />
          <Button
            variant="subtle"
            color="red"
            size="compact-sm"
            mt={26}
            onClick={() => rows.remove(index)}
            aria-label={t('attributes.remove', { number: index + 1 })}
            disabled={disabled}
          >
            {t('attributes.removeButton')}
          </Button>
        </Group>
      ))}
      <Group>
        <Button
          variant="light"
          size="xs"
          onClick={() => rows.append({ name: '', value: '' })}
          disabled={disabled || rows.fields.length >= ATTRIBUTES_MAX}
        >
          {t('attributes.add')}
        </Button>
      </Group>
    </Stack>
  );
}
