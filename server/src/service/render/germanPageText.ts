/** The German page's words (see PageText). */
import { germanLegalPage } from './legalPageText';
import type { PageText } from './pageText';

export const germanPage: PageText = {
  defaultTitle: 'Datenschutzerklärung',
  contents: 'Inhalt',
  stand: (effective) => `Stand: ${effective}`,
  published: (date) => `Veröffentlicht am ${date}`,
  version: (version) => `Version ${version}`,
  draft: 'Entwurf',
  draftNote: 'Entwurf – nicht zur Veröffentlichung. Diese Fassung hat noch Lücken oder Fehler.',
  gapsHeading: (count) => `${count} ${count === 1 ? 'Angabe fehlt' : 'Angaben fehlen'} im Text`,
  gapsCounted:
    'Gezählt sind die Stellen, die die Seite leer ließe, nicht die Probleme der Prüfung (Fenster „Probleme“).',
  sectionTitles: {
    overview: 'Datenschutz auf einen Blick',
    controller: 'Verantwortlicher',
    representative: 'Vertreter in der Europäischen Union',
    dpo: 'Datenschutzbeauftragter',
    processing: 'Welche Daten wir wozu verarbeiten',
    recipients: 'Empfänger',
    transfers: 'Übermittlung in Drittländer',
    cookies: 'Cookies und ähnliche Technologien',
    'automated-decisions': 'Automatisierte Entscheidungsfindung',
    children: 'Kinder und Jugendliche',
    rights: 'Ihre Rechte',
    complaint: 'Beschwerderecht bei einer Aufsichtsbehörde',
    security: 'Datensicherheit',
    changes: 'Änderungen dieser Erklärung',
  },
  overviewIntro: (controller) =>
    `Mit dieser Erklärung ${controller ? `informiert Sie ${controller}` : 'informieren wir Sie'} darüber, welche personenbezogenen Daten wir ` +
    'verarbeiten, wozu und auf welcher Rechtsgrundlage, an wen sie gehen, wie lange wir sie speichern und welche Rechte Sie haben ' +
    '(Art. 13 und 14 DSGVO).',
  overviewActivities: 'Wir verarbeiten personenbezogene Daten in diesen Fällen:',
  controllerIntro: 'Verantwortlich für die Verarbeitung Ihrer Daten ist:',
  representativeIntro: 'Unser Vertreter in der Europäischen Union (Art. 27 DSGVO):',
  dpoIntro: 'Unseren Datenschutzbeauftragten erreichen Sie unter:',
  contactEmail: 'E-Mail',
  contactPhone: 'Telefon',
  contactWebsite: 'Website',
  processingIntro:
    'Für jede Verarbeitung nennen wir hier die Daten, die Zwecke mit ihrer Rechtsgrundlage, die Empfänger und die Speicherdauer.',
  processingNone: 'Diese Erklärung nennt keine Kategorien personenbezogener Daten.',
  facts: {
    data: 'Daten',
    channels: 'Wie die Daten zu uns kommen',
    purposes: 'Zwecke und Rechtsgrundlagen',
    interest: 'Unser berechtigtes Interesse',
    recipients: 'Empfänger',
    nobody: 'Diese Daten geben wir an niemanden weiter.',
    transfers: 'Übermittlung in Drittländer',
    retention: 'Speicherdauer',
    origin: 'Herkunft der Daten',
    special: 'Besondere Kategorie personenbezogener Daten (Art. 9 DSGVO)',
    obligation: 'Pflicht zur Bereitstellung',
  },
  otherPurposes: 'Weitere Zwecke',
  recipientsIntro:
    'Personenbezogene Daten erhalten die folgenden Stellen; welche Daten, steht bei der jeweiligen Verarbeitung.',
  seat: (country) => `Sitz: ${country}`,
  transfersIntro:
    'Einige Empfänger verarbeiten Daten außerhalb der Europäischen Union und des Europäischen Wirtschaftsraums. Dorthin übermitteln ' +
    'wir Daten nur unter den Voraussetzungen der Art. 44 bis 49 DSGVO:',
  transferLine: (country, recipients) => (recipients ? `${country}: ${recipients}` : country),
  transferCategories: 'Daten',
  transferBasis: 'Grundlage',
  cookiesIntro: (essential, consent) =>
    [
      'Wir speichern Informationen auf Ihrem Endgerät oder lesen sie dort aus (Cookies und ähnliche Technologien).',
      essential
        ? 'Was unbedingt erforderlich ist, damit wir einen von Ihnen ausdrücklich gewünschten Dienst bereitstellen können, setzen wir ohne Einwilligung ein (§ 25 Abs. 2 Nr. 2 TDDDG).'
        : '',
      consent
        ? `${essential ? 'Alles andere setzen wir' : 'Sie setzen wir'} nur ein, wenn Sie vorher eingewilligt haben (§ 25 Abs. 1 TDDDG); ` +
          'die Einwilligung können Sie jederzeit mit Wirkung für die Zukunft widerrufen.'
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  cookieHead: ['Name', 'Anbieter', 'Zweck', 'Speicherdauer', 'Grundlage'],
  automatedIntro:
    'In folgendem Fall treffen wir Entscheidungen, die Ihnen gegenüber rechtliche Wirkung entfalten oder Sie in ähnlicher Weise ' +
    'erheblich beeinträchtigen, ausschließlich automatisiert (Art. 22 DSGVO):',
  automatedFacts: {
    description: 'Entscheidung',
    logic: 'Involvierte Logik',
    consequences: 'Tragweite und angestrebte Auswirkungen',
  },
  rightsIntro: (email) =>
    'Ihnen stehen uns gegenüber die folgenden Rechte zu.' +
    (email ? ` Um sie auszuüben, genügt eine Nachricht an ${email}.` : ''),
  rights: {
    access: {
      title: 'Auskunft (Art. 15 DSGVO)',
      text: 'Sie können Auskunft darüber verlangen, ob und welche personenbezogenen Daten wir über Sie verarbeiten, und eine Kopie erhalten.',
    },
    rectification: {
      title: 'Berichtigung (Art. 16 DSGVO)',
      text: 'Sie können verlangen, dass wir unrichtige Daten berichtigen und unvollständige vervollständigen.',
    },
    erasure: {
      title: 'Löschung (Art. 17 DSGVO)',
      text: 'Sie können verlangen, dass wir Ihre Daten löschen, soweit keine gesetzliche Pflicht zur Aufbewahrung entgegensteht.',
    },
    restriction: {
      title: 'Einschränkung der Verarbeitung (Art. 18 DSGVO)',
      text: 'Sie können verlangen, dass wir Ihre Daten nur noch eingeschränkt verarbeiten, etwa solange ihre Richtigkeit geprüft wird.',
    },
    portability: {
      title: 'Datenübertragbarkeit (Art. 20 DSGVO)',
      text:
        'Daten, die Sie uns bereitgestellt haben und die wir auf Grund Ihrer Einwilligung oder eines Vertrags automatisiert verarbeiten, ' +
        'erhalten Sie auf Wunsch in einem strukturierten, gängigen und maschinenlesbaren Format.',
    },
    objection: {
      title: 'Widerspruchsrecht (Art. 21 DSGVO)',
      text:
        'Verarbeiten wir Ihre Daten auf Grund eines berechtigten Interesses oder einer Aufgabe im öffentlichen Interesse, können Sie aus ' +
        'Gründen, die sich aus Ihrer besonderen Situation ergeben, jederzeit widersprechen. Der Verarbeitung für Direktwerbung können Sie ' +
        'jederzeit ohne Angabe von Gründen widersprechen.',
    },
    withdrawal: {
      title: 'Widerruf einer Einwilligung (Art. 7 Abs. 3 DSGVO)',
      text: 'Eine Einwilligung können Sie jederzeit mit Wirkung für die Zukunft widerrufen; die Verarbeitung bis dahin bleibt rechtmäßig.',
    },
    'automated-decision': {
      title: 'Keine ausschließlich automatisierte Entscheidung (Art. 22 DSGVO)',
      text:
        'Sie haben das Recht, nicht einer ausschließlich auf einer automatisierten Verarbeitung beruhenden Entscheidung unterworfen zu ' +
        'werden, die Ihnen gegenüber rechtliche Wirkung entfaltet oder Sie in ähnlicher Weise erheblich beeinträchtigt.',
    },
  },
  complaintIntro:
    'Sie haben das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren, insbesondere in dem Mitgliedstaat Ihres ' +
    'gewöhnlichen Aufenthalts, Ihres Arbeitsplatzes oder des Orts des mutmaßlichen Verstoßes (Art. 77 DSGVO). Für uns zuständig ist:',
  changesIntro: 'Wir passen diese Erklärung an, wenn sich unsere Verarbeitungen ändern.',
  changesUrl: 'Die jeweils geltende Fassung finden Sie unter',
  clauseGap: (id) => `Baustein „${id}“ passt nicht zu den Daten dieser Erklärung`,
  unknownClause: (id) => `Unbekannter Baustein „${id}“`,
  ownSection: (number) => `Abschnitt ${number}`,
  sectionWithoutText: 'Abschnitt ohne Text',
  undefinedPurpose: (id) => `Zweck „${id}“ ist nicht definiert`,
  undefinedRecipient: (id) => `Empfänger „${id}“ ist nicht definiert`,
  untranslated: (text) => `Noch nicht übersetzt: „${text}“`,
  historyEntry: (version, date) => `Fassung${version ? ` ${version}` : ''}${date ? ` vom ${date}` : ''}`,
  anchors: {
    title: 'titel',
    sections: {
      overview: 'auf-einen-blick',
      controller: 'verantwortlicher',
      representative: 'vertreter',
      dpo: 'datenschutzbeauftragter',
      processing: 'verarbeitungen',
      recipients: 'empfaenger',
      transfers: 'drittlaender',
      cookies: 'cookies',
      'automated-decisions': 'automatisierte-entscheidungen',
      children: 'kinder',
      rights: 'rechte',
      complaint: 'beschwerderecht',
      security: 'datensicherheit',
      changes: 'aenderungen',
    },
    category: 'kategorie-',
    recipient: 'empfaenger-',
    right: 'recht-',
    ownSection: 'abschnitt-',
    otherPurposes: 'weitere-zwecke',
    gap: 'luecke-',
    history: 'fassung-',
    decision: 'entscheidung-',
  },
  legal: germanLegalPage,
};
