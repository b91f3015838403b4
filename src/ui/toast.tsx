// Short-lived messages with an optional action (Undo), announced politely. A toast
// stays while the pointer or keyboard focus is on it, so Undo can't vanish under you.
import { useI18n } from '../lib/i18n/i18n-context';
import {
  type ReactNode,
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import './toast.css';
import { Button } from './button';

export interface ToastInput {
  message: string;
  action?: { label: string; onAction: () => void };
  durationMs?: number;
}

interface Toast extends ToastInput {
  id: number;
}

const ToastContext = createContext<(toast: ToastInput) => void>(() => undefined);

export const useToast = () => useContext(ToastContext);

function ToastItem({ toast, onDismiss }: { toast: Toast; onDismiss: () => void }) {
  const { t } = useI18n();
  const [paused, setPaused] = useState(false);
  const ref = useRef<HTMLLIElement>(null);
  const dismiss = useRef(onDismiss);
  useEffect(() => {
    dismiss.current = onDismiss;
  });
  // Pause while hovered or focused (listeners on the element: it is not a control itself).
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const pause = () => {
      setPaused(true);
    };
    const resume = () => {
      setPaused(false);
    };
    const events: [string, () => void][] = [
      ['mouseenter', pause],
      ['mouseleave', resume],
      ['focusin', pause],
      ['focusout', resume],
    ];
    for (const [name, listener] of events) element.addEventListener(name, listener);
    return () => {
      for (const [name, listener] of events) element.removeEventListener(name, listener);
    };
  }, []);
  useEffect(() => {
    if (paused) return;
    const timer = window.setTimeout(() => {
      dismiss.current();
    }, toast.durationMs ?? 8000);
    return () => {
      window.clearTimeout(timer);
    };
  }, [paused, toast.durationMs]);

  return (
    <li className="toast" ref={ref}>
      <span>{toast.message}</span>
      {toast.action && (
        <Button
          size="small"
          onClick={() => {
            toast.action?.onAction();
            onDismiss();
          }}
        >
          {toast.action.label}
        </Button>
      )}
      <button
        type="button"
        className="toast-close"
        aria-label={t('toast.dismiss')}
        onClick={onDismiss}
      >
        ×
      </button>
    </li>
  );
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const show = useCallback((toast: ToastInput) => {
    const id = nextId.current++;
    setToasts((current) => [...current, { ...toast, id }]);
  }, []);
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext value={value}>
      {children}
      <div aria-live="polite" className="toast-region">
        <ul className="toasts">
          {toasts.map((toast) => (
            <ToastItem
              key={toast.id}
              toast={toast}
              onDismiss={() => {
                setToasts((current) => current.filter((t) => t.id !== toast.id));
              }}
            />
          ))}
        </ul>
      </div>
    </ToastContext>
  );
}
