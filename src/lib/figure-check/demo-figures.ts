// The figures behind the February 2022 reference paper (see its README), one list per
// national measure, for demos and tests. Values are as the paper states them.
import type { CheckedFigure } from "./check-paragraph";

export type DemoMeasureKey = "homicide" | "serious-violence" | "drugs" | "neighbourhood" | "satisfaction" | "cyber";

const BASELINE = "Year ending June 2019";

const count = (
  name: string,
  betterWhen: CheckedFigure["betterWhen"],
  baselineValue: number | null,
  latestValue: number | null,
  extra: Partial<CheckedFigure> = {},
): CheckedFigure => ({ name, unit: "COUNT", betterWhen, baselineLabel: BASELINE, baselineValue, latestValue, ...extra });

// A national measure with no force-level data: the paper names a proxy instead of a number.
const noLocalData = (name: string, betterWhen: CheckedFigure["betterWhen"]): CheckedFigure =>
  count(name, betterWhen, null, null, { noLocalData: true });

export const DEMO_FIGURES: Record<DemoMeasureKey, CheckedFigure[]> = {
  homicide: [count("Homicides", "LOWER_IS_BETTER", 52, 46)],
  "serious-violence": [
    count("Hospital admissions of under-25s for assault with a sharp object", "LOWER_IS_BETTER", 215, 145),
    count("Firearm discharges", "LOWER_IS_BETTER", 162, 147),
  ],
  drugs: [
    count("Referrals into drug treatment", "HIGHER_IS_BETTER", null, 1229, {
      comparisonLabel: "Jan–Dec 2020",
      comparisonValue: 1087,
    }),
    count("County lines disruptions", "HIGHER_IS_BETTER", null, 286),
  ],
  neighbourhood: [
    noLocalData("Neighbourhood crime (CSEW)", "LOWER_IS_BETTER"),
    count("Burglary", "LOWER_IS_BETTER", 28675, 19018),
    count("Robbery", "LOWER_IS_BETTER", 8945, 7509),
  ],
  satisfaction: [
    noLocalData("Victim satisfaction (national measure)", "HIGHER_IS_BETTER"),
    count("SMS survey satisfied", "HIGHER_IS_BETTER", null, 79, { unit: "PERCENTAGE" }),
  ],
  cyber: [
    noLocalData("Cyber crime (national measure)", "LOWER_IS_BETTER"),
    count("Cyber-enabled offences in the peak month", "LOWER_IS_BETTER", null, 2738),
  ],
};
