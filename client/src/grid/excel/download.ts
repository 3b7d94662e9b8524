import { foldVietnamese, todayInVietnam } from '@ntm/shared';

/** "Xã, Huyện Nam Giang" -> "xa-huyen-nam-giang": ASCII, for any file system and mail client. */
export function slug(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** "xa-huyen-nam-giang-2026-11-29.xlsx": what, and the day (in Vietnam) it was taken. */
export function datedFileName(base: string, extension: string, day = todayInVietnam()): string {
  return `${slug(base) || 'bang'}-${day}.${extension}`;
}

/** Hands a file to the browser to save, as a click on a download link would. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked once the browser has taken the file.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
