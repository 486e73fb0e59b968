import { type ChangeEvent, type FormEvent, useEffect, useRef, useState } from "react";
import type { ZodType } from "zod";
import { ApiError, errorMessage } from "./api.js";

type Values = Record<string, string>;

/** What `form.field(name)` spreads onto an input. */
export interface FieldProps {
  name: string;
  value: string;
  error: string | undefined;
  "aria-invalid": true | undefined;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
}
type Errors = Record<string, string | undefined>;

interface FormOptions<T extends Values, Out> {
  initialValues: T;
  /** Checked before sending, with the same schema (and messages) the server uses. */
  schema: ZodType<Out>;
  onSubmit: (input: Out) => Promise<unknown>;
}

/**
 * A small form state: values, field errors (from the shared schema before sending, and from the
 * server's `validation_failed` details after), a form-level error, and one submission at a time.
 * After a failed submit the first field with an error gets focus.
 */
export function useForm<T extends Values, Out>({ initialValues, schema, onSubmit }: FormOptions<T, Out>) {
  const [values, setValues] = useState<T>(initialValues);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const inFlight = useRef(false);

  useEffect(() => {
    if (attempt === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  function isField(name: string): name is keyof T & string {
    return Object.hasOwn(initialValues, name);
  }

  function field<K extends keyof T & string>(name: K): FieldProps {
    return {
      name,
      value: values[name] ?? "",
      error: errors[name],
      // Mantine marks some inputs (PasswordInput) invalid only visually; say it to assistive tech too.
      "aria-invalid": errors[name] ? true : undefined,
      onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
        const value = event.currentTarget.value;
        setValues((current) => ({ ...current, [name]: value }));
        setErrors((current) => ({ ...current, [name]: undefined }));
      },
    };
  }

  /** The same for a Select, which hands over its value (null when cleared) rather than an event. */
  function choice<K extends keyof T & string>(name: K) {
    return {
      name,
      value: values[name] || null,
      error: errors[name],
      "aria-invalid": errors[name] ? (true as const) : undefined,
      onChange: (value: string | null) => {
        setValues((current) => ({ ...current, [name]: value ?? "" }));
        setErrors((current) => ({ ...current, [name]: undefined }));
      },
    };
  }

  function showError(error: unknown) {
    const next: Record<string, string> = {};
    if (error instanceof ApiError) {
      for (const [name, message] of Object.entries(error.fieldErrors)) {
        if (isField(name)) next[name] = message;
      }
    }
    const matched = Object.keys(next).length > 0;
    setErrors(next);
    // "Some fields need attention", or the very message a field shows, adds nothing; others do.
    // Field errors this form has no field for are spelled out instead.
    const unmatched = error instanceof ApiError && !matched ? Object.values(error.fieldErrors).join(" ") : "";
    const message = unmatched || errorMessage(error);
    const generic = error instanceof ApiError && error.code === "validation_failed" && matched;
    setFormError(generic || Object.values(next).includes(message) ? null : message);
    setAttempt((n) => n + 1);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (inFlight.current) return;
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        // Nested fields are named by their path, as the server names them: "address.line1".
        const name = issue.path.map(String).join(".");
        if (isField(name) && !next[name]) next[name] = issue.message;
      }
      setErrors(next);
      setFormError(null);
      setAttempt((n) => n + 1);
      return;
    }
    inFlight.current = true;
    setSubmitting(true);
    setFormError(null);
    try {
      await onSubmit(parsed.data);
    } catch (error) {
      showError(error);
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  }

  function reset(next: T = initialValues) {
    setValues(next);
    setErrors({});
    setFormError(null);
  }

  return { values, setValues, field, choice, errors, formError, submitting, handleSubmit, reset, formRef };
}
