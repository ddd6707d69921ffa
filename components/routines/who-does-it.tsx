"use client";
// Who does a routine (the routine editor): the kids it is for, and with two or more whether each
// does it, they take turns, or it is a pool chore the first to take it does (issue 21).
import { useTranslations } from "next-intl";
import { Avatar } from "@/components/family/avatar";
import { SelectField } from "@/components/ui/select-field";
import type { EditorRoutine } from "@/components/routines/editor-state";

type Kid = { id: string; displayName: string; avatarEmoji: string; avatarColor: string };

export function WhoDoesIt({
  kids,
  kidIds,
  turns,
  error,
  onKids,
  onTurns,
}: {
  kids: Kid[];
  kidIds: string[];
  turns: EditorRoutine["turns"];
  error?: string;
  onKids: (kidIds: string[]) => void;
  onTurns: (turns: EditorRoutine["turns"]) => void;
}) {
  const t = useTranslations("routines.editor");
  return (
    <>
      <fieldset className="flex flex-col gap-2">
        <legend className="font-semibold">{t("who")}</legend>
        {kids.length === 0 && <p className="text-ink-700">{t("noKids")}</p>}
        <div className="flex flex-wrap gap-2">
          {kids.map((kid) => {
            const on = kidIds.includes(kid.id);
            return (
              <label key={kid.id} className="relative cursor-pointer">
                <input
                  type="checkbox"
                  checked={on}
                  onChange={() =>
                    onKids(on ? kidIds.filter((id) => id !== kid.id) : [...kidIds, kid.id])
                  }
                  className="peer absolute inset-0 size-full cursor-pointer opacity-0"
                />
                <span
                  className={`flex items-center gap-2 rounded-full py-1 ps-1 pe-4 font-semibold ring-2 peer-focus-visible:outline-4 peer-focus-visible:outline-sky-600 ${on ? "bg-green-50 ring-leaf-700" : "bg-white ring-stone-300"}`}
                >
                  <Avatar emoji={kid.avatarEmoji} color={kid.avatarColor} />
                  {kid.displayName}
                  <span aria-hidden>{on ? "✓" : ""}</span>
                </span>
              </label>
            );
          })}
        </div>
        {error && <p className="text-sm font-semibold text-red-700">{error}</p>}
      </fieldset>
      {/* Two kids or more may take turns instead (issue 21). */}
      {kidIds.length > 1 && (
        <SelectField
          id="routine-turns"
          label={t("turns")}
          hint={t("turnsHint")}
          value={turns}
          onChange={(e) => onTurns(e.target.value as EditorRoutine["turns"])}
        >
          <option value="">{t("turnsEveryone")}</option>
          <option value="DAY">{t("turnsDay")}</option>
          <option value="WEEK">{t("turnsWeek")}</option>
          <option value="POOL">{t("turnsPool")}</option>
        </SelectField>
      )}
    </>
  );
}
