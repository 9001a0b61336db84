import { Group, Text, TextInput } from '@mantine/core';

export interface SearchBarProps {
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  /** How many entries match, announced politely; empty while loading. */
  count: string;
  testId: string;
}

/** The search field above a list, with the number of matches beside it. */
export function SearchBar({ label, placeholder, value, onChange, count, testId }: SearchBarProps) {
  return (
    <Group justify="space-between" align="flex-end" mb="sm" gap="md">
      <TextInput
        type="search"
        label={label}
        placeholder={placeholder}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        w={{ base: '100%', sm: 360 }}
        data-testid={`${testId}-search`}
      />
      <Text size="sm" c="dimmed" aria-live="polite" data-testid={`${testId}-count`}>
        {count}
      </Text>
    </Group>
  );
}
