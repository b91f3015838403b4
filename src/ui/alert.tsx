import type { ReactNode } from 'react';
import './alert.css';

/**
 * A message that screen readers announce when it appears: an error or a warning at once
 * (role alert), information politely (role status). A failed write is a WriteError.
 */
export function Alert({
  tone,
  className,
  children,
}: {
  tone: 'error' | 'warning' | 'info';
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={`alert alert-${tone}${className ? ` ${className}` : ''}`}
      role={tone === 'info' ? 'status' : 'alert'}
    >
      {children}
    </div>
  );
}
