import { useEffect, useId, useRef, type ReactElement, type ReactNode } from 'react';

import type { StaffScreenKind } from '../store/staff-state.js';

export interface StaffLayoutProps {
  readonly name: StaffScreenKind;
  readonly heading: ReactNode;
  readonly children?: ReactNode;
}

/** One task per staff screen, like the visitor's: the heading takes focus when it opens. */
export function StaffLayout({ name, heading, children }: StaffLayoutProps): ReactElement {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, []);
  return (
    <section className={`staff-screen staff-screen--${name}`} data-testid={`staff-${name}`} aria-labelledby={headingId}>
      <h1 id={headingId} ref={headingRef} tabIndex={-1} className="screen__heading" data-testid="staff-heading">
        {heading}
      </h1>
      {children}
    </section>
  );
}
