import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { formProblemMessage, type Result, ResultMessage } from '@/components/feedback';
import { fieldErrorText, groupFocusRef } from '@/lib/forms';
import { useAddMessage } from '../api/complaints';
import { DESCRIPTION_MAX, messageBodySchema } from './complaint-schema';

const messageSchema = z.object({
  type: z.enum(['PUBLIC_REPLY', 'INTERNAL_NOTE']),
  body: messageBodySchema,
});
type MessageValues = z.infer<typeof messageSchema>;

/**
 * Writes to the conversation: a public reply, which the customer reads on their status page (and gets by mail with
 * SMTP), or an internal note, which only staff ever see. The choice is explicit and the button says which it sends.
 */
export function ReplyBox({ complaintId }: { complaintId: string }) {
  const { t } = useTranslation('complaints');
  const add = useAddMessage(complaintId);
  const form = useForm<MessageValues, unknown, MessageValues>({
    defaultValues: { type: 'PUBLIC_REPLY', body: '' },
    resolver: zodResolver(messageSchema),
  });
  const [result, setResult] = useState<Result | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const type = form.watch('type');
  const note = type === 'INTERNAL_NOTE';

  const onSubmit = form.handleSubmit(
    async (values) => {
      if (add.isPending) return;
      setProblem(null);
      setResult(null);
      try {
        await add.mutateAsync(values);
        form.reset({ type: values.type, body: '' });
        setResult({ kind: 'success', text: values.type === 'INTERNAL_NOTE' ? t('complaints.reply.noteAdded') : t('complaints.reply.replySent') });
      } catch (error) {
        setProblem(formProblemMessage(error, form, ['type', 'body'], t));
      }
    },
    () => setResult(null),
  );

  return (
    <Paper withBorder radius="md" p="md" bg={note ? 'yellow.0' : undefined} component="section" aria-labelledby="reply-title">
      <form noValidate onSubmit={onSubmit} aria-labelledby="reply-title" data-testid="reply-form">
        <Stack gap="sm">
          <Title order={2} size="h4" id="reply-title">
            {t('complaints.reply.title')}
          </Title>
          <Controller
            control={form.control}
            name="type"
            render={({ field }) => (
              <div ref={groupFocusRef(field.ref)}>
                <Radio.Group name={field.name} value={field.value} onChange={field.onChange} label={t('complaints.reply.kind')}>
                  <Group gap="lg" mt={4}>
                    <Radio value="PUBLIC_REPLY" label={t('complaints.reply.public')} description={t('complaints.reply.publicHint')} data-testid="reply-type-public" />
                    <Radio value="INTERNAL_NOTE" label={t('complaints.reply.note')} description={t('complaints.reply.noteHint')} data-testid="reply-type-note" />
                  </Group>
                </Radio.Group>
              </div>
            )}
          />
          <Textarea
            {...form.register('body')}
            label={note ? t('complaints.reply.noteLabel') : t('complaints.reply.publicLabel')}
            autosize
            minRows={4}
            maxRows={14}
            maxLength={DESCRIPTION_MAX}
            error={fieldErrorText(form.formState.errors.body, t)}
            data-testid="reply-body"
          />
          {note && (
            <Text size="sm" c="yellow.9">
              {t('complaints.reply.noteWarning')}
            </Text>
          )}
          {problem && (
            <Alert color="red" variant="light" role="alert">
              {problem}
            </Alert>
          )}
          <ResultMessage result={result} onClose={() => setResult(null)} />
          <Group>
            <Button type="submit" loading={add.isPending} color={note ? 'yellow' : undefined} data-testid="reply-submit">
              {note ? t('complaints.reply.addNote') : t('complaints.reply.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
