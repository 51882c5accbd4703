/** The document title of a page: "<page> · Fahrplan". */
export function pageTitle(title: string | undefined) {
  return [{ title: title ? `${title} · Fahrplan` : "Fahrplan" }];
}
