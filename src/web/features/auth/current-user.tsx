import { createContext, useContext } from "react";
import type { Me } from "../../../shared/api/auth.js";
import { canManageCompany } from "../../../shared/roles.js";

export const CurrentUserContext = createContext<Me | null>(null);

/** The signed-in user, role and company; for pages inside the signed-in part of the app. */
export function useCurrentUser(): Me & { canManage: boolean } {
  const me = useContext(CurrentUserContext);
  if (!me) throw new Error("useCurrentUser is used outside the signed-in part of the app.");
  return { ...me, canManage: canManageCompany(me.role) };
}
