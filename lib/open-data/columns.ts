// The open data's columns, declared once: the CSV headers and JSON keys, the Frictionless
// data package's Table Schema (types and constraints) and the /data page's explanations.

/** A Table Schema field (https://specs.frictionlessdata.io/table-schema/) with a plain-English description. */
export type Column = {
  name: string;
  type: "string" | "integer" | "number" | "date";
  title: string;
  description: string;
  required?: boolean;
  enum?: string[];
  pattern?: string;
};

const CONTEXT: Column[] = [
  { name: "force", type: "string", title: "Force", description: "The police force whose statement this is.", required: true },
  {
    name: "quarter",
    type: "string",
    title: "Quarter",
    description:
      "The financial-year quarter the statement covers, as YYYY-YY-Qn: 2021-22-Q3 is October to December 2021. Sorts in time order.",
    required: true,
    pattern: "^[0-9]{4}-[0-9]{2}-Q[1-4]$",
  },
  {
    name: "edition",
    type: "integer",
    title: "Edition",
    description:
      "The edition of the quarter's statement the row comes from: 1 when first published, higher after each correction. Files hold the current edition.",
    required: true,
  },
];

const UNIT: Column = {
  name: "unit",
  type: "string",
  title: "Unit",
  description: "count, percentage (values are per cent, 0 to 100) or rate.",
  required: true,
  enum: ["count", "percentage", "rate"],
};

export const FIGURE_COLUMNS: Column[] = [
  ...CONTEXT,
  { name: "measure", type: "string", title: "Measure", description: "The National Crime and Policing Measure.", required: true },
  { name: "indicator", type: "string", title: "Indicator", description: "What is counted for the measure.", required: true },
  UNIT,
  {
    name: "baseline_label",
    type: "string",
    title: "Baseline label",
    description: "The baseline period as worded in the statement (the Home Office baseline is the year ending June 2019).",
  },
  {
    name: "baseline_start",
    type: "date",
    title: "Baseline start",
    description: "The first day of the baseline period (2018-07-01 for the year ending June 2019).",
  },
  { name: "baseline_end", type: "date", title: "Baseline end", description: "The last day of the baseline period (2019-06-30)." },
  {
    name: "baseline_value",
    type: "number",
    title: "Baseline value",
    description: "The indicator's value in the baseline period; empty when none is held.",
  },
  {
    name: "period_start",
    type: "date",
    title: "Period start",
    description: "The first day of the period the latest value covers (periods are whole months).",
  },
  { name: "period_end", type: "date", title: "Period end", description: "The last day of the period the latest value covers." },
  {
    name: "latest_period",
    type: "string",
    title: "Latest period",
    description: 'The period of the latest value in words ("Jan–Dec 2021"), with any note the statement gives.',
  },
  { name: "latest_value", type: "number", title: "Latest value", description: "The latest value; empty when there is no local data." },
  {
    name: "change",
    type: "number",
    title: "Change",
    description:
      "Latest value minus the baseline (or the comparison when there is no baseline), in the indicator's unit; percentage points for percentages.",
  },
  {
    name: "percent_change",
    type: "number",
    title: "Per cent change",
    description: "The change as a percentage of the baseline (or comparison), to one decimal place; empty against zero.",
  },
  {
    name: "better_or_worse",
    type: "string",
    title: "Better or worse",
    description: "Whether the change is an improvement, given which direction is better for the indicator.",
    enum: ["better", "worse", "no change"],
  },
  { name: "source", type: "string", title: "Source", description: "Where the figure comes from.", required: true },
  { name: "no_data_reason", type: "string", title: "No-data reason", description: "Why there is no local figure, when there is none." },
  {
    name: "proxy_used",
    type: "string",
    title: "Proxy used",
    description: "What the statement uses instead, when there is no local figure.",
  },
  {
    name: "comparison_label",
    type: "string",
    title: "Comparison label",
    description: "Another period the figure is compared with, when there is no baseline.",
  },
  { name: "comparison_value", type: "number", title: "Comparison value", description: "The value in that comparison period." },
  {
    name: "change_measured_against",
    type: "string",
    title: "Change measured against",
    description: "Whether change and per cent change are against the baseline or the comparison.",
    enum: ["baseline", "comparison"],
  },
];

export const KPI_COLUMNS: Column[] = [
  ...CONTEXT,
  {
    name: "kpi",
    type: "string",
    title: "Key performance indicator",
    description: "The Police and Crime Plan KPI (Appendix A of the statement).",
    required: true,
  },
  UNIT,
  {
    name: "better_when",
    type: "string",
    title: "Better when",
    description: "Whether a lower or a higher value is better.",
    required: true,
    enum: ["lower", "higher"],
  },
  { name: "target", type: "number", title: "Target", description: "The KPI's target.", required: true },
  {
    name: "green_threshold",
    type: "number",
    title: "Green threshold",
    description: "Green (on target) when the actual is at least as good as this.",
    required: true,
  },
  {
    name: "amber_threshold",
    type: "number",
    title: "Amber threshold",
    description: "Amber (near target) when at least as good as this; red otherwise.",
    required: true,
  },
  { name: "actual", type: "number", title: "Actual", description: "The KPI's value in the quarter; empty when not yet reported." },
  { name: "period_start", type: "date", title: "Period start", description: "The first day of the period the actual covers." },
  { name: "period_end", type: "date", title: "Period end", description: "The last day of the period the actual covers." },
  { name: "period", type: "string", title: "Period", description: "The period of the actual in words." },
  {
    name: "status",
    type: "string",
    title: "Status",
    description: "Red, amber or green against the thresholds.",
    enum: ["green", "amber", "red"],
  },
];
