/** The year whose data the pages show and edit, approve and lock: this calendar year. */
export function currentYear(): number {
  return new Date().getFullYear();
}
