type Tone = "info" | "success" | "warning" | "error";

const TONES: Record<Tone, string> = {
  info: "border-link",
  success: "border-success",
  warning: "border-warning",
  error: "border-danger",
};

/** A bordered panel for messages. role=status or alert lets screen readers announce it. */
export function Notice({
  tone = "info",
  title,
  children,
  live = false,
}: {
  tone?: Tone;
  title?: string;
  children?: React.ReactNode;
  live?: boolean;
}) {
  return (
    <div role={live ? (tone === "error" ? "alert" : "status") : undefined} className={`mb-6 border-l-8 bg-panel p-4 ${TONES[tone]}`}>
      {title && <h2 className="mb-1 text-xl font-bold">{title}</h2>}
      {children}
    </div>
  );
}
