import { SkipLink } from "@/components/ui/skip-link";

export const SITE_DESCRIPTION = "Quarterly statements on the National Policing Priorities and the Police and Crime Plan scorecard.";

/**
 * The whole HTML document of a public page: the same shell as the intranet's root layout
 * (app/layout.tsx), with the stylesheet linked and no script of any kind.
 */
export function PublicDocument({ title, stylesheet, children }: { title: string; stylesheet: string; children: React.ReactNode }) {
  return (
    <html lang="en-GB">
      {/* Rendered to static HTML by the public site, outside Next.js: next/head does not apply. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title === "Scorecard" ? title : `${title} – Scorecard`}</title>
        <meta name="description" content={SITE_DESCRIPTION} />
        <link rel="stylesheet" href={stylesheet} />
        <link rel="alternate" type="application/atom+xml" href="/feed.xml" title="Scorecard statements" />
      </head>
      <body className="min-h-screen bg-white font-sans antialiased">
        <SkipLink />
        {children}
      </body>
    </html>
  );
}
