/**
 * Whether a legal basis can carry the purpose it is written for ("fit, not only presence"), and whether the
 * bases that need a law name it (Art. 6(3) GDPR).
 */
import { message, type MessageKey } from '../l10n/messages';
import type { EnumValue, Purpose } from '../model/model';
import { purposeKinds } from '../schema/legalVocabulary';
import { GDPR, TDDDG_25, type LegalSource } from '../schema/law/sources';
import { basisPhrase, labelOf } from './legalPhrases';
import type { Rule } from './rule';
import { addItemFix, insertKeysFix } from './ruleSupport';
import type { Severity } from '../model/finding';

const EDPB_2_2019: LegalSource = {
  title:
    'EDPB Guidelines 2/2019 on the processing of personal data under Article 6(1)(b) GDPR (Version 2.0, 8 October 2019), Teil 3.1 (Verbesserung des Dienstes) und 3.3 (verhaltensbasierte Werbung)',
  kind: 'guidance',
  unverified:
    'Randnummern und Adresse beim EDSA; Inhalt über Abschriften (privacad.com, archive.org) und die Zusammenfassung bedax.net gelesen',
};

const C_34_21: LegalSource = {
  title: 'EuGH, Urt. v. 30.03.2023, C-34/21 (Hauptpersonalrat); BAG, Beschl. v. 09.05.2023 – 1 ABR 14/22',
  kind: 'case-law',
  unverified:
    'dass § 26 Abs. 1 S. 1 BDSG keine eigenständige Grundlage mehr ist, ist herrschende Meinung, kein Urteil zu § 26 BDSG selbst; keine Gesetzesänderung bis 30.11.2026 gefunden',
};

const BDSG_22: LegalSource = {
  title: '§ 22 Abs. 1 Nr. 1 lit. b BDSG; § 630f BGB',
  url: 'https://www.gesetze-im-internet.de/bdsg_2018/__22.html',
  kind: 'statute',
};

interface Misfit {
  readonly key: MessageKey;
  readonly basis?: EnumValue;
  readonly severity?: Severity;
  /** The basis the quick fix adds, or puts in place of the one that does not fit. */
  readonly add?: string;
  readonly replace?: string;
}

const advertisingKinds = new Set(['marketing', 'analytics']);

/** What does not fit in a purpose's bases, given what the purpose is for. */
function misfits(purpose: Purpose): Misfit[] {
  const fields = purpose.value?.fields;
  const bases = fields?.legalBasis?.items.filter((item) => item.valid) ?? [];
  const kind = fields?.kind?.valid ? fields.kind.value : undefined;
  const has = (id: string) => bases.find((basis) => basis.value === id);
  const found: Misfit[] = [];
  if (kind && advertisingKinds.has(kind)) {
    const contract = has('art6-1-b');
    if (contract) found.push({ key: 'basisFit.contract', basis: contract });
    const device = has('tdddg-25-2');
    if (device) found.push({ key: 'basisFit.deviceAccess', basis: device, replace: 'tdddg-25-1' });
    const obligation = has('art6-1-c');
    if (obligation) found.push({ key: 'basisFit.obligation', basis: obligation });
  }
  if (kind === 'legal-obligation' && bases.length && !has('art6-1-c'))
    found.push({ key: 'basisFit.needsObligation', add: 'art6-1-c' });
  if (kind === 'health-care' && has('art9-2-a') && !has('art9-2-h'))
    found.push({ key: 'basisFit.healthConsent', basis: has('art9-2-a'), severity: 'warning', add: 'art9-2-h' });
  const bdsg26 = has('bdsg-26');
  if (bdsg26) found.push({ key: 'basisFit.bdsg26', basis: bdsg26, severity: 'warning' });
  return found;
}

export const basisFit: Rule = {
  meta: {
    id: 'basis-fit',
    defaultSeverity: 'error',
    title: { de: 'Rechtsgrundlage passt nicht zum Zweck', en: 'Legal basis does not fit the purpose' },
    description: {
      de: 'Eine Rechtsgrundlage muss den Zweck tragen können, für den sie steht (`kind` des Zwecks): Werbung und Reichweitenmessung sind für die Erfüllung eines Vertrags nicht erforderlich (Art. 6 Abs. 1 lit. b DSGVO; EDSA-Leitlinien 2/2019), nicht unbedingt erforderlich für einen gewünschten Dienst (§ 25 Abs. 2 Nr. 2 TDDDG) und keine gesetzliche Pflicht (lit. c); eine gesetzliche Pflicht stützt sich auf lit. c; die Gesundheitsversorgung auf Art. 9 Abs. 2 lit. h mit § 22 Abs. 1 Nr. 1 lit. b BDSG, nicht (nur) auf eine Einwilligung (Warnung). § 26 BDSG als eigene Grundlage wird gemeldet (Warnung), weil § 26 Abs. 1 S. 1 BDSG nach dem EuGH-Urteil C-34/21 nach herrschender Meinung keine eigenständige Grundlage mehr ist.',
      en: "A legal basis must be able to carry the purpose it stands for (the purpose's `kind`): marketing and audience measurement are not necessary to perform a contract (Art. 6(1)(b) GDPR; EDPB Guidelines 2/2019), not strictly necessary for a requested service (§ 25(2) no. 2 TDDDG) and no legal obligation (c); a legal obligation rests on (c); health care on Art. 9(2)(h) with § 22(1) no. 1(b) BDSG, not (only) on consent (warning). § 26 BDSG as a basis of its own is reported (warning): after CJEU C-34/21 the prevailing view no longer accepts § 26(1) sentence 1 BDSG as one.",
    },
    articles: 'Art. 6 Abs. 1 und 3, Art. 9 Abs. 2 lit. h DSGVO; § 25 Abs. 2 Nr. 2 TDDDG; § 22 BDSG',
    sources: [GDPR, EDPB_2_2019, TDDDG_25, BDSG_22, C_34_21],
  },
  check({ model, report }) {
    for (const purpose of model.purposes as readonly Purpose[]) {
      const value = purpose.value;
      if (!value) continue;
      const kind = value.fields.kind;
      const label = kind ? labelOf(kind.value, purposeKinds) : { de: '', en: '' };
      const kindLabel = { de: label.de, en: label.en.charAt(0).toLowerCase() + label.en.slice(1) };
      for (const misfit of misfits(purpose)) {
        report({
          span: misfit.basis?.span ?? value.fields.legalBasis?.span ?? purpose.idSpan,
          severity: misfit.severity,
          message: message(misfit.key, { id: purpose.id, kind: kindLabel }),
          fixData:
            misfit.replace && misfit.basis
              ? { replace: misfit.basis.span, with: misfit.replace }
              : misfit.add && value.fields.legalBasis
                ? addItemFix(value.fields.legalBasis, misfit.add)
                : undefined,
        });
      }
    }
  },
};

/** Bases that need a provision of Union or member-state law (Art. 6(3), Art. 9(2)(b), (g), (h), (i) GDPR). */
const needsLaw = new Set(['art6-1-c', 'art6-1-e', 'art9-2-b', 'art9-2-g', 'art9-2-h', 'art9-2-i']);

function lawExample(purpose: Purpose): { de: string; en: string } {
  const kind = purpose.value?.fields.kind?.value;
  const bases = new Set((purpose.value?.fields.legalBasis?.items ?? []).map((item) => item.value));
  const law =
    bases.has('art9-2-h') || kind === 'health-care'
      ? '§ 22 Abs. 1 Nr. 1 lit. b BDSG, § 630f BGB'
      : bases.has('art9-2-b') || kind === 'employment'
        ? '§ 26 Abs. 3 BDSG, § 39e EStG'
        : bases.has('art6-1-e') || kind === 'public-task'
          ? '§ 3 BDSG'
          : '§ 147 AO, § 257 HGB';
  return { de: `„${law}“`, en: `"${law}"` };
}

export const nationalLaw: Rule = {
  meta: {
    id: 'national-law',
    defaultSeverity: 'info',
    title: { de: 'Rechtsvorschrift hinter der Rechtsgrundlage fehlt', en: 'Law behind the legal basis missing' },
    description: {
      de: 'Stützt sich ein Zweck auf eine rechtliche Verpflichtung oder öffentliche Aufgabe (Art. 6 Abs. 1 lit. c, e DSGVO) oder auf Art. 9 Abs. 2 lit. b, g, h oder i, muss die Verarbeitung auf einer Vorschrift des Unionsrechts oder des deutschen Rechts beruhen (Art. 6 Abs. 3, Art. 9 Abs. 2 und 3 DSGVO). Nennen Sie sie unter `law` des Zwecks (z. B. § 147 AO, § 257 HGB, § 22 Abs. 1 Nr. 1 lit. b BDSG), damit der Leser sieht, welche Pflicht gemeint ist.',
      en: "Where a purpose rests on a legal obligation or a public task (Art. 6(1)(c), (e) GDPR) or on Art. 9(2)(b), (g), (h) or (i), the processing must rest on a provision of Union or German law (Art. 6(3), Art. 9(2) and (3) GDPR). Name it under the purpose's `law` (e.g. § 147 AO, § 257 HGB, § 22(1) no. 1(b) BDSG), so readers see which duty is meant.",
    },
    articles: 'Art. 6 Abs. 3, Art. 9 Abs. 2 lit. b, g, h, i DSGVO',
    sources: [GDPR],
  },
  check({ model, report }) {
    for (const purpose of model.purposes as readonly Purpose[]) {
      const value = purpose.value;
      if (!value || value.fields.law) continue;
      const basis = value.fields.legalBasis?.items.find((item) => item.valid && needsLaw.has(item.value));
      if (!basis) continue;
      report({
        span: basis.span,
        message: message('nationalLaw', {
          id: purpose.id,
          basis: basisPhrase(basis.value),
          example: lawExample(purpose),
        }),
        fixData: value.keys.law ? undefined : insertKeysFix(value, [{ key: 'law' }]),
      });
    }
  },
};
