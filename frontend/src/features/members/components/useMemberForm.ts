import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formProblemMessage } from '@/components/feedback';
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

  const submit = (send: (values: MemberFormValues) => Promise<void>) =>
    form.handleSubmit(
      async (values) => {
        setGeneral(null);
        try {
          await send(values);
        } catch (error) {
          const conflict = options.conflictField ? { 409: options.conflictField } : {};
          setGeneral(formProblemMessage(error, form, MEMBER_FIELDS, t, conflict));
        }
      },
      () => setGeneral(null),
    );

  return { form, general, submit };
}
