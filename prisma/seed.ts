// `npx prisma db seed`: the same seeding `npm start` does, for use on its own.
import "dotenv/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client";
import { resolveDatabaseUrl } from "../src/lib/database-url";
import { seedDatabase } from "./seed-data/seed-database";

const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: resolveDatabaseUrl() }) });
seedDatabase(db, { demo: process.env.SEED_DEMO !== "false" })
  .then((message) => console.log(message))
  .finally(() => db.$disconnect());
