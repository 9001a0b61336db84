import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface Result {
  kind: 'success' | 'error';
  text: string;
}

export interface ResultMessageProps {
  result: Result | null;
  onClose?: () => void;
}

/**
 * The outcome of an action (saved, deactivated, failed). The live region stays in the DOM so
 * screen readers announce each new message.
 */
export function ResultMessage({ result, onClose }: ResultMessageProps) {
  const { t } = useTranslation();
  return (
    <div aria-live="polite" aria-atomic="true" data-testid="result-message">
      {result && (
        <Alert
          color={result.kind === 'success' ? 'teal' : 'red'}
          variant="light"
          role={result.kind === 'success' ? 'status' : 'alert'}
          withCloseButton={Boolean(onClose)}
          closeButtonLabel={t('common.dismiss')}
          onClose={onClose}
          my="sm"
        >
          {result.text}
        </Alert>
      )}
    </div>
  );
}
