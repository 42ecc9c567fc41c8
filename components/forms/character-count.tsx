"use client";

import { useEffect, useRef, useState } from "react";
import { useWatch, type FieldValues, type Path } from "react-hook-form";
import type { AnyForm } from "./fields";

const count = new Intl.NumberFormat("en-GB");

export function remainingWords(length: number, max: number) {
  const left = max - length;
  if (left >= 0) return `You have ${count.format(left)} character${left === 1 ? "" : "s"} remaining`;
  return `You have ${count.format(-left)} character${left === -1 ? "" : "s"} too many`;
}

/**
 * GOV.UK's character count: the characters left against the limit, updated as the person
 * types. The visible count is read with the field; screen readers hear a live update once
 * typing pauses, not at every key.
 */
export function CharacterCount<T extends FieldValues>({
  form,
  name,
  id,
  max,
}: {
  form: AnyForm<T>;
  name: Path<T>;
  id: string;
  max: number;
}) {
  const value = useWatch({ control: form.control, name }) as unknown;
  const length = typeof value === "string" ? value.trim().length : 0;
  const words = remainingWords(length, max);
  const [announced, setAnnounced] = useState("");
  // Announced only once the person has typed: not for every box as the page loads.
  const initial = useRef(words);
  useEffect(() => {
    if (words === initial.current) return;
    const timer = setTimeout(() => setAnnounced(words), 1000);
    return () => clearTimeout(timer);
  }, [words]);
  return (
    <>
      <p id={`${id}-count`} className={`mt-1 text-base ${length > max ? "font-bold text-danger" : "text-muted"}`} data-character-count>
        {words}
      </p>
      <p className="sr-only" aria-live="polite">
        {announced}
      </p>
    </>
  );
}
