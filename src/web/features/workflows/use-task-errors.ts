import { useState } from "react";
import { ApiError } from "../../lib/api.js";
import { useFocusFirstError } from "../billing/contracts/use-focus-first-error.js";
import type { TaskDraft } from "./task-draft.js";

/**
 * Field errors of a task list form, named as the server names them (`tasks.0.due.day`), from the
 * shared schema before saving or from a 400 after; the first field with one gets the cursor.
 * Editing a task clears its errors; adding, moving or removing one clears them all (their
 * numbers no longer fit).
 */
export function useTaskErrors() {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const { formRef, showErrors } = useFocusFirstError(setErrors);

  /** Drops the errors `keep` says no to; once none is left, the form's "see the marked fields" goes too. */
  function dropErrors(keep: (field: string) => boolean) {
    const next = Object.fromEntries(Object.entries(errors).filter(([k]) => keep(k)));
    if (Object.keys(next).length === Object.keys(errors).length) return;
    setErrors(next);
    if (Object.keys(next).length === 0) setProblem(null);
  }

  function tasksChanged(before: TaskDraft[], after: TaskDraft[]) {
    const sameRows = before.length === after.length && before.every((t, i) => t.rowId === after[i]?.rowId);
    if (!sameRows) return dropErrors((k) => !k.startsWith("tasks"));
    const changed = after.flatMap((t, i) => (t !== before[i] ? [`tasks.${i}.`] : []));
    dropErrors((k) => !changed.some((p) => k.startsWith(p)));
  }

  function showFailure(error: unknown) {
    if (error instanceof ApiError && Object.keys(error.fieldErrors).length > 0) {
      showErrors(error.fieldErrors);
      setProblem(
        error.code === "validation_failed"
          ? "Some fields need attention: see the marked fields."
          : error.message,
      );
    } else {
      setProblem(error instanceof Error ? error.message : "The template could not be saved.");
    }
  }

  return {
    errors,
    problem,
    formRef,
    tasksChanged,
    clear(field: string) {
      dropErrors((k) => k !== field);
    },
    showInvalid(fieldErrors: Record<string, string>) {
      showErrors(fieldErrors);
      setProblem("Some fields need attention: see the marked fields.");
    },
    showFailure,
    reset() {
      setErrors({});
      setProblem(null);
    },
  };
}
