/** Per-route title and description; React 19 hoists these into <head>. */
export function DocumentMeta({
  title,
  description,
  blogTitle,
}: {
  title: string | null;
  description: string;
  blogTitle: string;
}) {
  const full = title ? `${title} | ${blogTitle}` : blogTitle;
  return (
    <>
      <title>{full}</title>
      <meta name="description" content={description} />
    </>
  );
}
