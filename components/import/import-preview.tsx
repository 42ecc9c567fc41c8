import type { Preview } from "@/lib/import/plan-import";
import { problemText } from "@/lib/import/problems";
import { shown } from "@/lib/import/diff-values";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What importing the checked file would change, row by row (old → new), and every problem and notice in words. */
export function ImportPreview({ preview, fileName }: { preview: Preview; fileName: string }) {
  const changedRows = preview.rows.filter((r) => r.changes.length).length;
  return (
    <div data-import-preview>
      <p className="mb-4 text-lg" data-import-summary>
        {preview.problems.length > 0
          ? `${fileName} has ${plural(preview.problems.length, "problem")} to fix before it can be imported.`
          : preview.changeCount > 0
            ? `Importing ${fileName} will make ${plural(preview.changeCount, "change")} in ${plural(changedRows, "row")}.`
            : `Nothing would change: every row of ${fileName} matches what is entered.`}
      </p>
      {preview.problems.length > 0 && (
        <div className="mb-6 border-4 border-danger p-4" data-import-problems>
          <h3 className="mb-2 text-xl font-bold">Fix {preview.problems.length === 1 ? "this problem" : "these problems"} in the file</h3>
          <ul className="list-disc space-y-1 pl-6">
            {preview.problems.map((p, i) => (
              <li key={i}>{problemText(p)}</li>
            ))}
          </ul>
          <p className="mt-3">Nothing has been saved. Correct the file, save it, and check it again.</p>
        </div>
      )}
      {preview.notices.length > 0 && (
        <div className="mb-6 border-l-8 border-warning bg-panel p-4" data-import-notices>
          <h3 className="mb-2 text-xl font-bold">Worth knowing</h3>
          <ul className="list-disc space-y-1 pl-6">
            {preview.notices.map((p, i) => (
              <li key={i}>{problemText(p)}</li>
            ))}
          </ul>
        </div>
      )}
      {preview.rows.length > 0 && (
        <div className="mb-6 overflow-x-auto">
          <table className="w-full border-collapse text-left text-base">
            <caption className="mb-2 text-left text-xl font-bold">Rows in the file</caption>
            <thead>
              <tr className="border-b-2 border-ink align-bottom">
                <th scope="col" className="py-2 pr-3">
                  Row
                </th>
                <th scope="col" className="py-2 pr-3">
                  Indicator or KPI
                </th>
                <th scope="col" className="py-2">
                  What will change
                </th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((r) => (
                <tr key={r.row} className="border-b border-line align-top" data-import-row={r.key}>
                  <td className="py-2 pr-3">{r.row}</td>
                  <th scope="row" className="py-2 pr-3 font-normal">
                    {r.name || <span className="text-muted">Not recognised</span>}
                    <span className="block text-sm text-muted">{r.key || "(no key)"}</span>
                  </th>
                  <td className="py-2">
                    {r.problems.length > 0 ? (
                      <ul className="font-bold text-danger">
                        {r.problems.map((p, i) => (
                          <li key={i}>
                            <span className="sr-only">Problem: </span>
                            {p.column ? `${p.column}: ${p.message}` : p.message}
                          </li>
                        ))}
                      </ul>
                    ) : r.changes.length > 0 ? (
                      <ul>
                        {r.changes.map((c) => (
                          <li key={c.column} data-change={c.column}>
                            <span className="font-bold">{c.column}:</span> {shown(c.from)} <span aria-hidden="true">→</span>
                            <span className="sr-only">changes to</span> {shown(c.to)}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <span className="text-muted">No change</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
