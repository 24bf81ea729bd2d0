import { useEffect, useId, useRef, type ReactElement, type ReactNode } from 'react';

import type { StaffScreenKind } from '../store/staff-state.js';

import { StaffBackButton } from './StaffBackButton.js';

export interface StaffLayoutProps {
  readonly name: StaffScreenKind;
  readonly heading: ReactNode;
  /**
   * "Back" to the staff home, beside the heading. Always there, never under the screen's content:
   * content that arrives later (a report's preview, a check's results) would move it under a
   * finger on its way to it.
   */
  readonly back?: boolean;
  readonly children?: ReactNode;
}

/** One task per staff screen, like the visitor's: the heading takes focus when it opens. */
export function StaffLayout({ name, heading, back = false, children }: StaffLayoutProps): ReactElement {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, []);
  const title = (
    <h1 id={headingId} ref={headingRef} tabIndex={-1} className="screen__heading" data-testid="staff-heading">
      {heading}
    </h1>
  );
  return (
    <section className={`staff-screen staff-screen--${name}`} data-testid={`staff-${name}`} aria-labelledby={headingId}>
      {back ? (
        <div className="staff-screen__top">
          <StaffBackButton />
          {title}
        </div>
      ) : (
        title
      )}
      {children}
    </section>
  );
}
