/**
 * Folds Vietnamese text for comparison and search: lower case, no diacritics, "đ" as "d",
 * single spaces. "Đại Lộc" and "dai  loc" fold to the same string.
 *
 * Folding loses information on purpose: "Tam Thanh", "Tam Thạnh" and "Tam Thành" fold alike,
 * so a folded match is a candidate, never proof of identity.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
