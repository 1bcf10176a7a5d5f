/**
 * Where JSON text first opens more than `max` arrays and objects inside each other, or undefined. A scan
 * without recursion: it runs before the text is parsed, because the YAML composer that gives the entries their
 * places recurses once per level, and on deep enough input V8 aborts the whole process.
 */
export function excessiveJsonNesting(text: string, max: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > max) return i;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      if (depth > 0) depth--;
    }
  }
  return undefined;
}
