// Calling server actions from integration tests the way a form would: fields in a FormData.
import type { ActionState } from "@/lib/actions/validated-action";

export type FormAction = (state: ActionState | null, formData: FormData) => Promise<ActionState>;

export function callAction(action: FormAction, fields: Record<string, string>) {
  const formData = new FormData();
  for (const [key, value] of Object.entries(fields)) formData.append(key, value);
  return action(null, formData);
}
