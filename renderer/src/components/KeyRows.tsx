import type { ReactElement } from 'react';

export interface CharKeyProps {
  readonly char: string;
  /** The key's test id: the prefix and the character (`key-a`, `code-key-7`). */
  readonly testIdPrefix: string;
  readonly onKey: (key: string) => void;
}

/** One character key of an on-screen keyboard. */
export function CharKey({ char, testIdPrefix, onKey }: CharKeyProps): ReactElement {
  return (
    <button
      type="button"
      className="keyboard__key"
      data-testid={`${testIdPrefix}${char}`}
      data-verbatim=""
      // Keys must not take focus away from where a screen reader is; the press is enough.
      onMouseDown={(event) => {
        event.preventDefault();
      }}
      onClick={() => {
        onKey(char);
      }}
    >
      {char}
    </button>
  );
}

export interface KeyRowsProps {
  /** Each row's keys, one character each. */
  readonly rows: readonly (readonly string[])[];
  readonly testIdPrefix: string;
  readonly onKey: (key: string) => void;
}

/** The character keys of an on-screen keyboard, row by row. */
export function KeyRows({ rows, testIdPrefix, onKey }: KeyRowsProps): ReactElement {
  return (
    <>
      {rows.map((row) => (
        <div key={row.join('')} className="keyboard__row">
          {row.map((char) => (
            <CharKey key={char} char={char} testIdPrefix={testIdPrefix} onKey={onKey} />
          ))}
        </div>
      ))}
    </>
  );
}
