/**
 * A wide table's horizontal scroll area: labelled, so a screen reader names it, and focusable,
 * so a keyboard user can scroll it with the arrow keys (WCAG 2.1.1, axe "scrollable-region-focusable").
 */
export function ScrollRegion({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="max-w-full overflow-x-auto">
      {children}
    </div>
  );
}
