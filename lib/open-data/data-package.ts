// The Frictionless Data package (https://specs.frictionlessdata.io/data-package/) that
// describes the all-quarters files: each resource's path, format, licence and Table Schema.
import { ALL_FIGURES_CSV, ALL_FIGURES_JSON, ALL_KPIS_CSV } from "@/lib/public-site/paths";
import { FIGURE_COLUMNS, KPI_COLUMNS, type Column } from "./columns";

export const OGL = {
  name: "OGL-UK-3.0",
  path: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
  title: "Open Government Licence v3.0",
};

const field = ({ name, type, title, description, required, enum: values, pattern }: Column) => ({
  name,
  type,
  title,
  description,
  ...(required || values || pattern
    ? { constraints: { ...(required ? { required: true } : {}), ...(values ? { enum: values } : {}), ...(pattern ? { pattern } : {}) } }
    : {}),
});

const schema = (columns: Column[]) => ({ fields: columns.map(field), missingValues: [""] });

export type DataPackageInput = {
  base: string;
  force: string;
  publisher: string;
  contactEmail: string;
  /** The latest publication, for `created`; null before anything is published. */
  updated: Date | null;
  bytes: { figuresCsv: number; figuresJson: number; kpisCsv: number };
};

/** datapackage.json for the site's open data: every file across all published quarters. */
export function dataPackage({ base, force, publisher, contactEmail, updated, bytes }: DataPackageInput) {
  const slug = force
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return {
    profile: "data-package",
    name: `${slug || "force"}-national-policing-priorities`,
    title: `${publisher}: National Policing Priorities statements, figures and KPIs`,
    description:
      "The figures for the National Crime and Policing Measures and the Police and Crime Plan KPIs from every published quarterly statement (the current edition of each). Withdrawn statements are left out.",
    homepage: `${base}/data`,
    ...(updated ? { created: updated.toISOString() } : {}),
    licenses: [OGL],
    contributors: [{ title: publisher, role: "publisher", email: contactEmail }],
    keywords: ["police", "crime", "National Crime and Policing Measures", "Police and Crime Plan"],
    resources: [
      {
        name: "figures",
        path: `${base}${ALL_FIGURES_CSV}`,
        title: "National measure figures, every published quarter",
        profile: "tabular-data-resource",
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        bytes: bytes.figuresCsv,
        dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true },
        licenses: [OGL],
        schema: schema(FIGURE_COLUMNS),
      },
      {
        name: "kpis",
        path: `${base}${ALL_KPIS_CSV}`,
        title: "Police and Crime Plan KPIs, every published quarter",
        profile: "tabular-data-resource",
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        bytes: bytes.kpisCsv,
        dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true },
        licenses: [OGL],
        schema: schema(KPI_COLUMNS),
      },
      {
        name: "figures-json",
        path: `${base}${ALL_FIGURES_JSON}`,
        title: "The same figures and KPIs as JSON, with each quarter's details",
        profile: "data-resource",
        format: "json",
        mediatype: "application/json",
        encoding: "utf-8",
        bytes: bytes.figuresJson,
        licenses: [OGL],
      },
    ],
  };
}
