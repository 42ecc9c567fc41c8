import { describe, expect, it } from "vitest";
import { figureRows, figuresCsv, kpiRows, kpisCsv, toJson, toRows, type ExportFigure, type FigureRow, type QuarterMeta } from "./serialise";
import { FIGURE_COLUMNS, KPI_COLUMNS } from "./columns";

// Minimal RFC 4180 reader: independent of csv-stringify so the round trip proves the format.
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"' && field === "") {
      for (i++; ; i++) {
        if (i >= text.length) throw new Error("unterminated quoted field");
        if (text[i] === '"') {
          if (text[i + 1] !== '"') break;
          i++;
        }
        field += text[i];
      }
      i++;
      if (i < text.length && text[i] !== "," && !text.startsWith("\r\n", i)) throw new Error(`junk after quote at ${i}`);
    } else if (ch === ",") {
      record.push(field);
      field = "";
      i++;
    } else if (text.startsWith("\r\n", i)) {
      records.push([...record, field]);
      record = [];
      field = "";
      i += 2;
    } else {
      if (ch === "\r" || ch === "\n" || ch === '"') throw new Error(`bare ${JSON.stringify(ch)} at ${i}`);
      field += ch;
      i++;
    }
  }
  if (field !== "" || record.length) records.push([...record, field]);
  return records;
}

/** A stored period boundary: the first day of the month, as the database holds it. */
const month = (m: string) => new Date(`${m}-01T00:00:00Z`);

const base: ExportFigure = {
  measureName: "Reduce murder and other homicide",
  name: "Homicides",
  unit: "COUNT",
  betterWhen: "LOWER_IS_BETTER",
  baselineLabel: "Year ending June 2019",
  baselineValue: 52,
  latestValue: 46,
  baselineStart: month("2018-07"),
  baselineEnd: month("2019-06"),
  periodStart: month("2021-07"),
  periodEnd: month("2022-06"),
  periodNote: null,
  comparisonLabel: null,
  comparisonValue: null,
  source: "Home Office Homicide Index",
  noDataReason: null,
  proxyUsed: null,
};

const awkward: ExportFigure = {
  ...base,
  measureName: 'Tackle "neighbourhood" crime, including burglary',
  name: "Neighbourhood crime – café & shop theft 🚓",
  unit: "RATE",
  baselineLabel: "Jan–Dec 2021",
  baselineValue: 19018,
  latestValue: 18500.25,
  baselineStart: null,
  baselineEnd: null,
  periodStart: null,
  periodEnd: null,
  periodNote: "“quoted” period",
  source: "Line one\nLine two\r\nLine three, with comma",
  noDataReason: null,
  proxyUsed: 'Proxy, with "quotes"\rand a lone CR',
};

const noData: ExportFigure = {
  ...base,
  name: "Drug-related deaths",
  latestValue: null,
  periodStart: null,
  periodEnd: null,
  noLocalData: true,
  noDataReason: "Not published at force level",
};

const HEADER = FIGURE_COLUMNS.map((c) => c.name);
const asCsvCells = (row: FigureRow) =>
  HEADER.map((key) => (row[key as keyof FigureRow] == null ? "" : String(row[key as keyof FigureRow])));
const context = { force: "West Midlands Police", quarter: "2022-23-Q1", edition: 2 };

describe("toRows", () => {
  it("computes change, % change and better/worse from computeChange", () => {
    const [row] = toRows([base]);
    expect(row).toMatchObject({
      unit: "count",
      change: -6,
      percent_change: -11.5,
      better_or_worse: "better",
      change_measured_against: "baseline",
      comparison_label: null,
      comparison_value: null,
    });
  });

  it("reports worse, no change and comparison-based change", () => {
    const [worse, same, vsComparison] = toRows([
      { ...base, latestValue: 60 },
      { ...base, latestValue: 52 },
      {
        ...base,
        unit: "PERCENTAGE",
        betterWhen: "HIGHER_IS_BETTER",
        baselineValue: null,
        comparisonLabel: "Last year",
        comparisonValue: 40,
        latestValue: 43,
      },
    ]);
    expect(worse).toMatchObject({ change: 8, percent_change: 15.4, better_or_worse: "worse" });
    expect(same).toMatchObject({ change: 0, percent_change: 0, better_or_worse: "no change" });
    expect(vsComparison).toMatchObject({
      unit: "percentage",
      change: 3,
      percent_change: 7.5,
      better_or_worse: "better",
      change_measured_against: "comparison",
      comparison_value: 40,
    });
  });

  it("leaves change empty when there is no local data or no reference", () => {
    const [none, noRef] = toRows([noData, { ...base, baselineValue: null }]);
    expect(none).toMatchObject({
      latest_value: null,
      change: null,
      percent_change: null,
      better_or_worse: null,
      change_measured_against: null,
      no_data_reason: "Not published at force level",
    });
    expect(noRef).toMatchObject({ change: null, percent_change: null, better_or_worse: null });
  });

  it("gives no % change against a zero reference", () => {
    const [row] = toRows([{ ...base, baselineValue: 0, latestValue: 3 }]);
    expect(row).toMatchObject({ change: 3, percent_change: null, better_or_worse: "worse" });
  });
});

describe("figuresCsv", () => {
  const rows = figureRows(context, [base, awkward, noData]);
  const csv = figuresCsv(rows);

  it("writes the header row exactly, with CRLF delimiters and no BOM", () => {
    expect(
      csv.startsWith(
        "force,quarter,edition,measure,indicator,unit,baseline_label,baseline_start,baseline_end,baseline_value,period_start,period_end,latest_period,latest_value,change,percent_change,better_or_worse,source,no_data_reason,proxy_used,comparison_label,comparison_value,change_measured_against\r\n",
      ),
    ).toBe(true);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("writes plain numbers and empty fields for nulls", () => {
    expect(csv.split("\r\n")[1]).toBe(
      "West Midlands Police,2022-23-Q1,2,Reduce murder and other homicide,Homicides,count,Year ending June 2019,2018-07-01,2019-06-30,52,2021-07-01,2022-06-30,Jul 2021–Jun 2022,46,-6,-11.5,better,Home Office Homicide Index,,,,,baseline",
    );
    expect(csv).toContain(",19018,");
    expect(csv).not.toContain("19,018");
  });

  it("quotes and doubles quotes where needed", () => {
    expect(csv).toContain('"Tackle ""neighbourhood"" crime, including burglary"');
    expect(csv).toContain('"Line one\nLine two\r\nLine three, with comma"');
    expect(csv).toContain('"Proxy, with ""quotes""\rand a lone CR"');
    expect(csv).toContain(",Jan–Dec 2021,"); // non-ASCII alone needs no quotes
  });

  it("round-trips through an RFC 4180 parser", () => {
    const parsed = parseCsv(csv);
    expect(parsed[0]).toEqual(HEADER);
    expect(parsed.slice(1)).toEqual(rows.map(asCsvCells));
    expect(parsed[2]![4]).toBe("Neighbourhood crime – café & shop theft 🚓");
    expect(parsed[2]![HEADER.indexOf("latest_period")]).toBe("“quoted” period");
  });

  it("writes just the header for no rows", () => {
    expect(parseCsv(figuresCsv([]))).toEqual([HEADER]);
  });
});

describe("toJson", () => {
  const meta: QuarterMeta = {
    slug: "2022-23-q1",
    title: "Quarter 1 2022/23",
    financialYear: "2022/23",
    force: "West Midlands Police",
    quarter: "2022-23-Q1",
    quarterOfYear: 1,
    edition: 2,
    publishedAt: "2022-09-01T09:00:00.000Z",
    lastUpdatedAt: null,
    boardName: "Police and Crime Panel",
    meetingDate: "2022-09-13",
    agendaItem: "7",
    url: "https://example.org/quarters/2022-23-q1",
    licence: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
  };

  it("parses back to the meta and the same rows, figures and KPIs", () => {
    const rows = figureRows(context, [base, awkward, noData]);
    const kpis = kpiRows(context, [kpi]);
    const json = toJson(meta, rows, kpis);
    expect(JSON.parse(json)).toEqual({ quarter: meta, figures: rows, kpis });
    expect(json).toContain('\n  "quarter": {');
  });
});

const kpi = {
  name: "Victims satisfied",
  unit: "PERCENTAGE" as const,
  betterWhen: "HIGHER_IS_BETTER" as const,
  target: 80,
  greenThreshold: 80,
  amberThreshold: 75,
  actual: 77,
  periodStart: month("2021-12"),
  periodEnd: month("2021-12"),
};

describe("KPI rows", () => {
  it("carry the force, quarter and edition, the direction and the RAG status in words", () => {
    const [row] = kpiRows(context, [kpi, { ...kpi, actual: null }]);
    expect(row).toEqual({
      ...context,
      kpi: "Victims satisfied",
      unit: "percentage",
      better_when: "higher",
      target: 80,
      green_threshold: 80,
      amber_threshold: 75,
      actual: 77,
      period_start: "2021-12-01",
      period_end: "2021-12-31",
      period: "December 2021",
      status: "amber",
    });
    expect(kpiRows(context, [{ ...kpi, actual: null }])[0]!.status).toBeNull();
    const csv = kpisCsv(kpiRows(context, [kpi]));
    expect(parseCsv(csv)).toEqual([
      KPI_COLUMNS.map((c) => c.name),
      [
        "West Midlands Police",
        "2022-23-Q1",
        "2",
        "Victims satisfied",
        "percentage",
        "higher",
        "80",
        "80",
        "75",
        "77",
        "2021-12-01",
        "2021-12-31",
        "December 2021",
        "amber",
      ],
    ]);
  });
});
