import { useCallback, useState } from "react";
import type { ImportCandidate } from "../../../../shared/api/imports.js";
import { defaultSelection, type FieldChoices, type Resolutions, type Take } from "./candidate-selection.js";

/** The choices made in each preview, kept while the page is open (switching tabs does not lose them). */
const kept = new Map<string, { selected: Set<string>; resolutions: Resolutions; fields: FieldChoices }>();

/**
 * What the user chose in a preview: the contacts selected, which client each ambiguous one is,
 * and for conflicting fields whose value to take.
 */
export function usePreviewChoices(runId: string, candidates: ImportCandidate[]) {
  const [choices, setChoices] = useState(
    () =>
      kept.get(runId) ?? {
        selected: defaultSelection(candidates),
        resolutions: new Map() as Resolutions,
        fields: new Map() as FieldChoices,
      },
  );
  const update = useCallback(
    (change: (current: typeof choices) => typeof choices) =>
      setChoices((current) => {
        const next = change(current);
        kept.set(runId, next);
        return next;
      }),
    [runId],
  );

  const setSelected = useCallback(
    (next: (current: Set<string>) => Set<string>) =>
      update((current) => ({ ...current, selected: next(current.selected) })),
    [update],
  );

  const toggle = useCallback(
    (id: string) =>
      setSelected((current) => {
        const next = new Set(current);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [setSelected],
  );

  // Choosing which client an ambiguous contact is selects it; taking the choice back clears it.
  const resolve = useCallback(
    (id: string, clientId: string | null | undefined) =>
      update((current) => {
        const resolutions = new Map(current.resolutions);
        const selected = new Set(current.selected);
        if (clientId === undefined) {
          resolutions.delete(id);
          selected.delete(id);
        } else {
          resolutions.set(id, clientId);
          selected.add(id);
        }
        return { ...current, resolutions, selected };
      }),
    [update],
  );

  // Choosing whose value a conflict takes; choosing the same again takes the choice back.
  const choose = useCallback(
    (id: string, field: string, take: Take) =>
      update((current) => {
        const fields = new Map(current.fields);
        const ofContact = new Map(fields.get(id));
        if (ofContact.get(field) === take) ofContact.delete(field);
        else ofContact.set(field, take);
        if (ofContact.size > 0) fields.set(id, ofContact);
        else fields.delete(id);
        return { ...current, fields };
      }),
    [update],
  );

  return { ...choices, setSelected, toggle, resolve, choose };
}
