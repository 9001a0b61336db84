import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { isProblemError } from '@/lib/problem-details';
import { ForbiddenState } from './ForbiddenState';
import { problemMessage } from './problem-message';

export interface ErrorStateProps {
  error: unknown;
  /** Heading of the alert, e.g. "Members could not be loaded". */
  title: string;
  onRetry?: () => void;
  retrying?: boolean;
}

/**
 * A failed load: 403 becomes the "not allowed" page, 401 offers to sign in again, anything else
 * shows the problem with a retry button.
 */
export function ErrorState({ error, title, onRetry, retrying = false }: ErrorStateProps) {
  const { t } = useTranslation();
  const auth = useAuth();
  if (isProblemError(error) && error.status === 403) return <ForbiddenState detail={error.detail} />;
  const unauthorized = isProblemError(error) && error.status === 401;
  return (
    <Alert color="red" variant="light" title={title} role="alert" my="md">
      <Text size="sm">{unauthorized ? t('errors.sessionExpired') : problemMessage(error, t)}</Text>
      <Group gap="sm" mt="sm">
        {unauthorized ? (
          <Button size="xs" onClick={() => void auth.signinRedirect()}>
            {t('auth.signInAgain')}
          </Button>
        ) : (
          onRetry && (
            <Button size="xs" variant="default" onClick={onRetry} loading={retrying}>
              {t('common.retry')}
            </Button>
          )
        )}
      </Group>
    </Alert>
  );
}
