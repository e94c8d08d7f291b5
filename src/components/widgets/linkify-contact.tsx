import type { ReactNode } from 'react';

function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** Turns the profile's phone number and email address, where they appear in the bio, into tel: and mailto: links. */
export function linkifyContact(text: string, phone: string | null, email: string | null): ReactNode[] {
  const needles = [phone, email].filter((n): n is string => Boolean(n));
  if (needles.length === 0) return [text];
  const pattern = new RegExp(
    `(${needles.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`,
    'g',
  );
  return text.split(pattern).map((part, index) => {
    if (part === phone)
      return (
        <a key={index} href={telHref(part)}>
          {part}
        </a>
      );
    if (part === email)
      return (
        <a key={index} href={`mailto:${part}`}>
          {part}
        </a>
      );
    return part;
  });
}

export { telHref };
