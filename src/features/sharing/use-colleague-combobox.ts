// The colleague picker's state: the typed text, the matches (only the first ones are
// offered, so typing stays instant with 10,000 colleagues) and the combobox keys of
// src/ui/use-combobox.ts; Backspace in an empty field removes the last pick.
import { useMemo, useState } from 'react';
import { useCombobox } from '../../ui/use-combobox';
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
  const hidden = useMemo(
    () => new Set([...excluded, ...selected.map((c) => c.id)]),
    [excluded, selected],
  );
  const { shown, total } = useMemo(
    () => filterColleagues(colleagues, query, hidden),
    [colleagues, query, hidden],
  );
  const box = useCombobox({
    options: shown,
    optionId,
    query,
    onType: setQuery,
    onPick(colleague) {
      onSelect(colleague);
      setQuery('');
    },
    onBackspaceEmpty() {
      const last = selected.at(-1);
      if (last) onRemove(last);
    },
  });
  return { ...box, query, shown, total };
}
