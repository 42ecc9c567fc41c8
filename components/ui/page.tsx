/** One page width everywhere, so content lines up with the header; readable measures are set inside. */
export function PageMain({ children }: { children: React.ReactNode }) {
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 focus:outline-none">
      {children}
    </main>
  );
}

export function PageTitle({ children, caption }: { children: React.ReactNode; caption?: React.ReactNode }) {
  return (
    <div className="mb-6">
      {caption && <p className="text-lg text-muted">{caption}</p>}
      <h1 className="text-3xl font-bold md:text-4xl">{children}</h1>
    </div>
  );
}
