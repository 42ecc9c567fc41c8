import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SiteHeader } from "@/components/ui/site-header";
import { PageMain, PageTitle } from "@/components/ui/page";
import { FormMessage } from "@/components/forms/fields";
import { currentUser } from "@/server/session";
import { OIDC_PROVIDER_ID } from "@/server/auth/options";
import { safeCallback } from "@/lib/safe-callback";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { localLoginEnabled, readOidcConfig } from "@/lib/auth/oidc-config";
import { LoginForm } from "./login-form";
import { SsoButton } from "./sso-button";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallback(params.callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  const sso = readOidcConfig(process.env);
  const local = localLoginEnabled(process.env);
  // next-auth sends failed sign-ins here with ?error=<code>; only known codes show their own words.
  const error = typeof params.error === "string" ? signInErrorMessage(params.error) : null;
  return (
    <>
      <SiteHeader />
      <PageMain>
        <PageTitle caption="Staff only">Sign in</PageTitle>
        <FormMessage message={error ? { ok: false, text: error } : null} />
        {sso && (
          <section className="mb-8 max-w-xl">
            <h2 className="mb-2 text-xl font-bold">Single sign-on</h2>
            <p className="mb-4">Use the account you sign in to your organisation with.</p>
            <SsoButton providerId={OIDC_PROVIDER_ID} name={sso.name} callbackUrl={callbackUrl} />
          </section>
        )}
        {local && (
          <section className="max-w-xl">
            {sso && <h2 className="mb-2 text-xl font-bold">Or with a password</h2>}
            <p className="mb-6 max-w-xl">
              {sso
                ? "For accounts with a password, such as the first administrator's."
                : "Sign in with the email address and password your administrator gave you."}{" "}
              The public statements need no sign-in.
            </p>
            <LoginForm callbackUrl={callbackUrl} />
          </section>
        )}
      </PageMain>
    </>
  );
}
