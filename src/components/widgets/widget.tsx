import { useId, type ReactNode } from 'react';
import { useT } from '../../i18n/language-context';
import { Skeleton, WidgetBoundary } from '../widget-boundary';

/** A sidebar gadget: a <section> named by its heading, loading and failing on its own. */
export function Widget({
  title,
  children,
  className,
}: {
  title: string;
  children: ReactNode;
  className?: string;
}) {
  const t = useT();
  const id = useId();
  return (
    <section className={`widget ${className ?? ''}`} aria-labelledby={id}>
      <h2 id={id} className="widget__title" dir="auto">
        {title}
      </h2>
      <WidgetBoundary loading={<Skeleton label={t('gadgets.loading', { title })} />}>
        {children}
      </WidgetBoundary>
    </section>
  );
}
