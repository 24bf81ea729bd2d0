import { useEffect, useId, useRef, type ReactElement, type ReactNode } from 'react';

export interface ModalProps {
  readonly heading: ReactNode;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly className?: string;
  readonly testId?: string;
}

/**
 * A native `<dialog>` opened with `showModal()`: the browser then keeps focus inside it and makes
 * the page behind inert, which a hand-made overlay gets wrong for screen readers.
 */
export function Modal({ heading, onClose, children, className, testId }: ModalProps): ReactElement {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return undefined;
    if (!dialog.open) dialog.showModal();
    const onCancel = (event: Event): void => {
      // Escape closes through React state, so the dialog never closes behind React's back.
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={className === undefined ? 'modal' : `modal ${className}`}
      aria-labelledby={headingId}
      data-testid={testId}
    >
      <h2 id={headingId} className="modal__heading">
        {heading}
      </h2>
      {children}
    </dialog>
  );
}
