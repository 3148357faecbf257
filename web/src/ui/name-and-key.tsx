import { useState } from "react";
import { keyFromName } from "./key-from-name";
import { Labeled } from "./labeled";
import { problemAt, type Problem } from "./problems";

/**
 * The name and key of a thing being created (the key follows the name until someone types one) or
 * edited (the key is shown, fixed). Returns the inputs and their current values.
 */
export function useNameAndKey(initial: { name: string; key: string } | undefined, keyHint: string) {
  const creating = initial === undefined;
  const [name, setName] = useState(initial?.name ?? "");
  const [key, setKey] = useState(initial?.key ?? "");
  const [keyTouched, setKeyTouched] = useState(false);
  const inputs = (problems: Problem[]) => (
    <div className="field-row">
      <Labeled label="Name" error={problemAt(problems, "name")}>
        {(c) => (
          <input
            {...c}
            value={name}
            required
            maxLength={200}
            onChange={(e) => {
              setName(e.target.value);
              if (creating && !keyTouched) setKey(keyFromName(e.target.value));
            }}
          />
        )}
      </Labeled>
      {creating ? (
        <Labeled label="Key" error={problemAt(problems, "key")} hint={keyHint}>
          {(c) => (
            <input
              {...c}
              value={key}
              required
              maxLength={64}
              spellCheck={false}
              autoComplete="off"
              onChange={(e) => {
                setKey(e.target.value);
                setKeyTouched(true);
              }}
            />
          )}
        </Labeled>
      ) : (
        <div className="field">
          <span className="field-label">Key</span>
          <code className="readonly">{key}</code>
        </div>
      )}
    </div>
  );
  return { name: name.trim(), key: key.trim(), inputs };
}
