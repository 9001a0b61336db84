import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { problemMessage } from '@/components/feedback';
import { useSelectTenant } from '@/features/auth';
import { type AcceptInvitation, useAcceptInvitation } from '../api/invitations';

/**
 * Accepting an invitation, wherever it is offered: on success the new organization is selected and opened; a
 * refusal is handed to {@code onError} as a readable message.
 */
export function useAcceptAndOpen(onError: (message: string) => void) {
  const { t } = useTranslation('tenants');
  const accept = useAcceptInvitation();
  const selectTenant = useSelectTenant();
  const navigate = useNavigate();
  return {
    accept: (invitation: AcceptInvitation) =>
      accept.mutate(invitation, {
        onSuccess: (joined) => {
          selectTenant(joined.tenantId);
          void navigate('/');
        },
        onError: (e) => onError(problemMessage(e, t)),
      }),
    /** Whether the invitation with this id is being accepted. */
    isAccepting: (id: string) => accept.isPending && accept.variables?.id === id,
  };
}
