import { Component, type ReactNode } from 'react';
import './app-error-boundary.css';

type Props = { children: ReactNode };
type State = { failed: boolean };

/**
 * The last line of defence: anything that escapes the route and widget boundaries (a provider, the
 * router itself) ends here, so a reader never gets a blank screen. Deliberately plain: no data, no
 * router, nothing that could fail again while showing it.
 */
export class AppErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <main id="main" className="app-error">
        <title>The blog stopped working</title>
        <div role="alert">
          <h1>The blog stopped working</h1>
          <p>Something unexpected went wrong while showing this page. Reloading usually fixes it.</p>
        </div>
        <button type="button" className="app-error__reload" onClick={() => window.location.reload()}>
          Reload
        </button>
      </main>
    );
  }
}
