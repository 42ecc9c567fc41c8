import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageMain } from "@/components/ui/page";
import { EditHeader } from "@/components/submission/edit-header";
import { ActionButton } from "@/components/forms/action-button";
import { requireUser } from "@/server/session";
import { ForbiddenError } from "@/lib/permissions";
import { getSectionForEdit } from "@/server/submissions/get-edit-data";
import { SectionForm } from "./section-form";
import { deleteSectionAction } from "./actions";

export const metadata: Metadata = { title: "Edit section" };

export default async function SectionPage({ params }: { params: Promise<{ id: string; sectionId: string }> }) {
  const actor = await requireUser();
  const { id, sectionId } = await params;
  // A section of another part is as invisible as a missing one; other errors propagate.
  const section = await getSectionForEdit(actor, id, sectionId).catch((error: unknown) => {
    if (error instanceof ForbiddenError) return null;
    throw error;
  });
  if (!section) notFound();
  const isTheme = section.kind === "PCC_THEME";
  return (
    <PageMain>
      <EditHeader submission={section.submission} title={section.heading} />
      {section.submission.editable && (
        <>
          <p className="mb-6 max-w-2xl">
            Each box is one numbered paragraph of the paper. You can use *emphasis*, **bold**, lists (lines starting “- ”) and links written
            as [text](https://…).
          </p>
          <SectionForm
            headingEditable={isTheme || section.kind === "PCC_INTRO"}
            measures={
              isTheme ? section.measures.map((m) => ({ value: m.measureKey!, label: m.heading.replace(/^Measure:\s*/, "") })) : null
            }
            defaults={{
              sectionId: section.id,
              version: section.version,
              heading: section.heading,
              covers: section.covers.map((c) => c.measureKey),
              paragraphs: section.paragraphs.map((p) => ({ text: p.text })),
            }}
            submissionId={id}
          />
          {isTheme && (
            <ActionButton
              label="Remove this section"
              variant="warning"
              input={{ sectionId: section.id, version: section.version }}
              run={deleteSectionAction}
              next={`/app/submissions/${id}`}
              className="mt-10 border-t border-line pt-6"
            />
          )}
        </>
      )}
    </PageMain>
  );
}
