import type { Metadata } from "next";
import Link from "next/link";
import { PageMain, PageTitle } from "@/components/ui/page";
import { navFor } from "@/lib/nav";
import { ROLE_LABELS } from "@/lib/roles";
import { requireUser } from "@/server/session";
import { listMyTasks } from "@/server/submissions/list-my-tasks";

export const metadata: Metadata = { title: "Home" };

export default async function HomePage() {
  const user = await requireUser();
  const items = navFor(user);
  const tasks = await listMyTasks(user);
  return (
    <PageMain>
      <PageTitle caption={user.roles.map((r) => ROLE_LABELS[r]).join(", ")}>Welcome, {user.name}</PageTitle>
      {tasks.length > 0 && (
        <section aria-labelledby="tasks" className="mb-8">
          <h2 id="tasks" className="mb-3 text-2xl font-bold">
            Waiting for you
          </h2>
          <ul className="space-y-2">
            {tasks.map((t) => (
              <li key={t.id} data-task={t.label}>
                <Link href={`/app/submissions/${t.id}`} className="font-bold">
                  {t.label}
                </Link>
                : {t.todo.join("; ")}
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
