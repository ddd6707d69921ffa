import { useTranslations } from "next-intl";
/** A progress bar big enough to read from across the kitchen, with its numbers for screen readers. */
export function Progress({
  done,
  total,
  label,
  big,
  unit = "done",
  tone = "leaf",
}: {
  done: number;
  total: number;
  label: string;
  big?: boolean;
  /** Read after the numbers: "3 of 5 done" (the only unit so far). */
  unit?: "done";
  tone?: "leaf" | "amber";
}) {
  const t = useTranslations("tablet");
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  return (
    <div
      role="progressbar"
      aria-label={unit === "done" ? t("progress", { label, done, total }) : label}
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={done}
      className={`w-full overflow-hidden rounded-full bg-stone-200 ${big ? "h-8" : "h-5"}`}
    >
      <div
        className={`h-full rounded-full transition-[width] duration-300 ${tone === "leaf" ? "bg-leaf-600" : "bg-amber-400"}`}
        style={{ width: `${percent}%` }}
      />
    </div>
  );
}
