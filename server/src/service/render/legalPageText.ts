/**
 * The page's words for the legal facts issue 16 added to the format (several countries and safeguards, Art. 10
 * data, joint controllers, automated decisions with their exception, the law behind a basis, children, a
 * controller without an establishment in the Union), in German and English. PageText holds them as `legal`.
 */
export interface LegalPageText {
  readonly criminal: string;
  readonly criminalText: string;
  readonly places: (countries: readonly string[]) => string;
  readonly arrangement: string;
  readonly jointRights: string;
  readonly law: string;
  readonly exception: string;
  readonly withLaw: (label: string, law: string) => string;
  readonly decisionTitle: (index: number) => string;
  readonly automatedIntroMany: string;
  readonly childrenAddressed: string;
  readonly childrenNotAddressed: string;
  readonly childrenFacts: { readonly age: string; readonly parental: string; readonly ageCheck: string };
  readonly consentAge: (age: string) => string;
  readonly complaintResidence: string;
}

export const germanLegalPage: LegalPageText = {
  criminal: 'Daten über strafrechtliche Verurteilungen und Straftaten (Art. 10 DSGVO)',
  criminalText: 'Diese Daten verarbeiten wir nur auf Grund der Rechtsvorschrift, die beim jeweiligen Zweck steht.',
  places: (countries) => `Sitz und Verarbeitungsorte: ${countries.join(', ')}`,
  arrangement: 'Das Wesentliche der Vereinbarung (Art. 26 Abs. 2 DSGVO)',
  jointRights:
    'Ihre Rechte können Sie bei und gegenüber jedem der gemeinsam Verantwortlichen geltend machen (Art. 26 Abs. 3 DSGVO).',
  law: 'Rechtsvorschrift',
  exception: 'Ausnahme nach Art. 22 Abs. 2 DSGVO',
  withLaw: (label, law) => `${label} i. V. m. ${law}`,
  decisionTitle: (index) => `Entscheidung ${index}`,
  automatedIntroMany:
    'In folgenden Fällen treffen wir Entscheidungen, die Ihnen gegenüber rechtliche Wirkung entfalten oder Sie in ähnlicher Weise ' +
    'erheblich beeinträchtigen, ausschließlich automatisiert (Art. 22 DSGVO):',
  childrenAddressed: 'Unser Angebot richtet sich auch an Kinder und Jugendliche.',
  childrenNotAddressed: 'Unser Angebot richtet sich nicht an Kinder und Jugendliche.',
  childrenFacts: {
    age: 'Eigene Einwilligung (Art. 8 Abs. 1 DSGVO)',
    parental: 'Einwilligung der Eltern (Art. 8 Abs. 2 DSGVO)',
    ageCheck: 'Prüfung des Alters',
  },
  consentAge: (age) =>
    `Ab ${age} Jahren willigen Sie selbst ein. Für Jüngere willigt ein Träger der elterlichen Verantwortung ein oder stimmt der Einwilligung zu.`,
  complaintResidence:
    'Wir haben keine Niederlassung in der Europäischen Union und daher keine federführende Aufsichtsbehörde (Art. 56 DSGVO). ' +
    'Sie können sich bei der Datenschutz-Aufsichtsbehörde des Mitgliedstaats Ihres gewöhnlichen Aufenthalts, Ihres ' +
    'Arbeitsplatzes oder des Orts des mutmaßlichen Verstoßes beschweren (Art. 77 Abs. 1 DSGVO).',
};

export const englishLegalPage: LegalPageText = {
  criminal: 'Data relating to criminal convictions and offences (Art. 10 GDPR)',
  criminalText: 'We process these data only on the basis of the law stated with each purpose.',
  places: (countries) => `Countries (registered office and processing): ${countries.join(', ')}`,
  arrangement: 'The essence of the arrangement (Art. 26(2) GDPR)',
  jointRights:
    'You may exercise your rights in respect of and against each of the joint controllers (Art. 26(3) GDPR).',
  law: 'Law',
  exception: 'Exception under Art. 22(2) GDPR',
  withLaw: (label, law) => `${label} in conjunction with ${law}`,
  decisionTitle: (index) => `Decision ${index}`,
  automatedIntroMany:
    'In the following cases we take decisions based solely on automated processing which produce legal effects concerning you ' +
    'or similarly significantly affect you (Art. 22 GDPR):',
  childrenAddressed: 'Our offer is also addressed to children and young people.',
  childrenNotAddressed: 'Our offer is not addressed to children and young people.',
  childrenFacts: {
    age: 'Own consent (Art. 8(1) GDPR)',
    parental: 'Consent of the parents (Art. 8(2) GDPR)',
    ageCheck: 'Age check',
  },
  consentAge: (age) =>
    `From the age of ${age} you consent yourself. For younger people, a holder of parental responsibility gives or authorises the consent.`,
  complaintResidence:
    'We have no establishment in the European Union and therefore no lead supervisory authority (Art. 56 GDPR). You may lodge a ' +
    'complaint with the data protection authority of the member state of your habitual residence, place of work or place of the ' +
    'alleged infringement (Art. 77(1) GDPR).',
};
