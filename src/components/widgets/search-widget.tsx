import { Form, useSearchParams, useLocation } from 'react-router';
import { useT } from '../../i18n/language-context';

/** "Search This Blog": a GET form to /search, keeping the current query in the field on the results page. */
export function SearchWidget() {
  const t = useT();
  const [params] = useSearchParams();
  const location = useLocation();
  const current = location.pathname === '/search' ? (params.get('q') ?? '') : '';
  return (
    <Form method="get" action="/search" role="search" className="search-widget">
      <label htmlFor="search-q" className="visually-hidden">
        {t('gadgets.search.label')}
      </label>
      <input
        id="search-q"
        key={current}
        type="search"
        dir="auto"
        name="q"
        defaultValue={current}
        required
        autoComplete="off"
      />
      <button type="submit">{t('gadgets.search.button')}</button>
    </Form>
  );
}
