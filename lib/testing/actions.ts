// Calling server actions from integration tests the way a form would: fields in a FormData.
import type { ActionState } from "@/lib/actions/validated-action";

export type FormAction = (state: ActionState | null, formData: FormData) => Promise<ActionState>;

/** Submits `fields` as a form would; a list is several inputs of one name (checkboxes). */
export function callAction(action: FormAction, fields: Record<string, string | string[]>) {
  const formData = new FormData();
  for (const [key, value] of Object.entries(fields))
    for (const one of Array.isArray(value) ? value : [value]) formData.append(key, one);
  return action(null, formData);
}
