// The combobox's state and keys (ARIA combobox pattern, aria-activedescendant):
// ↓/↑ move, Enter picks, Escape closes (then clears), Backspace in an empty field
// removes the last pick. Only the first matches are offered, so typing stays instant
// with 10,000 colleagues.
import { type KeyboardEvent, useEffect, useMemo, useState } from 'react';
import type { Colleague } from './colleagues-api';
import { filterColleagues } from './colleague-filter';

interface Options {
  colleagues: readonly Colleague[];
  excluded: ReadonlySet<string>;
  selected: Colleague[];
  onSelect: (colleague: Colleague) => void;
  onRemove: (colleague: Colleague) => void;
  optionId: (colleague: Colleague) => string;
}

export function useColleagueCombobox({
  colleagues,
  excluded,
  selected,
  onSelect,
  onRemove,
  optionId,
}: Options) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const hidden = useMemo(
    () => new Set([...excluded, ...selected.map((c) => c.id)]),
    [excluded, selected],
  );
  const { shown, total } = useMemo(
    () => filterColleagues(colleagues, query, hidden),
    [colleagues, query, hidden],
  );
  const activeIndex = Math.min(active, shown.length - 1);
  const activeOption = open && activeIndex >= 0 ? shown[activeIndex] : undefined;
  const activeId = activeOption ? optionId(activeOption) : undefined;

  // The list scrolls (it shows up to 50): the option the arrow keys reach stays in view.
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  function pick(colleague: Colleague) {
    onSelect(colleague);
    setQuery('');
    setActive(0);
  }

  function type(text: string) {
    setQuery(text);
    setActive(0);
    setOpen(true);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive(open ? Math.min(activeIndex + 1, shown.length - 1) : 0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(Math.max(activeIndex - 1, 0));
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
        setQuery('');
      }
    } else if (event.key === 'Backspace' && query === '') {
      const last = selected.at(-1);
      if (last) onRemove(last);
    }
  }

  return { query, open, setOpen, shown, total, activeIndex, activeId, pick, type, onKeyDown };
}
