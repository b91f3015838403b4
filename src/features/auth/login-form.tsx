// Email and password, validated with the same schema the mock backend uses. A wrong
// password is said inline; the typed email stays; the button can't double-submit.
//
// Why not react-hook-form, like every other form: this is the first page anyone loads
// (docs/decisions/login-form-without-rhf.md; lint holds it).
// Two fields need no library: the schema does the checking, `useLoginFields` does what
// react-hook-form did here (check on submit, then again as each field changes; focus
// the first field in error).
import { type ChangeEvent, useCallback, useEffect, useRef, useState } from 'react';
import { isGlueError } from '../../lib/json-api/glue-error';
import { useI18n } from '../../lib/i18n/i18n-context';
import { errorMessage } from '../../lib/json-api/error-message';
import { fieldErrors } from '../../lib/json-api/field-errors';
import { Alert } from '../../ui/alert';
import { TextField } from '../../ui/text-field';
import { type LoginInput, loginSchema } from '../../contract/auth-schemas';
import { Button } from '../../ui/button';
import { submitOnce } from '../../ui/submit-once';

type Field = keyof LoginInput;
type Messages = Partial<Record<Field, string>>;
const FIELDS: readonly Field[] = ['username', 'password'];

/** The schema's first message for each field (what zodResolver gave react-hook-form). */
function checkLogin(values: LoginInput): Messages {
  const result = loginSchema.safeParse(values);
  const messages: Messages = {};
  for (const issue of result.error?.issues ?? []) {
    const field = issue.path[0] as Field;
    messages[field] ??= issue.message;
  }
  return messages;
}

function useLoginFields() {
  const [values, setValues] = useState<LoginInput>({ username: '', password: '' });
  const [messages, setMessages] = useState<Messages>({});
  const submitted = useRef(false);
  const inputs = useRef<Partial<Record<Field, HTMLInputElement | null>>>({});
  const focus = useCallback((name: Field) => inputs.current[name]?.focus(), []);
  const set = (field: Field, value: string) => {
    const next = { ...values, [field]: value };
    setValues(next);
    if (submitted.current) setMessages((old) => ({ ...old, [field]: checkLogin(next)[field] }));
  };
  const field = (name: Field) => ({
    name,
    ref: (input: HTMLInputElement | null) => {
      inputs.current[name] = input;
    },
    value: values[name],
    onChange: (event: ChangeEvent<HTMLInputElement>) => set(name, event.target.value),
    error: messages[name],
  });
  /** Checks every field; true when the values can be sent, else the first bad one has focus. */
  const check = () => {
    submitted.current = true;
    const found = checkLogin(values);
    setMessages(found);
    const first = FIELDS.find((name) => found[name]);
    if (first) focus(first);
    return first === undefined;
  };
  return { values, setValues, setMessages, field, check, focus };
}

interface LoginFormProps {
  onSubmit: (input: LoginInput) => void;
  isPending: boolean;
  error: unknown;
  /** Filled in from outside (a persona button). */
  preset?: LoginInput | null;
}

export function LoginForm({ onSubmit, isPending, error, preset }: LoginFormProps) {
  const { t } = useI18n();
  const { values, setValues, setMessages, field, check, focus } = useLoginFields();

  useEffect(() => {
    if (preset) setValues(preset);
  }, [preset, setValues]);

  // Glue checks the fields (422 `901`, e.g. not an email) before the credentials: its
  // messages go on their fields, like the form's own.
  const fields = fieldErrors(error);
  const serverUsername = fields.username;
  const serverPassword = fields.password;
  useEffect(() => {
    if (!serverUsername && !serverPassword) return;
    setMessages({ username: serverUsername, password: serverPassword });
    focus(serverUsername ? 'username' : 'password');
  }, [serverUsername, serverPassword, setMessages, focus]);

  const wrongCredentials = isGlueError(error, '003');
  useEffect(() => {
    if (!wrongCredentials) return;
    setValues((old) => ({ ...old, password: '' }));
    focus('password');
  }, [wrongCredentials, setValues, focus]);

  return (
    <form
      className="stack"
      noValidate
      aria-busy={isPending}
      onSubmit={submitOnce(isPending, () => {
        if (check()) onSubmit(values);
      })}
    >
      {error !== null && error !== undefined && !serverUsername && !serverPassword && (
        <Alert tone="error">{errorMessage(error, t, 'login')}</Alert>
      )}
      <TextField
        label={t('login.email')}
        type="email"
        autoComplete="username"
        {...field('username')}
      />
      <TextField
        label={t('login.password')}
        type="password"
        autoComplete="current-password"
        {...field('password')}
      />
      <Button type="submit" pending={isPending} pendingLabel={t('login.pending')}>
        {t('login.submit')}
      </Button>
    </form>
  );
}
