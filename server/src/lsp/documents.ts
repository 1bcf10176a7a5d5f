import type { TextDocumentsConfiguration } from 'vscode-languageserver';
import { PolicyDocument } from '../service/text/policyDocument';

/**
 * How `TextDocuments` keeps the editor's documents: as PolicyDocuments, each change a new immutable version
 * that remembers the edit the editor sent.
 */
export const policyDocuments: TextDocumentsConfiguration<PolicyDocument> = {
  create: (uri, languageId, version, content) =>
    PolicyDocument.create(uri, languageId, version, typeof content === 'string' ? content : ''),
  update: (document, changes, version) => document.update(changes, version),
};
