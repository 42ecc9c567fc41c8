import { boardPaperPath } from "@/lib/public-site/paths";
import { isEditable, type Stage } from "@/lib/workflow/stages";

/**
 * The board paper as it stands, for the agenda pack: DRAFT on every page until it is
 * published; after that, the published files on the public site. Plain links: the files are
 * downloads, not pages of the Next.js router.
 */
export function DraftDownloads({
  submissionId,
  stage,
  slug,
  edition,
}: {
  submissionId: string;
  stage: Stage;
  slug: string;
  edition: number;
}) {
  const draft = isEditable(stage);
  const href = (format: "pdf" | "docx") =>
    draft ? `/app/submissions/${submissionId}/board-paper.${format}` : boardPaperPath(slug, format, edition);
  return (
    <p className="mb-6 flex flex-wrap gap-x-6 gap-y-1" data-board-paper-downloads>
      <span className="font-bold">{draft ? "Draft board paper:" : "Board paper:"}</span>
      <a href={href("pdf")}>{draft ? "PDF (marked DRAFT)" : "PDF"}</a>
      <a href={href("docx")}>{draft ? "Word (marked DRAFT)" : "Word"}</a>
    </p>
  );
}
