import { useTranslations } from "next-intl";
import { AVATAR_COLORS, AVATAR_EMOJIS, AVATAR_NAMES } from "@/lib/families/avatars";

/** Picture and colour choices as big radio buttons: quick with a thumb, fine with a keyboard. */
export function AvatarPicker({
  idPrefix,
  emoji,
  color,
  error,
}: {
  idPrefix: string;
  emoji?: string;
  color?: string;
  error?: string;
}) {
  const t = useTranslations("family.avatarPicker");
  return (
    <>
      <fieldset className="flex flex-col gap-2">
        <legend className="font-semibold">{t("picture")}</legend>
        <div className="flex flex-wrap gap-2">
          {AVATAR_EMOJIS.map((option, index) => (
            <label key={option} className="relative cursor-pointer">
              {/* The real radio covers its tile, invisible: the tile is what people see and tap. */}
              <input
                type="radio"
                name="avatarEmoji"
                value={option}
                defaultChecked={emoji ? emoji === option : index === 0}
                className="peer absolute inset-0 size-full cursor-pointer opacity-0"
                id={`${idPrefix}-emoji-${index}`}
              />
              <span className="grid size-12 place-items-center rounded-xl bg-sun-100 text-2xl ring-2 ring-transparent peer-checked:bg-white peer-checked:ring-4 peer-checked:ring-sky-600 peer-focus-visible:outline-4 peer-focus-visible:outline-sky-600">
                <span aria-hidden>{option}</span>
                <span className="sr-only">
                  {t(`pictures.${AVATAR_NAMES[option].toLowerCase()}`)}
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="flex flex-col gap-2">
        <legend className="font-semibold">{t("colour")}</legend>
        <div className="flex flex-wrap gap-2">
          {AVATAR_COLORS.map((option, index) => (
            <label key={option.value} className="relative cursor-pointer">
              <input
                type="radio"
                name="avatarColor"
                value={option.value}
                defaultChecked={color ? color === option.value : index === 0}
                className="peer absolute inset-0 size-full cursor-pointer opacity-0"
              />
              <span
                className="block size-12 rounded-full ring-offset-2 peer-checked:ring-4 peer-checked:ring-sky-600 peer-focus-visible:outline-4 peer-focus-visible:outline-sky-600"
                style={{ backgroundColor: option.value }}
              >
                <span className="sr-only">{t(`colours.${option.name.toLowerCase()}`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {error && <p className="text-sm font-semibold text-red-700">{error}</p>}
    </>
  );
}
