import type { Metadata } from "next";
import { PageMain, PageTitle } from "@/components/ui/page";
import { requirePermission } from "@/server/session";
import { getOrganisation } from "@/server/settings/get-organisation";
import { CreateQuarterForm } from "./create-quarter-form";

export const metadata: Metadata = { title: "Create a quarter" };

export default async function NewQuarterPage() {
  await requirePermission("quarter:create");
  const { org } = await getOrganisation();
  return (
    <PageMain>
      <PageTitle caption="Quarters">Create a quarter</PageTitle>
      <p className="mb-6 max-w-2xl">
        The new quarter starts from the last published quarter: its statement text as the starting draft, each paragraph marked until its
        author updates or confirms it, and its figure periods moved on by three months. The figures themselves start empty.
      </p>
      {/* The board named in Settings, to change for a quarter presented elsewhere. */}
      <CreateQuarterForm boardName={org.board} />
    </PageMain>
  );
}
