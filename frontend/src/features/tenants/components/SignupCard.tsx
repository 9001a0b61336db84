import { useState } from 'react';
import type { SignupRequest, SignupResponse } from '../api/signup';
import { SignupForm } from './SignupForm';
import { SignupSuccess } from './SignupSuccess';

interface Created {
  result: SignupResponse;
  request: SignupRequest;
}

/** The sign-up form, replaced by a success panel once the organization exists. */
export function SignupCard() {
  const [created, setCreated] = useState<Created | null>(null);
  if (created) {
    return (
      <SignupSuccess
        result={created.result}
        adminEmail={created.request.adminEmail}
        onReset={() => setCreated(null)}
      />
    );
  }
  return <SignupForm onSuccess={(result, request) => setCreated({ result, request })} />;
}
