// One line of a user's history (the Users page), from an audit row. Single sign-on rows name
// the identity provider's subject id, so an administrator can match them with the provider's logs.

export type UserHistoryEvent = {
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  comment: string | null;
  details: string | null;
};

const LABELS: Record<string, string> = {
  "user.create": "created",
  "user.roles": "roles changed",
  "user.deactivate": "deactivated",
  "user.reactivate": "reactivated",
  "user.email-notifications": "emails",
  "auth.sso.sign-in": "signed in with single sign-on",
  "auth.sso.refused": "single sign-on refused",
};

function subjectOf(details: string | null): string | null {
  if (!details) return null;
  try {
    const value = (JSON.parse(details) as { subject?: unknown }).subject;
    return typeof value === "string" && value ? value : null;
  } catch {
    return null;
  }
}

export function describeUserEvent(event: UserHistoryEvent): string {
  const parts = [LABELS[event.action] ?? event.action];
  if (event.fromStatus !== null || event.toStatus !== null) parts.push(`(${event.fromStatus || "none"} → ${event.toStatus || "none"})`);
  if (event.action === "auth.sso.refused" && event.comment) parts.push(`(${event.comment})`);
  const subject = subjectOf(event.details);
  if (subject) parts.push(`[subject ${subject}]`);
  return parts.join(" ");
}
