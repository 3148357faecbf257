import { lazy, Suspense } from "react";
import { Skeleton } from "../ui/feedback";

const RecipientScreen = lazy(() => import("../modules/recipients/recipient-screen"));

/** One recipient's editor (`/recipients/:key`), or a new one's (`/recipients/new`). */
export function RecipientPage({ recipientKey }: { recipientKey: string | null }) {
  return (
    <Suspense fallback={<Skeleton rows={8} label="Loading the editor" />}>
      <RecipientScreen recipientKey={recipientKey} />
    </Suspense>
  );
}
