import { useMutation, useQuery } from "@tanstack/react-query";
import { api, ok } from "../../api/client";
import { keys, queryClient } from "../../api/query";
import { useToast } from "../../ui/toast";

type Status = "available" | "away";

/** Available / Away in the header; going away with offers open warns that they will be passed on. */
export function AvailabilityToggle({ recipient, openOffers }: { recipient: string; openOffers: number }) {
  const toast = useToast();
  const current = useQuery({
    queryKey: keys.recipient(recipient),
    queryFn: () => ok(api.GET("/api/v1/recipients/{key}", { params: { path: { key: recipient } } })),
  });
  const status = (current.data as { status?: Status } | undefined)?.status;
  const change = useMutation({
    mutationFn: (next: Status) =>
      ok(
        api.PATCH("/api/v1/recipients/{key}", {
          params: { path: { key: recipient } },
          body: { status: next },
        }),
      ),
    onSuccess: (data, next) => {
      queryClient.setQueryData(keys.recipient(recipient), data);
      toast(next === "away" ? "You are away: no new offers until you are back." : "You are available.");
    },
    onError: (error) => toast(error.message, "error"),
  });
  if (!status) return null;
  const away = status === "away";
  const toggle = () => {
    if (!away && openOffers > 0) {
      const n = openOffers === 1 ? "1 open offer" : `${openOffers} open offers`;
      if (!window.confirm(`Going away passes your ${n} on to the next person. Go away?`)) return;
    }
    change.mutate(away ? "available" : "away");
  };
  return (
    <button
      type="button"
      className={`availability ${away ? "is-away" : "is-available"}`}
      aria-pressed={!away}
      onClick={toggle}
      disabled={change.isPending}
      title={away ? "You get no new offers. Click to become available." : "Click to go away."}
    >
      <span className="dot" aria-hidden="true" />
      {away ? "Away" : "Available"}
    </button>
  );
}
