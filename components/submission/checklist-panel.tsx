import type { ChecklistItem } from "@/lib/workflow/checklist";

const GROUPS = { meeting: "Meeting", data: "Figures", force: "Force statement", pcc: "PCC statement", approval: "Approvals" } as const;

/** The statutory checklist, visible from the first day so nothing is found missing at the end. */
export function ChecklistPanel({ items }: { items: ChecklistItem[] }) {
  const outstanding = items.filter((i) => !i.done).length;
  return (
    <details className="mb-8 border-l-8 border-link bg-panel p-4" open={outstanding > 0} id="checklist">
      <summary className="cursor-pointer text-xl font-bold">
        Statutory checklist: {outstanding === 0 ? "complete" : `${outstanding} of ${items.length} outstanding`}
      </summary>
      <p className="mt-2 text-base">
        The Elected Local Policing Bodies (Specified Information) (Amendment) Order 2021 requires a statement on each national priority.
        Publishing is refused until every item is done.
      </p>
      {Object.entries(GROUPS).map(([group, label]) => (
        <div key={group} className="mt-3">
          <h3 className="font-bold">{label}</h3>
          <ul className="text-base">
            {items
              .filter((i) => i.group === group)
              .map((i) => (
                <li key={i.id} className="flex gap-2" data-check={i.id} data-done={i.done}>
                  <span aria-hidden="true" className={i.done ? "text-success" : "text-danger"}>
                    {i.done ? "✔" : "✘"}
                  </span>
                  <span>
                    <span className="sr-only">{i.done ? "Done: " : "Not done: "}</span>
                    {i.label}
                    {i.detail && <span className="text-muted"> ({i.detail})</span>}
                  </span>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </details>
  );
}
