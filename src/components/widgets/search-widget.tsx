import { Form, useSearchParams, useLocation } from 'react-router';

/** "Search This Blog": a GET form to /search, keeping the current query in the field on the results page. */
export function SearchWidget() {
  const [params] = useSearchParams();
  const location = useLocation();
  const current = location.pathname === '/search' ? (params.get('q') ?? '') : '';
  return (
    <Form method="get" action="/search" role="search" className="search-widget">
      <label htmlFor="search-q" className="visually-hidden">
        Search this blog
      </label>
      <input
        id="search-q"
        key={current}
        type="search"
        name="q"
        defaultValue={current}
        required
        autoComplete="off"
      />
      <button type="submit">Search</button>
    </Form>
  );
}
