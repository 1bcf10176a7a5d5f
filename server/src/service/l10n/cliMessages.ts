/** Messages of the command line, in English and German; `de` must have every key of `en`. */
const en = {
  'cli.help': `privacy-policy {version}: checks and renders privacy policies written as *.policy.yaml

Usage:
  privacy-policy lint [files, directories or globs ...] [options]
  privacy-policy render <file.policy.yaml> [-o out.html]
  privacy-policy --help | --version

lint checks every policy file it is given; a directory means every *.policy.yaml and *.policy.yml in it
(node_modules and .git are skipped); a glob such as "policies/**/*.policy.yaml" is expanded by the tool,
so quote it. Without arguments, the current directory is checked. Rule settings come from the nearest
.privacy-policy.json above each file; suppression comments in the file are honoured.

Options of lint:
  -f, --format <name>    pretty (default), compact (file:line:col: severity rule message), json, sarif
  -o, --output <file>    write the report to a file instead of the standard output
  --max-warnings <n>     fail when there are more than n warnings
  -j, --jobs <n>         threads that check files at once (default: one per core for many files)
  --locale <de|en>       language of messages (default: from LC_ALL, LC_MESSAGES or LANG)
  --color, --no-color    colour the pretty report (default: when writing to a terminal; NO_COLOR and
                         FORCE_COLOR are honoured)
  --                     every argument after it is a file, even one whose name starts with -

render writes the page the preview shows, ready to publish (German, no script, strict CSP); it exits 1
when the policy still has errors (the page is written all the same).

Options of render:
  -o, --output <file>    write the HTML to a file instead of the standard output
  --locale <de|en>       language of the tool's messages (the page itself is German)

Exit codes:
  0  no errors (and no more warnings than --max-warnings allows)
  1  errors found, or too many warnings (render: the page was written, but the policy has errors)
  2  wrong usage, or a file that does not exist, is not a policy or cannot be read or written`,
  'cli.seeHelp': 'Run "privacy-policy --help" for usage.',
  'cli.usage.unknownCommand': 'Unknown command "{command}": use lint or render.',
  'cli.usage.noCommand': 'Name a command: lint or render.',
  'cli.usage.unknownOption': 'Unknown option {option}.',
  'cli.usage.missingValue': 'The option {option} needs a value.',
  'cli.usage.badChoice': '{option} cannot be "{value}". Choose one of: {allowed}.',
  'cli.usage.badCount': '{option} expects a whole number of at least {min}, not "{value}".',
  'cli.usage.renderOneFile': 'render takes exactly one policy file.',
  'cli.input.notFound': '{path}: no such file or directory.',
  'cli.input.notPolicy': '{path} is not a policy file: policy files end in .policy.yaml or .policy.yml.',
  'cli.input.notText': '{path} is not UTF-8 text, so it cannot be a policy.',
  'cli.input.unreadable': '{path} cannot be read: {detail}',
  'cli.input.notRegular': '{path} is not a regular file (a FIFO, device or socket), so it is not read.',
  'cli.input.outside': '{path} is a symbolic link that leads outside the workspace ({root}), so it is not read.',
  'cli.input.tooLarge': '{path} is larger than {max} MiB, so it is not read.',
  'cli.input.unreadableDirectory':
    'The folder {path} cannot be read ({detail}): the policy files in it are not checked.',
  'cli.input.noMatch': 'No policy file matches "{pattern}".',
  'cli.input.noneInDirectory': 'No policy files (*.policy.yaml, *.policy.yml) in {path}.',
  'cli.output.unwritable': 'Cannot write {path}: {detail}',
  'cli.output.isPolicy':
    'Not writing to {path}: it is named like a policy or a rule configuration, and a report or page never replaces one. (A file whose name starts with -o? Put -- before the file names.)',
  'cli.output.isInput':
    'Not writing to {path}: it is one of the files being read, and a report or page never replaces one.',
  'cli.output.stdoutFailed': 'Cannot write to the standard output: {detail}',
  'cli.internalError': 'Internal error while checking {path}: {detail}. Please report this.',
  'cli.severity.error': 'error',
  'cli.severity.warning': 'warning',
  'cli.severity.info': 'info',
  'cli.severity.hint': 'hint',
  'cli.count.problems.one': '{count} problem',
  'cli.count.problems.other': '{count} problems',
  'cli.count.errors.one': '{count} error',
  'cli.count.errors.other': '{count} errors',
  'cli.count.warnings.one': '{count} warning',
  'cli.count.warnings.other': '{count} warnings',
  'cli.count.notes.one': '{count} note',
  'cli.count.notes.other': '{count} notes',
  'cli.count.files.one': '{count} policy file',
  'cli.count.files.other': '{count} policy files',
  'cli.summary.clean': '{files} checked: no problems.',
  'cli.summary.problems': '{problems} ({details}) in {files} checked.',
  'cli.summary.failures.one': '{count} file or argument could not be checked: see the messages above.',
  'cli.summary.failures.other': '{count} files or arguments could not be checked: see the messages above.',
  'cli.summary.tooManyWarnings': 'Too many warnings: {count}, at most {max} allowed (--max-warnings).',
  'cli.render.tooLarge': '{path} has more than {limit} MiB of text, more than any policy needs: no page is written.',
  'cli.render.policyHasErrors':
    '{path} has {errors}: the page was written, but run "privacy-policy lint" before publishing it.',
} as const;

const de: Record<keyof typeof en, string> = {
  'cli.help': `privacy-policy {version}: prüft Datenschutzerklärungen im Format *.policy.yaml und erzeugt ihre HTML-Fassung

Aufruf:
  privacy-policy lint [Dateien, Verzeichnisse oder Muster ...] [Optionen]
  privacy-policy render <datei.policy.yaml> [-o seite.html]
  privacy-policy --help | --version

lint prüft jede angegebene Datei; ein Verzeichnis steht für alle *.policy.yaml und *.policy.yml darin
(node_modules und .git werden übersprungen); ein Muster wie "richtlinien/**/*.policy.yaml" erweitert das
Werkzeug selbst, setzen Sie es also in Anführungszeichen. Ohne Angaben wird das aktuelle Verzeichnis
geprüft. Die Regeleinstellungen stammen aus der nächsten .privacy-policy.json oberhalb jeder Datei;
Unterdrückungskommentare in der Datei werden beachtet.

Optionen von lint:
  -f, --format <name>    pretty (Voreinstellung), compact (Datei:Zeile:Spalte: Schwere Regel Meldung),
                         json, sarif
  -o, --output <datei>   den Bericht in eine Datei statt in die Standardausgabe schreiben
  --max-warnings <n>     fehlschlagen, wenn es mehr als n Warnungen gibt
  -j, --jobs <n>         Threads, die gleichzeitig prüfen (Voreinstellung: bei vielen Dateien einer je Kern)
  --locale <de|en>       Sprache der Meldungen (Voreinstellung: aus LC_ALL, LC_MESSAGES oder LANG)
  --color, --no-color    den Bericht pretty einfärben (Voreinstellung: bei Ausgabe in ein Terminal;
                         NO_COLOR und FORCE_COLOR werden beachtet)
  --                     jedes weitere Argument ist eine Datei, auch wenn ihr Name mit - beginnt

render schreibt die Seite, die die Vorschau zeigt, bereit zur Veröffentlichung (deutsch, ohne Skript,
mit strenger CSP); enthält die Erklärung noch Fehler, ist der Rückgabewert 1 (die Seite wird trotzdem
geschrieben).

Optionen von render:
  -o, --output <datei>   das HTML in eine Datei statt in die Standardausgabe schreiben
  --locale <de|en>       Sprache der Meldungen des Werkzeugs (die Seite selbst ist deutsch)

Rückgabewerte:
  0  keine Fehler (und nicht mehr Warnungen, als --max-warnings erlaubt)
  1  Fehler gefunden oder zu viele Warnungen (render: Seite geschrieben, aber die Erklärung hat Fehler)
  2  falscher Aufruf oder eine Datei, die es nicht gibt, die keine Datenschutzerklärung ist oder die
     sich nicht lesen oder schreiben lässt`,
  'cli.seeHelp': 'Mit "privacy-policy --help" sehen Sie, wie das Werkzeug aufgerufen wird.',
  'cli.usage.unknownCommand': 'Unbekannter Befehl „{command}“: Verwenden Sie lint oder render.',
  'cli.usage.noCommand': 'Nennen Sie einen Befehl: lint oder render.',
  'cli.usage.unknownOption': 'Unbekannte Option {option}.',
  'cli.usage.missingValue': 'Die Option {option} braucht einen Wert.',
  'cli.usage.badChoice': '{option} kann nicht „{value}“ sein. Möglich sind: {allowed}.',
  'cli.usage.badCount': '{option} erwartet eine ganze Zahl ab {min}, nicht „{value}“.',
  'cli.usage.renderOneFile': 'render erwartet genau eine Datenschutzerklärung.',
  'cli.input.notFound': '{path}: Datei oder Verzeichnis gibt es nicht.',
  'cli.input.notPolicy':
    '{path} ist keine Datenschutzerklärung: Deren Dateinamen enden auf .policy.yaml oder .policy.yml.',
  'cli.input.notText': '{path} ist kein UTF-8-Text und kann daher keine Datenschutzerklärung sein.',
  'cli.input.unreadable': '{path} lässt sich nicht lesen: {detail}',
  'cli.input.notRegular':
    '{path} ist keine gewöhnliche Datei (eine FIFO, ein Gerät oder ein Socket) und wird nicht gelesen.',
  'cli.input.outside':
    '{path} ist eine symbolische Verknüpfung, die aus dem Arbeitsbereich ({root}) hinausführt, und wird nicht gelesen.',
  'cli.input.tooLarge': '{path} ist größer als {max} MiB und wird nicht gelesen.',
  'cli.input.unreadableDirectory':
    'Der Ordner {path} lässt sich nicht lesen ({detail}): Die Datenschutzerklärungen darin werden nicht geprüft.',
  'cli.input.noMatch': 'Keine Datenschutzerklärung passt auf „{pattern}“.',
  'cli.input.noneInDirectory': 'In {path} gibt es keine Datenschutzerklärungen (*.policy.yaml, *.policy.yml).',
  'cli.output.unwritable': '{path} lässt sich nicht schreiben: {detail}',
  'cli.output.isPolicy':
    '{path} wird nicht geschrieben: Der Name ist der einer Datenschutzerklärung oder Regelkonfiguration, und ein Bericht oder eine Seite ersetzt nie eine solche. (Eine Datei, deren Name mit -o beginnt? Setzen Sie -- vor die Dateinamen.)',
  'cli.output.isInput':
    '{path} wird nicht geschrieben: Die Datei wird gerade gelesen, und ein Bericht oder eine Seite ersetzt sie nie.',
  'cli.output.stdoutFailed': 'In die Standardausgabe lässt sich nicht schreiben: {detail}',
  'cli.internalError': 'Interner Fehler beim Prüfen von {path}: {detail}. Bitte melden Sie diesen Fehler.',
  'cli.severity.error': 'Fehler',
  'cli.severity.warning': 'Warnung',
  'cli.severity.info': 'Info',
  'cli.severity.hint': 'Hinweis',
  'cli.count.problems.one': '{count} Problem',
  'cli.count.problems.other': '{count} Probleme',
  'cli.count.errors.one': '{count} Fehler',
  'cli.count.errors.other': '{count} Fehler',
  'cli.count.warnings.one': '{count} Warnung',
  'cli.count.warnings.other': '{count} Warnungen',
  'cli.count.notes.one': '{count} Hinweis',
  'cli.count.notes.other': '{count} Hinweise',
  'cli.count.files.one': '{count} Datenschutzerklärung',
  'cli.count.files.other': '{count} Datenschutzerklärungen',
  'cli.summary.clean': '{files} geprüft: keine Probleme.',
  'cli.summary.problems': '{problems} ({details}) in {files} geprüft.',
  'cli.summary.failures.one': '{count} Datei oder Angabe ließ sich nicht prüfen: siehe die Meldungen oben.',
  'cli.summary.failures.other': '{count} Dateien oder Angaben ließen sich nicht prüfen: siehe die Meldungen oben.',
  'cli.summary.tooManyWarnings': 'Zu viele Warnungen: {count}, erlaubt sind höchstens {max} (--max-warnings).',
  'cli.render.tooLarge':
    '{path} enthält mehr als {limit} MiB Text, mehr als jede Datenschutzerklärung braucht: Es wird keine Seite geschrieben.',
  'cli.render.policyHasErrors':
    '{path} enthält {errors}: Die Seite wurde geschrieben, prüfen Sie die Erklärung aber vor der Veröffentlichung mit "privacy-policy lint".',
};

export const cliMessages = { en, de };
