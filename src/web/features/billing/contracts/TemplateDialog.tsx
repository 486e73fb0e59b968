import { Alert, Button, Group, Modal, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import type { ContractTemplate } from "../../../../shared/api/contracts.js";
import { FormError } from "../../../components/FormError.js";
import { InfoIcon } from "../../../components/icons.js";
import { ErrorState, LoadingState } from "../../../components/QueryStates.js";
import { notifySuccess } from "../../../lib/notify.js";
import { useProducts } from "../billing-api.js";
import { ContractLinesEditor } from "./ContractLinesEditor.js";
import {
  type ContractDraft,
  checkTemplate,
  clientsWord,
  draftLines,
  emptyContractLine,
  formProblem,
  monthOf,
  saveFailure,
  stillWrong,
} from "./contract-form.js";
import { useCreateContractTemplate, useUpdateContractTemplate } from "./contracts-api.js";
import { useFocusFirstError } from "./use-focus-first-error.js";

interface TemplateFormProps {
  /** The template to edit; a new one when null. */
  template: ContractTemplate | null;
  onDone: () => void;
}

function initialDraft(template: ContractTemplate | null): ContractDraft {
  if (!template) return { name: "", billingDay: "1", lines: [emptyContractLine(monthOf(new Date()))] };
  return { name: template.name, billingDay: String(template.billingDay), lines: draftLines(template.lines) };
}

function TemplateForm({ template, onDone }: TemplateFormProps) {
  const products = useProducts();
  const create = useCreateContractTemplate();
  const update = useUpdateContractTemplate();
  const [draft, setDraft] = useState(() => initialDraft(template));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const { formRef, showErrors } = useFocusFirstError(setErrors);

  function edit(next: ContractDraft) {
    setErrors((current) => stillWrong(current, draft, next));
    setDraft(next);
  }
  const saving = create.isPending || update.isPending;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setProblem(null);
    const checked = checkTemplate(draft);
    if (checked.errors) {
      showErrors(checked.errors);
      setProblem(formProblem(checked.errors, "", true));
      return;
    }
    try {
      const saved = template
        ? await update.mutateAsync({ id: template.id, body: checked.body })
        : await create.mutateAsync(checked.body);
      notifySuccess(template ? `${saved.name} is saved.` : `${saved.name} is added.`);
      onDone();
    } catch (error) {
      const failure = saveFailure(error, checked.index);
      showErrors(failure.fields);
      setProblem(failure.problem);
    }
  }

  if (products.isPending) return <LoadingState label="Loading products…" />;
  if (products.isError) return <ErrorState error={products.error} onRetry={() => products.refetch()} />;

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label="Contract template">
      <Stack gap="md">
        {template && template.clientCount > 0 && (
          <Alert color="blue" variant="light" icon={<InfoIcon />} role="note">
            {clientsWord(template.clientCount)} {template.clientCount === 1 ? "follows" : "follow"} this
            template: a new billing day or lines reach their contracts when you save.
          </Alert>
        )}
        <TextInput
          label="Name"
          description='Such as "Bookkeeping S"; unique in your company'
          required
          autoComplete="off"
          data-autofocus
          w={{ base: "100%", xs: 420 }}
          value={draft.name ?? ""}
          onChange={(e) => edit({ ...draft, name: e.currentTarget.value })}
          error={errors.name}
          aria-invalid={errors.name ? true : undefined}
        />
        <ContractLinesEditor draft={draft} onChange={edit} products={products.data} errors={errors} />
        <FormError message={problem} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={saving}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            {template ? "Save template" : "Add template"}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface TemplateDialogProps {
  opened: boolean;
  onClose: () => void;
  template: ContractTemplate | null;
}

/** Make a contract template, or change one (its clients' contracts change with it). */
export function TemplateDialog({ opened, onClose, template }: TemplateDialogProps) {
  // Kept while the dialog closes, so its title and fields do not change under the user.
  const [shown, setShown] = useState(template);
  if (template && template !== shown) setShown(template);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={shown ? `Edit ${shown.name}` : "New contract template"}
      size="min(1120px, 96vw)"
    >
      <TemplateForm key={shown?.id ?? "new"} template={shown} onDone={onClose} />
    </Modal>
  );
}
