/** The few terminal styles the pretty report uses; all of them plain text when colour is off. */
export interface Paint {
  readonly red: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly blue: (text: string) => string;
  readonly green: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly bold: (text: string) => string;
  readonly underline: (text: string) => string;
}

const style = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

const colored: Paint = {
  red: style(31, 39),
  yellow: style(33, 39),
  blue: style(34, 39),
  green: style(32, 39),
  dim: style(2, 22),
  bold: style(1, 22),
  underline: style(4, 24),
};

const plain = (text: string) => text;
const uncolored: Paint = {
  red: plain,
  yellow: plain,
  blue: plain,
  green: plain,
  dim: plain,
  bold: plain,
  underline: plain,
};

export function paint(enabled: boolean): Paint {
  return enabled ? colored : uncolored;
}
