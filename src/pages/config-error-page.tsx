import { ConfigError } from '../config';

/** Shown instead of the app when config.json is missing, unreadable or invalid: names the problem for the owner. */
export function ConfigErrorPage({ error }: { error: unknown }) {
  const isConfig = error instanceof ConfigError;
  return (
    <main id="main" className="standalone">
      <title>Configuration error</title>
      <div className="error-panel" role="alert">
        <h1>{isConfig ? 'Configuration error' : 'The blog could not start'}</h1>
        <p>{error instanceof Error ? error.message : String(error)}</p>
        {isConfig && error.field ? (
          <p>
            Field: <code>{error.field}</code>
          </p>
        ) : null}
        <p>
          If you run this blog, check <code>config.json</code> next to <code>index.html</code> (see the
          README’s Configuration section). If you are a reader, please try again later.
        </p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    </main>
  );
}
