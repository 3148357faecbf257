import { useToast } from "../../ui/toast";

/** Copies `text` to the clipboard and says so; says what to do when the browser refuses. */
export function CopyButton({ text, what }: { text: string; what: string }) {
  const toast = useToast();
  return (
    <button
      type="button"
      aria-label={`Copy the ${what}`}
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(text);
          toast(`The ${what} is copied.`);
        } catch {
          toast(`The browser did not allow copying: select the ${what} and copy it by hand.`, "error");
        }
      }}
    >
      Copy
    </button>
  );
}
