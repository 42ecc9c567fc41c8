import { PageMain, PageTitle } from "@/components/ui/page";
import { MeasureTrendView } from "@/components/trends/measure-trend-view";
import { ALL_FIGURES_CSV, measurePath } from "@/lib/public-site/paths";
import type { MeasureTrend } from "@/lib/trends/history";

/** A national measure's public trend page: each indicator in every published quarter, against the baseline. */
export function MeasurePage({ trend }: { trend: MeasureTrend }) {
  return (
    <PageMain>
      <PageTitle caption="National Crime and Policing Measure">{trend.name}</PageTitle>
      <p className="mb-6 max-w-3xl">
        Each indicator&rsquo;s value as published in each quarter&rsquo;s statement, against the Home Office baseline. Later corrections
        replace a quarter&rsquo;s value; withdrawn statements are left out. The same figures for every measure are in{" "}
        <a href={ALL_FIGURES_CSV}>one CSV file</a>.
      </p>
      <MeasureTrendView trend={trend} />
      <p className="mt-8">
        <a href="/measures">All measures</a>
      </p>
    </PageMain>
  );
}

/** The list of national measures, each linking to its trend page. */
export function MeasuresIndex({ measures }: { measures: { key: string; name: string }[] }) {
  return (
    <PageMain>
      <PageTitle>Trends across quarters</PageTitle>
      <p className="mb-6 max-w-3xl">How each National Crime and Policing Measure has moved from one published quarter to the next.</p>
      <ul className="list-disc space-y-2 pl-6">
        {measures.map((m) => (
          <li key={m.key}>
            <a href={measurePath(m.key)}>{m.name}</a>
          </li>
        ))}
      </ul>
    </PageMain>
  );
}
