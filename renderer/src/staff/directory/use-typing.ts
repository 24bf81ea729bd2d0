import { useState } from 'react';

/** A form's typed values and which one the keyboard writes into. */
export function useTyping(initial: Readonly<Record<string, string>>) {
  const [values, setValues] = useState<Readonly<Record<string, string>>>(initial);
  const [focused, setFocused] = useState<string | null>(null);
  const edit = (change: (value: string) => string): void => {
    if (focused === null) return;
    setValues((current) => ({ ...current, [focused]: change(current[focused] ?? '') }));
  };
  return {
    values,
    setValues,
    focused,
    setFocused,
    keyboard: {
      onKey: (key: string) => {
        edit((value) => value + key);
      },
      onDelete: () => {
        edit((value) => value.slice(0, -1));
      },
      onClear: () => {
        edit(() => '');
      },
    },
  };
}
