import type { ReactNode } from 'react';
import { ForbiddenState } from '@/components/feedback';
import { useSession } from '@/features/auth';
import { type Audience, isAllowed } from '@/lib/permissions';

/** Renders the page only for roles that may use it, else the "not allowed" page (the backend checks too). */
export function RequireRole({ audience, children }: { audience: Audience; children: ReactNode }) {
  const { roles } = useSession();
  if (!isAllowed(audience, roles)) return <ForbiddenState />;
  return <>{children}</>;
}
