// The measure framework: the Home Office's six National Crime and Policing Measures
// (baseline: year ending June 2019) with the indicators the reference paper reports, seeded
// into every new installation. Editable afterwards under "Measures and KPIs".
import type { Direction, Unit } from "../../generated/prisma/client";

type IndicatorSeed = { name: string; unit: Unit; betterWhen: Direction; baselineValue: number | null; source: string };

const YE_JUNE_2019 = "Year ending June 2019";
export const BASELINE_LABEL = YE_JUNE_2019;
/** The national baseline period as stored months: July 2018 to June 2019. */
export const BASELINE_PERIOD = { baselineStart: new Date("2018-07-01T00:00:00Z"), baselineEnd: new Date("2019-06-01T00:00:00Z") };

export const NATIONAL_MEASURES: { key: string; name: string; indicators: IndicatorSeed[] }[] = [
  {
    key: "homicide",
    name: "Reduce murder and other homicide",
    indicators: [
      { name: "Homicides", unit: "COUNT", betterWhen: "LOWER_IS_BETTER", baselineValue: 52, source: "Police recorded crime (Home Office)" },
    ],
  },
  {
    key: "serious-violence",
    name: "Reduce serious violence",
    indicators: [
      {
        name: "Hospital admissions of under-25s for assault with a sharp object",
        unit: "COUNT",
        betterWhen: "LOWER_IS_BETTER",
        baselineValue: 215,
        source: "NHS Hospital Episode Statistics",
      },
      { name: "Firearm discharges", unit: "COUNT", betterWhen: "LOWER_IS_BETTER", baselineValue: 162, source: "Force recorded incidents" },
    ],
  },
  {
    key: "drugs",
    name: "Disrupt drugs supply and county lines",
    indicators: [
      {
        name: "Referrals into drug treatment",
        unit: "COUNT",
        betterWhen: "HIGHER_IS_BETTER",
        baselineValue: null,
        source: "Office for Health Improvement and Disparities",
      },
      { name: "County lines disruptions", unit: "COUNT", betterWhen: "HIGHER_IS_BETTER", baselineValue: null, source: "Force records" },
    ],
  },
  {
    key: "neighbourhood",
    name: "Reduce neighbourhood crime",
    indicators: [
      {
        name: "Neighbourhood crime (Crime Survey for England and Wales)",
        unit: "RATE",
        betterWhen: "LOWER_IS_BETTER",
        baselineValue: null,
        source: "Crime Survey for England and Wales",
      },
      {
        name: "Burglary (police recorded)",
        unit: "COUNT",
        betterWhen: "LOWER_IS_BETTER",
        baselineValue: 28675,
        source: "Police recorded crime (Home Office)",
      },
      {
        name: "Robbery (police recorded)",
        unit: "COUNT",
        betterWhen: "LOWER_IS_BETTER",
        baselineValue: 8945,
        source: "Police recorded crime (Home Office)",
      },
    ],
  },
  {
    key: "satisfaction",
    name: "Improve satisfaction among victims",
    indicators: [
      {
        name: "Victim satisfaction (national measure)",
        unit: "PERCENTAGE",
        betterWhen: "HIGHER_IS_BETTER",
        baselineValue: null,
        source: "Crime Survey for England and Wales",
      },
      {
        name: "SMS survey: respondents satisfied with the service",
        unit: "PERCENTAGE",
        betterWhen: "HIGHER_IS_BETTER",
        baselineValue: null,
        source: "Force SMS survey",
      },
    ],
  },
  {
    key: "cyber",
    name: "Tackle cyber crime",
    indicators: [
      {
        name: "Cyber crime (national measure)",
        unit: "COUNT",
        betterWhen: "LOWER_IS_BETTER",
        baselineValue: null,
        source: "Crime Survey for England and Wales",
      },
      {
        name: "Cyber-enabled offences in the peak month",
        unit: "COUNT",
        betterWhen: "LOWER_IS_BETTER",
        baselineValue: null,
        source: "Force crime recording systems",
      },
    ],
  },
];

/**
 * Local Police and Crime Plan KPIs for the demo. The reference paper's Appendix A table is
 * missing from its text, so these are illustrative: they show green, amber and red.
 */
export const DEMO_KPIS: {
  name: string;
  unit: Unit;
  betterWhen: Direction;
  target: number;
  greenThreshold: number;
  amberThreshold: number;
  actual: number;
  /** First and last month the actual covers, "YYYY-MM". */
  period: [string, string];
}[] = [
  {
    name: "999 calls answered within 10 seconds",
    unit: "PERCENTAGE",
    betterWhen: "HIGHER_IS_BETTER",
    target: 90,
    greenThreshold: 90,
    amberThreshold: 85,
    actual: 86,
    period: ["2021-04", "2021-12"],
  },
  {
    name: "Priority incidents attended within one hour",
    unit: "PERCENTAGE",
    betterWhen: "HIGHER_IS_BETTER",
    target: 85,
    greenThreshold: 85,
    amberThreshold: 80,
    actual: 87,
    period: ["2021-04", "2021-12"],
  },
  {
    name: "Domestic abuse arrest rate",
    unit: "PERCENTAGE",
    betterWhen: "HIGHER_IS_BETTER",
    target: 45,
    greenThreshold: 45,
    amberThreshold: 40,
    actual: 47,
    period: ["2021-04", "2021-12"],
  },
  {
    name: "Victims satisfied with the overall service (SMS survey)",
    unit: "PERCENTAGE",
    betterWhen: "HIGHER_IS_BETTER",
    target: 80,
    greenThreshold: 80,
    amberThreshold: 75,
    actual: 79,
    period: ["2021-12", "2021-12"],
  },
  {
    name: "Knife crime offences (rolling 12 months)",
    unit: "COUNT",
    betterWhen: "LOWER_IS_BETTER",
    target: 3000,
    greenThreshold: 3000,
    amberThreshold: 3300,
    actual: 3450,
    period: ["2021-01", "2021-12"],
  },
];
