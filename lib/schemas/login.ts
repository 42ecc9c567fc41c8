import { z } from "zod";

export const loginSchema = z.object({
  email: z.string().trim().min(1, "Enter your email address.").max(320, "The email address is too long."),
  // Passwords are at most 200 characters when set (lib/schemas/user.ts).
  password: z.string().min(1, "Enter your password.").max(200, "The password is too long (at most 200 characters)."),
});
export type LoginInput = z.infer<typeof loginSchema>;
