import Link from "next/link";
import { PageTitle } from "@/components/ui/page";
import { Notice } from "@/components/ui/notice";
import { quarterLabel } from "@/lib/quarters";

type Header = { id: string; title: string; edition: number; editable: boolean; quarter: { fyStart: number; quarter: number } };

/** Title, back link and a closed-edition notice shared by every edit page. */
export function EditHeader({ submission, title }: { submission: Header; title: string }) {
  return (
    <>
      <p className="no-print mb-4">
        <Link href={`/app/submissions/${submission.id}`}>Back to the submission</Link>
      </p>
      <PageTitle
        caption={`${quarterLabel(submission.quarter.fyStart, submission.quarter.quarter)}${submission.edition > 1 ? `, edition ${submission.edition}` : ""}`}
      >
        {title}
      </PageTitle>
      {!submission.editable && (
        <Notice tone="warning" title="This edition is closed">
          It has been published, superseded or withdrawn. To correct it, start a new edition from the submission page.
        </Notice>
      )}
    </>
  );
}
