// Email and password, validated with the same schema the mock backend uses. A wrong
// password is said inline; the typed email stays; the button can't double-submit.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { isGlueError } from '../../lib/json-api/glue-error';
import { useI18n } from '../../lib/i18n/i18n-context';
import { errorMessage } from '../../lib/json-api/error-message';
import { fieldErrors } from '../../lib/json-api/field-errors';
import { Alert } from '../../ui/alert';
import { TextField } from '../../ui/text-field';
import { type LoginInput, loginSchema } from '../../contract/auth-schemas';
import { Button } from '../../ui/button';
import { submitOnce } from '../../ui/submit-once';

interface LoginFormProps {
  onSubmit: (input: LoginInput) => void;
  isPending: boolean;
  error: unknown;
  /** Filled in from outside (a persona button). */
  preset?: LoginInput | null;
}

export function LoginForm({ onSubmit, isPending, error, preset }: LoginFormProps) {
  const { t } = useI18n();
  const {
    register,
    handleSubmit,
    setValue,
    setFocus,
    setError,
    formState: { errors },
  } = useForm<LoginInput>({
    resolver: zodResolver(loginSchema),
    defaultValues: { username: '', password: '' },
  });

  useEffect(() => {
    if (!preset) return;
    setValue('username', preset.username);
    setValue('password', preset.password);
  }, [preset, setValue]);

  // Glue checks the fields (422 `901`, e.g. not an email) before the credentials: its
  // messages go on their fields, like the form's own.
  const fields = fieldErrors(error);
  const serverUsername = fields.username;
  const serverPassword = fields.password;
  useEffect(() => {
    if (serverUsername) setError('username', { message: serverUsername }, { shouldFocus: true });
    if (serverPassword) setError('password', { message: serverPassword });
  }, [serverUsername, serverPassword, setError]);

  const wrongCredentials = isGlueError(error, '003');
  useEffect(() => {
    if (wrongCredentials) {
      setValue('password', '');
      setFocus('password');
    }
  }, [wrongCredentials, setValue, setFocus]);

  return (
    <form
      className="stack"
      noValidate
      aria-busy={isPending}
      onSubmit={submitOnce(isPending, handleSubmit(onSubmit))}
    >
      {error !== null && error !== undefined && !serverUsername && !serverPassword && (
        <Alert tone="error">{errorMessage(error, t, 'login')}</Alert>
      )}
      <TextField
        label={t('login.email')}
        type="email"
        autoComplete="username"
        error={errors.username?.message}
        {...register('username')}
      />
      <TextField
        label={t('login.password')}
        type="password"
        autoComplete="current-password"
        error={errors.password?.message}
        {...register('password')}
      />
      <Button type="submit" disabled={isPending}>
        {isPending ? t('login.pending') : t('login.submit')}
      </Button>
    </form>
  );
}
