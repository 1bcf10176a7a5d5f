/**
 * A small, immutable YAML syntax tree. Offsets are relative to the start of the chunk the node was parsed
 * from (see chunker.ts), so a parsed chunk can be reused unchanged wherever its text reappears in a later
 * version of the document.
 */

export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal' | 'folded';

/** What a YAML 1.2 core-schema reader makes of a scalar. */
export type YamlType = 'string' | 'int' | 'float' | 'bool' | 'null';

interface NodeBase {
  /** Offset of the node's first character (after any anchor or tag). */
  readonly start: number;
  /** Offset just after the node's value. */
  readonly end: number;
  readonly tag?: string;
  readonly anchor?: string;
}

export interface ScalarNode extends NodeBase {
  readonly kind: 'scalar';
  /** The string the author wrote, unquoted and unfolded, whatever type YAML would give it. */
  readonly text: string;
  readonly style: ScalarStyle;
  readonly yamlType: YamlType;
  /** The value a YAML reader gives this scalar, printed back; differs from `text` when YAML retypes it. */
  readonly resolved: string;
}

export interface PairNode {
  readonly start: number;
  readonly end: number;
  readonly key: SyntaxNode | null;
  readonly value: SyntaxNode | null;
}

export interface MapNode extends NodeBase {
  readonly kind: 'map';
  readonly flow: boolean;
  readonly pairs: readonly PairNode[];
}

export interface SeqNode extends NodeBase {
  readonly kind: 'seq';
  readonly flow: boolean;
  readonly items: readonly (SyntaxNode | null)[];
}

export interface AliasNode extends NodeBase {
  readonly kind: 'alias';
  readonly name: string;
}

export type SyntaxNode = ScalarNode | MapNode | SeqNode | AliasNode;

/** A problem the YAML reader found, relative to its chunk. */
export interface SyntaxProblem {
  readonly start: number;
  readonly end: number;
  readonly code: string;
  readonly message: string;
  /**
   * Structural problems the YAML reader does not treat as errors (aliases, unknown tags ...); `character`:
   * a character YAML forbids or one nobody can see (code CONTROL, INVISIBLE, or BOM at the chunk's start).
   */
  readonly kind: 'syntax' | 'unsupported' | 'too-complex' | 'character';
}

export function keyText(node: SyntaxNode | null): string | undefined {
  return node && node.kind === 'scalar' ? node.text : undefined;
}
