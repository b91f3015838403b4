import { type ComponentPropsWithRef, useId } from 'react';
import { useI18n } from '../lib/i18n/i18n-context';
import { humanFieldMessage } from './field-message';
import { useWriteLocked } from './write-lock';
import './text-field.css';

interface TextFieldProps extends ComponentPropsWithRef<'input'> {
  label: string;
  /** A validation message (Glue's or the schema's); shown in plain words. */
  error?: string;
  hint?: string;
}

/**
 * A labelled input whose error is announced and tied to it with aria-describedby.
 * Read-only inside a WriteLock: what was typed stays, and can be selected and copied.
 */
export function TextField({ label, error, hint, id, readOnly, ...input }: TextFieldProps) {
  const { t } = useI18n();
  const locked = useWriteLocked();
  const fallbackId = useId();
  const inputId = id ?? fallbackId;
  const errorId = `${inputId}-error`;
  const hintId = `${inputId}-hint`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <input
        id={inputId}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        readOnly={readOnly === true || locked}
        {...input}
      />
      {error && (
        <p id={errorId} className="field-error">
          {humanFieldMessage(error, t)}
        </p>
      )}
    </div>
  );
}
