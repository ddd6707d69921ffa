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

export function RequestList({ requests }: { requests: Request[] }) {
  if (requests.length === 0) return <p className="text-ink-700">No one is asking right now.</p>;
  return (
    <ul className="flex flex-col gap-3" aria-label="Reward requests">
      {requests.map((request) => (
        <li
          key={request.id}
          className="flex flex-wrap items-center justify-between gap-3 rounded-2xl bg-sun-50 p-4"
        >
          <span className="flex items-center gap-3">
            <Avatar emoji={request.member.avatarEmoji} color={request.member.avatarColor} />
            <span>
              <strong>{request.member.displayName}</strong> asks for{" "}
              <span aria-hidden>{request.reward.emoji} </span>
              <strong>{request.reward.name}</strong> ({request.cost} stars, has {request.balance})
            </span>
          </span>
          <span className="flex gap-2">
            <ActionButton
              action={approveRequestAction}
              fields={{ requestId: request.id }}
              variant="primary"
            >
              Approve
              <span className="sr-only">
                {" "}
                {request.reward.name} for {request.member.displayName}
              </span>
            </ActionButton>
            <ActionButton action={denyRequestAction} fields={{ requestId: request.id }}>
              Not now
              <span className="sr-only">
                {" "}
                ({request.reward.name} for {request.member.displayName})
              </span>
            </ActionButton>
          </span>
        </li>
      ))}
    </ul>
  );
}
