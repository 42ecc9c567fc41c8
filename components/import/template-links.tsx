import Link from "next/link";

/** The template downloads: plain links (files, not pages), named by format for screen readers too. */
export function TemplateLinks({ base }: { base: string }) {
  return (
    <ul className="mb-4 list-disc space-y-1 pl-6" aria-label="Download the template">
      <li>
        <a href={`${base}/import/template.xlsx`} download>
          Download the template as an Excel workbook (.xlsx)
        </a>
      </li>
      <li>
        <a href={`${base}/import/template.csv`} download>
          Download the template as a CSV file (.csv)
        </a>
      </li>
    </ul>
  );
}

/** On the figures and KPI tasks: enter everything at once from a spreadsheet instead. */
export function SpreadsheetOption({ base }: { base: string }) {
  return (
    <p className="mb-6 border-l-8 border-link bg-panel p-4" data-spreadsheet-option>
      Keep the figures in a spreadsheet? <a href={`${base}/import/template.xlsx`}>Download the template</a> (
      <a href={`${base}/import/template.csv`}>or as CSV</a>), fill it in, then{" "}
      <Link href={`${base}/import`}>import it from a spreadsheet</Link> to enter every figure and KPI actual at once.
    </p>
  );
}
