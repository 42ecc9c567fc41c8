import type { Metadata } from "next";
import { PageMain, PageTitle } from "@/components/ui/page";
import { requirePermission } from "@/server/session";
import { getOrganisation } from "@/server/settings/get-organisation";
import { OrganisationForm } from "./organisation-form";
import { LogoForm } from "./logo-form";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requirePermission("settings:edit");
  const { org, version } = await getOrganisation();
  return (
    <PageMain>
      <PageTitle caption="Settings">The organisation</PageTitle>
      <p className="mb-6 max-w-3xl">
        These appear on every public page, in the feed and in the board paper&rsquo;s PDF and Word versions. Saving regenerates the whole
        public site at once.
        {version === 0 && " Nothing has been saved yet: the values below come from the server's configuration."}
      </p>
      <OrganisationForm
        defaults={{
          version,
          force: org.force,
          pcc: org.pcc,
          board: org.board,
          contactEmail: org.contactEmail,
          privacyUrl: org.privacyUrl,
          accessibilityStatement: org.accessibilityStatement,
        }}
      />
      <h2 className="mb-3 mt-10 text-2xl font-bold">Logo</h2>
      <LogoForm current={org.logo} />
    </PageMain>
  );
}
