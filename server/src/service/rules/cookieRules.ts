/**
 * Cookies and similar technologies under § 25 TDDDG: whether "essential" is really strictly necessary, whether
 * "consent" has a purpose resting on consent, and whether the stated lifetime is there and has an end.
 */
import { message, type Message } from '../l10n/messages';
import type { CookieFields, ObjectValue, Purpose } from '../model/model';
import { purposeKinds } from '../schema/legalVocabulary';
import { TDDDG_25, type LegalSource } from '../schema/law/sources';
import { inSentence, labelOf } from './legalPhrases';
import type { Rule } from './rule';
import { insertKeysFix } from './ruleSupport';
import { periodsIn } from '../text/periods';
import { maxOf } from '../text/arrays';

const PLANET49: LegalSource = {
  title: 'EuGH, Urt. v. 01.10.2019, C-673/17 (Planet49), Tenor Nr. 2: Angaben zur Funktionsdauer',
  url: 'https://curia.europa.eu/juris/document/document.jsf?docid=218462',
  kind: 'case-law',
};
const DSK_OH: LegalSource = {
  title:
    'DSK, Orientierungshilfe für Anbieter:innen von digitalen Diensten (OH Digitale Dienste), Version 1.2, November 2024',
  url: 'https://www.datenschutzkonferenz-online.de/media/oh/OH_Digitale_Dienste.pdf',
  kind: 'guidance',
  unverified: 'Randnummern, Versionsbezeichnung und Beschlussdatum nur über Sekundärquellen',
};
const WP194: LegalSource = {
  title:
    'Art.-29-Datenschutzgruppe, Stellungnahme 04/2012 zur Ausnahme von Cookies von der Einwilligungspflicht (WP 194, 07.06.2012)',
  url: 'https://ec.europa.eu/justice/article-29/documentation/opinion-recommendation/files/2012/wp194_en.pdf',
  kind: 'guidance',
  unverified: 'URL bei der Kommission; Inhalt über Zusammenfassungen gelesen',
};
const CNIL: LegalSource = {
  title:
    "CNIL (Frankreich), Cookies : solutions pour les outils de mesure d'audience (Stand 04.07.2025): höchstens 13 Monate",
  url: 'https://www.cnil.fr/fr/node/167364',
  kind: 'guidance',
  unverified: 'französische Leitlinie; eine deutsche Höchstdauer von Behörden oder Gerichten wurde nicht gefunden',
};

/** Cookie names of tracking and advertising tools (Google Analytics and Ads, Meta, Matomo with cookies, Hotjar, Microsoft, TikTok, LinkedIn, YouTube). */
const knownTrackers =
  /^(?:_ga(?:_.*)?|_gid|_gat(?:_.*)?|_gcl_\w+|__utm\w|IDE|NID|_fbp|_fbc|fr|_pk_(?:id|ses|ref)\S*|_hj\w+|_uet\w+|MUID|_clck|_clsk|_ttp|_tt_enable_cookie|li_\w+|bcookie|lidc|YSC|VISITOR_INFO1_LIVE)$/;

const consentBases = new Set(['art6-1-a', 'art9-2-a', 'tdddg-25-1']);

function purposesOf(model: Parameters<Rule['check']>[0]['model'], cookie: ObjectValue<CookieFields>): Purpose[] {
  return (cookie.fields.purposes?.items ?? []).flatMap((ref) => {
    const purpose = model.definitions.purposes.get(ref.id) as Purpose | undefined;
    return purpose ? [purpose] : [];
  });
}

function cookiesOf(model: Parameters<Rule['check']>[0]['model']): ObjectValue<CookieFields>[] {
  return ((model.root.fields.cookies?.items ?? []) as ReadonlyArray<ObjectValue<CookieFields>>).filter(
    (cookie) => cookie.kind === 'object',
  );
}

export const cookieBasis: Rule = {
  meta: {
    id: 'cookie-basis',
    defaultSeverity: 'error',
    title: { de: 'Cookie-Grundlage passt nicht zum Zweck', en: 'Cookie basis does not fit its purpose' },
    description: {
      de: 'Ohne Einwilligung darf nur gespeichert oder ausgelesen werden, was unbedingt erforderlich ist, damit ein vom Nutzer ausdrücklich gewünschter Dienst bereitgestellt werden kann (§ 25 Abs. 2 Nr. 2 TDDDG). Ein als `essential` angegebenes Cookie, dessen Zweck Werbung oder Reichweitenmessung ist, das einem einwilligungsbasierten Zweck dient oder das eine bekannte Tracking- oder Werbetechnik ist (_ga, _fbp, IDE, _pk_id, _hjSessionUser …), braucht eine Einwilligung (§ 25 Abs. 1 TDDDG; DSK OH Digitale Dienste; LG München I, 29.11.2022 – 33 O 14776/19). Die Schnellkorrektur schreibt `consent`.',
      en: 'Without consent, only what is strictly necessary to provide a service the user expressly requested may be stored or read (§ 25(2) no. 2 TDDDG). A cookie declared `essential` whose purpose is marketing or audience measurement, which serves a consent-based purpose, or which is a known tracking or advertising technology (_ga, _fbp, IDE, _pk_id, _hjSessionUser ...) needs consent (§ 25(1) TDDDG; DSK guidance on digital services; LG München I, 29 Nov 2022 – 33 O 14776/19). The quick fix writes `consent`.',
    },
    articles: '§ 25 Abs. 1 und 2 Nr. 2 TDDDG',
    sources: [TDDDG_25, DSK_OH, WP194],
  },
  check({ model, report }) {
    for (const cookie of cookiesOf(model)) {
      const basis = cookie.fields.basis;
      if (basis?.value !== 'essential') continue;
      const name = cookie.fields.name?.text.trim() ?? '';
      let why: { purpose: string; why: Message } | undefined;
      for (const purpose of purposesOf(model, cookie)) {
        const kind = purpose.value?.fields.kind?.value;
        if (kind === 'marketing' || kind === 'analytics') {
          why = {
            purpose: purpose.id,
            why: message('cookieEssential.why.kind', { kind: inSentence(labelOf(kind, purposeKinds)) }),
          };
          break;
        }
        if ((purpose.value?.fields.legalBasis?.items ?? []).some((item) => consentBases.has(item.value))) {
          why = { purpose: purpose.id, why: message('cookieEssential.why.consent') };
          break;
        }
      }
      if (!why && knownTrackers.test(name))
        why = {
          purpose: cookie.fields.purposes?.items[0]?.id ?? name,
          why: message('cookieEssential.why.known', { known: name }),
        };
      if (!why) continue;
      report({
        span: basis.span,
        message: message('cookieEssential', { name, purpose: why.purpose, why: why.why }),
        fixData: { replace: basis.span, with: 'consent' },
      });
    }
  },
};

export const cookieConsentPurpose: Rule = {
  meta: {
    id: 'cookie-consent-purpose',
    defaultSeverity: 'warning',
    title: { de: 'Einwilligungs-Cookie ohne Einwilligungszweck', en: 'Consent cookie without a consent purpose' },
    description: {
      de: 'Ein Cookie mit `basis: consent` wird nur mit Einwilligung gesetzt (§ 25 Abs. 1 TDDDG); dann stützt sich auch die anschließende Verarbeitung in aller Regel auf diese Einwilligung (Art. 6 Abs. 1 lit. a DSGVO; DSK OH Digitale Dienste, „Zwei-Stufen-Prüfung“). Nennt keiner seiner Zwecke eine Einwilligung (art6-1-a, tdddg-25-1), widerspricht die Erklärung sich selbst – oder das Cookie ist in Wahrheit unbedingt erforderlich.',
      en: 'A cookie with `basis: consent` is set only with consent (§ 25(1) TDDDG); the processing that follows then as a rule rests on that consent too (Art. 6(1)(a) GDPR; DSK guidance on digital services, "two-step test"). Where none of its purposes names consent (art6-1-a, tdddg-25-1), the policy contradicts itself – or the cookie is in fact strictly necessary.',
    },
    articles: '§ 25 Abs. 1 TDDDG; Art. 6 Abs. 1 lit. a DSGVO',
    sources: [TDDDG_25, DSK_OH],
  },
  check({ model, report }) {
    for (const cookie of cookiesOf(model)) {
      const basis = cookie.fields.basis;
      if (basis?.value !== 'consent') continue;
      const purposes = purposesOf(model, cookie);
      if (!purposes.length) continue;
      const withBases = purposes.filter((purpose) => purpose.value?.fields.legalBasis?.items.length);
      if (!withBases.length) continue;
      if (
        withBases.some((purpose) =>
          purpose.value!.fields.legalBasis!.items.some((item) => consentBases.has(item.value)),
        )
      )
        continue;
      report({ span: basis.span, message: message('cookieConsentPurpose', { name: cookie.fields.name?.text ?? '' }) });
    }
  },
};

/** Durations with no end. */
const endless =
  /(?<![\p{L}])(?:unbegrenzt|unbefristet|dauerhaft|für immer|unendlich|permanent|ohne Ablauf|never|unlimited)(?![\p{L}])/iu;
/** 13 months (396 days): the CNIL's limit for audience-measurement trackers (France). */
const LONG_DAYS = 396;

export const cookieDuration: Rule = {
  meta: {
    id: 'cookie-duration',
    defaultSeverity: 'warning',
    title: { de: 'Speicherdauer des Cookies', en: 'Lifetime of the cookie' },
    description: {
      de: 'Die Information über Cookies muss ihre Funktionsdauer angeben (EuGH C-673/17, Planet49); fehlt sie, oder hat das Cookie kein Ende („unbegrenzt“, „dauerhaft“), wird das gemeldet (Warnung). Eine deutsche Höchstdauer von Aufsichtsbehörden oder Gerichten ist nicht bekannt (gesucht, nicht gefunden; Stand 30.11.2026). Ehrlich gesagt gibt es nur Anhaltspunkte: Die französische CNIL akzeptiert für Reichweitenmessung höchstens 13 Monate, die Art.-29-Gruppe verlangt für einwilligungsfreie Cookies eine Laufzeit in direktem Bezug zum Zweck, meist das Ende der Sitzung (WP 194). Länger als 13 Monate wird deshalb nur als Hinweis gemeldet, mit dieser Quelle.',
      en: 'The information on cookies must state how long they function (CJEU C-673/17, Planet49); a missing lifetime, or one with no end ("unbegrenzt", "dauerhaft"), is reported (warning). No maximum lifetime set by German supervisory authorities or courts is known (searched for, not found; as of 30 Nov 2026). There are only pointers: the French CNIL accepts at most 13 months for audience measurement, and the Article 29 Working Party expects exempt cookies to last in direct relation to their purpose, usually until the end of the session (WP 194). Longer than 13 months is therefore only a hint, with that source.',
    },
    articles: '§ 25 Abs. 1 S. 2 TDDDG, Art. 13 Abs. 2 lit. a, Art. 5 Abs. 1 lit. e DSGVO',
    sources: [PLANET49, WP194, CNIL],
  },
  check({ model, report }) {
    for (const cookie of cookiesOf(model)) {
      const name = cookie.fields.name?.text ?? '';
      const duration = cookie.fields.duration;
      if (!duration || !duration.text.trim()) {
        report({
          span: cookie.keys.duration ?? cookie.fields.name?.span ?? cookie.ownerSpan,
          message: message('cookieDurationMissing', { name }),
          fixData: cookie.keys.duration ? undefined : insertKeysFix(cookie, [{ key: 'duration' }]),
        });
        continue;
      }
      const days = periodsIn(duration.text);
      if (!days.length && endless.test(duration.text)) {
        report({ span: duration.span, message: message('cookieDurationUnlimited', { name, duration: duration.text }) });
        continue;
      }
      if (days.length && maxOf(days) > LONG_DAYS)
        report({
          span: duration.span,
          severity: 'hint',
          message: message('cookieDurationLong', { name, duration: duration.text }),
        });
    }
  },
};
