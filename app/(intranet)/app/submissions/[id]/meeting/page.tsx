import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageMain } from "@/components/ui/page";
import { EditHeader } from "@/components/submission/edit-header";
import { dateToInput } from "@/lib/schemas/meeting";
import { requirePermission } from "@/server/session";
import { getMeetingForEdit } from "@/server/submissions/get-edit-data";
import { MeetingForm } from "./meeting-form";

export const metadata: Metadata = { title: "Meeting details" };

export default async function MeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("meeting:edit");
  const { id } = await params;
  const s = await getMeetingForEdit(actor, id);
  if (!s) notFound();
  return (
    <PageMain>
      <EditHeader submission={s} title="Meeting details" />
      {s.editable && (
        <MeetingForm
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
