import * as vscode from 'vscode';
import type { ValidatedParams } from '../../shared/protocol';

/** The language status item next to the language mode: server state, last check, restart. */
export class LanguageStatus implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;

  constructor(languageId: string) {
    this.item = vscode.languages.createLanguageStatusItem('privacyPolicy.status', { language: languageId });
    this.item.name = vscode.l10n.t('Privacy Policy');
    this.item.command = { command: 'privacyPolicy.restartServer', title: vscode.l10n.t('Restart Server') };
  }

  serverState(state: 'starting' | 'running' | 'stopped'): void {
    this.item.busy = state === 'starting';
    this.item.severity =
      state === 'stopped' ? vscode.LanguageStatusSeverity.Error : vscode.LanguageStatusSeverity.Information;
    this.item.text =
      state === 'running'
        ? vscode.l10n.t('Policy checks: running')
        : state === 'starting'
          ? vscode.l10n.t('Policy checks: starting')
          : vscode.l10n.t('Policy checks: stopped');
  }

  validated(params: ValidatedParams): void {
    const active = vscode.window.activeTextEditor?.document.uri.toString();
    if (active !== undefined && active !== params.uri) return;
    // The Problems panel lists no hints: the count says which problems it means, and the hints come apart.
    this.item.detail = vscode.l10n.t(
      '{0} problems in the Problems panel ({1} errors, {2} warnings), {3} hints in the editor only; checked in {4} ms',
      params.problems,
      params.errors,
      params.warnings,
      params.hints,
      params.milliseconds.toFixed(1),
    );
  }

  /** What the item shows (for the extension's API, which the integration tests read). */
  shown(): { readonly text: string; readonly detail?: string } {
    return { text: this.item.text, detail: this.item.detail };
  }

  dispose(): void {
    this.item.dispose();
  }
}
