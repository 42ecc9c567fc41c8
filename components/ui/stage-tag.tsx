import { STAGE_LABELS, type Stage } from "@/lib/workflow/stages";

const TONE: Partial<Record<Stage, string>> = {
  PUBLISHED: "bg-success text-white",
  READY: "bg-brand text-white",
  WITHDRAWN: "bg-danger text-white",
  SUPERSEDED: "bg-muted text-white",
};

export function StageTag({ stage }: { stage: Stage }) {
  return (
    <strong data-stage={stage} className={`inline-block px-2 py-0.5 text-sm uppercase tracking-wide ${TONE[stage] ?? "bg-panel text-ink"}`}>
      {STAGE_LABELS[stage]}
    </strong>
  );
}
