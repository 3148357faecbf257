import { useMutation, useQuery } from "@tanstack/react-query";
import type { ChangeEvent } from "react";
import { api, ok } from "../../api/client";
import { keys, queryClient } from "../../api/query";
import { humanize } from "../../ui/format";
import { useToast } from "../../ui/toast";

type Reason = "busy" | "lunch" | "meeting" | "off_shift" | "other";
const REASONS: Reason[] = ["busy", "lunch", "meeting", "off_shift", "other"];
type Choice = { status: "available" } | { status: "away"; awayReason: Reason };

/**
 * Available, or Away with a reason, in the header. Going away with offers open warns that they
 * will be passed on.
 */
export function AvailabilityToggle({ recipient, openOffers }: { recipient: string; openOffers: number }) {
  const toast = useToast();
  const current = useQuery({
    queryKey: keys.recipient(recipient),
    queryFn: () => ok(api.GET("/api/v1/recipients/{key}", { params: { path: { key: recipient } } })),
  });
  const data = current.data as { status?: string; awayReason?: Reason | null } | undefined;
  const change = useMutation({
    mutationFn: (next: Choice) =>
      ok(api.PATCH("/api/v1/recipients/{key}", { params: { path: { key: recipient } }, body: next })),
    onSuccess: (saved, next) => {
      queryClient.setQueryData(keys.recipient(recipient), saved);
      toast(
        next.status === "away"
          ? `You are away (${humanize(next.awayReason).toLowerCase()}): no new offers until you are back.`
          : "You are available.",
      );
    },
    onError: (error) => toast(error.message, "error"),
  });
  if (!data?.status) return null;
  const away = data.status === "away";
  const value = away ? `away:${data.awayReason ?? "other"}` : "available";
  const choose = (event: ChangeEvent<HTMLSelectElement>) => {
    const picked = event.target.value;
    if (picked === value) return;
    if (picked === "available") return change.mutate({ status: "available" });
    if (!away && openOffers > 0) {
      const n = openOffers === 1 ? "1 open offer" : `${openOffers} open offers`;
      if (!window.confirm(`Going away passes your ${n} on to the next person. Go away?`)) {
        event.target.value = value;
        return;
      }
    }
    change.mutate({ status: "away", awayReason: picked.slice("away:".length) as Reason });
  };
  return (
    <label className={`availability ${away ? "is-away" : "is-available"}`}>
      <span className="dot" aria-hidden="true" />
      <select aria-label="Availability" value={value} onChange={choose} disabled={change.isPending}>
        <option value="available">Available</option>
        {REASONS.map((r) => (
          <option key={r} value={`away:${r}`}>
            Away: {humanize(r).toLowerCase()}
          </option>
        ))}
      </select>
    </label>
  );
}
