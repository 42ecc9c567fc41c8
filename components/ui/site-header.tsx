// A plain link, not next/link: "/" is the generated public site, outside the Next.js router.
export function SiteHeader({ children }: { children?: React.ReactNode }) {
  return (
    <header className="no-print border-b-8 border-link bg-brand text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <a href="/" className="text-2xl font-bold text-white no-underline">
          Scorecard
        </a>
        {children}
      </div>
    </header>
  );
}
