import { useTranslations } from "next-intl";
import type { Jar } from "@/lib/money/rules";

const LOOK: Record<Jar, { emoji: string; tone: string }> = {
  SPEND: { emoji: "👛", tone: "bg-sun-100 ring-sun-400" },
  SAVE: { emoji: "🐷", tone: "bg-sky-50 ring-sky-300" },
  GIVE: { emoji: "💝", tone: "bg-rose-50 ring-rose-300" },
};

/** A kid's three jars with what each holds: the parent's money page and the kid's own tablet. */
export function JarsView({
  jars,
  format,
  size = "md",
}: {
  jars: Record<Jar, number>;
  format: (minor: number) => string;
  size?: "md" | "lg";
}) {
  const t = useTranslations("money");
  return (
    <ul aria-label={t("jarsTitle")} className="grid grid-cols-3 gap-2 sm:gap-3">
      {(Object.keys(LOOK) as Jar[]).map((jar) => (
        <li
          key={jar}
          className={`flex min-w-0 flex-col items-center gap-1 rounded-2xl p-2 text-center ring-2 sm:p-3 ${LOOK[jar].tone}`}
        >
          <span aria-hidden className={size === "lg" ? "text-5xl" : "text-3xl"}>
            {LOOK[jar].emoji}
          </span>
          <span className="text-sm font-semibold">{t(`jars.${jar}`)}</span>
          <span
            className={`font-extrabold tabular-nums break-all ${size === "lg" ? "text-2xl" : "text-lg"}`}
          >
            {format(jars[jar])}
          </span>
        </li>
      ))}
    </ul>
  );
}
