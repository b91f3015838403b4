// A cart's name, for a new cart or a rename: checked with the same rules as the mock
// backend (30 characters at most); Glue's own refusals land on the field or above the
// form, and what was typed always stays.
import { zodResolver } from '@hookform/resolvers/zod';
import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import type { MessageKey } from '../../../lib/i18n/i18n';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { fieldErrors } from '../../../lib/json-api/field-errors';
import { Alert } from '../../../ui/alert';
import { TextField } from '../../../ui/text-field';
import { errorMessage } from '../../../lib/json-api/error-message';
import { type CartNameInput, cartNameFormSchema } from '../../../contract/cart-schemas';
import { Button } from '../../../ui/button';
import { submitOnce } from '../../../ui/submit-once';
import type { UseMutationResult } from '@tanstack/react-query';

interface NameSave {
  mutate: (input: { name: string }, callbacks: { onError: (error: unknown) => void }) => void;
  isPending: boolean;
  error: unknown;
}

/** The form's save from a create or rename mutation; onSaved gets the answer and the name typed. */
export function nameSave<T>(
  mutation: UseMutationResult<T, Error, { name: string }>,
  onSaved: (saved: T, input: { name: string }) => void,
): NameSave {
  return {
    isPending: mutation.isPending,
    error: mutation.error,
    mutate: (input, { onError }) => {
      mutation.mutate(input, {
        onSuccess: (saved) => {
          onSaved(saved, input);
        },
        onError,
      });
    },
  };
}

interface CartNameFormProps {
  labels: { form: MessageKey; field: MessageKey; submit: MessageKey; pending: MessageKey };
  defaultName: string;
  /** The mutation that saves the name (create or rename): see nameSave. */
  save: NameSave;
  onCancel: () => void;
  /** A message of the caller's own for an error (e.g. a rename conflict); null for the usual one. */
  describeError?: (error: unknown) => ReactNode;
}

export function CartNameForm({
  labels,
  defaultName,
  save,
  onCancel,
  describeError,
}: CartNameFormProps) {
  const { t } = useI18n();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<CartNameInput>({
    resolver: zodResolver(cartNameFormSchema),
    defaultValues: { name: defaultName },
  });

  const onSubmit = handleSubmit((input) => {
    save.mutate(input, {
      onError(error) {
        const fields = fieldErrors(error);
        if (fields.name) setError('name', { message: fields.name }, { shouldFocus: true });
      },
    });
  });

  const otherError = save.error !== null && !fieldErrors(save.error).name;
  return (
    <form
      className="card inline-form"
      aria-label={t(labels.form)}
      noValidate
      onSubmit={submitOnce(save.isPending, onSubmit)}
    >
      {otherError && (
        <Alert tone="error">
          {describeError?.(save.error) ?? errorMessage(save.error, t, 'cart')}
        </Alert>
      )}
      <TextField
        label={t(labels.field)}
        autoComplete="off"
        // The form opens on purpose: the user asked to name a cart.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
        error={errors.name?.message}
        {...register('name')}
      />
      <div className="actions">
        <Button type="submit" pending={save.isPending} pendingLabel={t(labels.pending)}>
          {t(labels.submit)}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
