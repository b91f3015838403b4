// The app's one button: a variant (primary by default, secondary, danger), a size and
// a block option, instead of class names typed by hand. A plain button by default
// (type="button"): forms say type="submit" where they mean it. Inside a WriteLock it is
// disabled: the buttons there all change data. A button that starts a write says so
// while it runs (`pending`, `pendingLabel`) and cannot be pressed twice.
import type { ComponentPropsWithRef, ReactNode } from 'react';
import { useWriteLocked } from './write-lock';
import './button.css';

interface ButtonProps extends ComponentPropsWithRef<'button'> {
  variant?: 'primary' | 'secondary' | 'danger';
  size?: 'normal' | 'small';
  /** Full width (choices in a list). */
  block?: boolean;
  /** A write it started is running: disabled, and labelled `pendingLabel` meanwhile. */
  pending?: boolean;
  pendingLabel?: ReactNode;
}

export function Button({
  variant = 'primary',
  size = 'normal',
  block = false,
  className,
  type = 'button',
  disabled,
  pending = false,
  pendingLabel,
  children,
  ...button
}: ButtonProps) {
  const locked = useWriteLocked();
  const classes = [
    'button',
    variant === 'primary' ? null : `button-${variant}`,
    size === 'small' ? 'button-small' : null,
    block ? 'button-block' : null,
    className,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <button
      type={type}
      className={classes}
      disabled={disabled === true || pending || locked}
      {...button}
    >
      {pending && pendingLabel !== undefined ? pendingLabel : children}
    </button>
  );
}
