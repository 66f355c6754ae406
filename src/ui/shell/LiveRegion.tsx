import { announcement } from '../state/language';

/** One polite live region for the whole app, so changes are spoken once. */
export function LiveRegion() {
  return (
    <div class="visually-hidden" role="status" aria-live="polite">
      {announcement.value}
    </div>
  );
}
