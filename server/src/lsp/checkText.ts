import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PolicyLanguageService } from '../service/languageService';
import { checkTextRequest, type CheckTextParams, type CheckTextResult } from './protocol';

/** Answers `privacyPolicy/checkText` with the same service and settings as open documents get. */
export function registerCheckText(connection: Connection, service: PolicyLanguageService, documents: TextDocuments<TextDocument>): void {
  connection.onRequest(checkTextRequest, (params: CheckTextParams): CheckTextResult => {
    if (typeof params?.uri !== 'string' || typeof params.text !== 'string') return { diagnostics: [] };
    // A file opened in the meantime is checked as the editor holds it, which is what its problems show.
    const open = documents.get(params.uri);
    if (open) return { diagnostics: service.validate(open) };
    try {
      return { diagnostics: service.validate(TextDocument.create(params.uri, 'privacy-policy', 0, params.text)) };
    } finally {
      service.forget(params.uri);
    }
  });
}
