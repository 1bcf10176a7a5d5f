import type { Bilingual } from './messages';

/**
 * The `yaml` package explains its errors in English only; these are the German explanations, by error code.
 * English readers get the package's own, more specific wording.
 */
const german: Record<string, string> = {
  ALIAS_PROPS: 'Ein Alias darf keinen Anker und kein Tag tragen.',
  BAD_ALIAS: 'Ungültiger Alias.',
  BAD_DIRECTIVE: 'Ungültige Direktive.',
  BAD_DQ_ESCAPE: 'Ungültige Escape-Sequenz in doppelten Anführungszeichen.',
  BAD_INDENT: 'Die Einrückung passt nicht zur Struktur.',
  BAD_PROP_ORDER: 'Anker und Tag stehen in falscher Reihenfolge.',
  BAD_SCALAR_START: 'Ein Wert darf nicht mit diesem Zeichen beginnen; setzen Sie ihn in Anführungszeichen.',
  BLOCK_AS_IMPLICIT_KEY:
    'Verschachtelte Zuordnungen sind in einer kompakten Zuordnung nicht erlaubt; steht ein Doppelpunkt im Text, setzen Sie den Text in Anführungszeichen.',
  BLOCK_IN_FLOW: 'Blockstil ist innerhalb von [ ] oder { } nicht erlaubt.',
  DUPLICATE_KEY: 'Der Schlüssel kommt mehrfach vor.',
  IMPOSSIBLE: 'Dieser Text kann nicht gelesen werden.',
  KEY_OVER_1024_CHARS: 'Ein Schlüssel ohne Anführungszeichen darf höchstens 1024 Zeichen lang sein.',
  MISSING_CHAR: 'Ein Zeichen fehlt (schließendes Anführungszeichen, Komma oder Klammer).',
  MULTILINE_IMPLICIT_KEY: 'Ein Schlüssel darf nicht über mehrere Zeilen gehen.',
  MULTIPLE_ANCHORS: 'Ein Wert darf nur einen Anker haben.',
  MULTIPLE_DOCS: 'Die Datei enthält mehrere YAML-Dokumente.',
  MULTIPLE_TAGS: 'Ein Wert darf nur ein Tag haben.',
  NON_STRING_KEY: 'Schlüssel müssen Text sein.',
  TAB_AS_INDENT: 'Tabulatoren sind als Einrückung nicht erlaubt; rücken Sie mit Leerzeichen ein.',
  TAG_RESOLVE_FAILED: 'Das Tag kann nicht aufgelöst werden.',
  UNEXPECTED_TOKEN: 'Unerwartetes Zeichen an dieser Stelle.',
  BAD_COLLECTION_TYPE: 'Die Art der Sammlung passt nicht zu ihrem Tag.',
};

export function explainYamlError(code: string, original: string): Bilingual {
  return { en: original, de: german[code] ?? original };
}
