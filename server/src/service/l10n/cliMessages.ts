/** Messages of the command line, in English and German; `de` must have every key of `en`. */
const en = {
  'cli.help': `privacy-policy {version}: checks and renders privacy policies written as *.policy.yaml

Usage:
  privacy-policy lint [files, directories or globs ...] [options]
  privacy-policy render <file.policy.yaml> [-o out.html] [--format page|fragment|markdown] [--lang de|en] [--draft]
  privacy-policy diff <old.policy.yaml> <new.policy.yaml> | diff --base <revision> <file.policy.yaml>
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
  --locale <auto|de|en>  language of messages; auto (default) follows LC_ALL, LC_MESSAGES or LANG
  --color, --no-color    colour the pretty report (default: when writing to a terminal; NO_COLOR and
                         FORCE_COLOR are honoured)
  --base <revision>      also check each policy against its version in a git revision (HEAD, a tag,
                         origin/main, HEAD~1) or against another policy file
  --                     every argument after it is a file, even one whose name starts with -

render writes the page to publish (no script, strict CSP, nothing of the editor), in the policy's first
language or the one --lang names. A policy with errors, or with places the page would leave blank (a text
not yet translated is one), is not written as final: fix it, or ask for a draft.

Options of render:
  -o, --output <file>    write to a file instead of the standard output
  --format <name>        page (default: a whole HTML page), fragment (the policy with its own scoped
                         stylesheet, to paste into a site's page or CMS), markdown
  --lang <de|en>         the page's language (default: the policy's first; policy.languages lists the
                         languages it is published in)
  --draft                write the page marked as a draft on its face, with its gaps listed
  --locale <auto|de|en>  language of the tool's messages, as for lint (the page's language is --lang)

diff writes the change notice between two versions, most important first, in the policy's language:
  -f, --format <name>    text (default), markdown (to edit, or for a pull-request comment), json,
                         history (an entry for the policy's changeHistory section)
  -o, --output <file>    write it to a file instead of the standard output
  --base <revision>      compare the file with its version in a git revision (or with another file)
It exits 1 when the change needs notice to data subjects (a new purpose, recipient, transfer, longer
retention, new data), else 0.

Exit codes:
  0  no errors (and no more warnings than --max-warnings allows)
  1  errors found, or too many warnings (render: the policy has errors or gaps; nothing was written)
  2  wrong usage, or a file that does not exist, is not a policy or cannot be read or written`,
  'cli.seeHelp': 'Run "privacy-policy --help" for usage.',
  'cli.usage.unknownCommand': 'Unknown command "{command}": use lint, render or diff.',
  'cli.usage.noCommand': 'Name a command: lint, render or diff.',
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
  'cli.count.infos.one': '{count} info',
  'cli.count.infos.other': '{count} infos',
  'cli.count.hints.one': '{count} hint',
  'cli.count.hints.other': '{count} hints',
  'cli.count.files.one': '{count} policy file',
  'cli.count.files.other': '{count} policy files',
  'cli.summary.clean': '{files} checked: no problems.',
  'cli.summary.problems': '{problems} ({details}) in {files} checked.',
  'cli.summary.problemsAndHints': '{problems} ({details}) and {hints} in {files} checked.',
  'cli.summary.onlyHints': '{files} checked: no problems, {hints}.',
  'cli.summary.failures.one': '{count} file or argument could not be checked: see the messages above.',
  'cli.summary.failures.other': '{count} files or arguments could not be checked: see the messages above.',
  'cli.summary.tooManyWarnings': 'Too many warnings: {count}, at most {max} allowed (--max-warnings).',
  'cli.render.notFinal':
    '{path} has {errors} and {gaps} the page would leave blank: it is not written as final. Fix them ("privacy-policy lint" lists them), or write a page marked as a draft with --draft.',
  'cli.render.draft':
    '{path} was written as a draft ({errors}, {gaps} left blank): it is marked as a draft on its face and is not for publishing.',
  'cli.render.notPublishedIn':
    '{path} is not published in {language} (policy.languages: {languages}): add the language there and translate the texts, or write a draft with --draft.',
  'cli.count.gaps.one': '{count} place',
  'cli.count.gaps.other': '{count} places',
  'cli.render.tooLarge': '{path} has more than {limit} MiB of text, more than any policy needs: no page is written.',
  'cli.diff.tooLarge': 'A version has more than {limit} MiB of text, more than any policy needs: it is not compared.',
} as const;

const de: Record<keyof typeof en, string> = {
  'cli.help': `privacy-policy {version}: prüft Datenschutzerklärungen im Format *.policy.yaml und erzeugt ihre HTML-Fassung

Aufruf:
  privacy-policy lint [Dateien, Verzeichnisse oder Muster ...] [Optionen]
  privacy-policy render <datei.policy.yaml> [-o seite.html] [--format page|fragment|markdown] [--lang de|en] [--draft]
  privacy-policy diff <alt.policy.yaml> <neu.policy.yaml> | diff --base <Revision> <datei.policy.yaml>
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
  --locale <auto|de|en>  Sprache der Meldungen; auto (Voreinstellung) folgt LC_ALL, LC_MESSAGES oder LANG
  --color, --no-color    den Bericht pretty einfärben (Voreinstellung: bei Ausgabe in ein Terminal;
                         NO_COLOR und FORCE_COLOR werden beachtet)
  --base <Revision>      jede Erklärung auch mit ihrer Fassung in einer Git-Revision vergleichen (HEAD,
                         ein Tag, origin/main, HEAD~1) oder mit einer anderen Datenschutzerklärung
  --                     jedes weitere Argument ist eine Datei, auch wenn ihr Name mit - beginnt

render schreibt die Seite zur Veröffentlichung (ohne Skript, mit strenger CSP, ohne Spuren des Editors), in
der ersten Sprache der Erklärung oder der, die --lang nennt. Eine Erklärung mit Fehlern oder mit Stellen, die
die Seite leer ließe (auch ein noch nicht übersetzter Text), wird nicht als endgültige Fassung geschrieben:
Beheben Sie sie, oder verlangen Sie einen Entwurf.

Optionen von render:
  -o, --output <datei>   in eine Datei statt in die Standardausgabe schreiben
  --format <name>        page (Voreinstellung: eine ganze HTML-Seite), fragment (die Erklärung mit eigenem,
                         auf sie beschränktem Stylesheet, zum Einfügen in eine Website oder ein CMS), markdown
  --lang <de|en>         Sprache der Seite (Voreinstellung: die erste der Erklärung; policy.languages nennt
                         die Sprachen, in denen sie erscheint)
  --draft                die Seite als Entwurf schreiben: „Entwurf“ steht darauf, ihre Lücken sind aufgelistet
  --locale <auto|de|en>  Sprache der Meldungen des Werkzeugs, wie bei lint (die Sprache der Seite bestimmt --lang)

diff schreibt den Änderungshinweis zwischen zwei Fassungen, das Wichtigste zuerst, in der Sprache der
Erklärung:
  -f, --format <name>    text (Voreinstellung), markdown (zum Bearbeiten oder als Kommentar in einem
                         Pull-Request), json, history (ein Eintrag für den Abschnitt changeHistory)
  -o, --output <datei>   ihn in eine Datei statt in die Standardausgabe schreiben
  --base <Revision>      die Datei mit ihrer Fassung in einer Git-Revision (oder einer anderen Datei)
                         vergleichen
Der Rückgabewert ist 1, wenn die Änderung hinweispflichtig ist (ein neuer Zweck, Empfänger, eine neue
Übermittlung, längere Speicherdauer, neue Daten), sonst 0.

Rückgabewerte:
  0  keine Fehler (und nicht mehr Warnungen, als --max-warnings erlaubt)
  1  Fehler gefunden oder zu viele Warnungen (render: Fehler oder Lücken; nichts geschrieben)
  2  falscher Aufruf oder eine Datei, die es nicht gibt, die keine Datenschutzerklärung ist oder die
     sich nicht lesen oder schreiben lässt`,
  'cli.seeHelp': 'Mit "privacy-policy --help" sehen Sie, wie das Werkzeug aufgerufen wird.',
  'cli.usage.unknownCommand': 'Unbekannter Befehl „{command}“: Verwenden Sie lint, render oder diff.',
  'cli.usage.noCommand': 'Nennen Sie einen Befehl: lint, render oder diff.',
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
  'cli.count.infos.one': '{count} Info',
  'cli.count.infos.other': '{count} Infos',
  'cli.count.hints.one': '{count} Hinweis',
  'cli.count.hints.other': '{count} Hinweise',
  'cli.count.files.one': '{count} Datenschutzerklärung',
  'cli.count.files.other': '{count} Datenschutzerklärungen',
  'cli.summary.clean': '{files} geprüft: keine Probleme.',
  'cli.summary.problems': '{problems} ({details}) in {files} geprüft.',
  'cli.summary.problemsAndHints': '{problems} ({details}) und {hints} in {files} geprüft.',
  'cli.summary.onlyHints': '{files} geprüft: keine Probleme, {hints}.',
  'cli.summary.failures.one': '{count} Datei oder Angabe ließ sich nicht prüfen: siehe die Meldungen oben.',
  'cli.summary.failures.other': '{count} Dateien oder Angaben ließen sich nicht prüfen: siehe die Meldungen oben.',
  'cli.summary.tooManyWarnings': 'Zu viele Warnungen: {count}, erlaubt sind höchstens {max} (--max-warnings).',
  'cli.render.notFinal':
    '{path} enthält {errors} und {gaps}, die die Seite leer ließe: Sie wird nicht als endgültige Fassung geschrieben. Beheben Sie sie („privacy-policy lint“ listet sie auf), oder schreiben Sie mit --draft eine als Entwurf gekennzeichnete Seite.',
  'cli.render.draft':
    '{path} wurde als Entwurf geschrieben ({errors}, {gaps} leer): Sie ist darauf als Entwurf gekennzeichnet und nicht zur Veröffentlichung bestimmt.',
  'cli.render.notPublishedIn':
    '{path} erscheint nicht auf {language} (policy.languages: {languages}): Ergänzen Sie die Sprache dort und übersetzen Sie die Texte, oder schreiben Sie mit --draft einen Entwurf.',
  'cli.count.gaps.one': '{count} Stelle',
  'cli.count.gaps.other': '{count} Stellen',
  'cli.render.tooLarge':
    '{path} enthält mehr als {limit} MiB Text, mehr als jede Datenschutzerklärung braucht: Es wird keine Seite geschrieben.',
  'cli.diff.tooLarge':
    'Eine Fassung enthält mehr als {limit} MiB Text, mehr als jede Datenschutzerklärung braucht: Sie wird nicht verglichen.',
};

export const cliMessages = { en, de };
