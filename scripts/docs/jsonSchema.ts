import type { ClauseLibrary } from '../../server/src/service/clauses/clauseLibrary';
import type { FieldSchema, ObjectSchema } from '../../server/src/service/schema/schemaTypes';
import { languages } from '../../server/src/service/schema/vocabulary';

type Json = { [key: string]: unknown };

/**
 * The format as a JSON Schema (draft-07), for tools that validate YAML against a schema, such as
 * yaml-language-server. It states the same structure as policySchema.ts, from which it is generated;
 * the checks beyond structure (references, dates, GDPR completeness) need this language server.
 */
export function toJsonSchema(root: ObjectSchema, library: ClauseLibrary): Json {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'urn:privacy-policy:schema:1',
    title: 'Privacy policy (Datenschutzerklärung) source',
    ...convert(root, library),
  };
}

function describe(field: FieldSchema): Json {
  const described: Json = { description: field.doc.en, 'x-description-de': field.doc.de };
  if (field.example !== undefined) described.examples = [field.example.replace(/^"(.*)"$/, '$1')];
  return described;
}

function convert(field: FieldSchema, library: ClauseLibrary): Json {
  switch (field.kind) {
    case 'text': {
      const schema: Json = { type: 'string', ...describe(field) };
      if (field.format === 'date') schema.pattern = '^\\d{4}-\\d{2}-\\d{2}$';
      if (field.format === 'country') schema.pattern = '^[A-Z]{2}$';
      if (!field.translatable) return schema;
      // A text for readers may be given once per language: `title: { de: …, en: … }`.
      const { type: _type, ...described } = schema;
      return {
        ...described,
        oneOf: [
          { type: 'string' },
          {
            type: 'object',
            properties: Object.fromEntries(languages.map((choice) => [choice.value, { type: 'string' }])),
            additionalProperties: false,
            minProperties: 1,
          },
        ],
      };
    }
    case 'enum':
      return {
        type: 'string',
        enum: field.choices.map((choice) => choice.value),
        enumDescriptions: field.choices.map((choice) => choice.label.en),
        ...describe(field),
      };
    case 'bool':
      return { type: 'boolean', ...describe(field) };
    case 'object':
      return {
        type: 'object',
        ...describe(field),
        properties: Object.fromEntries(Object.entries(field.fields).map(([name, sub]) => [name, convert(sub, library)])),
        ...(field.required?.length ? { required: [...field.required] } : {}),
        additionalProperties: false,
      };
    case 'definitions':
      return { type: 'object', ...describe(field), additionalProperties: convert(field.entry, library) };
    case 'list': {
      if (!field.orSingle) return { type: 'array', ...describe(field), items: convert(field.item, library) };
      return { ...describe(field), oneOf: [convert(field.item, library), { type: 'array', items: convert(field.item, library) }] };
    }
    case 'refs': {
      const list = { type: 'array', items: { type: 'string' } };
      return field.noneKeyword ? { ...describe(field), oneOf: [list, { const: 'none' }] } : { ...list, ...describe(field) };
    }
    case 'ref':
      return { type: 'string', ...describe(field) };
    case 'libraryRef':
      return { type: 'string', enum: library.all().map((clause) => clause.id), ...describe(field) };
    case 'textMap':
      return { type: 'object', ...describe(field), additionalProperties: { type: 'string' } };
  }
}
