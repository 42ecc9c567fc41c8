import "server-only";
import { db } from "@/server/db";

export type RevokeSessionOptions = { sessionId: string };

/** Ends one session (sign-out): its cookie, replayed from anywhere, is refused from now on. */
export async function revokeSession({ sessionId }: RevokeSessionOptions) {
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}
