import type { ReactNode, Ref } from 'react';

interface AlertProps {
  tone: 'error' | 'success' | 'info' | 'warning';
  title?: ReactNode;
  children?: ReactNode;
  /** Errors interrupt screen readers (role=alert); other tones are polite (role=status). */
  live?: boolean;
  ref?: Ref<HTMLDivElement>;
  tabIndex?: number;
}

export function Alert({ tone, title, children, live = true, ref, tabIndex }: AlertProps) {
  const role = live ? (tone === 'error' ? 'alert' : 'status') : undefined;
  return (
    <div className={`alert alert--${tone}`} role={role} ref={ref} tabIndex={tabIndex}>
      {title && <p className="alert__title">{title}</p>}
      {children && <div className="alert__body">{children}</div>}
    </div>
  );
}
