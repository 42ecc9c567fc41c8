import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SiteHeader } from "@/components/ui/site-header";
import { PageMain, PageTitle } from "@/components/ui/page";
import { currentUser } from "@/server/session";
import { safeCallback } from "@/lib/safe-callback";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const callbackUrl = safeCallback((await searchParams).callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  return (
    <>
      <SiteHeader />
      <PageMain>
        <PageTitle caption="Staff only">Sign in</PageTitle>
        <p className="mb-6 max-w-xl">
          Sign in with the email address and password your administrator gave you. The public statements need no sign-in.
        </p>
        <LoginForm callbackUrl={callbackUrl} />
      </PageMain>
    </>
  );
}
