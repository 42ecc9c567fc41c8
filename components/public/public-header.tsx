import type { Organisation } from "@/lib/organisation";
import { DATA_PATH, HOME_PATH } from "@/lib/public-site/paths";

/** The public site's header: the organisation (logo and name) and the site's three areas. */
export function PublicHeader({ org }: { org: Organisation }) {
  return (
    <header className="no-print border-b-8 border-link bg-brand text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <a href={HOME_PATH} className="flex items-center gap-3 text-xl font-bold text-white no-underline">
          {/* The name is beside the logo, so the logo itself is decorative. */}
          {/* eslint-disable-next-line @next/next/no-img-element -- static HTML, outside Next.js */}
          {org.logo && <img src={org.logo.path} alt="" className="h-10 w-auto max-w-32" />}
          <span>{org.pcc}</span>
        </a>
        <nav aria-label="Public site">
          <ul className="flex flex-wrap gap-x-5 gap-y-1">
            <li>
              <a href={HOME_PATH} className="text-white">
                Statements
              </a>
            </li>
            <li>
              <a href="/measures" className="text-white">
                Trends
              </a>
            </li>
            <li>
              <a href={DATA_PATH} className="text-white">
                Open data
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
