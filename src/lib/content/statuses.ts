/** The anchor of a numbered professional standard on its status page: "standard-11". */
export function standardAnchor(number: number): string {
  return `standard-${number}`;
}
