/** Messages of the completeness rules, quick fixes and configuration, in English and German; `de` must have every key of `en`. */
const en = {
  // controller
  controllerEmail:
    'The controller states no e-mail address (Art. 13(1)(a) GDPR): data subjects need a way to contact them. Add "email".',
  controllerCountry:
    'The controller\'s address states no country: add "country" (an ISO code such as DE), so it is clear whether the controller sits in the EEA.',
  euRepresentativeMissing:
    'The controller sits outside the EEA ({country}) and names no representative in the Union (Art. 27, Art. 13(1)(a) GDPR). Add "representative", unless an exception of Art. 27(2) applies.',
  euRepresentativeOutside:
    'The representative sits outside the Union ({country}): a representative under Art. 27 GDPR must be established in a member state where the data subjects are. Name one there (its address "country", e.g. DE or IE).',
  euRepresentativeContact:
    'The representative has no contact details (Art. 13(1)(a) GDPR): add "email" (or "phone", "address").',
  dpoContact:
    'A data protection officer is named without contact details (Art. 13(1)(b) GDPR): add "email" (or "phone", "address").',
  // legal bases
  purposeLegalBasis:
    'Purpose "{id}" states no legal basis (Art. 13(1)(c), Art. 6(1) GDPR): add "legalBasis", e.g. [{example}] for {label}.',
  legitimateInterest:
    'Purpose "{id}" rests on legitimate interests (Art. 6(1)(f) GDPR) but does not name the interest (Art. 13(1)(d)): add "legitimateInterest".',
  specialCategoryBasis:
    'Data category "{category}" holds special categories of personal data ({special}), but purpose "{purpose}" has no exception of Art. 9(2) GDPR: add {basis} to its "legalBasis".',
  'specialCategoryBasis.purpose': 'Purpose "{purpose}" is defined here.',
  // transfers
  recipientNoSafeguard:
    'Recipient "{id}" sits in a third country without an adequacy decision ({country}) and names no safeguard (Art. 13(1)(f), Art. 44-49 GDPR): add "safeguard", e.g. scc (standard contractual clauses){us}.',
  transferNoSafeguard:
    'Transfer to a third country without an adequacy decision ({country}) with no safeguard (Art. 13(1)(f), Art. 44-49 GDPR): add "safeguard", e.g. scc (standard contractual clauses){us}.',
  'safeguard.usHint': ', or dpf if the recipient is certified under the EU-US Data Privacy Framework',
  safeguardNoAdequacy:
    'There is no adequacy decision for this country ({country}): name the safeguard actually used (scc, bcr, art49-...).',
  safeguardUsAdequacy:
    'For the United States the adequacy decision covers only organisations certified under the EU-US Data Privacy Framework: write "dpf" if the recipient is certified, else "scc".',
  safeguardDpfOutsideUs:
    'The EU-US Data Privacy Framework covers only recipients in the United States (here: {country}): write the safeguard used there, e.g. scc, or adequacy where the country has an adequacy decision.',
  // retention
  retentionPeriod:
    'Data category "{id}" states no retention period or criteria for it (Art. 13(2)(a) GDPR): add "retention", e.g. "Drei Jahre nach Vertragsende (§ 195 BGB)".',
  retentionVague:
    'The retention of "{id}" says only "as long as necessary": state a period or the criteria that set it (e.g. "until the end of the contract; invoices then eight years, § 147(3) AO").',
  // rights
  rightsMissingSection: 'The policy states no data subject rights (Art. 13(2)(b)-(d) GDPR): add "rights".',
  rightsMissing:
    '{right} is not stated, although purpose "{purpose}" rests on {basis}, which gives it: add "{value}" to "rights".',
  'rightsMissing.always': '{right} is not stated, and it applies whatever the legal basis: add "{value}" to "rights".',
  'rightsMissing.purpose': 'Purpose "{purpose}" rests on {basis}.',
  rightsPortability:
    'The right to data portability (Art. 20 GDPR) exists only for processing based on consent or a contract, and no purpose rests on either: remove "portability" from "rights".',
  complaintRight:
    'The right to lodge a complaint with a supervisory authority is not stated (Art. 13(2)(d), Art. 77 GDPR): add "complaint" to "rights".',
  supervisoryAuthority:
    'The competent supervisory authority is not named (Art. 13(2)(d), Art. 77 GDPR): add "supervisoryAuthority" with the name and contact details of the authority of your state (§ 40 BDSG); write "state" (e.g. DE-SN) in the controller\'s address, and the quick fix can write it for you.',
  // Art. 14 and automated decisions
  dataSource:
    'Data category "{id}" is not collected from the person, but its source is not named (Art. 14(2)(f) GDPR): add "source" with where the data comes from, e.g. the name of the agency, broker or register.',
  automatedDecisionLogic:
    'Automated decisions are declared without the logic involved (Art. 13(2)(f) GDPR): add "logic".',
  automatedDecisionConsequences:
    'Automated decisions are declared without their significance and envisaged consequences (Art. 13(2)(f) GDPR): add "consequences".',
  // text
  outdatedLaw: '"{old}" is outdated: {note}. Today\'s name: {current}.',
  stalePolicy: 'The policy was last updated on {date}, {months} months ago: review it and set a new date.',
  textSpacing: 'A space is missing after "{mark}": insert one.',
  doubledWord: '"{word}" appears twice in a row: remove one.',
  placeholder: '"{text}" looks like a leftover placeholder or editing mark: put in the real text.',
  vagueWording: '"{word}" is vague (WP260): say what is done with the data, not what might be done.',
  // suppression comments
  'suppression.noRule': 'Name the rule to disable, e.g. "# privacy-policy-disable-next-line retention-period".',
  'suppression.unknownRule': '"{rule}" is not a rule id; this comment disables nothing.',
  'suppression.unknownRule.suggest': '"{rule}" is not a rule id; did you mean "{suggestion}"?',
  'suppression.unused': 'Nothing to disable: "{rule}" reports no problem here.',
  // rule configuration (.privacy-policy.json, settings)
  'config.syntax': 'The rule configuration is not valid JSON: {detail}',
  'config.notObject': 'The rule configuration must be a JSON object such as {"rules": {"retention-vague": "off"}}.',
  'config.rulesNotObject': '"rules" must be an object that maps rule ids to off, hint, info, warning or error.',
  'config.unknownKey': 'Unknown key "{key}": the rule configuration holds only "rules".',
  'config.unknownRule': '"{rule}" is not a rule id; it is ignored.',
  'config.unknownRule.suggest': '"{rule}" is not a rule id; did you mean "{suggestion}"? It is ignored.',
  'config.badValue': '"{value}" is not a severity for "{rule}": use off, hint, info, warning or error.',
  'config.settingsProblem': 'Setting privacyPolicy.rules: {problem}',
  'config.badValue.list': 'A list is not a severity for "{rule}": use off, hint, info, warning or error.',
  'config.badValue.object': 'An object is not a severity for "{rule}": use off, hint, info, warning or error.',
  'config.tooDeep':
    'The rule configuration is nested deeper than {max} levels; it is not read, and every rule keeps its own severity.',
  'config.refused.notRegular':
    'The rule configuration is not a regular file (a folder, FIFO or device); it is not read, and every rule keeps its own severity.',
  'config.refused.outside':
    'The rule configuration is a symbolic link that leads outside the workspace; it is not read, and every rule keeps its own severity.',
  'config.refused.tooLarge':
    'The rule configuration is larger than {max} KiB; it is not read, and every rule keeps its own severity.',
  'config.refused.notText':
    'The rule configuration is not UTF-8 text; it is not read, and every rule keeps its own severity.',
  'config.refused.unreadable': 'The rule configuration cannot be read ({code}); every rule keeps its own severity.',
  // quick fixes
  'fix.define': 'Create {kind} "{id}"',
  'fix.addKey': 'Add "{key}"',
  'fix.addKeyValue': 'Add "{key}: {value}"',
  'fix.addSection': 'Add section "{section}"',
  'fix.addRight': 'Add "{right}" to rights',
  'fix.addRights': 'Add section "rights" with the rights the legal bases give',
  'fix.swapDates': 'Swap the publication and effective dates',
  'fix.replace': 'Replace "{old}" with "{new}"',
  'fix.insertSpace': 'Insert a space after "{mark}"',
  'fix.deleteWord': 'Remove the second "{word}"',
  'fix.quote': 'Put {text} in quotes',
  'fix.renameKey': 'Change "{key}" to "{suggestion}"',
  'fix.suppressLine': 'Disable "{rule}" for this line',
  'fix.suppressFile': 'Disable "{rule}" for the whole file',
  'fix.all': 'Fix all safely fixable policy problems',
  'kind.purpose': 'purpose',
  'kind.recipient': 'recipient',
  'kind.category': 'data category',
  // server
  'server.validationFailed': 'Internal error while checking this file: {detail}',
} as const;

const de: Record<keyof typeof en, string> = {
  controllerEmail:
    'Der Verantwortliche nennt keine E-Mail-Adresse (Art. 13 Abs. 1 lit. a DSGVO): Betroffene brauchen einen Weg, ihn zu erreichen. Ergänzen Sie „email“.',
  controllerCountry:
    'Die Anschrift des Verantwortlichen nennt keinen Staat: Ergänzen Sie „country“ (einen ISO-Code wie DE), damit feststeht, ob der Verantwortliche im EWR sitzt.',
  euRepresentativeMissing:
    'Der Verantwortliche sitzt außerhalb des EWR ({country}) und benennt keinen Vertreter in der Union (Art. 27, Art. 13 Abs. 1 lit. a DSGVO). Ergänzen Sie „representative“, sofern keine Ausnahme nach Art. 27 Abs. 2 greift.',
  euRepresentativeOutside:
    'Der Vertreter sitzt außerhalb der Union ({country}): Ein Vertreter nach Art. 27 DSGVO muss in einem Mitgliedstaat niedergelassen sein, in dem sich die betroffenen Personen befinden. Benennen Sie einen dort (mit „country“ seiner Anschrift, z. B. DE oder IE).',
  euRepresentativeContact:
    'Der Vertreter hat keine Kontaktdaten (Art. 13 Abs. 1 lit. a DSGVO): Ergänzen Sie „email“ (oder „phone“, „address“).',
  dpoContact:
    'Ein Datenschutzbeauftragter ist ohne Kontaktdaten genannt (Art. 13 Abs. 1 lit. b DSGVO): Ergänzen Sie „email“ (oder „phone“, „address“).',
  purposeLegalBasis:
    'Der Zweck „{id}“ nennt keine Rechtsgrundlage (Art. 13 Abs. 1 lit. c, Art. 6 Abs. 1 DSGVO): Ergänzen Sie „legalBasis“, z. B. [{example}] für {label}.',
  legitimateInterest:
    'Der Zweck „{id}“ stützt sich auf ein berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO), benennt das Interesse aber nicht (Art. 13 Abs. 1 lit. d): Ergänzen Sie „legitimateInterest“ mit dem Interesse, das Sie verfolgen.',
  specialCategoryBasis:
    'Die Datenkategorie „{category}“ enthält besondere Kategorien personenbezogener Daten ({special}), der Zweck „{purpose}“ hat aber keine Ausnahme nach Art. 9 Abs. 2 DSGVO: Ergänzen Sie unter „legalBasis“ {basis}.',
  'specialCategoryBasis.purpose': 'Der Zweck „{purpose}“ ist hier definiert.',
  recipientNoSafeguard:
    'Der Empfänger „{id}“ sitzt in einem Drittland ohne Angemessenheitsbeschluss ({country}) und nennt keine Garantie (Art. 13 Abs. 1 lit. f, Art. 44–49 DSGVO): Ergänzen Sie „safeguard“, z. B. „scc“ für Standardvertragsklauseln{us}.',
  transferNoSafeguard:
    'Übermittlung in ein Drittland ohne Angemessenheitsbeschluss ({country}) ohne Garantie (Art. 13 Abs. 1 lit. f, Art. 44–49 DSGVO): Ergänzen Sie „safeguard“, z. B. „scc“ für Standardvertragsklauseln{us}.',
  'safeguard.usHint': ', oder „dpf“, wenn der Empfänger nach dem EU-US Data Privacy Framework zertifiziert ist',
  safeguardNoAdequacy:
    'Für diesen Staat ({country}) gibt es keinen Angemessenheitsbeschluss: Nennen Sie die tatsächlich genutzte Garantie (scc, bcr, art49-…).',
  safeguardUsAdequacy:
    'Für die USA gilt der Angemessenheitsbeschluss nur für Unternehmen, die nach dem EU-US Data Privacy Framework zertifiziert sind: Schreiben Sie „dpf“, wenn der Empfänger zertifiziert ist, sonst „scc“.',
  safeguardDpfOutsideUs:
    'Das EU-US Data Privacy Framework gilt nur für Empfänger in den USA (hier: {country}): Schreiben Sie die dort genutzte Garantie, z. B. scc, oder adequacy, wenn für den Staat ein Angemessenheitsbeschluss besteht.',
  retentionPeriod:
    'Die Datenkategorie „{id}“ nennt keine Speicherdauer und keine Kriterien für ihre Festlegung (Art. 13 Abs. 2 lit. a DSGVO): Ergänzen Sie „retention“, z. B. „Drei Jahre nach Vertragsende (§ 195 BGB)“.',
  retentionVague:
    'Die Speicherdauer von „{id}“ sagt nur „so lange wie erforderlich“: Nennen Sie eine Frist oder die Kriterien, nach denen sie sich bemisst (z. B. „bis zum Ende des Vertrags; Rechnungen danach acht Jahre, § 147 Abs. 3 AO“).',
  rightsMissingSection:
    'Die Erklärung nennt keine Betroffenenrechte (Art. 13 Abs. 2 lit. b–d DSGVO): Ergänzen Sie „rights“.',
  rightsMissing:
    'Das {right} fehlt, obwohl der Zweck „{purpose}“ sich auf {basis} stützt, woraus es folgt: Ergänzen Sie „{value}“ unter „rights“.',
  'rightsMissing.always':
    'Das {right} fehlt, und es gilt unabhängig von der Rechtsgrundlage: Ergänzen Sie „{value}“ unter „rights“.',
  'rightsMissing.purpose': 'Der Zweck „{purpose}“ stützt sich auf {basis}.',
  rightsPortability:
    'Das Recht auf Datenübertragbarkeit (Art. 20 DSGVO) besteht nur bei Verarbeitung auf Grund einer Einwilligung oder eines Vertrags, und kein Zweck stützt sich darauf: Entfernen Sie „portability“ aus „rights“.',
  complaintRight:
    'Das Recht auf Beschwerde bei einer Aufsichtsbehörde fehlt (Art. 13 Abs. 2 lit. d, Art. 77 DSGVO): Ergänzen Sie „complaint“ unter „rights“.',
  supervisoryAuthority:
    'Die zuständige Aufsichtsbehörde ist nicht genannt (Art. 13 Abs. 2 lit. d, Art. 77 DSGVO): Ergänzen Sie „supervisoryAuthority“ mit Name und Kontaktdaten der Behörde Ihres Landes (§ 40 BDSG); tragen Sie „state“ (z. B. DE-SN) in die Anschrift des Verantwortlichen ein, dann schreibt die Schnellkorrektur sie für Sie.',
  dataSource:
    'Die Datenkategorie „{id}“ wird nicht bei der Person erhoben, ihre Quelle ist aber nicht genannt (Art. 14 Abs. 2 lit. f DSGVO): Ergänzen Sie „source“ mit der Herkunft, z. B. dem Namen der Auskunftei, des Adresshändlers oder des Registers.',
  automatedDecisionLogic:
    'Automatisierte Entscheidungen sind ohne die involvierte Logik angegeben (Art. 13 Abs. 2 lit. f DSGVO): Ergänzen Sie „logic“.',
  automatedDecisionConsequences:
    'Automatisierte Entscheidungen sind ohne Tragweite und angestrebte Auswirkungen angegeben (Art. 13 Abs. 2 lit. f DSGVO): Ergänzen Sie „consequences“.',
  outdatedLaw: '„{old}“ ist veraltet: {note}. Heutiger Name: {current}.',
  stalePolicy:
    'Die Erklärung wurde zuletzt am {date} aktualisiert, vor {months} Monaten: Prüfen Sie sie und setzen Sie ein neues Datum.',
  textSpacing: 'Nach „{mark}“ fehlt ein Leerzeichen: Fügen Sie eines ein.',
  doubledWord: '„{word}“ steht zweimal hintereinander: Streichen Sie eines.',
  placeholder:
    '„{text}“ sieht nach einem übrig gebliebenen Platzhalter oder Bearbeitungsvermerk aus: Setzen Sie den richtigen Text ein.',
  vagueWording: '„{word}“ ist vage (WP260): Sagen Sie, was mit den Daten geschieht, nicht, was geschehen könnte.',
  'suppression.noRule':
    'Nennen Sie die Regel, die abgeschaltet werden soll, z. B. „# privacy-policy-disable-next-line retention-period“.',
  'suppression.unknownRule': '„{rule}“ ist keine Regel-Id; dieser Kommentar schaltet nichts ab.',
  'suppression.unknownRule.suggest': '„{rule}“ ist keine Regel-Id; meinten Sie „{suggestion}“?',
  'suppression.unused': 'Nichts abzuschalten: „{rule}“ meldet hier kein Problem.',
  'config.syntax': 'Die Regelkonfiguration ist kein gültiges JSON: {detail}',
  'config.notObject': 'Die Regelkonfiguration muss ein JSON-Objekt sein, etwa {"rules": {"retention-vague": "off"}}.',
  'config.rulesNotObject':
    '„rules“ muss ein Objekt sein, das Regel-Ids auf off, hint, info, warning oder error abbildet.',
  'config.unknownKey': 'Unbekannter Schlüssel „{key}“: Die Regelkonfiguration enthält nur „rules“.',
  'config.unknownRule': '„{rule}“ ist keine Regel-Id; der Eintrag wird nicht beachtet.',
  'config.unknownRule.suggest':
    '„{rule}“ ist keine Regel-Id; meinten Sie „{suggestion}“? Der Eintrag wird nicht beachtet.',
  'config.badValue': '„{value}“ ist kein Schweregrad für „{rule}“: Verwenden Sie off, hint, info, warning oder error.',
  'config.settingsProblem': 'Einstellung privacyPolicy.rules: {problem}',
  'config.badValue.list':
    'Eine Liste ist kein Schweregrad für „{rule}“: Verwenden Sie off, hint, info, warning oder error.',
  'config.badValue.object':
    'Ein Objekt ist kein Schweregrad für „{rule}“: Verwenden Sie off, hint, info, warning oder error.',
  'config.tooDeep':
    'Die Regelkonfiguration ist tiefer als {max} Ebenen verschachtelt; sie wird nicht gelesen, und jede Regel behält ihren eigenen Schweregrad.',
  'config.refused.notRegular':
    'Die Regelkonfiguration ist keine gewöhnliche Datei (ein Ordner, eine FIFO oder ein Gerät); sie wird nicht gelesen, und jede Regel behält ihren eigenen Schweregrad.',
  'config.refused.outside':
    'Die Regelkonfiguration ist eine symbolische Verknüpfung, die aus dem Arbeitsbereich hinausführt; sie wird nicht gelesen, und jede Regel behält ihren eigenen Schweregrad.',
  'config.refused.tooLarge':
    'Die Regelkonfiguration ist größer als {max} KiB; sie wird nicht gelesen, und jede Regel behält ihren eigenen Schweregrad.',
  'config.refused.notText':
    'Die Regelkonfiguration ist kein UTF-8-Text; sie wird nicht gelesen, und jede Regel behält ihren eigenen Schweregrad.',
  'config.refused.unreadable':
    'Die Regelkonfiguration kann nicht gelesen werden ({code}); jede Regel behält ihren eigenen Schweregrad.',
  'fix.define': '{kind} „{id}“ anlegen',
  'fix.addKey': '„{key}“ ergänzen',
  'fix.addKeyValue': '„{key}: {value}“ ergänzen',
  'fix.addSection': 'Abschnitt „{section}“ ergänzen',
  'fix.addRight': '„{right}“ unter „rights“ ergänzen',
  'fix.addRights': 'Abschnitt „rights“ mit den Rechten ergänzen, die die Rechtsgrundlagen gewähren',
  'fix.swapDates': 'Veröffentlichungs- und Gültigkeitsdatum tauschen',
  'fix.replace': '„{old}“ durch „{new}“ ersetzen',
  'fix.insertSpace': 'Leerzeichen nach „{mark}“ einfügen',
  'fix.deleteWord': 'Das zweite „{word}“ entfernen',
  'fix.quote': '{text} in Anführungszeichen setzen',
  'fix.renameKey': '„{key}“ in „{suggestion}“ ändern',
  'fix.suppressLine': '„{rule}“ für diese Zeile abschalten',
  'fix.suppressFile': '„{rule}“ für die ganze Datei abschalten',
  'fix.all': 'Alle sicher behebbaren Probleme der Erklärung beheben',
  'kind.purpose': 'Zweck',
  'kind.recipient': 'Empfänger',
  'kind.category': 'Datenkategorie',
  'server.validationFailed': 'Interner Fehler beim Prüfen dieser Datei: {detail}',
};

export const ruleMessages = { en, de };
