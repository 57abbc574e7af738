<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
<context>
    <name>AffiliateStore</name>
    <message>
        <source>Database error: %1</source>
        <translation>Chyba databáze: %1</translation>
    </message>
    <message>
        <source>The partner needs a name.</source>
        <translation>Partner musí mít jméno.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ není e-mailová adresa.</translation>
    </message>
    <message>
        <source>An affiliate code has at most 64 characters.</source>
        <translation>Partnerský kód může mít nejvýše 64 znaků.</translation>
    </message>
    <message>
        <source>The affiliate code &quot;%1&quot; is taken.</source>
        <translation>Partnerský kód „%1“ je již obsazen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a partner status.</source>
        <translation>„%1“ není platný stav partnera.</translation>
    </message>
    <message>
        <source>The partner no longer exists.</source>
        <translation>Partner už neexistuje.</translation>
    </message>
    <message>
        <source>A coupon code has at most 64 characters.</source>
        <translation>Kód kupónu může mít nejvýše 64 znaků.</translation>
    </message>
    <message>
        <source>A coupon code cannot contain spaces.</source>
        <translation>Kód kupónu nesmí obsahovat mezery.</translation>
    </message>
    <message>
        <source>You have no affiliate coupon code. Please join to a program to get coupon code</source>
        <translation>Nemáte žádný partnerský kupón. Připojte se k programu, abyste kupón získali</translation>
    </message>
    <message>
        <source>The coupon code &quot;%1&quot; is taken (codes are unique regardless of case).</source>
        <translation>Kód kupónu „%1“ je již obsazen (kódy jsou jedinečné bez ohledu na velikost písmen).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name.</source>
        <translation>„%1“ není název domény.</translation>
    </message>
    <message>
        <source>%1 is a store host; it cannot be a partner&apos;s website.</source>
        <translation>%1 je doména obchodu; nemůže to být web partnera.</translation>
    </message>
    <message>
        <source>The partner has already registered %1.</source>
        <translation>Partner už doménu %1 zaregistroval.</translation>
    </message>
    <message>
        <source>A manual approval needs a reason.</source>
        <translation>Ruční schválení vyžaduje důvod.</translation>
    </message>
    <message>
        <source>%1 is already verified for partner %2; one verified domain belongs to one partner.</source>
        <translation>Doména %1 je již ověřena pro partnera %2; ověřená doména může patřit jen jednomu partnerovi.</translation>
    </message>
    <message>
        <source>The partner has not registered %1; add it first.</source>
        <translation>Partner doménu %1 nezaregistroval; nejprve ji přidejte.</translation>
    </message>
    <message>
        <source>%1 is not an active member of any program.</source>
        <translation>%1 není aktivním členem žádného programu.</translation>
    </message>
    <message>
        <source>%1 is not a store host of the partner&apos;s programs (%2).</source>
        <translation>%1 není doménou obchodu žádného z programů partnera (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid vanity path: use /segments of letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>„%1“ není platná cesta přesměrování: použijte /segmenty z písmen, číslic, „-“, „_“ nebo „.“.</translation>
    </message>
    <message>
        <source>The target must be a store URL: %1</source>
        <translation>Cílem musí být URL obchodu: %1</translation>
    </message>
    <message>
        <source>%1%2 is already a rewrite.</source>
        <translation>%1%2 už je přesměrováním.</translation>
    </message>
    <message>
        <source>The banner needs a title.</source>
        <translation>Banner musí mít titulek.</translation>
    </message>
    <message>
        <source>Width and height must be between 1 and 4000 pixels.</source>
        <translation>Šířka a výška musí být mezi 1 a 4000 pixely.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) image URL.</source>
        <translation>„%1“ není URL obrázku s http(s).</translation>
    </message>
    <message>
        <source>The program or partner no longer exists.</source>
        <translation>Program nebo partner už neexistuje.</translation>
    </message>
</context>
<context>
    <name>AttributionEngine</name>
    <message>
        <source>not tried: the %1 rule already won</source>
        <translation>nezkoušeno: už vyhrálo pravidlo %1</translation>
    </message>
    <message>
        <source>; self-referral: the customer is the partner (%1), so it earns nothing</source>
        <translation>; vlastní doporučení: zákazníkem je sám partner (%1), takže provize nevzniká</translation>
    </message>
    <message>
        <source>no manual assignment for this order</source>
        <translation>tato objednávka nemá ruční přiřazení</translation>
    </message>
    <message>
        <source>the assigned partner no longer exists</source>
        <translation>přiřazený partner už neexistuje</translation>
    </message>
    <message>
        <source>assigned to %1, who is not a member of any program</source>
        <translation>přiřazeno partnerovi %1, který není členem žádného programu</translation>
    </message>
    <message>
        <source>assigned by hand to %1 with a fixed amount of %2 %3: %4</source>
        <translation>ručně přiřazeno partnerovi %1 s pevnou částkou %2 %3: %4</translation>
    </message>
    <message>
        <source>assigned by hand to %1 at the link rate of %2 (%3 %): %4</source>
        <translation>ručně přiřazeno partnerovi %1 se sazbou za odkaz programu %2 (%3 %): %4</translation>
    </message>
    <message>
        <source>the order has no coupon code</source>
        <translation>objednávka nemá kód kupónu</translation>
    </message>
    <message>
        <source>coupon &quot;%1&quot; is not a partner&apos;s coupon</source>
        <translation>kupón „%1“ nepatří žádnému partnerovi</translation>
    </message>
    <message>
        <source>coupon &quot;%1&quot; is inactive</source>
        <translation>kupón „%1“ je neaktivní</translation>
    </message>
    <message>
        <source>coupon &quot;%1&quot; belongs to %2, who has no active membership in %3</source>
        <translation>kupón „%1“ patří partnerovi %2, který nemá aktivní členství v programu %3</translation>
    </message>
    <message>
        <source>coupon &quot;%1&quot; of %2 in %3, coupon commission %4 %</source>
        <translation>kupón „%1“ partnera %2 v programu %3, provize za kupón %4 %</translation>
    </message>
    <message>
        <source>%1 names %2, who has no active membership</source>
        <translation>%1 určuje partnera %2, který nemá aktivní členství</translation>
    </message>
    <message>
        <source>%1 names %2; primary program %3, link commission %4 %</source>
        <translation>%1 určuje partnera %2; primární program %3, provize za odkaz %4 %</translation>
    </message>
    <message>
        <source>acc &quot;%1&quot; of the landing URL</source>
        <translation>parametr acc „%1“ ve vstupní URL</translation>
    </message>
    <message>
        <source>the affiliate_code &quot;%1&quot;</source>
        <translation>affiliate_code „%1“</translation>
    </message>
    <message>
        <source>%1 is no partner&apos;s code</source>
        <translation>%1 není kódem žádného partnera</translation>
    </message>
    <message>
        <source>no acc in the landing URL and no affiliate_code</source>
        <translation>ve vstupní URL není parametr acc a chybí affiliate_code</translation>
    </message>
    <message>
        <source>the order has no landing URL</source>
        <translation>objednávka nemá vstupní URL</translation>
    </message>
    <message>
        <source>%1 is not a rewrite path</source>
        <translation>%1 není cestou přesměrování</translation>
    </message>
    <message>
        <source>the landing URL is not on a store host</source>
        <translation>vstupní URL není na doméně obchodu</translation>
    </message>
    <message>
        <source>%1%2 is not a rewrite path</source>
        <translation>%1%2 není cestou přesměrování</translation>
    </message>
    <message>
        <source>the rewrite&apos;s partner no longer exists</source>
        <translation>partner přesměrování už neexistuje</translation>
    </message>
    <message>
        <source>rewrite %1%2</source>
        <translation>přesměrování %1%2</translation>
    </message>
    <message>
        <source>the order has no referrer</source>
        <translation>objednávka nemá odkazující stránku</translation>
    </message>
    <message>
        <source>referrer host &quot;%1&quot; is not a verified partner domain</source>
        <translation>doména odkazující stránky „%1“ není ověřenou doménou partnera</translation>
    </message>
    <message>
        <source>the domain&apos;s partner no longer exists</source>
        <translation>partner domény už neexistuje</translation>
    </message>
    <message>
        <source>referrer %1 (verified domain %2)</source>
        <translation>odkazující stránka %1 (ověřená doména %2)</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>Nelze zapisovat do auditního záznamu: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: %1 COMMAND [options]</source>
        <translation>Použití: %1 PŘÍKAZ [volby]</translation>
    </message>
    <message>
        <source>Runs an online store&apos;s partner program from scripts: programs, partners, links, orders, commissions and payouts, in the same database as the PartnerDesk app.</source>
        <translation>Spravuje partnerský program internetového obchodu ze skriptů: programy, partnery, odkazy, objednávky, provize a výplaty, ve stejné databázi jako aplikace PartnerDesk.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Příkazy:</translation>
    </message>
    <message>
        <source>Every command takes --db PATH (default: %1).</source>
        <translation>Každý příkaz přijímá --db CESTA (výchozí: %1).</translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for the options of a command.</source>
        <translation>Volby příkazu vypíše „%1 PŘÍKAZ --help“.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 COMMAND [options]</source>
        <translation>Použití: %1 %2 PŘÍKAZ [volby]</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;; &quot;%1&quot; has: %3.</source>
        <translation>Neznámý příkaz „%1 %2“; „%1“ má: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a command: %2.</source>
        <translation>„%1“ vyžaduje příkaz: %2.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; run &quot;%2 --help&quot; for the list.</source>
        <translation>Neznámý příkaz „%1“; seznam vypíše „%2 --help“.</translation>
    </message>
    <message>
        <source>The PartnerDesk database (SQLite); created on first use. Default: %1.</source>
        <translation>Databáze PartnerDesk (SQLite); vytvoří se při prvním použití. Výchozí: %1.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CESTA</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Povinné.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Zobrazí tuto nápovědu.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options]%3</source>
        <translation>Použití: %1 %2 [volby]%3</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Neočekávaný argument „%1“.</translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation>Chybí %1.</translation>
    </message>
    <message>
        <source>Missing --%1.</source>
        <translation>Chybí --%1.</translation>
    </message>
    <message>
        <source>See &quot;%1 %2 --help&quot;.</source>
        <translation>Viz „%1 %2 --help“.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>pole v uvozovkách není před koncem souboru uzavřeno</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote in field %1</source>
        <translation>neočekávaný text za uzavírací uvozovkou v poli %1</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field %1</source>
        <translation>uvozovka uvnitř pole %1, které není v uvozovkách</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No transaction is open: %1</source>
        <translation>Není otevřena žádná transakce: %1</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>Nelze uložit: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Nelze vytvořit složku %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Nelze otevřít databázi %1: %2</translation>
    </message>
    <message>
        <source>Cannot set up the database %1: %2</source>
        <translation>Nelze připravit databázi %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PartnerDesk database: %2</source>
        <translation>%1 není databáze PartnerDesk: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer PartnerDesk (schema %2; this one knows %3).</source>
        <translation>%1 byla zapsána novější verzí PartnerDesk (schéma %2; tato verze zná %3).</translation>
    </message>
    <message>
        <source>Cannot read migration %1.</source>
        <translation>Nelze načíst migraci %1.</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2
%3</source>
        <translation>Migrace %1 selhala: %2
%3</translation>
    </message>
    <message>
        <source>Cannot record schema version %1: %2</source>
        <translation>Nelze zaznamenat verzi schématu %1: %2</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Cannot create demo data: %1</source>
        <translation>Nelze vytvořit ukázková data: %1</translation>
    </message>
    <message>
        <source>The database already has programs; demo data goes into an empty database.</source>
        <translation>Databáze už obsahuje programy; ukázková data lze vložit jen do prázdné databáze.</translation>
    </message>
    <message>
        <source>Cancelled: no demo data was written.</source>
        <translation>Zrušeno: žádná ukázková data nebyla zapsána.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>New Database</source>
        <translation>Nová databáze</translation>
    </message>
    <message>
        <source>&lt;p&gt;There is no PartnerDesk database at &lt;b&gt;%1&lt;/b&gt; yet.&lt;/p&gt;&lt;p&gt;Start with a sample store to explore — three programs, partners with coupons, banners and direct links, and %2 orders with their commission — or with an empty database for your own program?&lt;/p&gt;</source>
        <translation>&lt;p&gt;V umístění &lt;b&gt;%1&lt;/b&gt; zatím není žádná databáze PartnerDesk.&lt;/p&gt;&lt;p&gt;Chcete začít s ukázkovým obchodem na vyzkoušení — tři programy, partneři s kupóny, bannery a přímými odkazy a %2 objednávek s provizemi — nebo s prázdnou databází pro váš vlastní program?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create with &amp;Demo Data</source>
        <translation>Vytvořit s &amp;ukázkovými daty</translation>
    </message>
    <message>
        <source>Create &amp;Empty</source>
        <translation>Vytvořit &amp;prázdnou</translation>
    </message>
    <message>
        <source>Creating a sample store with %1 orders…</source>
        <translation>Vytváří se ukázkový obchod s %1 objednávkami…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Demo Data</source>
        <translation>Ukázková data</translation>
    </message>
</context>
<context>
    <name>Invocation</name>
    <message>
        <source>&apos;%1&apos; is not available in this version</source>
        <translation>„%1“ není v této verzi k dispozici</translation>
    </message>
    <message>
        <source>No partner has the code &quot;%1&quot;.</source>
        <translation>Žádný partner nemá kód „%1“.</translation>
    </message>
    <message>
        <source>There is no program named &quot;%1&quot;.</source>
        <translation>Neexistuje žádný program s názvem „%1“.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 musí být celé číslo od %2 do %3, nikoli „%4“.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use %2.</source>
        <translation>Neznámý formát „%1“: použijte %2.</translation>
    </message>
</context>
<context>
    <name>LedgerStore</name>
    <message>
        <source>Database error: %1</source>
        <translation>Chyba databáze: %1</translation>
    </message>
    <message>
        <source>approval hold passed</source>
        <translation>ochranná lhůta pro schválení uplynula</translation>
    </message>
    <message>
        <source>A manual assignment needs a reason.</source>
        <translation>Ruční přiřazení vyžaduje důvod.</translation>
    </message>
    <message>
        <source>Order %1 is unknown; import it first.</source>
        <translation>Objednávka %1 je neznámá; nejprve ji importujte.</translation>
    </message>
    <message>
        <source>A manual amount cannot be negative.</source>
        <translation>Ručně zadaná částka nemůže být záporná.</translation>
    </message>
    <message>
        <source>The partner no longer exists.</source>
        <translation>Partner už neexistuje.</translation>
    </message>
    <message>
        <source>Order %1 is unknown.</source>
        <translation>Objednávka %1 je neznámá.</translation>
    </message>
    <message>
        <source>Unknown payout format &quot;%1&quot;: use paypal or csv.</source>
        <translation>Neznámý formát výplaty „%1“: použijte paypal nebo csv.</translation>
    </message>
    <message>
        <source>No partner has reached the payout threshold.</source>
        <translation>Žádný partner nedosáhl limitu pro výplatu.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nelze zapsat %1: %2</translation>
    </message>
    <message>
        <source>PartnerDesk commission, batch %1</source>
        <translation>Provize PartnerDesk, dávka %1</translation>
    </message>
    <message>
        <source>There is no payout batch %1.</source>
        <translation>Dávka výplat %1 neexistuje.</translation>
    </message>
    <message>
        <source>Payout batch %1 is already marked paid.</source>
        <translation>Dávka výplat %1 je již označena jako vyplacená.</translation>
    </message>
</context>
<context>
    <name>LedgerWriter</name>
    <message>
        <source>The database is not an SQLite database.</source>
        <translation>Databáze není databází SQLite.</translation>
    </message>
    <message>
        <source>Cannot prepare the ledger statements: %1</source>
        <translation>Nelze připravit příkazy účetní knihy: %1</translation>
    </message>
    <message>
        <source>Cannot save order %1: %2</source>
        <translation>Nelze uložit objednávku %1: %2</translation>
    </message>
    <message>
        <source>Cannot save the transaction of order %1: %2</source>
        <translation>Nelze uložit transakci objednávky %1: %2</translation>
    </message>
    <message>
        <source>Cannot update the transaction of order %1: %2</source>
        <translation>Nelze aktualizovat transakci objednávky %1: %2</translation>
    </message>
    <message>
        <source>Cannot save the reversal of order %1: %2</source>
        <translation>Nelze uložit storno objednávky %1: %2</translation>
    </message>
    <message>
        <source>Cannot retire the transaction of order %1: %2</source>
        <translation>Transakci objednávky %1 nelze vyřadit: %2</translation>
    </message>
    <message>
        <source>Cannot cancel the transaction of order %1: %2</source>
        <translation>Nelze zrušit transakci objednávky %1: %2</translation>
    </message>
</context>
<context>
    <name>LinkBuilder</name>
    <message>
        <source>Enter a store URL.</source>
        <translation>Zadejte URL obchodu.</translation>
    </message>
    <message>
        <source>The partner has no affiliate code.</source>
        <translation>Partner nemá partnerský kód.</translation>
    </message>
    <message>
        <source>This is not a valid URL: %1</source>
        <translation>Toto není platná URL: %1</translation>
    </message>
    <message>
        <source>Only http and https links can be tracked, not &quot;%1&quot;.</source>
        <translation>Sledovat lze pouze odkazy http a https, nikoli „%1“.</translation>
    </message>
    <message>
        <source>A store link cannot contain a user name or password (&quot;@&quot; before the host).</source>
        <translation>Odkaz na obchod nesmí obsahovat uživatelské jméno ani heslo („@“ před doménou).</translation>
    </message>
    <message>
        <source>The URL has no valid host.</source>
        <translation>URL nemá platnou doménu.</translation>
    </message>
    <message>
        <source>%1 is not a store host of this program (allowed: %2).</source>
        <translation>%1 není doménou obchodu tohoto programu (povolené: %2).</translation>
    </message>
</context>
<context>
    <name>LinkCommands</name>
    <message>
        <source>The partner&apos;s affiliate code.</source>
        <translation>Partnerský kód partnera.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KÓD</translation>
    </message>
    <message>
        <source>The partner&apos;s website, e.g. blog.example.com, or *.example.com for it and its subdomains.</source>
        <translation>Web partnera, např. blog.example.com, nebo *.example.com pro doménu včetně jejích subdomén.</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMÉNA</translation>
    </message>
    <message>
        <source>Register a partner&apos;s website for direct links; prints the verification token.</source>
        <translation>Zaregistruje web partnera pro přímé odkazy; vypíše ověřovací token.</translation>
    </message>
    <message>
        <source>Check a domain&apos;s verification token over the network (not available in this version).</source>
        <translation>Ověří ověřovací token domény přes síť (v této verzi není k dispozici).</translation>
    </message>
    <message>
        <source>Mark a partner&apos;s domain verified without a check: a manager&apos;s override, audited.</source>
        <translation>Označí doménu partnera jako ověřenou bez kontroly: zásah manažera, zaznamenaný v auditním záznamu.</translation>
    </message>
    <message>
        <source>Why the domain is approved by hand (kept in the audit log).</source>
        <translation>Proč je doména schválena ručně (uloží se do auditního záznamu).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Create a vanity path on a store host that forwards to the partner&apos;s tracked URL.</source>
        <translation>Vytvoří na doméně obchodu přesměrování (vanity cestu), které vede na sledovací odkaz partnera.</translation>
    </message>
    <message>
        <source>The store host, e.g. koongo.com.</source>
        <translation>Doména obchodu, např. koongo.com.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>DOMÉNA</translation>
    </message>
    <message>
        <source>The vanity path, e.g. /partner/jane.</source>
        <translation>Cesta přesměrování, např. /partner/jane.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CESTA</translation>
    </message>
    <message>
        <source>The store URL to forward to; the partner&apos;s code is added.</source>
        <translation>URL obchodu, na kterou se přesměruje; připojí se k ní kód partnera.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Print every rewrite as web server rules.</source>
        <translation>Vypíše všechna přesměrování jako pravidla webového serveru.</translation>
    </message>
    <message>
        <source>nginx or apache.</source>
        <translation>nginx nebo apache.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMÁT</translation>
    </message>
    <message>
        <source>Print a partner&apos;s tracked link to a store URL.</source>
        <translation>Vypíše sledovací odkaz partnera na URL obchodu.</translation>
    </message>
    <message>
        <source>Any URL on a store host of the partner&apos;s programs.</source>
        <translation>Libovolná URL na doméně obchodu některého z programů partnera.</translation>
    </message>
    <message>
        <source>Add a banner to a program; prints its id.</source>
        <translation>Přidá do programu banner; vypíše jeho ID.</translation>
    </message>
    <message>
        <source>The program&apos;s name.</source>
        <translation>Název programu.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NÁZEV</translation>
    </message>
    <message>
        <source>The banner&apos;s title (its tooltip).</source>
        <translation>Titulek banneru (jeho popisek).</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITULEK</translation>
    </message>
    <message>
        <source>The image&apos;s http(s) URL.</source>
        <translation>URL obrázku (http nebo https).</translation>
    </message>
    <message>
        <source>Width in pixels.</source>
        <translation>Šířka v pixelech.</translation>
    </message>
    <message>
        <source>W</source>
        <translation>Š</translation>
    </message>
    <message>
        <source>Height in pixels.</source>
        <translation>Výška v pixelech.</translation>
    </message>
    <message>
        <source>H</source>
        <translation>V</translation>
    </message>
    <message>
        <source>A partner&apos;s own banner instead of a stock one.</source>
        <translation>Vlastní banner partnera místo standardního.</translation>
    </message>
    <message>
        <source>Print the HTML a partner pastes to publish a banner.</source>
        <translation>Vypíše HTML kód, který partner vloží na svůj web, aby banner zveřejnil.</translation>
    </message>
    <message>
        <source>The banner&apos;s id.</source>
        <translation>ID banneru.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The store URL the banner links to (default: the program&apos;s first store host).</source>
        <translation>URL obchodu, na kterou banner odkazuje (výchozí: první doména obchodu programu).</translation>
    </message>
    <message>
        <source>%1 has not joined any active program, so there is no link to make.</source>
        <translation>%1 není členem žádného aktivního programu, takže nelze vytvořit odkaz.</translation>
    </message>
    <message>
        <source>There is no banner %1.</source>
        <translation>Banner %1 neexistuje.</translation>
    </message>
    <message>
        <source>Banner %1 is another partner&apos;s own banner.</source>
        <translation>Banner %1 je vlastní banner jiného partnera.</translation>
    </message>
    <message>
        <source>Banner %1 belongs to no program.</source>
        <translation>Banner %1 nepatří k žádnému programu.</translation>
    </message>
    <message>
        <source>%1 is not an active member of %2; join the program first.</source>
        <translation>%1 není aktivním členem programu %2; nejprve se k programu připojte.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>the amount is empty</source>
        <translation>částka je prázdná</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal number with &apos;.&apos;</source>
        <translation>„%1“ není desetinné číslo s tečkou</translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; is too large</source>
        <translation>částka „%1“ je příliš velká</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends with a &apos;.&apos;</source>
        <translation>„%1“ končí tečkou</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 decimals; the currency has %3</source>
        <translation>„%1“ má %2 desetinných míst; měna jich má %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code</source>
        <translation>„%1“ není kód měny podle ISO 4217</translation>
    </message>
</context>
<context>
    <name>OrderCommands</name>
    <message>
        <source>Import the store&apos;s orders CSV; prints a summary, rejected rows go to stderr as FILE:LINE: field: reason. Exit 0: all imported, 2: some rejected, 1: nothing imported.</source>
        <translation>Importuje CSV s objednávkami obchodu; vypíše souhrn, odmítnuté řádky jdou na standardní chybový výstup ve tvaru SOUBOR:ŘÁDEK: pole: důvod. Návratový kód 0: vše importováno, 2: některé řádky odmítnuty, 1: nic neimportováno.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>SOUBOR</translation>
    </message>
    <message>
        <source>The orders CSV (order_id, placed_at, subtotal, currency, status, ...).</source>
        <translation>CSV s objednávkami (order_id, placed_at, subtotal, currency, status, ...).</translation>
    </message>
    <message>
        <source>Assign an order to a partner by hand, overriding every rule; audited.</source>
        <translation>Ručně přiřadí objednávku partnerovi bez ohledu na všechna pravidla; zaznamená se do auditního záznamu.</translation>
    </message>
    <message>
        <source>The order&apos;s id.</source>
        <translation>ID objednávky.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The partner&apos;s affiliate code.</source>
        <translation>Partnerský kód partnera.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KÓD</translation>
    </message>
    <message>
        <source>Why (kept in the audit log).</source>
        <translation>Důvod (uloží se do auditního záznamu).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>A fixed commission in the order&apos;s currency instead of the link commission, e.g. 12.50.</source>
        <translation>Pevná provize v měně objednávky místo provize za odkaz, např. 12.50.</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>ČÁSTKA</translation>
    </message>
    <message>
        <source>Show which attribution rule won an order, and why the others did not.</source>
        <translation>Ukáže, které pravidlo přiřazení objednávku získalo a proč ostatní ne.</translation>
    </message>
    <message>
        <source>Print every commission transaction as CSV.</source>
        <translation>Vypíše všechny transakce provizí jako CSV.</translation>
    </message>
    <message>
        <source>csv (the default).</source>
        <translation>csv (výchozí).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMÁT</translation>
    </message>
    <message>
        <source>Fill the database with sample programs, partners and orders.</source>
        <translation>Naplní databázi ukázkovými programy, partnery a objednávkami.</translation>
    </message>
    <message>
        <source>How many orders to generate (0: partners only).</source>
        <translation>Kolik objednávek vygenerovat (0: jen partneři).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>How many partners to create (default 10000).</source>
        <translation>Kolik partnerů vytvořit (výchozí 10000).</translation>
    </message>
    <message>
        <source>Random seed, for reproducible data.</source>
        <translation>Náhodné semínko pro reprodukovatelná data.</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>importuje se</translation>
    </message>
    <message>
        <source>imported %1 (created %2, updated %3), rejected %4, attributed %5, unattributed %6, reversals %7</source>
        <translation>importováno %1 (vytvořeno %2, aktualizováno %3), odmítnuto %4, přiřazeno %5, nepřiřazeno %6, storen %7</translation>
    </message>
    <message>
        <source>Order %1 is unknown; import it first.</source>
        <translation>Objednávka %1 je neznámá; nejprve ji importujte.</translation>
    </message>
    <message>
        <source>--amount cannot be negative.</source>
        <translation>--amount nemůže být záporné.</translation>
    </message>
    <message>
        <source>Order %1: placed %2, subtotal %3 %4, %5</source>
        <translation>Objednávka %1: vytvořena %2, mezisoučet %3 %4, %5</translation>
    </message>
    <message>
        <source>coupon code</source>
        <translation>kód kupónu</translation>
    </message>
    <message>
        <source>affiliate code</source>
        <translation>partnerský kód</translation>
    </message>
    <message>
        <source>landing URL</source>
        <translation>vstupní URL</translation>
    </message>
    <message>
        <source>referrer URL</source>
        <translation>URL odkazující stránky</translation>
    </message>
    <message>
        <source>customer e-mail</source>
        <translation>e-mail zákazníka</translation>
    </message>
    <message>
        <source>Rules, first match wins:</source>
        <translation>Pravidla (vyhrává první shoda):</translation>
    </message>
    <message>
        <source>WON</source>
        <translation>VYHRÁLO</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>nezkoušeno</translation>
    </message>
    <message>
        <source>the %1 rule already won</source>
        <translation>už vyhrálo pravidlo %1</translation>
    </message>
    <message>
        <source>Result: unattributed; no rule matched. Assign it by hand with &quot;partnerdesk-cli assign&quot;.</source>
        <translation>Výsledek: nepřiřazeno; žádné pravidlo neodpovídá. Přiřaďte ji ručně pomocí „partnerdesk-cli assign“.</translation>
    </message>
    <message>
        <source>Result: %1 (%2), program %3, rule %4, rate %5 %, commission %6 %7, status %8, self-referral %9</source>
        <translation>Výsledek: %1 (%2), program %3, pravidlo %4, sazba %5 %, provize %6 %7, stav %8, vlastní doporučení %9</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>pevná</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ano</translation>
    </message>
    <message>
        <source>generating</source>
        <translation>generuje se</translation>
    </message>
    <message>
        <source>demo: %1 programs, %2 partners, %3 orders</source>
        <translation>ukázka: programů %1, partnerů %2, objednávek %3</translation>
    </message>
</context>
<context>
    <name>OrderImporter</name>
    <message>
        <source>order_id is empty</source>
        <translation>order_id je prázdné</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation>„%1“ není datum a čas podle ISO 8601</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code</source>
        <translation>„%1“ není kód měny podle ISO 4217</translation>
    </message>
    <message>
        <source>the subtotal cannot be negative</source>
        <translation>mezisoučet nemůže být záporný</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of pending, complete, canceled, refunded</source>
        <translation>„%1“ není žádná z hodnot pending, complete, canceled, refunded</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Nelze otevřít %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: the header row is missing</source>
        <translation>%1 je prázdný: chybí řádek záhlaví</translation>
    </message>
    <message>
        <source>%1:%2: the header row is malformed: %3</source>
        <translation>%1:%2: řádek záhlaví je chybný: %3</translation>
    </message>
    <message>
        <source>%1:%2: the column %3 appears twice in the header</source>
        <translation>%1:%2: sloupec %3 je v záhlaví dvakrát</translation>
    </message>
    <message>
        <source>%1:%2: the header lacks the required column(s) %3</source>
        <translation>%1:%2: v záhlaví chybí povinné sloupce %3</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Nelze zahájit transakci: %1</translation>
    </message>
    <message>
        <source>Cannot record the import: %1</source>
        <translation>Nelze zaznamenat import: %1</translation>
    </message>
    <message>
        <source>the row has %1 fields; the header has %2</source>
        <translation>řádek má %1 polí; záhlaví má %2</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>order %1 appears twice in this file (first on line %2)</source>
        <translation>objednávka %1 je v tomto souboru dvakrát (poprvé na řádku %2)</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AffiliateListModel</name>
    <message>
        <source>Approved</source>
        <translation>Schválený</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Čeká na schválení</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Pozastavený</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Partner code</source>
        <translation>Partnerský kód</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::JoinPartnerDialog</name>
    <message>
        <source>Join a Partner to %1</source>
        <translation>Připojit partnera k programu %1</translation>
    </message>
    <message>
        <source>Search by name, partner code or email</source>
        <translation>Hledat podle jména, partnerského kódu nebo e-mailu</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Připojit</translation>
    </message>
    <message>
        <source>Showing the first %1 partners; type more to narrow the search.</source>
        <translation>Zobrazeno prvních %1 partnerů; pro zúžení hledání pište dál.</translation>
    </message>
    <message>
        <source>There are no partners yet.</source>
        <translation>Zatím zde nejsou žádní partneři.</translation>
    </message>
    <message>
        <source>No partner matches &quot;%1&quot;.</source>
        <translation>Hledání „%1“ neodpovídá žádný partner.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::MainWindow</name>
    <message>
        <source>PartnerDesk databases (*.sqlite *.db)</source>
        <translation>Databáze PartnerDesk (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programy</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Soubor</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Otevřít databázi…</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nová databáze…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ukončit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Nápověda</translation>
    </message>
    <message>
        <source>&amp;About PartnerDesk</source>
        <translation>&amp;O aplikaci PartnerDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <source>Demo Data</source>
        <translation>Ukázková data</translation>
    </message>
    <message>
        <source>Could not create the demo data: %1</source>
        <translation>Ukázková data se nepodařilo vytvořit: %1</translation>
    </message>
    <message>
        <source>Demo data cancelled; the database is empty.</source>
        <translation>Vytváření ukázkových dat zrušeno; databáze je prázdná.</translation>
    </message>
    <message>
        <source>%1 – PartnerDesk</source>
        <translation>%1 – PartnerDesk</translation>
    </message>
    <message>
        <source>The open database</source>
        <translation>Otevřená databáze</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Otevřít databázi</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Otevřeno: %1.</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nová databáze</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File › Open Database.</source>
        <translation>%1 už existuje. Zvolte jiný název, nebo ji otevřete přes Soubor › Otevřít databázi.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Vytvořeno: %1.</translation>
    </message>
    <message>
        <source>About PartnerDesk</source>
        <translation>O aplikaci PartnerDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PartnerDesk %1&lt;/h3&gt;&lt;p&gt;Runs an online store&apos;s partner program: programs and partners, links, banners and coupons, attribution of orders, commission, payouts and reports.&lt;/p&gt;&lt;p&gt;Works offline from a local database and syncs with a central PostgreSQL.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PartnerDesk %1&lt;/h3&gt;&lt;p&gt;Spravuje partnerský program internetového obchodu: programy a partnery, odkazy, bannery a kupóny, přiřazování objednávek, provize, výplaty a přehledy.&lt;/p&gt;&lt;p&gt;Pracuje offline s místní databází a synchronizuje se s centrální databází PostgreSQL.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partneři</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transakce</translation>
    </message>
    <message>
        <source>Manual Assignments</source>
        <translation>Ruční přiřazení</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Výplaty</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Přehledy</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Úpr&amp;avy</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Zpět</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Znovu</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Zobrazit</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Načíst znovu</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::MembershipListModel</name>
    <message>
        <source>Yes</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Odešel</translation>
    </message>
    <message>
        <source>The program that earns the partner&apos;s link, rewrite and direct-link orders</source>
        <translation>Program, kterému se připisují objednávky partnera z odkazů, přesměrování a přímých odkazů</translation>
    </message>
    <message>
        <source>Partner code</source>
        <translation>Partnerský kód</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Připojen</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primární</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivní</translation>
    </message>
    <message>
        <source>Choose a program first.</source>
        <translation>Nejprve vyberte program.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ProgramDialog</name>
    <message>
        <source>Add Program</source>
        <translation>Přidat program</translation>
    </message>
    <message>
        <source>Edit Program %1</source>
        <translation>Upravit program %1</translation>
    </message>
    <message>
        <source>e.g. Koongo Partner</source>
        <translation>např. Koongo Partner</translation>
    </message>
    <message>
        <source>ISO 4217 code: commission and the payout threshold are in this currency</source>
        <translation>Kód ISO 4217: v této měně jsou provize i limit pro výplatu</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dní</translation>
    </message>
    <message>
        <source>A completed order&apos;s commission is approved this many days after the order</source>
        <translation>Provize z dokončené objednávky se schválí po tomto počtu dní od objednávky</translation>
    </message>
    <message>
        <source>How long the store remembers a partner&apos;s link visit</source>
        <translation>Jak dlouho si obchod pamatuje návštěvu z odkazu partnera</translation>
    </message>
    <message>
        <source>shop.example.com
one host per line</source>
        <translation>shop.example.com
jedna doména na řádek</translation>
    </message>
    <message>
        <source>Hosts partner links may point to; their subdomains are allowed too</source>
        <translation>Domény, na které smějí partnerské odkazy vést; povoleny jsou i jejich subdomény</translation>
    </message>
    <message>
        <source>Partners can join and earn commission</source>
        <translation>Partneři se mohou připojit a získávat provize</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Název:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Popis:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Měna:</translation>
    </message>
    <message>
        <source>&amp;Link commission:</source>
        <translation>Provize za &amp;odkaz:</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>C&amp;oupon commission:</source>
        <translation>Provize za &amp;kupón:</translation>
    </message>
    <message>
        <source>Customer disco&amp;unt:</source>
        <translation>&amp;Sleva pro zákazníka:</translation>
    </message>
    <message>
        <source>Payout &amp;threshold:</source>
        <translation>&amp;Limit pro výplatu:</translation>
    </message>
    <message>
        <source>Approval &amp;hold:</source>
        <translation>&amp;Ochranná lhůta pro schválení:</translation>
    </message>
    <message>
        <source>Coo&amp;kie lifetime:</source>
        <translation>Platnost coo&amp;kie:</translation>
    </message>
    <message>
        <source>&amp;Store hosts:</source>
        <translation>&amp;Domény obchodu:</translation>
    </message>
    <message>
        <source>Active:</source>
        <translation>Aktivní:</translation>
    </message>
    <message>
        <source>&amp;Add Program</source>
        <translation>&amp;Přidat program</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Uložit</translation>
    </message>
    <message>
        <source>Link commission</source>
        <translation>Provize za odkaz</translation>
    </message>
    <message>
        <source>Coupon commission</source>
        <translation>Provize za kupón</translation>
    </message>
    <message>
        <source>Customer discount</source>
        <translation>Sleva pro zákazníka</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Payout threshold: %1</source>
        <translation>Limit pro výplatu: %1</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ProgramListModel</name>
    <message>
        <source>%1
Store hosts: %2</source>
        <translation>%1
Domény obchodu: %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Commission on orders that came through the partner&apos;s link, rewrite or website</source>
        <translation>Provize z objednávek, které přišly přes odkaz, přesměrování nebo web partnera</translation>
    </message>
    <message>
        <source>Commission on orders placed with the partner&apos;s coupon code</source>
        <translation>Provize z objednávek s kupónem partnera</translation>
    </message>
    <message>
        <source>Discount the customer gets with a partner&apos;s coupon code</source>
        <translation>Sleva, kterou zákazník získá s kupónem partnera</translation>
    </message>
    <message>
        <source>Payout threshold: approved commission a partner must reach before a payout is due</source>
        <translation>Limit pro výplatu: výše schválených provizí, které musí partner dosáhnout, aby mu vznikl nárok na výplatu</translation>
    </message>
    <message>
        <source>Approval hold: days after a completed order before its commission is approved</source>
        <translation>Ochranná lhůta pro schválení: počet dní od dokončení objednávky do schválení její provize</translation>
    </message>
    <message>
        <source>Partners with an active membership</source>
        <translation>Partneři s aktivním členstvím</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Měna</translation>
    </message>
    <message>
        <source>Link rate</source>
        <translation>Sazba za odkaz</translation>
    </message>
    <message>
        <source>Coupon rate</source>
        <translation>Sazba za kupón</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Sleva</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Hold days</source>
        <translation>Lhůta (dny)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Členové</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivní</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ProgramsPane</name>
    <message>
        <source>&amp;Add Program…</source>
        <translation>&amp;Přidat program…</translation>
    </message>
    <message>
        <source>Add a program (%1)</source>
        <translation>Přidat program (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit Program…</source>
        <translation>&amp;Upravit program…</translation>
    </message>
    <message>
        <source>Edit the selected program (F2, or double-click it)</source>
        <translation>Upravit vybraný program (F2 nebo dvojklik)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivovat</translation>
    </message>
    <message>
        <source>&amp;Join Partner…</source>
        <translation>Připojit &amp;partnera…</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programy</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivovat</translation>
    </message>
    <message>
        <source>Deactivate the selected program: partners can no longer join it</source>
        <translation>Deaktivovat vybraný program: partneři se k němu už nebudou moci připojit</translation>
    </message>
    <message>
        <source>Activate the selected program again</source>
        <translation>Znovu aktivovat vybraný program</translation>
    </message>
    <message>
        <source>Activate the program before partners can join it</source>
        <translation>Aby se k programu mohli partneři připojit, nejprve ho aktivujte</translation>
    </message>
    <message>
        <source>Join a partner to the selected program (Ctrl+J)</source>
        <translation>Připojit partnera k vybranému programu (Ctrl+J)</translation>
    </message>
    <message>
        <source>Select a program to see its members.</source>
        <translation>Vyberte program, abyste viděli jeho členy.</translation>
    </message>
    <message>
        <source>Members of %1: %2 active, %3 left</source>
        <translation>Členové programu %1: aktivní %2, odešlí %3</translation>
    </message>
    <message>
        <source>Members of %1: %2 active</source>
        <translation>Členové programu %1: aktivní %2</translation>
    </message>
    <message>
        <source>Added program %1.</source>
        <translation>Program %1 byl přidán.</translation>
    </message>
    <message>
        <source>Add Program</source>
        <translation>Přidat program</translation>
    </message>
    <message>
        <source>Saved program %1.</source>
        <translation>Program %1 byl uložen.</translation>
    </message>
    <message>
        <source>Edit Program</source>
        <translation>Upravit program</translation>
    </message>
    <message>
        <source>Activate Program</source>
        <translation>Aktivovat program</translation>
    </message>
    <message>
        <source>Deactivate Program</source>
        <translation>Deaktivovat program</translation>
    </message>
    <message>
        <source>Activated program %1.</source>
        <translation>Program %1 byl aktivován.</translation>
    </message>
    <message>
        <source>Deactivated program %1; partners can no longer join it.</source>
        <translation>Program %1 byl deaktivován; partneři se k němu už nemohou připojit.</translation>
    </message>
    <message>
        <source>%1 (%2) joined %3.</source>
        <translation>%1 (%2) se připojil k programu %3.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::TransactionFilterBar</name>
    <message>
        <source>any</source>
        <translation>libovolně</translation>
    </message>
    <message>
        <source>Partner code</source>
        <translation>Kód partnera</translation>
    </message>
    <message>
        <source>Only this partner&apos;s transactions: the exact partner code (or id)</source>
        <translation>Jen transakce tohoto partnera: přesný kód partnera (nebo id)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Všechny druhy</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Všechny stavy</translation>
    </message>
    <message>
        <source>Placed on or after this day (UTC)</source>
        <translation>Vytvořeno v tento den nebo později (UTC)</translation>
    </message>
    <message>
        <source>Placed on or before this day (UTC)</source>
        <translation>Vytvořeno v tento den nebo dříve (UTC)</translation>
    </message>
    <message>
        <source>Order ID starts with…</source>
        <translation>Číslo objednávky začíná…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Všechny programy</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Všechny měny</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::TransactionTableModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>self-referral</source>
        <translation>vlastní doporučení</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>nahrazená</translation>
    </message>
    <message>
        <source>reverses #%1</source>
        <translation>storno k č. %1</translation>
    </message>
    <message>
        <source>paid, batch %1</source>
        <translation>vyplaceno, dávka %1</translation>
    </message>
    <message>
        <source>in batch %1</source>
        <translation>v dávce %1</translation>
    </message>
    <message>
        <source>Placed (UTC)</source>
        <translation>Vytvořeno (UTC)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Objednávka</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Partner Name</source>
        <translation>Jméno partnera</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Základ</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Sazba</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Provize</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Měna</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Příznaky</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>ručně</translation>
    </message>
    <message>
        <source>coupon</source>
        <translation>kupón</translation>
    </message>
    <message>
        <source>link</source>
        <translation>odkaz</translation>
    </message>
    <message>
        <source>rewrite</source>
        <translation>přesměrování</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>přímý odkaz</translation>
    </message>
    <message>
        <source>reversal</source>
        <translation>storno</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>čeká</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>schváleno</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>zrušeno</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>vyplaceno</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::TransactionsPane</name>
    <message>
        <source>&amp;Copy Order ID</source>
        <translation>&amp;Kopírovat číslo objednávky</translation>
    </message>
    <message>
        <source>Copy the selected order&apos;s id (Ctrl+C)</source>
        <translation>Zkopírovat číslo vybrané objednávky (Ctrl+C)</translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation>&amp;Vysvětlit</translation>
    </message>
    <message>
        <source>Show which attribution rule won the selected order, and why (Ctrl+I)</source>
        <translation>Ukázat, které pravidlo přiřadilo vybranou objednávku, a proč (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Assign Manually…</source>
        <translation>&amp;Přiřadit ručně…</translation>
    </message>
    <message>
        <source>Assign the selected order to a partner by hand</source>
        <translation>Přiřadit vybranou objednávku partnerovi ručně</translation>
    </message>
    <message>
        <source>Show &amp;Partner</source>
        <translation>Zobrazit &amp;partnera</translation>
    </message>
    <message>
        <source>Open the selected transaction&apos;s partner in the Partners pane</source>
        <translation>Otevřít partnera vybrané transakce v panelu Partneři</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportovat CSV…</translation>
    </message>
    <message>
        <source>Export the transactions the filter shows as CSV (Ctrl+Shift+E)</source>
        <translation>Exportovat transakce vybrané filtrem jako CSV (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Zrušit filtry</translation>
    </message>
    <message>
        <source>Show every transaction again (Ctrl+Shift+L)</source>
        <translation>Znovu zobrazit všechny transakce (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transakce</translation>
    </message>
    <message>
        <source>Select a transaction to see which rule attributed its order, and why.</source>
        <translation>Vyberte transakci a uvidíte, které pravidlo přiřadilo její objednávku, a proč.</translation>
    </message>
    <message>
        <source>Order %1 has no transaction.</source>
        <translation>Objednávka %1 nemá žádnou transakci.</translation>
    </message>
    <message>
        <source>No partner has the code %1.</source>
        <translation>Žádný partner nemá kód %1.</translation>
    </message>
    <message>
        <source>%1+ transactions, counting…</source>
        <translation>%1+ transakcí, počítám…</translation>
    </message>
    <message>
        <source>%1 transactions</source>
        <translation>%1 transakcí</translation>
    </message>
    <message>
        <source>%1 match</source>
        <translation>vyhovuje: %1</translation>
    </message>
    <message>
        <source>Copied order ID %1.</source>
        <translation>Číslo objednávky %1 zkopírováno.</translation>
    </message>
    <message>
        <source>Export Transactions</source>
        <translation>Export transakcí</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Soubory CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting transactions to %1…</source>
        <translation>Exportuji transakce do %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export zrušen; nic nebylo zapsáno.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>Export se nezdařil.</translation>
    </message>
    <message>
        <source>Exported %1 transactions to %2.</source>
        <translation>Exportováno transakcí: %1 do %2.</translation>
    </message>
</context>
<context>
    <name>PayoutCommands</name>
    <message>
        <source>csv (the default).</source>
        <translation>csv (výchozí).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMÁT</translation>
    </message>
    <message>
        <source>Print every partner&apos;s money per currency as CSV: pending, approved balance, in a batch, paid.</source>
        <translation>Vypíše peníze každého partnera po měnách jako CSV: čekající, schválený zůstatek, v dávce, vyplaceno.</translation>
    </message>
    <message>
        <source>Print the balances that reached their program&apos;s payout threshold, as CSV.</source>
        <translation>Vypíše jako CSV zůstatky, které dosáhly limitu pro výplatu svého programu.</translation>
    </message>
    <message>
        <source>Put every due balance into a payout batch and write its file; prints the batch id.</source>
        <translation>Zařadí všechny splatné zůstatky do dávky výplat a zapíše její soubor; vypíše ID dávky.</translation>
    </message>
    <message>
        <source>paypal (PayPal mass payment file) or csv.</source>
        <translation>paypal (soubor hromadné platby PayPal) nebo csv.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Soubor, který se má zapsat.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>SOUBOR</translation>
    </message>
    <message>
        <source>Mark the transactions of an exported batch paid; prints how many.</source>
        <translation>Označí transakce exportované dávky jako vyplacené; vypíše jejich počet.</translation>
    </message>
    <message>
        <source>The batch id &quot;payouts batch&quot; printed.</source>
        <translation>ID dávky, které vypsal příkaz „payouts batch“.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Write sales and commission per month, program and kind for a period, as CSV or PDF.</source>
        <translation>Zapíše tržby a provize za období po měsících, programech a druzích jako CSV nebo PDF.</translation>
    </message>
    <message>
        <source>The first day, YYYY-MM-DD.</source>
        <translation>První den, RRRR-MM-DD.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>The last day (included), YYYY-MM-DD.</source>
        <translation>Poslední den (včetně), RRRR-MM-DD.</translation>
    </message>
    <message>
        <source>csv or pdf.</source>
        <translation>csv nebo pdf.</translation>
    </message>
    <message>
        <source>The file to write (csv: standard output when not given).</source>
        <translation>Soubor, který se má zapsat (csv: není-li zadán, standardní výstup).</translation>
    </message>
    <message>
        <source>Synchronise with the central PostgreSQL database (not available in this version).</source>
        <translation>Synchronizuje s centrální databází PostgreSQL (v této verzi není k dispozici).</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST:PORT/DB</source>
        <translation>postgresql://UŽIVATEL@HOSTITEL:PORT/DB</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>--from must be a date YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--from musí být datum ve tvaru RRRR-MM-DD, nikoli „%1“.</translation>
    </message>
    <message>
        <source>--to must be a date YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--to musí být datum ve tvaru RRRR-MM-DD, nikoli „%1“.</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation>--to (%1) je před --from (%2).</translation>
    </message>
    <message>
        <source>A PDF report needs --output FILE.</source>
        <translation>Přehled v PDF vyžaduje --output SOUBOR.</translation>
    </message>
    <message>
        <source>This build cannot write PDF reports.</source>
        <translation>Toto sestavení neumí zapisovat přehledy v PDF.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nelze zapsat %1: %2</translation>
    </message>
</context>
<context>
    <name>ProgramCommands</name>
    <message>
        <source>Create a partner program.</source>
        <translation>Vytvoří partnerský program.</translation>
    </message>
    <message>
        <source>The program&apos;s name, unique.</source>
        <translation>Název programu, jedinečný.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NÁZEV</translation>
    </message>
    <message>
        <source>What partners read about the program.</source>
        <translation>Co si partneři o programu přečtou.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>ISO 4217 currency of commissions and the threshold, e.g. EUR.</source>
        <translation>Měna provizí a limitu pro výplatu podle ISO 4217, např. EUR.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KÓD</translation>
    </message>
    <message>
        <source>Commission on orders from links, rewrites and direct links, in percent.</source>
        <translation>Provize z objednávek z odkazů, přesměrování a přímých odkazů, v procentech.</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>PROCENTA</translation>
    </message>
    <message>
        <source>Commission on orders with the partner&apos;s coupon, in percent.</source>
        <translation>Provize z objednávek s kupónem partnera, v procentech.</translation>
    </message>
    <message>
        <source>The customer&apos;s discount with a partner&apos;s coupon, in percent.</source>
        <translation>Sleva zákazníka s kupónem partnera, v procentech.</translation>
    </message>
    <message>
        <source>Payout threshold in the program&apos;s currency, e.g. 50.00.</source>
        <translation>Limit pro výplatu v měně programu, např. 50.00.</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>ČÁSTKA</translation>
    </message>
    <message>
        <source>Days after a complete order before its commission is approved.</source>
        <translation>Počet dní od dokončení objednávky do schválení její provize.</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DNY</translation>
    </message>
    <message>
        <source>Cookie lifetime in days (default 30).</source>
        <translation>Platnost cookie ve dnech (výchozí 30).</translation>
    </message>
    <message>
        <source>A store host links may point to (subdomains included); repeat for more.</source>
        <translation>Doména obchodu, na kterou smějí odkazy vést (včetně subdomén); pro více domén volbu opakujte.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>DOMÉNA</translation>
    </message>
    <message>
        <source>List the programs as CSV.</source>
        <translation>Vypíše programy jako CSV.</translation>
    </message>
    <message>
        <source>Register a partner; prints the affiliate code.</source>
        <translation>Zaregistruje partnera; vypíše partnerský kód.</translation>
    </message>
    <message>
        <source>The partner&apos;s name.</source>
        <translation>Jméno partnera.</translation>
    </message>
    <message>
        <source>The partner&apos;s e-mail (PayPal payouts go there).</source>
        <translation>E-mail partnera (na něj jdou výplaty přes PayPal).</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>EMAIL</translation>
    </message>
    <message>
        <source>The affiliate code; generated when not given.</source>
        <translation>Partnerský kód; není-li zadán, vygeneruje se.</translation>
    </message>
    <message>
        <source>Make a partner a member of a program.</source>
        <translation>Udělá z partnera člena programu.</translation>
    </message>
    <message>
        <source>The partner&apos;s affiliate code.</source>
        <translation>Partnerský kód partnera.</translation>
    </message>
    <message>
        <source>The program&apos;s name.</source>
        <translation>Název programu.</translation>
    </message>
    <message>
        <source>Create a partner&apos;s coupon code in a program; prints the code.</source>
        <translation>Vytvoří partnerovi kupón v programu; vypíše jeho kód.</translation>
    </message>
    <message>
        <source>The program&apos;s name; the partner must be a member.</source>
        <translation>Název programu; partner musí být jeho členem.</translation>
    </message>
    <message>
        <source>The coupon code; generated when not given.</source>
        <translation>Kód kupónu; není-li zadán, vygeneruje se.</translation>
    </message>
    <message>
        <source>COUPON</source>
        <translation>KUPÓN</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code.</source>
        <translation>„%1“ není kód měny podle ISO 4217.</translation>
    </message>
    <message>
        <source>--threshold cannot be negative.</source>
        <translation>--threshold nemůže být záporný.</translation>
    </message>
</context>
<context>
    <name>ProgramStore</name>
    <message>
        <source>A program with this name already exists.</source>
        <translation>Program s tímto názvem už existuje.</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Chyba databáze: %1</translation>
    </message>
    <message>
        <source>The program needs a name.</source>
        <translation>Program musí mít název.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code.</source>
        <translation>„%1“ není kód měny podle ISO 4217.</translation>
    </message>
    <message>
        <source>The payout threshold cannot be negative.</source>
        <translation>Limit pro výplatu nemůže být záporný.</translation>
    </message>
    <message>
        <source>Days cannot be negative.</source>
        <translation>Počet dní nemůže být záporný.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid store host.</source>
        <translation>„%1“ není platná doména obchodu.</translation>
    </message>
    <message>
        <source>The program needs at least one store host.</source>
        <translation>Program musí mít alespoň jednu doménu obchodu.</translation>
    </message>
    <message>
        <source>The program no longer exists.</source>
        <translation>Program už neexistuje.</translation>
    </message>
    <message>
        <source>%1 is not active; partners cannot join it.</source>
        <translation>Program %1 není aktivní; partneři se k němu nemohou připojit.</translation>
    </message>
    <message>
        <source>The partner is already a member of %1.</source>
        <translation>Partner už je členem programu %1.</translation>
    </message>
    <message>
        <source>The partner no longer exists.</source>
        <translation>Partner už neexistuje.</translation>
    </message>
    <message>
        <source>The partner is not an active member of %1.</source>
        <translation>Partner není aktivním členem programu %1.</translation>
    </message>
    <message>
        <source>Only an active membership can be the primary one.</source>
        <translation>Primární může být pouze aktivní členství.</translation>
    </message>
</context>
<context>
    <name>Rate</name>
    <message>
        <source>invalid percentage: %1</source>
        <translation>neplatné procento: %1</translation>
    </message>
    <message>
        <source>a percentage must be between 0 and 100, not %1</source>
        <translation>procento musí být mezi 0 a 100, nikoli %1</translation>
    </message>
</context>
<context>
    <name>ReportPdfWriter</name>
    <message>
        <source>Partner program report</source>
        <translation>Přehled partnerského programu</translation>
    </message>
    <message>
        <source>Period: %1 to %2 (both included)</source>
        <translation>Období: %1 až %2 (včetně obou dnů)</translation>
    </message>
    <message>
        <source>Generated %1 by PartnerDesk</source>
        <translation>Vytvořeno %1 aplikací PartnerDesk</translation>
    </message>
    <message>
        <source>No orders in this period.</source>
        <translation>V tomto období nejsou žádné objednávky.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Měsíc</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Měna</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Objednávky</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Tržby</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Provize</translation>
    </message>
    <message>
        <source>Totals per currency</source>
        <translation>Součty podle měn</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Žádné.</translation>
    </message>
    <message>
        <source>Writing a PDF needs a QGuiApplication.</source>
        <translation>Zápis PDF vyžaduje QGuiApplication.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nelze zapsat %1: %2</translation>
    </message>
    <message>
        <source>Partner program report %1 to %2</source>
        <translation>Přehled partnerského programu %1 až %2</translation>
    </message>
</context>
<context>
    <name>TransactionDetails</name>
    <message>
        <source>Order %1</source>
        <translation>Objednávka %1</translation>
    </message>
    <message>
        <source>Placed %1, subtotal %2 %3, %4</source>
        <translation>Vytvořena %1, mezisoučet %2 %3, %4</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>Kód kupónu</translation>
    </message>
    <message>
        <source>Affiliate code</source>
        <translation>Kód partnera</translation>
    </message>
    <message>
        <source>Landing URL</source>
        <translation>Vstupní URL</translation>
    </message>
    <message>
        <source>Referrer URL</source>
        <translation>Odkazující URL</translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation>E-mail zákazníka</translation>
    </message>
    <message>
        <source>Rules, first match wins</source>
        <translation>Pravidla, vyhrává první shoda</translation>
    </message>
    <message>
        <source>WON</source>
        <translation>VYHRÁLO</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>nezkoušeno</translation>
    </message>
    <message>
        <source>the %1 rule already won</source>
        <translation>už vyhrálo pravidlo %1</translation>
    </message>
    <message>
        <source>Unattributed: no rule matched. Assign it by hand in Manual Assignments.</source>
        <translation>Nepřiřazeno: žádné pravidlo neodpovídá. Přiřaďte ji ručně v panelu Ruční přiřazení.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>fixed amount</source>
        <translation>pevná částka</translation>
    </message>
    <message>
        <source>Winner: %1 (%2), program %3, rule %4, rate %5, commission %6 %7, status %8%9</source>
        <translation>Vítěz: %1 (%2), program %3, pravidlo %4, sazba %5, provize %6 %7, stav %8%9</translation>
    </message>
    <message>
        <source>; self-referral, earns nothing</source>
        <translation>; vlastní doporučení, nic nevydělá</translation>
    </message>
    <message>
        <source>Transactions of this order</source>
        <translation>Transakce této objednávky</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Žádné.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>č.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Provize</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>nahrazená</translation>
    </message>
    <message>
        <source>self-referral</source>
        <translation>vlastní doporučení</translation>
    </message>
    <message>
        <source>payout batch %1</source>
        <translation>výplatní dávka %1</translation>
    </message>
    <message>
        <source>Audit history</source>
        <translation>Historie změn</translation>
    </message>
    <message>
        <source>No manual changes.</source>
        <translation>Žádné ruční změny.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kdy</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kdo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Předtím</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Potom</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Proč</translation>
    </message>
</context>
<context>
    <name>TransactionQuery</name>
    <message>
        <source>Cancelled.</source>
        <translation>Zrušeno.</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Chyba databáze: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nelze zapsat %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Runs an online store&apos;s partner program.</source>
        <translation>Spravuje partnerský program internetového obchodu.</translation>
    </message>
    <message>
        <source>The database to open.</source>
        <translation>Databáze, která se má otevřít.</translation>
    </message>
    <message>
        <source>The language to use instead of the system&apos;s.</source>
        <translation>Jazyk, který se má použít místo systémového.</translation>
    </message>
    <message>
        <source>Fill a new database with demo data without asking.</source>
        <translation>Bez dotazu naplní novou databázi ukázkovými daty.</translation>
    </message>
    <message>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <source>The pane to show first: %1.</source>
        <translation>Panel, který se zobrazí jako první: %1.</translation>
    </message>
    <message>
        <source>There is no pane &quot;%1&quot;; the panes are %2.</source>
        <translation>Panel „%1“ neexistuje; panely jsou %2.</translation>
    </message>
</context>
</TS>
