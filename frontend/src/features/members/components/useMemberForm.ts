import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '@/components/feedback';
import { applyProblemToForm } from '@/lib/forms';
import { isProblemError } from '@/lib/problem-details';
import { MEMBER_FIELDS, type MemberField, type MemberFormValues, memberSchema } from '../utils/validation';

/**
 * The member form (invite and edit): schema-validated values, server field errors under the fields, the rest of a
 * failed request in `general`. `submit(send)` validates, sends the trimmed values and shows a failure.
 */
export function useMemberForm(initial: MemberFormValues, options: { withEmail: boolean; conflictField?: MemberField }) {
  const { t } = useTranslation('members');
  const form = useForm<MemberFormValues, unknown, MemberFormValues>({
    defaultValues: initial,
    resolver: zodResolver(memberSchema({ withEmail: options.withEmail })),
  });
  const [general, setGeneral] = useState<string | null>(null);

  /** Shows a failed request: field errors under the fields, the rest in an alert. */
  const showProblem = (error: unknown) => {
    if (!isProblemError(error)) {
      setGeneral(problemMessage(error, t));
      return;
    }
    const conflict = options.conflictField ? { 409: options.conflictField } : {};
    const { general: showGeneral, unmatched } = applyProblemToForm(error, form, MEMBER_FIELDS, conflict);
    if (showGeneral) setGeneral(problemMessage(error, t, unmatched.map((e) => e.message)));
  };

  const submit = (send: (values: MemberFormValues) => Promise<void>) =>
    form.handleSubmit(
      async (values) => {
        setGeneral(null);
        try {
          await send(values);
        } catch (error) {
          showProblem(error);
        }
      },
      () => setGeneral(null),
    );

  return { form, general, submit };
}
