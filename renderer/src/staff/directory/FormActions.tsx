import type { ReactElement } from 'react';

export interface FormAction {
  readonly testId: string;
  readonly label: string;
  readonly onClick: () => void;
  readonly disabled?: boolean;
}

export interface FormActionsProps {
  /** The form's own action: save, close, set. */
  readonly primary: FormAction & { readonly className?: string };
  /** What takes it back, when there is something to take back: reopen, remove, undo. */
  readonly secondary?: FormAction | null;
}

/** The buttons under a directory form: its action first, then what undoes it. */
export function FormActions({ primary, secondary = null }: FormActionsProps): ReactElement {
  return (
    <div className="staff-form-actions">
      <button
        type="button"
        className={`button button--primary ${primary.className ?? ''}`.trim()}
        data-testid={primary.testId}
        disabled={primary.disabled}
        onClick={primary.onClick}
      >
        {primary.label}
      </button>
      {secondary === null ? null : (
        <button
          type="button"
          className="button"
          data-testid={secondary.testId}
          disabled={secondary.disabled}
          onClick={secondary.onClick}
        >
          {secondary.label}
        </button>
      )}
    </div>
  );
}
