<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CheckInWizard</name>
    <message numerus="yes">
        <location filename="../../src/vision_journal/ui/dialogs/checkin_wizard.py" line="+129"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n use(s)</source>
        <translation>
            <numerusform>%n use</numerusform>
            <numerusform>%n uses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <location filename="../../src/vision_journal/ui/pages/dashboard_page.py" line="+472"/>
        <source>The index appears after %n day(s) with entries. Log your AI use and your time with people each day.</source>
        <translation>
            <numerusform>The index appears after %n day with entries. Log your AI use and your time with people each day.</numerusform>
            <numerusform>The index appears after %n days with entries. Log your AI use and your time with people each day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+325"/>
        <source>kept %1 of %n week(s)</source>
        <translation>
            <numerusform>kept %1 of %n week</numerusform>
            <numerusform>kept %1 of %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>met %1 of %n week(s)</source>
        <translation>
            <numerusform>met %1 of %n week</numerusform>
            <numerusform>met %1 of %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>kept %1 of %n month(s)</source>
        <translation>
            <numerusform>kept %1 of %n month</numerusform>
            <numerusform>kept %1 of %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>met %1 of %n month(s)</source>
        <translation>
            <numerusform>met %1 of %n month</numerusform>
            <numerusform>met %1 of %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>kept %1 of %n day(s)</source>
        <translation>
            <numerusform>kept %1 of %n day</numerusform>
            <numerusform>kept %1 of %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>met %1 of %n day(s)</source>
        <translation>
            <numerusform>met %1 of %n day</numerusform>
            <numerusform>met %1 of %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n week(s) in a row with a completed check-in.</source>
        <translation>
            <numerusform>%n week in a row with a completed check-in.</numerusform>
            <numerusform>%n weeks in a row with a completed check-in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message numerus="yes">
        <location filename="../../src/vision_journal/ui/pages/export_page.py" line="+709"/>
        <source>%n session(s) of the file joined sessions found on this computer that wait in the Inbox.</source>
        <translation>
            <numerusform>%n session of the file joined sessions found on this computer that wait in the Inbox.</numerusform>
            <numerusform>%n sessions of the file joined sessions found on this computer that wait in the Inbox.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactsPage</name>
    <message numerus="yes">
        <location filename="../../src/vision_journal/ui/dialogs/checkin_wizard.py" line="+209"/>
        <source>%n rule-day(s) went past a boundary.</source>
        <translation>
            <numerusform>%n rule-day went past a boundary.</numerusform>
            <numerusform>%n rule-days went past a boundary.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalProgress</name>
    <message numerus="yes">
        <location filename="../../src/vision_journal/ui/goal_progress_text.py" line="+74"/>
        <source>%1 of %n day(s) kept this week</source>
        <translation>
            <numerusform>%1 of %n day kept this week</numerusform>
            <numerusform>%1 of %n days kept this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 of %n day(s) met this week</source>
        <translation>
            <numerusform>%1 of %n day met this week</numerusform>
            <numerusform>%1 of %n days met this week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProtectionDialog</name>
    <message numerus="yes">
        <location filename="../../src/vision_journal/ui/dialogs/unlock_dialog.py" line="+154"/>
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Choose a passphrase of at least %n characters.</numerusform>
            <numerusform>Choose a passphrase of at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleCard</name>
    <message numerus="yes">
        <location filename="../../src/vision_journal/ui/widgets/rule_card.py" line="+223"/>
        <source>%n min in the curfew today</source>
        <translation>
            <numerusform>%n min in the curfew today</numerusform>
            <numerusform>%n min in the curfew today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) today</source>
        <translation>
            <numerusform>%n message today</numerusform>
            <numerusform>%n messages today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n use(s) today</source>
        <translation>
            <numerusform>%n use today</numerusform>
            <numerusform>%n uses today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n min over the budget</source>
        <translation>
            <numerusform>%n min over the budget</numerusform>
            <numerusform>%n min over the budget</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min in the curfew</source>
        <translation>
            <numerusform>%n min in the curfew</numerusform>
            <numerusform>%n min in the curfew</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n point(s) above the limit</source>
        <translation>
            <numerusform>%n point above the limit</numerusform>
            <numerusform>%n points above the limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n use(s)</source>
        <translation>
            <numerusform>%n use</numerusform>
            <numerusform>%n uses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core</name>
    <message numerus="yes">
        <location filename="../../src/vision_journal/ui/core_text.py" line="+297"/>
        <source>%1 of %n rule-day(s) this week had a breach</source>
        <translation>
            <numerusform>%1 of %n rule-day this week had a breach</numerusform>
            <numerusform>%1 of %n rule-days this week had a breach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 of %n rule-day(s) had a breach</source>
        <translation>
            <numerusform>%1 of %n rule-day had a breach</numerusform>
            <numerusform>%1 of %n rule-days had a breach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>This week: %1 % adherence, the mean of its %n day(s) so far</source>
        <translation>
            <numerusform>This week: %1 % adherence, the mean of its %n day so far</numerusform>
            <numerusform>This week: %1 % adherence, the mean of its %n days so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n went over budget</source>
        <translation>
            <numerusform>%n went over budget</numerusform>
            <numerusform>%n went over budget</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n use(s) marked as not counting (%1 min) left out this week</source>
        <translation>
            <numerusform>%n use marked as not counting (%1 min) left out this week</numerusform>
            <numerusform>%n uses marked as not counting (%1 min) left out this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n use(s) marked as not counting (%1 min) left out in the last 7 days</source>
        <translation>
            <numerusform>%n use marked as not counting (%1 min) left out in the last 7 days</numerusform>
            <numerusform>%n uses marked as not counting (%1 min) left out in the last 7 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warnings</name>
    <message numerus="yes">
        <location filename="../../src/vision_journal/ui/warnings.py" line="+59"/>
        <source>%1: %2 of %Ln minute(s) used this week (%3 %).</source>
        <translation>
            <numerusform>%1: %2 of %Ln minute used this week (%3 %).</numerusform>
            <numerusform>%1: %2 of %Ln minutes used this week (%3 %).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: %2 of %Ln minute(s) used in the last 7 days (%3 %).</source>
        <translation>
            <numerusform>%1: %2 of %Ln minute used in the last 7 days (%3 %).</numerusform>
            <numerusform>%1: %2 of %Ln minutes used in the last 7 days (%3 %).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: %2 of %Ln minute(s) used today (%3 %).</source>
        <translation>
            <numerusform>%1: %2 of %Ln minute used today (%3 %).</numerusform>
            <numerusform>%1: %2 of %Ln minutes used today (%3 %).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1: %Ln minute(s) over the budget today.</source>
        <translation>
            <numerusform>%1: %Ln minute over the budget today.</numerusform>
            <numerusform>%1: %Ln minutes over the budget today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: %Ln minute(s) of AI use inside the curfew today.</source>
        <translation>
            <numerusform>%1: %Ln minute of AI use inside the curfew today.</numerusform>
            <numerusform>%1: %Ln minutes of AI use inside the curfew today.</numerusform>
        </translation>
    </message>
</context>
</TS>
