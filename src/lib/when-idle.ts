// Work the page may want soon but not now (code for the next step): when the browser
// is idle, within two seconds at the latest; half a second later where there is no
// requestIdleCallback (Safari). Returns how to call it off.
export function whenIdle(work: () => void): () => void {
  if (!('requestIdleCallback' in window)) {
    const timer = setTimeout(work, 500);
    return () => {
      clearTimeout(timer);
    };
  }
  const idle = requestIdleCallback(work, { timeout: 2_000 });
  return () => {
    cancelIdleCallback(idle);
  };
}
