import type { FieldSchema, ObjectSchema } from '../../server/src/service/schema/schemaTypes';
import { policySchema } from '../../server/src/service/schema/policySchema';

/**
 * docs/format.md: every section and key of the format with its type and meaning, in both languages,
 * generated from the format description so the reference cannot drift from what the checks enforce.
 */
export function formatReferenceMarkdown(): string {
  const lines = [
    '# Format reference / Formatreferenz',
    '',
    '<!-- Generated from server/src/service/schema/policySchema.ts by `npm run docs`; do not edit by hand. -->',
    '',
    'A policy file (`*.policy.yaml`) is a YAML map of the sections below. Keys are English so tools stay stable;',
    'titles and clause text are German. **Required** keys must be present; every other check is described in',
    '[rules.md](rules.md).',
    '',
  ];
  for (const [name, field] of Object.entries(policySchema.fields)) {
    const required = policySchema.required?.includes(name) ? ' (required / Pflicht)' : '';
    lines.push(`## \`${name}\`${required}`, '', field.doc.en, '', `Deutsch: ${field.doc.de}`, '', `Type: ${typeName(field)}`, '');
    const object = objectOf(field);
    if (object) lines.push(...keyTable(object, ''), '');
  }
  return lines.join('\n');
}

function objectOf(field: FieldSchema): ObjectSchema | undefined {
  if (field.kind === 'object') return field;
  if (field.kind === 'definitions') return field.entry;
  if (field.kind === 'list' && field.item.kind === 'object') return field.item;
  return undefined;
}

function keyTable(object: ObjectSchema, prefix: string): string[] {
  const rows = ['| key | type | required | meaning | Bedeutung |', '|---|---|---|---|---|'];
  const walk = (schema: ObjectSchema, path: string) => {
    for (const [name, field] of Object.entries(schema.fields)) {
      const key = `${path}${name}`;
      const required = schema.required?.includes(name) ? 'yes' : '';
      rows.push(`| \`${key}\` | ${typeName(field)} | ${required} | ${cell(field.doc.en)} | ${cell(field.doc.de)} |`);
      if (field.kind === 'object') walk(field, `${key}.`);
    }
  };
  walk(object, prefix);
  return rows;
}

function typeName(field: FieldSchema): string {
  switch (field.kind) {
    case 'text':
      return (
        (field.format ? `text (${field.format})` : field.prose ? 'text (prose)' : 'text') +
        (field.translatable ? ', per language' : '')
      );
    case 'enum':
      return `one of ${field.choices.map((choice) => `\`${choice.value}\``).join(', ')}`;
    case 'bool':
      return '`true` or `false`';
    case 'object':
      return 'map';
    case 'definitions':
      return `map of id → ${field.definitionKind.replace(/s$/, '')}`;
    case 'list':
      return field.orSingle
        ? `${typeName(field.item)}, or a list of them`
        : `list of ${typeName(field.item)}`;
    case 'refs':
      return `list of ids from \`${field.target}\`${field.noneKeyword ? ', or `none`' : ''}`;
    case 'ref':
      return `an id from \`${field.target}\``;
    case 'libraryRef':
      return 'id of a library clause';
    case 'textMap':
      return 'map of text';
  }
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
