import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageMain } from "@/components/ui/page";
import { EditHeader } from "@/components/submission/edit-header";
import { dateToInput } from "@/lib/schemas/meeting";
import { requirePermission } from "@/server/session";
import { getMeetingForEdit } from "@/server/submissions/get-edit-data";
import { getTaskContext } from "@/server/submissions/get-task-context";
import { MeetingForm } from "./meeting-form";

export const metadata: Metadata = { title: "Meeting details" };

export default async function MeetingPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const actor = await requirePermission("meeting:edit");
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const s = await getMeetingForEdit(actor, id);
  if (!s) notFound();
  const task = await getTaskContext(actor, id, "meeting", saved);
  return (
    <PageMain>
      <EditHeader submission={s} title="Meeting details" saved={task.savedLabel} />
      {s.editable && (
        <MeetingForm
          continueHref={task.continueHref}
          defaults={{
            submissionId: s.id,
            version: s.meetingVersion,
            boardName: s.boardName,
            meetingDate: dateToInput(s.meetingDate),
            agendaItem: s.agendaItem,
            planPriority: s.planPriority,
            title: s.title,
            presenters: s.presenters,
          }}
        />
      )}
    </PageMain>
  );
}
