/** The document title of a use-case page: "<page> · Fahrplan". */
export function pageTitle(title: string | undefined) {
  return [{ title: title ? `${title} · Fahrplan` : "Fahrplan" }];
}
