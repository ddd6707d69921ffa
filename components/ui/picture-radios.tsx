import { useTranslations } from "next-intl";

/** A row of emoji to pick one from, as plain radio buttons (works before JavaScript loads). */
export function PictureRadios({
  name,
  pictures,
  legend,
}: {
  name: string;
  pictures: readonly string[];
  legend?: string;
}) {
  const t = useTranslations("ui.picture");
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="font-semibold">{legend ?? t("legend")}</legend>
      <div className="flex flex-wrap gap-2">
        {pictures.map((picture, i) => (
          <label key={picture} className="relative cursor-pointer">
            <input
              type="radio"
              name={name}
              value={picture}
              defaultChecked={i === 0}
              aria-label={t("option", { picture })}
              className="peer absolute inset-0 size-full cursor-pointer opacity-0"
            />
            <span
              aria-hidden
              className="grid size-12 place-items-center rounded-xl bg-sun-100 text-2xl peer-checked:bg-white peer-checked:ring-4 peer-checked:ring-sky-600"
            >
              {picture}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
