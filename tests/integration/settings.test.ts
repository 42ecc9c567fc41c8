// The organisation's settings against a real database: saved with a version, audited, and in
// the same transaction a change of the whole public site is recorded; the logo is checked and,
// for SVG, sanitised before it is stored.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DomainError, StaleError } from "@/server/errors";
import { saveOrganisation } from "@/server/settings/save-organisation";
import { saveLogo } from "@/server/settings/save-logo";
import { getOrganisation } from "@/server/settings/get-organisation";
import { domainDatabase, expectRefused, type Harness } from "./harness";

let h: Harness;
beforeEach(async () => {
  h = await domainDatabase();
});
afterEach(() => h.dispose());

const fields = {
  force: "Testshire Police",
  pcc: "Testshire Police and Crime Commissioner",
  board: "Police and Crime Panel",
  contactEmail: "hello@testshire.example",
  privacyUrl: "https://testshire.example/privacy",
  accessibilityStatement: "Our statement.",
};

describe("organisation settings", () => {
  it("come from the environment until saved; a save is versioned, audited and regenerates the whole public site", async () => {
    const admin = await h.user(["ADMIN"]);
    const before = await h.run(() => getOrganisation(h.db));
    expect(before).toMatchObject({ version: 0, logo: null, org: { force: "West Midlands Police", logo: null } });

    await h.run(() => saveOrganisation({ actor: admin, input: { ...fields, version: 0 } }));
    const after = await h.run(() => getOrganisation(h.db));
    expect(after.version).toBe(1);
    expect(after.org).toEqual({ ...fields, logo: null });
    expect(await h.db.publicSiteChange.findMany({ select: { slug: true } })).toEqual([{ slug: null }]);
    expect(await h.db.auditEvent.count({ where: { action: "settings.update", actorId: admin.id } })).toBe(1);

    // A form opened before that save is stale: refused, nothing changed.
    await expectRefused(h, () => saveOrganisation({ actor: admin, input: { ...fields, force: "Other", version: 0 } }), StaleError);
    await h.run(() => saveOrganisation({ actor: admin, input: { ...fields, force: "Renamed Police", version: 1 } }));
    expect((await h.run(() => getOrganisation(h.db))).org.force).toBe("Renamed Police");
    expect(await h.db.publicSiteChange.count()).toBe(2);
  });

  it("a logo saved before or between saves of the names never makes the names form stale", async () => {
    const admin = await h.user(["ADMIN"]);
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
    const logo = () => h.run(() => saveLogo({ actor: admin, input: { logo: { type: "image/png", base64: png.toString("base64") } } }));
    // The names form was opened on a fresh install (version 0); a logo is uploaded; then the names are saved.
    await logo();
    expect((await h.run(() => getOrganisation(h.db))).version).toBe(0);
    await h.run(() => saveOrganisation({ actor: admin, input: { ...fields, version: 0 } }));
    expect((await h.run(() => getOrganisation(h.db))).org).toMatchObject({ force: "Testshire Police", logo: { type: "image/png" } });
    // Opened again at version 1; another logo; the save still goes through, once.
    await logo();
    await h.run(() => saveOrganisation({ actor: admin, input: { ...fields, force: "Renamed Police", version: 1 } }));
    await expectRefused(h, () => saveOrganisation({ actor: admin, input: { ...fields, force: "Lost", version: 1 } }), StaleError);
    expect((await h.run(() => getOrganisation(h.db))).org.force).toBe("Renamed Police");
  });

  it("store a PNG as uploaded and an SVG sanitised, addressed by their content; refuse anything else", async () => {
    const admin = await h.user(["ADMIN"]);
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
    await h.run(() => saveLogo({ actor: admin, input: { logo: { type: "image/png", base64: png.toString("base64") } } }));
    const withPng = await h.run(() => getOrganisation(h.db));
    expect(withPng.logo!.bytes.equals(png)).toBe(true);
    expect(withPng.org.logo!.path).toMatch(/^\/assets\/logo\.[0-9a-f]{16}\.png$/);
    // Saving a logo first keeps the environment's names.
    expect(withPng.org.force).toBe("West Midlands Police");

    const svg = `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><rect width="4" height="4"/><foreignObject><div>x</div></foreignObject><a href="javascript:alert(3)"><circle r="1"/></a><image href="https://tracker.example/x.png"/></svg>`;
    await h.run(() => saveLogo({ actor: admin, input: { logo: { type: "image/svg+xml", base64: Buffer.from(svg).toString("base64") } } }));
    const stored = (await h.run(() => getOrganisation(h.db))).logo!;
    const text = stored.bytes.toString();
    expect(text.startsWith("<svg")).toBe(true);
    expect(text).toContain("<rect");
    for (const bad of ["script", "onload", "foreignObject", "javascript:", "tracker.example", "<image"]) expect(text).not.toContain(bad);
    expect(stored.path).toMatch(/\.svg$/);

    await expectRefused(
      h,
      () =>
        saveLogo({
          actor: admin,
          input: { logo: { type: "image/svg+xml", base64: Buffer.from("<html><body>not svg</body></html>").toString("base64") } },
        }),
      DomainError,
      "The file is not an SVG image",
    );
    await expectRefused(
      h,
      () => saveLogo({ actor: admin, input: { logo: { type: "image/png", base64: Buffer.alloc(201 * 1024, 1).toString("base64") } } }),
      DomainError,
      "The logo must be 200 KB or smaller",
    );

    await h.run(() => saveLogo({ actor: admin, input: { logo: null } }));
    expect((await h.run(() => getOrganisation(h.db))).logo).toBeNull();
  });
});
