const rules = new Intl.PluralRules("en");
const numbers = new Intl.NumberFormat("en");

/** A count with its noun in the right form: `counted(1, "quote")` → "1 quote", `counted(1200, "edit")` → "1,200 edits". */
export function counted(n: number, one: string, other = `${one}s`): string {
  return `${numbers.format(n)} ${rules.select(n) === "one" ? one : other}`;
}
