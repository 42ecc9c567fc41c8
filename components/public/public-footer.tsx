import type { Organisation } from "@/lib/organisation";
import { ACCESSIBILITY_PATH, DATA_PATH, FEED_PATH } from "@/lib/public-site/paths";

export const OGL_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

/** Every public page's footer: accessibility, privacy, contact, the feed, and the licence of the text and data. */
export function PublicFooter({ org }: { org: Organisation }) {
  return (
    <footer className="no-print mt-12 border-t-4 border-link bg-panel">
      <div className="mx-auto max-w-6xl px-4 py-6">
        <h2 className="sr-only">Support links</h2>
        <ul className="mb-4 flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <a href={ACCESSIBILITY_PATH}>Accessibility statement</a>
          </li>
          <li>
            <a href={org.privacyUrl}>Privacy notice</a>
          </li>
          <li>
            Contact: <a href={`mailto:${org.contactEmail}`}>{org.contactEmail}</a>
          </li>
          <li>
            <a href={DATA_PATH}>Open data</a>
          </li>
          <li>
            <a href={FEED_PATH}>Atom feed</a>
          </li>
        </ul>
        <p className="max-w-3xl" data-licence>
          All text and data are available under the{" "}
          <a href={OGL_URL} rel="license">
            Open Government Licence v3.0
          </a>
          , except where otherwise stated. Published by {org.force} and the {org.pcc}.
        </p>
      </div>
    </footer>
  );
}
