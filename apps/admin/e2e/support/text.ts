/** Fills `{name}` placeholders of a dictionary text, as the app's translator does (without number formatting). */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
