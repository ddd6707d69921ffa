// A secret the server shows once (an API token, a webhook's secret, a calendar address): the
// action's message, the value to copy, and what to do with it.
import { CopyField } from "@/components/ui/copy-field";

export function ShownOnce({
  id,
  message,
  label,
  value,
  children,
}: {
  id: string;
  message?: string;
  label: string;
  value: string;
  children?: React.ReactNode;
}) {
  return (
    <div
      className="flex flex-col gap-2 rounded-2xl bg-green-50 p-4 ring-2 ring-green-600"
      role="status"
    >
      <p className="font-bold">{message}</p>
      <CopyField id={id} label={label} value={value} />
      {children}
    </div>
  );
}
