import type { Metadata } from "next";
import { SkipLink } from "@/components/ui/skip-link";
import { SITE_DESCRIPTION } from "@/components/public/public-document";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Scorecard", template: "%s – Scorecard" },
  description: SITE_DESCRIPTION,
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en-GB">
      <body className="min-h-screen bg-white font-sans antialiased">
        <SkipLink />
        {children}
      </body>
    </html>
  );
}
