import Markdown, { type Components } from "react-markdown";

// Paragraphs are plain text with a small Markdown subset: emphasis, lists and links.
// react-markdown builds React elements (never raw HTML: HTML in the text is shown as text),
// everything outside the allowed elements is unwrapped to its text, and its default URL
// transform drops javascript: and other unsafe link targets.
const ALLOWED = ["p", "em", "strong", "ul", "ol", "li", "a", "br"];

const components: Components = {
  p: ({ children }) => <p className="mb-2 last:mb-0">{children}</p>,
  ul: ({ children }) => <ul className="mb-2 list-disc pl-6">{children}</ul>,
  ol: ({ children }) => <ol className="mb-2 list-decimal pl-6">{children}</ol>,
  a: ({ href, children }) => (
    <a href={href} rel="nofollow noopener">
      {children}
    </a>
  ),
};

export function ParagraphText({ text }: { text: string }) {
  return (
    <Markdown allowedElements={ALLOWED} unwrapDisallowed skipHtml components={components}>
      {text}
    </Markdown>
  );
}
