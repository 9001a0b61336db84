import { z } from 'zod';
import type { MemberLevel } from '@/lib/api/types';
import { emailSchema } from '@/lib/email';
import { messageKey } from '@/lib/forms';
import { isAcceptedPersonName } from '@/lib/person-name';

export const LEVELS: MemberLevel[] = ['EXECUTIVE', 'MANAGER', 'FRONTLINE'];

/** The member form's values (email only when inviting). */
export interface MemberFormValues {
  email: string;
  displayName: string;
  roles: string[];
  unitId: string; // '' = no unit
  level: MemberLevel;
}

export type MemberField = keyof MemberFormValues;
export const MEMBER_FIELDS = ['email', 'displayName', 'roles', 'unitId', 'level'] as const satisfies readonly MemberField[];

const NAME_MAX = 120;

/**
 * Client-side mirror of the backend's rules for inviting and changing members (messages are locale keys).
 * The email is only checked when inviting: a member's email is not editable.
 */
export function memberSchema(options: { withEmail: boolean }) {
  return z.object({
    email: options.withEmail ? emailSchema() : z.string(),
    displayName: z
      .string()
      .trim()
      .min(1, messageKey('validation.required'))
      .max(NAME_MAX, messageKey('validation.maxLength', { max: NAME_MAX }))
      .refine(isAcceptedPersonName, messageKey('validation.personName')),
    roles: z.array(z.string()).min(1, messageKey('validation.rolesRequired')),
    unitId: z.string(),
    level: z.enum(LEVELS as [MemberLevel, ...MemberLevel[]], messageKey('validation.required')),
  });
}
