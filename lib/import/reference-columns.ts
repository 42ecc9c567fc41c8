import type { Unit } from "@/generated/prisma/enums";
import { parseOptionalNumber } from "@/lib/schemas/number";
import { COLUMNS } from "./columns";
import { readText } from "./cell-values";
import { quote, type Problem } from "./problems";
import type { RowCells } from "./read-row";
import type { ImportTarget } from "./targets";

// The columns the template gives to read, not to change. Name must match the key (a row
// against the wrong key would put its figures on the wrong indicator); the unit, baseline and
// source are the quarter's own, so a different value in the file is said and not imported.

const UNIT_WORDS: Record<string, Unit> = {
  count: "COUNT",
  number: "COUNT",
  percentage: "PERCENTAGE",
  percent: "PERCENTAGE",
  "%": "PERCENTAGE",
  rate: "RATE",
};

export const UNIT_NAMES: Record<Unit, string> = { COUNT: "Count", PERCENTAGE: "Percentage", RATE: "Rate" };

const same = (a: string, b: string) => a.trim().replace(/\s+/g, " ").toLowerCase() === b.trim().replace(/\s+/g, " ").toLowerCase();

export function referenceNotices(cells: RowCells, target: ImportTarget) {
  const problems: Problem[] = [];
  const notices: Problem[] = [];
  const text = (id: "name" | "unit" | "baseline" | "source") => (cells.has(id) ? readText(cells.cell(id)) : "");

  const name = text("name");
  if (name && !same(name, target.name))
    problems.push({
      row: cells.row,
      column: COLUMNS.name,
      message: `the key ${target.key} is "${target.name}" in this quarter, not ${quote(name)}. Check the key, or download the template again.`,
    });

  const unit = text("unit");
  if (unit && UNIT_WORDS[unit.toLowerCase()] !== target.unit)
    notices.push({
      row: cells.row,
      column: COLUMNS.unit,
      message: `${target.name} is a ${UNIT_NAMES[target.unit].toLowerCase()}, not ${quote(unit)}: its values are read as a ${UNIT_NAMES[target.unit].toLowerCase()}.`,
    });
  if (target.kind !== "figure") return { problems, notices };

  const baseline = text("baseline");
  const parsed = baseline ? parseOptionalNumber(baseline, target.unit) : null;
  if (parsed && !(parsed.ok && parsed.value === target.baselineValue))
    notices.push({
      row: cells.row,
      column: COLUMNS.baseline,
      message: `the baseline comes from the measure framework and is not imported: ${quote(baseline)} was ignored.`,
    });
  const source = text("source");
  if (source && !same(source, target.source))
    notices.push({
      row: cells.row,
      column: COLUMNS.source,
      message: `the source is not imported (it is set for the quarter, as "${target.source}"): ${quote(source)} was ignored.`,
    });
  return { problems, notices };
}
