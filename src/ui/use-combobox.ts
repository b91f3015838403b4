// The keys and state of a combobox (ARIA combobox pattern with aria-activedescendant),
// shared by the colleague picker and the product field: ↓/↑ move, Enter picks, Escape
// closes (then clears), Backspace in an empty field can remove the last pick. The text
// itself belongs to the caller (a picker's own state, or a form field).
import { type KeyboardEvent, useEffect, useState } from 'react';
import './combobox.css';

interface Options<T> {
  options: readonly T[];
  optionId: (option: T) => string;
  query: string;
  onType: (text: string) => void;
  onPick: (option: T) => void;
  /** Close the list after a pick (one product) or keep it open (several colleagues). */
  closeOnPick?: boolean;
  onBackspaceEmpty?: () => void;
  /**
   * The first option is active as soon as the list opens (Enter picks it), or — in a form
   * field that also takes typed text — only after ↓, so Enter submits what was typed.
   */
  activateFirst?: boolean;
}

export function useCombobox<T>({
  options,
  optionId,
  query,
  onType,
  onPick,
  closeOnPick = false,
  onBackspaceEmpty,
  activateFirst = true,
}: Options<T>) {
  const first = activateFirst ? 0 : -1;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(first);
  const activeIndex = Math.min(active, options.length - 1);
  const activeOption = open && activeIndex >= 0 ? options[activeIndex] : undefined;
  const activeId = activeOption ? optionId(activeOption) : undefined;

  // A long list scrolls: the option the arrow keys reach stays in view.
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  function pick(option: T) {
    onPick(option);
    setActive(first);
    if (closeOnPick) setOpen(false);
  }

  function type(text: string) {
    onType(text);
    setActive(first);
    setOpen(true);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive(open ? Math.min(activeIndex + 1, options.length - 1) : 0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(Math.max(activeIndex - 1, first));
    } else if (event.key === 'Enter') {
      // Enter also confirms an IME composition (Japanese, Chinese…): not a pick.
      if (event.nativeEvent.isComposing) return;
      if (activeOption) {
        event.preventDefault();
        pick(activeOption);
      }
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        setOpen(false);
      } else {
        onType('');
      }
    } else if (event.key === 'Backspace' && query === '') {
      onBackspaceEmpty?.();
    }
  }

  return { open, setOpen, activeIndex, activeId, pick, type, onKeyDown };
}
