import { Alert, Anchor, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import type { Contract } from "../../../../shared/api/contracts.js";
import { FormError } from "../../../components/FormError.js";
import { InfoIcon } from "../../../components/icons.js";
import { ErrorState, LoadingState } from "../../../components/QueryStates.js";
import { notifySuccess } from "../../../lib/notify.js";
import { useProducts } from "../billing-api.js";
import { ContractLinesEditor } from "./ContractLinesEditor.js";
import { type ContractDraft, checkContract, formProblem, saveFailure, stillWrong } from "./contract-form.js";
import { useSaveContract } from "./contracts-api.js";
import { useFocusFirstError } from "./use-focus-first-error.js";

interface ContractFormProps {
  clientId: string;
  clientName: string;
  contract: Contract;
  initial: ContractDraft;
  onDone: () => void;
}

/** A client's contract being edited: billing day and lines; saving detaches it from its template. */
export function ContractForm({ clientId, clientName, contract, initial, onDone }: ContractFormProps) {
  const products = useProducts();
  const save = useSaveContract(clientId);
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const { formRef, showErrors } = useFocusFirstError(setErrors);

  function edit(next: ContractDraft) {
    setErrors((current) => stillWrong(current, draft, next));
    setDraft(next);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    setProblem(null);
    const checked = checkContract(draft);
    if (checked.errors) {
      showErrors(checked.errors);
      setProblem(formProblem(checked.errors, "", true));
      return;
    }
    try {
      await save.mutateAsync(checked.body);
      setErrors({});
      notifySuccess(`${clientName}'s contract is saved.`);
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
    <form ref={formRef} onSubmit={submit} noValidate aria-label="Contract">
      <Paper withBorder radius="md" p="md">
        <Stack gap="md">
          {contract.template && (
            <Alert color="blue" variant="light" icon={<InfoIcon />} role="note">
              Follows the template{" "}
              <Anchor component={Link} to="/billing/contract-templates" inherit fw={600}>
                {contract.template.name}
              </Anchor>
              . Saving changes here detaches this contract from it: later changes to the template no longer
              reach {clientName}.
            </Alert>
          )}
          {products.data.every((p) => !p.active) && (
            <Text size="sm" c="dimmed">
              No products yet: add them in{" "}
              <Anchor component={Link} to="/billing/products" inherit>
                Billing → Products
              </Anchor>{" "}
              first, each line bills one.
            </Text>
          )}
          <ContractLinesEditor draft={draft} onChange={edit} products={products.data} errors={errors} />
          <FormError message={problem} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onDone} disabled={save.isPending}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              Save contract
            </Button>
          </Group>
        </Stack>
      </Paper>
    </form>
  );
}
