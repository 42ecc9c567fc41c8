import type { Metadata } from "next";
import Link from "next/link";
import { SiteHeader } from "@/components/ui/site-header";
import { PageMain, PageTitle } from "@/components/ui/page";
import { Notice } from "@/components/ui/notice";

export const metadata: Metadata = { title: "No access" };

// Where a single sign-on that Scorecard refused ends up (server/auth/options.ts). The reason is
// one of these keys; anything else reads as "no access", so the page never echoes its URL.
const REASONS = {
  "no-access": {
    title: "You do not have access to Scorecard",
    text: "Your organisation's account signed you in, but it does not give you a role in Scorecard. Ask your administrator for access.",
  },
  deactivated: {
    title: "This account has been deactivated",
    text: "Your Scorecard account has been deactivated, so you cannot sign in, whatever your organisation's account allows. Ask your administrator for access.",
  },
  unverified: {
    title: "Your email address could not be confirmed",
    text: "Your organisation's account did not confirm your email address, which is how Scorecard finds your account. Ask your administrator for access.",
  },
} as const;

export default async function RefusedPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { reason } = await searchParams;
  const message =
    typeof reason === "string" && Object.hasOwn(REASONS, reason) ? REASONS[reason as keyof typeof REASONS] : REASONS["no-access"];
  return (
    <>
      <SiteHeader />
      <PageMain>
        <PageTitle caption="Sign in">{message.title}</PageTitle>
        <Notice tone="warning">
          <p className="max-w-2xl" data-refusal>
            {message.text}
          </p>
        </Notice>
        <p>
          <Link href="/">Go to the published statements</Link>, which need no sign-in.
        </p>
      </PageMain>
    </>
  );
}
