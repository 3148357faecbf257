/** One Server-Sent Events message: its id (when it had one) and its parsed JSON data. */
export interface SseMessage {
  id: string | null;
  data: any;
}

/**
 * Reads an SSE response body until it ends or is aborted, calling `onMessage` with each message
 * that carries data (comments and keep-alives are skipped). Free of any test runner, so a
 * benchmark reads a stream the same way the tests do.
 */
export function readSse(body: ReadableStream<Uint8Array> | null, onMessage: (m: SseMessage) => void) {
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let id: string | null = null;
          const data: string[] = [];
          for (const line of block.split("\n")) {
            if (line.startsWith("id: ")) id = line.slice(4);
            else if (line.startsWith("data: ")) data.push(line.slice(6));
          }
          if (data.length > 0) onMessage({ id, data: JSON.parse(data.join("\n")) });
        }
      }
    } catch {
      // closed or aborted
    }
  })();
}
