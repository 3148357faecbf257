import { useEffect } from "react";

/** Sets the tab's title: "(2) Work · Carousel" with a count, "Leads · Carousel" without. */
export function useTitle(page: string, count = 0) {
  useEffect(() => {
    document.title = `${count > 0 ? `(${count}) ` : ""}${page} · Carousel`;
  }, [page, count]);
}
