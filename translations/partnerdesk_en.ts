<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttributionEngine</name>
    <message numerus="yes">
        <source>customer %1 came with order %2 on %3, more than %n day(s) before</source>
        <translation><numerusform>customer %1 came with order %2 on %3, more than %n day before</numerusform><numerusform>customer %1 came with order %2 on %3, more than %n days before</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>customer %1 is a lifetime customer of %2 since order %3 on %4 (%5 keeps them %n day(s))</source>
        <translation><numerusform>customer %1 is a lifetime customer of %2 since order %3 on %4 (%5 keeps them %n day)</numerusform><numerusform>customer %1 is a lifetime customer of %2 since order %3 on %4 (%5 keeps them %n days)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>the tier from %n order(s): %1 earlier credited order(s) this month, %2 rate %3 %</source>
        <translation><numerusform>the tier from %n order: %1 earlier credited order this month, %2 rate %3 %</numerusform><numerusform>the tier from %n orders: %1 earlier credited orders this month, %2 rate %3 %</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>no recorded visit of %1 in the %n day(s) before the order (the cookie lifetime)</source>
        <translation><numerusform>no recorded visit of %1 in the %n day before the order (the cookie lifetime)</numerusform><numerusform>no recorded visit of %1 in the %n days before the order (the cookie lifetime)</numerusform></translation>
    </message>
</context>
<context>
    <name>CsvHeader</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ConflictsDialog</name>
    <message numerus="yes">
        <source>%n row(s) changed both here and in the central database since the last sync. Nothing is overwritten until you choose which version to keep.</source>
        <translation><numerusform>%n row changed both here and in the central database since the last sync. Nothing is overwritten until you choose which version to keep.</numerusform><numerusform>%n rows changed both here and in the central database since the last sync. Nothing is overwritten until you choose which version to keep.</numerusform></translation>
    </message>
</context>
<context>
    <name>PartnerDesk::MainWindow</name>
    <message numerus="yes">
        <source>Not sent: %n local change(s) the central database refused (see Sync Details).</source>
        <translation><numerusform>Not sent: %n local change the central database refused (see Sync Details).</numerusform><numerusform>Not sent: %n local changes the central database refused (see Sync Details).</numerusform></translation>
    </message>
</context>
<context>
    <name>PartnerDesk::NoticeAutoSender</name>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to be retried</source>
        <translation>
            <numerusform>%n to be retried</numerusform>
            <numerusform>%n to be retried</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Given up, not to be tried again: %n. The first: %1. File › E-mail Notices… shows them.</source>
        <translation>
            <numerusform>Given up, not to be tried again: %n. The first: %1. File › E-mail Notices… shows them.</numerusform>
            <numerusform>Given up, not to be tried again: %n. The first: %1. File › E-mail Notices… shows them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PaneNavigation</name>
    <message numerus="yes">
        <source>%1: %n waiting</source>
        <translation>
            <numerusform>%1: %n waiting</numerusform>
            <numerusform>%1: %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n waiting)</source>
        <translation>
            <numerusform>%1 (%n waiting)</numerusform>
            <numerusform>%1 (%n waiting)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PartnersPane</name>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation><numerusform>%n partner</numerusform><numerusform>%n partners</numerusform></translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ReportsPane</name>
    <message numerus="yes">
        <source>Report %1 to %2: %n line(s).</source>
        <translation><numerusform>Report %1 to %2: %n line.</numerusform><numerusform>Report %1 to %2: %n lines.</numerusform></translation>
    </message>
</context>
<context>
    <name>PartnerDesk::RewriteEditorWidget</name>
    <message numerus="yes">
        <source>%n rewrite(s).</source>
        <translation><numerusform>%n rewrite.</numerusform><numerusform>%n rewrites.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n rewrite(s)</source>
        <translation><numerusform>Delete %n rewrite</numerusform><numerusform>Delete %n rewrites</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n rewrite(s); Edit › Undo brings them back.</source>
        <translation><numerusform>Deleted %n rewrite; Edit › Undo brings them back.</numerusform><numerusform>Deleted %n rewrites; Edit › Undo brings them back.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n rewrite(s) on the live site…</source>
        <translation><numerusform>Checking %n rewrite on the live site…</numerusform><numerusform>Checking %n rewrites on the live site…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n rewrite(s) through %1…</source>
        <translation><numerusform>Checking %n rewrite through %1…</numerusform><numerusform>Checking %n rewrites through %1…</numerusform></translation>
    </message>
</context>
<context>
    <name>PartnerDesk::RewriteExportDialog</name>
    <message numerus="yes">
        <source>%n rewrite(s).</source>
        <translation><numerusform>%n rewrite.</numerusform><numerusform>%n rewrites.</numerusform></translation>
    </message>
</context>
<context>
    <name>PartnerDesk::SyncDetailsDialog</name>
    <message numerus="yes">
        <source>Kept aside: %n local change(s) the central database refused; each is sent again when it changes.</source>
        <translation><numerusform>Kept aside: %n local change the central database refused; each is sent again when it changes.</numerusform><numerusform>Kept aside: %n local changes the central database refused; each is sent again when it changes.</numerusform></translation>
    </message>
</context>
<context>
    <name>RequestCommands</name>
    <message numerus="yes">
        <source>%n bad row(s) in %1; nothing was filed.</source>
        <translation><numerusform>%n bad row in %1; nothing was filed.</numerusform><numerusform>%n bad rows in %1; nothing was filed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>filed %n sign-up(s)</source>
        <translation><numerusform>filed %n sign-up</numerusform><numerusform>filed %n sign-ups</numerusform></translation>
    </message>
</context>
<context>
    <name>RewriteCheck</name>
    <message numerus="yes">
        <source>%1 (and %n more address(es))</source>
        <translation><numerusform>%1 (and %n more address)</numerusform><numerusform>%1 (and %n more addresses)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>OK: %n address(es) answered 302 with the tracked URL.</source>
        <translation><numerusform>OK: %n address answered 302 with the tracked URL.</numerusform><numerusform>OK: %n addresses answered 302 with the tracked URL.</numerusform></translation>
    </message>
</context>
</TS>
