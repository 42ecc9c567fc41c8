import { RAG_LABELS, type Rag } from "@/lib/kpis/rag";

const STYLES: Record<Rag, string> = {
  GREEN: "bg-success text-white",
  AMBER: "bg-[#ffdd00] text-ink",
  RED: "bg-danger text-white",
};

/** RAG in words as well as colour, so it reads without colour vision or in print. */
export function RagBadge({ rag }: { rag: Rag | null }) {
  if (!rag) return <span>Not yet reported</span>;
  return <strong className={`inline-block px-2 py-0.5 ${STYLES[rag]}`}>{RAG_LABELS[rag]}</strong>;
}
