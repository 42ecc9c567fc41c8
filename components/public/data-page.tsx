import { PageMain, PageTitle } from "@/components/ui/page";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { OGL_URL } from "@/components/public/public-footer";
import type { Column } from "@/lib/open-data/columns";
import { formatSize } from "@/lib/format-size";
import type { Download } from "@/components/paper/public-quarter-view";

function ColumnTable({ caption, columns }: { caption: string; columns: Column[] }) {
  return (
    <ScrollRegion label={caption}>
      <table className="mb-6 w-full border-collapse text-left text-base">
        <caption className="mb-2 text-left font-bold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-ink align-bottom">
            <th scope="col" className="py-2 pr-3">
              Column
            </th>
            <th scope="col" className="py-2 pr-3">
              Type
            </th>
            <th scope="col" className="py-2">
              What it holds
            </th>
          </tr>
        </thead>
        <tbody>
          {columns.map((c) => (
            <tr key={c.name} className="border-b border-line align-top" data-column={c.name}>
              <th scope="row" className="py-2 pr-3 font-normal">
                <code>{c.name}</code>
              </th>
              <td className="py-2 pr-3">{c.type}</td>
              <td className="py-2">
                {c.description}
                {c.enum && <span className="block text-sm text-muted">One of: {c.enum.join(", ")}.</span>}
                {!c.required && <span className="block text-sm text-muted">Empty when not applicable.</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** The human guide to the open data: the files, their licence and every column. */
export function DataPage({ files, figureColumns, kpiColumns }: { files: Download[]; figureColumns: Column[]; kpiColumns: Column[] }) {
  return (
    <PageMain>
      <PageTitle>Open data</PageTitle>
      <div className="max-w-3xl space-y-4">
        <p>
          The figures and key performance indicators from every published statement, one row per figure (or KPI) per quarter, in files you
          can combine with other quarters and other forces: every row says which force, quarter and edition it comes from. Withdrawn
          statements are left out, and a corrected statement&rsquo;s rows are its latest edition&rsquo;s.
        </p>
        <p>
          The data is available under the <a href={OGL_URL}>Open Government Licence v3.0</a>. Files are UTF-8; CSV files follow RFC 4180
          with a header row. Numbers are plain (no thousands separators or units); percentages are per cent, from 0 to 100. An empty field
          means no value.
        </p>
      </div>
      <h2 className="mb-3 mt-8 text-2xl font-bold">Files</h2>
      <ul className="mb-8 space-y-2">
        {files.map((f) => (
          <li key={f.href}>
            <a href={f.href}>{f.label}</a>{" "}
            <span className="text-muted">
              ({f.format}, {formatSize(f.bytes)})
            </span>
          </li>
        ))}
      </ul>
      <p className="mb-8 max-w-3xl">
        Each quarter&rsquo;s page also offers that quarter&rsquo;s figures as CSV and as JSON (with its KPIs), in the same columns.
      </p>
      <h2 className="mb-3 text-2xl font-bold">Columns</h2>
      <ColumnTable caption="Figures (figures.csv, and figures in the JSON files)" columns={figureColumns} />
      <ColumnTable caption="KPIs (kpis.csv, and kpis in the JSON files)" columns={kpiColumns} />
    </PageMain>
  );
}
