import { Notice } from "@/components/ui/notice";

// What a person just did, as the page they land on says it (GOV.UK's success banner). The
// key comes from the URL, so only these known messages can ever be shown.
const DONE: Record<string, string> = {
  "submitted-force": "The force part was submitted to the DCC for approval.",
  "submitted-pcc": "The PCC statement was submitted to the PCC for approval.",
  "approved-force": "You approved the force part.",
  "approved-pcc": "You approved the PCC statement.",
  "returned-force": "The force part was returned to the force analysts with your comment.",
  "returned-pcc": "The PCC statement was returned to the PCC's office with your comment.",
  published: "Published. The statement is on the public site.",
  edition: "A new edition was started.",
  imported: "The figures and KPI actuals from the spreadsheet were saved.",
  withdrawn: "The quarter was withdrawn. Its public pages now show the withdrawal notice.",
};

export function DoneBanner({ done, saved }: { done?: string; saved?: string | null }) {
  const text = done ? DONE[done] : saved ? `Saved: ${saved}.` : null;
  if (!text) return null;
  return (
    <Notice tone="success" title="Success" live>
      <p data-done-banner>{text}</p>
    </Notice>
  );
}
