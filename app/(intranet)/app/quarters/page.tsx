import type { Metadata } from "next";
import Link from "next/link";
import { PageMain, PageTitle } from "@/components/ui/page";
import { StageTag } from "@/components/ui/stage-tag";
import { DeadlineTag } from "@/components/ui/deadline-tag";
import { can } from "@/lib/permissions";
import { formatDate } from "@/lib/format";
import { quarterLabel } from "@/lib/quarters";
import { PART_STATUS_LABELS } from "@/lib/workflow/stages";
import { requirePermission } from "@/server/session";
import { listQuarters } from "@/server/submissions/list-quarters";

export const metadata: Metadata = { title: "Quarters" };

export default async function QuartersPage() {
  const actor = await requirePermission("submission:view");
  const quarters = await listQuarters(actor);
  return (
    <PageMain>
      <PageTitle>Quarters</PageTitle>
      {can(actor, "quarter:create") && (
        <p className="mb-6">
          <Link href="/app/quarters/new" className="font-bold">
            Create a quarter
          </Link>
        </p>
      )}
      {quarters.length === 0 ? (
        <p>No quarters yet.</p>
      ) : (
        <table className="w-full border-collapse text-left text-base">
          <caption className="sr-only">Quarters, newest first, with where each stands and what is outstanding</caption>
          <thead>
            <tr className="border-b-2 border-ink align-bottom">
              <th scope="col" className="py-2 pr-3">
                Quarter
              </th>
              <th scope="col" className="py-2 pr-3">
                Meeting
              </th>
              <th scope="col" className="py-2 pr-3">
                Where it is
              </th>
              <th scope="col" className="py-2 pr-3">
                Who acts next
              </th>
              <th scope="col" className="py-2">
                What is missing
              </th>
            </tr>
          </thead>
          <tbody>
            {quarters.map((q) => (
              <tr key={q.id} className="border-b border-line align-top" data-quarter={q.slug}>
                <th scope="row" className="py-3 pr-3">
                  <Link href={`/app/submissions/${q.current.id}`}>{quarterLabel(q.fyStart, q.quarter)}</Link>
                  {q.current.edition > 1 && <span className="block text-sm font-normal">Edition {q.current.edition}</span>}
                </th>
                <td className="py-3 pr-3">
                  {q.current.meetingDate ? formatDate(q.current.meetingDate) : "Date not set"}
                  {q.deadline && (
                    <span className="mt-1 block">
                      <DeadlineTag status={q.deadline} />
                    </span>
                  )}
                </td>
                <td className="py-3 pr-3">
                  <StageTag stage={q.current.stage} />
                  {!["PUBLISHED", "SUPERSEDED", "WITHDRAWN"].includes(q.current.stage) && (
                    <span className="mt-1 block text-sm">
                      Force part: {PART_STATUS_LABELS[q.current.forceStatus].toLowerCase()}
                      <br />
                      PCC statement: {PART_STATUS_LABELS[q.current.pccStatus].toLowerCase()}
                    </span>
                  )}
                </td>
                <td className="py-3 pr-3">{q.nextStep}</td>
                <td className="py-3">
                  {q.missing.length === 0 ? (
                    "Nothing"
                  ) : (
                    <details>
                      <summary className="cursor-pointer">
                        {q.missing.length} of {q.checklistTotal} checks outstanding
                      </summary>
                      <ul className="mt-1 list-disc pl-5 text-sm">
                        {q.missing.map((m) => (
                          <li key={m}>{m}</li>
                        ))}
                      </ul>
                    </details>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </PageMain>
  );
}
