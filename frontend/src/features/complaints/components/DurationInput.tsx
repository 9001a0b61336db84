import { Group, NumberInput, Stack, Text } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { type Ref, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Parts {
  hours: number | '';
  minutes: number | '';
}

const partsOf = (total: number): Parts =>
  Number.isFinite(total) ? { hours: Math.floor(total / 60), minutes: total % 60 } : { hours: '', minutes: '' };
/** NaN when both parts are empty (nothing entered); an empty part alone counts as 0. */
const totalOf = ({ hours, minutes }: Parts): number =>
  hours === '' && minutes === '' ? Number.NaN : (hours || 0) * 60 + (minutes || 0);

export interface DurationInputProps {
  label: string;
  description?: string;
  error?: string;
  /** Total minutes (NaN when nothing is entered). */
  value: number;
  onChange: (minutes: number) => void;
  onBlur?: () => void;
  maxHours: number;
  /** Focuses the hours (an invalid field is focused by the form). */
  ref?: Ref<HTMLInputElement>;
}

/**
 * A span of minutes entered as hours and minutes ("24 h 0 min" rather than "1440"). Keeps what is typed (a part may
 * be empty while editing) and follows the value when the form resets it.
 */
export function DurationInput({ label, description, error, value, onChange, onBlur, maxHours, ref }: DurationInputProps) {
  const { t } = useTranslation('complaints');
  const id = useId();
  const [parts, setParts] = useState(() => partsOf(value));
  const [shown, setShown] = useState(value);
  if (!Object.is(value, shown)) {
    // Changed from outside (a reset): show the new value.
    setShown(value);
    if (!Object.is(value, totalOf(parts))) setParts(partsOf(value));
  }
  const change = (part: keyof Parts) => (next: number | string) => {
    const updated = { ...parts, [part]: typeof next === 'number' ? next : '' };
    const total = totalOf(updated);
    setParts(updated);
    setShown(total);
    onChange(total);
  };
  return (
    <Stack gap={4} role="group" aria-labelledby={`${id}-label`} aria-describedby={description ? `${id}-description` : undefined}>
      <Text id={`${id}-label`} size="sm" fw={500}>
        {label}
      </Text>
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <NumberInput
          ref={ref}
          label={t('duration.hoursLabel')}
          value={parts.hours}
          onChange={change('hours')}
          onBlur={onBlur}
          min={0}
          max={maxHours}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          error={error}
          w={140}
        />
        <NumberInput
          label={t('duration.minutesLabel')}
          value={parts.minutes}
          onChange={change('minutes')}
          onBlur={onBlur}
          min={0}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          error={Boolean(error)}
          w={110}
        />
      </Group>
      {description && (
        <Text id={`${id}-description`} size="xs" c="dimmed">
          {description}
        </Text>
      )}
    </Stack>
  );
}
