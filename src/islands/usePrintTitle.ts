import { useEffect } from 'preact/hooks';

/**
 * While the page prints, the document's title is `title` (the school's and the post's, never the
 * site's): browsers print it in the page header and offer it as the name of a saved PDF. It goes
 * back to the page's own title afterwards. Nothing changes when `title` is null.
 */
export function usePrintTitle(title: string | null): void {
  useEffect(() => {
    if (title === null) return;
    let pageTitle = document.title;
    const before = () => {
      pageTitle = document.title;
      document.title = title;
    };
    const after = () => {
      document.title = pageTitle;
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [title]);
}
