// Checks the numbers quoted in a statement paragraph against the figures entered for its
// measure, so a reviewer sees which numbers are backed by the data and which may be slips.
// Writers round: 46 against 52 is −11.5%, and the paper says "a 12% reduction", so a rounded
// percentage counts as a match. Findings only warn; nothing here throws or blocks.
import { computeChange, formatChange, formatValue, type Change, type FigureValues } from "@/lib/measures/compute-change";

/** A figure as the checker reads it; previousValue is last quarter's, carried forward with the text. */
export type CheckedFigure = FigureValues & { name: string; previousValue?: number | null };

export type NumberFinding = {
  /** As written, e.g. "12%", "19,018". */
  text: string;
  value: number;
  isPercent: boolean;
  /** Offsets in the paragraph: text === paragraph.slice(start, end). */
  start: number;
  end: number;
  status: "confirmed" | "flagged" | "noted";
  /** A sentence for the reviewer. */
  message: string;
  /** Name of the indicator the number relates to, when there is one. */
  figure?: string;
};

type Token = Omit<NumberFinding, "status" | "message" | "figure"> & {
  decimals: number;
  /** Part of a word or code ("Q3", "DG6", "under 25s", "COVID-19"): never checked. */
  isCode: boolean;
  sentence: number;
};

type Checked = { figure: CheckedFigure; change: Change | null };

// Integers, thousands separators ("19,018"), decimals, and an optional "%" or "per cent".
const NUMBER = /(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(\.\d+)?(\s?%|\sper ?cent\b)?/g;
// A financial-year suffix such as "/21" in "2020/21" belongs to the year.
const YEAR_SUFFIX = /^[/\-–](?:\d{4}|\d{2})(?!\d)/;
const LETTER = /\p{L}/u;
// Spec: sentences end at ". " (also "? " and "! "); semicolons do not end a sentence, so
// "28,675 Burglaries; ... reduced to 19,018, a 34% reduction" stays one sentence.
const SENTENCE_END = /[.?!]\s/g;

const NOTED = "Not one of the entered figures.";
const CODE = "Part of a word or code, so not checked.";

const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;
const roundTo = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;
const percentFormat = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });
const showPercent = (n: number) => `${percentFormat.format(n)}%`;

function tokenise(text: string): Token[] {
  const ends = [...text.matchAll(SENTENCE_END)].map((m) => m.index);
  const tokens: Token[] = [];
  const numbers = new RegExp(NUMBER); // own copy: lastIndex is moved past year suffixes below
  for (let m = numbers.exec(text); m; m = numbers.exec(text)) {
    const [whole, digits = "", fraction = "", percent = ""] = m;
    const start = m.index;
    const end = start + whole.length;
    const isPercent = percent !== "";
    // A bare year is a date, not a statistic; skip it with any "/21"-style suffix.
    if (!isPercent && !fraction && /^\d{4}$/.test(digits) && Number(digits) >= 1990 && Number(digits) <= 2099) {
      const suffix = YEAR_SUFFIX.exec(text.slice(end));
      if (suffix) numbers.lastIndex = end + suffix[0].length;
      continue;
    }
    const before = text[start - 1] ?? "";
    const isCode =
      LETTER.test(before) || (before === "-" && LETTER.test(text[start - 2] ?? "")) || (!isPercent && LETTER.test(text[end] ?? ""));
    tokens.push({
      text: whole,
      value: Number(digits.replaceAll(",", "") + fraction),
      isPercent,
      start,
      end,
      decimals: fraction ? fraction.length - 1 : 0,
      isCode,
      sentence: ends.filter((i) => i < start).length,
    });
  }
  return tokens;
}

/** Which of the figure's entered values (latest, baseline, comparison) the token equals. */
function valueMatch(token: Token, figure: CheckedFigure): string | null {
  // A percentage can only be a PERCENTAGE figure's value, and a plain number only a count's or rate's.
  if (token.isCode || token.isPercent !== (figure.unit === "PERCENTAGE")) return null;
  const shown = (v: number) => formatValue(v, figure.unit);
  if (figure.latestValue != null && near(token.value, figure.latestValue)) {
    return `the latest figure for ${figure.name} (${shown(figure.latestValue)})`;
  }
  if (figure.baselineValue != null && near(token.value, figure.baselineValue)) {
    return `the baseline for ${figure.name} (${shown(figure.baselineValue)}, ${figure.baselineLabel})`;
  }
  if (figure.comparisonValue != null && near(token.value, figure.comparisonValue)) {
    return `the comparison figure for ${figure.name} (${shown(figure.comparisonValue)}, ${figure.comparisonLabel || "comparison"})`;
  }
  return null;
}

/** Does a written percentage match this change, as the paper would round it? */
function percentMatches(token: Token, change: Change) {
  if (change.percentChange == null || change.roundedPercent == null) return false;
  const size = Math.abs(change.percentChange);
  // Whole number as computeChange rounds it, one decimal place, or the precision written.
  return [change.roundedPercent, roundTo(size, 1), roundTo(size, token.decimals)].some((v) => near(v, token.value));
}

function describePercent(change: Change) {
  const size = Math.abs(change.percentChange ?? 0);
  const exact = showPercent(size);
  return near(roundTo(size, 1), change.roundedPercent ?? NaN) ? exact : `${exact} (${change.roundedPercent}% when rounded)`;
}

function judge(token: Token, tokens: Token[], checked: Checked[]): Pick<NumberFinding, "status" | "message" | "figure"> {
  if (token.isCode) return { status: "noted", message: CODE };

  for (const { figure } of checked) {
    const match = valueMatch(token, figure);
    if (match) return { status: "confirmed", message: `Matches ${match}.`, figure: figure.name };
  }

  // Last quarter's figure left in carried-over text: the most likely slip of a new quarter.
  for (const { figure } of checked) {
    if (token.isPercent !== (figure.unit === "PERCENTAGE") || figure.previousValue == null || !near(token.value, figure.previousValue))
      continue;
    const latest = figure.latestValue == null ? "not entered yet" : formatValue(figure.latestValue, figure.unit);
    return {
      status: "flagged",
      message: `Likely carried over: ${figure.name} was ${formatValue(figure.previousValue, figure.unit)} last quarter; this quarter's figure is ${latest}.`,
      figure: figure.name,
    };
  }

  // Figures whose values are quoted in the same sentence: the number most likely speaks of them.
  const associated = checked.filter(({ figure }) =>
    tokens.some((other) => other !== token && other.sentence === token.sentence && valueMatch(other, figure)),
  );

  if (!token.isPercent) {
    // An absolute change ("a reduction of 70") only counts beside the figure's own values:
    // small numbers such as 15 occur in prose too often to confirm on their own.
    for (const { figure, change } of associated) {
      if (change && near(token.value, Math.abs(change.change))) {
        const message = `Matches the change in ${figure.name} (${formatValue(change.referenceValue, figure.unit)} to ${formatValue(change.latestValue, figure.unit)}: ${formatChange(change, figure.unit)}).`;
        return { status: "confirmed", message, figure: figure.name };
      }
    }
    return { status: "noted", message: NOTED };
  }

  // A percentage beside a figure's values must be that figure's change; a free-standing one
  // ("homicides are down 12%") may be any figure's.
  for (const { figure, change } of associated.length ? associated : checked) {
    if (!change) continue;
    if (percentMatches(token, change)) {
      const exact = showPercent(Math.abs(change.percentChange ?? 0));
      const written = near(roundTo(Math.abs(change.percentChange ?? 0), 1), token.value) ? "" : `, written as ${token.text}`;
      return { status: "confirmed", message: `Matches the % change of ${figure.name} (${exact}${written}).`, figure: figure.name };
    }
    // Percentage-unit figures change in points, which writers often give with a "%".
    if (figure.unit === "PERCENTAGE" && near(token.value, Math.abs(change.change))) {
      return {
        status: "confirmed",
        message: `Matches the change in ${figure.name} (${formatChange(change, figure.unit)}).`,
        figure: figure.name,
      };
    }
  }

  const withChange = associated.filter((c): c is { figure: CheckedFigure; change: Change } => c.change?.percentChange != null);
  if (withChange.length) {
    const parts = withChange.map(({ figure, change }, i) => `${figure.name}${i === 0 ? " changed" : ""} by ${describePercent(change)}`);
    return {
      status: "flagged",
      message: `Likely error: ${parts.join(" and ")}, not ${token.text}.`,
      figure: withChange[0]?.figure.name,
    };
  }
  return { status: "noted", message: NOTED };
}

export function checkParagraph(text: string, figures: CheckedFigure[]): NumberFinding[] {
  const checked = figures.map((figure) => ({ figure, change: computeChange(figure) }));
  const tokens = tokenise(text);
  return tokens.map((token) => {
    const { decimals: _decimals, isCode: _isCode, sentence: _sentence, ...finding } = token;
    return { ...finding, ...judge(token, tokens, checked) };
  });
}

export function summarise(findings: NumberFinding[]): { confirmed: number; flagged: number; noted: number } {
  const counts = { confirmed: 0, flagged: 0, noted: 0 };
  for (const finding of findings) counts[finding.status] += 1;
  return counts;
}
