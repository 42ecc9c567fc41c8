import { describe, expect, it } from "vitest";
import { libpqEnvironment } from "./libpq-environment";

describe("libpqEnvironment", () => {
  it("turns each part of the URL into libpq's variable, decoding what was escaped", () => {
    expect(libpqEnvironment("postgresql://scorecard:p%40ss%2Fword@db.force.internal:5433/scorecard?sslmode=require")).toEqual({
      PGHOST: "db.force.internal",
      PGPORT: "5433",
      PGUSER: "scorecard",
      PGPASSWORD: "p@ss/word",
      PGDATABASE: "scorecard",
      PGSSLMODE: "require",
    });
  });

  it("takes a socket folder from host= and leaves out parameters libpq does not know", () => {
    expect(libpqEnvironment("postgres://app@localhost/scorecard?host=/var/run/postgresql&connection_limit=5")).toEqual({
      PGHOST: "/var/run/postgresql",
      PGUSER: "app",
      PGDATABASE: "scorecard",
    });
  });

  it("unwraps an IPv6 address", () => {
    expect(libpqEnvironment("postgresql://u@[::1]:5432/d").PGHOST).toBe("::1");
  });

  it("refuses anything else", () => {
    expect(() => libpqEnvironment("file:./data/scorecard.db")).toThrow("Not a PostgreSQL URL.");
  });
});
