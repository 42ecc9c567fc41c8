import type { Metadata } from "next";
import Link from "next/link";
import { PageMain, PageTitle } from "@/components/ui/page";
import { formatValue } from "@/lib/measures/compute-change";
import { requirePermission } from "@/server/session";
import { getFramework } from "@/server/framework/get-framework";

export const metadata: Metadata = { title: "Measures and KPIs" };

export default async function FrameworkPage() {
  const actor = await requirePermission("framework:edit");
  const { measures, kpis } = await getFramework(actor);
  return (
    <PageMain>
      <PageTitle>Measures and KPIs</PageTitle>
      <p className="mb-8 max-w-3xl">
        A new quarter copies these definitions when it is created. Changing them here never alters figures already entered for earlier
        quarters.
      </p>
      {measures.map((m) => (
        <section key={m.id} aria-labelledby={`m-${m.id}`} className="mb-8">
          <div className="flex flex-wrap items-baseline gap-4">
            <h2 id={`m-${m.id}`} className="text-2xl font-bold">
              {m.name}
            </h2>
            <Link href={`/app/framework/measures/${m.id}`}>
              Rename<span className="sr-only"> {m.name}</span>
            </Link>
          </div>
          <table className="mt-2 w-full border-collapse text-left text-base">
            <caption className="sr-only">Indicators for {m.name}</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-3">
                  Indicator
                </th>
                <th scope="col" className="py-2 pr-3">
                  Unit
                </th>
                <th scope="col" className="py-2 pr-3">
                  Better when
                </th>
                <th scope="col" className="py-2 pr-3">
                  Baseline
                </th>
                <th scope="col" className="py-2 pr-3">
                  Status
                </th>
                <th scope="col" className="py-2">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {m.indicators.map((i) => (
                <tr key={i.id} className="border-b border-line" data-indicator={i.name}>
                  <th scope="row" className="py-2 pr-3 font-normal">
                    {i.name}
                  </th>
                  <td className="py-2 pr-3">{i.unit.toLowerCase()}</td>
                  <td className="py-2 pr-3">{i.betterWhen === "LOWER_IS_BETTER" ? "lower" : "higher"}</td>
                  <td className="py-2 pr-3">
                    {formatValue(i.baselineValue, i.unit)} ({i.baselineLabel})
                  </td>
                  <td className="py-2 pr-3">{i.active ? "In use" : "Retired"}</td>
                  <td className="py-2">
                    <Link href={`/app/framework/indicators/${i.id}`}>
                      Edit<span className="sr-only"> {i.name}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-2">
            <Link href={`/app/framework/indicators/new?measure=${m.id}`}>
              Add an indicator<span className="sr-only"> to {m.name}</span>
            </Link>
          </p>
        </section>
      ))}
      <section aria-labelledby="kpis" className="mb-8">
        <h2 id="kpis" className="text-2xl font-bold">
          Police and Crime Plan KPIs
        </h2>
        <ul className="mt-2 space-y-1">
          {kpis.map((k) => (
            <li key={k.id}>
              <Link href={`/app/framework/kpis/${k.id}`}>{k.name}</Link> ({k.betterWhen === "LOWER_IS_BETTER" ? "at most" : "at least"}{" "}
              {formatValue(k.target, k.unit)}){k.active ? "" : " – retired"}
            </li>
          ))}
        </ul>
        <p className="mt-2">
          <Link href="/app/framework/kpis/new">Add a KPI</Link>
        </p>
      </section>
    </PageMain>
  );
}
