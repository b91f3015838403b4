// A new cart's name, checked with the same schema as the mock backend; Glue's own
// refusals (blank, too long, duplicate) land on the field and the name stays.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';
import { useI18n } from '../../lib/i18n/i18n-context';
import { errorMessage } from '../../lib/json-api/error-message';
import { fieldErrors } from '../../lib/json-api/field-errors';
import { Alert } from '../../ui/alert';
import { TextField } from '../../ui/text-field';
import { useCreateCart } from './cart-mutations';
import { cartNameSchema } from './cart-schemas';

export function CreateCartForm({ onCancel }: { onCancel: () => void }) {
  const navigate = useNavigate();
  const create = useCreateCart();
  const { t } = useI18n();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm({ resolver: zodResolver(cartNameSchema), defaultValues: { name: '' } });

  const onSubmit = handleSubmit((input) => {
    create.mutate(input, {
      onSuccess(cart) {
        void navigate(`/carts/${cart.id}`);
      },
      onError(error) {
        const fields = fieldErrors(error);
        if (fields.name) setError('name', { message: fields.name }, { shouldFocus: true });
      },
    });
  });

  const otherError = create.isError && !fieldErrors(create.error).name;
  return (
    <form
      className="card inline-form"
      aria-label={t('create.label')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!create.isPending) void onSubmit(event);
      }}
    >
      {otherError && <Alert tone="error">{errorMessage(create.error, t)}</Alert>}
      <TextField
        label={t('create.name')}
        autoComplete="off"
        // The form opens on purpose: the user asked to name a new cart.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
        error={errors.name?.message}
        {...register('name')}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t('create.pending') : t('create.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
