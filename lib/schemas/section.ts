import { z } from "zod";

export const MAX_PARAGRAPH = 6000;

export const sectionSchema = z.object({
  sectionId: z.string().min(1),
  version: z.number().int(),
  heading: z.string().trim().min(1, "Enter a heading").max(200, "Heading must be 200 characters or fewer"),
  covers: z
    .array(z.string())
    .default([])
    .transform((keys) => [...new Set(keys)]),
  paragraphs: z.array(
    z.object({
      text: z
        .string()
        .trim()
        .min(1, "Enter the paragraph text, or remove the paragraph")
        .max(MAX_PARAGRAPH, `A paragraph must be ${MAX_PARAGRAPH} characters or fewer: shorten it or split it in two`),
      /** Copied from last quarter and not yet updated (the server keeps the mark only on unchanged text). */
      carriedOver: z.boolean().default(false),
      /** The author confirms a carried-over paragraph is still right as it is. */
      confirmed: z.boolean().default(false),
    }),
  ),
});
export type SectionInput = z.input<typeof sectionSchema>;

export const coverageSchema = z.object({
  submissionId: z.string().min(1),
  version: z.number().int(),
  items: z
    .array(
      z.object({
        measureKey: z.string().min(1),
        notApplicable: z.boolean(),
        reason: z.string().trim().max(1000, "Reason must be 1000 characters or fewer"),
      }),
    )
    .superRefine((items, ctx) => {
      if (new Set(items.map((i) => i.measureKey)).size !== items.length)
        ctx.addIssue({ code: "custom", message: "Each priority may appear once" });
      items.forEach((item, index) => {
        if (item.notApplicable && !item.reason)
          ctx.addIssue({ code: "custom", path: [index, "reason"], message: "Say why this priority is not applicable" });
      });
    }),
});
export type CoverageInput = z.input<typeof coverageSchema>;

export const addSectionSchema = z.object({ submissionId: z.string().min(1) });
export const deleteSectionSchema = z.object({ sectionId: z.string().min(1), version: z.number().int() });
