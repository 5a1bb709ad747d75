/**
 * Calls `callback` whenever the person leaves the page or hides it: on pagehide and beforeunload,
 * and when the page becomes hidden (a phone switching app may never come back to unload it).
 * Returns the function that stops listening.
 */
export function onLeavingPage(callback: () => void): () => void {
  const ifHidden = () => {
    if (document.visibilityState === 'hidden') callback();
  };
  window.addEventListener('pagehide', callback);
  window.addEventListener('beforeunload', callback);
  document.addEventListener('visibilitychange', ifHidden);
  return () => {
    window.removeEventListener('pagehide', callback);
    window.removeEventListener('beforeunload', callback);
    document.removeEventListener('visibilitychange', ifHidden);
  };
}
