import { formatDateTime } from "@/lib/format";
import type { ApprovalState } from "@/server/submissions/load-workflow-facts";

type ApprovalRow = ApprovalState["force"];

function Line({ label, approval, valid }: { label: string; approval: ApprovalRow; valid: boolean }) {
  if (!approval)
    return (
      <li data-approval={label}>
        <strong>{label}:</strong> not yet approved
      </li>
    );
  if (valid) {
    return (
      <li data-approval={label} data-valid="true">
        <strong>{label}:</strong> approved by {approval.approverName} on {formatDateTime(approval.approvedAt)}
        {approval.carriedFrom ? ` (carried over unchanged from edition ${approval.carriedFrom})` : ""}
      </li>
    );
  }
  const why = approval.voidReason
    ? approval.voidReason.charAt(0).toLowerCase() + approval.voidReason.slice(1)
    : "the content, or the force part it responds to, has changed since";
  return (
    <li data-approval={label} data-valid="false" className="border-l-4 border-danger pl-2">
      <strong>{label}: approval void.</strong> {approval.approverName} approved it on {formatDateTime(approval.approvedAt)}, but {why}. It
      must be approved again.
    </li>
  );
}

export function ApprovalStatus({ view }: { view: { approvals: ApprovalState } }) {
  return (
    <ul className="mb-6 space-y-1" aria-label="Approvals">
      <Line label="Force part" approval={view.approvals.force} valid={view.approvals.forceApproved} />
      <Line label="PCC statement" approval={view.approvals.pcc} valid={view.approvals.pccApproved} />
    </ul>
  );
}
