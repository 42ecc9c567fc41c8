import { PageMain, PageTitle } from "@/components/ui/page";

/** The public site's 404 page: one stored page for every unknown quarter, edition or file. */
export function NotFoundPage() {
  return (
    <PageMain>
      <PageTitle>Page not found</PageTitle>
      <p className="mb-4 max-w-3xl">
        There is no published statement at this address. It may not have been published yet, or the address may be mistyped.
      </p>
      <p>
        <a href="/">See all published statements</a>.
      </p>
    </PageMain>
  );
}
