import { defineClause, type LibraryClause } from './clauseLibrary';

/**
 * The clauses shipped with the product, in plain legal German, in the order of the page's outline. A clause
 * explains; every fact about this policy (periods, legal bases, recipients, countries, whether there is a
 * contract, a form or a data protection officer) comes from the policy's data: through the section the clause
 * stands in, through placeholders, or as a condition without which the clause is left out (clause-condition).
 * Legal bases a text names as law rather than as a fact of this policy are listed in `citesAsLaw`; a unit test
 * goes through the library and holds every clause to this.
 */
export const builtinClauses: readonly LibraryClause[] = [
  defineClause({
    id: 'datenschutz-auf-einen-blick',
    title: 'Datenschutz auf einen Blick',
    group: 'overview',
    placement: { kind: 'intro', section: 'overview' },
    summary: {
      de: 'Einleitung: wozu die Erklärung dient und wer verantwortlich ist.',
      en: 'Introduction: what the policy is for and who is responsible.',
    },
    text:
      'Diese Datenschutzerklärung beschreibt, welche personenbezogenen Daten {{controller.name}} verarbeitet, wenn Sie unser Angebot nutzen, ' +
      'wozu und auf welcher Rechtsgrundlage wir sie verarbeiten, an wen sie gehen, wie lange wir sie speichern und welche Rechte Sie haben. ' +
      'Personenbezogene Daten sind alle Angaben, die sich auf Sie als Person beziehen oder beziehen lassen (Art. 4 Nr. 1 DSGVO).',
    articles: ['Art. 12 Abs. 1 DSGVO', 'Art. 13 DSGVO'],
    en: {
      title: 'Privacy at a glance',
      text:
        'This privacy policy explains which personal data {{controller.name}} processes when you use our services, for what purposes and ' +
        'on what legal basis we process it, to whom it is disclosed, how long we keep it and what rights you have. Personal data means ' +
        'any information relating to you as an identified or identifiable person (Art. 4(1) GDPR).',
    },
  }),
  defineClause({
    id: 'verantwortliche-stelle',
    title: 'Hinweis zur verantwortlichen Stelle',
    group: 'overview',
    placement: { kind: 'intro', section: 'controller' },
    summary: {
      de: 'Erklärt, wer Verantwortlicher ist; darunter Name, Anschrift und Kontakt aus den Daten.',
      en: 'Explains who the controller is; below, the name, address and contact from the data.',
    },
    text:
      'Verantwortlicher im Sinne von Art. 4 Nr. 7 DSGVO, also die Stelle, die über Zwecke und Mittel der Verarbeitung Ihrer Daten entscheidet, ist:\n\n' +
      '{{section.facts}}\n\n' +
      'An diese Stelle können Sie sich mit allen Fragen zum Datenschutz und zur Ausübung Ihrer Rechte wenden.',
    articles: ['Art. 13 Abs. 1 lit. a DSGVO'],
    en: {
      title: 'Information about the controller',
      text:
        'The controller within the meaning of Art. 4(7) GDPR, that is, the person or organisation that determines the purposes and means ' +
        'of the processing of your data, is:\n\n' +
        '{{section.facts}}\n\n' +
        'You can contact the controller with any questions about data protection and about exercising your rights.',
    },
  }),
  defineClause({
    id: 'vertreter-in-der-union',
    title: 'Vertreter in der Europäischen Union',
    group: 'overview',
    placement: { kind: 'intro', section: 'representative' },
    conditions: [{ kind: 'data', part: 'representative' }],
    summary: {
      de: 'Der Vertreter in der Union, wenn der Verantwortliche außerhalb der EU sitzt.',
      en: 'The representative in the Union, for a controller outside the EU.',
    },
    text:
      'Nach Art. 27 DSGVO haben wir einen Vertreter in der Union benannt, an den Sie und die Aufsichtsbehörden sich in allen Fragen ' +
      'des Datenschutzes wenden können:',
    articles: ['Art. 13 Abs. 1 lit. a DSGVO', 'Art. 27 DSGVO'],
    en: {
      title: 'Representative in the European Union',
      text:
        'In accordance with Art. 27 GDPR, we have designated a representative in the Union whom you and the supervisory authorities can ' +
        'contact on all data protection matters:',
    },
  }),
  defineClause({
    id: 'datenschutzbeauftragter',
    title: 'Datenschutzbeauftragter',
    group: 'overview',
    placement: { kind: 'intro', section: 'dpo' },
    conditions: [{ kind: 'data', part: 'dpo' }],
    summary: {
      de: 'Erklärt die Rolle des Datenschutzbeauftragten; darunter seine Kontaktdaten aus den Daten.',
      en: "Explains the data protection officer's role; below, the contact details from the data.",
    },
    text:
      'Wir haben einen Datenschutzbeauftragten benannt. Sie erreichen ihn unter:\n\n' +
      '{{section.facts}}\n\n' +
      'Der Datenschutzbeauftragte ist zur Verschwiegenheit verpflichtet (Art. 38 Abs. 5 DSGVO). Sie können sich mit allen Fragen zur ' +
      'Verarbeitung Ihrer Daten und zur Ausübung Ihrer Rechte unmittelbar an ihn wenden (Art. 38 Abs. 4 DSGVO).',
    articles: ['Art. 13 Abs. 1 lit. b DSGVO', 'Art. 37–39 DSGVO', '§ 38 BDSG'],
    en: {
      title: 'Data protection officer',
      text:
        'We have designated a data protection officer, who can be reached at:\n\n' +
        '{{section.facts}}\n\n' +
        'The data protection officer is bound by secrecy or confidentiality (Art. 38(5) GDPR). You can contact the data protection ' +
        'officer directly with any questions about the processing of your data and about exercising your rights (Art. 38(4) GDPR).',
    },
  }),
  defineClause({
    id: 'rechtsgrundlagen',
    title: 'Rechtsgrundlagen der Verarbeitung',
    group: 'legal',
    placement: { kind: 'intro', section: 'processing' },
    summary: {
      de: 'Erklärt, dass jede Verarbeitung eine Rechtsgrundlage braucht; die Grundlagen stehen bei den Verarbeitungen.',
      en: 'Explains that each processing needs a legal basis; the bases stand with the processing activities.',
    },
    text:
      'Wir verarbeiten personenbezogene Daten nur, wenn eine Rechtsgrundlage es erlaubt (Art. 6 Abs. 1 DSGVO, für besondere Kategorien ' +
      'personenbezogener Daten zusätzlich Art. 9 Abs. 2 DSGVO). Bei jeder Verarbeitung nennen wir die Zwecke mit ihrer Rechtsgrundlage und, ' +
      'wo wir uns auf ein berechtigtes Interesse stützen, dieses Interesse.',
    articles: ['Art. 13 Abs. 1 lit. c DSGVO', 'Art. 13 Abs. 1 lit. d DSGVO', 'Art. 6 Abs. 1 DSGVO'],
    en: {
      title: 'Legal bases for processing',
      text:
        'We process personal data only where a legal basis permits it (Art. 6(1) GDPR and, for special categories of personal data, ' +
        'additionally Art. 9(2) GDPR). For each processing activity, we state the purposes together with their legal basis and, where we ' +
        'rely on legitimate interests, what those interests are.',
    },
  }),
  defineClause({
    id: 'speicherdauer',
    title: 'Speicherdauer',
    group: 'legal',
    placement: { kind: 'intro', section: 'processing' },
    summary: {
      de: 'Erklärt, wie lange Daten gespeichert werden; die Dauer steht bei jeder Verarbeitung.',
      en: 'Explains how long data is kept; the period stands with each processing activity.',
    },
    text:
      'Wir speichern personenbezogene Daten nur so lange, wie wir sie für den jeweiligen Zweck benötigen oder wie eine gesetzliche ' +
      'Aufbewahrungspflicht es verlangt (Art. 5 Abs. 1 lit. e, Art. 17 Abs. 3 lit. b DSGVO); danach löschen wir sie. Wie lange das ist, ' +
      'oder nach welchen Kriterien sich die Dauer bemisst, steht bei jeder Verarbeitung.',
    articles: ['Art. 13 Abs. 2 lit. a DSGVO', 'Art. 5 Abs. 1 lit. e DSGVO'],
    en: {
      title: 'Retention period',
      text:
        'We keep personal data only for as long as we need it for the purpose concerned or as a statutory retention obligation requires ' +
        '(Art. 5(1)(e) and Art. 17(3)(b) GDPR); after that, we erase it. How long that is, or the criteria used to determine the period, ' +
        'is stated for each processing activity.',
    },
  }),
  defineClause({
    id: 'herkunft-der-daten',
    title: 'Herkunft der Daten',
    group: 'legal',
    placement: { kind: 'intro', section: 'processing' },
    conditions: [{ kind: 'fromElsewhere' }],
    summary: {
      de: 'Erklärt, dass nicht alle Daten bei der Person erhoben werden; die Quellen stehen bei den Verarbeitungen (Art. 14).',
      en: 'Explains that not all data is collected from the person; the sources stand with the processing activities (Art. 14).',
    },
    text: 'Nicht alle Daten erheben wir bei Ihnen selbst. Woher Daten stammen, die wir auf anderem Weg erhalten, steht bei der jeweiligen Verarbeitung.',
    articles: ['Art. 14 Abs. 2 lit. f DSGVO'],
    en: {
      title: 'Source of the data',
      text:
        'Not all of the data we process is collected from you directly. Where we obtain data by other means, its source is stated for ' +
        'the processing activity concerned.',
    },
  }),
  defineClause({
    id: 'pflicht-zur-bereitstellung',
    title: 'Pflicht zur Bereitstellung von Daten',
    group: 'legal',
    placement: { kind: 'adds', section: 'processing' },
    conditions: [{ kind: 'obligation' }],
    summary: {
      de: 'Erklärt die Pflicht zur Bereitstellung; was für welche Daten gilt, steht bei den Verarbeitungen.',
      en: 'Explains the obligation to provide data; what applies to which data stands with the processing activities.',
    },
    text:
      'Ob Sie uns Daten bereitstellen müssen, weil ein Gesetz oder ein Vertrag es vorschreibt oder weil wir sie für einen Vertragsschluss ' +
      'benötigen, und welche Folgen es hat, wenn Sie es nicht tun, steht bei der jeweiligen Verarbeitung unter „Pflicht zur Bereitstellung“.',
    articles: ['Art. 13 Abs. 2 lit. e DSGVO'],
    en: {
      title: 'Obligation to provide data',
      text:
        'For each processing activity, we state under ‘Obligation to provide data’ whether you are obliged to provide data to us because ' +
        'a statute or a contract requires it or because we need the data to enter into a contract, and what the consequences are if you ' +
        'do not provide it.',
    },
  }),
  defineClause({
    id: 'server-log-dateien',
    title: 'Server-Log-Dateien',
    group: 'website',
    placement: { kind: 'category' },
    conditions: [{ kind: 'generated' }],
    summary: {
      de: 'Erklärt Server-Log-Dateien; steht bei ihrer Datenkategorie (category:), deren Daten, Zwecke und Frist gelten.',
      en: 'Explains server log files; stands with their data category (category:), whose data, purposes and period apply.',
    },
    text:
      'Ruft Ihr Browser eine Seite unserer Website auf, übermittelt er dabei technisch bedingt Angaben an unseren Server, der sie in ' +
      'Protokolldateien (Log-Dateien) festhält. Welche Angaben das sind, wozu wir sie verwenden und wann wir sie löschen, steht hier.',
    articles: ['Art. 13 DSGVO'],
    en: {
      title: 'Server log files',
      text:
        'When your browser requests a page of our website, it transmits certain information to our server for technical reasons, and the ' +
        'server records that information in log files. What information this is, what we use it for and when we delete it is set out ' +
        'below.',
    },
  }),
  defineClause({
    id: 'kontaktformular',
    title: 'Kontaktformular und Anfragen',
    group: 'website',
    placement: { kind: 'category' },
    conditions: [{ kind: 'channel', channels: ['form', 'email', 'phone', 'chat', 'post'] }],
    summary: {
      de: 'Anfragen über Formular, E-Mail oder Telefon; steht bei ihrer Datenkategorie (category:, mit channels).',
      en: 'Enquiries by form, email or phone; stands with their data category (category:, with channels).',
    },
    text:
      'Wenn Sie uns auf den hier genannten Wegen eine Anfrage senden, verarbeiten wir Ihre Angaben, um Ihr Anliegen zu bearbeiten. ' +
      'Welche Angaben das sind, auf welcher Rechtsgrundlage wir sie verarbeiten und wie lange wir sie aufbewahren, steht hier.',
    articles: ['Art. 13 DSGVO'],
    en: {
      title: 'Contact form and enquiries',
      text:
        'If you send us an enquiry by any of the means listed below, we process the information you provide in order to deal with your ' +
        'request. What information this is, on what legal basis we process it and how long we keep it is set out below.',
    },
  }),
  defineClause({
    id: 'newsletter',
    title: 'Newsletter',
    group: 'services',
    placement: { kind: 'category' },
    conditions: [{ kind: 'basis', bases: ['art6-1-a'], of: 'category' }],
    summary: {
      de: 'Newsletter nur mit Einwilligung und ihr Widerruf; steht bei der Newsletter-Kategorie (category:).',
      en: 'Newsletter with consent only, and withdrawing it; stands with the newsletter category (category:).',
    },
    text:
      'Unseren Newsletter senden wir Ihnen nur, wenn Sie ihn bestellt und in den Versand eingewilligt haben; Werbung per E-Mail setzt ' +
      'eine vorherige ausdrückliche Einwilligung voraus (§ 7 Abs. 2 Nr. 2 UWG). Sie können den Newsletter jederzeit abbestellen und Ihre ' +
      'Einwilligung mit Wirkung für die Zukunft widerrufen (Art. 7 Abs. 3 DSGVO), etwa mit einer E-Mail an {{controller.email}}.',
    articles: ['Art. 7 DSGVO', '§ 7 Abs. 2 UWG'],
    en: {
      title: 'Newsletter',
      text:
        'We send you our newsletter only if you have subscribed to it and consented to receiving it; under Section 7(2) no. 2 of the ' +
        'German Act against Unfair Competition (UWG), advertising by email requires prior express consent. You can unsubscribe from the ' +
        'newsletter and withdraw your consent at any time, for example by sending an email to {{controller.email}}; withdrawal does not ' +
        'affect the lawfulness of processing based on consent before its withdrawal (Art. 7(3) GDPR).',
    },
  }),
  defineClause({
    id: 'werbung',
    title: 'Werbliche Kommunikation an Bestandskunden',
    group: 'services',
    placement: { kind: 'category' },
    conditions: [{ kind: 'basis', bases: ['art6-1-f'], of: 'category' }],
    summary: {
      de: 'Werbung an Bestandskunden nach § 7 Abs. 3 UWG und der Widerspruch dagegen; steht bei der Kundendaten-Kategorie (category:).',
      en: 'Marketing to existing customers (Section 7(3) UWG) and objecting to it; stands with the customer data category (category:).',
    },
    text:
      'Haben wir Ihre E-Mail-Adresse beim Verkauf einer Ware oder Dienstleistung erhalten, dürfen wir sie für Werbung für eigene ähnliche ' +
      'Angebote verwenden (§ 7 Abs. 3 UWG). Sie können dieser Verwendung jederzeit widersprechen, ohne dass Ihnen dafür andere als die ' +
      'Übermittlungskosten nach den Basistarifen entstehen, etwa mit einer Nachricht an {{controller.email}}; danach verwenden wir Ihre ' +
      'Adresse nicht mehr für Werbung (Art. 21 Abs. 2 und 3 DSGVO).',
    articles: ['§ 7 Abs. 3 UWG', 'Art. 21 Abs. 2 DSGVO'],
    en: {
      title: 'Marketing communications to existing customers',
      text:
        'If we obtained your email address in connection with the sale of goods or services, Section 7(3) of the German Act against ' +
        'Unfair Competition (UWG) allows us to use it to advertise our own similar goods or services. You can object to this use at any ' +
        'time without incurring any costs other than the cost of sending your objection at basic rates, for example by sending a message ' +
        'to {{controller.email}}; once you have objected, we will no longer use your address for advertising (Art. 21(2) and (3) GDPR).',
    },
  }),
  defineClause({
    id: 'webanalyse',
    title: 'Webanalyse',
    group: 'services',
    placement: { kind: 'category' },
    conditions: [{ kind: 'basis', bases: ['art6-1-a'], of: 'category' }],
    summary: {
      de: 'Reichweitenmessung nur mit Einwilligung (with: tool); steht bei der Kategorie der Nutzungsdaten (category:).',
      en: 'Web analytics with consent only (with: tool); stands with the usage data category (category:).',
    },
    text:
      'Mit Ihrer Einwilligung werten wir mit {{with.tool}} aus, wie Besucher unsere Website nutzen. Dafür werden Informationen auf Ihrem ' +
      'Endgerät gespeichert oder dort ausgelesen, was ohne Ihre Einwilligung nicht geschehen darf (§ 25 Abs. 1 TDDDG). Sie können die ' +
      'Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen; danach erheben wir keine Nutzungsdaten mehr über Sie.',
    articles: ['§ 25 Abs. 1 TDDDG', 'Art. 7 Abs. 3 DSGVO'],
    en: {
      title: 'Web analytics',
      text:
        'With your consent, we use {{with.tool}} to analyse how visitors use our website. This involves storing information on your ' +
        'device or reading information from it, which Section 25(1) of the German Telecommunications Digital Services Data Protection Act ' +
        '(TDDDG) does not permit without your consent. You can withdraw your consent at any time, without affecting the lawfulness of ' +
        'processing based on consent before its withdrawal; once you have withdrawn it, we no longer collect usage data about you.',
    },
  }),
  defineClause({
    id: 'eingebettete-inhalte',
    title: 'Eingebettete Inhalte (Karten, Videos, Schriftarten)',
    group: 'services',
    placement: { kind: 'category' },
    conditions: [{ kind: 'basis', bases: ['art6-1-a'], of: 'category' }],
    summary: {
      de: 'Inhalte anderer Anbieter, erst nach Einwilligung geladen (with: services); steht bei ihrer Datenkategorie (category:).',
      en: 'Content from other providers, loaded only after consent (with: services); stands with its data category (category:).',
    },
    text:
      'Auf einigen Seiten zeigen wir Inhalte anderer Anbieter: {{with.services}}. Damit Ihr Browser diese Inhalte anzeigen kann, ruft er sie ' +
      'beim jeweiligen Anbieter ab; dabei erfährt der Anbieter Ihre IP-Adresse, die Seite, die Sie besuchen, und technische Angaben zu ' +
      'Ihrem Browser. Solche Inhalte laden wir erst, nachdem Sie eingewilligt haben; bis dahin sehen Sie an ihrer Stelle einen Platzhalter.',
    articles: ['§ 25 Abs. 1 TDDDG'],
    en: {
      title: 'Embedded content (maps, videos, fonts)',
      text:
        'On some pages we show content from other providers: {{with.services}}. For your browser to display this content, it retrieves it ' +
        'from the provider concerned; in doing so, the provider learns your IP address, the page you are visiting and technical ' +
        'information about your browser. We load such content only after you have given your consent; until then, you see a placeholder ' +
        'in its place.',
    },
  }),
  defineClause({
    id: 'social-media',
    title: 'Social-Media-Präsenzen',
    group: 'services',
    placement: { kind: 'category' },
    conditions: [{ kind: 'role', roles: ['joint-controller'], of: 'policy' }],
    summary: {
      de: 'Eigene Auftritte in sozialen Netzwerken, gemeinsame Verantwortung (with: platforms); steht bei ihrer Datenkategorie (category:).',
      en: 'Own social media pages, joint controllership (with: platforms); stands with their data category (category:).',
    },
    text:
      'Wir unterhalten öffentliche Auftritte bei {{with.platforms}}. Wenn Sie diese Auftritte besuchen oder mit uns dort in Kontakt treten, ' +
      'verarbeitet der jeweilige Betreiber Ihre Daten auch für eigene Zwecke. Für die Verarbeitungen, die wir mit ihm gemeinsam bestimmen, ' +
      'sind wir gemeinsam verantwortlich (Art. 26 DSGVO); Ihre Rechte können Sie uns und dem Betreiber gegenüber geltend machen ' +
      '(Art. 26 Abs. 3 DSGVO).',
    articles: ['Art. 26 DSGVO'],
    en: {
      title: 'Social media pages',
      text:
        'We maintain public pages on {{with.platforms}}. When you visit these pages or contact us there, the operator of the platform ' +
        'concerned also processes your data for its own purposes. For the processing we determine jointly with the operator, we and the ' +
        'operator are joint controllers (Art. 26 GDPR); you can exercise your rights against both us and the operator (Art. 26(3) GDPR).',
    },
  }),
  defineClause({
    id: 'kontoloeschung',
    title: 'Löschung Ihres Nutzerkontos',
    group: 'services',
    placement: { kind: 'category' },
    conditions: [{ kind: 'channel', channels: ['account'] }],
    summary: {
      de: 'Wie Nutzer ihr Konto löschen (with: where); steht bei der Kategorie der Kontodaten (category:, channels: [account]).',
      en: 'How users delete their account (with: where); stands with the account data category (category:, channels: [account]).',
    },
    text:
      'Sie können Ihr Nutzerkonto jederzeit selbst löschen ({{with.where}}) oder die Löschung mit einer E-Mail an {{controller.email}} ' +
      'verlangen (Art. 17 DSGVO). Wie lange wir die Daten danach noch aufbewahren, steht hier.',
    articles: ['Art. 17 DSGVO'],
    en: {
      title: 'Deleting your user account',
      text:
        'You can delete your user account yourself at any time ({{with.where}}) or ask us to erase it by sending an email to ' +
        '{{controller.email}} (Art. 17 GDPR). How long we keep the data after that is set out below.',
    },
  }),
  defineClause({
    id: 'empfaenger',
    title: 'Empfänger von personenbezogenen Daten',
    group: 'legal',
    placement: { kind: 'intro', section: 'recipients' },
    conditions: [{ kind: 'role', roles: ['processor'], of: 'policy' }],
    summary: {
      de: 'Erklärt Auftragsverarbeiter nach Art. 28; die Empfänger stehen darunter.',
      en: 'Explains processors under Art. 28; the recipients stand below.',
    },
    text:
      'Wir geben personenbezogene Daten nur weiter, wenn eine Rechtsgrundlage es erlaubt. Dienstleister, die Daten in unserem Auftrag ' +
      'verarbeiten (Auftragsverarbeiter), haben wir nach Art. 28 DSGVO vertraglich verpflichtet, die Daten nur nach unserer Weisung und ' +
      'nur für die vereinbarten Zwecke zu verwenden. Welche Daten ein Empfänger erhält, steht bei der jeweiligen Verarbeitung.',
    articles: ['Art. 13 Abs. 1 lit. e DSGVO', 'Art. 28 DSGVO'],
    en: {
      title: 'Recipients of personal data',
      text:
        'We disclose personal data only where a legal basis permits it. Service providers that process data on our behalf (processors) ' +
        'are bound by contract with us under Art. 28 GDPR to use the data only on our instructions and only for the agreed purposes. ' +
        'Which data a recipient receives is stated for each processing activity.',
    },
  }),
  defineClause({
    id: 'hosting',
    title: 'Hosting',
    group: 'website',
    placement: { kind: 'recipient' },
    conditions: [{ kind: 'role', roles: ['processor'], of: 'recipient' }],
    summary: {
      de: 'Der Hosting-Anbieter als Auftragsverarbeiter; steht bei diesem Empfänger (recipient:).',
      en: 'The hosting provider as processor; stands with that recipient (recipient:).',
    },
    text:
      '{{recipient.title}} stellt uns Server, Speicherplatz und Netzanbindung bereit und verarbeitet dabei in unserem Auftrag die Daten, ' +
      'die bei der Nutzung unseres Angebots anfallen. Mit dem Anbieter besteht ein Vertrag über die Auftragsverarbeitung nach Art. 28 DSGVO.',
    articles: ['Art. 28 DSGVO'],
    en: {
      title: 'Hosting',
      text:
        '{{recipient.title}} provides us with servers, storage space and network connectivity and, in doing so, processes on our behalf ' +
        'the data generated when our services are used. We have a data processing agreement with the provider in accordance with Art. 28 ' +
        'GDPR.',
    },
  }),
  defineClause({
    id: 'drittlanduebermittlung',
    title: 'Datenübermittlung in Drittländer',
    group: 'legal',
    placement: { kind: 'intro', section: 'transfers' },
    conditions: [{ kind: 'thirdCountry' }],
    summary: {
      de: 'Erklärt Übermittlungen außerhalb des EWR (Art. 44–49); die Übermittlungen mit ihren Garantien stehen darunter.',
      en: 'Explains transfers outside the EEA (Arts. 44–49 GDPR); the transfers with their safeguards stand below.',
    },
    text:
      'Einige Empfänger verarbeiten Daten außerhalb der Europäischen Union und des Europäischen Wirtschaftsraums. Dorthin übermitteln wir ' +
      'Daten nur unter den Voraussetzungen der Art. 44 bis 49 DSGVO: wenn die EU-Kommission dem Land ein angemessenes Schutzniveau ' +
      'bescheinigt hat (Art. 45 DSGVO), wenn geeignete Garantien bestehen (Art. 46 DSGVO) oder wenn eine Ausnahme des Art. 49 DSGVO greift. ' +
      'Die Übermittlungen im Einzelnen:\n\n' +
      '{{section.facts}}\n\n' +
      'Beruht eine Übermittlung auf geeigneten Garantien, erhalten Sie eine Kopie davon auf Anfrage an {{controller.email}}.',
    articles: ['Art. 13 Abs. 1 lit. f DSGVO', 'Art. 44–49 DSGVO'],
    en: {
      title: 'Transfers of data to third countries',
      text:
        'Some recipients process data outside the European Union and the European Economic Area. We transfer data there only under the ' +
        'conditions of Arts. 44 to 49 GDPR: where the European Commission has decided that the country ensures an adequate level of ' +
        'protection (adequacy decision, Art. 45 GDPR), where appropriate safeguards are in place (Art. 46 GDPR) or where a derogation ' +
        'under Art. 49 GDPR applies. Details of the transfers:\n\n' +
        '{{section.facts}}\n\n' +
        'Where a transfer is based on appropriate safeguards, you can obtain a copy of them by sending a request to {{controller.email}}.',
    },
  }),
  defineClause({
    id: 'cookies-einwilligung',
    title: 'Cookies und Einwilligung (§ 25 TDDDG)',
    group: 'website',
    placement: { kind: 'intro', section: 'cookies' },
    conditions: [{ kind: 'data', part: 'cookies' }],
    summary: {
      de: 'Erklärt § 25 TDDDG; die Cookies stehen in der Tabelle darunter.',
      en: 'Explains Section 25 TDDDG; the cookies stand in the table below.',
    },
    text:
      'Wir verwenden Cookies und ähnliche Techniken, die Informationen auf Ihrem Endgerät speichern oder dort auslesen. Ohne Ihre ' +
      'Einwilligung dürfen wir das nur, soweit es unbedingt erforderlich ist, damit wir einen von Ihnen ausdrücklich gewünschten Dienst ' +
      'bereitstellen können (§ 25 Abs. 2 Nr. 2 TDDDG); alles andere nur, wenn Sie vorher eingewilligt haben (§ 25 Abs. 1 TDDDG). ' +
      'Eine Einwilligung können Sie jederzeit mit Wirkung für die Zukunft widerrufen.',
    articles: ['§ 25 TDDDG'],
    en: {
      title: 'Cookies and consent (Section 25 TDDDG)',
      text:
        'We use cookies and similar technologies that store information on your device or read information from it. Under the German ' +
        'Telecommunications Digital Services Data Protection Act (TDDDG), we may do so without your consent only where this is strictly ' +
        'necessary for us to provide a service that you have explicitly requested (Section 25(2) no. 2 TDDDG); anything else requires your ' +
        'prior consent (Section 25(1) TDDDG). You can withdraw any consent you have given at any time, without affecting the lawfulness ' +
        'of processing based on consent before its withdrawal.',
    },
  }),
  defineClause({
    id: 'profiling',
    title: 'Automatisierte Entscheidungsfindung und Profiling',
    group: 'legal',
    placement: { kind: 'intro', section: 'automated-decisions' },
    conditions: [{ kind: 'data', part: 'automatedDecisions' }],
    summary: {
      de: 'Erklärt Art. 22 DSGVO; die Entscheidungen, ihre Logik und Tragweite stehen darunter (aus automatedDecisions).',
      en: 'Explains Art. 22 GDPR; the decisions, their logic and consequences stand below (from automatedDecisions).',
    },
    text:
      'Die folgenden Entscheidungen, die Ihnen gegenüber rechtliche Wirkung entfalten oder Sie in ähnlicher Weise erheblich ' +
      'beeinträchtigen, treffen wir ausschließlich automatisiert (Art. 22 DSGVO):\n\n' +
      '{{section.facts}}\n\n' +
      'Beruht eine solche Entscheidung auf einem Vertrag mit Ihnen oder auf Ihrer ausdrücklichen Einwilligung, können Sie verlangen, ' +
      'dass ein Mensch auf unserer Seite die Entscheidung überprüft, Ihren Standpunkt darlegen und die Entscheidung anfechten ' +
      '(Art. 22 Abs. 3 DSGVO).',
    articles: ['Art. 13 Abs. 2 lit. f DSGVO', 'Art. 22 DSGVO'],
    en: {
      title: 'Automated decision-making, including profiling',
      text:
        'In the following case, we take decisions based solely on automated processing which produce legal effects concerning you or ' +
        'similarly significantly affect you (Art. 22 GDPR):\n\n' +
        '{{section.facts}}\n\n' +
        'Where such a decision is based on a contract with you or on your explicit consent, you have the right to obtain human ' +
        'intervention on our part (a person on our side reviews the decision), to express your point of view and to contest the ' +
        'decision (Art. 22(3) GDPR).',
    },
  }),
  defineClause({
    id: 'auskunft-berichtigung-loeschung',
    title: 'Auskunft, Berichtigung und Löschung',
    group: 'rights',
    placement: { kind: 'explains', rights: ['access', 'rectification', 'erasure'] },
    conditions: [
      { kind: 'right', right: 'access' },
      { kind: 'right', right: 'rectification' },
      { kind: 'right', right: 'erasure' },
    ],
    summary: {
      de: 'Die Rechte auf Auskunft, Berichtigung und Löschung, ausführlich.',
      en: 'The rights of access, rectification and erasure, in full.',
    },
    text:
      'Sie können jederzeit unentgeltlich Auskunft darüber verlangen, ob und welche personenbezogenen Daten wir über Sie verarbeiten, ' +
      'woher sie stammen, wozu wir sie verarbeiten, an wen wir sie weitergeben und wie lange wir sie speichern (Art. 15 DSGVO). Sind Daten ' +
      'unrichtig oder unvollständig, können Sie verlangen, dass wir sie berichtigen oder ergänzen (Art. 16 DSGVO). Sie können außerdem ' +
      'verlangen, dass wir Ihre Daten löschen, etwa weil wir sie für den Zweck ihrer Erhebung nicht mehr benötigen oder weil Sie Ihre ' +
      'Einwilligung widerrufen haben, soweit keine gesetzliche Pflicht zur Aufbewahrung entgegensteht (Art. 17 DSGVO).',
    articles: ['Art. 13 Abs. 2 lit. b DSGVO', 'Art. 15–17 DSGVO'],
    en: {
      title: 'Rights of access, rectification and erasure',
      text:
        'You can ask us at any time, free of charge, whether we process personal data about you and, if so, which data, where it comes ' +
        'from, for what purposes we process it, to whom we disclose it and how long we keep it (Art. 15 GDPR). If data is inaccurate or ' +
        'incomplete, you can ask us to rectify or complete it (Art. 16 GDPR). You can also ask us to erase your data, for example because ' +
        'we no longer need it for the purpose for which it was collected or because you have withdrawn your consent, unless a statutory ' +
        'obligation to retain it prevents this (Art. 17 GDPR).',
    },
  }),
  defineClause({
    id: 'einschraenkung',
    title: 'Recht auf Einschränkung der Verarbeitung',
    group: 'rights',
    placement: { kind: 'explains', rights: ['restriction'] },
    conditions: [{ kind: 'right', right: 'restriction' }],
    summary: {
      de: 'Das Recht auf Einschränkung der Verarbeitung, ausführlich.',
      en: 'The right to restriction of processing, in full.',
    },
    text:
      'Sie können verlangen, dass wir die Verarbeitung Ihrer Daten einschränken (Art. 18 DSGVO): solange wir prüfen, ob Daten, deren ' +
      'Richtigkeit Sie bestreiten, zutreffen; wenn die Verarbeitung unrechtmäßig ist und Sie statt der Löschung die Einschränkung wünschen; ' +
      'wenn wir die Daten nicht mehr benötigen, Sie sie aber zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen brauchen; ' +
      'und solange nach einem Widerspruch noch nicht feststeht, ob unsere Gründe überwiegen. Eingeschränkte Daten speichern wir weiter, ' +
      'verwenden sie aber nur noch mit Ihrer Einwilligung, für Rechtsansprüche, zum Schutz der Rechte anderer oder aus wichtigem ' +
      'öffentlichem Interesse.',
    articles: ['Art. 13 Abs. 2 lit. b DSGVO', 'Art. 18 DSGVO'],
    en: {
      title: 'Right to restriction of processing',
      text:
        'You can ask us to restrict the processing of your data (Art. 18 GDPR): while we verify whether data whose accuracy you contest ' +
        'is accurate; where the processing is unlawful and you request restriction instead of erasure; where we no longer need the data ' +
        'but you require it for the establishment, exercise or defence of legal claims; and, after you have objected, for as long as it ' +
        'has not yet been established whether our grounds prevail. We continue to store restricted data but use it only with your ' +
        'consent, for legal claims, for the protection of the rights of others or for reasons of important public interest.',
    },
  }),
  defineClause({
    id: 'datenuebertragbarkeit',
    title: 'Recht auf Datenübertragbarkeit',
    group: 'rights',
    placement: { kind: 'explains', rights: ['portability'] },
    conditions: [
      { kind: 'right', right: 'portability' },
      { kind: 'basis', bases: ['art6-1-a', 'art6-1-b', 'art9-2-a'], of: 'policy' },
    ],
    summary: {
      de: 'Das Recht auf Datenübertragbarkeit (nur bei Einwilligung oder Vertrag), ausführlich.',
      en: 'The right to data portability (consent or contract only), in full.',
    },
    text:
      'Daten, die Sie uns selbst bereitgestellt haben und die wir auf Grundlage Ihrer Einwilligung oder zur Erfüllung eines Vertrags ' +
      'automatisiert verarbeiten, geben wir Ihnen auf Wunsch in einem strukturierten, gängigen und maschinenlesbaren Format heraus. Auf ' +
      'Ihren Wunsch übermitteln wir sie auch unmittelbar an einen anderen Verantwortlichen, soweit das technisch machbar ist (Art. 20 DSGVO).',
    articles: ['Art. 13 Abs. 2 lit. b DSGVO', 'Art. 20 DSGVO'],
    en: {
      title: 'Right to data portability',
      text:
        'If you have provided data to us yourself and we process it by automated means on the basis of your consent or for the ' +
        'performance of a contract, we will give it to you on request in a structured, commonly used and machine-readable format. At your ' +
        'request, we will also transmit it directly to another controller where technically feasible (Art. 20 GDPR).',
    },
  }),
  defineClause({
    id: 'widerspruchsrecht',
    title: 'Widerspruchsrecht nach Art. 21 DSGVO',
    group: 'rights',
    placement: { kind: 'explains', rights: ['objection'] },
    conditions: [
      { kind: 'right', right: 'objection' },
      { kind: 'basis', bases: ['art6-1-e', 'art6-1-f'], of: 'policy' },
    ],
    citesAsLaw: ['art6-1-e', 'art6-1-f'],
    summary: {
      de: 'Das Widerspruchsrecht, hervorgehoben dargestellt, wie Art. 21 Abs. 4 DSGVO es verlangt.',
      en: 'The right to object, shown apart from the rest as Art. 21(4) GDPR requires.',
    },
    text:
      'Verarbeiten wir Ihre Daten auf Grundlage von Art. 6 Abs. 1 lit. e oder f DSGVO, können Sie aus Gründen, die sich aus Ihrer ' +
      'besonderen Situation ergeben, jederzeit Widerspruch gegen diese Verarbeitung einlegen; das gilt auch für ein darauf gestütztes ' +
      'Profiling. Nach Ihrem Widerspruch verarbeiten wir die Daten nicht mehr, es sei denn, wir weisen zwingende schutzwürdige Gründe ' +
      'nach, die Ihre Interessen, Rechte und Freiheiten überwiegen, oder die Verarbeitung dient der Geltendmachung, Ausübung oder ' +
      'Verteidigung von Rechtsansprüchen (Art. 21 Abs. 1 DSGVO).\n\n' +
      'Verarbeiten wir Ihre Daten für Direktwerbung, können Sie dieser Verarbeitung jederzeit widersprechen, ohne Gründe nennen zu ' +
      'müssen; das gilt auch für Profiling, soweit es mit Direktwerbung zusammenhängt (Art. 21 Abs. 2 und 3 DSGVO).\n\n' +
      'Ihren Widerspruch können Sie formlos richten an: {{controller.email}}',
    articles: ['Art. 13 Abs. 2 lit. b DSGVO', 'Art. 21 DSGVO'],
    en: {
      title: 'Right to object under Art. 21 GDPR',
      text:
        'Where we process your data on the basis of Art. 6(1)(e) or (f) GDPR, you have the right to object to this processing at any time ' +
        'on grounds relating to your particular situation; this also applies to profiling based on those provisions. Following your ' +
        'objection, we will no longer process the data unless we demonstrate compelling legitimate grounds that override your interests, ' +
        'rights and freedoms, or the processing is for the establishment, exercise or defence of legal claims (Art. 21(1) GDPR).\n\n' +
        'Where we process your data for direct marketing purposes, you have the right to object to this processing at any time without ' +
        'having to give reasons; this also applies to profiling to the extent that it is related to such direct marketing (Art. 21(2) and ' +
        '(3) GDPR).\n\n' +
        'Your objection does not need to take any particular form and can be sent to: {{controller.email}}',
    },
  }),
  defineClause({
    id: 'widerruf-einwilligung',
    title: 'Widerruf Ihrer Einwilligung',
    group: 'rights',
    placement: { kind: 'explains', rights: ['withdrawal'] },
    conditions: [
      { kind: 'right', right: 'withdrawal' },
      { kind: 'basis', bases: ['art6-1-a', 'art9-2-a'], of: 'policy' },
    ],
    summary: {
      de: 'Eine Einwilligung kann jederzeit widerrufen werden, ausführlich.',
      en: 'Consent can be withdrawn at any time, in full.',
    },
    text:
      'Haben Sie in eine Verarbeitung eingewilligt, können Sie diese Einwilligung jederzeit ohne Angabe von Gründen mit Wirkung für die ' +
      'Zukunft widerrufen, etwa mit einer E-Mail an {{controller.email}}. Der Widerruf ist so einfach wie die Erteilung; die Verarbeitung ' +
      'bis zum Widerruf bleibt rechtmäßig (Art. 7 Abs. 3 DSGVO).',
    articles: ['Art. 13 Abs. 2 lit. c DSGVO', 'Art. 7 Abs. 3 DSGVO'],
    en: {
      title: 'Withdrawing your consent',
      text:
        'If you have consented to processing, you can withdraw your consent at any time without giving reasons, for example by sending an ' +
        'email to {{controller.email}}; the withdrawal applies from then on. It is as easy to withdraw consent as to give it, and the ' +
        'withdrawal does not affect the lawfulness of processing based on consent before its withdrawal (Art. 7(3) GDPR).',
    },
  }),
  defineClause({
    id: 'beschwerderecht',
    title: 'Beschwerderecht bei der zuständigen Aufsichtsbehörde',
    group: 'rights',
    placement: { kind: 'intro', section: 'complaint' },
    conditions: [{ kind: 'data', part: 'supervisoryAuthority' }],
    summary: {
      de: 'Das Recht auf Beschwerde; die zuständige Aufsichtsbehörde mit ihren Kontaktdaten steht darunter.',
      en: 'The right to complain; the competent supervisory authority with its contact details stands below.',
    },
    text:
      'Wenn Sie meinen, dass wir Ihre Daten unter Verstoß gegen das Datenschutzrecht verarbeiten, können Sie sich bei einer ' +
      'Datenschutz-Aufsichtsbehörde beschweren, insbesondere in dem Mitgliedstaat Ihres gewöhnlichen Aufenthalts, Ihres Arbeitsplatzes ' +
      'oder des Orts des mutmaßlichen Verstoßes (Art. 77 DSGVO). Für uns zuständig ist:\n\n' +
      '{{section.facts}}\n\n' +
      'Andere verwaltungsrechtliche oder gerichtliche Rechtsbehelfe bleiben Ihnen daneben erhalten.',
    articles: ['Art. 13 Abs. 2 lit. d DSGVO', 'Art. 77 DSGVO'],
    en: {
      title: 'Right to lodge a complaint with the competent supervisory authority',
      text:
        'If you consider that we are processing your data in breach of data protection law, you can lodge a complaint with a data ' +
        'protection supervisory authority, in particular in the Member State of your habitual residence, your place of work or the place ' +
        'of the alleged infringement (Art. 77 GDPR). The supervisory authority competent for us is:\n\n' +
        '{{section.facts}}\n\n' +
        'This is without prejudice to any other administrative or judicial remedy available to you.',
    },
  }),
  defineClause({
    id: 'ssl-tls',
    title: 'SSL- bzw. TLS-Verschlüsselung',
    group: 'website',
    placement: { kind: 'adds', section: 'security' },
    conditions: [{ kind: 'https' }],
    summary: {
      de: 'Die Website überträgt Daten verschlüsselt (die Erklärung steht unter einer https-Adresse).',
      en: 'The website transmits data encrypted (the policy is published at an https address).',
    },
    text:
      'Diese Website überträgt ihre Seiten und alles, was Sie über sie senden, etwa Formulareingaben, verschlüsselt per HTTPS (Transport ' +
      'Layer Security, TLS). Auf dem Übertragungsweg können Dritte die Daten so weder mitlesen noch verändern. Eine verschlüsselte ' +
      'Verbindung erkennen Sie an „https://“ am Anfang der Adresse und am Schloss-Symbol in der Adressleiste Ihres Browsers.',
    articles: ['Art. 32 DSGVO'],
    en: {
      title: 'SSL/TLS encryption',
      text:
        'This website transmits its pages, and everything you send through it, such as information you enter in forms, in encrypted form ' +
        'over HTTPS (Transport Layer Security, TLS). As a result, third parties can neither read nor alter the data in transit. You can ' +
        'recognise an encrypted connection by ‘https://’ at the start of the address and by the padlock symbol in your browser’s address ' +
        'bar.',
    },
  }),
  defineClause({
    id: 'aenderungen',
    title: 'Aktualität und Änderungen dieser Erklärung',
    group: 'overview',
    placement: { kind: 'intro', section: 'changes' },
    summary: {
      de: 'Wann die Erklärung angepasst wird; der Stand und die Adresse der geltenden Fassung stehen darunter.',
      en: 'When the policy is updated; the effective date and the address of the current version stand below.',
    },
    text:
      'Wir passen diese Datenschutzerklärung an, wenn sich unsere Verarbeitungen oder die Rechtslage ändern. Verarbeiten wir Daten für ' +
      'einen neuen Zweck, informieren wir Sie vorher darüber (Art. 13 Abs. 3 DSGVO).',
    articles: ['Art. 12 Abs. 1 DSGVO', 'Art. 13 Abs. 3 DSGVO'],
    en: {
      title: 'Updates and changes to this policy',
      text:
        'We update this privacy policy when our processing activities or the legal position change. If we process data for a new purpose, ' +
        'we will inform you about it beforehand (Art. 13(3) GDPR).',
    },
  }),
];
