import { PageMain, PageTitle } from "@/components/ui/page";
import type { Organisation } from "@/lib/organisation";

/** The accessibility statement, as the administrator wrote it, with how to contact the organisation. */
export function AccessibilityPage({ org }: { org: Organisation }) {
  const paragraphs = org.accessibilityStatement
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <PageMain>
      <PageTitle>Accessibility statement</PageTitle>
      <div className="max-w-3xl space-y-4" data-statement>
        {paragraphs.map((p, i) => (
          <p key={i} className="whitespace-pre-line">
            {p}
          </p>
        ))}
      </div>
      <h2 className="mb-2 mt-8 text-2xl font-bold">Contact</h2>
      <p>
        Email <a href={`mailto:${org.contactEmail}`}>{org.contactEmail}</a>.
      </p>
    </PageMain>
  );
}
