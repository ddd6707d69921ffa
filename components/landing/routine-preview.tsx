import { useTranslations } from "next-intl";

// A static picture of what a kid sees on the tablet, so a parent understands the product at a glance.
const cards = [
  { emoji: "☀️", title: "wakeUp", done: true },
  { emoji: "👕", title: "getDressed", done: true },
  { emoji: "🥣", title: "breakfast", done: false },
  { emoji: "🪥", title: "brushTeeth", done: false },
] as const;

export function RoutinePreview() {
  const t = useTranslations("landing.preview");
  return (
    <figure
      className="rounded-3xl bg-white p-5 shadow-xl ring-1 ring-black/5"
      aria-label={t("label")}
    >
      <div className="flex items-center gap-3">
        <span
          className="grid size-12 place-items-center rounded-full bg-orange-500 text-2xl"
          aria-hidden
        >
          🦊
        </span>
        <div>
          <p className="text-lg font-bold">{t("title")}</p>
          <div className="mt-1 h-3 w-40 overflow-hidden rounded-full bg-stone-200" aria-hidden>
            <div className="h-full w-1/2 rounded-full bg-leaf-600" />
          </div>
        </div>
      </div>
      <ul className="mt-5 grid grid-cols-2 gap-3" aria-hidden>
        {cards.map((card) => (
          <li
            key={card.title}
            className={`flex flex-col items-center gap-2 rounded-2xl p-4 text-center ${
              card.done ? "bg-green-100 ring-2 ring-leaf-600" : "bg-sun-100"
            }`}
          >
            <span className="text-4xl">{card.emoji}</span>
            <span className="font-semibold">{t(`cards.${card.title}`)}</span>
            <span
              className={`grid size-10 place-items-center rounded-full text-xl font-bold ${
                card.done ? "bg-leaf-600 text-white" : "border-2 border-stone-400 bg-white"
              }`}
            >
              {card.done ? "✓" : ""}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
