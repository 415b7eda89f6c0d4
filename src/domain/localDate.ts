/*
 * The device's own calendar date, as YYYY-MM-DD, for file names and anything else a teacher
 * reads as "today". toISOString() gives the date in UTC, which in British Summer Time is still
 * yesterday from midnight to 1 am (and further off elsewhere). Stored record times stay UTC.
 */
export function localDate(at: Date = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(at.getFullYear()).padStart(4, '0')}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
}
