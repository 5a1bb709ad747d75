import { Fragment } from 'preact';

/**
 * Text a person typed, or a link or file named, listed inside one of the site's sentences
 * ("“a”, “b”"): each item in <bdi>, so right-to-left text or a direction override in one cannot
 * reorder the others or the sentence around them (src/lib/site/bidi.ts says more).
 */
export function IsolatedList({ items, quoted = false }: { items: readonly string[]; quoted?: boolean }) {
  return (
    <>
      {items.map((item, index) => (
        <Fragment key={index}>
          {index > 0 && ', '}
          {quoted && '“'}
          <bdi>{item}</bdi>
          {quoted && '”'}
        </Fragment>
      ))}
    </>
  );
}
