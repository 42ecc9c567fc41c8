import type { SubmissionView } from "@/server/submissions/get-submission";
import { ActionForm } from "./action-form";
import type { TransitionFormInput } from "@/lib/schemas/transition";
import type { ActionResult } from "@/lib/action-result";

/** The workflow steps this user can take now. The server re-checks every one. */
export function ActionsPanel({ view, run }: { view: SubmissionView; run: (input: TransitionFormInput) => Promise<ActionResult<unknown>> }) {
  const has = (a: string) => view.actions.includes(a as never);
  const common = { submissionId: view.id, run };
  if (view.actions.length === 0) return null;
  const { flagged, confirmed } = view.figureCheck;
  const showCheck = has("submit_force") || has("approve_force");
  return (
    <section aria-labelledby="actions-heading" className="mb-8 border-4 border-link p-4">
      <h2 id="actions-heading" className="mb-3 text-2xl font-bold">
        Your next step
      </h2>
      {showCheck && (
        <p className={`mb-4 border-l-4 pl-3 ${flagged ? "border-danger" : "border-success"}`} data-figure-check-summary>
          Figure check of the force statement: {confirmed} number{confirmed === 1 ? "" : "s"} match the entered figures
          {flagged ? (
            <strong>
              ; {flagged} look{flagged === 1 ? "s" : ""} wrong (marked below). Check before you continue.
            </strong>
          ) : (
            "; none look wrong."
          )}
        </p>
      )}
      {has("submit_data") && (
        <ActionForm
          {...common}
          action="submit_data"
          label="Submit the figures"
          description="Submit when every indicator has a value and period, or a “no local data” reason."
        />
      )}
      {has("submit_force") && (
        <ActionForm
          {...common}
          action="submit_force"
          label="Submit the force statement"
          description="Submit the figures and the force statement for the DCC’s approval."
        />
      )}
      {has("submit_pcc") && (
        <ActionForm
          {...common}
          action="submit_pcc"
          label="Submit the PCC statement"
          description="Submit the PCC statement for the PCC’s approval."
        />
      )}
      {has("approve_force") && (
        <ActionForm
          {...common}
          action="approve_force"
          contentHash={view.approvals.hashes.FORCE}
          label="Approve the force part"
          description="You approve the figures, KPI actuals and force statement exactly as shown on this page. Any later edit voids your approval."
        />
      )}
      {has("return_force") && (
        <ActionForm
          {...common}
          action="return_force"
          label="Return the force part"
          variant="secondary"
          commentLabel="What needs to change in the force part"
        />
      )}
      {has("approve_pcc") && (
        <ActionForm
          {...common}
          action="approve_pcc"
          contentHash={view.approvals.hashes.PCC}
          label="Approve the PCC statement"
          description="You approve the PCC statement exactly as shown on this page. Any later edit voids your approval."
        />
      )}
      {has("return_pcc") && (
        <ActionForm
          {...common}
          action="return_pcc"
          label="Return the PCC statement"
          variant="secondary"
          commentLabel="What needs to change in the PCC statement"
        />
      )}
      {has("publish") && (
        <ActionForm
          {...common}
          action="publish"
          contentHash={view.publishHash}
          label="Publish"
          description="Publishing puts this statement on the public site at once. The server checks again that both parts are approved exactly as they stand."
          askLateReason={view.facts.pastDeadline}
          askChangeNote={view.facts.isCorrection}
        />
      )}
      {has("withdraw") && (
        <ActionForm
          {...common}
          action="withdraw"
          label="Withdraw this quarter"
          variant="warning"
          askWithdrawal
          commentLabel="Explanation (shown on the public page)"
          description="The public page will show a withdrawal notice instead of the statement."
        />
      )}
    </section>
  );
}
