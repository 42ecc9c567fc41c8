import { formatDateTime } from "@/lib/format";
import { STAGE_LABELS } from "@/lib/workflow/stages";

type Event = {
  id: string;
  at: Date;
  action: string;
  actorEmail: string | null;
  part: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  comment: string | null;
  details: string | null;
};

const ACTIONS: Record<string, string> = {
  "quarter.create": "Created the quarter",
  "edition.start": "Started a new edition",
  "approval.voided": "Approval voided by an edit",
  "transition.submit_data": "Submitted the figures",
  "transition.submit_force": "Submitted the force statement",
  "transition.submit_pcc": "Submitted the PCC statement",
  "transition.approve_force": "Approved the force part",
  "transition.approve_pcc": "Approved the PCC statement",
  "transition.return_force": "Returned the force part",
  "transition.return_pcc": "Returned the PCC statement",
  "transition.reopen_force": "Reopened for approval after an edit to the force part",
  "transition.reopen_pcc": "Reopened for approval after an edit to the PCC statement",
  "transition.publish": "Published",
  "transition.supersede": "Superseded by a later edition",
  "transition.withdraw": "Withdrew the quarter",
};

function describe(action: string) {
  if (ACTIONS[action]) return ACTIONS[action];
  if (action.startsWith("save.")) return `Saved ${action.slice(5).replace(/[._]/g, " ")}`;
  return action;
}

// Audit rows record user statuses too, so only known stages get a label.
const STAGE_NAMES: ReadonlyMap<string, string> = new Map(Object.entries(STAGE_LABELS));
const stage = (s: string | null) => (s ? (STAGE_NAMES.get(s) ?? s) : "");

function detailsText(details: string | null) {
  if (!details) return null;
  try {
    const d = JSON.parse(details) as { lateReason?: string; changeNote?: string; minorChange?: boolean };
    return (
      [
        d.lateReason && `Reason for publishing late: ${d.lateReason}`,
        d.changeNote && `Change note: ${d.changeNote}`,
        d.minorChange && "Minor change",
      ]
        .filter(Boolean)
        .join(". ") || null
    );
  } catch {
    return null;
  }
}

/** The audit trail of this submission, newest first. */
export function HistoryList({ events }: { events: Event[] }) {
  return (
    <ol className="space-y-2 text-base" aria-label="History, newest first">
      {events.map((e) => (
        <li key={e.id} className="border-b border-line pb-2" data-action={e.action}>
          <strong>{describe(e.action)}</strong>
          {e.fromStatus && e.toStatus && e.action.startsWith("transition.") && (
            <>
              {" "}
              ({stage(e.fromStatus)} → {stage(e.toStatus)})
            </>
          )}
          <span className="block text-muted">
            {formatDateTime(e.at)} by {e.actorEmail ?? "the system"}
          </span>
          {e.comment && <span className="block">“{e.comment}”</span>}
          {detailsText(e.details) && <span className="block">{detailsText(e.details)}</span>}
        </li>
      ))}
    </ol>
  );
}
