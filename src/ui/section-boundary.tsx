// One part of a page that crashes (a render error, not a failed request: those are
// QueryView's) is replaced by a short message and Retry; the rest of the page keeps
// working. Retry also clears the failed queries below it, so they load again.
import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useI18n } from '../lib/i18n/i18n-context';
import { Alert } from './alert';
import { Button } from './button';

interface SectionBoundaryProps {
  /** The section's name as people read it: "Items", "Sharing". */
  name: string;
  children: ReactNode;
}

export function SectionBoundary({ name, children }: SectionBoundaryProps) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <Catch onReset={reset} fallback={(retry) => <SectionFailed name={name} onRetry={retry} />}>
          {children}
        </Catch>
      )}
    </QueryErrorResetBoundary>
  );
}

function SectionFailed({ name, onRetry }: { name: string; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <Alert tone="error">
      <p>{t('section.failed', { section: name })}</p>
      <Button onClick={onRetry}>
        {t('error.retry')}
        <span className="visually-hidden"> {name}</span>
      </Button>
    </Alert>
  );
}

interface CatchProps {
  onReset: () => void;
  fallback: (retry: () => void) => ReactNode;
  children: ReactNode;
}

// React catches render errors only in a class component.
class Catch extends Component<CatchProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('A section of the page failed:', error, info.componentStack);
  }

  retry = () => {
    this.props.onReset();
    this.setState({ failed: false });
  };

  override render() {
    return this.state.failed ? this.props.fallback(this.retry) : this.props.children;
  }
}
