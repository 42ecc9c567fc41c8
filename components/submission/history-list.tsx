import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import { PART_STATUS_LABELS, STAGE_LABELS } from "@/lib/workflow/stages";

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
  /** The part's content as it was at this step, when one was kept: the entry links to what changed since. */
  snapshot?: { id: string; part: string } | null;
};

const ACTIONS: Record<string, string> = {
  "quarter.create": "Created the quarter",
  "edition.start": "Started a new edition",
  "approval.voided": "Approval voided",
  "save.spreadsheet-import": "Imported figures and KPI actuals from a spreadsheet",
  "transition.start_force": "Started the force part",
  "transition.start_pcc": "Started the PCC statement",
  "transition.submit_force": "Submitted the force part",
  "transition.submit_pcc": "Submitted the PCC statement",
  "transition.approve_force": "Approved the force part",
  "transition.approve_pcc": "Approved the PCC statement",
  "transition.return_force": "Returned the force part",
  "transition.return_pcc": "Returned the PCC statement",
  "transition.reopen_force": "Took the force part back to in progress with an edit",
  "transition.reopen_pcc": "Took the PCC statement back to in progress with an edit",
  "transition.reconfirm_pcc": "Sent the PCC statement back to the PCC to confirm, after the force part changed",
  "transition.publish": "Published",
  "transition.supersede": "Replaced by a later edition",
  "transition.withdraw": "Withdrew the quarter",
};

function describe(action: string) {
  if (ACTIONS[action]) return ACTIONS[action];
  if (action.startsWith("save.")) return `Saved ${action.slice(5).replace(/[._]/g, " ")}`;
  return action;
}

// Audit rows record user statuses too, so only known stages and part statuses get a label.
const STAGE_NAMES: ReadonlyMap<string, string> = new Map([...Object.entries(PART_STATUS_LABELS), ...Object.entries(STAGE_LABELS)]);
const stage = (s: string | null) => (s ? (STAGE_NAMES.get(s) ?? s) : "");

function detailsText(details: string | null) {
  if (!details) return null;
  try {
    const d = JSON.parse(details) as {
      lateReason?: string;
      changeNote?: string;
      minorChange?: boolean;
      file?: string;
      changes?: { name: string; column: string; from: string; to: string }[];
    };
    return (
      [
        d.lateReason && `Reason for publishing late: ${d.lateReason}`,
        d.changeNote && `Change note: ${d.changeNote}`,
        d.minorChange && "Minor change",
        d.file &&
          d.changes &&
          `${d.file}: ${d.changes.map((c) => `${c.name}, ${c.column}: ${c.from || "(blank)"} → ${c.to || "(blank)"}`).join("; ")}`,
      ]
        .filter(Boolean)
        .join(". ") || null
    );
  } catch {
    return null;
  }
}

const SNAPSHOT_WORDS: Record<string, string> = {
  "transition.submit_force": "submitted",
  "transition.submit_pcc": "submitted",
  "transition.return_force": "returned",
  "transition.return_pcc": "returned",
  "transition.approve_force": "approved",
  "transition.approve_pcc": "approved",
};

/** The audit trail of this submission, newest first; submissions, returns and approvals link to what changed since. */
export function HistoryList({ events, base }: { events: Event[]; base?: string }) {
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
          {base && e.snapshot && (
            <Link className="block" href={`${base}/changes/${e.snapshot.part === "FORCE" ? "force" : "pcc"}?since=${e.snapshot.id}`}>
              What changed since it was {SNAPSHOT_WORDS[e.action] ?? "saved"}
            </Link>
          )}
        </li>
      ))}
    </ol>
  );
}
