import { Component, type ReactNode } from 'react';
import { LanguageContext } from '../i18n/language-context';
import './app-error-boundary.css';

type Props = { children: ReactNode };
type State = { failed: boolean };

/**
 * The last line of defence: anything that escapes the route and widget boundaries (a provider, the
 * router itself) ends here, so a reader never gets a blank screen. Deliberately plain: no data, no
 * router, nothing that could fail again while showing it.
 */
export class AppErrorBoundary extends Component<Props, State> {
  // The blog's language when it was known; English otherwise (the context's default).
  static override contextType = LanguageContext;
  declare context: React.ContextType<typeof LanguageContext>;
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const { t } = this.context;
    return (
      <main id="main" className="app-error">
        <title>{t('chrome.crash.title')}</title>
        <div role="alert">
          <h1>{t('chrome.crash.title')}</h1>
          <p>{t('chrome.crash.detail')}</p>
        </div>
        <button type="button" className="app-error__reload" onClick={() => window.location.reload()}>
          {t('chrome.crash.reload')}
        </button>
      </main>
    );
  }
}
