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

/**
 * Hands bytes made on this phone to the person as a file: the share sheet where the phone offers
 * one (messaging, mail, files), else a download. 'cancelled' when they closed the share sheet.
 */
export async function saveOrShareFile(bytes: Uint8Array, fileName: string, title: string): Promise<'saved' | 'cancelled' | 'failed'> {
  const file = new File([bytes as Uint8Array<ArrayBuffer>], fileName, { type: 'application/octet-stream' });
  try {
    if (navigator.canShare?.({ files: [file] })) {
      await navigator.share({ files: [file], title });
    } else {
      const url = URL.createObjectURL(file);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    }
    return 'saved';
  } catch (e) {
    return (e as DOMException).name === 'AbortError' ? 'cancelled' : 'failed';
  }
}
