// `npx prisma db seed`: the same seeding `npm start` does, for use on its own.
import "dotenv/config";
import { createPrismaClient } from "@/server/prisma-client";
import { seedDatabase } from "./seed-data/seed-database";

const db = createPrismaClient();
seedDatabase(db, { demo: process.env.SEED_DEMO !== "false" })
  .then((message) => console.log(message))
  .finally(() => db.$disconnect());
