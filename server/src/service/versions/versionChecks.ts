/**
 * The checks across versions (rules/versionRuleMeta.ts): run when the previous version of a policy is known,
 * over the later version's model and the diff. Findings point into the later version.
 */
import { message } from '../l10n/messages';
import type { Finding } from '../model/finding';
import type { PolicyModel, TextValue } from '../model/model';
import { changeNeedsNotice, versionBackwards, versionNotUpdated } from '../rules/versionRuleMeta';
import { checkDate } from '../text/dates';
import type { PolicyDiff } from './diff';
import type { ChangeNotice } from './notice';
import { normalized } from './similarity';
import { fieldText, recordsOf } from './snapshot';

export interface VersionCheckInput {
  readonly model: PolicyModel;
  readonly diff: PolicyDiff;
  readonly notice: ChangeNotice;
  /** How the previous version is named in messages: "HEAD", "v3.0", a file name. */
  readonly base: string;
}

const metaFields = ['published', 'effective', 'version'] as const;

export function versionFindings({ model, diff, notice, base }: VersionCheckInput): Finding[] {
  const findings: Finding[] = [];
  const meta = model.root.fields.policy?.fields;
  const before = recordsOf(diff.before, 'policy').get('policy');

  // Content changed (anything a reader is told about), but the date or version did not move.
  if (notice.entries.length > 0) {
    for (const field of metaFields) {
      const value = meta?.[field];
      const old = fieldText(before, field);
      if (!value?.text.trim() || old === undefined || normalized(value.text) !== normalized(old)) continue;
      findings.push({
        rule: versionNotUpdated.id,
        span: value.span,
        message: message('versionNotUpdated', {
          base,
          field,
          value: value.text.trim(),
          what: message(`versionNotUpdated.what.${field}`),
        }),
      });
    }
  }

  // A version or a date that goes backwards.
  for (const field of ['published', 'effective'] as const) {
    const value = validDate(meta?.[field]);
    const old = fieldText(before, field);
    if (value && old && checkDate(old).ok && value.text.trim() < old) findings.push(backwards(field, value, old, base));
  }
  const version = meta?.version;
  const oldVersion = fieldText(before, 'version');
  if (version?.text.trim() && oldVersion && compareVersions(version.text.trim(), oldVersion) === -1)
    findings.push(backwards('version', version, oldVersion, base));

  // Data already collected, now used for a further purpose: readers must be told before (Art. 13(3)).
  if (!noticeGiven(model)) {
    const effective = validDate(meta?.effective);
    for (const change of diff.changes) {
      if (change.section !== 'categories' || change.kind !== 'changed') continue;
      const field = change.fields.find((candidate) => candidate.field === 'purposes');
      if (!field || field.after?.kind !== 'set') continue;
      for (const purpose of field.added) {
        const item = field.after.items.find((candidate) => candidate.text.trim() === purpose);
        const purposeRecord = recordsOf(diff.after, 'purposes').get(purpose);
        findings.push({
          rule: changeNeedsNotice.id,
          span: item?.span ?? change.after!.span,
          message: message('changeNeedsNotice', {
            category: fieldText(change.after, 'title') ?? change.key,
            purpose: fieldText(purposeRecord, 'title') ?? purpose,
            base,
          }),
          related: effective
            ? [
                {
                  span: effective.span,
                  message: message('changeNeedsNotice.effective', { effective: effective.text.trim() }),
                },
              ]
            : undefined,
        });
      }
    }
  }
  return findings;
}

/** Whether this version says how readers are told before it applies: a later effective date, or `notification`. */
function noticeGiven(model: PolicyModel): boolean {
  const meta = model.root.fields.policy?.fields;
  if (meta?.notification?.text.trim()) return true;
  const published = validDate(meta?.published);
  const effective = validDate(meta?.effective);
  return published !== undefined && effective !== undefined && effective.text.trim() > published.text.trim();
}

function backwards(field: string, value: TextValue, before: string, base: string): Finding {
  return {
    rule: versionBackwards.id,
    span: value.span,
    message: message('versionBackwards', { field, value: value.text.trim(), before, base }),
  };
}

function validDate(value: TextValue | undefined): TextValue | undefined {
  return value && checkDate(value.text.trim()).ok ? value : undefined;
}

/**
 * -1, 0 or 1 for version labels made of numbers ("3", "3.1", "v2.0.1", "Version 4"); undefined when either is
 * something else ("2026-Q4", "Entwurf"), which this check cannot order.
 */
export function compareVersions(a: string, b: string): -1 | 0 | 1 | undefined {
  const parse = (text: string) => {
    const match = /^(?:v|version\s*)?(\d+(?:\.\d+)*)$/i.exec(text.trim());
    return match ? match[1].split('.').map(Number) : undefined;
  };
  const x = parse(a);
  const y = parse(b);
  if (!x || !y) return undefined;
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const difference = (x[i] ?? 0) - (y[i] ?? 0);
    if (difference !== 0) return difference < 0 ? -1 : 1;
  }
  return 0;
}
