import type { StoredChild } from '../../app/record-store';

/** What every section screen of a child receives from ChildRoutes. */
export interface SectionProps {
  child: StoredChild;
  /** The path part after the section, e.g. 'print' in /child/:id/passport/print. */
  sub?: string | undefined;
}
