import { Button, type ButtonProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { currentPath, type SigninState } from '../utils/oidc';

export interface LoginButtonProps extends Omit<ButtonProps, 'children'> {
  /** Pre-fills the username at Keycloak. */
  loginHint?: string;
  /** Path to open after signing in (default: the current page). */
  returnTo?: string;
  children?: ReactNode;
  'data-testid'?: string;
}

/** Starts the sign-in redirect to Keycloak (Authorization Code + PKCE). */
export function LoginButton({ loginHint, returnTo, children, ...props }: LoginButtonProps) {
  const { t } = useTranslation('auth');
  const auth = useAuth();
  const signingIn = auth.activeNavigator === 'signinRedirect';
  return (
    <Button
      data-testid="login-button"
      {...props}
      loading={signingIn}
      onClick={() => {
        const state: SigninState = { returnTo: returnTo ?? currentPath() };
        void auth.signinRedirect({ state, login_hint: loginHint });
      }}
    >
      {children ?? t('auth.signIn')}
    </Button>
  );
}
