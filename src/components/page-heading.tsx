import type { ReactNode } from 'react';

/**
 * The page's one <h1>. After an in-app navigation the layout moves focus here (tabIndex -1 makes it
 * focusable without putting it in the tab order), so screen readers announce the new page.
 */
export function PageHeading({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <h1 tabIndex={-1} data-page-heading="" className={className}>
      {children}
    </h1>
  );
}
