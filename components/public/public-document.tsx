import { SkipLink } from "@/components/ui/skip-link";
import type { Organisation } from "@/lib/organisation";
import { FEED_PATH } from "@/lib/public-site/paths";
import { PublicFooter } from "./public-footer";
import { PublicHeader } from "./public-header";

export const SITE_DESCRIPTION = "Quarterly statements on the National Policing Priorities and the Police and Crime Plan scorecard.";

/**
 * The whole HTML document of a public page: the same shell as the intranet's root layout
 * (app/layout.tsx), with the organisation's header and footer, the stylesheet linked and no
 * script of any kind. `title` is the tab title in full.
 */
export function PublicDocument({
  title,
  stylesheet,
  org,
  children,
}: {
  title: string;
  stylesheet: string;
  org: Organisation;
  children: React.ReactNode;
}) {
  return (
    <html lang="en-GB">
      {/* Rendered to static HTML by the public site, outside Next.js: next/head does not apply. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <meta name="description" content={SITE_DESCRIPTION} />
        <link rel="stylesheet" href={stylesheet} />
        <link rel="alternate" type="application/atom+xml" href={FEED_PATH} title={`${org.pcc}: statements`} />
      </head>
      <body className="min-h-screen bg-white font-sans antialiased">
        <SkipLink />
        <PublicHeader org={org} />
        {children}
        <PublicFooter org={org} />
      </body>
    </html>
  );
}

/** A tab title: the page, then the site, then the organisation ("2021/22 Q3 — National Policing Priorities statement — …"). */
export function pageTitle(org: Pick<Organisation, "pcc">, ...parts: string[]) {
  return [...parts, org.pcc].join(" — ");
}
