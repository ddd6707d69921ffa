import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";
import type { GettingStarted } from "@/lib/dashboard/getting-started";
import { IntentLink } from "@/components/ui/intent-link";

/**
 * A new family's first steps, in order, each ticked once done: kids, a first routine, the family
 * tablet, a reward. The next step is the page's one main action; the list goes away once all
 * four are done (issue 17).
 */
export function GettingStartedSteps({ done }: { done: GettingStarted }) {
  const t = useTranslations("dashboard.gettingStarted");
  const steps = (
    [
      { key: "kids", href: "/family" },
      { key: "routines", href: "/routines/new" },
      { key: "tablets", href: "/family#tablet-heading" },
      { key: "rewards", href: "/rewards" },
    ] as const
  ).map((step) => ({ ...step, label: t(`${step.key}.label`), hint: t(`${step.key}.hint`) }));
  const next = steps.find((step) => done[step.key] === 0);
  if (!next) return null;
  return (
    <section
      aria-labelledby="start-heading"
      className="flex flex-col gap-4 rounded-3xl bg-white p-6 shadow ring-1 ring-black/5"
    >
      <h2 id="start-heading" className="text-xl font-bold">
        {t("heading")}
      </h2>
      <ol className="flex flex-col gap-3">
        {steps.map((step, index) => {
          const complete = done[step.key] > 0;
          const current = step === next;
          return (
            <li key={step.key} className="flex flex-wrap items-center gap-3">
              <span
                aria-hidden
                className={`grid size-9 shrink-0 place-items-center rounded-full font-bold ${complete ? "bg-leaf-700 text-white" : current ? "bg-sun-400 text-ink-900" : "bg-stone-200 text-ink-700"}`}
              >
                {complete ? "✓" : index + 1}
              </span>
              <span className="min-w-0 flex-1">
                <span className={`font-semibold ${complete ? "text-ink-700 line-through" : ""}`}>
                  {step.label}
                </span>
                <span className="sr-only">{complete ? ` ${t("done")}` : ""}</span>
                <span className="block text-sm text-ink-700">{step.hint}</span>
              </span>
              {!complete && (
                <IntentLink
                  href={step.href}
                  className={buttonClasses(current ? "primary" : "quiet", "sm")}
                >
                  {t.rich(current ? "start" : "go", {
                    step: step.label,
                    hidden: (chunks) => <span className="sr-only">{chunks}</span>,
                  })}
                </IntentLink>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
