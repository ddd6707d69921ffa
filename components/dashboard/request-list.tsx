import { useTranslations } from "next-intl";
import { Avatar } from "@/components/family/avatar";
import { ActionButton } from "@/components/ui/action-button";
import { approveRequestAction, denyRequestAction } from "@/lib/points/actions";

type Request = {
  id: string;
  cost: number;
  member: { displayName: string; avatarEmoji: string; avatarColor: string };
  reward: { name: string; emoji: string };
  balance: number;
};

const hidden = (chunks: React.ReactNode) => <span className="sr-only">{chunks}</span>;

export function RequestList({ requests }: { requests: Request[] }) {
  const t = useTranslations("dashboard.requests");
  if (requests.length === 0) return <p className="text-ink-700">{t("none")}</p>;
  return (
    <ul className="flex flex-col gap-3" aria-label={t("heading")}>
      {requests.map((request) => {
        const names = { reward: request.reward.name, kid: request.member.displayName };
        return (
          <li
            key={request.id}
            className="flex flex-wrap items-center justify-between gap-3 rounded-2xl bg-sun-50 p-4"
          >
            <span className="flex items-center gap-3">
              <Avatar emoji={request.member.avatarEmoji} color={request.member.avatarColor} />
              <span>
                {t.rich("asks", {
                  ...names,
                  emoji: request.reward.emoji,
                  cost: request.cost,
                  balance: request.balance,
                  strong: (chunks) => <strong>{chunks}</strong>,
                  picture: (chunks) => <span aria-hidden>{chunks}</span>,
                })}
              </span>
            </span>
            <span className="flex gap-2">
              <ActionButton
                action={approveRequestAction}
                fields={{ requestId: request.id }}
                variant="primary"
              >
                {t.rich("approve", { ...names, hidden })}
              </ActionButton>
              <ActionButton action={denyRequestAction} fields={{ requestId: request.id }}>
                {t.rich("notNow", { ...names, hidden })}
              </ActionButton>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
