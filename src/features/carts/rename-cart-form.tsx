import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useI18n } from '../../lib/i18n/i18n-context';
import { fieldErrors } from '../../lib/json-api/field-errors';
import { Alert } from '../../ui/alert';
import { TextField } from '../../ui/text-field';
import { cartErrorMessage } from './cart-error-message';
import { useRenameCart } from './cart-mutations';
import { cartNameSchema } from './cart-schemas';

interface RenameCartFormProps {
  cartId: string;
  name: string;
  onDone: () => void;
}

export function RenameCartForm({ cartId, name, onDone }: RenameCartFormProps) {
  const rename = useRenameCart(cartId);
  const { t } = useI18n();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm({ resolver: zodResolver(cartNameSchema), defaultValues: { name } });

  const onSubmit = handleSubmit((input) => {
    rename.mutate(input, {
      onSuccess: onDone,
      onError(error) {
        const fields = fieldErrors(error);
        if (fields.name) setError('name', { message: fields.name }, { shouldFocus: true });
      },
    });
  });

  return (
    <form
      className="card inline-form"
      aria-label={t('rename.label')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!rename.isPending) void onSubmit(event);
      }}
    >
      {rename.isError && !fieldErrors(rename.error).name && (
        <Alert tone="error">{cartErrorMessage(rename.error, t)}</Alert>
      )}
      <TextField
        label={t('rename.name')}
        autoComplete="off"
        // Opened on purpose by "Rename".
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
        error={errors.name?.message}
        {...register('name')}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={rename.isPending}>
          {rename.isPending ? t('rename.pending') : t('rename.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
