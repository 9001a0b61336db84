import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { LoginButton } from '@/features/auth';
import type { SignupResponse } from '../api/signup';

export interface SignupSuccessProps {
  result: SignupResponse;
  adminEmail: string;
  onReset: () => void;
}

export function SignupSuccess({ result, adminEmail, onReset }: SignupSuccessProps) {
  const { t } = useTranslation('tenants');
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Move focus to the result so keyboard and screen-reader users learn what happened.
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <Paper withBorder radius="md" p="lg" bg="teal.0" role="status" aria-live="polite">
      <Stack gap="sm">
        <Title order={3} ref={headingRef} tabIndex={-1}>
          {t('signup.success.title')}
        </Title>
        <Text>
          <Trans
            t={t}
            i18nKey="signup.success.body"
            values={{ name: result.name, email: adminEmail }}
            components={{ strong: <strong /> }}
          />
        </Text>
        <Text size="sm" c="dimmed">
          {t('signup.success.details', {
            slug: result.slug,
            locale: t(`language.${result.locale}`, { defaultValue: result.locale }),
            timezone: result.timezone,
          })}
        </Text>
        <Group gap="sm">
          <LoginButton loginHint={adminEmail} returnTo="/" data-testid="signup-login-button">
            {t('signup.success.signIn', { email: adminEmail })}
          </LoginButton>
          <Button variant="default" onClick={onReset}>
            {t('signup.success.another')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
