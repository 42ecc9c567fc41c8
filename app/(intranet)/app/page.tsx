import type { Metadata } from "next";
import Link from "next/link";
import { PageMain, PageTitle } from "@/components/ui/page";
import { DeadlineTag } from "@/components/ui/deadline-tag";
import { formatDateTime } from "@/lib/format";
import { navFor } from "@/lib/nav";
import { ROLE_LABELS } from "@/lib/roles";
import { PART_NAMES } from "@/lib/workflow/stages";
import { requireUser } from "@/server/session";
import { listMyTasks } from "@/server/submissions/list-my-tasks";

export const metadata: Metadata = { title: "Home" };

export default async function HomePage() {
  const user = await requireUser();
  const items = navFor(user);
  const submissions = await listMyTasks(user);
  const mine = submissions.filter((s) => s.todo.length || s.returned.length || s.pccNotice);
  const others = submissions.filter((s) => !mine.includes(s));
  return (
    <PageMain>
      <PageTitle caption={user.roles.map((r) => ROLE_LABELS[r]).join(", ")}>Welcome, {user.name}</PageTitle>
      {mine.length > 0 && (
        <section aria-labelledby="tasks" className="mb-8">
          <h2 id="tasks" className="mb-3 text-2xl font-bold">
            Waiting for you
          </h2>
          <ul className="space-y-4">
            {mine.map((s) => {
              const base = `/app/submissions/${s.id}`;
              return (
                <li key={s.id} data-task={s.label} className="border-l-8 border-link bg-panel p-4">
                  <h3 className="flex flex-wrap items-center gap-3 text-xl font-bold">
                    <Link href={base}>{s.label}</Link>
                    {s.deadline && <DeadlineTag status={s.deadline} />}
                  </h3>
                  {s.returned.map((n) => (
                    <div key={n.id} role="note" className="mt-2 border-l-4 border-danger pl-3" data-returned={n.part}>
                      <p className="font-bold">
                        The {PART_NAMES[n.part as "FORCE" | "PCC"]} was returned by {n.authorName} on {formatDateTime(n.createdAt)}:
                      </p>
                      <p className="whitespace-pre-line">“{n.comment}”</p>
                    </div>
                  ))}
                  {s.pccNotice && (
                    <p className="mt-2 border-l-4 border-warning pl-3" data-pcc-notice>
                      <strong>
                        The force part has changed since the PCC statement was {s.pccNotice.event === "APPROVED" ? "approved" : "submitted"}
                        .
                      </strong>{" "}
                      Check the statement still fits
                      {s.pccNotice.forceSnapshotId && (
                        <>
                          {" "}
                          (
                          <Link href={`${base}/changes/force?since=${s.pccNotice.forceSnapshotId}`}>
                            see what changed in the force part
                          </Link>
                          )
                        </>
                      )}
                      . The PCC will confirm it again; you need do nothing unless it no longer fits.
                    </p>
                  )}
                  {s.todo.length > 0 && (
                    <ul className="mt-2 list-disc pl-6">
                      {s.todo.map((t) => (
                        <li key={t.text}>
                          <Link href={`${base}${t.path}`}>{t.text}</Link>
                        </li>
                      ))}
                    </ul>
                  )}
                  <p className="mt-2 text-base text-muted">Waiting for: {s.waiting.join("; ")}</p>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {others.length > 0 && (
        <section aria-labelledby="others" className="mb-8">
          <h2 id="others" className="mb-3 text-2xl font-bold">
            In progress elsewhere
          </h2>
          <ul className="space-y-2">
            {others.map((s) => (
              <li key={s.id} data-other={s.label}>
                <Link href={`/app/submissions/${s.id}`} className="font-bold">
                  {s.label}
                </Link>
                : waiting for {s.waiting.join("; ")}
                {s.deadline && (
                  <>
                    {" "}
                    <DeadlineTag status={s.deadline} />
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <h2 className="mb-3 text-2xl font-bold">What you can do</h2>
      {items.length === 0 ? (
        <p>Your account has no tasks yet. Ask an administrator for a role.</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {items.map((item) => (
            <li key={item.href} className="border-t-4 border-link bg-panel p-4">
              <Link href={item.href} className="text-xl font-bold">
                {item.label}
              </Link>
              <p className="mt-1">{item.description}</p>
            </li>
          ))}
        </ul>
      )}
    </PageMain>
  );
}
