import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Scorecard", template: "%s – Scorecard" },
  description: "Quarterly statements on the National Policing Priorities and the Police and Crime Plan scorecard.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en-GB">
      <body className="min-h-screen bg-white font-sans antialiased">
        <a
          href="#main"
          className="no-print sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-focus focus:px-3 focus:py-2"
        >
          Skip to main content
        </a>
        {children}
      </body>
    </html>
  );
}
