/** The figure check of the force statement in one sentence, shown to its author and its approver. */
export function FigureCheckSummary({ check }: { check: { confirmed: number; flagged: number } }) {
  const { confirmed, flagged } = check;
  return (
    <p className={`mb-4 border-l-4 pl-3 ${flagged ? "border-danger" : "border-success"}`} data-figure-check-summary>
      Figure check of the force statement: {confirmed} number{confirmed === 1 ? "" : "s"} match the entered figures
      {flagged ? (
        <strong>
          ; {flagged} look{flagged === 1 ? "s" : ""} wrong (marked below). Check before you continue.
        </strong>
      ) : (
        "; none look wrong."
      )}
    </p>
  );
}
