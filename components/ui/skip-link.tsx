/** The first focusable element on every page: jumps past the header to the main content. */
export function SkipLink() {
  return (
    <a
      href="#main"
      className="no-print sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-focus focus:px-3 focus:py-2"
    >
      Skip to main content
    </a>
  );
}
