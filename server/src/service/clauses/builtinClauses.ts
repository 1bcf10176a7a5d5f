import { defineClause, type LibraryClause } from './clauseLibrary';

/**
 * The clauses shipped with the product, written by us in plain legal German, in the order they usually stand
 * in a policy. Placeholders are listed in placeholders.ts; `{{with.<param>}}` is supplied by the clause item.
 */
export const builtinClauses: readonly LibraryClause[] = [
  defineClause({
    id: 'datenschutz-auf-einen-blick',
    title: 'Datenschutz auf einen Blick',
    group: 'overview',
    summary: {
      de: 'Einleitung: wozu die Erklärung dient und wer verantwortlich ist.',
      en: 'Introduction: what the policy is for and who is responsible.',
    },
    text:
      'Diese Erklärung beschreibt, welche personenbezogenen Daten wir verarbeiten, wenn Sie unser Angebot nutzen, wozu wir sie verarbeiten und welche Rechte Sie haben. ' +
      'Personenbezogene Daten sind alle Angaben, die sich auf Sie als Person beziehen oder beziehen lassen, etwa Ihr Name, Ihre E-Mail-Adresse oder Ihre IP-Adresse.\n\n' +
      'Verantwortlich für die Verarbeitung ist {{controller.name}}. Die Erklärung hat den Stand vom {{policy.effective}}.',
    articles: ['Art. 12 Abs. 1 DSGVO', 'Art. 13 DSGVO'],
  }),
  defineClause({
    id: 'verantwortliche-stelle',
    title: 'Hinweis zur verantwortlichen Stelle',
    group: 'overview',
    summary: {
      de: 'Name, Anschrift und E-Mail-Adresse des Verantwortlichen.',
      en: "The controller's name, postal address and e-mail address.",
    },
    text:
      'Verantwortlicher im Sinne von Art. 4 Nr. 7 DSGVO, also die Stelle, die über Zwecke und Mittel der Verarbeitung Ihrer Daten entscheidet, ist:\n\n' +
      '{{controller.name}}\n{{controller.address}}\nE-Mail: {{controller.email}}\n\n' +
      'An diese Anschrift können Sie sich mit allen Fragen zum Datenschutz und zur Ausübung Ihrer Rechte wenden.',
    articles: ['Art. 13 Abs. 1 lit. a DSGVO'],
  }),
  defineClause({
    id: 'vertreter-in-der-union',
    title: 'Vertreter in der Europäischen Union',
    group: 'overview',
    summary: {
      de: 'Der Vertreter in der Union, wenn der Verantwortliche außerhalb der EU sitzt.',
      en: 'The representative in the Union, for a controller outside the EU.',
    },
    text:
      'Wir haben unseren Sitz außerhalb der Europäischen Union. Nach Art. 27 DSGVO haben wir deshalb einen Vertreter in der Union benannt, ' +
      'an den Sie und die Aufsichtsbehörden sich in allen Fragen des Datenschutzes wenden können:\n\n' +
      '{{representative.name}}\n{{representative.address}}',
    articles: ['Art. 13 Abs. 1 lit. a DSGVO', 'Art. 27 DSGVO'],
  }),
  defineClause({
    id: 'datenschutzbeauftragter',
    title: 'Datenschutzbeauftragter',
    group: 'overview',
    summary: { de: 'Kontaktdaten des Datenschutzbeauftragten.', en: 'Contact details of the data protection officer.' },
    text:
      'Wir haben einen Datenschutzbeauftragten benannt. Sie erreichen ihn unter:\n\n' +
      '{{dpo.name}}\nE-Mail: {{dpo.email}}\n\n' +
      'Der Datenschutzbeauftragte ist zur Verschwiegenheit verpflichtet. Sie können sich mit allen Fragen zur Verarbeitung Ihrer Daten und zur Ausübung Ihrer Rechte unmittelbar an ihn wenden.',
    articles: ['Art. 13 Abs. 1 lit. b DSGVO', 'Art. 37–39 DSGVO', '§ 38 BDSG'],
  }),
  defineClause({
    id: 'rechtsgrundlagen',
    title: 'Rechtsgrundlagen der Verarbeitung',
    group: 'legal',
    summary: {
      de: 'Jeder Zweck mit seiner Rechtsgrundlage, aus den Zwecken der Erklärung.',
      en: "Each purpose with its legal basis, taken from the policy's purposes.",
    },
    text:
      'Wir verarbeiten personenbezogene Daten nur, wenn ein Gesetz es erlaubt. Für die Zwecke dieser Erklärung stützen wir uns auf folgende Rechtsgrundlagen:\n\n' +
      '{{purposes.legalBases}}\n\n' +
      'Beruht eine Verarbeitung auf unserem berechtigten Interesse (Art. 6 Abs. 1 lit. f DSGVO), nennen wir dieses Interesse beim jeweiligen Zweck. ' +
      'Beruht sie auf Ihrer Einwilligung, können Sie diese jederzeit mit Wirkung für die Zukunft widerrufen.',
    articles: ['Art. 13 Abs. 1 lit. c DSGVO', 'Art. 13 Abs. 1 lit. d DSGVO', 'Art. 6 Abs. 1 DSGVO'],
  }),
  defineClause({
    id: 'speicherdauer',
    title: 'Speicherdauer',
    group: 'legal',
    summary: { de: 'Wie lange jede Datenkategorie gespeichert wird.', en: 'How long each data category is kept.' },
    text:
      'Wir speichern personenbezogene Daten nur so lange, wie wir sie für den jeweiligen Zweck benötigen oder wie gesetzliche Aufbewahrungspflichten, ' +
      'etwa nach § 147 AO oder § 257 HGB, es verlangen. Danach löschen wir die Daten; solange eine Aufbewahrungspflicht läuft, sperren wir sie für jede andere Verwendung. Im Einzelnen:\n\n' +
      '{{categories.retention}}',
    articles: ['Art. 13 Abs. 2 lit. a DSGVO', 'Art. 5 Abs. 1 lit. e DSGVO'],
  }),
  defineClause({
    id: 'empfaenger',
    title: 'Empfänger von personenbezogenen Daten',
    group: 'legal',
    summary: {
      de: 'Die Empfänger der Daten, aus den Empfängern der Erklärung.',
      en: "The recipients of the data, taken from the policy's recipients.",
    },
    text:
      'Wir geben personenbezogene Daten nur weiter, wenn ein Gesetz es erlaubt oder Sie eingewilligt haben. Dienstleister, die Daten in unserem Auftrag verarbeiten, ' +
      'sind nach Art. 28 DSGVO vertraglich verpflichtet, die Daten nur nach unserer Weisung und nur für die vereinbarten Zwecke zu verwenden. Empfänger Ihrer Daten sind:\n\n' +
      '{{recipients.list}}',
    articles: ['Art. 13 Abs. 1 lit. e DSGVO', 'Art. 28 DSGVO'],
  }),
  defineClause({
    id: 'drittlanduebermittlung',
    title: 'Datenübermittlung in Drittländer',
    group: 'legal',
    covers: 'transfers',
    summary: {
      de: 'Übermittlungen außerhalb des EWR und ihre Garantien.',
      en: 'Transfers outside the EEA and their safeguards.',
    },
    text:
      'Einige Empfänger verarbeiten Daten außerhalb der Europäischen Union und des Europäischen Wirtschaftsraums. Dorthin übermitteln wir Daten nur, wenn die Voraussetzungen ' +
      'der Art. 44 bis 49 DSGVO erfüllt sind: wenn die EU-Kommission dem Land ein angemessenes Schutzniveau bescheinigt hat oder wenn geeignete Garantien bestehen, etwa die ' +
      'Standardvertragsklauseln der EU-Kommission. Im Einzelnen:\n\n' +
      '{{transfers.list}}\n\n' +
      'Eine Kopie der vereinbarten Garantien erhalten Sie auf Anfrage an {{controller.email}}.',
    articles: ['Art. 13 Abs. 1 lit. f DSGVO', 'Art. 44–49 DSGVO'],
  }),
  defineClause({
    id: 'widerruf-einwilligung',
    title: 'Widerruf Ihrer Einwilligung',
    group: 'rights',
    summary: { de: 'Eine Einwilligung kann jederzeit widerrufen werden.', en: 'Consent can be withdrawn at any time.' },
    text:
      'Haben Sie in eine Verarbeitung eingewilligt, können Sie diese Einwilligung jederzeit ohne Angabe von Gründen mit Wirkung für die Zukunft widerrufen, ' +
      'etwa durch eine E-Mail an {{controller.email}}. Der Widerruf ist so einfach wie die Erteilung. Verarbeitungen, die vor dem Widerruf stattgefunden haben, bleiben rechtmäßig.',
    articles: ['Art. 13 Abs. 2 lit. c DSGVO', 'Art. 7 Abs. 3 DSGVO'],
  }),
  defineClause({
    id: 'widerspruchsrecht',
    title: 'Widerspruchsrecht nach Art. 21 DSGVO',
    group: 'rights',
    setApart: true,
    summary: {
      de: 'Das Widerspruchsrecht, hervorgehoben dargestellt, wie Art. 21 Abs. 4 DSGVO es verlangt.',
      en: 'The right to object, shown apart from the rest as Art. 21(4) GDPR requires.',
    },
    text:
      'Verarbeiten wir Ihre Daten auf Grundlage von Art. 6 Abs. 1 lit. e oder f DSGVO, können Sie aus Gründen, die sich aus Ihrer besonderen Situation ergeben, ' +
      'jederzeit Widerspruch gegen diese Verarbeitung einlegen; das gilt auch für ein darauf gestütztes Profiling. Nach Ihrem Widerspruch verarbeiten wir die Daten ' +
      'nicht mehr, es sei denn, wir weisen zwingende schutzwürdige Gründe nach, die Ihre Interessen, Rechte und Freiheiten überwiegen, oder die Verarbeitung dient ' +
      'der Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen (Art. 21 Abs. 1 DSGVO).\n\n' +
      'Verarbeiten wir Ihre Daten für Direktwerbung, können Sie dieser Verarbeitung jederzeit widersprechen, ohne Gründe nennen zu müssen; das gilt auch für ' +
      'Profiling, soweit es mit Direktwerbung zusammenhängt. Nach Ihrem Widerspruch verwenden wir Ihre Daten nicht mehr für Direktwerbung (Art. 21 Abs. 2 und 3 DSGVO).\n\n' +
      'Ihren Widerspruch können Sie formlos richten an: {{controller.email}}',
    articles: ['Art. 13 Abs. 2 lit. b DSGVO', 'Art. 21 DSGVO'],
  }),
  defineClause({
    id: 'beschwerderecht',
    title: 'Beschwerderecht bei der zuständigen Aufsichtsbehörde',
    group: 'rights',
    covers: 'authority',
    summary: {
      de: 'Das Recht auf Beschwerde, mit der zuständigen Aufsichtsbehörde.',
      en: 'The right to complain, with the competent supervisory authority.',
    },
    text:
      'Wenn Sie meinen, dass wir Ihre Daten unter Verstoß gegen das Datenschutzrecht verarbeiten, können Sie sich bei einer Datenschutz-Aufsichtsbehörde beschweren. ' +
      'Sie können sich an die Behörde Ihres Wohnorts, Ihres Arbeitsplatzes oder des Orts wenden, an dem der Verstoß geschehen sein soll. Für uns zuständig ist:\n\n' +
      '{{authority.name}}\n{{authority.address}}\n\n' +
      'Andere verwaltungsrechtliche oder gerichtliche Rechtsbehelfe bleiben Ihnen daneben erhalten.',
    articles: ['Art. 13 Abs. 2 lit. d DSGVO', 'Art. 77 DSGVO'],
  }),
  defineClause({
    id: 'auskunft-berichtigung-loeschung',
    title: 'Auskunft, Berichtigung und Löschung',
    group: 'rights',
    summary: {
      de: 'Die Rechte auf Auskunft, Berichtigung und Löschung.',
      en: 'The rights of access, rectification and erasure.',
    },
    text:
      'Sie können jederzeit unentgeltlich Auskunft darüber verlangen, ob und welche personenbezogenen Daten wir über Sie verarbeiten, woher sie stammen, wozu wir sie ' +
      'verarbeiten, an wen wir sie weitergeben und wie lange wir sie speichern (Art. 15 DSGVO). Sind Daten unrichtig oder unvollständig, können Sie verlangen, dass wir ' +
      'sie berichtigen oder ergänzen (Art. 16 DSGVO). Sie können außerdem verlangen, dass wir Ihre Daten löschen, etwa weil wir sie für den Zweck ihrer Erhebung nicht ' +
      'mehr benötigen oder weil Sie Ihre Einwilligung widerrufen haben, soweit keine gesetzliche Aufbewahrungspflicht entgegensteht (Art. 17 DSGVO).\n\n' +
      'Schreiben Sie uns dazu an {{controller.email}}.',
    articles: ['Art. 13 Abs. 2 lit. b DSGVO', 'Art. 15–17 DSGVO'],
  }),
  defineClause({
    id: 'einschraenkung',
    title: 'Recht auf Einschränkung der Verarbeitung',
    group: 'rights',
    summary: { de: 'Das Recht auf Einschränkung der Verarbeitung.', en: 'The right to restriction of processing.' },
    text:
      'Sie können verlangen, dass wir die Verarbeitung Ihrer Daten einschränken (Art. 18 DSGVO): solange wir prüfen, ob Daten, deren Richtigkeit Sie bestreiten, ' +
      'zutreffen; wenn die Verarbeitung unrechtmäßig ist und Sie statt der Löschung die Einschränkung wünschen; wenn wir die Daten nicht mehr benötigen, Sie sie aber ' +
      'zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen brauchen; und solange nach einem Widerspruch noch nicht feststeht, ob unsere Gründe überwiegen.\n\n' +
      'Eingeschränkte Daten speichern wir weiter, verwenden sie aber nur noch mit Ihrer Einwilligung, für Rechtsansprüche, zum Schutz der Rechte anderer oder aus ' +
      'wichtigem öffentlichem Interesse.',
    articles: ['Art. 13 Abs. 2 lit. b DSGVO', 'Art. 18 DSGVO'],
  }),
  defineClause({
    id: 'datenuebertragbarkeit',
    title: 'Recht auf Datenübertragbarkeit',
    group: 'rights',
    summary: {
      de: 'Das Recht auf Datenübertragbarkeit (nur bei Einwilligung oder Vertrag).',
      en: 'The right to data portability (consent or contract only).',
    },
    text:
      'Daten, die Sie uns selbst bereitgestellt haben und die wir auf Grundlage Ihrer Einwilligung oder zur Erfüllung eines Vertrags automatisiert verarbeiten, ' +
      'geben wir Ihnen auf Wunsch in einem strukturierten, gängigen und maschinenlesbaren Format heraus. Auf Ihren Wunsch übermitteln wir sie auch unmittelbar an ' +
      'einen anderen Verantwortlichen, soweit das technisch machbar ist (Art. 20 DSGVO).',
    articles: ['Art. 13 Abs. 2 lit. b DSGVO', 'Art. 20 DSGVO'],
  }),
  defineClause({
    id: 'pflicht-zur-bereitstellung',
    title: 'Pflicht zur Bereitstellung von Daten',
    group: 'legal',
    summary: {
      de: 'Ob Angaben Pflicht sind und was geschieht, wenn sie fehlen.',
      en: 'Whether data must be given and what happens if it is not.',
    },
    text:
      'Gesetzlich sind Sie nicht verpflichtet, uns personenbezogene Daten bereitzustellen. Für den Abschluss und die Durchführung eines Vertrags benötigen wir ' +
      'jedoch die Angaben, die wir als Pflichtangaben kennzeichnen; ohne sie können wir den Vertrag nicht schließen oder nicht erfüllen. Welche Angaben eine ' +
      'Verarbeitung im Einzelnen voraussetzt, steht bei der jeweiligen Datenkategorie.',
    articles: ['Art. 13 Abs. 2 lit. e DSGVO'],
  }),
  defineClause({
    id: 'ssl-tls',
    title: 'SSL- bzw. TLS-Verschlüsselung',
    group: 'website',
    summary: { de: 'Die Website überträgt Daten nur verschlüsselt.', en: 'The website transmits data encrypted only.' },
    text:
      'Wir übertragen die Seiten dieser Website und alles, was Sie uns über sie senden, etwa Formulareingaben, ausschließlich verschlüsselt per HTTPS ' +
      '(Transport Layer Security, TLS). Auf dem Übertragungsweg können Dritte die Daten so weder mitlesen noch verändern. Eine verschlüsselte Verbindung erkennen Sie ' +
      'an „https://“ am Anfang der Adresse und am Schloss-Symbol in der Adressleiste Ihres Browsers.',
    articles: ['Art. 32 DSGVO'],
  }),
  defineClause({
    id: 'hosting',
    title: 'Hosting',
    group: 'website',
    summary: {
      de: 'Der Hosting-Anbieter als Auftragsverarbeiter (with: provider).',
      en: 'The hosting provider as processor (with: provider).',
    },
    text:
      'Unsere Website läuft auf Servern von {{with.provider}}. Der Anbieter stellt uns Speicherplatz, Rechenleistung und Netzanbindung bereit und verarbeitet ' +
      'dabei in unserem Auftrag alle Daten, die beim Besuch der Website anfallen. Wir haben mit ihm einen Vertrag über die Auftragsverarbeitung nach Art. 28 DSGVO ' +
      'geschlossen. Rechtsgrundlage ist unser berechtigtes Interesse an einem sicheren, schnellen und zuverlässigen Betrieb der Website (Art. 6 Abs. 1 lit. f DSGVO).',
    articles: ['Art. 6 Abs. 1 lit. f DSGVO', 'Art. 28 DSGVO'],
  }),
  defineClause({
    id: 'server-log-dateien',
    title: 'Server-Log-Dateien',
    group: 'website',
    summary: {
      de: 'Was der Webserver protokolliert und wann es gelöscht wird (with: retention).',
      en: 'What the web server logs and when it is deleted (with: retention).',
    },
    text:
      'Bei jedem Abruf einer Seite speichert unser Server automatisch, was Ihr Browser dabei übermittelt: IP-Adresse, Datum und Uhrzeit, die aufgerufene Adresse, ' +
      'die zuvor besuchte Seite, Browsertyp und -version, Betriebssystem, übertragene Datenmenge und Statuscode. Wir brauchen diese Angaben, um die Website ' +
      'auszuliefern, Fehler zu finden und Angriffe abzuwehren; darin liegt unser berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO).\n\n' +
      'Die Log-Dateien löschen wir nach {{with.retention}}, es sei denn, ein Sicherheitsvorfall muss aufgeklärt werden. Mit anderen Daten führen wir sie nicht zusammen.',
    articles: ['Art. 6 Abs. 1 lit. f DSGVO', 'Art. 13 Abs. 2 lit. a DSGVO'],
  }),
  defineClause({
    id: 'cookies-einwilligung',
    title: 'Cookies und Einwilligung (§ 25 TDDDG)',
    group: 'website',
    summary: {
      de: 'Cookies nach § 25 TDDDG, mit der Liste der Cookies der Erklärung.',
      en: "Cookies under § 25 TDDDG, with the policy's list of cookies.",
    },
    text:
      'Wir verwenden Cookies und ähnliche Techniken, die Informationen auf Ihrem Endgerät speichern oder dort auslesen. Was für den von Ihnen gewünschten Dienst ' +
      'unbedingt erforderlich ist, setzen wir ohne Einwilligung ein (§ 25 Abs. 2 Nr. 2 TDDDG); alles andere nur, wenn Sie vorher eingewilligt haben ' +
      '(§ 25 Abs. 1 TDDDG, Art. 6 Abs. 1 lit. a DSGVO). Ihre Einwilligung können Sie jederzeit in den Cookie-Einstellungen unserer Website widerrufen. ' +
      'Wir setzen folgende Cookies ein:\n\n' +
      '{{cookies.list}}',
    articles: ['§ 25 TDDDG', 'Art. 6 Abs. 1 lit. a DSGVO'],
  }),
  defineClause({
    id: 'kontaktformular',
    title: 'Kontaktformular und Anfragen',
    group: 'website',
    summary: { de: 'Anfragen über Formular, E-Mail oder Telefon.', en: 'Enquiries by form, e-mail or phone.' },
    text:
      'Wenn Sie uns über das Kontaktformular, per E-Mail oder telefonisch schreiben, verarbeiten wir Ihre Angaben, etwa Name, Kontaktdaten und den Inhalt Ihrer ' +
      'Nachricht, um Ihr Anliegen zu bearbeiten. Geht es um einen Vertrag oder dessen Anbahnung, ist Rechtsgrundlage Art. 6 Abs. 1 lit. b DSGVO, im Übrigen unser ' +
      'berechtigtes Interesse an der Beantwortung von Anfragen (Art. 6 Abs. 1 lit. f DSGVO). Wir löschen Ihre Anfrage, sobald sie erledigt ist und keine ' +
      'Aufbewahrungspflicht entgegensteht.\n\n' +
      'Sie erreichen uns unter {{controller.email}}.',
    articles: ['Art. 6 Abs. 1 lit. b DSGVO', 'Art. 6 Abs. 1 lit. f DSGVO'],
  }),
  defineClause({
    id: 'newsletter',
    title: 'Newsletter',
    group: 'services',
    summary: {
      de: 'Newsletter mit Double-Opt-In und Abmeldung (with: service).',
      en: 'Newsletter with double opt-in and unsubscribing (with: service).',
    },
    text:
      'Unseren Newsletter senden wir nur mit Ihrer Einwilligung (Art. 6 Abs. 1 lit. a DSGVO). Nach der Anmeldung erhalten Sie eine E-Mail, mit der Sie die Anmeldung ' +
      'bestätigen (Double-Opt-In); erst danach nehmen wir Ihre Adresse in den Verteiler auf. Um Ihre Einwilligung nachweisen zu können, speichern wir den Zeitpunkt ' +
      'von Anmeldung und Bestätigung sowie die dabei verwendete IP-Adresse. Für den Versand setzen wir {{with.service}} als Auftragsverarbeiter ein.\n\n' +
      'Sie können den Newsletter jederzeit über den Abmeldelink in jeder Ausgabe oder per E-Mail an {{controller.email}} abbestellen. Danach löschen wir Ihre Adresse ' +
      'aus dem Verteiler. Damit wir Ihnen nicht versehentlich erneut schreiben und die frühere Einwilligung belegen können, bewahren wir sie bis zu drei Jahre in ' +
      'einer Sperrliste auf (Art. 6 Abs. 1 lit. f DSGVO).',
    articles: ['Art. 6 Abs. 1 lit. a DSGVO', 'Art. 7 DSGVO', '§ 7 Abs. 2 UWG'],
  }),
  defineClause({
    id: 'webanalyse',
    title: 'Webanalyse',
    group: 'services',
    summary: {
      de: 'Reichweitenmessung nur mit Einwilligung (with: tool, provider).',
      en: 'Web analytics with consent only (with: tool, provider).',
    },
    text:
      'Mit Ihrer Einwilligung nutzen wir {{with.tool}}, um zu verstehen, wie Besucher unsere Website nutzen, und sie danach zu verbessern. Ausgewertet werden ' +
      'Angaben zu Ihrem Besuch wie aufgerufene Seiten, Verweildauer, Gerätetyp, Herkunftsseite und eine gekürzte IP-Adresse. Anbieter ist {{with.provider}}.\n\n' +
      'Rechtsgrundlage ist Ihre Einwilligung (§ 25 Abs. 1 TDDDG, Art. 6 Abs. 1 lit. a DSGVO). Sie können sie jederzeit in den Cookie-Einstellungen widerrufen; ' +
      'danach erheben wir keine Analysedaten mehr über Sie.',
    articles: ['§ 25 Abs. 1 TDDDG', 'Art. 6 Abs. 1 lit. a DSGVO'],
  }),
  defineClause({
    id: 'social-media',
    title: 'Social-Media-Präsenzen',
    group: 'services',
    summary: {
      de: 'Eigene Auftritte in sozialen Netzwerken, gemeinsame Verantwortung (with: platforms).',
      en: 'Own social media pages, joint controllership (with: platforms).',
    },
    text:
      'Wir unterhalten öffentliche Auftritte bei {{with.platforms}}. Wenn Sie diese Auftritte besuchen oder mit uns dort in Kontakt treten, verarbeitet der ' +
      'jeweilige Betreiber Ihre Daten auch für eigene Zwecke, etwa für Werbung und Nutzungsstatistiken, häufig auch außerhalb der Europäischen Union. ' +
      'Für die Seitenstatistiken, die der Betreiber uns bereitstellt, sind wir mit ihm gemeinsam verantwortlich (Art. 26 DSGVO).\n\n' +
      'Rechtsgrundlage unserer eigenen Verarbeitung ist unser berechtigtes Interesse, mit Interessenten und Kunden dort zu kommunizieren, wo sie sich aufhalten ' +
      '(Art. 6 Abs. 1 lit. f DSGVO). Ihre Rechte können Sie uns und dem Betreiber gegenüber geltend machen; da nur der Betreiber Zugriff auf die Nutzerdaten hat, ' +
      'kann er Anfragen meist am schnellsten erfüllen.',
    articles: ['Art. 26 DSGVO', 'Art. 6 Abs. 1 lit. f DSGVO'],
  }),
  defineClause({
    id: 'eingebettete-inhalte',
    title: 'Eingebettete Inhalte (Karten, Videos, Schriftarten)',
    group: 'services',
    summary: {
      de: 'Inhalte anderer Anbieter, erst nach Einwilligung geladen (with: services).',
      en: 'Content from other providers, loaded only after consent (with: services).',
    },
    text:
      'Auf einigen Seiten zeigen wir Inhalte anderer Anbieter: {{with.services}}. Damit Ihr Browser diese Inhalte anzeigen kann, ruft er sie beim jeweiligen ' +
      'Anbieter ab; dabei erfährt der Anbieter Ihre IP-Adresse, die Seite, die Sie besuchen, und technische Angaben zu Ihrem Browser. Solche Inhalte laden wir ' +
      'erst, nachdem Sie eingewilligt haben (§ 25 Abs. 1 TDDDG, Art. 6 Abs. 1 lit. a DSGVO); bis dahin sehen Sie an ihrer Stelle einen Platzhalter.',
    articles: ['§ 25 Abs. 1 TDDDG', 'Art. 6 Abs. 1 lit. a DSGVO'],
  }),
  defineClause({
    id: 'werbung',
    title: 'Werbliche Kommunikation und Widerspruch gegen Werbe-E-Mails',
    group: 'services',
    summary: {
      de: 'Werbung an Bestandskunden nach § 7 Abs. 3 UWG und der Widerspruch dagegen.',
      en: 'Marketing to existing customers (§ 7(3) UWG) and objecting to it.',
    },
    text:
      'Haben wir Ihre E-Mail-Adresse beim Kauf einer Ware oder Dienstleistung erhalten, schicken wir Ihnen daran gelegentlich Informationen über eigene ähnliche ' +
      'Angebote (§ 7 Abs. 3 UWG). Rechtsgrundlage ist unser berechtigtes Interesse an Direktwerbung (Art. 6 Abs. 1 lit. f DSGVO).\n\n' +
      'Sie können dieser Verwendung jederzeit widersprechen, ohne dass Ihnen dafür andere als die Übermittlungskosten nach den Basistarifen entstehen: über den ' +
      'Abmeldelink in jeder E-Mail oder mit einer Nachricht an {{controller.email}}.',
    articles: ['§ 7 Abs. 3 UWG', 'Art. 6 Abs. 1 lit. f DSGVO', 'Art. 21 Abs. 2 DSGVO'],
  }),
  defineClause({
    id: 'profiling',
    title: 'Automatisierte Entscheidungsfindung und Profiling',
    group: 'legal',
    summary: {
      de: 'Automatisierte Entscheidungen, ihre Logik und Tragweite (aus automatedDecisions).',
      en: 'Automated decisions, their logic and consequences (from automatedDecisions).',
    },
    text:
      'In folgendem Fall treffen wir Entscheidungen, die Ihnen gegenüber rechtliche Wirkung entfalten oder Sie ähnlich erheblich beeinträchtigen, ausschließlich ' +
      'automatisiert: {{automated.description}}\n\n' +
      'Dabei gehen wir so vor: {{automated.logic}}\n\n' +
      'Für Sie bedeutet das: {{automated.consequences}}\n\n' +
      'Sie können verlangen, dass ein Mensch auf unserer Seite die Entscheidung überprüft, Ihren Standpunkt darlegen und die Entscheidung anfechten (Art. 22 Abs. 3 DSGVO).',
    articles: ['Art. 13 Abs. 2 lit. f DSGVO', 'Art. 22 DSGVO'],
  }),
  defineClause({
    id: 'herkunft-der-daten',
    title: 'Herkunft der Daten',
    group: 'legal',
    summary: {
      de: 'Quellen der Daten, die nicht bei der Person erhoben werden (Art. 14).',
      en: 'Sources of data not collected from the person (Art. 14).',
    },
    text:
      'Nicht alle Daten erheben wir bei Ihnen selbst. Daten, die wir auf anderem Weg erhalten, stammen aus folgenden Quellen:\n\n' +
      '{{categories.sources}}',
    articles: ['Art. 14 Abs. 2 lit. f DSGVO'],
  }),
  defineClause({
    id: 'kontoloeschung',
    title: 'Löschung Ihres Nutzerkontos',
    group: 'services',
    summary: { de: 'Wie Nutzer ihr Konto löschen (with: where).', en: 'How users delete their account (with: where).' },
    text:
      'Sie können Ihr Nutzerkonto jederzeit selbst löschen ({{with.where}}) oder die Löschung per E-Mail an {{controller.email}} verlangen. Mit dem Konto löschen ' +
      'wir Ihre Profildaten und die Inhalte, die nur Ihnen zugeordnet sind. Daten, die wir aus gesetzlichen Gründen aufbewahren müssen, etwa Rechnungen, sperren ' +
      'wir bis zum Ende der Aufbewahrungsfrist und löschen sie dann.',
    articles: ['Art. 17 DSGVO'],
  }),
  defineClause({
    id: 'aenderungen',
    title: 'Aktualität und Änderungen dieser Erklärung',
    group: 'overview',
    summary: {
      de: 'Stand der Erklärung und wo die aktuelle Fassung steht.',
      en: 'Effective date and where the current version is published.',
    },
    text:
      'Diese Datenschutzerklärung hat den Stand vom {{policy.effective}}. Wir passen sie an, wenn sich unsere Verarbeitungen oder die Rechtslage ändern. ' +
      'Die jeweils gültige Fassung finden Sie unter {{policy.url}}.',
    articles: ['Art. 12 Abs. 1 DSGVO'],
  }),
];
