import { useT } from '../../i18n/language-context';

/** Blogger's Attribution gadget: the software the blog runs on, or the owner's own line. */
export function AttributionWidget({ text }: { text?: string | undefined }) {
  const t = useT();
  return text === undefined ? (
    <p className="attribution">{t('gadgets.attribution.default')}</p>
  ) : (
    <p className="attribution" dir="auto">
      {text}
    </p>
  );
}
