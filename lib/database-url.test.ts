import { describe, expect, it } from "vitest";
import { DEFAULT_DATABASE_URL, databaseUrl, sqliteFile } from "./database-url";

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
});
