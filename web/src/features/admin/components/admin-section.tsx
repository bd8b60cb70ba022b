import type { ReactNode } from 'react';
import { DocumentTitle } from '../../../components/document-title';

/**
 * An admin page: a section named by its heading, the document title, the intro under the heading
 * and, beside them, the page's actions.
 */
export function AdminSection({
  titleId,
  title,
  intro,
  actions,
  children,
}: {
  titleId: string;
  title: string;
  intro: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={titleId}>
      <DocumentTitle page={title} />
      <div className="section-header">
        <div>
          <h2 id={titleId}>{title}</h2>
          <p className="muted">{intro}</p>
        </div>
        {actions}
      </div>
      {children}
    </section>
  );
}
