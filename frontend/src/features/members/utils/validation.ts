import type { MemberLevel } from '@/lib/api/types';
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

/** Keys under "validation" in the locale files. */
export type MemberValidationKey = 'required' | 'email' | 'maxLength' | 'rolesRequired' | 'personName';
export type MemberValidationErrors = Partial<Record<MemberField, MemberValidationKey>>;

const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** Client-side mirror of the backend's rules for inviting and changing members. */
export function validateMember(values: MemberFormValues, options: { withEmail: boolean }): MemberValidationErrors {
  const errors: MemberValidationErrors = {};
  if (options.withEmail) {
    const email = values.email.trim();
    if (!email) errors.email = 'required';
    else if (email.length > 254 || !EMAIL_PATTERN.test(email)) errors.email = 'email';
  }
  const name = values.displayName.trim();
  if (!name) errors.displayName = 'required';
  else if (name.length > 120) errors.displayName = 'maxLength';
  else if (!isAcceptedPersonName(name)) errors.displayName = 'personName';
  if (values.roles.length === 0) errors.roles = 'rolesRequired';
  if (!values.level) errors.level = 'required';
  return errors;
}
