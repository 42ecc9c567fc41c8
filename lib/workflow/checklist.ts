// The statutory completeness checklist (Elected Local Policing Bodies (Specified Information)
// (Amendment) Order 2021): a statement of the force's contribution to each national priority.
// Shown on the submission page from the start, and the gate that publishing must pass.

export type ChecklistGroup = "meeting" | "data" | "force" | "pcc" | "approval";

export type ChecklistItem = { id: string; group: ChecklistGroup; label: string; done: boolean; detail?: string };

export type ChecklistInput = {
  measures: { key: string; name: string }[];
  figures: {
    measureKey: string;
    name: string;
    latestValue: number | null;
    periodStart: Date | null;
    periodEnd: Date | null;
    noLocalData: boolean;
    noDataReason: string | null;
  }[];
  sections: { part: string; kind: string; measureKey: string | null; covers: string[]; paragraphs: string[] }[];
  notApplicable: { measureKey: string; reason: string }[];
  meeting: { boardName: string; meetingDate: Date | null; agendaItem: string; planPriority: string; title: string; presenters: string };
  forceApproved: boolean;
  pccApproved: boolean;
};

const MEETING_FIELDS = {
  boardName: "board name",
  meetingDate: "meeting date",
  agendaItem: "agenda item",
  planPriority: "plan priority",
  title: "title",
  presenters: "presenters",
} as const;

export function figureComplete(f: ChecklistInput["figures"][number]) {
  return f.noLocalData ? !!f.noDataReason?.trim() : f.latestValue != null && f.periodStart != null && f.periodEnd != null;
}

const hasText = (paragraphs: string[]) => paragraphs.some((p) => p.trim().length > 0);

export function buildChecklist(input: ChecklistInput): ChecklistItem[] {
  const items: ChecklistItem[] = [];

  const missingMeeting = Object.entries(MEETING_FIELDS)
    .filter(([field]) => {
      const value = input.meeting[field as keyof typeof MEETING_FIELDS];
      return value == null || (typeof value === "string" && !value.trim());
    })
    .map(([, label]) => label);
  items.push({
    id: "meeting",
    group: "meeting",
    label: "Meeting details are complete",
    done: missingMeeting.length === 0,
    detail: missingMeeting.length ? `Missing: ${missingMeeting.join(", ")}` : undefined,
  });

  for (const measure of input.measures) {
    const figures = input.figures.filter((f) => f.measureKey === measure.key);
    const incomplete = figures.filter((f) => !figureComplete(f)).map((f) => f.name);
    items.push({
      id: `data:${measure.key}`,
      group: "data",
      label: `Figures or a "no local data" reason for ${measure.name}`,
      done: figures.length > 0 && incomplete.length === 0,
      detail:
        figures.length === 0
          ? "No indicators are set up for this measure"
          : incomplete.length
            ? `Incomplete: ${incomplete.join(", ")}`
            : undefined,
    });
  }

  const purpose = input.sections.filter((s) => s.kind === "PURPOSE");
  items.push({ id: "force:purpose", group: "force", label: "Purpose of paper", done: purpose.some((s) => hasText(s.paragraphs)) });
  for (const measure of input.measures) {
    const section = input.sections.find((s) => s.kind === "MEASURE" && s.measureKey === measure.key);
    items.push({
      id: `force:${measure.key}`,
      group: "force",
      label: `Force statement on ${measure.name}`,
      done: !!section && hasText(section.paragraphs),
    });
  }

  for (const measure of input.measures) {
    const addressed = input.sections.some((s) => s.kind === "PCC_THEME" && s.covers.includes(measure.key) && hasText(s.paragraphs));
    const na = input.notApplicable.find((n) => n.measureKey === measure.key && n.reason.trim());
    items.push({
      id: `pcc:${measure.key}`,
      group: "pcc",
      label: `PCC statement addresses ${measure.name}`,
      done: addressed || !!na,
      detail: !addressed && na ? `Marked not applicable: ${na.reason}` : undefined,
    });
  }

  items.push({
    id: "approval:force",
    group: "approval",
    label: "Force part approved by the Deputy Chief Constable",
    done: input.forceApproved,
  });
  items.push({
    id: "approval:pcc",
    group: "approval",
    label: "PCC statement approved by the Police and Crime Commissioner",
    done: input.pccApproved,
  });
  return items;
}

const describe = (item: ChecklistItem) => (item.detail ? `${item.label} (${item.detail})` : item.label);

/** Unmet items grouped the way the workflow guards read them. */
export function missingByStep(items: ChecklistItem[]) {
  const missing = (groups: ChecklistGroup[]) => items.filter((i) => !i.done && groups.includes(i.group)).map(describe);
  return {
    missingForData: missing(["data"]),
    missingForForce: missing(["force"]),
    missingForPcc: missing(["pcc"]),
    missingForPublish: missing(["meeting", "data", "force", "pcc"]),
  };
}
