// The matches for what the user typed, asked for once they pause (250 ms): typing a
// word is one request, not one per keystroke.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { MIN_SEARCH_LENGTH, productQueries } from './product-queries';

export const SEARCH_DEBOUNCE_MS = 250;

export function useProductSearch(text: string) {
  const [term, setTerm] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => {
      setTerm(text);
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [text]);
  const query = useQuery(productQueries.search(term));
  const searchable = term.trim().length >= MIN_SEARCH_LENGTH;
  return {
    matches: searchable ? (query.data ?? []) : [],
    failed: searchable && query.isError,
    settled: searchable && query.isSuccess && !query.isPlaceholderData && term === text,
  };
}
