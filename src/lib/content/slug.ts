/** A URL fragment from a heading: "Professional skills" → "professional-skills". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
