import { FileInput } from '@mantine/core';

/** The largest CSV upload the backend accepts. */
export const CSV_MAX_BYTES = 5 * 1024 * 1024;

export function isTooLargeForUpload(file: File): boolean {
  return file.size > CSV_MAX_BYTES;
}

export interface CsvFileInputProps {
  label: string;
  placeholder: string;
  value: File | null;
  onChange: (file: File | null) => void;
  disabled?: boolean;
  testId: string;
}

/** Picks one CSV (or plain text) file to upload. */
export function CsvFileInput({ label, placeholder, value, onChange, disabled, testId }: CsvFileInputProps) {
  return (
    <FileInput
      label={label}
      placeholder={placeholder}
      accept=".csv,text/csv,text/plain"
      value={value}
      onChange={onChange}
      clearable
      disabled={disabled}
      data-testid={testId}
    />
  );
}
