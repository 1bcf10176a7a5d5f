import type { FieldSchema, ObjectSchema, TextSchema } from './schemaTypes';
import {
  channels,
  cookieBases,
  languages,
  legalBases,
  origins,
  pageSections,
  recipientRoles,
  rights,
  safeguards,
  specialCategories,
} from './vocabulary';
import { automatedExceptions, controllerSectors, purposeKinds, recipientKinds } from './legalVocabulary';
import { germanStates } from './law/germanStates';

const text = (de: string, en: string, extra: Partial<TextSchema> = {}): TextSchema => ({
  kind: 'text',
  doc: { de, en },
  ...(extra.prose ? { translatable: true } : {}),
  ...extra,
});

/** Words the reader reads, in each language the policy is published in (see TextSchema.translatable). */
const words = (de: string, en: string, extra: Partial<TextSchema> = {}): TextSchema =>
  text(de, en, { translatable: true, ...extra });

const address: ObjectSchema = {
  kind: 'object',
  doc: { de: 'Postanschrift (ladungsfähige Anschrift).', en: 'Postal address (an address for service).' },
  fields: {
    street: text('Straße und Hausnummer.', 'Street and number.', { example: 'Musterstraße 1' }),
    postalCode: text(
      'Postleitzahl, als Text (in Anführungszeichen, damit führende Nullen erhalten bleiben).',
      'Postal code, as text (quoted, so leading zeros survive).',
      { example: '"01067"' },
    ),
    city: text('Ort.', 'City.', { example: 'Dresden' }),
    country: text('Staat als ISO-3166-Code, z. B. DE.', 'Country as an ISO 3166 code, e.g. DE.', {
      format: 'country',
      example: 'DE',
    }),
    state: {
      kind: 'enum',
      doc: {
        de: 'Bundesland als ISO-3166-2-Code (z. B. DE-SN), für Anschriften in Deutschland. Es bestimmt beim Verantwortlichen die zuständige Aufsichtsbehörde (§ 40 Abs. 1 BDSG); ohne `state` wird es nur aus Landeshauptstädten und wenigen eindeutigen Großstädten geschlossen, nie aus der Postleitzahl.',
        en: 'German state as an ISO 3166-2 code (e.g. DE-SN), for addresses in Germany. For the controller it decides the competent supervisory authority (§ 40(1) BDSG); without `state` it is inferred only from state capitals and a few unambiguous large cities, never from the postal code.',
      },
      choices: germanStates,
      example: 'DE-SN',
    },
  },
  required: ['street', 'postalCode', 'city'],
};

const person = (de: string, en: string): ObjectSchema => ({
  kind: 'object',
  doc: { de, en },
  fields: {
    name: text('Name der Person oder Stelle.', 'Name of the person or body.'),
    address,
    email: text('E-Mail-Adresse.', 'E-mail address.', { format: 'email' }),
    phone: text('Telefonnummer, als Text.', 'Phone number, as text.', { format: 'phone' }),
  },
  required: ['name'],
});

const policyMeta: ObjectSchema = {
  kind: 'object',
  doc: {
    de: 'Angaben zur Erklärung selbst: Titel, Veröffentlichung und Inkrafttreten (*Stand*).',
    en: 'Facts about the policy itself: title, publication and effective date.',
  },
  fields: {
    title: words('Überschrift der Datenschutzerklärung.', 'Heading of the privacy policy.', {
      example: 'Datenschutzerklärung',
    }),
    language: {
      kind: 'enum',
      doc: {
        de: 'Sprache der Erklärung (Standard: de). Mit `languages` die Sprache, in der die Texte zuerst geschrieben sind.',
        en: 'Language of the policy (default: de). With `languages`, the language the texts are written in first.',
      },
      choices: languages,
    },
    languages: {
      kind: 'list',
      doc: {
        de: 'Die Sprachen, in denen die Erklärung veröffentlicht wird, z. B. `[de, en]`. Jeder Text für Leser steht dann in jeder Sprache: `title: { de: …, en: … }`.',
        en: 'The languages the policy is published in, e.g. `[de, en]`. Every text for readers is then given in each: `title: { de: …, en: … }`.',
      },
      item: { kind: 'enum', doc: { de: 'Eine Sprache.', en: 'A language.' }, choices: languages },
    },
    published: text('Tag der Veröffentlichung, JJJJ-MM-TT.', 'Publication date, YYYY-MM-DD.', {
      format: 'date',
      example: '2024-01-01',
    }),
    effective: text(
      'Tag des Inkrafttretens (*Stand*, *gültig ab*), JJJJ-MM-TT; nicht vor der Veröffentlichung.',
      'Effective date, YYYY-MM-DD; not before publication.',
      { format: 'date', example: '2024-01-01' },
    ),
    version: text('Versionsbezeichnung, als Text.', 'Version label, as text.'),
    url: text('Adresse, unter der die Erklärung veröffentlicht wird.', 'Address where the policy is published.', {
      format: 'url',
    }),
    notification: text(
      'Wie die Betroffenen vor dem Inkrafttreten über die Änderungen dieser Fassung informiert werden, z. B. „E-Mail an alle Kundinnen und Kunden am 2026-11-02“ (Art. 13 Abs. 3 DSGVO bei einem neuen Zweck).',
      'How data subjects are told about the changes of this version before it takes effect, e.g. "e-mail to all customers on 2026-11-02" (Art. 13(3) GDPR for a new purpose).',
      // A record for the author, not words for the page's readers.
      { prose: true, translatable: false },
    ),
  },
  required: ['title', 'published', 'effective'],
};

const controller: ObjectSchema = {
  kind: 'object',
  doc: {
    de: 'Der Verantwortliche (Art. 13 Abs. 1 lit. a DSGVO): Name, ladungsfähige Anschrift und Kontakt.',
    en: 'The controller (Art. 13(1)(a) GDPR): name, postal address and contact details.',
  },
  fields: {
    name: text('Name oder Firma des Verantwortlichen.', 'Name of the controller.'),
    address,
    email: text('E-Mail-Adresse für Datenschutzanfragen.', 'E-mail address for privacy requests.', { format: 'email' }),
    phone: text('Telefonnummer, als Text.', 'Phone number, as text.', { format: 'phone' }),
    website: text('Website des Verantwortlichen.', "The controller's website.", { format: 'url' }),
    sector: {
      kind: 'enum',
      doc: {
        de: 'Welche Art von Stelle der Verantwortliche ist; ohne Angabe eine nichtöffentliche Stelle. Davon hängt die zuständige Aufsichtsbehörde ab (§§ 9, 40 BDSG).',
        en: 'What kind of body the controller is; a private body when not stated. The competent supervisory authority depends on it (§§ 9, 40 BDSG).',
      },
      choices: controllerSectors,
    },
    representative: person(
      'Vertreter in der Union (Art. 27 DSGVO), wenn der Verantwortliche außerhalb der EU sitzt.',
      'Representative in the Union (Art. 27 GDPR) for a controller outside the EU.',
    ),
    dpo: person(
      'Datenschutzbeauftragter (Art. 13 Abs. 1 lit. b DSGVO, § 38 BDSG) mit Kontaktdaten.',
      'Data protection officer (Art. 13(1)(b) GDPR) with contact details.',
    ),
  },
  required: ['name', 'address'],
};

const purpose: ObjectSchema = {
  kind: 'object',
  doc: {
    de: 'Ein Verarbeitungszweck mit seiner Rechtsgrundlage.',
    en: 'A purpose of processing with its legal basis.',
  },
  fields: {
    title: words('Der Zweck, wie Leser ihn lesen.', 'The purpose as readers see it.', {
      example: 'Bereitstellung unserer Dienste',
    }),
    description: text('Nähere Beschreibung des Zwecks.', 'A longer description of the purpose.', { prose: true }),
    legalBasis: {
      kind: 'list',
      doc: { de: 'Rechtsgrundlagen (Art. 13 Abs. 1 lit. c DSGVO).', en: 'Legal bases (Art. 13(1)(c) GDPR).' },
      item: { kind: 'enum', doc: { de: 'Eine Rechtsgrundlage.', en: 'A legal basis.' }, choices: legalBases },
    },
    legitimateInterest: text(
      'Das berechtigte Interesse, wenn Art. 6 Abs. 1 lit. f DSGVO die Grundlage ist (Art. 13 Abs. 1 lit. d).',
      'The legitimate interest, where Art. 6(1)(f) GDPR is the basis (Art. 13(1)(d)).',
      { prose: true },
    ),
    kind: {
      kind: 'enum',
      doc: {
        de: 'Wofür der Zweck ist (Werbung, Analyse, Vertrag, gesetzliche Pflicht …): Die Prüfungen fragen, ob die Rechtsgrundlage ihn tragen kann.',
        en: 'What the purpose is for (marketing, analytics, contract, legal obligation ...): the checks ask whether its legal basis can carry it.',
      },
      choices: purposeKinds,
    },
    law: text(
      'Die Rechtsvorschrift hinter Art. 6 Abs. 1 lit. c oder e, Art. 9 Abs. 2 lit. b, g, h oder i oder Art. 10 DSGVO (Art. 6 Abs. 3 DSGVO), z. B. „§ 147 AO, § 257 HGB“.',
      'The law behind Art. 6(1)(c) or (e), Art. 9(2)(b), (g), (h) or (i) or Art. 10 GDPR (Art. 6(3) GDPR), e.g. "§ 147 AO, § 257 HGB".',
      { example: '"§ 147 AO, § 257 HGB"' },
    ),
  },
  required: ['title'],
};

const recipient: ObjectSchema = {
  kind: 'object',
  doc: {
    de: 'Ein Empfänger oder eine Kategorie von Empfängern (Art. 13 Abs. 1 lit. e DSGVO).',
    en: 'A recipient or category of recipients (Art. 13(1)(e) GDPR).',
  },
  fields: {
    title: words('Name oder Kategorie des Empfängers.', 'Name or category of the recipient.', {
      example: 'Hosting-Dienstleister',
    }),
    description: text('Was der Empfänger mit den Daten tut.', 'What the recipient does with the data.', {
      prose: true,
    }),
    role: { kind: 'enum', doc: { de: 'Rolle des Empfängers.', en: "The recipient's role." }, choices: recipientRoles },
    kind: {
      kind: 'enum',
      doc: {
        de: 'Was der Empfänger ist (Hoster, Steuerberater, Behörde, Auskunftei …): Die Prüfungen fragen, ob seine Rolle dazu passt.',
        en: 'What the recipient is (host, tax advisor, authority, credit agency ...): the checks ask whether its role fits.',
      },
      choices: recipientKinds,
    },
    country: {
      kind: 'list',
      orSingle: true,
      doc: {
        de: 'Sitz und Verarbeitungsorte als ISO-3166-Codes: einer (DE) oder mehrere ([DE, US]), etwa Hosting in der EU mit Support-Zugriff aus den USA.',
        en: 'Seat and places of processing as ISO 3166 codes: one (DE) or several ([DE, US]), e.g. hosting in the EU with support access from the US.',
      },
      item: text('Ein Staat als ISO-3166-Code.', 'A country as an ISO 3166 code.', {
        format: 'country',
        example: 'DE',
      }),
      example: 'DE',
    },
    safeguard: {
      kind: 'list',
      orSingle: true,
      doc: {
        de: 'Garantie für eine Übermittlung in ein Drittland (Art. 45–49 DSGVO): eine (scc) oder mehrere ([dpf, scc]).',
        en: 'Safeguard for a transfer to a third country (Art. 45-49 GDPR): one (scc) or several ([dpf, scc]).',
      },
      item: { kind: 'enum', doc: { de: 'Eine Garantie.', en: 'A safeguard.' }, choices: safeguards },
    },
    arrangement: text(
      'Bei gemeinsam Verantwortlichen: das Wesentliche der Vereinbarung nach Art. 26 Abs. 2 DSGVO (wer welche Pflichten erfüllt, an wen sich Betroffene wenden), gern mit Link.',
      'For joint controllers: the essence of the arrangement under Art. 26(2) GDPR (who fulfils which duties, whom data subjects turn to), with a link if there is one.',
      { prose: true },
    ),
  },
  required: ['title'],
};

const category: ObjectSchema = {
  kind: 'object',
  doc: {
    de: 'Eine Kategorie personenbezogener Daten: was erhoben wird, wozu, an wen es geht und wie lange es bleibt.',
    en: 'A category of personal data: what is collected, why, who receives it and how long it is kept.',
  },
  fields: {
    title: words('Bezeichnung der Datenkategorie.', 'Name of the data category.', { example: 'Kontodaten' }),
    description: text('Wann und wie die Daten erhoben werden.', 'When and how the data is collected.', { prose: true }),
    data: {
      kind: 'list',
      doc: {
        de: 'Die einzelnen Datenarten, z. B. Name, E-Mail-Adresse.',
        en: 'The individual data items, e.g. name, e-mail address.',
      },
      item: words('Eine Datenart.', 'A data item.'),
    },
    purposes: {
      kind: 'refs',
      target: 'purposes',
      doc: {
        de: 'Zwecke (Ids aus `purposes`), zu denen die Daten verarbeitet werden.',
        en: 'Purposes (ids from `purposes`) the data is processed for.',
      },
    },
    recipients: {
      kind: 'refs',
      target: 'recipients',
      noneKeyword: true,
      doc: {
        de: 'Empfänger (Ids aus `recipients`), oder `none`, wenn die Daten an niemanden gehen.',
        en: 'Recipients (ids from `recipients`), or `none` if the data goes to nobody.',
      },
    },
    retention: words(
      'Speicherdauer oder die Kriterien für ihre Festlegung (Art. 13 Abs. 2 lit. a DSGVO).',
      'Retention period or the criteria that set it (Art. 13(2)(a) GDPR).',
      { example: 'Drei Jahre nach Ende des Vertrags (§ 195 BGB).' },
    ),
    channels: {
      kind: 'list',
      doc: {
        de: 'Wie die Daten zu uns kommen, wenn die Person sie selbst angibt: Formular, E-Mail, Telefon …',
        en: 'How the data reaches us where the person gives it: form, e-mail, phone ...',
      },
      item: { kind: 'enum', doc: { de: 'Ein Weg.', en: 'A channel.' }, choices: channels },
    },
    origin: {
      kind: 'enum',
      doc: {
        de: 'Woher die Daten stammen (Art. 14 DSGVO, wenn nicht von der Person selbst).',
        en: 'Where the data comes from (Art. 14 GDPR, when not from the person).',
      },
      choices: origins,
    },
    source: words(
      'Die Quelle, wenn die Daten nicht bei der Person erhoben werden (Art. 14 Abs. 2 lit. f DSGVO).',
      'The source, where the data is not collected from the person (Art. 14(2)(f) GDPR).',
    ),
    special: {
      kind: 'list',
      orSingle: true,
      doc: {
        de: 'Besondere Kategorien nach Art. 9 DSGVO (und Daten über Straftaten nach Art. 10), falls zutreffend: eine (health) oder mehrere ([health, religious-beliefs]).',
        en: 'Special categories under Art. 9 GDPR (and criminal-offence data under Art. 10), if any: one (health) or several ([health, religious-beliefs]).',
      },
      item: {
        kind: 'enum',
        doc: { de: 'Eine besondere Kategorie.', en: 'A special category.' },
        choices: specialCategories,
      },
    },
    obligation: text(
      'Ob die Bereitstellung vorgeschrieben ist und was geschieht, wenn sie fehlt (Art. 13 Abs. 2 lit. e DSGVO).',
      'Whether providing the data is required, and the consequences of not providing it (Art. 13(2)(e) GDPR).',
      { prose: true },
    ),
  },
  required: ['title'],
};

const transfer: ObjectSchema = {
  kind: 'object',
  doc: {
    de: 'Eine Übermittlung in ein Land außerhalb des EWR (Art. 13 Abs. 1 lit. f DSGVO).',
    en: 'A transfer to a country outside the EEA (Art. 13(1)(f) GDPR).',
  },
  fields: {
    country: text('Zielland als ISO-3166-Code.', 'Destination country as an ISO 3166 code.', {
      format: 'country',
      example: 'US',
    }),
    recipients: {
      kind: 'refs',
      target: 'recipients',
      doc: { de: 'Empfänger, die Daten in diesem Land erhalten.', en: 'Recipients that receive data in this country.' },
    },
    categories: {
      kind: 'refs',
      target: 'categories',
      doc: { de: 'Datenkategorien, die übermittelt werden.', en: 'Data categories that are transferred.' },
    },
    safeguard: {
      kind: 'list',
      orSingle: true,
      doc: {
        de: 'Garantie der Übermittlung (Art. 45–49 DSGVO): eine (scc) oder mehrere ([dpf, scc]).',
        en: 'Safeguard of the transfer (Art. 45-49 GDPR): one (scc) or several ([dpf, scc]).',
      },
      item: { kind: 'enum', doc: { de: 'Eine Garantie.', en: 'A safeguard.' }, choices: safeguards },
    },
    description: text('Erläuterung der Übermittlung.', 'Explanation of the transfer.', { prose: true }),
  },
  required: ['country'],
};

const cookie: ObjectSchema = {
  kind: 'object',
  doc: {
    de: 'Ein Cookie oder eine ähnliche Technologie (§ 25 TDDDG).',
    en: 'A cookie or similar technology (§ 25 TDDDG).',
  },
  fields: {
    name: text('Name des Cookies.', 'Name of the cookie.'),
    provider: text('Anbieter des Cookies.', 'Provider of the cookie.'),
    purposes: {
      kind: 'refs',
      target: 'purposes',
      doc: { de: 'Zwecke (Ids aus `purposes`).', en: 'Purposes (ids from `purposes`).' },
    },
    duration: words('Speicherdauer des Cookies.', 'Lifetime of the cookie.'),
    basis: {
      kind: 'enum',
      doc: {
        de: 'Unbedingt erforderlich oder einwilligungsbedürftig (§ 25 TDDDG).',
        en: 'Strictly necessary or consent-based (§ 25 TDDDG).',
      },
      choices: cookieBases,
    },
    description: text('Was der Cookie tut.', 'What the cookie does.', { prose: true }),
  },
  required: ['name'],
};

const clause: ObjectSchema = {
  kind: 'object',
  doc: {
    de: 'Ein Textbaustein der Erklärung: ein Baustein aus der Bibliothek (`use`) oder eigener Text (`title` und `text`).',
    en: 'A clause of the policy: a library clause (`use`) or text of your own (`title` and `text`).',
  },
  fields: {
    use: {
      kind: 'libraryRef',
      doc: { de: 'Id eines Bausteins aus der Klauselbibliothek.', en: 'Id of a clause from the clause library.' },
    },
    with: {
      kind: 'textMap',
      doc: { de: 'Werte für die Platzhalter des Bausteins.', en: "Values for the clause's placeholders." },
    },
    category: {
      kind: 'ref',
      target: 'categories',
      doc: {
        de: 'Die Datenkategorie, von der ein Baustein über eine Verarbeitung spricht (z. B. `newsletter` bei der Newsletter-Kategorie); sein Text steht dann bei ihr.',
        en: 'The data category a clause about a processing activity speaks of (e.g. `newsletter` for the newsletter category); its text then stands with it.',
      },
    },
    recipient: {
      kind: 'ref',
      target: 'recipients',
      doc: {
        de: 'Der Empfänger, von dem ein Baustein spricht (z. B. `hosting` beim Hoster); sein Text steht dann bei ihm.',
        en: 'The recipient a clause speaks of (e.g. `hosting` for the hosting provider); its text then stands with it.',
      },
    },
    section: {
      kind: 'enum',
      doc: {
        de: 'Für eigenen Text: der Abschnitt der Seite, an dessen Ende er steht. Ohne `section` und `replaces` steht er als eigener Abschnitt vor „Änderungen“.',
        en: 'For your own text: the page section it is added to. Without `section` and `replaces` it is a section of its own before "Changes".',
      },
      choices: pageSections,
    },
    replaces: {
      kind: 'enum',
      doc: {
        de: 'Für eigenen Text: der Abschnitt der Seite, dessen Platz er einnimmt; was der Abschnitt aus den Daten sagen würde, muss dann in Platzhaltern im Text stehen.',
        en: 'For your own text: the page section whose place it takes; what that section would state from the data must then be in the text, as placeholders.',
      },
      choices: pageSections,
    },
    title: words('Überschrift des Abschnitts.', 'Heading of the section.'),
    text: text(
      'Der Text des Abschnitts; in einer mehrsprachigen Erklärung je Sprache (`de:` / `en:`).',
      'The text of the section; in a policy published in several languages, one per language (`de:` / `en:`).',
      { prose: true },
    ),
  },
};

const authority: ObjectSchema = {
  kind: 'object',
  doc: {
    de: 'Die zuständige Aufsichtsbehörde für das Beschwerderecht (Art. 13 Abs. 2 lit. d, Art. 77 DSGVO).',
    en: 'The competent supervisory authority for complaints (Art. 13(2)(d), Art. 77 GDPR).',
  },
  fields: {
    name: text('Name der Behörde.', 'Name of the authority.'),
    address,
    email: text('E-Mail-Adresse der Behörde.', "The authority's e-mail address.", { format: 'email' }),
    phone: text('Telefonnummer, als Text.', 'Phone number, as text.', { format: 'phone' }),
    url: text('Website der Behörde.', "The authority's website.", { format: 'url' }),
    residence: {
      kind: 'bool',
      doc: {
        de: 'Für einen Verantwortlichen ohne Niederlassung in der Union: `true` sagt, dass es keine federführende Behörde gibt und Betroffene sich an die Aufsichtsbehörde ihres Aufenthalts-, Arbeits- oder Verstoßorts wenden (Art. 55, 56, 77 DSGVO). Dann braucht es keinen `name`.',
        en: 'For a controller without an establishment in the Union: `true` says there is no lead authority and data subjects turn to the authority where they live, work or were wronged (Art. 55, 56, 77 GDPR). No `name` is needed then.',
      },
      example: 'true',
    },
  },
};

const automatedDecision: ObjectSchema = {
  kind: 'object',
  doc: {
    de: 'Eine automatisierte Entscheidung einschließlich Profiling (Art. 13 Abs. 2 lit. f, Art. 22 DSGVO).',
    en: 'An automated decision including profiling (Art. 13(2)(f), Art. 22 GDPR).',
  },
  fields: {
    description: text(
      'Welche Entscheidungen automatisiert getroffen werden.',
      'Which decisions are made automatically.',
      { prose: true },
    ),
    logic: text('Die involvierte Logik.', 'The logic involved.', { prose: true }),
    consequences: text(
      'Tragweite und angestrebte Auswirkungen für die Person.',
      'Significance and envisaged consequences for the person.',
      { prose: true },
    ),
    exception: {
      kind: 'enum',
      doc: {
        de: 'Die Ausnahme nach Art. 22 Abs. 2 DSGVO, auf die sich die Entscheidung stützt: Vertrag, Rechtsvorschrift oder ausdrückliche Einwilligung.',
        en: 'The exception of Art. 22(2) GDPR the decision relies on: contract, law or explicit consent.',
      },
      choices: automatedExceptions,
    },
    law: text(
      'Bei `exception: law`: die Rechtsvorschrift, die die Entscheidung erlaubt (z. B. § 37 BDSG).',
      'With `exception: law`: the law that authorises the decision (e.g. § 37 BDSG).',
    ),
  },
};

const automatedDecisions: FieldSchema = {
  kind: 'list',
  orSingle: true,
  doc: {
    de: 'Automatisierte Entscheidungsfindung einschließlich Profiling (Art. 13 Abs. 2 lit. f, Art. 22 DSGVO): eine Entscheidung oder eine Liste von ihnen, jede mit ihrer Ausnahme nach Art. 22 Abs. 2.',
    en: 'Automated decision-making including profiling (Art. 13(2)(f), Art. 22 GDPR): one decision or a list of them, each with its Art. 22(2) exception.',
  },
  item: automatedDecision,
};

const children: ObjectSchema = {
  kind: 'object',
  doc: {
    de: 'Kinder und Jugendliche (Art. 8 DSGVO): ob sich das Angebot an sie richtet, ab welchem Alter sie selbst einwilligen und wie die Einwilligung der Eltern eingeholt und geprüft wird.',
    en: 'Children and young people (Art. 8 GDPR): whether the offer is addressed to them, from what age they consent themselves and how the consent of the parents is obtained and checked.',
  },
  fields: {
    addressed: {
      kind: 'bool',
      doc: {
        de: '`true`, wenn sich das Angebot (auch) an Minderjährige richtet.',
        en: '`true` when the offer is (also) addressed to minors.',
      },
    },
    minimumAge: text(
      'Das Alter, ab dem eine Person selbst einwilligt, als Zahl in Anführungszeichen; in Deutschland 16 Jahre (Art. 8 Abs. 1 DSGVO, keine Abweichung nach UAbs. 2).',
      'The age from which a person consents themselves, as a quoted number; in Germany 16 (Art. 8(1) GDPR, no derogation under subpara. 2).',
      { example: '"16"' },
    ),
    parentalConsent: text(
      'Wie die Einwilligung der Träger der elterlichen Verantwortung eingeholt und geprüft wird (Art. 8 Abs. 2 DSGVO), z. B. per Bestätigungs-E-Mail an ein Elternteil.',
      'How the consent of the holders of parental responsibility is obtained and checked (Art. 8(2) GDPR), e.g. a confirmation e-mail to a parent.',
      { prose: true },
    ),
    ageCheck: text(
      'Wie das Alter geprüft wird (Selbstauskunft, Bestätigung, Prüfdienst); verhältnismäßig zum Risiko (EDPB Guidelines 05/2020, Rn. 132).',
      'How age is checked (self-declaration, confirmation, verification service), in proportion to the risk (EDPB Guidelines 05/2020, para. 132).',
      { prose: true },
    ),
  },
};

const changeHistoryEntry: ObjectSchema = {
  kind: 'object',
  doc: {
    de: 'Eine frühere Fassung und was sich mit ihr geändert hat, wie es den Lesern mitgeteilt wurde.',
    en: 'An earlier version and what changed with it, as readers were told.',
  },
  fields: {
    version: text('Versionsbezeichnung der Fassung.', 'Version label of that version.', { example: '"3.1"' }),
    date: text('Tag, an dem die Fassung in Kraft trat, JJJJ-MM-TT.', 'Date the version took effect, YYYY-MM-DD.', {
      format: 'date',
      example: '2026-10-15',
    }),
    notice: text(
      'Der Änderungshinweis, wie Leser ihn lesen; Zeilen, die mit „- “ beginnen, werden zu einer Aufzählung (`privacy-policy diff --format markdown` schreibt einen Entwurf).',
      'The change notice as readers read it; lines that start with "- " become a list (`privacy-policy diff --format markdown` writes a draft).',
      { prose: true },
    ),
  },
  required: ['date', 'notice'],
};

/** The whole source format: a policy file is a map of these sections. */
export const policySchema: ObjectSchema = {
  kind: 'object',
  doc: { de: 'Eine Datenschutzerklärung als strukturierte Quelle.', en: 'A privacy policy as structured source.' },
  fields: {
    policy: policyMeta,
    controller,
    purposes: {
      kind: 'definitions',
      definitionKind: 'purposes',
      entry: purpose,
      doc: {
        de: 'Die Verarbeitungszwecke, jeweils unter einer Id.',
        en: 'The purposes of processing, each under an id.',
      },
    },
    recipients: {
      kind: 'definitions',
      definitionKind: 'recipients',
      entry: recipient,
      doc: { de: 'Die Empfänger, jeweils unter einer Id.', en: 'The recipients, each under an id.' },
    },
    categories: {
      kind: 'definitions',
      definitionKind: 'categories',
      entry: category,
      doc: {
        de: 'Die Kategorien personenbezogener Daten, jeweils unter einer Id.',
        en: 'The categories of personal data, each under an id.',
      },
    },
    transfers: {
      kind: 'list',
      item: transfer,
      doc: { de: 'Übermittlungen in Drittländer.', en: 'Transfers to third countries.' },
    },
    rights: {
      kind: 'list',
      doc: {
        de: 'Die Rechte der betroffenen Personen, die die Erklärung nennt (Art. 13 Abs. 2 lit. b–d DSGVO).',
        en: 'The data subject rights the policy states (Art. 13(2)(b)-(d) GDPR).',
      },
      item: { kind: 'enum', doc: { de: 'Ein Betroffenenrecht.', en: 'A data subject right.' }, choices: rights },
    },
    supervisoryAuthority: authority,
    cookies: {
      kind: 'list',
      item: cookie,
      doc: { de: 'Cookies und ähnliche Technologien.', en: 'Cookies and similar technologies.' },
    },
    automatedDecisions,
    children,
    clauses: {
      kind: 'list',
      item: clause,
      doc: { de: 'Die Textbausteine der Erklärung in ihrer Reihenfolge.', en: 'The clauses of the policy, in order.' },
    },
    changeHistory: {
      kind: 'list',
      item: changeHistoryEntry,
      doc: {
        de: 'Frühere Fassungen mit ihren Änderungshinweisen, neueste zuerst; die Seite zeigt sie als Änderungshistorie.',
        en: 'Earlier versions with their change notices, newest first; the page shows them as a change history.',
      },
    },
  },
  required: ['policy', 'controller'],
};

/** Sections whose entries are read one by one (see chunker.ts). */
export function isEntrySection(section: string): boolean {
  const schema: FieldSchema | undefined = Object.prototype.hasOwnProperty.call(policySchema.fields, section)
    ? policySchema.fields[section]
    : undefined;
  // A list that may also be one item (`automatedDecisions`) is read whole: its single form is a map.
  return schema !== undefined && (schema.kind === 'definitions' || (schema.kind === 'list' && !schema.orSingle));
}
