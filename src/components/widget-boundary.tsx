import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Component, Suspense, type ReactNode } from 'react';
import { ErrorPanel } from './error-panel';

type BoundaryProps = {
  onReset: () => void;
  fallback: (error: unknown, retry: () => void) => ReactNode;
  children: ReactNode;
};

type BoundaryState = { error: unknown; failed: boolean };

class ErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error, failed: true };
  }

  retry = () => {
    this.props.onReset();
    this.setState({ error: null, failed: false });
  };

  override render() {
    if (this.state.failed) return this.props.fallback(this.state.error, this.retry);
    return this.props.children;
  }
}

type WidgetBoundaryProps = {
  children: ReactNode;
  /** Shown while the section's data loads: sized like the content so nothing jumps. */
  loading: ReactNode;
};

/** A section that loads and fails on its own: a failing widget shows a small error, never takes the page down. */
export function WidgetBoundary({ children, loading }: WidgetBoundaryProps) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          onReset={reset}
          fallback={(error, retry) => (
            <ErrorPanel error={error} onRetry={retry} level={3} showHomeLink={false} />
          )}
        >
          <Suspense fallback={loading}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}

export function Skeleton({ lines = 3, label = 'Loading…' }: { lines?: number; label?: string }) {
  return (
    <div className="skeleton" role="status" aria-label={label}>
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} className="skeleton__line" />
      ))}
    </div>
  );
}
