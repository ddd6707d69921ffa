/**
 * A few worded choices as tiles (one radio each): a picture, a name and an optional hint. Plain
 * radio buttons underneath, so it works with a keyboard and before JavaScript loads.
 */
export function ChoiceRadios<T extends string>({
  name,
  legend,
  choices,
  value,
}: {
  name: string;
  legend: string;
  choices: Record<T, { emoji?: string; label: string; hint?: string }>;
  value: T;
}) {
  const entries = Object.entries(choices) as [
    T,
    { emoji?: string; label: string; hint?: string },
  ][];
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="font-semibold">{legend}</legend>
      {/* Side by side when the form is wide enough (not the window: a kid's card may be narrow). */}
      <div className="@container">
        <div className="grid gap-2 @md:grid-cols-3">
          {entries.map(([option, choice]) => (
            <label key={option} className="relative cursor-pointer">
              <input
                type="radio"
                name={name}
                value={option}
                defaultChecked={option === value}
                className="peer absolute inset-0 size-full cursor-pointer opacity-0"
              />
              <span className="flex h-full min-h-12 items-start gap-2 rounded-xl bg-white px-3 py-2 ring-2 ring-stone-300 peer-checked:bg-sky-50 peer-checked:ring-4 peer-checked:ring-sky-600 peer-focus-visible:outline-4 peer-focus-visible:outline-sky-600">
                {choice.emoji && (
                  <span aria-hidden className="text-xl">
                    {choice.emoji}
                  </span>
                )}
                <span className="flex flex-col">
                  <span className="font-semibold">{choice.label}</span>
                  {choice.hint && <span className="text-sm text-ink-700">{choice.hint}</span>}
                </span>
              </span>
            </label>
          ))}
        </div>
      </div>
    </fieldset>
  );
}
