export function PageMain({ children, wide = false }: { children: React.ReactNode; wide?: boolean }) {
  return (
    <main id="main" tabIndex={-1} className={`mx-auto px-4 py-8 ${wide ? "max-w-6xl" : "max-w-5xl"}`}>
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
