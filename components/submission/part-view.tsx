import { FigureTable } from "@/components/statement/figure-table";
import type { PartReview } from "@/server/submissions/get-part-review";
import { KpiTable } from "./kpi-table";
import { StatementPart } from "./statement-part";

/** A part exactly as it will be published: figures and KPI scorecard, then the statement with figure-check marks. */
export function PartView({ review }: { review: PartReview }) {
  const figuresByMeasure = Object.fromEntries(
    review.sections.filter((s) => s.measureKey).map((s) => [s.measureKey!, review.figures.filter((f) => f.measureKey === s.measureKey)]),
  );
  if (review.part === "PCC") {
    return (
      <>
        {review.notApplicable.length > 0 && (
          <ul className="mb-4" aria-label="National priorities not applicable">
            {review.notApplicable.map((n) => (
              <li key={n.measureKey}>
                Not applicable: {review.measureNames[n.measureKey] ?? n.measureKey}: {n.reason}
              </li>
            ))}
          </ul>
        )}
        <StatementPart sections={review.sections} submissionId={review.id} canEdit={false} measureNames={review.measureNames} />
      </>
    );
  }
  return (
    <>
      <section aria-labelledby="figures-heading" className="mb-10">
        <h2 id="figures-heading" className="mb-3 text-2xl font-bold">
          Figures
        </h2>
        {review.sections
          .filter((s) => s.kind === "MEASURE")
          .map((s) => (
            <div key={s.id} data-figures={s.measureKey}>
              <FigureTable figures={figuresByMeasure[s.measureKey!] ?? []} caption={review.measureNames[s.measureKey!] ?? s.heading} />
            </div>
          ))}
        {review.kpiResults.length > 0 && <KpiTable kpis={review.kpiResults} caption="Police and Crime Plan KPI scorecard" />}
      </section>
      <section aria-labelledby="statement-heading" className="mb-10">
        <h2 id="statement-heading" className="mb-3 text-2xl font-bold">
          Force statement
        </h2>
        <StatementPart
          sections={review.sections}
          submissionId={review.id}
          canEdit={false}
          figuresByMeasure={figuresByMeasure}
          measureNames={review.measureNames}
        />
      </section>
    </>
  );
}
