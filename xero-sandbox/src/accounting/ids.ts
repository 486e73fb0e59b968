/** Record maps are keyed by lower-cased id; Xero accepts GUIDs in any case. */
export function byId<T>(map: ReadonlyMap<string, T>, id: string | undefined): T | undefined {
  return id === undefined ? undefined : map.get(id.trim().toLowerCase());
}

export const ZERO_GUID = "00000000-0000-0000-0000-000000000000";

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
