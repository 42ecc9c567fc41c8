import { describe, expect, it } from "vitest";
import { DEFAULT_DATABASE_URL, databaseProvider, databaseUrl, sqliteFile } from "./database-url";

describe("database URL", () => {
  it("defaults to the embedded SQLite file when DATABASE_URL is unset or empty", () => {
    expect(databaseUrl({})).toBe(DEFAULT_DATABASE_URL);
    expect(databaseUrl({ DATABASE_URL: "" })).toBe(DEFAULT_DATABASE_URL);
    expect(databaseUrl({ DATABASE_URL: "file:./x.db" })).toBe("file:./x.db");
  });

  it("names the SQLite file of a file: URL and nothing for other databases", () => {
    expect(sqliteFile("file:./data/a.db")).toBe("./data/a.db");
    expect(sqliteFile("postgresql://u@h/db")).toBeNull();
  });

  it("selects SQLite for file: URLs and PostgreSQL for postgresql:// and postgres:// URLs", () => {
    expect(databaseProvider(DEFAULT_DATABASE_URL)).toBe("sqlite");
    expect(databaseProvider("postgresql://scorecard:secret@db.internal:5432/scorecard")).toBe("postgresql");
    expect(databaseProvider("postgres://scorecard@db.internal/scorecard?sslmode=require")).toBe("postgresql");
  });

  it("refuses any other URL, naming the two accepted forms and not echoing credentials", () => {
    expect(() => databaseProvider("mysql://root:hunter2@localhost/db")).toThrow(/file:.*postgresql:\/\//);
    expect(() => databaseProvider("mysql://root:hunter2@localhost/db")).not.toThrow(/hunter2/);
    expect(() => databaseProvider("./data/scorecard.db")).toThrow(/DATABASE_URL must be/);
  });
});
