import { z } from "zod";
import { Role } from "@/generated/prisma/enums";

export const MIN_PASSWORD_LENGTH = 12;

// Deduplicated: a role is held once, whatever a crafted request sends.
const roles = z
  .array(z.enum(Role))
  .min(1, "Choose at least one role.")
  .transform((list) => [...new Set(list)]);

export const createUserSchema = z.object({
  name: z.string().trim().min(1, "Enter the person's name.").max(120, "Name must be 120 characters or fewer."),
  email: z.string().trim().toLowerCase().pipe(z.email("Enter an email address in the correct format, like name@example.org.")),
  roles,
  // Blank means "no password": the person signs in with single sign-on only. Whether that is
  // allowed depends on the installation, so createUser decides (server/users/create-user.ts).
  password: z
    .string()
    .max(200, "Password must be 200 characters or fewer.")
    .refine((value) => value === "" || value.length >= MIN_PASSWORD_LENGTH, `Password must be at least ${MIN_PASSWORD_LENGTH} characters.`),
});
export type CreateUserInput = z.input<typeof createUserSchema>;

export const updateRolesSchema = z.object({ userId: z.string().min(1), roles });
export type UpdateRolesInput = z.input<typeof updateRolesSchema>;

export const setActiveSchema = z.object({ userId: z.string().min(1), active: z.boolean() });
