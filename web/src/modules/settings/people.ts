import { useQuery } from "@tanstack/react-query";
import { api, ok } from "../../api/client";
import { USERS_KEY } from "./keys";

/** Users' names by id, for naming actors and token owners; empty for whoever may not list users. */
export function usePeople(enabled: boolean): Map<string, string> {
  const users = useQuery({
    queryKey: USERS_KEY,
    queryFn: () => ok(api.GET("/api/v1/users")),
    enabled,
  });
  return new Map((users.data?.items ?? []).map((u) => [u.id, u.name]));
}
