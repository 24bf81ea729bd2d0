import type { ReactElement } from 'react';

export interface KeyRowsProps {
  /** Each row's keys, one character each. */
  readonly rows: readonly (readonly string[])[];
  /** The keys' test ids: the prefix and the key (`key-a`, `code-key-7`). */
  readonly testIdPrefix: string;
  readonly onKey: (key: string) => void;
}

/** The character keys of an on-screen keyboard, row by row. */
export function KeyRows({ rows, testIdPrefix, onKey }: KeyRowsProps): ReactElement {
  return (
    <>
      {rows.map((row) => (
        <div key={row.join('')} className="keyboard__row">
          {row.map((key) => (
            <button
              key={key}
              type="button"
              className="keyboard__key"
              data-testid={`${testIdPrefix}${key}`}
              data-verbatim=""
              // Keys must not take focus away from where a screen reader is; the press is enough.
              onMouseDown={(event) => {
                event.preventDefault();
              }}
              onClick={() => {
                onKey(key);
              }}
            >
              {key}
            </button>
          ))}
        </div>
      ))}
    </>
  );
}
