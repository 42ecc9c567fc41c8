import Link from "next/link";
import { SiteHeader } from "@/components/ui/site-header";
import { SignOutButton } from "@/components/ui/sign-out-button";
import { navFor } from "@/lib/nav";
import { ROLE_LABELS } from "@/lib/roles";
import { requireUser } from "@/server/session";

export default async function IntranetLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <SiteHeader>
        <div className="flex flex-wrap items-center gap-4 text-base">
          <span>
            {user.name} <span className="opacity-80">({user.roles.map((r) => ROLE_LABELS[r]).join(", ")})</span>
          </span>
          <Link href="/app/account" className="text-white">
            Your account
          </Link>
          <SignOutButton />
        </div>
      </SiteHeader>
      <nav aria-label="Intranet" className="no-print border-b border-line bg-panel">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-6 gap-y-1 px-4 py-2">
          <li>
            <Link href="/app">Home</Link>
          </li>
          {navFor(user).map((item) => (
            <li key={item.href}>
              <Link href={item.href}>{item.label}</Link>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </>
  );
}
