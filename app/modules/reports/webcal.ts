/**
 * The feed's address for calendar apps: webcal:// asks the operating system to open the
 * calendar app and subscribe (Apple Calendar, Outlook), where https:// would download a
 * file once. (Apart from ics.ts, so the calendar page's browser code does not carry the
 * `ics` library.)
 */
export function webcalUrl(feedUrl: string): string {
  return feedUrl.replace(/^https?:\/\//, "webcal://");
}
