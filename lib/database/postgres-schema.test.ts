import { describe, expect, it } from "vitest";
import { POSTGRES_SCHEMA_HEADER, toPostgresSchema } from "./postgres-schema";

const SQLITE = `generator client {
  provider   = "prisma-client"
  output     = "../generated/prisma"
  engineType = "client"
}

datasource db {
  provider = "sqlite"
  url      = env("DATABASE_URL")
}

// "sqlite" in a comment and a string default are left alone.
model Note {
  id   String @id
  kind String @default("sqlite")
}
`;

describe("toPostgresSchema", () => {
  it("changes only the datasource provider and the client's output folder", () => {
    const pg = toPostgresSchema(SQLITE, "../prisma-postgresql");
    expect(pg.startsWith(POSTGRES_SCHEMA_HEADER)).toBe(true);
    const body = pg.slice(POSTGRES_SCHEMA_HEADER.length + 1);
    expect(body).toContain('provider = "postgresql"');
    expect(body).toContain('output     = "../prisma-postgresql"');
    expect(body).toContain('kind String @default("sqlite")');
    expect(body.replace('"postgresql"', '"sqlite"').replace('"../prisma-postgresql"', '"../generated/prisma"')).toBe(SQLITE);
  });

  it("puts a note saying what the copy is for under the header", () => {
    const pg = toPostgresSchema(SQLITE, "x", "// The model as the migration history leaves it.\n");
    expect(pg).toContain(`${POSTGRES_SCHEMA_HEADER}// The model as the migration history leaves it.\n\ngenerator client`);
  });

  it("refuses a schema that is not the expected SQLite model", () => {
    expect(() => toPostgresSchema(SQLITE.replace('provider = "sqlite"', 'provider = "mysql"'), "x")).toThrow(/datasource db/);
    expect(() => toPostgresSchema(SQLITE.replace(/ {2}output.*\n/, ""), "x")).toThrow(/output/);
  });
});
