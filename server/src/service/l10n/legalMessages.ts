/**
 * Messages of the checks that ask whether the law's facts fit (issue 16): legal bases for their purposes,
 * recipients' roles, statutory retention, special categories, the competent authority, children, transfers,
 * origin, cookies, automated decisions. Each says what is wrong, the law it rests on, and what to write.
 * `de` must have every key of `en`.
 */
const en = {
  // legal bases for their purposes
  specialCategoryLaw:
    'Data category "{category}" holds data on criminal convictions and offences, but purpose "{purpose}" names no law that authorises processing them (Art. 10 GDPR): add "law" with the provision, e.g. "§ 72a SGB VIII".',
  'basisFit.contract':
    'Purpose "{id}" is for {kind}, which the performance of a contract (Art. 6(1)(b) GDPR) cannot carry: it is not necessary to perform the contract (EDPB Guidelines 2/2019). Base it on consent (art6-1-a) or, for direct marketing, on legitimate interests (art6-1-f), and remove art6-1-b.',
  'basisFit.deviceAccess':
    'Purpose "{id}" is for {kind}, which is not strictly necessary for a service the user requested: § 25(2) no. 2 TDDDG cannot carry it. Write tdddg-25-1 (consent) instead of tdddg-25-2.',
  'basisFit.obligation':
    'Purpose "{id}" is for {kind}, but no law obliges you to it: Art. 6(1)(c) GDPR cannot carry it. Base it on consent (art6-1-a) or legitimate interests (art6-1-f).',
  'basisFit.needsObligation':
    'Purpose "{id}" fulfils a legal obligation but does not rest on Art. 6(1)(c) GDPR: add art6-1-c to "legalBasis" and name the law under "law" (e.g. "§ 147 AO").',
  'basisFit.healthConsent':
    'Purpose "{id}" is health care, which rests on Art. 9(2)(h) GDPR with § 22(1) no. 1(b) BDSG, not on consent: consent can be withdrawn, the duty to document treatment (§ 630f BGB) cannot. Add art9-2-h to "legalBasis".',
  'basisFit.bdsg26':
    'Purpose "{id}" rests on § 26 BDSG: after CJEU C-34/21 (30 Mar 2023) the prevailing view no longer accepts § 26(1) sentence 1 BDSG as a basis of its own. Write the GDPR basis instead – art6-1-b for the employment contract, art6-1-c for duties under tax and social security law – and name § 26 BDSG under "law" where it applies.',
  nationalLaw:
    'Purpose "{id}" rests on {basis}, which needs a provision of Union or member-state law (Art. 6(3), Art. 9(2) GDPR): name it under "law", e.g. {example}.',
  // recipients
  'recipientRole.taxAdvisor':
    'Recipient "{id}" is a tax advisor or auditor: under § 11(2) StBerG they process all their clients\' data as controllers, free of instructions, not as processors. Write "role: controller".',
  'recipientRole.authority':
    'Recipient "{id}" is a public authority: it processes what it receives under its own statutory mandate (Art. 4(7) GDPR), not on your behalf. Write "role: authority".',
  'recipientRole.creditAgency':
    'Recipient "{id}" is a credit reference agency: it processes data and computes scores for its own purposes (§ 31 BDSG; CJEU C-634/21), not on your behalf. Write "role: controller".',
  'recipientRole.socialNetwork':
    'Recipient "{id}" is a social network: a page operator or plugin user decides jointly with the network (CJEU C-210/16, C-40/17). Write "role: joint-controller" and state the essence of the arrangement under "arrangement".',
  jointArrangement:
    'Recipient "{id}" is a joint controller, but the policy does not give the essence of the arrangement (Art. 26(2) GDPR): add "arrangement" – who fulfils which duties, whom data subjects turn to – with a link to the arrangement if there is one.',
  // retention against statutes
  retentionStatute:
    'The retention of "{id}" ({stated}) is shorter than {provision} requires for {records}: {years} years, counted {start}. Write "{fix}".',
  retentionOutdated:
    'The retention of "{id}" gives ten years for {records}, but since 1 January 2025 {provision} requires eight ({changedBy}); keeping them longer than needed breaks storage limitation (Art. 5(1)(e) GDPR). Write "acht Jahre", unless books or annual accounts (still ten years) are meant.',
  retentionUnlimited:
    'The retention of "{id}" says "{words}": data may not be kept without end (Art. 5(1)(e) GDPR), and the policy must state a period or the criteria that set it (Art. 13(2)(a)). Write when the data is deleted, e.g. "bis zum Ende der Mitgliedschaft, danach drei Jahre (§ 195 BGB)".',
  // special categories the author did not declare
  specialUndeclared:
    'Data category "{id}" holds "{term}", which is {special} (Art. 9(1) GDPR), but it does not declare it: add {value} to "special" and give its purposes an Art. 9(2) basis.',
  'specialUndeclared.criminal':
    'Data category "{id}" holds "{term}", which is data on criminal convictions and offences (Art. 10 GDPR), but it does not declare it: add criminal-convictions to "special" and name the authorising law under the purposes\' "law".',
  // supervisory authority
  authorityNotCompetent:
    'The policy names {named} as supervisory authority, but for this controller {competent} is competent ({because}). Name {competent}; the quick fix writes its address.',
  'authorityNotCompetent.residence':
    'The controller has no establishment in the Union, so it has no lead authority (Art. 56 GDPR); data subjects complain where they live, work or were wronged (Art. 77(1)). Write "residence: true" under "supervisoryAuthority" instead of naming one authority as competent.',
  'because.private': 'a private body in {state}: § 40(1) BDSG',
  'because.privateBavaria':
    'a private body in Bavaria, where the State Office (BayLDA), not the Commissioner (BayLfD), supervises private bodies: § 40(1) BDSG',
  'because.public': 'a public body of {state}',
  'because.federal': 'a federal public body: § 9(1) BDSG',
  'because.telecom':
    'telecommunications or postal services: § 9(1) BDSG, § 29 TDDDG, § 71(1) PostG, besides the state authority',
  'because.national': 'the national authority of {country}',
  authorityName:
    'The supervisory authority has no name: add "name" (the authority competent for you), or "residence: true" for a controller without an establishment in the Union.',
  'supervisoryAuthority.competent':
    'The competent supervisory authority is not named (Art. 13(2)(d), Art. 77 GDPR): for this controller it is {authority}. Add "supervisoryAuthority"; the quick fix writes its name and address.',
  'supervisoryAuthority.residence':
    'The supervisory authority is not named: the controller has no establishment in the Union, so add "supervisoryAuthority" with "residence: true" (Art. 55, 56, 77 GDPR).',
  'fix.setAuthority': 'Write the supervisory authority: {name}',
  // children
  childrenConsent:
    '{what} addresses minors and rests on consent, but the policy does not say how the consent of the holders of parental responsibility is obtained (Art. 8(2) GDPR; EDPB Guidelines 05/2020, paras 132-137): add "children" with "parentalConsent" and "minimumAge".',
  childrenAge:
    'The minimum age for consent is {age}, but in Germany a child consents to an online service itself only from 16 (Art. 8(1) GDPR; Germany made no use of subpara. 2): write "16".',
  // transfers
  transferDerogation:
    '{whom} is used routinely, but {safeguard} is a derogation for occasional transfers only (Art. 49 GDPR, Recital 111; EDPB Guidelines 2/2018: "interpreted restrictively so that the exception does not become the rule"). Use an adequacy decision or appropriate safeguards: standard contractual clauses (scc), BCR (bcr), or dpf for a certified US recipient.',
  transferNoRecipients:
    'Data category "{category}" says "recipients: none", but a transfer ({country}) lists it: if data goes abroad, it has a recipient. Name the recipients under "recipients", or remove "{category}" from the transfer.',
  'transferNoRecipients.here': 'Here the category says its data goes to nobody.',
  transferRecipientNotInCategory:
    'The transfer ({country}) lists data category "{category}" and recipient "{recipient}", but "{category}" does not name "{recipient}" among its recipients: add "{recipient}" to its "recipients", or remove it from the transfer.',
  transferCountryNotOfRecipient:
    'The transfer ({country}) lists recipient "{recipient}", which names no place of processing there: add {code} to its "country", or correct the transfer.',
  // origin (Art. 14)
  dataOrigin:
    'Data category "{id}" plainly comes from elsewhere ("{term}"), but does not say so (Art. 14(1)(d), (2)(f) GDPR): add "origin: {origin}" and name the source under "source".',
  // cookies (§ 25 TDDDG)
  cookieEssential:
    'Cookie "{name}" is declared strictly necessary, but its purpose "{purpose}" is {why}: only what is strictly necessary for a service the user expressly requested needs no consent (§ 25(2) no. 2 TDDDG). Write "basis: consent".',
  'cookieEssential.why.kind': '{kind}',
  'cookieEssential.why.consent': 'based on consent',
  'cookieEssential.why.known': 'a known tracking or advertising technology ({known})',
  cookieConsentPurpose:
    'Cookie "{name}" is set with consent (§ 25(1) TDDDG), but none of its purposes rests on consent: add art6-1-a or tdddg-25-1 to the purpose it serves, or write "basis: essential" if it is strictly necessary.',
  cookieDurationMissing:
    'Cookie "{name}" states no lifetime: the information on cookies must say how long they function (CJEU C-673/17 Planet49). Add "duration", e.g. "Sitzung" or "6 Monate".',
  cookieDurationUnlimited:
    'Cookie "{name}" has no end ("{duration}"): a cookie needs a lifetime in direct relation to its purpose (Art. 5(1)(e) GDPR; Art. 29 WP, Opinion 04/2012). Write a lifetime, e.g. "6 Monate".',
  cookieDurationLong:
    'Cookie "{name}" lives {duration}. No German authority or court is known to have set a maximum (as of 30 Nov 2026); the French authority CNIL accepts at most 13 months for audience-measurement trackers (guidance of 4 Jul 2025), and exempt cookies should usually end with the session (Art. 29 WP, Opinion 04/2012). Consider 13 months or less, or say why longer is needed.',
  // automated decisions
  automatedException:
    'The automated decision does not say which exception of Art. 22(2) GDPR it relies on: add "exception" – contract (necessary for a contract), law (authorised by law, e.g. § 37 BDSG) or consent (explicit consent).',
  automatedLaw:
    'The automated decision relies on a law (Art. 22(2)(b) GDPR) but does not name it: add "law", e.g. "§ 37 BDSG".',
  // quick fixes
  'fix.addItem': 'Add "{value}"',
  'fix.setValue': 'Write "{value}"',
} as const;

const de: Record<keyof typeof en, string> = {
  specialCategoryLaw:
    'Die Datenkategorie „{category}“ enthält Daten über strafrechtliche Verurteilungen und Straftaten, der Zweck „{purpose}“ nennt aber keine Rechtsvorschrift, die das erlaubt (Art. 10 DSGVO): Ergänzen Sie „law“ mit der Vorschrift, z. B. „§ 72a SGB VIII“.',
  'basisFit.contract':
    'Der Zweck „{id}“ dient {kind}; das kann die Vertragserfüllung (Art. 6 Abs. 1 lit. b DSGVO) nicht tragen, denn es ist für die Erfüllung des Vertrags nicht erforderlich (EDSA-Leitlinien 2/2019). Stützen Sie ihn auf eine Einwilligung („art6-1-a“) oder, bei Direktwerbung, auf ein berechtigtes Interesse („art6-1-f“), und entfernen Sie „art6-1-b“.',
  'basisFit.deviceAccess':
    'Der Zweck „{id}“ dient {kind}; das ist für einen vom Nutzer gewünschten Dienst nicht unbedingt erforderlich, § 25 Abs. 2 Nr. 2 TDDDG trägt ihn nicht. Schreiben Sie „tdddg-25-1“ (Einwilligung) statt „tdddg-25-2“.',
  'basisFit.obligation':
    'Der Zweck „{id}“ dient {kind}, dazu verpflichtet Sie aber kein Gesetz: Art. 6 Abs. 1 lit. c DSGVO trägt ihn nicht. Stützen Sie ihn auf eine Einwilligung („art6-1-a“) oder ein berechtigtes Interesse („art6-1-f“).',
  'basisFit.needsObligation':
    'Der Zweck „{id}“ erfüllt eine gesetzliche Pflicht, stützt sich aber nicht auf Art. 6 Abs. 1 lit. c DSGVO: Ergänzen Sie „art6-1-c“ unter „legalBasis“ und nennen Sie das Gesetz unter „law“ (z. B. „§ 147 AO“).',
  'basisFit.healthConsent':
    'Der Zweck „{id}“ dient der Gesundheitsversorgung; sie stützt sich auf Art. 9 Abs. 2 lit. h DSGVO mit § 22 Abs. 1 Nr. 1 lit. b BDSG, nicht auf eine Einwilligung: Eine Einwilligung kann widerrufen werden, die Pflicht zur Dokumentation der Behandlung (§ 630f BGB) nicht. Ergänzen Sie „art9-2-h“ unter „legalBasis“.',
  'basisFit.bdsg26':
    'Der Zweck „{id}“ stützt sich auf § 26 BDSG: Nach dem Urteil des EuGH vom 30.03.2023 (C-34/21) ist § 26 Abs. 1 S. 1 BDSG nach herrschender Meinung keine eigenständige Rechtsgrundlage mehr. Schreiben Sie die Grundlage der DSGVO – „art6-1-b“ für den Arbeitsvertrag, „art6-1-c“ für Pflichten aus Steuer- und Sozialversicherungsrecht – und nennen Sie § 26 BDSG, wo er greift, unter „law“.',
  nationalLaw:
    'Der Zweck „{id}“ stützt sich auf {basis}; dafür braucht es eine Vorschrift des Unionsrechts oder des deutschen Rechts (Art. 6 Abs. 3, Art. 9 Abs. 2 DSGVO): Nennen Sie sie unter „law“, z. B. {example}.',
  'recipientRole.taxAdvisor':
    'Der Empfänger „{id}“ ist Steuerberater oder Wirtschaftsprüfer: Nach § 11 Abs. 2 StBerG verarbeitet er sämtliche Daten seiner Mandanten weisungsfrei als Verantwortlicher, nicht als Auftragsverarbeiter. Schreiben Sie „role: controller“.',
  'recipientRole.authority':
    'Der Empfänger „{id}“ ist eine Behörde: Sie verarbeitet, was sie erhält, in eigener gesetzlicher Zuständigkeit (Art. 4 Nr. 7 DSGVO), nicht in Ihrem Auftrag. Schreiben Sie „role: authority“.',
  'recipientRole.creditAgency':
    'Der Empfänger „{id}“ ist eine Auskunftei: Sie verarbeitet Daten und berechnet Scorewerte zu eigenen Zwecken (§ 31 BDSG; EuGH C-634/21), nicht in Ihrem Auftrag. Schreiben Sie „role: controller“.',
  'recipientRole.socialNetwork':
    'Der Empfänger „{id}“ ist ein soziales Netzwerk: Betreiber einer Seite oder eines Plugins entscheiden gemeinsam mit dem Netzwerk (EuGH C-210/16, C-40/17). Schreiben Sie „role: joint-controller“ und geben Sie unter „arrangement“ das Wesentliche der Vereinbarung an.',
  jointArrangement:
    'Der Empfänger „{id}“ ist gemeinsam Verantwortlicher, die Erklärung nennt aber nicht das Wesentliche der Vereinbarung (Art. 26 Abs. 2 DSGVO): Ergänzen Sie „arrangement“ – wer welche Pflichten erfüllt, an wen sich Betroffene wenden – mit einem Link auf die Vereinbarung, wo es einen gibt.',
  retentionStatute:
    'Die Speicherdauer von „{id}“ ({stated}) ist kürzer, als {provision} für {records} verlangt: {years} Jahre, gerechnet {start}. Schreiben Sie „{fix}“.',
  retentionOutdated:
    'Die Speicherdauer von „{id}“ nennt für {records} zehn Jahre; seit dem 1. Januar 2025 verlangt {provision} nur noch acht ({changedBy}), und länger als nötig zu speichern verstößt gegen die Speicherbegrenzung (Art. 5 Abs. 1 lit. e DSGVO). Schreiben Sie „acht Jahre“, sofern nicht Bücher oder Jahresabschlüsse (weiterhin zehn Jahre) gemeint sind.',
  retentionUnlimited:
    'Die Speicherdauer von „{id}“ lautet „{words}“: Daten dürfen nicht ohne Ende gespeichert werden (Art. 5 Abs. 1 lit. e DSGVO), und die Erklärung muss eine Frist oder die Kriterien für ihre Festlegung nennen (Art. 13 Abs. 2 lit. a). Schreiben Sie, wann die Daten gelöscht werden, z. B. „bis zum Ende der Mitgliedschaft, danach drei Jahre (§ 195 BGB)“.',
  specialUndeclared:
    'Die Datenkategorie „{id}“ enthält „{term}“, also {special} (Art. 9 Abs. 1 DSGVO), gibt das aber nicht an: Ergänzen Sie {value} unter „special“ und geben Sie ihren Zwecken eine Ausnahme nach Art. 9 Abs. 2.',
  'specialUndeclared.criminal':
    'Die Datenkategorie „{id}“ enthält „{term}“, also Daten über strafrechtliche Verurteilungen und Straftaten (Art. 10 DSGVO), gibt das aber nicht an: Ergänzen Sie „criminal-convictions“ unter „special“ und nennen Sie die erlaubende Vorschrift unter „law“ der Zwecke.',
  authorityNotCompetent:
    'Die Erklärung nennt als Aufsichtsbehörde {named}; zuständig ist für diesen Verantwortlichen aber {competent} ({because}). Nennen Sie {competent}; die Schnellkorrektur schreibt die Anschrift.',
  'authorityNotCompetent.residence':
    'Der Verantwortliche hat keine Niederlassung in der Union und daher keine federführende Aufsichtsbehörde (Art. 56 DSGVO); Betroffene beschweren sich dort, wo sie leben, arbeiten oder der Verstoß geschah (Art. 77 Abs. 1). Schreiben Sie unter „supervisoryAuthority“ „residence: true“, statt eine einzelne Behörde als zuständig zu nennen.',
  'because.private': 'eine nichtöffentliche Stelle in {state}: § 40 Abs. 1 BDSG',
  'because.privateBavaria':
    'eine nichtöffentliche Stelle in Bayern, wo das Landesamt (BayLDA), nicht der Landesbeauftragte (BayLfD), die nichtöffentlichen Stellen beaufsichtigt: § 40 Abs. 1 BDSG',
  'because.public': 'eine öffentliche Stelle des Landes {state}',
  'because.federal': 'eine öffentliche Stelle des Bundes: § 9 Abs. 1 BDSG',
  'because.telecom':
    'Telekommunikations- oder Postdienste: § 9 Abs. 1 BDSG, § 29 TDDDG, § 71 Abs. 1 PostG, daneben die Landesbehörde',
  'because.national': 'die nationale Aufsichtsbehörde für {country}',
  authorityName:
    'Die Aufsichtsbehörde hat keinen Namen: Ergänzen Sie „name“ (die für Sie zuständige Behörde) oder, für einen Verantwortlichen ohne Niederlassung in der Union, „residence: true“.',
  'supervisoryAuthority.competent':
    'Die zuständige Aufsichtsbehörde ist nicht genannt (Art. 13 Abs. 2 lit. d, Art. 77 DSGVO): Für diesen Verantwortlichen ist es {authority}. Ergänzen Sie „supervisoryAuthority“; die Schnellkorrektur schreibt Name und Anschrift.',
  'supervisoryAuthority.residence':
    'Die Aufsichtsbehörde ist nicht genannt: Der Verantwortliche hat keine Niederlassung in der Union; ergänzen Sie daher „supervisoryAuthority“ mit „residence: true“ (Art. 55, 56, 77 DSGVO).',
  'fix.setAuthority': 'Aufsichtsbehörde eintragen: {name}',
  childrenConsent:
    '{what} richtet sich an Minderjährige und stützt sich auf eine Einwilligung, die Erklärung sagt aber nicht, wie die Einwilligung der Träger der elterlichen Verantwortung eingeholt wird (Art. 8 Abs. 2 DSGVO; EDSA-Leitlinien 05/2020, Rn. 132–137): Ergänzen Sie „children“ mit „parentalConsent“ und „minimumAge“.',
  childrenAge:
    'Als Mindestalter für die Einwilligung steht {age}; in Deutschland willigt ein Kind in einen Online-Dienst aber erst ab 16 Jahren selbst ein (Art. 8 Abs. 1 DSGVO; Deutschland hat von UAbs. 2 keinen Gebrauch gemacht): Schreiben Sie „16“.',
  transferDerogation:
    '{whom} wird regelmäßig genutzt, {safeguard} ist aber eine Ausnahme nur für gelegentliche Übermittlungen (Art. 49 DSGVO, ErwG 111; EDSA-Leitlinien 2/2018: eng auszulegen, „damit die Ausnahme nicht zur Regel wird“). Nutzen Sie einen Angemessenheitsbeschluss oder geeignete Garantien und schreiben Sie „scc“ für Standardvertragsklauseln, „bcr“ für verbindliche interne Datenschutzvorschriften oder „dpf“ für einen zertifizierten US-Empfänger.',
  transferNoRecipients:
    'Die Datenkategorie „{category}“ sagt „recipients: none“, eine Übermittlung ({country}) führt sie aber auf: Wenn Daten ins Ausland gehen, haben sie einen Empfänger. Nennen Sie die Empfänger unter „recipients“ oder nehmen Sie „{category}“ aus der Übermittlung heraus.',
  'transferNoRecipients.here': 'Hier sagt die Kategorie, dass ihre Daten an niemanden gehen.',
  transferRecipientNotInCategory:
    'Die Übermittlung ({country}) führt die Datenkategorie „{category}“ und den Empfänger „{recipient}“ auf, „{category}“ nennt „{recipient}“ aber nicht unter ihren Empfängern: Ergänzen Sie „{recipient}“ unter „recipients“ oder nehmen Sie ihn aus der Übermittlung heraus.',
  transferCountryNotOfRecipient:
    'Die Übermittlung ({country}) führt den Empfänger „{recipient}“ auf, der dort keinen Verarbeitungsort nennt: Ergänzen Sie {code} unter seinem „country“ oder berichtigen Sie die Übermittlung.',
  dataOrigin:
    'Die Datenkategorie „{id}“ stammt erkennbar von anderswo („{term}“), sagt das aber nicht (Art. 14 Abs. 1 lit. d, Abs. 2 lit. f DSGVO): Ergänzen Sie „origin: {origin}“ und nennen Sie die Quelle unter „source“.',
  cookieEssential:
    'Das Cookie „{name}“ ist als unbedingt erforderlich angegeben, sein Zweck „{purpose}“ ist aber {why}: Ohne Einwilligung ist nur zulässig, was für einen ausdrücklich gewünschten Dienst unbedingt erforderlich ist (§ 25 Abs. 2 Nr. 2 TDDDG). Schreiben Sie „basis: consent“.',
  'cookieEssential.why.kind': '{kind}',
  'cookieEssential.why.consent': 'einwilligungsbasiert',
  'cookieEssential.why.known': 'eine bekannte Tracking- oder Werbetechnik ({known})',
  cookieConsentPurpose:
    'Das Cookie „{name}“ wird mit Einwilligung gesetzt (§ 25 Abs. 1 TDDDG), keiner seiner Zwecke stützt sich aber auf eine Einwilligung: Ergänzen Sie „art6-1-a“ oder „tdddg-25-1“ beim Zweck, dem es dient, oder schreiben Sie „basis: essential“, wenn es unbedingt erforderlich ist.',
  cookieDurationMissing:
    'Das Cookie „{name}“ nennt keine Speicherdauer: Die Information über Cookies muss ihre Funktionsdauer angeben (EuGH C-673/17, Planet49). Ergänzen Sie „duration“, z. B. „Sitzung“ oder „6 Monate“.',
  cookieDurationUnlimited:
    'Das Cookie „{name}“ hat kein Ende („{duration}“): Ein Cookie braucht eine Laufzeit, die in direktem Bezug zu seinem Zweck steht (Art. 5 Abs. 1 lit. e DSGVO; Art.-29-Gruppe, Stellungnahme 04/2012). Schreiben Sie eine Laufzeit, z. B. „6 Monate“.',
  cookieDurationLong:
    'Das Cookie „{name}“ bleibt {duration}. Eine Höchstdauer einer deutschen Behörde oder eines Gerichts ist nicht bekannt (Stand 30.11.2026); die französische Aufsichtsbehörde CNIL akzeptiert für Reichweitenmessung höchstens 13 Monate (Leitfaden vom 04.07.2025), und einwilligungsfreie Cookies sollen in der Regel mit der Sitzung enden (Art.-29-Gruppe, Stellungnahme 04/2012). Erwägen Sie 13 Monate oder weniger, oder begründen Sie die längere Dauer.',
  automatedException:
    'Die automatisierte Entscheidung sagt nicht, auf welche Ausnahme nach Art. 22 Abs. 2 DSGVO sie sich stützt: Ergänzen Sie „exception“: „contract“, wenn sie für einen Vertrag erforderlich ist, „law“, wenn eine Rechtsvorschrift sie erlaubt (z. B. § 37 BDSG), oder „consent“ bei ausdrücklicher Einwilligung.',
  automatedLaw:
    'Die automatisierte Entscheidung stützt sich auf eine Rechtsvorschrift (Art. 22 Abs. 2 lit. b DSGVO), nennt sie aber nicht: Ergänzen Sie „law“, z. B. „§ 37 BDSG“.',
  'fix.addItem': '„{value}“ ergänzen',
  'fix.setValue': '„{value}“ schreiben',
};

export const legalMessages = { en, de };
