// Authorization comes first in every domain operation that changes state: a caller without
// the permission gets ForbiddenError (never NotFound, never a stage or rule message) whatever
// the target, an open submission, a closed one or one that does not exist, and nothing in the
// database changes. The allowed roles are stated here independently of lib/permissions.ts,
// so a slip in the permission table fails this test.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, type SessionActor } from "@/lib/permissions";
import { ROLES, type Role } from "@/lib/roles";
import { MANUAL_ACTIONS, type ManualAction } from "@/lib/workflow/transitions";
import { submitPart } from "@/server/submissions/submit-part";
import { approvePart } from "@/server/submissions/approve-part";
import { returnPart } from "@/server/submissions/return-part";
import { publishSubmission } from "@/server/submissions/publish-submission";
import { withdrawSubmission } from "@/server/submissions/withdraw-submission";
import { takeAction } from "@/server/submissions/take-action";
import { createQuarter } from "@/server/submissions/create-quarter";
import { startEdition } from "@/server/submissions/start-edition";
import { abandonEdition } from "@/server/submissions/abandon-edition";
import { saveMeeting } from "@/server/submissions/save-meeting";
import { saveFigures } from "@/server/figures/save-figures";
import { saveKpiResults } from "@/server/kpis/save-kpi-results";
import { saveSection } from "@/server/statements/save-section";
import { saveCoverage } from "@/server/statements/save-coverage";
import { addPccSection } from "@/server/statements/add-pcc-section";
import { deletePccSection } from "@/server/statements/delete-pcc-section";
import { createUser } from "@/server/users/create-user";
import { updateUserRoles } from "@/server/users/update-user-roles";
import { setUserActive } from "@/server/users/set-user-active";
import { saveIndicator } from "@/server/framework/save-indicator";
import { saveKpi } from "@/server/framework/save-kpi";
import { renameMeasure } from "@/server/framework/rename-measure";
import { saveOrganisation } from "@/server/settings/save-organisation";
import { saveLogo } from "@/server/settings/save-logo";
import { completeFigures, type BuiltQuarter } from "@/tests/fixtures/build-quarter";
import { domainDatabase, type Harness } from "./harness";

const MISSING = "no-such-id";
const FORBIDDEN = "You do not have permission to do that.";

type Call = [target: string, act: (actor: SessionActor) => Promise<unknown>];
/**
 * `probe` names the call an allowed caller is refused for some other reason (the target is
 * missing, closed or taken), which proves they get past authorization without changing data.
 */
type Row = { operation: string; allowed: Role[]; calls: () => Call[]; probe?: string };

let h: Harness;
/** Open: the force part approved, the PCC statement submitted and awaiting the PCC. */
let open: BuiltQuarter;
let published: BuiltQuarter;
/** A published quarter with a correction (edition 2) open. */
let corrected: BuiltQuarter & { edition2: string };
let ids: { figureRows: Awaited<ReturnType<typeof completeFigures>>; user: string; measure: string; indicator: string; kpi: string };
const actors = {} as Record<Role, SessionActor>;

beforeAll(async () => {
  h = await domainDatabase();
  open = await h.quarter("pcc-submitted");
  published = await h.quarter("published");
  const base = await h.quarter("published");
  const { secretariat } = await h.quarterActors();
  corrected = {
    ...base,
    edition2: (await h.run(() => startEdition({ actor: secretariat, quarterId: base.quarterId, returnParts: ["FORCE"], comment: "Fix." })))
      .submissionId,
  };
  for (const role of ROLES) actors[role] = await h.user([role]);
  const indicator = await h.db.indicator.findFirstOrThrow({ include: { measure: true } });
  const kpi = await h.db.kpi.create({
    data: {
      name: "999 calls answered",
      unit: "PERCENTAGE",
      betterWhen: "HIGHER_IS_BETTER",
      target: 90,
      greenThreshold: 90,
      amberThreshold: 85,
      position: 0,
    },
  });
  ids = {
    figureRows: await h.run(() => completeFigures(open.submissionId, "homicide")),
    user: actors.ANALYST.id,
    measure: indicator.measureId,
    indicator: indicator.id,
    kpi: kpi.id,
  };
});
afterAll(() => h?.dispose());

/** The three submissions every submission operation is tried on. */
const submissions = () => [
  ["an open submission", open.submissionId],
  ["a published submission", published.submissionId],
  ["a submission that does not exist", MISSING],
];

const onSubmissions = (act: (actor: SessionActor, submissionId: string) => Promise<unknown>): Call[] =>
  submissions().map(([label, id]) => [label!, (actor) => act(actor, id!)]);

const section = (q: BuiltQuarter, kind: "force" | "pcc") =>
  kind === "force" ? q.sections.measures["homicide"]! : q.sections.pccThemes[0]!;

const sectionInput = (sectionId: string) => ({
  sectionId,
  version: 1,
  heading: "Heading",
  covers: [],
  paragraphs: [{ text: "Text.", carriedOver: false, confirmed: false }],
});

const meetingInput = (submissionId: string) => ({
  submissionId,
  version: 1,
  boardName: "Board",
  meetingDate: "2031-02-15",
  agendaItem: "7",
  planPriority: "",
  title: "Title",
  presenters: "",
});

function transitionInput(submissionId: string, action: ManualAction) {
  return {
    submissionId,
    action,
    comment: "A reason.",
    lateReason: "",
    changeNote: "A change.",
    minorChange: false,
    checkedFlags: true,
    contentHash: "",
    withdrawalReason: "OTHER" as const,
  };
}

/** Who may take each workflow action, as the product defines it (README, Demo accounts). */
const ACTION_ROLES: Record<ManualAction, Role[]> = {
  submit_force: ["ANALYST"],
  submit_pcc: ["PCC_OFFICE"],
  approve_force: ["DCC"],
  approve_pcc: ["PCC"],
  return_force: ["DCC", "SECRETARIAT"],
  return_pcc: ["PCC", "SECRETARIAT"],
  publish: ["SECRETARIAT"],
  withdraw: ["SECRETARIAT", "ADMIN"],
};

const ROWS: Row[] = [
  ...(["FORCE", "PCC"] as const).map((part): Row => ({
    operation: `submitPart (${part})`,
    allowed: ACTION_ROLES[part === "FORCE" ? "submit_force" : "submit_pcc"],
    calls: () => onSubmissions((actor, submissionId) => submitPart({ actor, submissionId, part })),
  })),
  ...(["FORCE", "PCC"] as const).map((part): Row => ({
    operation: `approvePart (${part})`,
    allowed: ACTION_ROLES[part === "FORCE" ? "approve_force" : "approve_pcc"],
    calls: () => onSubmissions((actor, submissionId) => approvePart({ actor, submissionId, part })),
  })),
  ...(["FORCE", "PCC"] as const).map((part): Row => ({
    operation: `returnPart (${part})`,
    allowed: ACTION_ROLES[part === "FORCE" ? "return_force" : "return_pcc"],
    calls: () => onSubmissions((actor, submissionId) => returnPart({ actor, submissionId, part, comment: "Please fix." })),
  })),
  {
    operation: "publishSubmission",
    allowed: ACTION_ROLES.publish,
    calls: () => onSubmissions((actor, submissionId) => publishSubmission({ actor, submissionId, changeNote: "A change." })),
  },
  {
    operation: "withdrawSubmission",
    allowed: ACTION_ROLES.withdraw,
    calls: () => [
      ...onSubmissions((actor, submissionId) => withdrawSubmission({ actor, submissionId, reason: "OTHER", explanation: "Why." })),
      // The open-correction rule must not be what a forbidden caller hears.
      [
        "a quarter with a correction open",
        (actor) => withdrawSubmission({ actor, submissionId: corrected.submissionId, reason: "OTHER", explanation: "Why." }),
      ],
      [
        "no reason given",
        (actor) => withdrawSubmission({ actor, submissionId: published.submissionId, reason: undefined, explanation: "" }),
      ],
    ],
  },
  ...MANUAL_ACTIONS.map((action): Row => ({
    operation: `takeAction (${action})`,
    allowed: ACTION_ROLES[action],
    calls: () => onSubmissions((actor, submissionId) => takeAction({ actor, input: transitionInput(submissionId, action) })),
  })),
  {
    operation: "saveFigures",
    allowed: ["ANALYST"],
    calls: () => onSubmissions((actor, submissionId) => saveFigures({ actor, input: { submissionId, figures: ids.figureRows } })),
  },
  {
    operation: "saveKpiResults",
    allowed: ["ANALYST"],
    calls: () => onSubmissions((actor, submissionId) => saveKpiResults({ actor, input: { submissionId, rows: [] } })),
  },
  {
    operation: "saveSection (a force section)",
    probe: "a published submission",
    allowed: ["ANALYST"],
    calls: () => [
      ["an open submission", (actor) => saveSection({ actor, input: sectionInput(section(open, "force")) })],
      ["a published submission", (actor) => saveSection({ actor, input: sectionInput(section(published, "force")) })],
    ],
  },
  {
    operation: "saveSection (a PCC section)",
    probe: "a published submission",
    allowed: ["PCC_OFFICE"],
    calls: () => [
      ["an open submission", (actor) => saveSection({ actor, input: sectionInput(section(open, "pcc")) })],
      ["a published submission", (actor) => saveSection({ actor, input: sectionInput(section(published, "pcc")) })],
    ],
  },
  {
    // Someone who may edit some part learns that a section is missing; nobody else does.
    operation: "saveSection (a section that does not exist)",
    probe: "a missing section",
    allowed: ["ANALYST", "PCC_OFFICE", "SECRETARIAT"],
    calls: () => [["a missing section", (actor) => saveSection({ actor, input: sectionInput(MISSING) })]],
  },
  {
    operation: "saveMeeting",
    allowed: ["SECRETARIAT"],
    calls: () => onSubmissions((actor, submissionId) => saveMeeting({ actor, input: meetingInput(submissionId) })),
  },
  {
    operation: "saveCoverage",
    allowed: ["PCC_OFFICE"],
    calls: () => onSubmissions((actor, submissionId) => saveCoverage({ actor, input: { submissionId, version: 1, items: [] } })),
  },
  {
    operation: "addPccSection",
    allowed: ["PCC_OFFICE"],
    calls: () => onSubmissions((actor, submissionId) => addPccSection({ actor, submissionId })),
  },
  {
    operation: "deletePccSection",
    probe: "a missing section",
    allowed: ["PCC_OFFICE"],
    calls: () => [
      ["an open submission", (actor) => deletePccSection({ actor, sectionId: section(open, "pcc"), version: 2 })],
      ["a published submission", (actor) => deletePccSection({ actor, sectionId: section(published, "pcc"), version: 2 })],
      ["a missing section", (actor) => deletePccSection({ actor, sectionId: MISSING, version: 1 })],
    ],
  },
  {
    operation: "createQuarter",
    probe: "a quarter that already exists",
    allowed: ["SECRETARIAT"],
    calls: () => [
      ["a new quarter", (actor) => createQuarter({ actor, input: { fyStart: 2029, quarter: "1", ...meetingInput("") } })],
      [
        "a quarter that already exists",
        (actor) => createQuarter({ actor, input: { fyStart: open.fyStart, quarter: String(open.quarter) as "1", ...meetingInput("") } }),
      ],
    ],
  },
  {
    operation: "startEdition",
    probe: "a quarter with a correction open",
    allowed: ["SECRETARIAT"],
    calls: () => [
      ["a published quarter", (actor) => startEdition({ actor, quarterId: published.quarterId })],
      ["a quarter still open", (actor) => startEdition({ actor, quarterId: open.quarterId })],
      ["a quarter with a correction open", (actor) => startEdition({ actor, quarterId: corrected.quarterId })],
      ["a quarter that does not exist", (actor) => startEdition({ actor, quarterId: MISSING })],
    ],
  },
  {
    operation: "abandonEdition",
    allowed: ["SECRETARIAT"],
    calls: () => [
      ["an open correction", (actor) => abandonEdition({ actor, submissionId: corrected.edition2 })],
      ["a first edition", (actor) => abandonEdition({ actor, submissionId: open.submissionId })],
      ["a published edition", (actor) => abandonEdition({ actor, submissionId: published.submissionId })],
      ["a submission that does not exist", (actor) => abandonEdition({ actor, submissionId: MISSING })],
    ],
  },
  {
    operation: "createUser",
    probe: "an email already in use",
    allowed: ["ADMIN"],
    calls: () => [
      [
        "a new user",
        (actor) =>
          createUser({ actor, input: { name: "New", email: "new@example.test", roles: ["ADMIN"], password: "a long passphrase" } }),
      ],
      [
        "an email already in use",
        (actor) =>
          createUser({ actor, input: { name: "Dup", email: actors.ANALYST.email, roles: ["ANALYST"], password: "a long passphrase" } }),
      ],
    ],
  },
  {
    operation: "updateUserRoles",
    probe: "a user who does not exist",
    allowed: ["ADMIN"],
    calls: () => [
      ["another user", (actor) => updateUserRoles({ actor, userId: ids.user, roles: ["ADMIN"] })],
      ["themselves", (actor) => updateUserRoles({ actor, userId: actor.id, roles: ["ADMIN"] })],
      ["a user who does not exist", (actor) => updateUserRoles({ actor, userId: MISSING, roles: ["ADMIN"] })],
    ],
  },
  {
    operation: "setUserActive",
    probe: "a user who does not exist",
    allowed: ["ADMIN"],
    calls: () => [
      ["another user", (actor) => setUserActive({ actor, userId: ids.user, active: false })],
      ["themselves", (actor) => setUserActive({ actor, userId: actor.id, active: false })],
      ["a user who does not exist", (actor) => setUserActive({ actor, userId: MISSING, active: true })],
    ],
  },
  {
    operation: "saveIndicator",
    probe: "a measure that does not exist",
    allowed: ["SECRETARIAT", "ADMIN"],
    calls: () => {
      const fields = {
        version: 1,
        name: "Indicator",
        unit: "COUNT" as const,
        betterWhen: "LOWER_IS_BETTER" as const,
        baselineLabel: "Year ending June 2019",
        baselineStart: null,
        baselineEnd: null,
        baselineValue: 1,
        source: "Source",
        active: true,
      };
      return [
        ["a new indicator", (actor) => saveIndicator({ actor, input: { ...fields, id: "", measureId: ids.measure } })],
        ["an existing indicator", (actor) => saveIndicator({ actor, input: { ...fields, id: ids.indicator, measureId: ids.measure } })],
        ["a measure that does not exist", (actor) => saveIndicator({ actor, input: { ...fields, id: "", measureId: MISSING } })],
      ];
    },
  },
  {
    operation: "saveKpi",
    probe: "a KPI that does not exist",
    allowed: ["SECRETARIAT", "ADMIN"],
    calls: () => {
      const fields = {
        version: 1,
        name: "KPI",
        unit: "COUNT" as const,
        betterWhen: "LOWER_IS_BETTER" as const,
        target: 1,
        greenThreshold: 1,
        amberThreshold: 2,
        active: true,
      };
      return [
        ["a new KPI", (actor) => saveKpi({ actor, input: { ...fields, id: "" } })],
        ["an existing KPI", (actor) => saveKpi({ actor, input: { ...fields, id: ids.kpi } })],
        ["a KPI that does not exist", (actor) => saveKpi({ actor, input: { ...fields, id: MISSING } })],
      ];
    },
  },
  {
    operation: "renameMeasure",
    probe: "a measure that does not exist",
    allowed: ["SECRETARIAT", "ADMIN"],
    calls: () => [
      ["a measure", (actor) => renameMeasure({ actor, input: { id: ids.measure, version: 1, name: "Renamed" } })],
      ["a measure that does not exist", (actor) => renameMeasure({ actor, input: { id: MISSING, version: 1, name: "Renamed" } })],
    ],
  },
  {
    operation: "saveOrganisation",
    probe: "settings saved by someone else",
    allowed: ["ADMIN"],
    calls: () => {
      const fields = {
        force: "Hijacked Police",
        pcc: "Hijacked PCC",
        board: "Board",
        contactEmail: "a@b.example",
        privacyUrl: "https://b.example/privacy",
        accessibilityStatement: "Statement",
      };
      return [
        ["the first settings", (actor) => saveOrganisation({ actor, input: { ...fields, version: 0 } })],
        ["settings saved by someone else", (actor) => saveOrganisation({ actor, input: { ...fields, version: 7 } })],
      ];
    },
  },
  {
    operation: "saveLogo",
    probe: "a file that is not a PNG",
    allowed: ["ADMIN"],
    calls: () => [
      [
        "a PNG",
        (actor) =>
          saveLogo({
            actor,
            input: {
              logo: {
                type: "image/png",
                base64: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
              },
            },
          }),
      ],
      ["no logo", (actor) => saveLogo({ actor, input: { logo: null } })],
      ["a file that is not a PNG", (actor) => saveLogo({ actor, input: { logo: { type: "image/png", base64: "bm90IGEgcG5n" } } })],
    ],
  },
];

describe("every state-changing operation refuses a caller without the permission, first, changing nothing", () => {
  it.each(ROWS.map((row) => [row.operation, row] as const))("%s", async (_name, row) => {
    const forbidden = ROLES.filter((role) => !row.allowed.includes(role));
    expect(forbidden.length).toBeGreaterThan(0);
    const before = await h.snapshot();
    for (const role of forbidden) {
      for (const [target, act] of row.calls()) {
        const thrown = await h
          .run(() => act(actors[role]))
          .then(
            () => undefined,
            (e: unknown) => e,
          );
        expect(thrown, `${role} on ${target}`).toBeInstanceOf(ForbiddenError);
        expect((thrown as Error).message, `${role} on ${target}`).toBe(FORBIDDEN);
      }
    }
    expect(await h.snapshot()).toEqual(before);
  });
});

describe("the roles allowed each operation get past authorization", () => {
  it.each(ROWS.map((row) => [row.operation, row] as const))("%s", async (_name, row) => {
    const probe = row.probe ?? "a submission that does not exist";
    const act = row.calls().find(([target]) => target === probe)![1];
    const before = await h.snapshot();
    for (const role of row.allowed) {
      const thrown = await h
        .run(() => act(actors[role]))
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(thrown, `${role} on ${probe}`).toBeInstanceOf(Error);
      expect(thrown, `${role} on ${probe}: ${(thrown as Error).message}`).not.toBeInstanceOf(ForbiddenError);
    }
    expect(await h.snapshot()).toEqual(before);
  });
});
