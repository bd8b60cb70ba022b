import type { ReactNode } from 'react';
import { Alert } from './alert';

/**
 * A move the API refused as illegal (cases, breakthroughs, plans): why, the moves the record may make
 * now, and what the screen offers next (`children`).
 */
export function IllegalMoveAlert({
  title,
  reason,
  allowed,
  children,
}: {
  title: string;
  reason: string;
  allowed?: string | undefined;
  children?: ReactNode;
}) {
  return (
    <Alert tone="error" title={title}>
      <p>{reason}</p>
      {allowed && <p>{allowed}</p>}
      {children}
    </Alert>
  );
}
