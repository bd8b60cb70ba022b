import { type ReactNode, useEffect, useId, useRef } from 'react';

interface EditorPanelProps {
  title: string;
  children: ReactNode;
}

/** An inline create/edit panel. Focus moves to its heading when it opens, so keyboard and screen reader users land in it. */
export function EditorPanel({ title, children }: EditorPanelProps) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, []);
  return (
    <section className="card editor-panel" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {title}
      </h3>
      {children}
    </section>
  );
}
