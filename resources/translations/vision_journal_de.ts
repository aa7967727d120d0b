<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AdjustmentsPage</name>
    <message>
        <location filename="../../src/vision_journal/ui/dialogs/checkin_wizard.py" line="+513"/>
        <source>Adjust</source>
        <translation>Anpassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anything to change for next week? Set a goal or a rule, change one, or pause one. Or simply finish.</source>
        <translation>Möchtest du für nächste Woche etwas ändern? Setz dir ein Ziel oder eine Regel, ändere eine oder pausiere sie. Oder schließ einfach ab.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+18"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+23"/>
        <source>Boundary rules</source>
        <translation>Grenzregeln</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>New &amp;goal…</source>
        <translation>Neues &amp;Ziel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange goal…</source>
        <translation>Ziel än&amp;dern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>&amp;Pause goal</source>
        <translation>Ziel &amp;pausieren</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>New &amp;rule…</source>
        <translation>Neue &amp;Regel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change ru&amp;le…</source>
        <translation>Regel ä&amp;ndern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+73"/>
        <source>Pa&amp;use rule</source>
        <translation>Regel pa&amp;usieren</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Decided in this check-in</source>
        <translation>In diesem Check-in beschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adjustments made in this check-in</source>
        <translation>In diesem Check-in vorgenommene Anpassungen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (paused)</source>
        <translation>%1 (pausiert)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing yet.</source>
        <translation>Noch nichts.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Resu&amp;me goal</source>
        <translation>Ziel fortse&amp;tzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Res&amp;ume rule</source>
        <translation>Regel forts&amp;etzen</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../src/vision_journal/ui/widgets/charts.py" line="+219"/>
        <source>AI minutes per day this week</source>
        <extracomment>An amber that keeps a 3:1 contrast on white and on a near-black window. The level bands of the sparkline: (watch threshold, balanced threshold).</extracomment>
        <translation>KI-Minuten pro Tag in dieser Woche</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No data.</source>
        <translation>Keine Daten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 min</source>
        <translation>%1: %2 Min.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Daily budget %1 min; %2 day(s) over.</source>
        <translation>Tagesbudget %1 Min.; an %2 Tag(en) überschritten.</translation>
    </message>
</context>
<context>
    <name>BoundariesPage</name>
    <message>
        <location filename="../../src/vision_journal/ui/pages/boundaries_page.py" line="+110"/>
        <source>At most 45 minutes of AI a day</source>
        <extracomment>How the page learns each rule&apos;s state today: given the journal and its rules, the status of each rule by id (a rule left out shows no status). What the page shows: the rules, how today&apos;s uses stand against them, the breach log, and the names of tools and circles they are about.</extracomment>
        <translation>Höchstens 45 Minuten KI am Tag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No AI after %1</source>
        <translation>Keine KI nach %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No AI-drafted messages to %1</source>
        <translation>Keine KI-entworfenen Nachrichten an %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Boundaries</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+101"/>
        <source>&amp;New rule…</source>
        <translation>&amp;Neue Regel…</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected rule</source>
        <translation>Die gewählte Regel bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+222"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location line="-221"/>
        <location line="+222"/>
        <source>Pause the selected rule</source>
        <translation>Die gewählte Regel pausieren</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected rule</source>
        <translation>Die gewählte Regel löschen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Boundary rules</source>
        <translation>Grenzregeln</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Why it matters</source>
        <translation>Warum sie dir wichtig ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why the selected rule matters</source>
        <translation>Warum dir die gewählte Regel wichtig ist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Breach log</source>
        <translation>Protokoll der Überschreitungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Breach log of the selected rule</source>
        <translation>Protokoll der Überschreitungen der gewählten Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No boundary rules yet</source>
        <translation>Noch keine Grenzregeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boundary rules are lines you draw for yourself: a daily time budget, no AI late at night, messages to the people closest to you written by you. A nudge tells you when you cross one; a firm line also asks you for a short reason.</source>
        <translation>Grenzregeln sind Linien, die du für dich selbst ziehst: ein tägliches Zeitbudget, keine KI spät am Abend, Nachrichten an die Menschen, die dir am nächsten stehen, schreibst du selbst. Ein Hinweis sagt dir, wenn du eine überschreitest; eine feste Grenze bittet dich außerdem um eine kurze Begründung.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Or start with one of these:</source>
        <translation>Oder fang mit einer von diesen an:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Add “%1”</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the rule: %1</source>
        <translation>Regel hinzufügen: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume the selected rule</source>
        <translation>Die gewählte Regel fortsetzen</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>You have not written down why yet.</source>
        <translation>Du hast noch nicht aufgeschrieben, warum.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No breaches noted. When you break this rule, your reason is kept here.</source>
        <translation>Keine Überschreitungen notiert. Wenn du diese Regel brichst, wird dein Grund hier festgehalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No breaches noted. Reasons are asked for firm lines only.</source>
        <translation>Keine Überschreitungen notiert. Nach Gründen wird nur bei festen Grenzen gefragt.</translation>
    </message>
</context>
<context>
    <name>BudgetForm</name>
    <message>
        <location filename="../../src/vision_journal/ui/dialogs/rule_forms.py" line="+239"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget in minutes</source>
        <translation>Budget in Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget in hours</source>
        <translation>Budget in Stunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At &amp;most:</source>
        <translation>Höchs&amp;tens:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget period</source>
        <translation>Budgetzeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for this AI tool</source>
        <translation>Nur für dieses KI-Werkzeug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any tool</source>
        <translation>Jedes Werkzeug</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tool:</source>
        <translation>Werkzeu&amp;g:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for this purpose</source>
        <translation>Nur für diesen Zweck</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any purpose</source>
        <translation>Jeder Zweck</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpos&amp;e:</source>
        <translation>Zw&amp;eck:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only in this sphere</source>
        <translation>Nur in diesem Lebensbereich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any sphere</source>
        <translation>Jeder Lebensbereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sphere:</source>
        <translation>&amp;Lebensbereich:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only involving this circle</source>
        <translation>Nur mit Bezug auf diesen Kreis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any circle</source>
        <translation>Jeder Kreis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Circle:</source>
        <translation>&amp;Kreis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unused time r&amp;olls over to the next period</source>
        <translation>Nicht genutzte Zeit wird in den nächsten Zeitraum &amp;übertragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unused time rolls over</source>
        <translation>Nicht genutzte Zeit wird übertragen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a deleted tool</source>
        <translation>ein gelöschtes Werkzeug</translation>
    </message>
</context>
<context>
    <name>CaptureSettings</name>
    <message>
        <location filename="../../src/vision_journal/ui/widgets/capture_settings.py" line="+62"/>
        <source>Finding AI use you forgot to log</source>
        <translation>KI-Nutzung finden, die Sie nicht eingetragen haben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only times, minutes, the tool and the site&apos;s domain are read: never titles, messages or addresses. What is found waits in the Inbox until you confirm it.</source>
        <translation>Gelesen werden nur Zeiten, Minuten, das Werkzeug und die Domain der Seite: nie Titel, Nachrichten oder Adressen. Was gefunden wird, wartet im Eingang, bis Sie es bestätigen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read a running &amp;ActivityWatch</source>
        <translation>Ein laufendes &amp;ActivityWatch lesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ActivityWatch address</source>
        <translation>Adresse von ActivityWatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add&amp;ress:</source>
        <translation>Ad&amp;resse:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;heck now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check ActivityWatch now</source>
        <translation>ActivityWatch jetzt prüfen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ActivityWatch status</source>
        <translation>Zustand von ActivityWatch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browser histories (each profile on its own):</source>
        <translation>Browserverläufe (jedes Profil einzeln):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No Firefox or Chromium-family history was found.</source>
        <translation>Kein Verlauf von Firefox oder einem Chromium-Browser gefunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read %1</source>
        <translation>%1 lesen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reads the times of visits to known AI sites and their domains; no addresses, no titles.</source>
        <translation>Liest die Zeiten von Besuchen bekannter KI-Seiten und deren Domains; keine Adressen, keine Titel.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Look &amp;every</source>
        <translation>Such&amp;en alle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes between looks for AI use</source>
        <translation>Minuten zwischen zwei Suchen nach KI-Nutzung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>minutes while the window is open</source>
        <translation>Minuten, solange das Fenster offen ist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Known AI &amp;tools…</source>
        <translation>Bekannte KI-&amp;Werkzeuge…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the known AI tools</source>
        <translation>Die bekannten KI-Werkzeuge bearbeiten</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not read yet.</source>
        <translation>Noch nicht gelesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read %1.</source>
        <translation>Gelesen %1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ActivityWatch answers. New sessions found: %1.</source>
        <translation>ActivityWatch antwortet. Neu gefundene Sitzungen: %1.</translation>
    </message>
</context>
<context>
    <name>CharterPanel</name>
    <message>
        <location filename="../../src/vision_journal/ui/widgets/charter_panel.py" line="+41"/>
        <source>What the charter holds</source>
        <translation>Was die Charta enthält</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Parts of life&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lebensbereiche&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share: %1</source>
        <translation>Teilen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Sections&lt;/b&gt;</source>
        <translation>&lt;b&gt;Abschnitte&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long-term horizon</source>
        <translation>Langfristiger Horizont</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethical commitments</source>
        <translation>Ethische Verpflichtungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who I share with, and what they can expect</source>
        <translation>Mit wem ich teile, und was sie erwarten können</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals I choose below</source>
        <translation>Ziele, die ich unten auswähle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boundary rules, as promises</source>
        <translation>Grenzen, als Versprechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Section: %1</source>
        <translation>Abschnitt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active goals to share</source>
        <translation>Aktive Ziele zum Teilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never shared: why you set a goal or a rule, paused or dropped goals, others&apos; concerns, and anything you logged.</source>
        <translation>Nie geteilt: warum du ein Ziel oder eine Regel gesetzt hast, pausierte oder aufgegebene Ziele, die Bedenken anderer und alles, was du protokolliert hast.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Charter preview</source>
        <translation>Vorschau der Charta</translation>
    </message>
</context>
<context>
    <name>CheckInWizard</name>
    <message>
        <location filename="../../src/vision_journal/ui/formatting.py" line="+67"/>
        <source>Week %1 of %2 (%3 – %4)</source>
        <extracomment>The weekday in a long date format, with the punctuation and space that tie it to the date.</extracomment>
        <translation>Woche %1 von %2 (%3 – %4)</translation>
    </message>
    <message>
        <location filename="../../src/vision_journal/ui/dialogs/checkin_wizard.py" line="-478"/>
        <source>%1 min over</source>
        <extracomment>How long after the last keystroke answers are written to the journal.</extracomment>
        <translation>%1 Min. darüber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min in curfew</source>
        <translation>%1 Min. in der Sperrzeit</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n use(s)</source>
        <translation>
            <numerusform>%n Nutzung</numerusform>
            <numerusform>%n Nutzungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 points over</source>
        <translation>%1 Punkte darüber</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No AI time this week or the same days of last week.</source>
        <translation>Keine KI-Zeit in dieser Woche und an denselben Tagen der Vorwoche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No AI time on the same days of last week to compare with.</source>
        <translation>Keine KI-Zeit an denselben Tagen der Vorwoche, mit der sich vergleichen ließe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About the same AI time as the same days of last week.</source>
        <translation>Etwa so viel KI-Zeit wie an denselben Tagen der Vorwoche.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 % more AI time than the same days of last week.</source>
        <translation>%1 % mehr KI-Zeit als an denselben Tagen der Vorwoche.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 % less AI time than the same days of last week.</source>
        <translation>%1 % weniger KI-Zeit als an denselben Tagen der Vorwoche.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The balance index does not have enough data for this week yet.</source>
        <translation>Der Balance-Index hat für diese Woche noch nicht genug Daten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance index: %1 of 100.</source>
        <translation>Balance-Index: %1 von 100.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The same as the week before.</source>
        <translation>Genauso wie in der Woche davor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 points higher than the week before.</source>
        <translation>%1 Punkte höher als in der Woche davor.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 points lower than the week before.</source>
        <translation>%1 Punkte niedriger als in der Woche davor.</translation>
    </message>
    <message>
        <location line="+428"/>
        <source>Check-in: %1</source>
        <translation>Check-in: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly check-in</source>
        <translation>Wochenrückblick</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Complete check-in</source>
        <translation>Check-in &amp;abschließen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save and cl&amp;ose</source>
        <translation>Speichern und sch&amp;ließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the draft and close</source>
        <translation>Entwurf speichern und schließen</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>New goal: %1</source>
        <translation>Neues Ziel: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed goal: %1</source>
        <translation>Geändertes Ziel: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New rule: %1</source>
        <translation>Neue Regel: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed rule: %1</source>
        <translation>Geänderte Regel: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Paused goal: %1</source>
        <translation>Pausiertes Ziel: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resumed goal: %1</source>
        <translation>Fortgesetztes Ziel: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paused rule: %1</source>
        <translation>Pausierte Regel: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resumed rule: %1</source>
        <translation>Fortgesetzte Regel: %1</translation>
    </message>
</context>
<context>
    <name>CheckInsPage</name>
    <message>
        <location filename="../../src/vision_journal/ui/pages/checkins_page.py" line="+242"/>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+162"/>
        <source>&amp;Start this week&apos;s check-in</source>
        <translation>Check-in dieser Woche &amp;starten</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Catch up on a missed week</source>
        <translation>Eine verpasste Woche nachholen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Check-in streak</source>
        <translation>Check-in-Serie</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check-in history and questions</source>
        <translation>Check-in-Verlauf und Fragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search your answers…</source>
        <translation>Deine Antworten durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search answers</source>
        <translation>Antworten durchsuchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Past check-ins</source>
        <translation>Frühere Check-ins</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>Verbundenheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliance</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alignment</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Answers that match the search</source>
        <translation>Antworten, die zur Suche passen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+317"/>
        <source>No check-ins yet</source>
        <translation>Noch keine Check-ins</translation>
    </message>
    <message>
        <location line="-315"/>
        <location line="+317"/>
        <source>Once a week, ten minutes: look at the week&apos;s facts, answer a few questions, rate the week and decide what to adjust.</source>
        <translation>Einmal pro Woche, zehn Minuten: Schau dir die Fakten der Woche an, beantworte ein paar Fragen, bewerte die Woche und entscheide, was du anpassen möchtest.</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>The chosen check-in</source>
        <translation>Der gewählte Check-in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open check-in</source>
        <translation>Check-in ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the chosen check-in</source>
        <translation>Den gewählten Check-in öffnen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>These questions are asked in every check-in, in this order. A retired question is no longer asked; its old answers stay readable.</source>
        <translation>Diese Fragen werden in jedem Check-in in dieser Reihenfolge gestellt. Eine zurückgezogene Frage wird nicht mehr gestellt; ihre alten Antworten bleiben lesbar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check-in questions</source>
        <translation>Check-in-Fragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retire</source>
        <translation>&amp;Zurückziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the question up</source>
        <translation>Die Frage nach oben schieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the question down</source>
        <translation>Die Frage nach unten schieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire the question</source>
        <translation>Die Frage zurückziehen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A question of your own…</source>
        <translation>Eine eigene Frage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New question</source>
        <translation>Neue Frage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add question</source>
        <translation>Frage &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the question</source>
        <translation>Die Frage hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problem with the question</source>
        <translation>Problem mit der Frage</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Continue this week&apos;s check-in</source>
        <translation>Check-in dieser Woche fort&amp;setzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open this week&apos;s check-in</source>
        <translation>Check-in dieser &amp;Woche öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ca&amp;tch up on week %1 (%2)</source>
        <translation>Woche %1 (%2) na&amp;chholen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Catch up on the check-in of %1</source>
        <translation>Check-in für %1 nachholen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No streak yet: complete a check-in each week to start one.</source>
        <translation>Noch keine Serie: Schließ jede Woche einen Check-in ab, um eine zu beginnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 week in a row with a completed check-in.</source>
        <translation>1 Woche in Folge mit abgeschlossenem Check-in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 weeks in a row with a completed check-in.</source>
        <translation>%1 Wochen in Folge mit abgeschlossenem Check-in.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Week %1 of %2 · %3</source>
        <translation>Woche %1 von %2 · %3</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Reopen to &amp;edit answers</source>
        <translation>Wieder öffnen, um Antworten zu &amp;bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue chec&amp;k-in</source>
        <translation>Check-in fortse&amp;tzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Completed on %1.</source>
        <translation>Abgeschlossen am %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection quality</source>
        <translation>Qualität der Verbindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliance on AI</source>
        <translation>Abhängigkeit von KI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alignment with the vision</source>
        <translation>Übereinstimmung mit der Vision</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(a deleted question)</source>
        <translation>(eine gelöschte Frage)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (retired question)</source>
        <translation>%1 (zurückgezogene Frage)</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Week %1 of %2</source>
        <translation>Woche %1 von %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing matches</source>
        <translation>Nichts passt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer contains “%1”.</source>
        <translation>Keine Antwort enthält „%1“.</translation>
    </message>
</context>
<context>
    <name>CircleDialog</name>
    <message>
        <location filename="../../src/vision_journal/ui/dialogs/circle_dialog.py" line="+61"/>
        <source>Edit circle</source>
        <translation>Kreis bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New circle</source>
        <translation>Neuer Kreis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A circle is a group of people you relate to in the same way, like Family.</source>
        <translation>Ein Kreis ist eine Gruppe von Menschen, zu denen du eine ähnliche Beziehung hast, zum Beispiel Familie.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Family</source>
        <translation>z. B. Familie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sphere</source>
        <translation>Lebensbereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;phere:</source>
        <translation>&amp;Lebensbereich:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No reminder</source>
        <translation>Keine Erinnerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay in touch every N days</source>
        <translation>Alle N Tage in Kontakt bleiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How often you want to be in touch with this circle; 0 for no reminder.</source>
        <translation>Wie oft du mit diesem Kreis in Kontakt sein möchtest; 0 für keine Erinnerung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stay in &amp;touch:</source>
        <translation>In &amp;Kontakt bleiben:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;rotected circle</source>
        <translation>Ge&amp;schützter Kreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protected circle</source>
        <translation>Geschützter Kreis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For circles where human authorship matters most: messages written with AI help count double in your balance.</source>
        <translation>Für Kreise, bei denen es besonders darauf ankommt, dass du selbst schreibst: Nachrichten mit KI-Hilfe zählen in deiner Balance doppelt.</translation>
    </message>
</context>
<context>
    <name>CircleTableModel</name>
    <message>
        <location filename="../../src/vision_journal/ui/pages/circles_page.py" line="+108"/>
        <source>Circle</source>
        <extracomment>What the page shows: circles and tools, and the uses and connections that keep one in use.</extracomment>
        <translation>Kreis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sphere</source>
        <translation>Lebensbereich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stay in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+34"/>
        <source>Protected</source>
        <translation>Geschützt</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every %1 days</source>
        <translation>alle %1 Tage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A circle where human authorship matters most.</source>
        <translation>Ein Kreis, bei dem es besonders darauf ankommt, dass du selbst schreibst.</translation>
    </message>
</context>
<context>
    <name>CirclesPage</name>
    <message>
        <location line="+96"/>
        <source>Circles and AI tools</source>
        <translation>Kreise und KI-Werkzeuge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add &amp;starter set</source>
        <translation>&amp;Startpaket hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add the starter circles and AI tools</source>
        <translation>Die Start-Kreise und -KI-Werkzeuge hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Circles are the people your goals and boundaries are about; AI tools are what you log your use of. Both appear when you log AI use or a connection.</source>
        <translation>Kreise sind die Menschen, um die es in deinen Zielen und Grenzen geht; KI-Werkzeuge sind das, dessen Nutzung du einträgst. Beide erscheinen, wenn du KI-Nutzung oder eine Begegnung einträgst.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+9"/>
        <source>Circles</source>
        <translation>Kreise</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Protected circles are those where human authorship matters most; AI-mediated messages to them weigh double in your balance.</source>
        <translation>Geschützte Kreise sind die, bei denen es am meisten darauf ankommt, dass du selbst schreibst; KI-vermittelte Nachrichten an sie zählen in deiner Balance doppelt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No circles yet</source>
        <translation>Noch keine Kreise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A circle is a group of people you relate to in the same way — Partner, Family, Colleagues. Goals, rules and your balance are counted per circle.</source>
        <translation>Ein Kreis ist eine Gruppe von Menschen, zu denen du eine ähnliche Beziehung hast – Partner, Familie, Kollegen. Ziele, Regeln und deine Balance werden pro Kreis gezählt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>New &amp;circle…</source>
        <translation>Neuer &amp;Kreis…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New circle</source>
        <translation>Neuer Kreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit circle</source>
        <translation>Kreis bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>Lösc&amp;hen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete circle</source>
        <translation>Kreis löschen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>AI tools</source>
        <translation>KI-Werkzeuge</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Keep a note of what each provider does with what you type: how long it is kept, whether it trains models, and where it goes.</source>
        <translation>Halte fest, was jeder Anbieter mit dem macht, was du eintippst: wie lange es aufbewahrt wird, ob damit Modelle trainiert werden und wohin es geht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No AI tools yet</source>
        <translation>Noch keine KI-Werkzeuge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the AI tools you use — chat assistants, writing helpers, companions — so you can log each use in a few keystrokes.</source>
        <translation>Füge die KI-Werkzeuge hinzu, die du nutzt – Chat-Assistenten, Schreibhilfen, Begleiter –, damit du jede Nutzung mit ein paar Tastendrücken eintragen kannst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+23"/>
        <source>New &amp;tool…</source>
        <translation>Neues &amp;Werkzeug…</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Privacy notes of the selected tool</source>
        <translation>Datenschutznotizen des gewählten Werkzeugs</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New AI tool</source>
        <translation>Neues KI-Werkzeug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit AI tool</source>
        <translation>KI-Werkzeug bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete t&amp;ool</source>
        <translation>Werkzeug l&amp;öschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete AI tool</source>
        <translation>KI-Werkzeug löschen</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Adds the starter circles and AI tools you do not have yet: %1 circles and %2 tools with privacy notes. You can edit or delete each one afterwards.</source>
        <translation>Fügt die Start-Kreise und -KI-Werkzeuge hinzu, die dir noch fehlen: %1 Kreise und %2 Werkzeuge mit Datenschutznotizen. Du kannst jedes davon danach bearbeiten oder löschen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a tool to read its privacy notes.</source>
        <translation>Wähle ein Werkzeug, um seine Datenschutznotizen zu lesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training on your data</source>
        <translation>Training mit deinen Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where data goes</source>
        <translation>Wohin die Daten gehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not noted yet.</source>
        <translation>Noch nichts notiert.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+25"/>
        <source>“%1” cannot be deleted: %2</source>
        <translation>„%1“ kann nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../src/vision_journal/ui/dialogs/connection_dialog.py" line="+57"/>
        <source>Edit connection</source>
        <extracomment>Minute presets for a moment with someone (any other number goes in the box beside them). How many circles get a chip; all of them are under &quot;More&quot;.</extracomment>
        <translation>Begegnung bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log a human connection</source>
        <translation>Menschliche Begegnung eintragen</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+2"/>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Who:</source>
        <translation>&amp;Wer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>How you connected</source>
        <translation>Wie ihr in Kontakt wart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;How:</source>
        <translation>W&amp;ie:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minuten:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mo&amp;re</source>
        <translation>&amp;Mehr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More details</source>
        <translation>Weitere Angaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details (optional)</source>
        <translation>Details (freiwillig)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All c&amp;ircles:</source>
        <translation>Alle K&amp;reise:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All &amp;ways:</source>
        <translation>Alle &amp;Arten:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wh&amp;en:</source>
        <translation>Wa&amp;nn:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;nded:</source>
        <translation>&amp;Endete:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give an end time instead of minutes</source>
        <translation>Eine Endzeit statt Minuten angeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended at</source>
        <translation>Endete um</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quality %1 of 5</source>
        <translation>Qualität %1 von 5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quality:</source>
        <translation>&amp;Qualität:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Add a circle first (Circles &amp; tools), then log who you met.</source>
        <translation>Leg zuerst einen Kreis an (Kreise &amp; Werkzeuge) und trag dann ein, wen du getroffen hast.</translation>
    </message>
</context>
<context>
    <name>ConnectionTableModel</name>
    <message>
        <location filename="../../src/vision_journal/ui/models/connection_table_model.py" line="+20"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 of 5</source>
        <translation>%1 von 5</translation>
    </message>
</context>
<context>
    <name>CurfewForm</name>
    <message>
        <location filename="../../src/vision_journal/ui/dialogs/rule_forms.py" line="+53"/>
        <source>&amp;Add window</source>
        <extracomment>A window row was added or removed (the dialog fits its height and tab order).</extracomment>
        <translation>Zeitfenster h&amp;inzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a time window</source>
        <translation>Ein Zeitfenster hinzufügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A window that ends before it starts runs past midnight into the next day.</source>
        <translation>Ein Zeitfenster, das vor seinem Beginn endet, reicht über Mitternacht in den nächsten Tag.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No AI:</source>
        <translation>Keine KI:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Week&amp;days</source>
        <translation>Wo&amp;chentage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose Monday to Friday</source>
        <translation>Montag bis Freitag wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekend&amp;s</source>
        <translation>Wochen&amp;ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose Saturday and Sunday</source>
        <translation>Samstag und Sonntag wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Every day</source>
        <translation>&amp;Jeden Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose every day</source>
        <translation>Jeden Tag wählen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On:</source>
        <translation>An:</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/vision_journal/ui/pages/dashboard_page.py" line="+127"/>
        <source>Dashboard</source>
        <extracomment>Below this content width the cards stack in one column. What the dashboard shows: everything but drafts of unsaved text. It declares no days: a week&apos;s index depends on the days before it, so a use written on any day may move it. What each section was last built from (see `_is_new`). The journal&apos;s change count read with `_data` (see `snapshot`).</extracomment>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log AI use</source>
        <translation>KI-Nutzung eintragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log connection</source>
        <translation>Begegnung eintragen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open the Inbox</source>
        <translation>Den Eingang öffnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Needs your attention</source>
        <translation>Braucht deine Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AI minutes this week</source>
        <translation>KI-Minuten in dieser Woche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Balance over 12 weeks</source>
        <translation>Balance über 12 Wochen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Written by you, last 7 days</source>
        <translation>Von dir geschrieben, letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stay in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weekly check-in</source>
        <translation>Wochenrückblick</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the check-in</source>
        <translation>Check-in starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the weekly check-in</source>
        <translation>Den Wochenrückblick starten</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Welcome to your journal</source>
        <translation>Willkommen in deinem Journal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your balance builds from what you log. Start with today: log the last time you used an AI tool, and a moment with someone without AI in between.</source>
        <translation>Deine Balance entsteht aus dem, was du einträgst. Fang mit heute an: Trag ein, wann du zuletzt ein KI-Werkzeug genutzt hast, und einen Moment mit jemandem ohne KI dazwischen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Log an AI use</source>
        <translation>Eine KI-Nutzung eintragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tool, what it was for and how long: a few keystrokes.</source>
        <translation>Das Werkzeug, wofür und wie lange: ein paar Tastendrücke.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+26"/>
        <location line="+1"/>
        <source>Log a connection</source>
        <translation>Eine Begegnung eintragen</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>A call, a coffee, a message you wrote yourself.</source>
        <translation>Ein Anruf, ein Kaffee, eine Nachricht, die du selbst geschrieben hast.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Come back tomorrow</source>
        <translation>Komm morgen wieder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After %1 days with entries your balance index appears here, with an explanation of every number.</source>
        <translation>Nach %1 Tagen mit Einträgen erscheint hier dein Balance-Index, mit einer Erklärung zu jeder Zahl.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>Log your first AI use</source>
        <translation>Deine erste KI-Nutzung eintragen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Balance this week</source>
        <translation>Balance diese Woche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Balance index</source>
        <translation>Balance-Index</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Balance level</source>
        <translation>Balance-Stufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change since last week</source>
        <translation>Veränderung seit letzter Woche</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why? Show how the index is made</source>
        <translation>Warum? Zeigen, wie der Index entsteht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Colours of the index&apos;s parts</source>
        <translation>Farben der Teile des Index</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How the index is made</source>
        <translation>Wie der Index entsteht</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>AI sessions found on this computer wait in the Inbox: %1. They count once you confirm them. Review…</source>
        <translation>Auf diesem Computer gefundene KI-Sitzungen warten im Eingang: %1. Sie zählen, sobald Sie sie bestätigen. Ansehen…</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>No index yet — nothing to compare with</source>
        <translation>Noch kein Index – nichts zum Vergleichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a daily time budget, or log messages and time with people, and the index appears.</source>
        <translation>Lege ein tägliches Zeitbudget an oder trag Nachrichten und Zeit mit Menschen ein, dann erscheint der Index.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Day %1 of %2 toward your balance index</source>
        <translation>Tag %1 von %2 bis zu deinem Balance-Index</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The index appears after %n day(s) with entries. Log your AI use and your time with people each day.</source>
        <translation>
            <numerusform>Der Index erscheint nach %n Tag mit Einträgen. Erfasse jeden Tag deine KI-Nutzung und deine Zeit mit Menschen.</numerusform>
            <numerusform>Der Index erscheint nach %n Tagen mit Einträgen. Erfasse jeden Tag deine KI-Nutzung und deine Zeit mit Menschen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of 100</source>
        <translation>%1 von 100</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out of 100. Balanced from %1, Watch from %2.</source>
        <translation>Von 100. Ausgewogen ab %1, Im Blick ab %2.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: %2 % × %3 % of the index = %4 points</source>
        <translation>%1: %2 % × %3 % des Index = %4 Punkte</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (left out)</source>
        <translation>%1 (nicht berücksichtigt)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Balanced</source>
        <translation>Ausgewogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch</source>
        <translation>Im Blick</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over-reliant</source>
        <translation>Zu abhängig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Component</source>
        <translation>Bestandteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>left out</source>
        <translation>nicht berücksichtigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2 % of the index)</source>
        <translation>%1 (%2 % des Index)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Index: %1 points in all, rounded to %2.</source>
        <translation>Index: insgesamt %1 Punkte, gerundet auf %2.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open rule</source>
        <translation>Regel öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open rule %1</source>
        <translation>Regel %1 öffnen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 minutes so far. Add a daily time budget to see a line to stay under.</source>
        <translation>Bisher %1 Minuten. Lege ein tägliches Zeitbudget an, um eine Linie zu sehen, unter der du bleiben möchtest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 minutes so far; the dashed line is your daily budget of %2.</source>
        <translation>Bisher %1 Minuten; die gestrichelte Linie ist dein Tagesbudget von %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weeks with enough data will show here.</source>
        <translation>Wochen mit genug Daten erscheinen hier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shaded bands: Balanced above, Over-reliant below. Gaps are weeks without enough data.</source>
        <translation>Schattierte Bereiche: oben Ausgewogen, unten Zu abhängig. Lücken sind Wochen ohne genug Daten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 of %2 by you</source>
        <translation>%1 von %2 von dir</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Everyone is within the rhythm you set.</source>
        <translation>Alle sind in dem Rhythmus, den du dir vorgenommen hast.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a circle a “stay in touch” rhythm to be reminded here.</source>
        <translation>Gib einem Kreis einen „In Kontakt bleiben“-Rhythmus, um hier erinnert zu werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: no contact logged in over %2 days, you aimed for every %3</source>
        <translation>%1: seit über %2 Tagen kein Kontakt eingetragen, du wolltest alle %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: no contact logged in the %2 days since you added it, you aimed for every %3</source>
        <translation>%1: in den %2 Tagen, seit du ihn angelegt hast, kein Kontakt eingetragen, du wolltest alle %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: last contact %2 days ago, you aimed for every %3</source>
        <translation>%1: letzter Kontakt vor %2 Tagen, du wolltest alle %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No active goals yet.</source>
        <translation>Noch keine aktiven Ziele.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no measure set</source>
        <translation>kein Maß festgelegt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kept</source>
        <translation>eingehalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>met</source>
        <translation>erreicht</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>kept %1 of %n week(s)</source>
        <translation>
            <numerusform>%1 von %n Woche eingehalten</numerusform>
            <numerusform>%1 von %n Wochen eingehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>met %1 of %n week(s)</source>
        <translation>
            <numerusform>%1 von %n Woche erreicht</numerusform>
            <numerusform>%1 von %n Wochen erreicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>kept %1 of %n month(s)</source>
        <translation>
            <numerusform>%1 von %n Monat eingehalten</numerusform>
            <numerusform>%1 von %n Monaten eingehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>met %1 of %n month(s)</source>
        <translation>
            <numerusform>%1 von %n Monat erreicht</numerusform>
            <numerusform>%1 von %n Monaten erreicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>kept %1 of %n day(s)</source>
        <translation>
            <numerusform>%1 von %n Tag eingehalten</numerusform>
            <numerusform>%1 von %n Tagen eingehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>met %1 of %n day(s)</source>
        <translation>
            <numerusform>%1 von %n Tag erreicht</numerusform>
            <numerusform>%1 von %n Tagen erreicht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Once a week, a ten-minute check-in looks back at the week&apos;s facts and helps you adjust. No completed check-ins yet.</source>
        <translation>Einmal pro Woche blickt ein zehnminütiger Check-in auf die Fakten der Woche zurück und hilft dir beim Anpassen. Noch keine abgeschlossenen Check-ins.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n week(s) in a row with a completed check-in.</source>
        <translation>
            <numerusform>%n Woche in Folge mit abgeschlossenem Check-in.</numerusform>
            <numerusform>%n Wochen in Folge mit abgeschlossenem Check-in.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last week has no check-in yet. %1</source>
        <translation>Für letzte Woche gibt es noch keinen Check-in. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check in on the week of %1</source>
        <translation>Check-in für die Woche vom %1</translation>
    </message>
</context>
<context>
    <name>DisclosureForm</name>
    <message>
        <location filename="../../src/vision_journal/ui/dialogs/rule_forms.py" line="+122"/>
        <source>Messages to this circle</source>
        <translation>Nachrichten an diesen Kreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Circle:</source>
        <translation>&amp;Kreis:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every message to this circle that AI drafted, edited, translated or sent is one you tell the recipient about.</source>
        <translation>Bei jeder Nachricht an diesen Kreis, die KI entworfen, bearbeitet, übersetzt oder verschickt hat, sagst du es der Person, die sie bekommt.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../src/vision_journal/ui/pages/export_page.py" line="+181"/>
        <source>Export and import</source>
        <extracomment>(key, file suffix, file-dialog filter) of each export format.</extracomment>
        <translation>Export und Import</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+200"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vision summary — PDF</source>
        <translation>Visions-Zusammenfassung – PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vision summary — Markdown</source>
        <translation>Visions-Zusammenfassung – Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vision summary — HTML</source>
        <translation>Visions-Zusammenfassung – HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All data — JSON</source>
        <translation>Alle Daten – JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Charter only: commitments to share, no private logs or reasons</source>
        <translation>Nur die &amp;Charta: Verpflichtungen zum Teilen, keine privaten Einträge oder Gründe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export result</source>
        <translation>Ergebnis des Exports</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+295"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>Reads only times and counts from a ChatGPT or Claude data export or an ActivityWatch export — never the text of a message — or this journal&apos;s own JSON data. You see a preview before anything is written; importing the same file again adds nothing.</source>
        <translation>Liest nur Zeiten und Anzahlen aus einem Datenexport von ChatGPT oder Claude oder einem ActivityWatch-Export – nie den Text einer Nachricht – oder die eigenen JSON-Daten dieses Journals. Bevor etwas geschrieben wird, siehst du eine Vorschau; dieselbe Datei erneut zu importieren fügt nichts hinzu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import source</source>
        <translation>Importquelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ChatGPT export</source>
        <translation>ChatGPT-Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claude export</source>
        <translation>Claude-Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ActivityWatch export</source>
        <translation>ActivityWatch-Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vision Journal data (JSON)</source>
        <translation>Vision-Journal-Daten (JSON)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file chosen</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import preview</source>
        <translation>Importvorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rejected rows</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+321"/>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="-323"/>
        <location line="+323"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location line="-316"/>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import result</source>
        <translation>Ergebnis des Imports</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The period starts after it ends.</source>
        <translation>Der Zeitraum beginnt nach seinem Ende.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Choose an export to import</source>
        <translation>Wähle einen Export zum Importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exports (*.json *.zip);;All files (*)</source>
        <translation>Exporte (*.json *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+9"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ready: %1 new sessions. Nothing has been written yet.</source>
        <translation>Bereit: %1 neue Sitzungen. Noch wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+26"/>
        <source>Nothing new to import in this file.</source>
        <translation>In dieser Datei gibt es nichts Neues zu importieren.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The file is damaged; only the part before the damage was read.</source>
        <translation>Die Datei ist beschädigt; nur der Teil vor der beschädigten Stelle wurde gelesen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ready to restore everything into this empty journal.</source>
        <translation>Bereit, alles in dieses leere Journal wiederherzustellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records to add: %1. Nothing has been written yet.</source>
        <translation>Hinzuzufügende Einträge: %1. Noch wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Circles</source>
        <translation>Kreise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI tools</source>
        <translation>KI-Werkzeuge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vision versions</source>
        <translation>Versionen der Vision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boundary rules</source>
        <translation>Grenzregeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI uses</source>
        <translation>KI-Nutzungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections</source>
        <translation>Begegnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breach notes</source>
        <translation>Begründungen bei Regelbruch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in questions</source>
        <translation>Check-in-Fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found sessions (Inbox)</source>
        <translation>Gefundene Sitzungen (Eingang)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore everything</source>
        <translation>Alles wiederherstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 new</source>
        <translation>%1 neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already in the journal</source>
        <translation>%1 schon im Journal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conflicts (the journal keeps its own)</source>
        <translation>Konflikte (das Journal behält seine Fassung)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Differs in</source>
        <translation>Unterschiedlich in</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events in the file</source>
        <translation>Ereignisse in der Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversations in the file</source>
        <translation>Unterhaltungen in der Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sessions found</source>
        <translation>Gefundene Sitzungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in the journal (skipped)</source>
        <translation>Schon im Journal (übersprungen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To add</source>
        <translation>Hinzuzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sessions, %2 minutes</source>
        <translation>%1 Sitzungen, %2 Minuten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tools to create</source>
        <translation>Neu anzulegende Werkzeuge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped on purpose</source>
        <translation>Bewusst übersprungen</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+13"/>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported %1 records.</source>
        <translation>%1 Einträge importiert.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Stopped. Nothing was written.</source>
        <translation>Angehalten. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported %1 sessions (%2 minutes).</source>
        <translation>%1 Sitzungen importiert (%2 Minuten).</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n session(s) of the file joined sessions found on this computer that wait in the Inbox.</source>
        <translation>
            <numerusform>%n Sitzung der Datei kam zu einer auf diesem Computer gefundenen Sitzung, die im Eingang wartet.</numerusform>
            <numerusform>%n Sitzungen der Datei kamen zu auf diesem Computer gefundenen Sitzungen, die im Eingang warten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactsPage</name>
    <message>
        <location filename="../../src/vision_journal/ui/dialogs/checkin_wizard.py" line="-629"/>
        <location line="+5"/>
        <source>The week&apos;s facts</source>
        <translation>Die Fakten der Woche</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>These facts were kept when the check-in was completed (%1).</source>
        <translation>Diese Fakten wurden beim Abschluss des Check-ins festgehalten (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The week so far, up to %1. The facts are kept when you finish.</source>
        <translation>Die bisherige Woche, bis %1. Die Fakten werden festgehalten, wenn du abschließt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>AI time: %1 in %2 sessions.</source>
        <translation>KI-Zeit: %1 in %2 Sitzungen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>AI time by purpose</source>
        <translation>KI-Zeit nach Zweck</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <location line="+101"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+13"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+9"/>
        <source>AI time by circle</source>
        <translation>KI-Zeit nach Kreis</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>No circle</source>
        <translation>Kein Kreis</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+51"/>
        <location line="+50"/>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used this week</source>
        <translation>Diese Woche genutzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days over</source>
        <translation>Tage darüber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budgets this week</source>
        <translation>Budgets diese Woche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Messages to people</source>
        <translation>Nachrichten an Menschen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 messages were AI-mediated; you disclosed %3 of them.</source>
        <translation>%1 von %2 Nachrichten waren KI-vermittelt; %3 davon hast du offengelegt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI-mediated</source>
        <translation>KI-vermittelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosed</source>
        <translation>Offengelegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Messages per circle</source>
        <translation>Nachrichten pro Kreis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No messages to people were logged this week.</source>
        <translation>Diese Woche wurden keine Nachrichten an Menschen eingetragen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boundaries</source>
        <translation>Grenzen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rule-day(s) went past a boundary.</source>
        <translation>
            <numerusform>An %n Regeltag wurde eine Grenze überschritten.</numerusform>
            <numerusform>An %n Regeltagen wurde eine Grenze überschritten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Ausmaß</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your reason</source>
        <translation>Dein Grund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boundaries broken this week</source>
        <translation>Diese Woche überschrittene Grenzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every boundary was kept this week.</source>
        <translation>Diese Woche wurde jede Grenze eingehalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time with people</source>
        <translation>Zeit mit Menschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 with people in %2 moments without AI.</source>
        <translation>%1 mit Menschen in %2 Momenten ohne KI.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Moments</source>
        <translation>Momente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connections per circle</source>
        <translation>Begegnungen pro Kreis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress this week</source>
        <translation>Fortschritt diese Woche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goal progress this week</source>
        <translation>Zielfortschritt diese Woche</translation>
    </message>
</context>
<context>
    <name>FrictionPanel</name>
    <message>
        <location filename="../../src/vision_journal/ui/widgets/friction_panel.py" line="+24"/>
        <source>&lt;b&gt;This crosses a firm line you drew.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Das überschreitet eine feste Grenze, die du gezogen hast.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is allowed. Write a short reason for your breach log, or go back and change the use.</source>
        <translation>Das ist erlaubt. Schreib eine kurze Begründung für dein Protokoll oder geh zurück und ändere die Nutzung.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why this time?</source>
        <translation>Warum dieses Mal?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason for breaking %1</source>
        <translation>Grund für das Überschreiten von %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Write a short reason for each rule, or go back.</source>
        <translation>Schreib für jede Regel eine kurze Begründung oder geh zurück.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 min over the budget</source>
        <translation>%1 Min. über dem Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min inside the curfew</source>
        <translation>%1 Min. in der Sperrzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 message(s) today</source>
        <translation>%1 Nachricht(en) heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 use(s) today</source>
        <translation>%1 Nutzung(en) heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 points above the share</source>
        <translation>%1 Punkte über dem Anteil</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../src/vision_journal/ui/dialogs/goal_dialog.py" line="+91"/>
        <source>Edit goal</source>
        <translation>Ziel bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New goal</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A goal says what you want more of — or less of — and why. Only the title is needed; a measure lets you log progress against a target.</source>
        <translation>Ein Ziel sagt, wovon du mehr – oder weniger – möchtest und warum. Nur der Titel ist nötig; mit einem Maß kannst du Fortschritt gegenüber einem Zielwert eintragen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Write to Grandma myself every week</source>
        <translation>z. B. Jede Woche selbst an Oma schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sphere</source>
        <translation>Lebensbereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;phere:</source>
        <translation>&amp;Lebensbereich:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Circle:</source>
        <translation>&amp;Kreis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of goal</source>
        <translation>Art des Ziels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Measure:</source>
        <translation>&amp;Maß:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure this goal</source>
        <translation>Dieses Ziel messen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target value</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to count</source>
        <translation>Was gezählt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period counted over</source>
        <translation>Zeitraum, über den gezählt wird</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Where progress comes from</source>
        <translation>Woher der Fortschritt kommt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress I enter by hand</source>
        <translation>Fortschritt, den ich selbst eintrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The AI use I log</source>
        <translation>Die KI-Nutzung, die ich erfasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connections I log</source>
        <translation>Die Begegnungen, die ich erfasse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted &amp;from:</source>
        <translation>Ge&amp;zählt aus:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the AI use of this tool</source>
        <translation>Nur die KI-Nutzung dieses Werkzeugs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the AI use for this purpose</source>
        <translation>Nur die KI-Nutzung für diesen Zweck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any purpose</source>
        <translation>Jeder Zweck</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>AI too&amp;l, purpose:</source>
        <translation>KI-Werkzeug, Zwe&amp;ck:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Target &amp;date:</source>
        <translation>Ziel&amp;datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a target date</source>
        <translation>Ein Zieldatum angeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Why this goal matters</source>
        <translation>Warum dieses Ziel wichtig ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What will be better for you and the people involved?</source>
        <translation>Was wird für dich und die Beteiligten besser?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Why:</source>
        <translation>&amp;Warum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;atus:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No particular circle</source>
        <translation>Kein bestimmter Kreis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any tool</source>
        <translation>Jedes Werkzeug</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>This goal was deleted in the meantime.</source>
        <translation>Dieses Ziel wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>at most</source>
        <translation>höchstens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>at least</source>
        <translation>mindestens</translation>
    </message>
</context>
<context>
    <name>GoalProgress</name>
    <message>
        <location filename="../../src/vision_journal/ui/goal_progress_text.py" line="+44"/>
        <source>%1 of %2 min today</source>
        <translation>%1 von %2 Min. heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 min this week</source>
        <translation>%1 von %2 Min. diese Woche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 min this month</source>
        <translation>%1 von %2 Min. diesen Monat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 today</source>
        <translation>%1 von %2 heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 this week</source>
        <translation>%1 von %2 diese Woche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 this month</source>
        <translation>%1 von %2 diesen Monat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, over the limit</source>
        <translation>%1, über der Grenze</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No day decided yet this week</source>
        <translation>Diese Woche ist noch kein Tag entschieden</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n day(s) kept this week</source>
        <translation>
            <numerusform>%1 von %n Tag diese Woche eingehalten</numerusform>
            <numerusform>%1 von %n Tagen diese Woche eingehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 of %n day(s) met this week</source>
        <translation>
            <numerusform>%1 von %n Tag diese Woche erreicht</numerusform>
            <numerusform>%1 von %n Tagen diese Woche erreicht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalTableModel</name>
    <message>
        <location filename="../../src/vision_journal/ui/models/goal_model.py" line="+41"/>
        <source>Goal</source>
        <extracomment>The role that holds a cell&apos;s raw sort key (str or int).</extracomment>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sphere</source>
        <translation>Lebensbereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../src/vision_journal/ui/pages/goals_page.py" line="+122"/>
        <location line="+10"/>
        <source>Goals</source>
        <extracomment>The width the sentence of an empty state wraps at. What the page shows: goals and their progress, the circles they name, and the uses and connections a measured goal counts.</extracomment>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No goals yet</source>
        <translation>Noch keine Ziele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goals turn your vision into something you can see happen: more calls you make yourself, or at most so many minutes of AI a day. Give each one a why, and log progress as you go.</source>
        <translation>Ziele machen deine Vision sichtbar: mehr Anrufe, die du selbst machst, oder höchstens so viele Minuten KI am Tag. Gib jedem Ziel ein Warum und trag Fortschritt ein, wenn er passiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+19"/>
        <location line="+37"/>
        <source>&amp;New goal…</source>
        <translation>&amp;Neues Ziel…</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>No goals match</source>
        <translation>Keine passenden Ziele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No goal has this sphere, circle and status. Choose other filters.</source>
        <translation>Kein Ziel hat diesen Lebensbereich, Kreis und Status. Wähle andere Filter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all &amp;goals</source>
        <translation>Alle &amp;Ziele zeigen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Number of goals shown</source>
        <translation>Anzahl der gezeigten Ziele</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New goal (%1)</source>
        <translation>Neues Ziel (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Filter by sphere</source>
        <translation>Nach Lebensbereich filtern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All spheres</source>
        <translation>Alle Lebensbereiche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by circle</source>
        <translation>Nach Kreis filtern</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+175"/>
        <source>All circles</source>
        <translation>Alle Kreise</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;phere:</source>
        <translation>&amp;Lebensbereich:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ircle:</source>
        <translation>K&amp;reis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New goal</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Goal title</source>
        <translation>Titel des Ziels</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sphere and circle</source>
        <translation>Lebensbereich und Kreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sphere:</source>
        <translation>Lebensbereich:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Maß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure:</source>
        <translation>Maß:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target date:</source>
        <translation>Zieldatum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the goal&apos;s status</source>
        <translation>Status des Ziels ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit goal</source>
        <translation>Ziel bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete goal</source>
        <translation>Ziel lö&amp;schen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete goal</source>
        <translation>Ziel löschen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Progress this period</source>
        <translation>Fortschritt in diesem Zeitraum</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Days kept this week</source>
        <translation>Diese Woche eingehaltene Tage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Progress summary</source>
        <translation>Zusammenfassung des Fortschritts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress entries</source>
        <translation>Fortschrittseinträge</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Add progress…</source>
        <translation>Fortschritt &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add progress</source>
        <translation>Fortschritt hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove entry</source>
        <translation>Eintrag &amp;entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected progress entry</source>
        <translation>Den gewählten Fortschrittseintrag entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a goal to see its details and progress.</source>
        <translation>Wähle ein Ziel, um seine Details und seinen Fortschritt zu sehen.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not written yet — Edit to add why.</source>
        <translation>Noch nicht aufgeschrieben – über „Bearbeiten“ kannst du ein Warum ergänzen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No measure</source>
        <translation>Kein Maß</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 times</source>
        <translation>%1-mal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most %1 %2</source>
        <translation>Höchstens %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least %1 %2</source>
        <translation>Mindestens %1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counted from the AI use you log (uses marked as not counting are left out); the dashboard shows how often it was kept.</source>
        <translation>Gezählt aus der KI-Nutzung, die du erfasst (als nicht zählend markierte bleiben außen vor); die Übersicht zeigt, wie oft das Ziel eingehalten wurde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Counted from the connections you log; the dashboard shows how often it was met.</source>
        <translation>Gezählt aus den Begegnungen, die du erfasst; die Übersicht zeigt, wie oft das Ziel erreicht wurde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing logged yet. Add progress when something moves.</source>
        <translation>Noch nichts eingetragen. Trag Fortschritt ein, wenn sich etwas bewegt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 entry, total %2, last on %3.</source>
        <translation>1 Eintrag, insgesamt %2, zuletzt am %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 entries, total %2, last on %3.</source>
        <translation>%1 Einträge, insgesamt %2, zuletzt am %3.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>1 goal</source>
        <translation>1 Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 goals</source>
        <translation>%1 Ziele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 goals shown</source>
        <translation>%1 von %2 Zielen gezeigt</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../src/vision_journal/ui/pages/inbox_page.py" line="+135"/>
        <source>When</source>
        <extracomment>How many rows the columns are sized from. The purposes in the order of their keys: 1 … 9, then 0. What the page shows: the sessions found and where from, with the tools and circles their labels name, and the uses a confirmed one became. What a sync (off the window&apos;s thread, outside the operations) writes. The start the person gave instead of the one found (None: as found).</extracomment>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found by</source>
        <translation>Gefunden von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sphere</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Choose (keys 1–0)</source>
        <translation>Wählen (Tasten 1–0)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (suggested)</source>
        <translation>%1 (vorgeschlagen)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Found by %1</source>
        <translation>Gefunden von %1</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location line="+64"/>
        <source>Inbox</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for AI use now</source>
        <translation>Jetzt nach KI-Nutzung suchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>AI use found on this computer waits here. Nothing counts until you confirm it. Arrow keys move, 1–0 choose a purpose, Enter confirms, Delete dismisses.</source>
        <translation>Auf diesem Computer gefundene KI-Nutzung wartet hier. Nichts zählt, bevor Sie es bestätigen. Pfeiltasten bewegen, 1–0 wählen einen Zweck, Eingabe bestätigt, Entf verwirft.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Capture status</source>
        <translation>Zustand der Suche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing waits</source>
        <translation>Nichts wartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When ActivityWatch or a browser history you turned on in Settings shows time in a known AI tool, it waits here for you to confirm.</source>
        <translation>Wenn ActivityWatch oder ein Browserverlauf, den Sie in den Einstellungen eingeschaltet haben, Zeit in einem bekannten KI-Werkzeug zeigt, wartet sie hier auf Ihre Bestätigung.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Found sessions</source>
        <translation>Gefundene Sitzungen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Confirm as</source>
        <translation>Bestätigen als</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a purpose</source>
        <translation>Einen Zweck wählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sphere</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sp&amp;here:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Circle:</source>
        <translation>&amp;Kreis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediation</source>
        <translation>Vermittlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mediation:</source>
        <translation>&amp;Vermittlung:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;tart:</source>
        <translation>Be&amp;ginn:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mi&amp;nutes:</source>
        <translation>Mi&amp;nuten:</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+151"/>
        <source>&amp;Confirm</source>
        <translation>Bes&amp;tätigen</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Confirm the selected sessions</source>
        <translation>Die gewählten Sitzungen bestätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the selected sessions</source>
        <translation>Die gewählten Sitzungen verwerfen</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>&amp;Go back</source>
        <translation>Zu&amp;rück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back without confirming; the sessions keep waiting</source>
        <translation>Zurück, ohne zu bestätigen; die Sitzungen warten weiter</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Inbox status</source>
        <translation>Zustand des Eingangs</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>No circle</source>
        <translation>Kein Kreis</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Suggested from your earlier uses of %1 around this time of day (%2).</source>
        <translation>Vorgeschlagen aus Ihren früheren Nutzungen von %1 um diese Tageszeit (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No earlier use of %1 at this time of day to suggest from.</source>
        <translation>Keine frühere Nutzung von %1 um diese Tageszeit, aus der etwas vorzuschlagen wäre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Confirm with reason</source>
        <translation>Mit Begründung bes&amp;tätigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Confirm %1</source>
        <translation>%1 bes&amp;tätigen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Choose a purpose first (keys 1–0): nothing is guessed for you.</source>
        <translation>Wählen Sie zuerst einen Zweck (Tasten 1–0): Es wird nichts für Sie geraten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Correct the marked field first.</source>
        <translation>Korrigieren Sie zuerst das markierte Feld.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Confirmed: %1.</source>
        <translation>Bestätigt: %1.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Nothing confirmed: the sessions still wait.</source>
        <translation>Nichts bestätigt: Die Sitzungen warten weiter.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dismissed: %1.</source>
        <translation>Verworfen: %1.</translation>
    </message>
</context>
<context>
    <name>IndexBar</name>
    <message>
        <location filename="../../src/vision_journal/ui/widgets/index_bar.py" line="+66"/>
        <source>What makes up the balance index</source>
        <translation>Woraus sich der Balance-Index zusammensetzt</translation>
    </message>
</context>
<context>
    <name>KnownToolsDialog</name>
    <message>
        <location filename="../../src/vision_journal/ui/widgets/capture_settings.py" line="+25"/>
        <location line="+12"/>
        <source>Known AI tools</source>
        <translation>Bekannte KI-Werkzeuge</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Apps match their whole name; a domain matches itself and its subdomains. Untick a tool to stop finding it. Apps and sites in no row are never counted.</source>
        <translation>Apps passen mit ihrem ganzen Namen; eine Domain passt zu sich selbst und ihren Subdomains. Entfernen Sie den Haken, um ein Werkzeug nicht mehr zu finden. Apps und Seiten, die in keiner Zeile stehen, zählen nie.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Journal tool</source>
        <translation>Werkzeug im Journal</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+34"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add a tool</source>
        <translation>Werkzeug &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem with the list</source>
        <translation>Problem mit der Liste</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/vision_journal/ui/main_window.py" line="+163"/>
        <source>Sections</source>
        <extracomment>A page of the window. Set to 1 to quit as soon as the window is shown with its dashboard (start-up benchmark). The tables the Inbox&apos;s waiting count is read from. How often the window looks for writes of other processes (milliseconds). The first-frame benchmark&apos;s (`ui/start.py`): without a current snapshot the whole window is the first frame, and it quits the same way. How long after the dashboard last changed its snapshot is kept for the next start (milliseconds): a burst of changes keeps one, and logging a use never waits for it. A backup to restore once the window has closed (the journal must be closed first). The last message shown in the tray (what the person last read there). Sections whose page is built on first use: stand-in → how to build the page. The pages built so far, by the name of the method that built them. The sections&apos; names, in sidebar order (the sidebar hides them when folded).</extracomment>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+374"/>
        <source>Inbox</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <location line="-370"/>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI use</source>
        <translation>KI-Nutzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boundaries</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circles &amp; tools</source>
        <translation>Kreise &amp; Werkzeuge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp; import</source>
        <translation>Export &amp; Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Everything stays on this computer.</source>
        <translation>Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log AI use…</source>
        <translation>KI-Nutzung &amp;eintragen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log &amp;connection…</source>
        <translation>Begegnung ein&amp;tragen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find AI use</source>
        <translation>KI-Nutzung &amp;finden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Guided setup…</source>
        <translation>&amp;Geführte Einrichtung…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+89"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+91"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>&amp;Delete selected</source>
        <translation>Auswahl &amp;löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Vision Journal</source>
        <translation>Ü&amp;ber Vision Journal</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Saved. This use went past your nudge %1.</source>
        <translation>Gespeichert. Diese Nutzung ging über deinen Hinweis %1 hinaus.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot undo</source>
        <translation>Rückgängig nicht möglich</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Replace your journal with the backup “%1”? Your journal as it is now is backed up first, so this can be reversed. The window closes and opens again, and what you did until now can no longer be undone with Ctrl+Z.</source>
        <translation>Ihr Journal durch die Sicherung „%1“ ersetzen? Ihr Journal, wie es jetzt ist, wird vorher gesichert, das lässt sich also umkehren. Das Fenster schließt sich und öffnet sich wieder, und was Sie bis jetzt getan haben, lässt sich nicht mehr mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Today&apos;s backup failed (%1). Your journal is unchanged.</source>
        <translation>Die heutige Sicherung ist fehlgeschlagen (%1). Ihr Journal ist unverändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restored the backup “%1”. What you did before it can no longer be undone.</source>
        <translation>Die Sicherung „%1“ ist wiederhergestellt. Was Sie davor getan haben, lässt sich nicht mehr rückgängig machen.</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Inbox (%1)</source>
        <translation>Eingang (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Found AI sessions waiting in the Inbox: %1</source>
        <translation>Gefundene KI-Sitzungen im Eingang: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Looking for AI use…</source>
        <translation>Suche nach KI-Nutzung…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No source is turned on: choose them in Settings.</source>
        <translation>Keine Quelle ist eingeschaltet: Wählen Sie sie in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: new sessions found: %2</source>
        <translation>%1: neu gefundene Sitzungen: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Looking for AI use failed: %1</source>
        <translation>Die Suche nach KI-Nutzung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Time for your weekly check-in: ten quiet minutes to look back and adjust.</source>
        <translation>Zeit für deinen Wochenrückblick: zehn ruhige Minuten, um zurückzuschauen und anzupassen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The check-in reminder comes back %1.</source>
        <translation>Die Erinnerung an den Wochenrückblick kommt wieder am %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>About Vision Journal</source>
        <translation>Über Vision Journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Vision Journal %1&lt;/h3&gt;&lt;p&gt;A private journal for using AI in ways that strengthen your relationships instead of replacing them.&lt;/p&gt;&lt;p&gt;Your journal stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vision Journal %1&lt;/h3&gt;&lt;p&gt;Ein privates Journal, um KI so zu nutzen, dass sie deine Beziehungen stärkt, statt sie zu ersetzen.&lt;/p&gt;&lt;p&gt;Dein Journal bleibt auf diesem Computer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MediationShareForm</name>
    <message>
        <location filename="../../src/vision_journal/ui/dialogs/rule_forms.py" line="+57"/>
        <source>Messages to this circle</source>
        <translation>Nachrichten an diesen Kreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Circle:</source>
        <translation>&amp;Kreis:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest share of AI-mediated messages</source>
        <translation>Größter Anteil KI-vermittelter Nachrichten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>of messages mediated by AI, over any 7 days</source>
        <translation>der Nachrichten durch KI vermittelt, über beliebige 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;At most:</source>
        <translation>Hö&amp;chstens:</translation>
    </message>
</context>
<context>
    <name>NoMediationForm</name>
    <message>
        <location line="-113"/>
        <source>Messages to this circle</source>
        <translation>Nachrichten an diesen Kreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Circle:</source>
        <translation>&amp;Kreis:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No messages:</source>
        <translation>Keine Nachrichten:</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../src/vision_journal/ui/dialogs/goal_dialog.py" line="+21"/>
        <source>Add progress</source>
        <translation>Fortschritt hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Progress on “%1”</source>
        <translation>Fortschritt bei „%1“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> times</source>
        <translation>-mal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This goal was deleted in the meantime.</source>
        <translation>Dieses Ziel wurde inzwischen gelöscht.</translation>
    </message>
</context>
<context>
    <name>ProgressTableModel</name>
    <message>
        <location filename="../../src/vision_journal/ui/models/goal_model.py" line="+124"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>PromptsPage</name>
    <message>
        <location filename="../../src/vision_journal/ui/dialogs/checkin_wizard.py" line="+12"/>
        <source>Looking back</source>
        <translation>Zurückblicken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write as much or as little as you like. Nothing is required.</source>
        <translation>Schreib so viel oder so wenig, wie du magst. Nichts ist Pflicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
</context>
<context>
    <name>ProtectionDialog</name>
    <message>
        <location filename="../../src/vision_journal/ui/dialogs/unlock_dialog.py" line="+91"/>
        <source>How should your journal be protected?</source>
        <translation>Wie soll dein Journal geschützt werden?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keyring opens your journal without a prompt whenever you are logged in, but anyone using your unlocked account can read it. A passphrase is asked for at every start and protects the journal even then, but if you forget it nobody can recover the journal.</source>
        <translation>Der Schlüsselbund des Systems öffnet dein Journal ohne Nachfrage, solange du angemeldet bist – aber wer dein entsperrtes Konto benutzt, kann es lesen. Eine Passphrase wird bei jedem Start abgefragt und schützt das Journal auch dann; wenn du sie vergisst, kann aber niemand das Journal wiederherstellen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep the key in the system keyring</source>
        <translation>Den Schlüssel im Schlüsselbund des Systems aufbewahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect it with a passphrase</source>
        <translation>Mit einer Passphrase schützen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No secure keyring was found on this system.</source>
        <translation>Auf diesem System wurde kein sicherer Schlüsselbund gefunden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat the passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Wähle eine Passphrase mit mindestens %n Zeichen.</numerusform>
            <numerusform>Wähle eine Passphrase mit mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen sind verschieden.</translation>
    </message>
</context>
<context>
    <name>PurposeLimitForm</name>
    <message>
        <location filename="../../src/vision_journal/ui/dialogs/rule_forms.py" line="+65"/>
        <source>No AI for this purpose</source>
        <translation>Keine KI für diesen Zweck</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpos&amp;e:</source>
        <translation>Zw&amp;eck:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only involving this circle</source>
        <translation>Nur mit Bezug auf diesen Kreis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any circle</source>
        <translation>Jeder Kreis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Circle:</source>
        <translation>&amp;Kreis:</translation>
    </message>
</context>
<context>
    <name>RatingsChart</name>
    <message>
        <location filename="../../src/vision_journal/ui/pages/checkins_page.py" line="-565"/>
        <source>Connection quality</source>
        <extracomment>How many of the latest check-ins the ratings chart shows. Line colours of the three ratings, chosen to read on light and dark backgrounds. What the page shows: check-ins, their answers and adjustments, the questions, and the weeks (the settings say when one starts; uses and connections, when the journal did).</extracomment>
        <translation>Qualität der Verbindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliance on AI</source>
        <translation>Abhängigkeit von KI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alignment with the vision</source>
        <translation>Übereinstimmung mit der Vision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ratings over time</source>
        <translation>Bewertungen im Lauf der Zeit</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+68"/>
        <source>No completed check-ins yet.</source>
        <translation>Noch keine abgeschlossenen Check-ins.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>%1 from %2 to %3</source>
        <translation>%1 von %2 bis %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 check-ins from %2 to %3: %4.</source>
        <translation>%1 Check-ins von %2 bis %3: %4.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>RatingsPage</name>
    <message>
        <location filename="../../src/vision_journal/ui/dialogs/checkin_wizard.py" line="+34"/>
        <source>Three ratings</source>
        <translation>Drei Bewertungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From 1 to 5, how did this week feel?</source>
        <translation>Wie hat sich diese Woche angefühlt, von 1 bis 5?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quality of your connections with people</source>
        <translation>Qualität deiner Verbindungen zu Menschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>distant</source>
        <translation>fern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>close</source>
        <translation>nah</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How much you relied on AI</source>
        <translation>Wie sehr du dich auf KI verlassen hast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hardly</source>
        <translation>kaum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heavily</source>
        <translation>stark</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How well your AI use matched your vision</source>
        <translation>Wie gut deine KI-Nutzung zu deiner Vision gepasst hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not at all</source>
        <translation>gar nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fully</source>
        <translation>ganz</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../src/vision_journal/ui/dialogs/record_dialog.py" line="+124"/>
        <source>This was deleted in the meantime; cancel and add it again.</source>
        <extracomment>The record as saved, once Save succeeded.</extracomment>
        <translation>Das wurde inzwischen gelöscht; brich ab und füge es neu hinzu.</translation>
    </message>
</context>
<context>
    <name>RuleCard</name>
    <message>
        <location filename="../../src/vision_journal/ui/widgets/rule_card.py" line="+136"/>
        <source>%1 · %2</source>
        <extracomment>The side of one day&apos;s mark, in pixels.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The last 7 days</source>
        <translation>Die letzten 7 Tage</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Kept</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Knapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken</source>
        <translation>Gebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 min today</source>
        <translation>%1 von %2 Min. heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 min this week</source>
        <translation>%1 von %2 Min. diese Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 min in the last 7 days</source>
        <translation>%1 von %2 Min. in den letzten 7 Tagen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No messages in the last 7 days</source>
        <translation>Keine Nachrichten in den letzten 7 Tagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 % of messages AI-mediated in 7 days (at most %2 %)</source>
        <translation>%1 % der Nachrichten in 7 Tagen durch KI vermittelt (höchstens %2 %)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing against it today</source>
        <translation>Heute nichts dagegen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n min in the curfew today</source>
        <translation>
            <numerusform>%n Min. in der Sperrzeit heute</numerusform>
            <numerusform>%n Min. in der Sperrzeit heute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) today</source>
        <translation>
            <numerusform>%n Nachricht heute</numerusform>
            <numerusform>%n Nachrichten heute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n use(s) today</source>
        <translation>
            <numerusform>%n Nutzung heute</numerusform>
            <numerusform>%n Nutzungen heute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n min over the budget</source>
        <translation>
            <numerusform>%n Min. über dem Budget</numerusform>
            <numerusform>%n Min. über dem Budget</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min in the curfew</source>
        <translation>
            <numerusform>%n Min. in der Sperrzeit</numerusform>
            <numerusform>%n Min. in der Sperrzeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n point(s) above the limit</source>
        <translation>
            <numerusform>%n Punkt über der Grenze</numerusform>
            <numerusform>%n Punkte über der Grenze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n use(s)</source>
        <translation>
            <numerusform>%n Nutzung</numerusform>
            <numerusform>%n Nutzungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: kept</source>
        <translation>%1: eingehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: broken, %2</source>
        <translation>%1: gebrochen, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no entries</source>
        <translation>%1: keine Einträge</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../../src/vision_journal/ui/dialogs/rule_forms.py" line="-491"/>
        <source>AI &amp;drafted</source>
        <translation>Von KI &amp;entworfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI &amp;edited</source>
        <translation>Von KI &amp;bearbeitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI &amp;translated</source>
        <translation>Von KI ü&amp;bersetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI replied for &amp;me</source>
        <translation>KI hat für &amp;mich geantwortet</translation>
    </message>
    <message>
        <location filename="../../src/vision_journal/ui/dialogs/rule_dialog.py" line="+74"/>
        <source>Edit rule</source>
        <translation>Regel bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kind of rule</source>
        <translation>Art der Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the rule</source>
        <translation>Name der Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short name you will recognise</source>
        <translation>Ein kurzer Name, den du wiedererkennst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings of the rule</source>
        <translation>Einstellungen der Regel</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>N&amp;udge</source>
        <extracomment>One form per kind of rule (`rule_forms.py`); the kind chooses which one shows.</extracomment>
        <translation>&amp;Hinweis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity: nudge</source>
        <translation>Stärke: Hinweis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Firm line</source>
        <translation>&amp;Feste Grenze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity: firm line</source>
        <translation>Stärke: feste Grenze</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Severity:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why this rule matters to you</source>
        <translation>Warum dir diese Regel wichtig ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why this rule matters to you: you will read it when you are tempted.</source>
        <translation>Warum dir diese Regel wichtig ist: Du liest es, wenn du in Versuchung bist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Why:</source>
        <translation>&amp;Warum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acti&amp;ve: check my use against this rule</source>
        <translation>Akti&amp;v: meine Nutzung mit dieser Regel abgleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule is active</source>
        <translation>Regel ist aktiv</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview of the rule</source>
        <translation>Vorschau der Regel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The rule reads:</source>
        <translation>Die Regel lautet:</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>A firm line asks you for a short reason each time you break it.</source>
        <translation>Eine feste Grenze bittet dich jedes Mal, wenn du sie überschreitest, um eine kurze Begründung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A nudge only informs you; it never asks for anything.</source>
        <translation>Ein Hinweis informiert dich nur; er verlangt nie etwas.</translation>
    </message>
</context>
<context>
    <name>RuleForm</name>
    <message>
        <location filename="../../src/vision_journal/ui/dialogs/rule_forms.py" line="+129"/>
        <source>No circles yet</source>
        <extracomment>Anything in the form changed (the dialog updates its preview). The captions of the rows, so the dialog can give every form one caption width.</extracomment>
        <translation>Noch keine Kreise</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a deleted circle</source>
        <translation>ein gelöschter Kreis</translation>
    </message>
</context>
<context>
    <name>RuleModel</name>
    <message>
        <location filename="../../src/vision_journal/ui/models/rule_model.py" line="+43"/>
        <source>Rule</source>
        <extracomment>The role that holds a row&apos;s rule id.</extracomment>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+83"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 of %2 min</source>
        <translation>%1 von %2 Min.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Over · %1</source>
        <translation>Darüber · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Near the limit · %1</source>
        <translation>Nah am Limit · %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Within · %1</source>
        <translation>Im Rahmen · %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No messages in 7 days</source>
        <translation>Keine Nachrichten in 7 Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Over · %1 of messages</source>
        <translation>Darüber · %1 der Nachrichten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Within · %1 of messages</source>
        <translation>Im Rahmen · %1 der Nachrichten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept today</source>
        <translation>Heute eingehalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min in curfew</source>
        <translation>%1 Min. in der Sperrzeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 use</source>
        <translation>1 Nutzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 uses</source>
        <translation>%1 Nutzungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Broken today · %1</source>
        <translation>Heute überschritten · %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/vision_journal/ui/pages/settings_page.py" line="+80"/>
        <source>Settings</source>
        <extracomment>What the page shows: the settings.</extracomment>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Days and weeks</source>
        <translation>Tage und Wochen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weeks start on</source>
        <translation>Wochen beginnen am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monday (ISO weeks)</source>
        <translation>Montag (ISO-Wochen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>&amp;Weeks start on:</source>
        <translation>&amp;Wochen beginnen am:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>:00</source>
        <translation>:00 Uhr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A day starts at</source>
        <translation>Ein Tag beginnt um</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use after midnight and before this hour counts to the day before.</source>
        <translation>Nutzung nach Mitternacht und vor dieser Stunde zählt zum Vortag.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A &amp;day starts at:</source>
        <translation>Ein &amp;Tag beginnt um:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Weekly check-in reminder</source>
        <translation>Erinnerung an den Wochenrückblick</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminder weekday</source>
        <translation>Wochentag der Erinnerung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remind me on:</source>
        <translation>&amp;Erinnere mich am:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance index</source>
        <translation>Balance-Index</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The index runs from 0 to 100. Choose where Balanced and Watch begin, and how much each part counts. Weights are shares: they need not add up to 1.</source>
        <translation>Der Index reicht von 0 bis 100. Wähle, wo Ausgewogen und Im Blick beginnen und wie stark jeder Teil zählt. Gewichte sind Anteile: Sie müssen nicht 1 ergeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Balanced from</source>
        <translation>Ausgewogen ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch from</source>
        <translation>Im Blick ab</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Balanced from:</source>
        <translation>&amp;Ausgewogen ab:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>W&amp;atch from:</source>
        <translation>Im B&amp;lick ab:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budget adherence</source>
        <translation>Budgettreue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Human authorship</source>
        <translation>Selbst geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boundary keeping</source>
        <translation>Grenzen eingehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection balance</source>
        <translation>Begegnungsbalance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-rating</source>
        <translation>Selbsteinschätzung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Weight of %1</source>
        <translation>Gewicht von %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Weights:</source>
        <translation>Gewichte:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where your journal lives</source>
        <translation>Wo dein Journal liegt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Journal folder</source>
        <translation>Journal-Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the journal folder</source>
        <translation>Den Journal-Ordner öffnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Settings status</source>
        <translation>Status der Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the saved settings again</source>
        <translation>Die gespeicherten Einstellungen wieder anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save settings</source>
        <translation>Einstellungen &amp;speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Protection and backups</source>
        <translation>Schutz und Sicherungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the journal is protected</source>
        <translation>Wie das Journal geschützt ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;protection or passphrase…</source>
        <translation>Schutz oder &amp;Passphrase ändern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change protection or passphrase</source>
        <translation>Schutz oder Passphrase ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last backup</source>
        <translation>Letzte Sicherung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up now</source>
        <translation>Jetzt s&amp;ichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;tore a backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+66"/>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Your journal is encrypted; its key is kept in the system keyring.</source>
        <translation>Dein Journal ist verschlüsselt; sein Schlüssel liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your journal is encrypted and opens with your passphrase.</source>
        <translation>Dein Journal ist verschlüsselt und öffnet sich mit deiner Passphrase.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No backup yet.</source>
        <translation>Noch keine Sicherung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last backup: %1. Backups are encrypted like the journal.</source>
        <translation>Letzte Sicherung: %1. Sicherungen sind wie das Journal verschlüsselt.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Protection not changed</source>
        <translation>Schutz nicht geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protection changed.</source>
        <translation>Schutz geändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No backup made</source>
        <translation>Keine Sicherung erstellt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup made.</source>
        <translation>Sicherung erstellt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Journal backups (*.vjbackup)</source>
        <translation>Journal-Sicherungen (*.vjbackup)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Not saved: see the messages above.</source>
        <translation>Nicht gespeichert: Sieh dir die Hinweise oben an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../src/vision_journal/ui/setup_wizard.py" line="+68"/>
        <location line="+24"/>
        <source>Welcome to Vision Journal</source>
        <extracomment>True when the person chose to look around a journal of sample data first.</extracomment>
        <translation>Willkommen bei Vision Journal</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>&amp;Skip the rest</source>
        <translation>&amp;Rest überspringen</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Journal folder</source>
        <translation>Journal-Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+252"/>
        <source>Choose the journal folder</source>
        <translation>Den Journal-Ordner wählen</translation>
    </message>
    <message>
        <location line="-298"/>
        <source>A private journal for using AI in ways that strengthen your relationships.</source>
        <translation>Ein privates Journal, um KI so zu nutzen, dass sie deine Beziehungen stärkt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;What it does.&lt;/b&gt; You write down how AI should fit into your personal and working life, log the times you use it and the time you spend with people, and set boundaries. A balance index shows, without judgement, when you lean on AI more than you meant to; a weekly check-in helps you adjust.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What stays private.&lt;/b&gt; Everything. The journal is one encrypted file on this computer; it has no account, sends nothing anywhere and has no AI inside. You decide what goes into a charter you share.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Was es tut.&lt;/b&gt; Du schreibst auf, wie KI in dein privates und berufliches Leben passen soll, hältst fest, wann du sie nutzt und wie viel Zeit du mit Menschen verbringst, und setzt Grenzen. Ein Balance-Index zeigt ohne Urteil, wenn du dich mehr auf KI stützt als gewollt; ein wöchentlicher Check-in hilft beim Nachjustieren.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Was privat bleibt.&lt;/b&gt; Alles. Das Journal ist eine verschlüsselte Datei auf diesem Computer; es hat kein Konto, sendet nichts und enthält keine KI. Du entscheidest, was in eine Charta kommt, die du teilst.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Set up my journal</source>
        <translation>Mein Journal &amp;einrichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Explore with sample data</source>
        <translation>Mit &amp;Beispieldaten erkunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A throwaway journal with a year of sample entries; nothing is kept.</source>
        <translation>Ein Wegwerf-Journal mit einem Jahr Beispieleinträgen; nichts wird behalten.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Your journal &amp;folder (a synced or external drive works too):</source>
        <translation>Dein Journal-&amp;Ordner (auch ein synchronisiertes oder externes Laufwerk geht):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 · Purpose</source>
        <translation>1 · Zweck</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why bring AI into your relationships at all? Tick what fits, then say it in your own words.</source>
        <translation>Warum überhaupt KI in deine Beziehungen bringen? Kreuz an, was passt, und sag es dann in deinen eigenen Worten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Purpose: %1</source>
        <translation>Zweck: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Purpose statement</source>
        <translation>Zweck in eigenen Worten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. AI helps me find words and keep in touch; it never speaks for me.</source>
        <translation>z. B. KI hilft mir, Worte zu finden und in Kontakt zu bleiben; sie spricht nie für mich.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>2 · Personal vision</source>
        <translation>2 · Persönliche Vision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 · Professional vision</source>
        <translation>3 · Berufliche Vision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner, family and friends: what matters, and where you want to be.</source>
        <translation>Partner, Familie und Freunde: Was dir wichtig ist und wo du hinmöchtest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colleagues, clients and community: what matters, and where you want to be.</source>
        <translation>Kollegen, Kunden und Gemeinschaft: Was dir wichtig ist und wo du hinmöchtest.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Values, e.g. presence, honesty, patience</source>
        <translation>Werte, z. B. Präsenz, Ehrlichkeit, Geduld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Values, e.g. candour, reliability, credit where it is due</source>
        <translation>Werte, z. B. Offenheit, Verlässlichkeit, Anerkennung, wo sie verdient ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Long-term horizon</source>
        <translation>Langfristiger Horizont</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>In a few years, I want…</source>
        <translation>In ein paar Jahren möchte ich…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>4 · Ethical framework</source>
        <translation>4 · Ethischer Rahmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One commitment each. They apply to both parts of your life; you can make them differ later on the Vision page.</source>
        <translation>Je eine Verpflichtung. Sie gelten für beide Bereiche deines Lebens; auf der Seite „Vision“ kannst du sie später unterschiedlich machen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Privacy commitment</source>
        <translation>Verpflichtung zum Datenschutz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. No names or private chats in prompts</source>
        <translation>z. B. Keine Namen oder privaten Chats in Prompts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data security commitment</source>
        <translation>Verpflichtung zur Datensicherheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Only tools that do not train on what I write</source>
        <translation>z. B. Nur Werkzeuge, die nicht mit meinen Texten trainieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bias commitment</source>
        <translation>Verpflichtung zum Umgang mit Voreingenommenheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. I check advice about people against my own judgement</source>
        <translation>z. B. Ich prüfe Ratschläge über Menschen mit meinem eigenen Urteil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data security</source>
        <translation>Datensicherheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bias</source>
        <translation>Voreingenommenheit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>5 · Communication plan</source>
        <translation>5 · Kommunikationsplan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who should know how you use AI? What will you share, what might worry them, and what is your answer? Leave rows empty to skip.</source>
        <translation>Wer sollte wissen, wie du KI nutzt? Was wirst du teilen, was könnte sie beunruhigen, und was ist deine Antwort? Lass Zeilen leer, um sie zu überspringen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In your personal life</source>
        <translation>In deinem privaten Leben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At work</source>
        <translation>Bei der Arbeit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to share</source>
        <translation>Was du teilst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their concerns</source>
        <translation>Ihre Bedenken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answer</source>
        <translation>Deine Antwort</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>6 · Circles, tools and boundaries</source>
        <translation>6 · Kreise, Werkzeuge und Grenzen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&lt;b&gt;Suggested boundaries&lt;/b&gt; — tick the ones you want; a nudge only informs, a firm line asks for a reason when you cross it.</source>
        <translation>&lt;b&gt;Vorgeschlagene Grenzen&lt;/b&gt; — hake an, was du möchtest; ein Hinweis informiert nur, eine feste Grenze fragt nach einem Grund, wenn du sie überschreitest.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Circles group the people in your life; tools are the AI you use. Untick what does not fit; you can change everything later.</source>
        <translation>Kreise ordnen die Menschen in deinem Leben; Werkzeuge sind die KI, die du nutzt. Nimm die Haken weg, wo etwas nicht passt; du kannst später alles ändern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Circles&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kreise&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;AI tools&lt;/b&gt;</source>
        <translation>&lt;b&gt;KI-Werkzeuge&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (protected)</source>
        <translation> (geschützt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add circle %1</source>
        <translation>Kreis %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add tool %1</source>
        <translation>Werkzeug %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>At most 45 minutes of AI a day — nudge</source>
        <translation>Höchstens 45 Minuten KI am Tag – Hinweis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No AI from 21:00 to 07:00 — nudge</source>
        <translation>Keine KI von 21:00 bis 07:00 – Hinweis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No AI-drafted messages or replies to your closest protected circle — firm line</source>
        <translation>Keine KI-entworfenen Nachrichten oder Antworten an deinen engsten geschützten Kreis – feste Grenze</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AI help in messages to work circles is always disclosed — nudge</source>
        <translation>KI-Hilfe bei Nachrichten an berufliche Kreise wird immer offengelegt – Hinweis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No AI for emotional support: comfort comes from people — nudge</source>
        <translation>Keine KI für emotionalen Beistand: Trost kommt von Menschen – Hinweis</translation>
    </message>
</context>
<context>
    <name>Sparkline</name>
    <message>
        <location filename="../../src/vision_journal/ui/widgets/charts.py" line="+24"/>
        <source>Balance index over the last 12 weeks</source>
        <translation>Balance-Index der letzten 12 Wochen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No week has enough data yet.</source>
        <translation>Noch keine Woche hat genug Daten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 weeks have an index.</source>
        <translation>%1 von %2 Wochen haben einen Index.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lowest %1, highest %2, latest %3.</source>
        <translation>Niedrigster %1, höchster %2, neuester %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It was %1 in the week of %2.</source>
        <translation>In der Woche vom %2 lag er bei %1.</translation>
    </message>
</context>
<context>
    <name>SphereForm</name>
    <message>
        <location filename="../../src/vision_journal/ui/pages/vision_page.py" line="+87"/>
        <source>Purpose: why bring AI into your relationships at all?</source>
        <extracomment>What the page shows: the vision&apos;s revisions.</extracomment>
        <translation>Zweck: Warum überhaupt KI in deine Beziehungen bringen?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Purpose: %1</source>
        <translation>Zweck: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Purpose statement</source>
        <translation>Zweck in eigenen Worten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In your own words: what should AI do for you here, and what not?</source>
        <translation>In deinen eigenen Worten: Was soll KI hier für dich tun, und was nicht?</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>What matters most in these relationships?</source>
        <translation>Was ist dir in diesen Beziehungen am wichtigsten?</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Long-term horizon</source>
        <translation>Langfristiger Horizont</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Where do you want your relationships to be in a few years?</source>
        <translation>Wo sollen deine Beziehungen in ein paar Jahren stehen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ethical framework</source>
        <translation>Ethischer Rahmen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commitment</source>
        <translation>Verpflichtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. No names or private chats in prompts</source>
        <translation>z. B. Keine Namen oder privaten Chats in Prompts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data security</source>
        <translation>Datensicherheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Only tools that do not train on my data</source>
        <translation>z. B. Nur Werkzeuge, die nicht mit meinen Daten trainieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bias</source>
        <translation>Voreingenommenheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Check advice about people against my own view</source>
        <translation>z. B. Ratschläge über Menschen mit meiner eigenen Sicht abgleichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 commitment</source>
        <translation>Verpflichtung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 note</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Communication plan</source>
        <translation>Kommunikationsplan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who should know about how you use AI, what you will share, their concerns and your answers.</source>
        <translation>Wer über deine KI-Nutzung Bescheid wissen sollte, was du teilst, ihre Bedenken und deine Antworten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stakeholders</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to share</source>
        <translation>Was du teilst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their concerns</source>
        <translation>Ihre Bedenken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answers</source>
        <translation>Deine Antworten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a stakeholder</source>
        <translation>Eine beteiligte Person hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected stakeholder</source>
        <translation>Die gewählte beteiligte Person entfernen</translation>
    </message>
</context>
<context>
    <name>ToolDialog</name>
    <message>
        <location filename="../../src/vision_journal/ui/dialogs/circle_dialog.py" line="+55"/>
        <source>Edit AI tool</source>
        <translation>KI-Werkzeug bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New AI tool</source>
        <translation>Neues KI-Werkzeug</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. ChatGPT</source>
        <translation>z. B. ChatGPT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of tool</source>
        <translation>Art des Werkzeugs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Privacy notes</source>
        <translation>Datenschutznotizen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the provider does with what you type. Your own words are fine; check the provider&apos;s privacy settings now and then.</source>
        <translation>Was der Anbieter mit dem macht, was du eintippst. Deine eigenen Worte genügen; schau ab und zu in die Datenschutzeinstellungen des Anbieters.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How long are chats kept? Can you delete them?</source>
        <translation>Wie lange werden Chats aufbewahrt? Kannst du sie löschen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Retention:</source>
        <translation>A&amp;ufbewahrung:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training on your data</source>
        <translation>Training mit deinen Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is what you type used to train models? Can you opt out?</source>
        <translation>Wird das, was du eintippst, zum Trainieren von Modellen genutzt? Kannst du widersprechen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Training:</source>
        <translation>&amp;Training:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where data goes</source>
        <translation>Wohin die Daten gehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which company, which country, who can read it?</source>
        <translation>Welches Unternehmen, welches Land, wer kann es lesen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Data goes to:</source>
        <translation>&amp;Daten gehen an:</translation>
    </message>
</context>
<context>
    <name>ToolTableModel</name>
    <message>
        <location filename="../../src/vision_journal/ui/pages/circles_page.py" line="-376"/>
        <source>AI tool</source>
        <translation>KI-Werkzeug</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Privacy notes</source>
        <translation>Datenschutznotizen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of 3</source>
        <translation>%1 von 3</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../src/vision_journal/ui/dialogs/unlock_dialog.py" line="-121"/>
        <source>Unlock your journal</source>
        <translation>Dein Journal entsperren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the passphrase that protects your journal.</source>
        <translation>Gib die Passphrase ein, die dein Journal schützt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlock message</source>
        <translation>Meldung zum Entsperren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Please type your passphrase.</source>
        <translation>Bitte gib deine Passphrase ein.</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <location filename="../../src/vision_journal/ui/pages/usage_page.py" line="+57"/>
        <location line="+7"/>
        <source>AI use</source>
        <extracomment>What the page shows: uses and connections, with the names of tools, circles and goals.</extracomment>
        <translation>KI-Nutzung</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>AI use and connections</source>
        <translation>KI-Nutzung und Begegnungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+70"/>
        <source>Human connections</source>
        <translation>Menschliche Begegnungen</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Filter by tool, purpose, circle or note…</source>
        <translation>Nach Werkzeug, Zweck, Kreis oder Notiz filtern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter AI uses</source>
        <translation>KI-Nutzungen filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Log AI use…</source>
        <translation>KI-Nutzung &amp;eintragen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log AI use</source>
        <translation>KI-Nutzung eintragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log AI use (Ctrl+L)</source>
        <translation>KI-Nutzung eintragen (Strg+L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>AI uses</source>
        <translation>KI-Nutzungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+137"/>
        <source>No AI use logged yet</source>
        <translation>Noch keine KI-Nutzung eingetragen</translation>
    </message>
    <message>
        <location line="-135"/>
        <location line="+137"/>
        <source>Each time you use an AI tool, log it here in a few keystrokes: the tool, what it was for and how long. Your balance builds from these.</source>
        <translation>Trag hier jede Nutzung eines KI-Werkzeugs mit ein paar Tastendrücken ein: das Werkzeug, wofür und wie lange. Daraus entsteht deine Balance.</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>&amp;Log your first AI use</source>
        <translation>&amp;Deine erste KI-Nutzung eintragen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Number of AI uses shown</source>
        <translation>Anzahl der gezeigten KI-Nutzungen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Time with people, without AI in between.</source>
        <translation>Zeit mit Menschen, ohne KI dazwischen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;connection…</source>
        <translation>Begegnung ein&amp;tragen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a human connection</source>
        <translation>Menschliche Begegnung eintragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a human connection (Ctrl+Shift+L)</source>
        <translation>Eine menschliche Begegnung eintragen (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No connections logged yet</source>
        <translation>Noch keine Begegnungen eingetragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A call with your sister, dinner with friends, a message you wrote yourself: log the moments without AI, so the balance sees both sides.</source>
        <translation>Ein Anruf bei deiner Schwester, ein Abendessen mit Freunden, eine Nachricht, die du selbst geschrieben hast: Trag die Momente ohne KI ein, damit die Balance beide Seiten sieht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log a &amp;connection</source>
        <translation>Eine &amp;Begegnung eintragen</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Nothing matches</source>
        <translation>Nichts passt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No AI use matches “%1”. Try fewer letters, or clear the filter.</source>
        <translation>Keine KI-Nutzung passt zu „%1“. Versuch es mit weniger Buchstaben oder leere den Filter.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>More than %1 AI uses</source>
        <translation>Mehr als %1 KI-Nutzungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 AI use</source>
        <translation>1 KI-Nutzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 AI uses</source>
        <translation>%1 KI-Nutzungen</translation>
    </message>
</context>
<context>
    <name>UseDialog</name>
    <message>
        <location filename="../../src/vision_journal/ui/dialogs/use_dialog.py" line="+79"/>
        <source>Not noted</source>
        <extracomment>Minute presets of the quick log (any other number goes in the box beside them). How many tools and purposes get a chip; the rest are under &quot;More&quot;. How many of the latest uses decide which tools and purposes come first. The purposes offered first before the journal knows the person&apos;s own. Purposes that usually belong to work, so the sphere can follow them.</extracomment>
        <translation>Nicht notiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>−2 · distanced</source>
        <translation>−2 · entfernter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0 · no change</source>
        <translation>0 · unverändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+2 · closer</source>
        <translation>+2 · näher</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Edit AI use</source>
        <translation>KI-Nutzung bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log AI use</source>
        <translation>KI-Nutzung eintragen</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+1"/>
        <location line="+177"/>
        <source>AI tool</source>
        <extracomment>The reasons typed for the firm rules the use crosses (rule id to text).</extracomment>
        <translation>KI-Werkzeug</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>&amp;New tool…</source>
        <translation>Ne&amp;ues Werkzeug…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a new AI tool</source>
        <translation>Ein neues KI-Werkzeug hinzufügen</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>&amp;Tool:</source>
        <translation>Werkzeu&amp;g:</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+3"/>
        <location line="+167"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location line="-183"/>
        <location line="+84"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+2"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minuten:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;For:</source>
        <translation>&amp;Wofür:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About someone?</source>
        <translation>Geht es um jemanden?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;someone?</source>
        <translation>Um &amp;jemanden?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mo&amp;re</source>
        <translation>&amp;Mehr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More details</source>
        <translation>Weitere Angaben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details (optional)</source>
        <translation>Details (freiwillig)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A&amp;ll tools:</source>
        <translation>A&amp;lle Werkzeuge:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All &amp;purposes:</source>
        <translation>Alle &amp;Zwecke:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started at</source>
        <translation>Begonnen um</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Started:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ended:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give an end time instead of minutes</source>
        <translation>Eine Endzeit statt Minuten angeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended at</source>
        <translation>Endete um</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sphere</source>
        <translation>Lebensbereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;phere:</source>
        <translation>&amp;Lebensbereich:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message help</source>
        <translation>Hilfe bei Nachrichten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message &amp;help:</source>
        <translation>Hilfe bei Nachri&amp;chten:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disclosed to the recipient</source>
        <translation>Der Person, die die Nachricht bekommt, offengelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Disclosed:</source>
        <translation>&amp;Offengelegt:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No plan</source>
        <translation>Kein Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned minutes</source>
        <translation>Geplante Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;lanned:</source>
        <translation>Ge&amp;plant:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How it felt afterwards</source>
        <translation>Wie es sich danach angefühlt hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Felt:</source>
        <translation>&amp;Gefühl:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Counts toward balance</source>
        <translation>Zählt zur Balance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Doesn&apos;t count: an accessibility or reading aid</source>
        <translation>Zählt nicht: eine Hilfe zur Barrierefreiheit oder zum Lesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Doesn&apos;t count: a translation I need</source>
        <translation>Zählt nicht: eine Übersetzung, die ich brauche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Doesn&apos;t count: another reason</source>
        <translation>Zählt nicht: ein anderer Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;alance:</source>
        <translation>B&amp;alance:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Why it doesn&apos;t count</source>
        <translation>Warum sie nicht zählt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Why:</source>
        <translation>&amp;Warum:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Found by</source>
        <translation>Gefunden von</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No one in particular</source>
        <translation>Niemand Bestimmtes</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Found by %1.</source>
        <translation>Gefunden von %1.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Add the AI tool you used first.</source>
        <translation>Füg zuerst das KI-Werkzeug hinzu, das du genutzt hast.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save with reason</source>
        <translation>Mit Begründung speichern</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New AI tool</source>
        <translation>Neues KI-Werkzeug</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the AI tool:</source>
        <translation>Name des KI-Werkzeugs:</translation>
    </message>
</context>
<context>
    <name>UseTableModel</name>
    <message>
        <location filename="../../src/vision_journal/ui/models/use_table_model.py" line="+36"/>
        <source>When</source>
        <extracomment>Matches of a text filter are counted up to this many; beyond, the page says &quot;more than&quot;. The sort key of each column in display order (None: not sortable).</extracomment>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message help</source>
        <translation>Hilfe bei Nachrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Left out of budgets and the balance index. %1</source>
        <translation>Bei Budgets und Balance-Index nicht mitgezählt. %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 · doesn&apos;t count</source>
        <translation>%1 · zählt nicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> · disclosed</source>
        <translation> · offengelegt</translation>
    </message>
</context>
<context>
    <name>VisionPage</name>
    <message>
        <location filename="../../src/vision_journal/ui/pages/vision_page.py" line="+110"/>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show earlier versions</source>
        <translation>Frühere Versionen zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the vision</source>
        <translation>Die Vision speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a new version (Ctrl+S)</source>
        <translation>Eine neue Version speichern (Strg+S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How should AI fit into your relationships? Write it down for each part of your life. Every save keeps a version you can look back on.</source>
        <translation>Wie soll KI in deine Beziehungen passen? Schreib es für jeden Bereich deines Lebens auf. Jedes Speichern behält eine Version, auf die du zurückblicken kannst.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unsaved changes from your last visit were restored.</source>
        <translation>Ungespeicherte Änderungen von deinem letzten Besuch wurden wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard them</source>
        <translation>Ver&amp;werfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the restored changes</source>
        <translation>Die wiederhergestellten Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Spheres</source>
        <translation>Lebensbereiche</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved versions</source>
        <translation>Gespeicherte Versionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved versions of the vision</source>
        <translation>Gespeicherte Versionen der Vision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selected version</source>
        <translation>Die gewählte Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bring this version back</source>
        <translation>Diese Version &amp;zurückholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected version into the form</source>
        <translation>Die gewählte Version ins Formular übernehmen</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+55"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1</source>
        <translation>Gespeichert %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>*Nothing written yet.*</source>
        <translation>*Noch nichts geschrieben.*</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long-term horizon</source>
        <translation>Langfristiger Horizont</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data security</source>
        <translation>Datensicherheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bias</source>
        <translation>Voreingenommenheit</translation>
    </message>
</context>
<context>
    <name>WarningBanner</name>
    <message>
        <location filename="../../src/vision_journal/ui/widgets/banner.py" line="+30"/>
        <source>Warning</source>
        <extracomment>What the banner&apos;s action button does, by the action a warning names. The check-in reminder: start it, or be reminded again tomorrow.</extracomment>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Warning text</source>
        <translation>Text der Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind me tomorrow</source>
        <translation>Morgen erinnern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind me about the check-in tomorrow</source>
        <translation>Morgen an den Wochenrückblick erinnern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dismiss warning</source>
        <translation>Warnung ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open rule</source>
        <translation>Regel öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start check-in</source>
        <translation>Check-in starten</translation>
    </message>
</context>
<context>
    <name>WindowRow</name>
    <message>
        <location filename="../../src/vision_journal/ui/dialogs/rule_forms.py" line="-99"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(ends the next day)</source>
        <translation>(endet am nächsten Tag)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Start of window %1</source>
        <translation>Beginn von Zeitfenster %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of window %1</source>
        <translation>Ende von Zeitfenster %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove window %1</source>
        <translation>Zeitfenster %1 entfernen</translation>
    </message>
</context>
<context>
    <name>WriteFailure</name>
    <message>
        <location filename="../../src/vision_journal/ui/write_failure.py" line="+35"/>
        <source>This step can no longer be taken back or made again: what it changed was changed since, elsewhere. Nothing was changed.</source>
        <translation>Dieser Schritt lässt sich nicht mehr rückgängig machen oder wiederholen: Was er geändert hat, wurde seitdem anderswo geändert. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: what this changes was deleted in the meantime (in another window or by the command line). What you typed is still here.</source>
        <translation>Nicht gespeichert: Was hier geändert wird, wurde inzwischen gelöscht (in einem anderen Fenster oder über die Kommandozeile). Ihre Eingabe ist noch da.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved: the journal is in use by another program: %1. Save again once it has finished; what you typed is still here.</source>
        <translation>Nicht gespeichert: Das Journal wird von einem anderen Programm benutzt: %1. Speichern Sie noch einmal, sobald es fertig ist; Ihre Eingabe ist noch da.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>Not saved: another program is writing to the journal (a backup or the command line). Save again in a moment; what you typed is still here.</source>
        <translation>Nicht gespeichert: Ein anderes Programm schreibt gerade in das Journal (eine Sicherung oder die Kommandozeile). Speichern Sie gleich noch einmal; Ihre Eingabe ist noch da.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: the journal file is damaged. Nothing was changed; Settings can restore a backup. What you typed is still here.</source>
        <translation>Nicht gespeichert: Die Journaldatei ist beschädigt. Nichts wurde geändert; unter Einstellungen lässt sich eine Sicherung wiederherstellen. Ihre Eingabe ist noch da.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: a record this refers to was changed or removed meanwhile. What you typed is still here.</source>
        <translation>Nicht gespeichert: Ein Eintrag, auf den sich dies bezieht, wurde inzwischen geändert oder entfernt. Ihre Eingabe ist noch da.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: the disk is full. Free some space, then save again; what you typed is still here.</source>
        <translation>Nicht gespeichert: Der Datenträger ist voll. Schaffe etwas Platz und speichere erneut; dein Text ist noch da.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: the journal&apos;s folder cannot be written to. What you typed is still here.</source>
        <translation>Nicht gespeichert: In den Ordner des Journals kann nicht geschrieben werden. Dein Text ist noch da.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved: the journal could not be written (%1). What you typed is still here.</source>
        <translation>Nicht gespeichert: Das Journal konnte nicht geschrieben werden (%1). Dein Text ist noch da.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../src/vision_journal/ui/core_text.py" line="+40"/>
        <source>system and tool messages</source>
        <extracomment>The core&apos;s validation messages (core/validation.py, circles.py, checkins.py, settings_store.py) as templates: %1, %2 stand for the numbers or names in the message.</extracomment>
        <translation>System- und Werkzeugnachrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden messages (custom instructions and context the service added)</source>
        <translation>verborgene Nachrichten (eigene Anweisungen und vom Dienst hinzugefügter Kontext)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>earlier versions of edited or regenerated messages</source>
        <translation>frühere Fassungen bearbeiteter oder neu erzeugter Nachrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty conversations</source>
        <translation>leere Unterhaltungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conversations that appear twice in the export</source>
        <translation>Unterhaltungen, die im Export doppelt vorkommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time in other apps and websites</source>
        <translation>Zeit in anderen Apps und Websites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time away from the keyboard</source>
        <translation>Zeit fern der Tastatur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>window switches without time spent</source>
        <translation>Fensterwechsel ohne verbrachte Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other kinds of ActivityWatch data (editors, input)</source>
        <translation>andere Arten von ActivityWatch-Daten (Editoren, Eingaben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a name.</source>
        <translation>Gib einen Namen ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the name under %1 characters.</source>
        <translation>Halte den Namen unter %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This text is %1 characters long; keep it under %2.</source>
        <translation>Dieser Text ist %1 Zeichen lang; halte ihn unter %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This text contains characters that cannot be saved.</source>
        <translation>Dieser Text enthält Zeichen, die nicht gespeichert werden können.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the minutes.</source>
        <translation>Gib die Minuten ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes must be more than 0.</source>
        <translation>Die Minuten müssen mehr als 0 sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is more than 24 hours; split it over several days.</source>
        <translation>Das sind mehr als 24 Stunden; verteile es auf mehrere Tage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a date from 1970 on.</source>
        <translation>Wähle ein Datum ab 1970.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a date at most a year ahead.</source>
        <translation>Wähle ein Datum höchstens ein Jahr im Voraus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter whole minutes from 1 to 1440 (a day), such as 5.</source>
        <translation>Geben Sie ganze Minuten von 1 bis 1440 (ein Tag) ein, etwa 5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This start is still to come; choose a time that has passed.</source>
        <translation>Dieser Beginn liegt noch in der Zukunft; wählen Sie eine vergangene Zeit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With these minutes the session would end after now.</source>
        <translation>Mit diesen Minuten würde die Sitzung erst nach jetzt enden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a tool from the list; this one does not exist.</source>
        <translation>Wähle ein Werkzeug aus der Liste; dieses gibt es nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a circle from the list; this one does not exist.</source>
        <translation>Wähle einen Kreis aus der Liste; diesen gibt es nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a goal from the list; this one does not exist.</source>
        <translation>Wähle ein Ziel aus der Liste; dieses gibt es nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a value from %1 to %2.</source>
        <translation>Wähle einen Wert von %1 bis %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end is before the start.</source>
        <translation>Das Ende liegt vor dem Beginn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose every 1 to 3650 days, or no cadence.</source>
        <translation>Wähle alle 1 bis 3650 Tage oder keinen Rhythmus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The source id is too long.</source>
        <translation>Die Quell-ID ist zu lang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a title.</source>
        <translation>Gib einen Titel ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose both what to count and over which period.</source>
        <translation>Wähle sowohl, was gezählt wird, als auch den Zeitraum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a target for the measure.</source>
        <translation>Gib einen Zielwert für das Maß ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The target cannot be negative.</source>
        <translation>Der Zielwert kann nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress cannot be negative.</source>
        <translation>Fortschritt kann nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A budget needs more than 0 minutes.</source>
        <translation>Ein Budget braucht mehr als 0 Minuten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A budget can be at most 24 hours.</source>
        <translation>Ein Budget kann höchstens 24 Stunden betragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least one time window.</source>
        <translation>Füge mindestens ein Zeitfenster hinzu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A window must end at another time than it starts.</source>
        <translation>Ein Zeitfenster muss zu einer anderen Zeit enden, als es beginnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times must lie within the day.</source>
        <translation>Die Zeiten müssen innerhalb des Tages liegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one weekday.</source>
        <translation>Wähle mindestens einen Wochentag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one kind of AI help.</source>
        <translation>Wähle mindestens eine Art von KI-Hilfe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a share from 0 to 100 %.</source>
        <translation>Wähle einen Anteil von 0 bis 100 %.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That name is already taken.</source>
        <translation>Dieser Name ist schon vergeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This circle is used by %1; keep it.</source>
        <translation>Dieser Kreis wird von %1 verwendet; behalte ihn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI uses are logged with this tool; keep it.</source>
        <translation>Mit diesem Werkzeug sind KI-Nutzungen eingetragen; behalte es.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A budget rule is about this tool; keep it.</source>
        <translation>Eine Budgetregel bezieht sich auf dieses Werkzeug; behalte es.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the question.</source>
        <translation>Schreib die Frage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a rating from 1 to 5.</source>
        <translation>Wähle eine Bewertung von 1 bis 5.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An adjustment is to a goal or a rule.</source>
        <translation>Eine Anpassung betrifft ein Ziel oder eine Regel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An adjustment creates, changes or pauses.</source>
        <translation>Eine Anpassung legt an, ändert oder pausiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an hour from 0 to 12.</source>
        <translation>Wähle eine Stunde von 0 bis 12.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Watch level must lie below Balanced.</source>
        <translation>Die Stufe „Im Blick“ muss unter „Ausgewogen“ liegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights must be 0 or more, and not all 0.</source>
        <translation>Gewichte müssen 0 oder mehr sein und dürfen nicht alle 0 sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a weekday and a time of day.</source>
        <translation>Wähle einen Wochentag und eine Uhrzeit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say why this use does not count.</source>
        <translation>Sag, warum diese Nutzung nicht zählt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connections</source>
        <extracomment>Words the core puts into a message&apos;s list (what still uses a circle).</extracomment>
        <translation>Begegnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI uses</source>
        <translation>KI-Nutzungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goals</source>
        <translation>Zielen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>boundary rules</source>
        <translation>Grenzregeln</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What went well this week?</source>
        <extracomment>The default check-in questions (core/checkins.py), shown translated while unchanged.</extracomment>
        <translation>Was lief diese Woche gut?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where did AI help a relationship?</source>
        <translation>Wo hat KI einer Beziehung geholfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where did AI get in the way?</source>
        <translation>Wo stand KI im Weg?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any concerns?</source>
        <translation>Gibt es Bedenken?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What will you adjust next week?</source>
        <translation>Was passt du nächste Woche an?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import %1 AI-use sessions</source>
        <extracomment>The names of the core&apos;s operations (core/operations/), as the Edit menu shows them.</extracomment>
        <translation>%1 KI-Sitzungen importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import %1 records of data</source>
        <translation>%1 Einträge an Daten importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log AI use</source>
        <translation>KI-Nutzung eintragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm found sessions (%1)</source>
        <translation>Gefundene Sitzungen bestätigen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss found sessions (%1)</source>
        <translation>Gefundene Sitzungen verwerfen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit AI use</source>
        <translation>KI-Nutzung bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete AI use</source>
        <translation>KI-Nutzung löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log connection</source>
        <translation>Begegnung eintragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit connection</source>
        <translation>Begegnung bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete connection</source>
        <translation>Begegnung löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New goal “%1”</source>
        <translation>Neues Ziel „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit goal “%1”</source>
        <translation>Ziel „%1“ bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete goal “%1”</source>
        <translation>Ziel „%1“ löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark “%1” as %2</source>
        <translation>„%1“ als %2 markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add progress to “%1”</source>
        <translation>Fortschritt zu „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove progress from “%1”</source>
        <translation>Fortschritt von „%1“ entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New circle “%1”</source>
        <translation>Neuer Kreis „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit circle “%1”</source>
        <translation>Kreis „%1“ bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete circle “%1”</source>
        <translation>Kreis „%1“ löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New AI tool “%1”</source>
        <translation>Neues KI-Werkzeug „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit AI tool “%1”</source>
        <translation>KI-Werkzeug „%1“ bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete AI tool “%1”</source>
        <translation>KI-Werkzeug „%1“ löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add starter set</source>
        <translation>Startpaket hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit rule</source>
        <translation>Regel bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause rule</source>
        <translation>Regel pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume rule</source>
        <translation>Regel fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete rule</source>
        <translation>Regel löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep a reason</source>
        <translation>Begründung festhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the vision</source>
        <translation>Die Vision speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change settings</source>
        <translation>Einstellungen ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guided setup</source>
        <translation>Geführte Einrichtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete check-in of %1</source>
        <translation>Check-in für %1 abschließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen check-in of %1</source>
        <translation>Check-in für %1 wieder öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record adjustment</source>
        <translation>Anpassung festhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorder questions</source>
        <translation>Fragen neu ordnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire question</source>
        <translation>Frage zurückziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import %1 sessions from %2</source>
        <translation>%1 Sitzungen aus %2 importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import %1 sessions</source>
        <translation>%1 Sitzungen importieren</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Budget adherence</source>
        <translation>Budgettreue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Human authorship</source>
        <translation>Selbst geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boundary keeping</source>
        <translation>Grenzen eingehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection balance</source>
        <translation>Begegnungsbalance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-rating</source>
        <translation>Selbsteinschätzung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Balanced</source>
        <translation>Ausgewogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch</source>
        <translation>Im Blick</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over-reliant</source>
        <translation>Zu abhängig</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: you used AI for %2 min that day, against a budget of %3 min</source>
        <translation>%1: Du hast KI an diesem Tag %2 Min. genutzt, bei einem Budget von %3 Min.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: you used AI for %2 min so far that week, against a budget of %3 min</source>
        <translation>%1: Du hast KI in dieser Woche bisher %2 Min. genutzt, bei einem Budget von %3 Min.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: you used AI for %2 min over 7 days, against a budget of %3 min</source>
        <translation>%1: Du hast KI über 7 Tage %2 Min. genutzt, bei einem Budget von %3 Min.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of 1 message to %2 was AI-mediated</source>
        <translation>%1 von 1 Nachricht an %2 war KI-vermittelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 messages to %3 were AI-mediated</source>
        <translation>%1 von %2 Nachrichten an %3 waren KI-vermittelt</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 of %n rule-day(s) this week had a breach</source>
        <translation>
            <numerusform>%1 von %n Regeltag dieser Woche hatte einen Verstoß</numerusform>
            <numerusform>%1 von %n Regeltagen dieser Woche hatten einen Verstoß</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 of %n rule-day(s) had a breach</source>
        <translation>
            <numerusform>%1 von %n Regeltag hatte einen Verstoß</numerusform>
            <numerusform>%1 von %n Regeltagen hatten einen Verstoß</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not enough data yet: 1 day with entries, %1 needed</source>
        <translation>Noch nicht genug Daten: 1 Tag mit Einträgen, %1 nötig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not enough data yet: %1 days with entries, %2 needed</source>
        <translation>Noch nicht genug Daten: %1 Tage mit Einträgen, %2 nötig</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 % more AI time than the same days last week</source>
        <translation>%1 % mehr KI-Zeit als an denselben Tagen letzte Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 % more AI time than the 7 days before</source>
        <translation>%1 % mehr KI-Zeit als in den 7 Tagen davor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 % less AI time than the same days last week</source>
        <translation>%1 % weniger KI-Zeit als an denselben Tagen letzte Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 % less AI time than the 7 days before</source>
        <translation>%1 % weniger KI-Zeit als in den 7 Tagen davor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About the same AI time as the same days last week</source>
        <translation>Etwa so viel KI-Zeit wie an denselben Tagen letzte Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the same AI time as the 7 days before</source>
        <translation>Etwa so viel KI-Zeit wie in den 7 Tagen davor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min of AI time, none on the same days last week</source>
        <translation>%1 Min. KI-Zeit, an denselben Tagen letzte Woche keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min of AI time, none in the 7 days before</source>
        <translation>%1 Min. KI-Zeit, in den 7 Tagen davor keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No AI time so far this week or on the same days last week</source>
        <translation>Bisher keine KI-Zeit in dieser Woche und keine an denselben Tagen letzte Woche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No AI time in these 7 days or the 7 days before</source>
        <translation>Keine KI-Zeit in diesen 7 Tagen oder den 7 Tagen davor</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>This week: %1 % adherence, the mean of its %n day(s) so far</source>
        <translation>
            <numerusform>Diese Woche: %1 % Einhaltung, der Mittelwert ihres bisher %n Tages</numerusform>
            <numerusform>Diese Woche: %1 % Einhaltung, der Mittelwert ihrer bisher %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none went over budget</source>
        <translation>keiner lag über dem Budget</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n went over budget</source>
        <translation>
            <numerusform>%n lag über dem Budget</numerusform>
            <numerusform>%n lagen über dem Budget</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>within</source>
        <translation>im Rahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min over</source>
        <translation>%1 Min. darüber</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2, %3 min that day against %4 min (%5, %6 %)</source>
        <translation>%1: %2, %3 Min. an dem Tag bei %4 Min. (%5, %6 %)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2, %3 min so far that week against %4 min (%5, %6 %)</source>
        <translation>%1: %2, %3 Min. bis dahin in der Woche bei %4 Min. (%5, %6 %)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2, %3 min over 7 days against %4 min (%5, %6 %)</source>
        <translation>%1: %2, %3 Min. in 7 Tagen bei %4 Min. (%5, %6 %)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2 min against your usual %3 min (%4, %5 %)</source>
        <translation>%1: %2 Min. bei sonst üblichen %3 Min. (%4, %5 %)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n use(s) marked as not counting (%1 min) left out this week</source>
        <translation>
            <numerusform>%n als nicht zählend markierte Nutzung (%1 Min.) diese Woche ausgelassen</numerusform>
            <numerusform>%n als nicht zählend markierte Nutzungen (%1 Min.) diese Woche ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n use(s) marked as not counting (%1 min) left out in the last 7 days</source>
        <translation>
            <numerusform>%n als nicht zählend markierte Nutzung (%1 Min.) in den letzten 7 Tagen ausgelassen</numerusform>
            <numerusform>%n als nicht zählend markierte Nutzungen (%1 Min.) in den letzten 7 Tagen ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>You used AI for %1 min; your usual for a %2 is %3 min</source>
        <translation>Du hast KI %1 Min. genutzt; an einem %2 sind es bei dir üblicherweise %3 Min.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No usual amount for a %1 yet, and no budget rule</source>
        <translation>Noch kein üblicher Wert für einen %1 und keine Budgetregel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 % adherence on this day, %2 % over recent days (recent days weigh more)</source>
        <translation>%1 % Einhaltung an diesem Tag, %2 % über die letzten Tage (jüngere Tage zählen mehr)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No budget rule and no usual amount to compare with yet</source>
        <translation>Noch keine Budgetregel und kein üblicher Wert zum Vergleichen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Messages to protected circles (%1) count double</source>
        <translation>Nachrichten an geschützte Kreise (%1) zählen doppelt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No messages to people this week</source>
        <translation>Diese Woche keine Nachrichten an Menschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No messages to people in the last 7 days</source>
        <translation>Keine Nachrichten an Menschen in den letzten 7 Tagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No active boundary rules</source>
        <translation>Keine aktiven Grenzregeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min with people and %2 min of AI for companionship or relationship advice this week</source>
        <translation>%1 Min. mit Menschen und %2 Min. KI für Gesellschaft oder Beziehungsrat diese Woche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 min with people and %2 min of AI for companionship or relationship advice in the last 7 days</source>
        <translation>%1 Min. mit Menschen und %2 Min. KI als Gesellschaft oder für Beziehungsrat in den letzten 7 Tagen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No time with people and no AI companionship this week</source>
        <translation>Diese Woche keine Zeit mit Menschen und keine KI-Gesellschaft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No time with people and no AI companionship in the last 7 days</source>
        <translation>Keine Zeit mit Menschen und keine KI-Gesellschaft in den letzten 7 Tagen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You rated your reliance on AI %1 of 5 in the check-in of the week of %2</source>
        <translation>Du hast deine Abhängigkeit von KI im Check-in der Woche vom %2 mit %1 von 5 bewertet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No completed check-in yet</source>
        <translation>Noch kein abgeschlossener Check-in</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../src/vision_journal/ui/labels.py" line="+33"/>
        <source>Personal</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professional</source>
        <translation>Beruflich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft a message</source>
        <translation>Eine Nachricht entwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit or polish</source>
        <translation>Bearbeiten oder feilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translate</source>
        <translation>Übersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summarise</source>
        <translation>Zusammenfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship advice</source>
        <translation>Beziehungsrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotional support</source>
        <translation>Emotionaler Beistand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planning</source>
        <translation>Planen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research and learning</source>
        <translation>Recherche und Lernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work task</source>
        <translation>Arbeitsaufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creative</source>
        <translation>Kreatives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No message</source>
        <translation>Keine Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI drafted</source>
        <translation>Von KI entworfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI edited</source>
        <translation>Von KI bearbeitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI translated</source>
        <translation>Von KI übersetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI replied for me</source>
        <translation>KI hat für mich geantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosed</source>
        <translation>Offengelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not disclosed</source>
        <translation>Nicht offengelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat assistant</source>
        <translation>Chat-Assistent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing assistant</source>
        <translation>Schreibassistent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companion</source>
        <translation>Begleiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting and transcription</source>
        <translation>Besprechung und Transkription</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coding</source>
        <translation>Programmieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message I wrote myself</source>
        <translation>Selbst geschriebene Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least (achieve)</source>
        <translation>Mindestens (erreichen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most (limit)</source>
        <translation>Höchstens (begrenzen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times</source>
        <translation>Mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>per week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nudge</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firm line</source>
        <translation>Feste Grenze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time budget</source>
        <translation>Zeitbudget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curfew</source>
        <translation>Sperrzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No AI-mediated messages</source>
        <translation>Keine KI-vermittelten Nachrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclose AI help</source>
        <translation>KI-Hilfe offenlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose limit</source>
        <translation>Zweck-Grenze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediation share</source>
        <translation>Anteil KI-vermittelter Nachrichten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in any 7 days</source>
        <translation>in beliebigen 7 Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Efficiency</source>
        <translation>Effizienz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convenience</source>
        <translation>Bequemlichkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enhanced communication</source>
        <translation>Bessere Kommunikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creativity</source>
        <translation>Kreativität</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>your ChatGPT export</source>
        <translation>Ihrem ChatGPT-Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your Claude export</source>
        <translation>Ihrem Claude-Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your own log</source>
        <translation>Ihrem eigenen Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a data file</source>
        <translation>einer Datendatei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="../../src/vision_journal/ui/core_text.py" line="-319"/>
        <location filename="../../src/vision_journal/ui/rule_sentence.py" line="+58"/>
        <location line="+12"/>
        <source>, </source>
        <extracomment>Longest name a step&apos;s text shows in full.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../src/vision_journal/ui/rule_sentence.py" line="-13"/>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+13"/>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>on no day</source>
        <translation>an keinem Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on weekdays</source>
        <translation>an Wochentagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at weekends</source>
        <translation>am Wochenende</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>for drafting messages</source>
        <translation>zum Entwerfen von Nachrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for editing or polishing</source>
        <translation>zum Bearbeiten oder Feilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for translating</source>
        <translation>zum Übersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for summaries</source>
        <translation>für Zusammenfassungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for relationship advice</source>
        <translation>für Beziehungsrat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for emotional support</source>
        <translation>für emotionalen Beistand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for planning</source>
        <translation>zum Planen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for research and learning</source>
        <translation>für Recherche und Lernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for work tasks</source>
        <translation>für Arbeitsaufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for creative work</source>
        <translation>für kreative Arbeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>in personal life</source>
        <translation>im privaten Leben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in work life</source>
        <translation>im Berufsleben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>AI-drafted</source>
        <translation>KI-entworfenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI-edited</source>
        <translation>KI-bearbeiteten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI-translated</source>
        <translation>KI-übersetzten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI-sent</source>
        <translation>von KI verschickten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>AI</source>
        <translation>KI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a deleted tool</source>
        <translation>ein gelöschtes Werkzeug</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+36"/>
        <location line="+28"/>
        <location line="+10"/>
        <location line="+5"/>
        <source>a deleted circle</source>
        <translation>ein gelöschter Kreis</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>involving %1</source>
        <translation>mit Bezug auf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a day</source>
        <translation>am Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in any 7 days</source>
        <translation>in beliebigen 7 Tagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most %1 of %2 %3</source>
        <translation>Höchstens %1 %2 %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, unused time rolls over</source>
        <translation>%1, nicht genutzte Zeit wird übertragen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No AI at set times %1 (no time window chosen yet)</source>
        <translation>Keine KI zu festen Zeiten %1 (noch kein Zeitfenster gewählt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No AI %1 %2</source>
        <translation>Keine KI %1 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No messages to %1 with the chosen kinds of AI help (none chosen)</source>
        <translation>Keine Nachrichten an %1 mit den gewählten Arten von KI-Hilfe (keine gewählt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No AI-mediated messages to %1</source>
        <translation>Keine KI-vermittelten Nachrichten an %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No %1 messages to %2</source>
        <translation>Keine %1 Nachrichten an %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>AI-mediated messages to %1 are always disclosed</source>
        <translation>KI-vermittelte Nachrichten an %1 werden immer offengelegt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No AI %1</source>
        <translation>Keine KI %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 involving %2</source>
        <translation>%1 mit Bezug auf %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At most %1 % of messages to %2 mediated by AI, over any 7 days</source>
        <translation>Höchstens %1 % der Nachrichten an %2 durch KI vermittelt, über beliebige 7 Tage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — firm line</source>
        <translation>%1 – feste Grenze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — nudge</source>
        <translation>%1 – Hinweis</translation>
    </message>
</context>
<context>
    <name>starter_set</name>
    <message>
        <location filename="../../src/vision_journal/ui/starter_set.py" line="+22"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Friends</source>
        <translation>Freunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colleagues</source>
        <translation>Kollegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Community</source>
        <translation>Gemeinschaft</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chats stay in your history until you delete them; deleted and temporary chats are normally erased from OpenAI&apos;s systems within about 30 days.</source>
        <translation>Chats bleiben in deinem Verlauf, bis du sie löschst; gelöschte und temporäre Chats werden normalerweise innerhalb von etwa 30 Tagen aus den Systemen von OpenAI entfernt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Personal accounts may be used to train models unless you switch off “Improve the model for everyone” in Data Controls. Business plans are excluded.</source>
        <translation>Private Konten können zum Trainieren von Modellen genutzt werden, außer du schaltest in den Datenkontrollen „Das Modell für alle verbessern“ aus. Business-Tarife sind ausgenommen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Processed and stored by OpenAI, mostly in the United States. Check OpenAI&apos;s privacy policy for changes.</source>
        <translation>Verarbeitet und gespeichert von OpenAI, überwiegend in den USA. Schau in die Datenschutzrichtlinie von OpenAI, ob sich etwas geändert hat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chats stay in your history until you delete them; Anthropic keeps deleted chats on its side for a limited time, and longer if you allow training.</source>
        <translation>Chats bleiben in deinem Verlauf, bis du sie löschst; Anthropic bewahrt gelöschte Chats noch eine begrenzte Zeit auf, länger, wenn du Training erlaubst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Personal accounts can be used for training only if you allow it in the privacy settings; you can change that choice. Work and API use is not trained on.</source>
        <translation>Private Konten werden nur zum Training genutzt, wenn du es in den Datenschutzeinstellungen erlaubst; du kannst das jederzeit ändern. Mit Arbeits- und API-Nutzung wird nicht trainiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Processed by Anthropic on cloud servers, mostly in the United States. Check Anthropic&apos;s privacy policy for changes.</source>
        <translation>Verarbeitet von Anthropic auf Cloud-Servern, überwiegend in den USA. Schau in die Datenschutzrichtlinie von Anthropic, ob sich etwas geändert hat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gemini activity is kept for 18 months by default (you can choose 3 or 36 months, or turn it off); even then, chats are held for up to 72 hours.</source>
        <translation>Gemini-Aktivitäten werden standardmäßig 18 Monate aufbewahrt (du kannst 3 oder 36 Monate wählen oder sie ausschalten); auch dann werden Chats bis zu 72 Stunden gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With activity kept, chats can help improve Google&apos;s models, and a sample is read by human reviewers. Do not enter anything you would not want a reviewer to see.</source>
        <translation>Wenn Aktivitäten gespeichert werden, können Chats helfen, die Modelle von Google zu verbessern, und eine Stichprobe wird von Menschen gelesen. Gib nichts ein, was eine prüfende Person nicht sehen soll.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Processed in Google&apos;s data centres around the world. Check the Gemini Apps privacy notice for changes.</source>
        <translation>Verarbeitet in den Rechenzentren von Google weltweit. Schau in den Datenschutzhinweis der Gemini-Apps, ob sich etwas geändert hat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Conversation history is kept until you delete it (for up to 18 months); with a work account your organisation&apos;s retention rules apply.</source>
        <translation>Der Unterhaltungsverlauf bleibt, bis du ihn löschst (bis zu 18 Monate); mit einem Arbeitskonto gelten die Aufbewahrungsregeln deiner Organisation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Personal conversations may be used to train models unless you opt out in the privacy settings. Microsoft 365 Copilot with a work account is not trained on.</source>
        <translation>Private Unterhaltungen können zum Trainieren von Modellen genutzt werden, außer du widersprichst in den Datenschutzeinstellungen. Mit Microsoft 365 Copilot und einem Arbeitskonto wird nicht trainiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Processed in Microsoft&apos;s cloud; work accounts stay within the organisation&apos;s Microsoft 365 boundary. Check Microsoft&apos;s privacy statement for changes.</source>
        <translation>Verarbeitet in der Cloud von Microsoft; Arbeitskonten bleiben innerhalb der Microsoft-365-Grenzen der Organisation. Schau in die Datenschutzerklärung von Microsoft, ob sich etwas geändert hat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The free version may store your texts for a while; with DeepL Pro they are deleted once the text has been processed.</source>
        <translation>Die kostenlose Version kann deine Texte eine Weile speichern; mit DeepL Pro werden sie gelöscht, sobald der Text verarbeitet ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Texts from the free version may be used to improve DeepL&apos;s models; Pro texts are not.</source>
        <translation>Texte aus der kostenlosen Version können genutzt werden, um die Modelle von DeepL zu verbessern; Pro-Texte nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Processed by DeepL, a German company, mainly on servers in the EU under the GDPR. Check DeepL&apos;s privacy policy for changes.</source>
        <translation>Verarbeitet von DeepL, einem deutschen Unternehmen, überwiegend auf Servern in der EU nach der DSGVO. Schau in die Datenschutzrichtlinie von DeepL, ob sich etwas geändert hat.</translation>
    </message>
</context>
<context>
    <name>warnings</name>
    <message>
        <location filename="../../src/vision_journal/ui/warnings.py" line="+50"/>
        <source>A budget</source>
        <extracomment>How long an announcement is remembered. Worse levels sort higher.</extracomment>
        <translation>Ein Budget</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A rule</source>
        <translation>Eine Regel</translation>
    </message>
    <message numerus="yes">
        <location line="-16"/>
        <source>%1: %2 of %Ln minute(s) used this week (%3 %).</source>
        <translation>
            <numerusform>%1: %2 von %Ln Minute in dieser Woche genutzt (%3 %).</numerusform>
            <numerusform>%1: %2 von %Ln Minuten in dieser Woche genutzt (%3 %).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: %2 of %Ln minute(s) used in the last 7 days (%3 %).</source>
        <translation>
            <numerusform>%1: %2 von %Ln Minute in den letzten 7 Tagen genutzt (%3 %).</numerusform>
            <numerusform>%1: %2 von %Ln Minuten in den letzten 7 Tagen genutzt (%3 %).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: %2 of %Ln minute(s) used today (%3 %).</source>
        <translation>
            <numerusform>%1: %2 von %Ln Minute heute genutzt (%3 %).</numerusform>
            <numerusform>%1: %2 von %Ln Minuten heute genutzt (%3 %).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1: %Ln minute(s) over the budget today.</source>
        <translation>
            <numerusform>%1: heute %Ln Minute über dem Budget.</numerusform>
            <numerusform>%1: heute %Ln Minuten über dem Budget.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: %Ln minute(s) of AI use inside the curfew today.</source>
        <translation>
            <numerusform>%1: heute %Ln Minute KI-Nutzung in der Sperrzeit.</numerusform>
            <numerusform>%1: heute %Ln Minuten KI-Nutzung in der Sperrzeit.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: broken by one message today.</source>
        <translation>%1: heute durch eine Nachricht überschritten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: broken by %2 messages today.</source>
        <translation>%1: heute durch %2 Nachrichten überschritten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: broken by one AI use today.</source>
        <translation>%1: heute durch eine KI-Nutzung überschritten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: broken by %2 AI uses today.</source>
        <translation>%1: heute durch %2 KI-Nutzungen überschritten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: AI-mediated messages are %2 points above the limit.</source>
        <translation>%1: KI-vermittelte Nachrichten liegen %2 Punkte über dem Limit.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your balance index is back to %1, Balanced.</source>
        <translation>Dein Balance-Index ist wieder bei %1, Ausgewogen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your balance index is %1, in Over-reliant. A check-in can help you decide what to adjust.</source>
        <translation>Dein Balance-Index ist %1, in „Zu abhängig“. Ein Check-in kann dir helfen zu entscheiden, was du anpassen möchtest.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your balance index is %1, down to Watch. A check-in can help you see what changed.</source>
        <translation>Dein Balance-Index ist %1, gesunken auf „Im Blick“. Ein Check-in kann dir helfen zu sehen, was sich verändert hat.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../src/vision_journal/ui/app.py" line="+215"/>
        <source>Your last backup was more than a week ago; one is being made now.</source>
        <extracomment>The backup the window was closed to restore, said once it opens again. What makes a backup fail without a fault of ours: the disk, the folder, the file.</extracomment>
        <translation>Deine letzte Sicherung ist über eine Woche her; jetzt wird eine erstellt.</translation>
    </message>
</context>
</TS>
