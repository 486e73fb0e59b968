import { Button, type ButtonProps } from "@mantine/core";
import { type ReactNode, useEffect } from "react";
import { notifyFailure } from "../../lib/notify.js";
import { useAuthorizeXero } from "./xero-api.js";

interface AuthorizeXeroButtonProps extends Omit<ButtonProps, "loading" | "onClick"> {
  children: ReactNode;
}

/** Sends the browser to Xero's login and consent page; Xero sends it back to Settings & Apps. */
export function AuthorizeXeroButton({ children, disabled, ...props }: AuthorizeXeroButtonProps) {
  const authorize = useAuthorizeXero();
  const leaving = authorize.isPending || authorize.isSuccess;
  const { reset } = authorize;

  // Back from Xero's page through the browser's history: the page is shown again as it was left.
  useEffect(() => {
    function shown(event: PageTransitionEvent) {
      if (event.persisted) reset();
    }
    window.addEventListener("pageshow", shown);
    return () => window.removeEventListener("pageshow", shown);
  }, [reset]);

  return (
    <Button
      {...props}
      loading={leaving}
      disabled={disabled}
      onClick={() => {
        if (leaving) return;
        authorize.mutate(undefined, { onError: (error) => notifyFailure(error, "Xero could not be opened") });
      }}
    >
      {children}
    </Button>
  );
}
