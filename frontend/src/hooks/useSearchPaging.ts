import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';

const SEARCH_DEBOUNCE_MS = 300;

/**
 * A searchable, paged list's state: what is typed (`search`), the search sent after a pause in typing (`q`), and
 * the page, which belongs to the search it was chosen for: a new search starts at page 0.
 */
export function useSearchPaging() {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const [paging, setPaging] = useState({ q: '', page: 0 });
  const page = paging.q === q ? paging.page : 0;
  return { search, setSearch, q, page, setPage: (next: number) => setPaging({ q, page: next }) };
}
