/** Fills `{name}` placeholders in a catalogue message; a missing value throws, so a broken message never ships. */
export function fillMessage(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`Message "${template}" needs a value for {${name}}`);
    return String(values[name]);
  });
}
