/**
 * Art. 14 GDPR: data that plainly comes from someone other than the person – a credit reference agency, an
 * address broker, a public register, a recruiter, a recipient that is also the source – must say so.
 */
import { message } from '../l10n/messages';
import type { Category, Recipient, TextValue } from '../model/model';
import { GDPR } from '../schema/law/sources';
import type { Rule } from './rule';
import { insertKeysFix } from './ruleSupport';
import { categoryTexts } from './authorTexts';
import { ScalarSourceMap } from './textSpans';

interface SourceWords {
  readonly origin: 'third-party' | 'public';
  readonly pattern: RegExp;
}

const agencies = '(?:SCHUFA(?: Holding AG)?|Creditreform|Boniversum|CRIF(?: Bürgel)?|Bürgel|infoscore|Experian)';

/** Words that say data was received from elsewhere: receipt, not disclosure ("an die SCHUFA melden" does not count). */
const sourceWords: readonly SourceWords[] = [
  {
    origin: 'third-party',
    pattern: new RegExp(
      `(?<![\\p{L}])(?:Bonitätsauskunft\\p{L}*|Bonitätsprüfung\\p{L}*|Bonitätsindex|Bonitätsdaten|Bonitätsinformation\\p{L}*|Score-?[Ww]ert\\p{L}*|Wahrscheinlichkeitswert\\p{L}*|${agencies}-(?:Auskunft|Score|Abfrage|Daten|Eintr\\p{L}*)|(?:von|bei|aus|über) (?:der |einer |den )?(?:${agencies}|Auskunftei\\p{L}*|Wirtschaftsauskunftei\\p{L}*))(?![\\p{L}])`,
      'iu',
    ),
  },
  {
    origin: 'third-party',
    pattern:
      /(?<![\p{L}])(?:(?:von|bei|über|aus) (?:\p{L}+ ){0,2}(?:Adresshändler\p{L}*|Adressdienstleister\p{L}*|Adressverlag\p{L}*|Listbroker\p{L}*|Adressbroker\p{L}*)|Adressanreicherung|angemietete[nr]? Adress\p{L}*|Umzugsdaten|von Dritten|von (?:Ihrem|Ihrer) (?:Arbeitgeber|Versicherung|Krankenkasse|Bank)|(?:von|über) (?:Personalvermittl|Personaldienstleist|Vermittl|Empfehlungsgeber)\p{L}*|Active Sourcing|(?:über|aus) (?:LinkedIn|XING))(?![\p{L}])/iu,
  },
  {
    origin: 'public',
    pattern:
      /(?<![\p{L}])(?:(?:aus|von) (?:de[mnr] |öffentlichen )?(?:Handels|Unternehmens|Vereins|Genossenschafts|Partnerschafts|Transparenz|Insolvenz)register\p{L}*|\p{L}*registerauszug\p{L}*|Schuldnerverzeichnis\p{L}*|Insolvenzbekanntmachung\p{L}*|öffentlich zugänglichen Quellen|öffentlichen Registern|öffentlichen Verzeichnissen)(?![\p{L}])/iu,
  },
];

/** The sentence denies it ("Wir führen keine Bonitätsprüfung durch"), or the check is the controller's own ("bei uns"). */
const denied =
  /(?<![\p{L}])(?:nicht|kein(?:e[nmrs]?)?|niemals|bei uns|unsere[nmrs]? eigene[nmrs]?|interne[nmrs]?)(?![\p{L}])/iu;

type Found = { words: SourceWords; index: number; match: string } | undefined;
const foundCache = new WeakMap<TextValue, { found: Found }>();

/** The source words of a bound value, read once per value (see termsOf in specialCategoryRules.ts). */
function foundInValue(value: TextValue): Found {
  let cached = foundCache.get(value);
  if (!cached) {
    cached = { found: foundIn(value.text) };
    foundCache.set(value, cached);
  }
  return cached.found;
}

/** Word parts one of which every source word contains: most texts are ruled out by this one linear scan. */
const sourceStems =
  /bonit|score|wahrscheinlich|schufa|creditreform|boniversum|crif|bürgel|infoscore|experian|auskunft|adress|umzug|dritte|arbeitgeber|versicherung|krankenkasse|bank|vermittl|personaldienst|empfehlung|sourcing|linkedin|xing|register|schuldner|insolvenz|öffentlich/iu;

function foundIn(text: string): Found {
  if (!sourceStems.test(text)) return undefined;
  for (const words of sourceWords) {
    const match = words.pattern.exec(text);
    if (!match) continue;
    const start = Math.max(text.lastIndexOf('.', match.index), text.lastIndexOf('\n', match.index)) + 1;
    const end = text.slice(match.index).search(/[.\n]/);
    if (denied.test(text.slice(start, end < 0 ? text.length : match.index + end))) continue;
    return { words, index: match.index, match: match[0] };
  }
  return undefined;
}

/** A category sends to a credit agency and speaks of credit: the agency is its source too. */
const aboutCredit = /(?:Bonität|Kreditwürdig|Zahlungsfähig|Score|Auskunft|Ausfallwahrscheinlich)/iu;

export const dataOrigin: Rule = {
  meta: {
    id: 'data-origin',
    defaultSeverity: 'error',
    title: { de: 'Daten von Dritten ohne Herkunft', en: 'Data from third parties without origin' },
    description: {
      de: 'Nennt eine Kategorie Daten, die erkennbar nicht von der Person stammen – eine Bonitätsauskunft oder ein Scorewert von einer Auskunftei (SCHUFA, Creditreform, CRIF …), Adressen von Adresshändlern, Auszüge aus öffentlichen Registern (Handels-, Vereins-, Insolvenzregister), Angaben von Arbeitgebern, Vermittlern oder aus Netzwerken wie LinkedIn, oder bekommt sie Daten von einem Empfänger, der eine Auskunftei ist –, muss sie Herkunft (`origin`) und Quelle (`source`) nennen (Art. 14 Abs. 1 lit. d, Abs. 2 lit. f DSGVO). Nicht gemeldet wird die Weitergabe an solche Stellen („an die SCHUFA melden“) und was der Satz verneint („keine Bonitätsprüfung“).',
      en: 'Where a category names data that plainly does not come from the person – a credit report or score from a credit reference agency (SCHUFA, Creditreform, CRIF ...), addresses from address brokers, extracts from public registers (commercial, association, insolvency), details from employers, recruiters or networks such as LinkedIn, or data from a recipient that is a credit agency – it must state its origin (`origin`) and source (`source`) (Art. 14(1)(d), (2)(f) GDPR). Not reported: disclosure to such bodies ("report to SCHUFA") and what the sentence denies ("no credit check").',
    },
    articles: 'Art. 14 Abs. 1 lit. d, Abs. 2 lit. f DSGVO',
    sources: [GDPR],
  },
  check(context) {
    const { model } = context;
    const read = (start: number, end: number) => context.slice(start, end);
    const agencies = new Set(
      (model.recipients as readonly Recipient[])
        .filter((recipient) => recipient.value?.fields.kind?.value === 'credit-agency')
        .map((recipient) => recipient.id),
    );
    for (const category of model.categories as readonly Category[]) {
      const value = category.value;
      const fields = value?.fields;
      if (!value || !fields || fields.source) continue;
      if (fields.origin && !['data-subject', 'generated'].includes(fields.origin.value)) continue;
      const texts = categoryTexts(value);
      let hit: { origin: string; span: TextValue['span']; term: string } | undefined;
      for (const text of texts) {
        const found = foundInValue(text);
        if (!found) continue;
        const span = ScalarSourceMap.of(read, text)?.span(found.index, found.index + found.match.length) ?? text.span;
        hit = { origin: found.words.origin, span, term: found.match };
        break;
      }
      if (!hit && agencies.size && fields.recipients?.kind === 'list') {
        const agency = fields.recipients.items.find((ref) => agencies.has(ref.id));
        if (agency && texts.some((text) => aboutCredit.test(text.text)))
          hit = { origin: 'third-party', span: agency.span, term: agency.id };
      }
      if (!hit) continue;
      context.report({
        span: hit.span,
        message: message('dataOrigin', { id: category.id, term: hit.term, origin: hit.origin }),
        fixData: fields.origin
          ? { replace: fields.origin.span, with: hit.origin }
          : value.keys.origin || value.keys.source
            ? undefined
            : insertKeysFix(value, [{ key: 'origin', value: hit.origin }, { key: 'source' }]),
      });
    }
  },
};
