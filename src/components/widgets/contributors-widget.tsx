import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useBlogQueries } from '../../api/blog-api-context';
import { profileUrl } from '../../lib/paths';
import { safeHttpUrl } from '../../lib/safe-url';

function Contributor({ id }: { id: string }) {
  // A failure reaches the gadget's boundary; until the profile comes, its id holds the line.
  const { data: author } = useQuery({ ...useBlogQueries().author(id), throwOnError: true });
  if (!author)
    return (
      <li className="contributors__item">
        <bdi>{id}</bdi>
      </li>
    );
  const photo = author.photo ? safeHttpUrl(author.photo.url) : null;
  return (
    <li className="contributors__item">
      {photo ? <img className="contributors__photo" src={photo} width={32} height={32} alt="" /> : null}
      <Link to={profileUrl(author.id)} dir="auto">
        {author.displayName}
      </Link>
    </li>
  );
}

/**
 * Blogger's Profile gadget on a blog with several authors: "Contributors", each a link to their profile
 * (config.json names the authors: no backend lists them all).
 */
export function ContributorsWidget({ authors }: { authors: string[] }) {
  return (
    <ul className="contributors">
      {authors.map((id) => (
        <Contributor key={id} id={id} />
      ))}
    </ul>
  );
}
