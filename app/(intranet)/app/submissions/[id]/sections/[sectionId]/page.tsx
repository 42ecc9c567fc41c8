import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageMain } from "@/components/ui/page";
import { EditHeader } from "@/components/submission/edit-header";
import { ActionButton } from "@/components/forms/action-button";
import { requireUser } from "@/server/session";
import { ForbiddenError } from "@/lib/permissions";
import { getSectionForEdit } from "@/server/submissions/get-edit-data";
import { getTaskContext } from "@/server/submissions/get-task-context";
import { SectionForm } from "./section-form";
import { deleteSectionAction } from "./actions";

export const metadata: Metadata = { title: "Edit section" };

export default async function SectionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; sectionId: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const actor = await requireUser();
  const [{ id, sectionId }, { saved }] = await Promise.all([params, searchParams]);
  // A section of another part is as invisible as a missing one; other errors propagate.
  const section = await getSectionForEdit(actor, id, sectionId).catch((error: unknown) => {
    if (error instanceof ForbiddenError) return null;
    throw error;
  });
  if (!section) notFound();
  const task = await getTaskContext(actor, id, `section:${sectionId}`, saved);
  const isTheme = section.kind === "PCC_THEME";
  const carried = section.paragraphs.filter((p) => p.carriedOver).length;
  return (
    <PageMain>
      <EditHeader submission={section.submission} title={section.heading} saved={task.savedLabel} />
      {section.submission.editable && (
        <>
          <div className="mb-6 max-w-2xl space-y-2">
            <p>Each box is one numbered paragraph of the paper.</p>
            <p>
              To paste a whole section from a document, paste it into a box: blank lines between paragraphs split it into numbered
              paragraphs.
            </p>
            {carried > 0 && (
              <p className="font-bold">
                {carried} paragraph{carried === 1 ? " was" : "s were"} carried over from last quarter. Update each one, or confirm it is
                still correct, before the part is submitted.
              </p>
            )}
            <details>
              <summary className="cursor-pointer">Formatting: bold, lists and links</summary>
              <ul className="mt-2 list-disc pl-6 text-base">
                <li>Bold: put two asterisks either side of the words, like **this**.</li>
                <li>A list: start each line with a dash and a space.</li>
                <li>A link: write the words in square brackets and the web address after them in round brackets.</li>
              </ul>
            </details>
          </div>
          <SectionForm
            continueHref={task.continueHref}
            headingEditable={isTheme || section.kind === "PCC_INTRO"}
            measures={
              isTheme ? section.measures.map((m) => ({ value: m.measureKey!, label: m.heading.replace(/^Measure:\s*/, "") })) : null
            }
            defaults={{
              sectionId: section.id,
              version: section.version,
              heading: section.heading,
              covers: section.covers.map((c) => c.measureKey),
              paragraphs: section.paragraphs.map((p) => ({ text: p.text, carriedOver: p.carriedOver, confirmed: false })),
            }}
          />
          {isTheme && (
            <ActionButton
              label="Remove this section"
              variant="warning"
              input={{ sectionId: section.id, version: section.version }}
              run={deleteSectionAction}
              next={`/app/submissions/${id}#tasks`}
              className="mt-10 border-t border-line pt-6"
            />
          )}
        </>
      )}
    </PageMain>
  );
}
