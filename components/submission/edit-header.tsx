import Link from "next/link";
import { PageTitle } from "@/components/ui/page";
import { Notice } from "@/components/ui/notice";
import { quarterLabel } from "@/lib/quarters";
import { DoneBanner } from "./done-banner";

type Header = { id: string; title: string; edition: number; editable: boolean; quarter: { fyStart: number; quarter: number } };

/** Title, back link, the "saved" banner and a closed-edition notice shared by every task page. */
export function EditHeader({ submission, title, saved }: { submission: Header; title: string; saved?: string | null }) {
  return (
    <>
      <p className="no-print mb-4">
        <Link href={`/app/submissions/${submission.id}#tasks`}>Back to the task list</Link>
      </p>
      <DoneBanner saved={saved} />
      <PageTitle
        caption={`${quarterLabel(submission.quarter.fyStart, submission.quarter.quarter)}${submission.edition > 1 ? `, edition ${submission.edition}` : ""}`}
      >
        {title}
      </PageTitle>
      {!submission.editable && (
        <Notice tone="warning" title="This edition is closed">
          It has been published, replaced by a later edition or withdrawn. To correct it, start a new edition from its task list.
        </Notice>
      )}
    </>
  );
}
