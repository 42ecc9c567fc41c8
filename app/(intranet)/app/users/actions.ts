"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/server/run-action";
import { createUser } from "@/server/users/create-user";
import { updateUserRoles } from "@/server/users/update-user-roles";
import { setUserActive } from "@/server/users/set-user-active";
import { createUserSchema, setActiveSchema, updateRolesSchema } from "@/lib/schemas/user";

export async function createUserAction(input: unknown) {
  return runAction(createUserSchema, input, async (actor, data) => {
    const user = await createUser({ actor, input: data });
    revalidatePath("/app/users");
    return { id: user.id };
  });
}

export async function updateUserRolesAction(input: unknown) {
  return runAction(updateRolesSchema, input, async (actor, data) => {
    await updateUserRoles({ actor, userId: data.userId, roles: data.roles });
    revalidatePath(`/app/users/${data.userId}`);
  });
}

export async function setUserActiveAction(input: unknown) {
  return runAction(setActiveSchema, input, async (actor, data) => {
    await setUserActive({ actor, userId: data.userId, active: data.active });
    revalidatePath(`/app/users/${data.userId}`);
  });
}
