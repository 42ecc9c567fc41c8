import { FigureTable, type PreviousValues } from "@/components/statement/figure-table";
import { KpiTable, type PreviousKpis } from "@/components/submission/kpi-table";
import { numberParagraphs } from "@/lib/statement/number-paragraphs";
import { formatDate } from "@/lib/format";
import type { Organisation } from "@/lib/organisation";
import type { PublicPaper } from "@/server/public/get-public-quarter";
import { FigureChart } from "./figure-chart";
import { ParagraphList } from "./paragraph-list";

/** A headed section of numbered paragraphs: h2 for the paper's own parts, h3 within a statement. */
function PaperSection({
  section,
  level,
}: {
  section: { id: string; heading: string; numbered: { number: number; text: string }[] };
  level: 2 | 3;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={`s-${section.id}`}>
      <Heading id={`s-${section.id}`} className={level === 2 ? "mb-3 mt-8 text-2xl font-bold" : "mb-3 mt-6 text-xl font-bold"}>
        {section.heading}
      </Heading>
      <ParagraphList paragraphs={section.numbered} />
    </section>
  );
}

/** What the paper shows beside this quarter's figures: the previous published quarter, and where trends live. */
export type PaperContext = {
  previousFigures?: PreviousValues | null;
  previousKpis?: PreviousKpis | null;
  /** The public trend page of a measure; none in the intranet. */
  trendHref?: (measureKey: string) => string;
};

const MONTH_YEAR = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
const monthYear = (d: Date | null) => (d ? MONTH_YEAR.format(d) : "");

/**
 * The quarter's board paper in the reference paper's order: cover block, purpose, the force
 * statement by measure (with figures and charts), the PCC statement by theme, reporting
 * frequency, recommendations and Appendix A, paragraphs numbered continuously from 1.
 */
export function BoardPaper({ paper, org, context = {} }: { paper: PublicPaper; org: Organisation; context?: PaperContext }) {
  const sections = numberParagraphs(paper.sections.map((s) => ({ ...s, paragraphs: s.paragraphs })));
  const of = (kind: string) => sections.filter((s) => s.kind === kind);
  const figuresFor = (key: string | null) => paper.figures.filter((f) => f.measureKey === key);
  const measureName = (key: string) =>
    of("MEASURE")
      .find((s) => s.measureKey === key)
      ?.heading.replace(/^Measure:\s*/, "") ?? key;

  return (
    <article className="paper max-w-4xl">
      <dl className="mb-8 grid gap-x-6 gap-y-1 border-y-2 border-ink py-4 sm:grid-cols-[max-content_1fr]" aria-label="About this paper">
        <dt className="font-bold">Agenda item</dt>
        <dd data-cover="agenda">{paper.agendaItem}</dd>
        <dt className="font-bold">Board</dt>
        <dd>{paper.boardName}</dd>
        <dt className="font-bold">Meeting date</dt>
        <dd>{formatDate(paper.meetingDate)}</dd>
        <dt className="font-bold">Police and Crime Plan priority</dt>
        <dd>{paper.planPriority}</dd>
        <dt className="font-bold">Title</dt>
        <dd>{paper.title}</dd>
        <dt className="font-bold">Presented by</dt>
        <dd>{paper.presenters}</dd>
      </dl>

      {of("PURPOSE").map((s) => (
        <PaperSection key={s.id} section={s} level={2} />
      ))}

      <section aria-labelledby="force-statement">
        <h2 id="force-statement" className="mb-3 text-2xl font-bold">
          National Policing Priorities – {org.force} Statement
        </h2>
        {of("MEASURE").map((s) => {
          const figures = figuresFor(s.measureKey);
          return (
            <section key={s.id} aria-labelledby={`s-${s.id}`} data-measure={s.measureKey ?? undefined}>
              <h3 id={`s-${s.id}`} className="mb-3 mt-6 text-xl font-bold">
                {s.heading}
              </h3>
              {figures.length > 0 && (
                <div className="figures mb-4">
                  <FigureTable
                    figures={figures}
                    caption={`Figures: ${figures[0]!.measureName}, against the baseline`}
                    previous={context.previousFigures}
                  />
                  {context.trendHref && s.measureKey && (
                    <p className="no-print mb-4">
                      <a href={context.trendHref(s.measureKey)}>{figures[0]!.measureName}: every published quarter (trend)</a>
                    </p>
                  )}
                  {figures.map((f) => (
                    <FigureChart key={f.id} figure={f} id={`chart-${f.id}`} />
                  ))}
                </div>
              )}
              <ParagraphList paragraphs={s.numbered} />
            </section>
          );
        })}
      </section>

      <section aria-labelledby="pcc-statement">
        <h2 id="pcc-statement" className="mb-3 mt-8 text-2xl font-bold">
          National Policing Priorities – {org.pcc} Statement {monthYear(paper.meetingDate)}
        </h2>
        {paper.notApplicable.length > 0 && (
          <ul className="mb-4" aria-label="National priorities not applicable to this statement">
            {paper.notApplicable.map((n) => (
              <li key={n.measureKey}>
                Not applicable: {measureName(n.measureKey)}. {n.reason}
              </li>
            ))}
          </ul>
        )}
        {[...of("PCC_INTRO"), ...of("PCC_THEME")].map((s) => (
          <PaperSection key={s.id} section={s} level={3} />
        ))}
      </section>

      {[...of("REPORTING"), ...of("RECOMMENDATIONS")].map((s) => (
        <PaperSection key={s.id} section={s} level={2} />
      ))}

      {paper.kpiResults.length > 0 && (
        <section aria-labelledby="appendix-a" className="appendix">
          <h2 id="appendix-a" className="mb-3 mt-8 text-2xl font-bold">
            Appendix A – Police and Crime Plan KPI Scorecard
          </h2>
          <KpiTable
            kpis={paper.kpiResults}
            caption="Police and Crime Plan key performance indicators, with status against target"
            previous={context.previousKpis}
          />
        </section>
      )}
    </article>
  );
}
