import { Link } from 'react-router';

/** Blogger's Link List gadget: config.json's links, in its order. A path on this blog stays in the app. */
export function LinkListWidget({ links }: { links: { title: string; url: string }[] }) {
  return (
    <ul className="link-list">
      {links.map((link, index) => (
        <li key={`${index}-${link.url}`}>
          {link.url.startsWith('/') && !link.url.startsWith('//') ? (
            <Link to={link.url} dir="auto">
              {link.title}
            </Link>
          ) : (
            <a href={link.url} dir="auto">
              {link.title}
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
