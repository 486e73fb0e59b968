import { useEffect, useRef, useState } from "react";

/**
 * Shows a failed save's field errors and puts the cursor in the first field that has one,
 * so a long line table does not hide what needs fixing.
 */
export function useFocusFirstError(setErrors: (errors: Record<string, string>) => void) {
  const formRef = useRef<HTMLFormElement>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (attempt === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);
  return {
    formRef,
    showErrors(errors: Record<string, string>) {
      setErrors(errors);
      setAttempt((n) => n + 1);
    },
  };
}
