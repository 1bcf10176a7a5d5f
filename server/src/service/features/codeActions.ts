import {
  CodeActionKind,
  type CodeAction,
  type CodeActionContext,
  type Diagnostic,
  type Range,
  type SnippetTextEdit,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-types';
import type { PolicyDocument } from '../text/policyDocument';
import { localize, message, type Locale, type Message } from '../l10n/messages';
import type { Finding, SeveritySetting } from '../model/finding';
import type { TextValue } from '../model/model';
import type { FixData, KeyStub } from '../rules/fixData';
import { ruleMeta, internalErrorRule } from '../rules/ruleCatalog';
import { requiredRights } from '../rules/rightsRules';
import { translatableTexts } from '../rules/translationRules';
import { languages } from '../schema/vocabulary';
import { addTranslation } from './translationEdits';
import { policySchema } from '../schema/policySchema';
import { DIAGNOSTIC_SOURCE, effectiveSeverity } from './diagnostics';
import { toRange } from '../text/positions';
import {
  compatibleEdits,
  insertDefinition,
  insertFileSuppression,
  insertKeys,
  insertLineSuppression,
  insertRight,
  insertSection,
  requiredStubs,
  yamlKey,
  type SourceContext,
  type SourceEdit,
} from './sourceEdits';
import { fillStubs, idList, objectSchemaAt } from './stubValues';
import { addListItem, setSection } from './legalEdits';

/** The kind of the action that applies every safe fix at once (for `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.privacy-policy`;

/** What the fixes are computed from: the text and model, and what the editor can take. */
export interface FixContext extends SourceContext {
  /**
   * The editor applies snippet edits (LSP 3.18 `workspace.workspaceEdit.snippetEditSupport`): stubs come with
   * tab stops and choices. Without it, a stub is plain text, and a list of ids to choose from becomes one fix
   * per id.
   */
  readonly snippetEdits?: boolean;
  /** Today, for the dates a stub proposes. */
  readonly today?: Date;
}

export interface CodeActionInput extends FixContext {
  readonly document: PolicyDocument;
  readonly findings: readonly Finding[];
  readonly severities: Readonly<Record<string, SeveritySetting>>;
  readonly locale: Locale;
}

interface Fix {
  readonly title: Message;
  readonly edits: readonly SourceEdit[];
  /** Mechanical and meaning-preserving: applied by "fix all" without asking. */
  readonly safe: boolean;
  readonly preferred?: boolean;
}

/**
 * Quick fixes for the diagnostics the editor sends, and "fix all" for the whole document. Diagnostics are matched
 * to the findings of the current version, and every edit names the document version it was computed for, so an
 * editor whose text moved on in the meantime refuses the edit instead of garbling the text.
 */
export function codeActionsFor(input: CodeActionInput, _range: Range, context: CodeActionContext): CodeAction[] {
  const actions: CodeAction[] = [];
  const only = context.only;
  const wants = (kind: string) =>
    !only || only.some((requested) => requested === '' || kind === requested || kind.startsWith(`${requested}.`));

  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of context.diagnostics) {
      const finding = findingOf(input, diagnostic);
      if (!finding) continue;
      for (const fix of fixesFor(input, finding)) actions.push(quickFix(input, fix, diagnostic));
      if (finding.rule !== internalErrorRule.id && ruleMeta(finding.rule)) {
        const rule = finding.rule;
        actions.push(
          quickFix(
            input,
            {
              title: message('fix.suppressLine', { rule }),
              edits: [insertLineSuppression(input, finding.span.start, rule)],
              safe: false,
            },
            diagnostic,
          ),
        );
        actions.push(
          quickFix(
            input,
            { title: message('fix.suppressFile', { rule }), edits: [insertFileSuppression(input, rule)], safe: false },
            diagnostic,
          ),
        );
      }
    }
  }

  if (wants(FIX_ALL_KIND)) {
    const edits = fixAllEdits(input);
    if (edits.length)
      actions.push({
        title: localize(input.locale, message('fix.all')),
        kind: FIX_ALL_KIND,
        edit: workspaceEdit(input, edits),
      });
  }
  return actions;
}

/** Every safe fix of every finding that is shown, without overlaps. */
export function fixAllEdits(input: CodeActionInput): SourceEdit[] {
  const edits: SourceEdit[] = [];
  for (const finding of input.findings) {
    if (effectiveSeverity(finding, input.severities) === 'off') continue;
    for (const fix of fixesFor(input, finding)) if (fix.safe) edits.push(...fix.edits);
  }
  return compatibleEdits(edits);
}

/**
 * The finding of the current version that a diagnostic the editor sends shows: same rule, same range, same
 * message, same fix data. A diagnostic of an older text (published before the last change reached the editor)
 * matches nothing once the text it points at has moved or changed, and gets no fix.
 */
function findingOf(input: CodeActionInput, diagnostic: Diagnostic): Finding | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE || typeof diagnostic.code !== 'string') return undefined;
  const { document } = input;
  const startOffset = document.offsetAt(diagnostic.range.start);
  const endOffset = document.offsetAt(diagnostic.range.end);
  if (
    !sameRange(document.positionAt(startOffset), diagnostic.range.start) ||
    !sameRange(document.positionAt(endOffset), diagnostic.range.end)
  )
    return undefined;
  const data = JSON.stringify(diagnostic.data ?? null);
  return input.findings.find(
    (finding) =>
      finding.rule === diagnostic.code &&
      finding.span.start === startOffset &&
      finding.span.end === endOffset &&
      JSON.stringify(finding.fixData ?? null) === data &&
      localize(input.locale, finding.message) === diagnostic.message,
  );
}

function sameRange(a: { line: number; character: number }, b: { line: number; character: number }): boolean {
  return a.line === b.line && a.character === b.character;
}

function quickFix(input: CodeActionInput, fix: Fix, diagnostic: Diagnostic): CodeAction {
  const action: CodeAction = {
    title: localize(input.locale, fix.title),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: workspaceEdit(input, fix.edits),
  };
  if (fix.preferred) action.isPreferred = true;
  return action;
}

function workspaceEdit(input: CodeActionInput, edits: readonly SourceEdit[]): WorkspaceEdit {
  const { document } = input;
  const textEdits: Array<TextEdit | SnippetTextEdit> = edits.map((edit) =>
    input.snippetEdits && edit.snippet !== undefined
      ? { range: toRange(document, edit), snippet: { kind: 'snippet', value: edit.snippet } }
      : { range: toRange(document, edit), newText: edit.newText },
  );
  return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: textEdits }] };
}

/** The keys a new entry gets; their values come from the entry's schema (stubValues.ts). */
const definitionStubs: Record<'purposes' | 'recipients' | 'categories', readonly KeyStub[]> = {
  purposes: [{ key: 'title' }, { key: 'legalBasis' }],
  recipients: [{ key: 'title' }, { key: 'role' }],
  categories: [{ key: 'title' }, { key: 'purposes' }, { key: 'recipients' }, { key: 'retention' }],
};

const kindWord = { purposes: 'kind.purpose', recipients: 'kind.recipient', categories: 'kind.category' } as const;

/** Without snippet edits, a list of ids to choose from becomes one fix per id, up to this many. */
const MAX_ID_FIXES = 10;

/** The fixes a finding's fix data describes, computed on the current text; the one to try first comes first. */
export function fixesFor(input: FixContext, finding: Finding): Fix[] {
  const data = finding.fixData as FixData | undefined;
  if (!data || typeof data !== 'object') return [];
  const one = (title: Message, edit: SourceEdit | undefined, safe = false): Fix[] =>
    edit ? [{ title, edits: [edit], safe, preferred: true }] : [];
  const { text, model } = input;
  const stubs = { model, today: input.today ?? new Date() };

  if ('addItem' in data)
    return one(message('fix.addItem', { value: data.addItem.value }), addListItem(input, data.addItem));
  if ('setSection' in data) {
    const title =
      data.setSection.name === 'supervisoryAuthority' && data.setSection.label !== 'name'
        ? message('fix.setAuthority', { name: data.setSection.label })
        : message('fix.addSection', { section: data.setSection.name });
    return one(title, setSection(input, data.setSection));
  }
  if ('insertKeys' in data) {
    const fix = data.insertKeys;
    const keys = fillStubs(fix.keys, objectSchemaAt(model, fix.owner.start), stubs);
    return one(
      message('fix.addKey', { key: fix.keys.map((stub) => stub.key).join('", "') }),
      insertKeys(input, { ...fix, keys }),
    );
  }
  if ('replace' in data) {
    const old = text.slice(data.replace.start, data.replace.end);
    return one(
      message('fix.replace', { old, new: data.with }),
      { ...data.replace, newText: data.with },
      data.safe === true,
    );
  }
  if ('insertText' in data) {
    const mark = text.slice(data.insertText - 1, data.insertText);
    return one(
      message('fix.insertSpace', { mark }),
      { start: data.insertText, end: data.insertText, newText: data.text },
      data.safe === true,
    );
  }
  if ('deleteSpan' in data) {
    const word = text.slice(data.deleteSpan.start, data.deleteSpan.end).trim();
    return one(message('fix.deleteWord', { word }), { ...data.deleteSpan, newText: '' });
  }
  if ('addRight' in data)
    return one(message('fix.addRight', { right: data.addRight }), insertRight(input, data.addRight));
  if ('addSection' in data) {
    if (data.addSection === 'rights') {
      const rights = data.rights ?? [...requiredRights(model).map((r) => r.right), 'complaint'];
      return one(
        message('fix.addRights'),
        insertSection(input, 'rights', { value: { before: `[${rights.join(', ')}]` } }),
      );
    }
    const schema = policySchema.fields[data.addSection];
    if (!schema) return [];
    return one(
      message('fix.addSection', { section: data.addSection }),
      insertSection(input, data.addSection, {
        children: fillStubs(requiredStubs(schema), schema.kind === 'object' ? schema : undefined, stubs),
      }),
    );
  }
  if ('define' in data) {
    const section = data.define;
    if (model.definitions[section].has(data.id)) return [];
    const fixes: Fix[] = [];
    // A typo of an id that exists: changing the reference is the likely fix, creating a new entry the other.
    const suggestion = data.suggestion;
    if (suggestion !== undefined && model.definitions[section].has(suggestion))
      fixes.push({
        title: message('fix.replace', { old: data.id, new: suggestion }),
        edits: [{ ...finding.span, newText: yamlKey(suggestion) }],
        safe: false,
        preferred: true,
      });
    const schema = policySchema.fields[section];
    const keys = fillStubs(definitionStubs[section], schema.kind === 'definitions' ? schema.entry : undefined, stubs);
    const edit = insertDefinition(input, section, data.id, keys);
    if (edit)
      fixes.push({
        title: message('fix.define', { kind: message(kindWord[section]), id: data.id }),
        edits: [edit],
        safe: false,
        preferred: fixes.length === 0,
      });
    return fixes;
  }
  if ('category' in data) {
    const category = model.definitions.categories.get(data.category);
    const value = category?.value;
    if (!value || value.keys[data.add]) return [];
    const sibling = (Object.values(value.keys) as Array<{ start: number; end: number }>)[0];
    const at = { owner: value.ownerSpan, map: value.span, sibling };
    const ids = [...model.definitions[data.add].keys()];
    if (!input.snippetEdits && ids.length > 1) {
      // No choice to offer inside the text: one fix per id, each ending with the finding gone.
      return ids
        .slice(0, MAX_ID_FIXES)
        .flatMap((id) =>
          one(
            message('fix.addKeyValue', { key: data.add, value: `[${yamlKey(id)}]` }),
            insertKeys(input, { ...at, keys: [{ key: data.add, value: { before: `[${yamlKey(id)}]` } }] }),
          ),
        );
    }
    return one(
      message('fix.addKey', { key: data.add }),
      insertKeys(input, { ...at, keys: [{ key: data.add, value: idList(ids) }] }),
    );
  }
  if ('translate' in data) {
    const value = translatableTexts(model).find(
      (candidate) => (candidate.translations?.entries[0].keySpan.start ?? candidate.span.start) === finding.span.start,
    );
    const language = languages.find((choice) => choice.value === data.translate);
    if (!value || !language) return [];
    return one(
      message('fix.addTranslation', { language: language.label }),
      addTranslation(input, value, data.translate, data.placeholder, data.primary),
    );
  }
  if ('swapDates' in data) {
    const meta = model.root.fields.policy?.fields;
    const published = meta?.published;
    const effective = meta?.effective;
    if (!published || !effective) return [];
    return [{ title: message('fix.swapDates'), edits: swap(text, published, effective), safe: false, preferred: true }];
  }
  if ('replaceWith' in data) {
    return one(
      message('fix.renameKey', { key: text.slice(finding.span.start, finding.span.end), suggestion: data.replaceWith }),
      { ...finding.span, newText: data.replaceWith },
    );
  }
  if ('quote' in data) {
    const written = text.slice(finding.span.start, finding.span.end);
    if (/[\r\n]/.test(written)) return [];
    return one(message('fix.quote', { text: written }), { ...finding.span, newText: JSON.stringify(written) }, true);
  }
  return [];
}

function swap(text: string, a: TextValue, b: TextValue): SourceEdit[] {
  return [
    { start: a.span.start, end: a.span.end, newText: text.slice(b.span.start, b.span.end) },
    { start: b.span.start, end: b.span.end, newText: text.slice(a.span.start, a.span.end) },
  ];
}
