/**
 * Plays an LSP snippet (the grammar of the specification: `$1`, `${1}`, `${1:default}`, `${1|a,b|}`, escapes)
 * as an author does in VS Code: a choice takes its first option, a placeholder keeps its default, and an empty
 * tab stop gets what the author types, in the order of the tab stops. Written from the specification, so tests
 * that pass through it do not rely on the server's own snippet writer.
 */
export interface PlayedSnippet {
  readonly text: string;
  /** Where each tab stop ended up in `text`, by its number: [start, end]. */
  readonly stops: ReadonlyMap<number, readonly [number, number]>;
}

export function playSnippet(snippet: string, typed: readonly string[] = []): PlayedSnippet {
  let text = '';
  const stops = new Map<number, [number, number]>();
  const queue = [...typed];
  let i = 0;
  const fill = (stop: number, value: string): void => {
    stops.set(stop, [text.length, text.length + value.length]);
    text += value;
  };
  while (i < snippet.length) {
    const c = snippet[i];
    if (c === '\\' && i + 1 < snippet.length && '$}\\'.includes(snippet[i + 1])) {
      text += snippet[i + 1];
      i += 2;
      continue;
    }
    if (c !== '$') {
      text += c;
      i++;
      continue;
    }
    const bare = /^\$(\d+)/.exec(snippet.slice(i));
    if (bare) {
      fill(Number(bare[1]), typedFor(queue, Number(bare[1])));
      i += bare[0].length;
      continue;
    }
    const open = /^\$\{(\d+)([:|}])/.exec(snippet.slice(i));
    if (!open) throw new Error(`not a snippet the test can play at ${i}: ${snippet}`);
    const stop = Number(open[1]);
    i += open[0].length;
    if (open[2] === '}') {
      fill(stop, typedFor(queue, stop));
    } else if (open[2] === ':') {
      let value = '';
      while (snippet[i] !== '}') {
        if (snippet[i] === '\\' && '$}\\'.includes(snippet[i + 1])) i++;
        value += snippet[i++];
      }
      i++;
      fill(stop, value);
    } else {
      const choices: string[] = [''];
      while (!(snippet[i] === '|' && snippet[i + 1] === '}')) {
        if (snippet[i] === '\\' && ',|\\'.includes(snippet[i + 1])) choices[choices.length - 1] += snippet[++i];
        else if (snippet[i] === ',') choices.push('');
        else choices[choices.length - 1] += snippet[i];
        i++;
        if (i >= snippet.length) throw new Error(`unterminated choice in ${snippet}`);
      }
      i += 2;
      fill(stop, choices[0]);
    }
  }
  if (queue.length) throw new Error(`typed ${JSON.stringify(queue)} left over: the snippet has fewer empty tab stops`);
  return { text, stops };
}

function typedFor(queue: string[], stop: number): string {
  const value = queue.shift();
  if (value === undefined) throw new Error(`nothing typed for tab stop ${stop}`);
  return value;
}
