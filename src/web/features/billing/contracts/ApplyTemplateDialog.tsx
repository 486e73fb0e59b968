import { Button, Group, Modal, MultiSelect, Radio, Stack, Text } from "@mantine/core";
import { useState } from "react";
import type { ContractTemplate } from "../../../../shared/api/contracts.js";
import { FormError } from "../../../components/FormError.js";
import { errorMessage } from "../../../lib/api.js";
import { notifySuccess } from "../../../lib/notify.js";
import { DEFAULT_PARAMS } from "../../clients/client-list-params.js";
import { fetchMatchingIds, useClientList } from "../../clients/clients-api.js";
import { useClientChoices } from "../invoices/invoices-api.js";
import { clientsWord, whoseContracts } from "./contract-form.js";
import { useApplyContractTemplate } from "./contracts-api.js";

/** The API applies a template to at most this many clients at once. */
const APPLY_LIMIT = 5000;

interface ApplyFormProps {
  template: ContractTemplate;
  onDone: () => void;
}

function ApplyForm({ template, onDone }: ApplyFormProps) {
  const [who, setWho] = useState<"chosen" | "all">("chosen");
  const [search, setSearch] = useState("");
  const [chosen, setChosen] = useState<Map<string, string>>(new Map());
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const found = useClientChoices(search);
  const active = useClientList({ ...DEFAULT_PARAMS, pageSize: 1 });
  const apply = useApplyContractTemplate();
  const activeCount = active.data?.total ?? null;
  const count = who === "all" ? (activeCount ?? 0) : chosen.size;

  // The clients found by the search, with the chosen ones kept listed while the search changes.
  const options = new Map<string, string>(chosen);
  for (const c of found.data?.items ?? []) options.set(c.id, c.name);
  const data = [...options].map(([value, label]) => ({ value, label }));

  async function confirm() {
    setBusy(true);
    setProblem(null);
    try {
      const clientIds = who === "all" ? (await fetchMatchingIds(DEFAULT_PARAMS)).ids : [...chosen.keys()];
      if (clientIds.length > APPLY_LIMIT)
        throw new Error(`Apply it to at most ${APPLY_LIMIT} clients at once.`);
      const { applied } = await apply.mutateAsync({ id: template.id, clientIds });
      notifySuccess(`${template.name} is applied to ${clientsWord(applied)}.`);
      onDone();
    } catch (error) {
      setProblem(error instanceof Error && !("status" in error) ? error.message : errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  if (confirming) {
    return (
      <Stack gap="md">
        <Text size="sm">
          The current contracts of {whoseContracts(who === "all" ? [] : [...chosen.values()], count)} are
          replaced: their lines and billing day become {template.name}'s, and later changes to {template.name}{" "}
          reach them too.
        </Text>
        <FormError message={problem} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => setConfirming(false)} disabled={busy} data-autofocus>
            Back
          </Button>
          <Button onClick={confirm} loading={busy}>
            Replace {count === 1 ? "1 contract" : `${count} contracts`}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Radio.Group
        label="Clients"
        value={who}
        onChange={(value) => setWho(value === "all" ? "all" : "chosen")}
      >
        <Stack gap="xs" mt={6}>
          <Radio value="chosen" label="The clients I choose" />
          <Radio
            value="all"
            label={activeCount === null ? "All active clients" : `All active clients (${activeCount})`}
          />
        </Stack>
      </Radio.Group>
      {who === "chosen" && (
        <MultiSelect
          label="Choose clients"
          placeholder={chosen.size === 0 ? "Search by name or code" : undefined}
          searchable
          clearable
          data={data}
          value={[...chosen.keys()]}
          searchValue={search}
          onSearchChange={setSearch}
          // The server searched already: show what it found.
          filter={({ options: all }) => all}
          nothingFoundMessage={found.isFetching ? "Searching…" : "No active client matches"}
          onChange={(ids) => {
            setChosen(new Map(ids.map((id) => [id, options.get(id) ?? id])));
            setSearch("");
          }}
          data-autofocus
          maxDropdownHeight={260}
        />
      )}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button onClick={() => setConfirming(true)} disabled={count === 0}>
          Apply to {clientsWord(count)}
        </Button>
      </Group>
    </Stack>
  );
}

interface ApplyTemplateDialogProps {
  template: ContractTemplate | null;
  onClose: () => void;
}

/** Gives many clients a template's contract at once, after saying their contracts are replaced. */
export function ApplyTemplateDialog({ template, onClose }: ApplyTemplateDialogProps) {
  // Kept while the dialog closes, so its words do not change under the user.
  const [shown, setShown] = useState(template);
  if (template && template !== shown) setShown(template);
  return (
    <Modal
      opened={template !== null}
      onClose={onClose}
      title={`Apply ${shown?.name ?? ""} to clients`}
      size="lg"
    >
      {shown && <ApplyForm key={shown.id} template={shown} onDone={onClose} />}
    </Modal>
  );
}
