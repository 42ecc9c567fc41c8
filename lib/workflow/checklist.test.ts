import { describe, expect, it } from "vitest";
import { buildChecklist, figureComplete, missingByStep, type ChecklistInput, type ChecklistItem } from "./checklist";

// The six National Crime and Policing Measures, as the framework seeds them.
const MEASURES = [
  { key: "homicide", name: "Reduce murder and other homicide" },
  { key: "serious-violence", name: "Reduce serious violence" },
  { key: "drugs", name: "Disrupt drugs supply and county lines" },
  { key: "neighbourhood", name: "Reduce neighbourhood crime" },
  { key: "satisfaction", name: "Improve satisfaction among victims" },
  { key: "cyber", name: "Tackle cyber crime" },
];
const KEYS = MEASURES.map((m) => m.key);

type Figure = ChecklistInput["figures"][number];
type Section = ChecklistInput["sections"][number];

const value = (measureKey: string, name: string, over: Partial<Figure> = {}): Figure => ({
  measureKey,
  name,
  latestValue: 46,
  periodStart: new Date("2021-01-01T00:00:00Z"),
  periodEnd: new Date("2021-12-01T00:00:00Z"),
  noLocalData: false,
  noDataReason: null,
  ...over,
});

/** A submission where every item is done. */
const complete = (): ChecklistInput => ({
  measures: MEASURES,
  figures: [
    value("homicide", "Homicides"),
    value("serious-violence", "Hospital admissions"),
    value("serious-violence", "Firearm discharges", { latestValue: 147 }),
    value("drugs", "Referrals into drug treatment", { latestValue: 1229 }),
    value("neighbourhood", "Neighbourhood crime (CSEW)", {
      latestValue: null,
      periodStart: null,
      periodEnd: null,
      noLocalData: true,
      noDataReason: "Not published at force level",
    }),
    value("neighbourhood", "Burglary", { latestValue: 19018 }),
    value("satisfaction", "SMS survey", { latestValue: 78.5 }),
    value("cyber", "Cyber-enabled offences", { latestValue: 0 }),
  ],
  sections: [
    { part: "FORCE", kind: "PURPOSE", measureKey: null, covers: [], paragraphs: ["To update the board."] },
    ...KEYS.map((key): Section => ({ part: "FORCE", kind: "MEASURE", measureKey: key, covers: [], paragraphs: [`On ${key}.`] })),
    { part: "PCC", kind: "PCC_INTRO", measureKey: null, covers: [], paragraphs: ["Introduction."] },
    { part: "PCC", kind: "PCC_THEME", measureKey: null, covers: ["homicide", "serious-violence"], paragraphs: ["Violence."] },
    { part: "PCC", kind: "PCC_THEME", measureKey: null, covers: ["drugs"], paragraphs: ["Drugs."] },
    { part: "PCC", kind: "PCC_THEME", measureKey: null, covers: ["neighbourhood"], paragraphs: ["Neighbourhood."] },
    { part: "PCC", kind: "PCC_THEME", measureKey: null, covers: ["satisfaction"], paragraphs: ["Victims."] },
    { part: "PCC", kind: "PCC_THEME", measureKey: null, covers: ["cyber"], paragraphs: ["Cyber."] },
  ],
  notApplicable: [],
  meeting: {
    boardName: "Police and Crime Panel",
    meetingDate: new Date("2022-02-01T00:00:00Z"),
    agendaItem: "7",
    planPriority: "Keeping people safe",
    title: "National Policing Priorities: Q3 statement",
    presenters: "Deputy Chief Constable",
  },
  forceApproved: true,
  pccApproved: true,
});

const item = (items: ChecklistItem[], id: string) => {
  const found = items.find((i) => i.id === id);
  if (!found) throw new Error(`no checklist item ${id}`);
  return found;
};
const build = (edit: (c: ChecklistInput) => void = () => {}) => {
  const c = complete();
  edit(c);
  return buildChecklist(c);
};
const undone = (items: ChecklistItem[]) => items.filter((i) => !i.done).map((i) => i.id);

describe("buildChecklist: shape", () => {
  it("has one item per requirement in a fixed order", () => {
    expect(build().map((i) => i.id)).toEqual([
      "meeting",
      ...KEYS.map((k) => `data:${k}`),
      "force:purpose",
      ...KEYS.map((k) => `force:${k}`),
      ...KEYS.map((k) => `pcc:${k}`),
      "approval:force",
      "approval:pcc",
    ]);
  });

  it("groups the items", () => {
    const groups = Object.fromEntries(build().map((i) => [i.id, i.group]));
    expect(groups.meeting).toBe("meeting");
    expect(groups["data:drugs"]).toBe("data");
    expect(groups["force:purpose"]).toBe("force");
    expect(groups["force:cyber"]).toBe("force");
    expect(groups["pcc:cyber"]).toBe("pcc");
    expect(groups["approval:force"]).toBe("approval");
    expect(groups["approval:pcc"]).toBe("approval");
  });

  it("labels items with the measure's name", () => {
    const items = build();
    expect(item(items, "data:homicide").label).toBe('Figures or a "no local data" reason for Reduce murder and other homicide');
    expect(item(items, "force:cyber").label).toBe("Force statement on Tackle cyber crime");
    expect(item(items, "pcc:drugs").label).toBe("PCC statement addresses Disrupt drugs supply and county lines");
  });

  it("marks everything done for a complete submission, with no details", () => {
    const items = build();
    expect(undone(items)).toEqual([]);
    expect(items.every((i) => i.detail === undefined)).toBe(true);
  });
});

describe("meeting details", () => {
  it.each([
    ["boardName", "board name"],
    ["agendaItem", "agenda item"],
    ["planPriority", "plan priority"],
    ["title", "title"],
    ["presenters", "presenters"],
  ] as const)("is not done when %s is blank or whitespace", (field, label) => {
    for (const blank of ["", "   "]) {
      const m = item(
        build((c) => (c.meeting[field] = blank)),
        "meeting",
      );
      expect(m.done).toBe(false);
      expect(m.detail).toBe(`Missing: ${label}`);
    }
  });

  it("is not done without a meeting date", () => {
    const m = item(
      build((c) => (c.meeting.meetingDate = null)),
      "meeting",
    );
    expect(m.done).toBe(false);
    expect(m.detail).toBe("Missing: meeting date");
  });

  it("lists every missing field in form order", () => {
    const m = item(
      build((c) => {
        c.meeting = { boardName: "", meetingDate: null, agendaItem: " ", planPriority: "", title: "", presenters: "" };
      }),
      "meeting",
    );
    expect(m.detail).toBe("Missing: board name, meeting date, agenda item, plan priority, title, presenters");
  });

  it("does not affect the other items", () => {
    expect(undone(build((c) => (c.meeting.title = "")))).toEqual(["meeting"]);
  });
});

describe("figures", () => {
  it("needs a value and a period", () => {
    const items = build((c) => (c.figures[0] = value("homicide", "Homicides", { periodStart: null, periodEnd: null })));
    expect(item(items, "data:homicide")).toMatchObject({ done: false, detail: "Incomplete: Homicides" });
    expect(undone(items)).toEqual(["data:homicide"]);
  });

  it("does not count a period with a start month but no end month", () => {
    expect(
      item(
        build((c) => (c.figures[0]!.periodEnd = null)),
        "data:homicide",
      ).done,
    ).toBe(false);
  });

  it("needs a value even when a period is given", () => {
    expect(
      item(
        build((c) => (c.figures[0]!.latestValue = null)),
        "data:homicide",
      ).done,
    ).toBe(false);
  });

  it("counts zero as a value", () => {
    expect(item(build(), "data:cyber").done).toBe(true);
  });

  it("accepts no local data with a reason instead of a value", () => {
    expect(item(build(), "data:neighbourhood").done).toBe(true);
  });

  it("does not accept no local data without a reason, even if a value is held", () => {
    for (const noDataReason of [null, "", "   "]) {
      const items = build(
        (c) => (c.figures[4] = value("neighbourhood", "Neighbourhood crime (CSEW)", { noLocalData: true, noDataReason })),
      );
      expect(item(items, "data:neighbourhood")).toMatchObject({ done: false, detail: "Incomplete: Neighbourhood crime (CSEW)" });
    }
  });

  it("needs every indicator of a measure, and names each incomplete one", () => {
    const items = build((c) => {
      c.figures[1]!.latestValue = null;
      c.figures[2]!.periodStart = null;
    });
    expect(item(items, "data:serious-violence")).toMatchObject({
      done: false,
      detail: "Incomplete: Hospital admissions, Firearm discharges",
    });
  });

  it("is not done for a measure with no indicators", () => {
    const items = build((c) => (c.figures = c.figures.filter((f) => f.measureKey !== "drugs")));
    expect(item(items, "data:drugs")).toMatchObject({ done: false, detail: "No indicators are set up for this measure" });
    expect(undone(items)).toEqual(["data:drugs"]);
  });

  it("ignores figures for measures not in the framework", () => {
    const items = build((c) => c.figures.push(value("other", "Something else", { latestValue: null })));
    expect(undone(items)).toEqual([]);
  });
});

describe("figureComplete", () => {
  it.each<[string, Partial<Figure>, boolean]>([
    ["value and period", {}, true],
    ["zero and period", { latestValue: 0 }, true],
    ["value without period", { periodStart: null, periodEnd: null }, false],
    ["value with only an end month", { periodStart: null }, false],
    ["period without value", { latestValue: null }, false],
    [
      "no local data with reason",
      { latestValue: null, periodStart: null, periodEnd: null, noLocalData: true, noDataReason: "Not published" },
      true,
    ],
    ["no local data without reason", { noLocalData: true, noDataReason: null }, false],
    ["no local data with blank reason", { noLocalData: true, noDataReason: "\t" }, false],
  ])("%s → %s", (_label, over, done) => {
    expect(figureComplete(value("homicide", "Homicides", over))).toBe(done);
  });
});

describe("force statement", () => {
  it("needs a purpose with text", () => {
    expect(
      item(
        build((c) => (c.sections = c.sections.filter((s) => s.kind !== "PURPOSE"))),
        "force:purpose",
      ).done,
    ).toBe(false);
  });

  it("does not count a purpose with only empty or whitespace paragraphs", () => {
    for (const paragraphs of [[], [""], ["  ", "\n"]]) {
      const items = build((c) => (c.sections[0]!.paragraphs = paragraphs));
      expect(item(items, "force:purpose").done).toBe(false);
      expect(undone(items)).toEqual(["force:purpose"]);
    }
  });

  it("counts a purpose with one real paragraph among blank ones", () => {
    expect(
      item(
        build((c) => (c.sections[0]!.paragraphs = ["", " To update the board. "])),
        "force:purpose",
      ).done,
    ).toBe(true);
  });

  it("needs a section with text for each measure", () => {
    const items = build((c) => (c.sections = c.sections.filter((s) => !(s.kind === "MEASURE" && s.measureKey === "drugs"))));
    expect(undone(items)).toEqual(["force:drugs"]);
  });

  it("does not count a measure section with only whitespace paragraphs", () => {
    const items = build((c) => {
      const s = c.sections.find((x) => x.kind === "MEASURE" && x.measureKey === "cyber")!;
      s.paragraphs = ["   ", ""];
    });
    expect(undone(items)).toEqual(["force:cyber"]);
  });

  it("does not count a PCC theme in place of the force's measure section", () => {
    const items = build((c) => {
      c.sections = c.sections.filter((s) => !(s.kind === "MEASURE" && s.measureKey === "homicide"));
      c.sections.push({ part: "PCC", kind: "PCC_THEME", measureKey: "homicide", covers: ["homicide"], paragraphs: ["Text."] });
    });
    expect(item(items, "force:homicide").done).toBe(false);
  });
});

describe("PCC statement coverage", () => {
  it("is done when a theme with text covers the measure", () => {
    const items = build();
    for (const key of KEYS) expect(item(items, `pcc:${key}`).done).toBe(true);
  });

  it("counts one theme for every measure it covers", () => {
    const items = build((c) => (c.sections = c.sections.filter((s) => !(s.kind === "PCC_THEME" && s.covers.includes("drugs")))));
    expect(undone(items)).toEqual(["pcc:drugs"]);
    const violence = build((c) => (c.sections = c.sections.filter((s) => !(s.kind === "PCC_THEME" && s.covers.includes("homicide")))));
    expect(undone(violence)).toEqual(["pcc:homicide", "pcc:serious-violence"]);
  });

  it("does not count a theme that covers the measure but has no text", () => {
    const items = build((c) => (c.sections.find((s) => s.kind === "PCC_THEME" && s.covers.includes("cyber"))!.paragraphs = [" "]));
    expect(undone(items)).toEqual(["pcc:cyber"]);
  });

  it("does not count the PCC introduction or a force section as coverage", () => {
    const items = build((c) => {
      c.sections = c.sections.filter((s) => !(s.kind === "PCC_THEME" && s.covers.includes("cyber")));
      c.sections.push({ part: "PCC", kind: "PCC_INTRO", measureKey: null, covers: ["cyber"], paragraphs: ["Cyber."] });
    });
    expect(item(items, "pcc:cyber").done).toBe(false);
  });

  it("accepts a not-applicable reason instead, and shows it", () => {
    const items = build((c) => {
      c.sections = c.sections.filter((s) => !(s.kind === "PCC_THEME" && s.covers.includes("cyber")));
      c.notApplicable = [{ measureKey: "cyber", reason: "Led by the regional cyber unit" }];
    });
    expect(item(items, "pcc:cyber")).toMatchObject({ done: true, detail: "Marked not applicable: Led by the regional cyber unit" });
    expect(undone(items)).toEqual([]);
  });

  it("does not accept a whitespace-only not-applicable reason", () => {
    const items = build((c) => {
      c.sections = c.sections.filter((s) => !(s.kind === "PCC_THEME" && s.covers.includes("cyber")));
      c.notApplicable = [{ measureKey: "cyber", reason: "   " }];
    });
    expect(item(items, "pcc:cyber")).toMatchObject({ done: false, detail: undefined });
  });

  it("does not let a not-applicable mark for one measure cover another", () => {
    const items = build((c) => {
      c.sections = c.sections.filter((s) => !(s.kind === "PCC_THEME" && s.covers.includes("cyber")));
      c.notApplicable = [{ measureKey: "drugs", reason: "Not relevant" }];
    });
    expect(undone(items)).toEqual(["pcc:cyber"]);
  });

  it("shows no not-applicable detail when a theme covers the measure anyway", () => {
    const items = build((c) => (c.notApplicable = [{ measureKey: "cyber", reason: "Not relevant" }]));
    expect(item(items, "pcc:cyber")).toMatchObject({ done: true, detail: undefined });
  });
});

describe("approvals", () => {
  it.each([
    [true, true, []],
    [false, true, ["approval:force"]],
    [true, false, ["approval:pcc"]],
    [false, false, ["approval:force", "approval:pcc"]],
  ] as const)("forceApproved=%s pccApproved=%s → undone %j", (forceApproved, pccApproved, expected) => {
    expect(undone(buildChecklist({ ...complete(), forceApproved, pccApproved }))).toEqual(expected);
  });
});

describe("missingByStep", () => {
  it("is empty for a complete submission, even with approvals outstanding", () => {
    expect(missingByStep(buildChecklist({ ...complete(), forceApproved: false, pccApproved: false }))).toEqual({
      missingForData: [],
      missingForForce: [],
      missingForPcc: [],
      missingForPublish: [],
    });
  });

  it("groups unmet items by step, with details in brackets, and publishing needs them all", () => {
    const items = build((c) => {
      c.meeting.meetingDate = null;
      c.figures[0]!.periodEnd = null;
      c.sections[0]!.paragraphs = [" "];
      c.sections = c.sections.filter((s) => !(s.kind === "PCC_THEME" && s.covers.includes("cyber")));
      c.forceApproved = false;
    });
    const homicideData = 'Figures or a "no local data" reason for Reduce murder and other homicide (Incomplete: Homicides)';
    const meeting = "Meeting details are complete (Missing: meeting date)";
    expect(missingByStep(items)).toEqual({
      missingForData: [homicideData],
      missingForForce: ["Purpose of paper"],
      missingForPcc: ["PCC statement addresses Tackle cyber crime"],
      missingForPublish: [meeting, homicideData, "Purpose of paper", "PCC statement addresses Tackle cyber crime"],
    });
  });

  it("keeps the data and force steps separate", () => {
    const items = build((c) => {
      c.figures = c.figures.filter((f) => f.measureKey !== "drugs");
      c.sections = c.sections.filter((s) => !(s.kind === "MEASURE" && s.measureKey === "drugs"));
    });
    const result = missingByStep(items);
    expect(result.missingForData).toEqual([
      'Figures or a "no local data" reason for Disrupt drugs supply and county lines (No indicators are set up for this measure)',
    ]);
    expect(result.missingForForce).toEqual(["Force statement on Disrupt drugs supply and county lines"]);
    expect(result.missingForPcc).toEqual([]);
    expect(result.missingForPublish).toHaveLength(2);
  });

  it("lists everything for an empty submission", () => {
    const items = buildChecklist({
      measures: MEASURES,
      figures: [],
      sections: [],
      notApplicable: [],
      meeting: { boardName: "", meetingDate: null, agendaItem: "", planPriority: "", title: "", presenters: "" },
      forceApproved: false,
      pccApproved: false,
    });
    expect(items.filter((i) => i.done)).toEqual([]);
    const result = missingByStep(items);
    expect(result.missingForData).toHaveLength(6);
    expect(result.missingForForce).toHaveLength(7);
    expect(result.missingForPcc).toHaveLength(6);
    expect(result.missingForPublish).toHaveLength(1 + 6 + 7 + 6);
  });
});
