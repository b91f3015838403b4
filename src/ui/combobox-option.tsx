// One option of a combobox's listbox (src/ui/use-combobox.ts). Keyboard use goes through
// the input (aria-activedescendant), so options are never tabbed to; the pointer picks
// here, and mousedown keeps the focus in the input.
import type { ReactNode } from 'react';

interface ComboboxOptionProps {
  id: string;
  active: boolean;
  onPick: () => void;
  children: ReactNode;
}

export function ComboboxOption({ id, active, onPick, children }: ComboboxOptionProps) {
  return (
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- the input has the keys
    <div
      id={id}
      role="option"
      tabIndex={-1}
      aria-selected={active}
      className={active ? 'option option-active' : 'option'}
      onMouseDown={(event) => {
        event.preventDefault();
      }}
      onClick={onPick}
    >
      {children}
    </div>
  );
}
