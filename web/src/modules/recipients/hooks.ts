import { useQuery } from "@tanstack/react-query";
import { api, ok } from "../../api/client";
import { keys, queryClient } from "../../api/query";
import type { paths } from "../../api/schema";
import type { Recipient } from "./recipient";

export type CreateBody = paths["/api/v1/recipients"]["post"]["requestBody"]["content"]["application/json"];
export type PatchBody =
  paths["/api/v1/recipients/{key}"]["patch"]["requestBody"]["content"]["application/json"];

export const recipientsKey = ["recipients"] as const;

/** Every recipient, staff only. */
export function useRecipients() {
  return useQuery({
    queryKey: recipientsKey,
    queryFn: async () => (await ok(api.GET("/api/v1/recipients"))).items as unknown as Recipient[],
  });
}

export function useRecipient(key: string) {
  return useQuery({
    queryKey: keys.recipient(key),
    queryFn: async () =>
      (await ok(api.GET("/api/v1/recipients/{key}", { params: { path: { key } } }))) as unknown as Recipient,
  });
}

export function useCategories() {
  return useQuery({
    queryKey: ["categories"],
    queryFn: async () => (await ok(api.GET("/api/v1/categories"))).items,
  });
}

/** After a change: the list and the recipient itself load again. */
export function refreshRecipient(saved: Recipient) {
  // A saved recipient's answer has no delivery pause: keep the one shown until the refetch says.
  queryClient.setQueryData<Recipient>(keys.recipient(saved.key), (was) => ({
    ...saved,
    deliveryPause: saved.deliveryPause ?? was?.deliveryPause,
  }));
  void queryClient.invalidateQueries({ queryKey: recipientsKey });
}

export const createRecipient = async (body: Record<string, unknown>) =>
  (await ok(api.POST("/api/v1/recipients", { body: body as CreateBody }))) as unknown as Recipient;

export const patchRecipient = async (key: string, body: Record<string, unknown>) =>
  (await ok(
    api.PATCH("/api/v1/recipients/{key}", { params: { path: { key } }, body: body as PatchBody }),
  )) as unknown as Recipient;

export const retireRecipient = async (key: string) =>
  (await ok(
    api.POST("/api/v1/recipients/{key}/retire", { params: { path: { key } } }),
  )) as unknown as Recipient;

/** What a test send returns: the request made, the answer, and what a delivery would have made of it. */
export interface TestSend {
  outcome: string;
  reason: string | null;
  externalId: string | null;
  price: number | null;
  request: unknown;
  response: unknown;
}

export const sendTest = async (key: string) =>
  (await ok(
    api.POST("/api/v1/recipients/{key}/delivery/test", { params: { path: { key } }, body: {} }),
  )) as unknown as TestSend;

export interface PauseState {
  recipient: string;
  paused: boolean;
  pausedAt: string | null;
  waiting: number;
}

export const setPaused = async (key: string, paused: boolean) =>
  (await ok(
    api.POST(
      paused ? "/api/v1/recipients/{key}/delivery/pause" : "/api/v1/recipients/{key}/delivery/resume",
      {
        params: { path: { key } },
      },
    ),
  )) as unknown as PauseState;

export interface ReturnPolicy {
  windowDays: number;
  monthlyCap?: number | null;
}

export function useReturnPolicy(key: string) {
  return useQuery({
    queryKey: ["recipient", key, "return-policy"],
    queryFn: async () =>
      (await ok(
        api.GET("/api/v1/recipients/{key}/return-policy", { params: { path: { key } } }),
      )) as ReturnPolicy,
  });
}

export const putReturnPolicy = async (key: string, body: ReturnPolicy) =>
  (await ok(
    api.PUT("/api/v1/recipients/{key}/return-policy", { params: { path: { key } }, body }),
  )) as ReturnPolicy;
