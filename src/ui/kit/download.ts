// Downloads text made on this phone as a file: a Blob and an <a download>, no server involved.
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked after the click has been handled; the file holds nothing secret beyond the appointment itself.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file-name-safe slug from a date, e.g. 2025-06-12. */
export function calendarFileName(prefix: string, date: string): string {
  return `${prefix}-${date.replace(/[^0-9-]/g, '')}.ics`;
}
