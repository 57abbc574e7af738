<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
<context>
    <name>AddressPolicy</name>
    <message>
        <source>a public address</source>
        <translation>veřejná adresa</translation>
    </message>
    <message>
        <source>a loopback address</source>
        <translation>adresa zpětné smyčky (loopback)</translation>
    </message>
    <message>
        <source>a private address</source>
        <translation>privátní adresa</translation>
    </message>
    <message>
        <source>a link-local address</source>
        <translation>linková lokální adresa (link-local)</translation>
    </message>
    <message>
        <source>a unique-local (private) address</source>
        <translation>unikátní lokální (privátní) adresa</translation>
    </message>
    <message>
        <source>a carrier-grade NAT address</source>
        <translation>adresa NAT poskytovatele (carrier-grade NAT)</translation>
    </message>
    <message>
        <source>a multicast address</source>
        <translation>multicastová adresa</translation>
    </message>
    <message>
        <source>the unspecified address</source>
        <translation>nespecifikovaná adresa</translation>
    </message>
    <message>
        <source>a reserved address</source>
        <translation>rezervovaná adresa</translation>
    </message>
</context>
<context>
    <name>AffiliateCommands</name>
    <message>
        <source>A partner&apos;s payout e-mail: --request files a change (what the partner does), --approve or --reject decides it (a manager). Without one of them prints email,requested_email,requested_at.</source>
        <translation>E-mail partnera pro výplaty: --request podá žádost o změnu (to dělá partner), --approve nebo --reject o ní rozhodne (manažer). Bez nich vypíše email,requested_email,requested_at.</translation>
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
        <source>Ask for this payout e-mail; a manager approves it.</source>
        <translation>Požádá o tento e-mail pro výplaty; schválí ho manažer.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>EMAIL</translation>
    </message>
    <message>
        <source>Make the requested e-mail the payout e-mail.</source>
        <translation>Nastaví požadovaný e-mail jako e-mail pro výplaty.</translation>
    </message>
    <message>
        <source>Turn the request down; needs --reason.</source>
        <translation>Zamítne žádost; vyžaduje --reason.</translation>
    </message>
    <message>
        <source>Why, for the audit log.</source>
        <translation>Důvod pro auditní záznam.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Give one of --request EMAIL, --approve and --reject, not several.</source>
        <translation>Zadejte jen jednu z voleb --request EMAIL, --approve a --reject, ne několik.</translation>
    </message>
    <message>
        <source>--reason goes with --approve or --reject.</source>
        <translation>--reason patří k --approve nebo --reject.</translation>
    </message>
    <message>
        <source>The partner no longer exists.</source>
        <translation>Partner už neexistuje.</translation>
    </message>
</context>
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
        <source>The program or partner no longer exists.</source>
        <translation>Program nebo partner už neexistuje.</translation>
    </message>
    <message>
        <source>There is no coupon &quot;%1&quot;.</source>
        <translation>Kupon „%1“ neexistuje.</translation>
    </message>
    <message>
        <source>The partner&apos;s name</source>
        <translation>Jméno partnera</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>E-mailová adresa</translation>
    </message>
    <message>
        <source>The affiliate code</source>
        <translation>Partnerský kód</translation>
    </message>
    <message>
        <source>The coupon code</source>
        <translation>Kód kupónu</translation>
    </message>
    <message>
        <source>The domain</source>
        <translation>Doména</translation>
    </message>
    <message>
        <source>Only a manager approves a website manually.</source>
        <translation>Web může ručně schválit jen manažer.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Důvod</translation>
    </message>
</context>
<context>
    <name>ApplyScope</name>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Nelze zahájit transakci: %1</translation>
    </message>
    <message>
        <source>Cannot prepare to apply the pulled rows: %1</source>
        <translation>Nelze se připravit na zápis stažených řádků: %1</translation>
    </message>
    <message>
        <source>The pulled rows are not being applied.</source>
        <translation>Stažené řádky se právě nezapisují.</translation>
    </message>
    <message>
        <source>Cannot finish applying the pulled rows: %1</source>
        <translation>Nelze dokončit zápis stažených řádků: %1</translation>
    </message>
</context>
<context>
    <name>AssignCommand</name>
    <message>
        <source>Assign order %1 to %2</source>
        <translation>Přiřazení objednávky %1 partnerovi %2</translation>
    </message>
    <message>
        <source>Assign %1 orders to %2</source>
        <translation>Přiřazení objednávek (%1) partnerovi %2</translation>
    </message>
    <message>
        <source>undo: %1</source>
        <translation>zpět: %1</translation>
    </message>
    <message>
        <source>redo: %1</source>
        <translation>znovu: %1</translation>
    </message>
</context>
<context>
    <name>AssignmentStore</name>
    <message>
        <source>Database error: %1</source>
        <translation>Chyba databáze: %1</translation>
    </message>
    <message>
        <source>The partner no longer exists.</source>
        <translation>Partner už neexistuje.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is suspended; a suspended partner cannot be assigned orders.</source>
        <translation>%1 je pozastaven; pozastavenému partnerovi nelze přiřadit objednávky.</translation>
    </message>
    <message>
        <source>%1 is not approved yet; approve the partner before assigning orders.</source>
        <translation>%1 ještě není schválen; před přiřazením objednávek partnera schvalte.</translation>
    </message>
    <message>
        <source>%1 has no active membership in an active program; join the partner to a program first.</source>
        <translation>%1 nemá aktivní členství v žádném aktivním programu; nejprve partnera přihlaste do programu.</translation>
    </message>
    <message>
        <source>Order %1 is unknown; nothing was assigned.</source>
        <translation>Objednávka %1 neexistuje; nic nebylo přiřazeno.</translation>
    </message>
    <message>
        <source>Order %1 could not be assigned to the partner.</source>
        <translation>Objednávku %1 nebylo možné partnerovi přiřadit.</translation>
    </message>
    <message>
        <source>A manual assignment needs a reason.</source>
        <translation>Ruční přiřazení vyžaduje důvod.</translation>
    </message>
    <message>
        <source>Choose at least one order to assign.</source>
        <translation>Vyberte alespoň jednu objednávku k přiřazení.</translation>
    </message>
    <message>
        <source>An amount can only be given when one order is assigned.</source>
        <translation>Částku lze zadat jen při přiřazení jediné objednávky.</translation>
    </message>
    <message>
        <source>A manual amount cannot be negative.</source>
        <translation>Ruční částka nemůže být záporná.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was assigned.</source>
        <translation>Zrušeno: nic nebylo přiřazeno.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Zrušeno: nic se nezměnilo.</translation>
    </message>
    <message>
        <source>Order %1 cannot go back: %2</source>
        <translation>Objednávku %1 nelze vrátit: %2</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Důvod</translation>
    </message>
    <message>
        <source>The manual amount</source>
        <translation>Ručně zadaná částka</translation>
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
        <source>%1 names %2, who has no active membership</source>
        <translation>%1 určuje partnera %2, který nemá aktivní členství</translation>
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
    <message>
        <source>assigned by hand to %1 at the link rate in %2: %3</source>
        <translation>ručně přiřazeno partnerovi %1 se sazbou za odkaz v programu %2: %3</translation>
    </message>
    <message>
        <source>coupon &quot;%1&quot; of %2 in %3</source>
        <translation>kupon &quot;%1&quot; partnera %2 v programu %3</translation>
    </message>
    <message>
        <source>%1 names %2; primary program %3</source>
        <translation>%1 určuje partnera %2; primární program %3</translation>
    </message>
    <message>
        <source>no program keeps lifetime customers</source>
        <translation>žádný program nevede stálé zákazníky</translation>
    </message>
    <message>
        <source>the order has no customer e-mail</source>
        <translation>objednávka nemá e-mail zákazníka</translation>
    </message>
    <message>
        <source>not checked: it needs the books</source>
        <translation>nekontrolováno: k tomu je potřeba účetnictví</translation>
    </message>
    <message>
        <source>customer %1 has no earlier credited order</source>
        <translation>zákazník %1 nemá žádnou dřívější připsanou objednávku</translation>
    </message>
    <message>
        <source>the partner or program of the customer&apos;s first order %1 no longer exists</source>
        <translation>partner nebo program první objednávky zákazníka %1 už neexistuje</translation>
    </message>
    <message>
        <source>customer %1 came with order %2 in %3, which keeps no lifetime customers</source>
        <translation>zákazník %1 přišel s objednávkou %2 v programu %3, který nevede stálé zákazníky</translation>
    </message>
    <message numerus="yes">
        <source>customer %1 came with order %2 on %3, more than %n day(s) before</source>
        <translation>
            <numerusform>zákazník %1 přišel s objednávkou %2 dne %3, před více než %n dnem</numerusform>
            <numerusform>zákazník %1 přišel s objednávkou %2 dne %3, před více než %n dny</numerusform>
            <numerusform>zákazník %1 přišel s objednávkou %2 dne %3, před více než %n dny</numerusform>
        </translation>
    </message>
    <message>
        <source>customer %1 came with order %2 of %3, who has no active membership in %4</source>
        <translation>zákazník %1 přišel s objednávkou %2 partnera %3, který nemá aktivní členství v programu %4</translation>
    </message>
    <message numerus="yes">
        <source>customer %1 is a lifetime customer of %2 since order %3 on %4 (%5 keeps them %n day(s))</source>
        <translation>
            <numerusform>zákazník %1 je stálým zákazníkem partnera %2 od objednávky %3 dne %4 (%5 je vede %n den)</numerusform>
            <numerusform>zákazník %1 je stálým zákazníkem partnera %2 od objednávky %3 dne %4 (%5 je vede %n dny)</numerusform>
            <numerusform>zákazník %1 je stálým zákazníkem partnera %2 od objednávky %3 dne %4 (%5 je vede %n dní)</numerusform>
        </translation>
    </message>
    <message>
        <source>coupon</source>
        <translation>kupon</translation>
    </message>
    <message>
        <source>link</source>
        <translation>odkaz</translation>
    </message>
    <message>
        <source>an amount a manager entered</source>
        <translation>částka zadaná manažerem</translation>
    </message>
    <message>
        <source>the partner&apos;s own %1 amount of %2 %3 per order since %4</source>
        <translation>vlastní částka partnera za %1 ve výši %2 %3 za objednávku od %4</translation>
    </message>
    <message>
        <source>, capped at the subtotal</source>
        <translation>, omezeno na mezisoučet</translation>
    </message>
    <message>
        <source>the partner&apos;s own %1 rate of %2 % since %3</source>
        <translation>vlastní sazba partnera za %1 ve výši %2 % od %3</translation>
    </message>
    <message>
        <source>the partner&apos;s own %1 amount is in %2, the order in %3; </source>
        <translation>vlastní částka partnera za %1 je v %2, objednávka v %3; </translation>
    </message>
    <message numerus="yes">
        <source>the tier from %n order(s): %1 earlier credited order(s) this month, %2 rate %3 %</source>
        <translation>
            <numerusform>stupeň od %n objednávky: počet dřívějších připsaných objednávek v tomto měsíci je %1, sazba za %2 %3 %</numerusform>
            <numerusform>stupeň od %n objednávek: počet dřívějších připsaných objednávek v tomto měsíci je %1, sazba za %2 %3 %</numerusform>
            <numerusform>stupeň od %n objednávek: počet dřívějších připsaných objednávek v tomto měsíci je %1, sazba za %2 %3 %</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 earlier credited order(s) this month, below the first tier (%2); </source>
        <translation>počet dřívějších připsaných objednávek v tomto měsíci je %1, pod prvním stupněm (%2); </translation>
    </message>
    <message>
        <source>the %1 rate of %2, %3 %</source>
        <translation>sazba za %1 programu %2, %3 %</translation>
    </message>
    <message>
        <source>HELD by %1: %2</source>
        <translation>POZASTAVENO pravidlem %1: %2</translation>
    </message>
    <message>
        <source>the customer e-mail %1 is at %2, a domain %3 registered</source>
        <translation>e-mail zákazníka %1 je na doméně %2, kterou zaregistroval %3</translation>
    </message>
    <message>
        <source>own domain: the customer e-mail is not at a domain the partner registered</source>
        <translation>vlastní doména: e-mail zákazníka není na doméně, kterou partner zaregistroval</translation>
    </message>
    <message>
        <source>coupon &quot;%1&quot; of %2 came with a customer referred by %3, the verified site of %4</source>
        <translation>kupon &quot;%1&quot; partnera %2 použil zákazník doporučený z %3, ověřeného webu partnera %4</translation>
    </message>
    <message>
        <source>leaked coupon: the referrer is not another partner&apos;s verified site</source>
        <translation>uniklý kupon: odkazující stránka není ověřeným webem jiného partnera</translation>
    </message>
    <message>
        <source>customer %1 was credited to %2 partners in %3 days (%4), more than %5</source>
        <translation>zákazník %1 byl za %3 dní připsán %2 partnerům (%4), více než %5</translation>
    </message>
    <message>
        <source>shared customer: %1 partner(s) in %2 days, at most %3 allowed</source>
        <translation>sdílený zákazník: počet partnerů za %2 dní je %1, povoleno nejvýše %3</translation>
    </message>
    <message>
        <source>%1 of %2 orders of %3 in the %4 days before were cancelled or refunded (%5 %), above %6 %</source>
        <translation>%1 z %2 objednávek partnera %3 za předchozích %4 dní bylo zrušeno nebo vráceno (%5 %), více než %6 %</translation>
    </message>
    <message>
        <source>cancel share: %1 of %2 orders cancelled in %3 days (the rule needs %4 orders and a share above %5 %)</source>
        <translation>podíl zrušených: zrušeno %1 z %2 objednávek za %3 dní (pravidlo vyžaduje %4 objednávek a podíl nad %5 %)</translation>
    </message>
    <message numerus="yes">
        <source>no recorded visit of %1 in the %n day(s) before the order (the cookie lifetime)</source>
        <translation>
            <numerusform>žádná zaznamenaná návštěva partnera %1 za %n den před objednávkou (platnost cookie)</numerusform>
            <numerusform>žádná zaznamenaná návštěva partnera %1 za %n dny před objednávkou (platnost cookie)</numerusform>
            <numerusform>žádná zaznamenaná návštěva partnera %1 za %n dní před objednávkou (platnost cookie)</numerusform>
        </translation>
    </message>
    <message>
        <source>no visit: a visit of the partner was recorded within the cookie lifetime</source>
        <translation>bez návštěvy: návštěva partnera byla v době platnosti cookie zaznamenána</translation>
    </message>
    <message>
        <source>no visit: not checked, the imported visits do not cover the cookie lifetime before the order</source>
        <translation>bez návštěvy: nekontrolováno, importované návštěvy nepokrývají dobu platnosti cookie před objednávkou</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>Nelze zapisovat do auditního záznamu: %1</translation>
    </message>
    <message>
        <source>Cannot record who wrote the audit rows: %1</source>
        <translation>Nelze zaznamenat, kdo zapsal řádky auditního záznamu: %1</translation>
    </message>
</context>
<context>
    <name>AuditLogQuery</name>
    <message>
        <source>Database error: %1</source>
        <translation>Chyba databáze: %1</translation>
    </message>
    <message>
        <source>Cancelled: the audit log was not exported.</source>
        <translation>Zrušeno: auditní záznam nebyl exportován.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nelze zapsat %1: %2</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
</context>
<context>
    <name>BannerStore</name>
    <message>
        <source>Database error: %1</source>
        <translation>Chyba databáze: %1</translation>
    </message>
    <message>
        <source>The banner needs a title.</source>
        <translation>Banner musí mít titulek.</translation>
    </message>
    <message>
        <source>The embedded image is not a PNG, JPEG, GIF or WebP image of at most %1 KB.</source>
        <translation>Vložený obrázek není obrázek PNG, JPEG, GIF ani WebP o velikosti nejvýše %1 KB.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) image URL.</source>
        <translation>„%1“ není URL obrázku s http(s).</translation>
    </message>
    <message>
        <source>Only an active member of a program can add his own banner to it: join the program first.</source>
        <translation>Vlastní banner může do programu přidat jen jeho aktivní člen: nejprve se k programu připojte.</translation>
    </message>
    <message>
        <source>An own banner needs its partner.</source>
        <translation>Vlastní banner musí patřit partnerovi.</translation>
    </message>
    <message>
        <source>Banner %1 no longer exists.</source>
        <translation>Banner %1 už neexistuje.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a stock banner of the program; only a partner&apos;s own banner can be removed.</source>
        <translation>„%1“ je standardní banner programu; odebrat lze jen vlastní banner partnera.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is another partner&apos;s banner.</source>
        <translation>„%1“ je banner jiného partnera.</translation>
    </message>
    <message>
        <source>Only a partner&apos;s own banner can be put back.</source>
        <translation>Vrátit lze jen vlastní banner partnera.</translation>
    </message>
    <message>
        <source>Banner %1 cannot be put back: its id is taken.</source>
        <translation>Banner %1 nelze vrátit: jeho id je už obsazené.</translation>
    </message>
    <message>
        <source>The program or partner of &quot;%1&quot; no longer exists.</source>
        <translation>Program nebo partner banneru „%1“ už neexistuje.</translation>
    </message>
    <message>
        <source>The banner&apos;s title</source>
        <translation>Titulek banneru</translation>
    </message>
    <message>
        <source>Width and height must be between 1 and %L1 pixels.</source>
        <translation>Šířka a výška musí být mezi 1 a %L1 pixely.</translation>
    </message>
    <message>
        <source>The embedded image</source>
        <translation>Vložený obrázek</translation>
    </message>
    <message>
        <source>The image URL</source>
        <translation>URL obrázku</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) image URL: it contains a space or a control character (percent-encode a space).</source>
        <translation>„%1“ není http(s) adresa obrázku: obsahuje mezeru nebo řídicí znak (mezeru zakódujte jako %20).</translation>
    </message>
</context>
<context>
    <name>BookCommand</name>
    <message>
        <source>Undone: %1</source>
        <translation>Vráceno zpět: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Provedeno: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Zpět</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Znovu</translation>
    </message>
    <message>
        <source>Could not undo &quot;%1&quot;: %2</source>
        <translation>„%1“ nelze vrátit zpět: %2</translation>
    </message>
    <message>
        <source>Could not redo &quot;%1&quot;: %2</source>
        <translation>„%1“ nelze provést znovu: %2</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Znovu: %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Zpět: %1</translation>
    </message>
    <message>
        <source>The banner was added but cannot be read back.</source>
        <translation>Banner byl přidán, ale nelze jej znovu načíst.</translation>
    </message>
    <message>
        <source>The partner no longer exists.</source>
        <translation>Partner už neexistuje.</translation>
    </message>
    <message>
        <source>Approve the %1 of %2</source>
        <translation>Schválení: %1 od %2</translation>
    </message>
    <message>
        <source>Reject the %1 of %2</source>
        <translation>Zamítnutí: %1 od %2</translation>
    </message>
    <message>
        <source>There is no decision to undo.</source>
        <translation>Není žádné rozhodnutí, které by šlo vrátit zpět.</translation>
    </message>
</context>
<context>
    <name>BulkIndexes</name>
    <message>
        <source>Cannot read the indexes of %1: %2</source>
        <translation>Nelze načíst indexy tabulky %1: %2</translation>
    </message>
    <message>
        <source>Cannot drop the index %1: %2</source>
        <translation>Nelze odstranit index %1: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Zrušeno.</translation>
    </message>
    <message>
        <source>Cannot build the index %1 again: %2</source>
        <translation>Index %1 nelze znovu vytvořit: %2</translation>
    </message>
</context>
<context>
    <name>CentralCommands</name>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Create or upgrade the central PostgreSQL database: roles, schema, row-level security (run as a database administrator; running it again changes nothing).</source>
        <translation>Vytvořit nebo aktualizovat centrální databázi PostgreSQL: role, schéma, zabezpečení na úrovni řádků (spouští správce databáze; opakované spuštění nic nezmění).</translation>
    </message>
    <message>
        <source>The partner&apos;s code; the partner must be in the central database.</source>
        <translation>Kód partnera; partner už musí být v centrální databázi.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KÓD</translation>
    </message>
    <message>
        <source>Make the login a manager&apos;s instead of a partner&apos;s.</source>
        <translation>Udělat z role přihlášení manažera místo partnera.</translation>
    </message>
    <message>
        <source>The PostgreSQL login role.</source>
        <translation>Přihlašovací role PostgreSQL.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>Created the roles %1.</source>
        <translation>Vytvořeny role %1.</translation>
    </message>
    <message>
        <source>Created the schema partnerdesk.</source>
        <translation>Vytvořeno schéma partnerdesk.</translation>
    </message>
    <message>
        <source>Created the extension uuid-ossp.</source>
        <translation>Vytvořeno rozšíření uuid-ossp.</translation>
    </message>
    <message>
        <source>Applied central migration %1.</source>
        <translation>Použita centrální migrace %1.</translation>
    </message>
    <message>
        <source>%1 is up to date: central schema version %2.</source>
        <translation>%1 je aktuální: verze centrálního schématu %2.</translation>
    </message>
    <message>
        <source>%1: central schema version %2 (was %3), in %4 ms.</source>
        <translation>%1: verze centrálního schématu %2 (předtím %3), za %4 ms.</translation>
    </message>
    <message>
        <source>Give either --affiliate CODE or --manager, not both.</source>
        <translation>Zadejte buď --affiliate KÓD, nebo --manager, ne obojí.</translation>
    </message>
    <message>
        <source>Give --affiliate CODE (a partner&apos;s login) or --manager (a manager&apos;s login).</source>
        <translation>Zadejte --affiliate KÓD (přihlášení partnera) nebo --manager (přihlášení manažera).</translation>
    </message>
    <message>
        <source>%1 is a manager&apos;s login.</source>
        <translation>%1 je přihlášení manažera.</translation>
    </message>
    <message>
        <source>%1 is the login of partner %2 (%3).</source>
        <translation>%1 je přihlášení partnera %2 (%3).</translation>
    </message>
    <message>
        <source>Created the login %1 without a password: set one (ALTER ROLE ... PASSWORD) or run again with %2 set.</source>
        <translation>Přihlašovací role %1 vytvořena bez hesla: nastavte je (ALTER ROLE ... PASSWORD) nebo spusťte znovu s nastavenou %2.</translation>
    </message>
    <message>
        <source>Created the login %1 with the password from %2.</source>
        <translation>Přihlašovací role %1 vytvořena s heslem z %2.</translation>
    </message>
    <message>
        <source>Set the password of %1 from %2.</source>
        <translation>Heslo role %1 nastaveno z %2.</translation>
    </message>
    <message>
        <source>The central database, postgresql://USER@HOST:PORT/DB[?sslmode=...&amp;sslrootcert=CA]: verify-full against the system&apos;s CAs unless sslmode says otherwise (disable: plain text); the password comes from PGPASSWORD or ~/.pgpass, never from the URL.</source>
        <translation>Centrální databáze, postgresql://UŽIVATEL@HOSTITEL:PORT/DB[?sslmode=...&amp;sslrootcert=CA]: verify-full proti systémovým certifikačním autoritám, pokud sslmode neurčuje jinak (disable: bez šifrování); heslo se bere z PGPASSWORD nebo ~/.pgpass, nikdy z URL.</translation>
    </message>
    <message>
        <source>Let a PostgreSQL login work as a partner (--affiliate) or a manager (--manager); the login is created when missing, with the password in %1 when that is set (only its hash reaches the server).</source>
        <translation>Povolit přihlašovací roli PostgreSQL pracovat jako partner (--affiliate) nebo manažer (--manager); chybějící role se vytvoří, s heslem z %1, je-li nastavena (na server se dostane jen jeho hash).</translation>
    </message>
</context>
<context>
    <name>CentralConnection</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql).</source>
        <translation>Ovladač PostgreSQL pro Qt (QPSQL) není nainstalován (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Nelze se připojit k %1: %2</translation>
    </message>
    <message>
        <source>Not connected to the central database.</source>
        <translation>Není navázáno spojení s centrální databází.</translation>
    </message>
</context>
<context>
    <name>CentralSchema</name>
    <message>
        <source>Cannot take the setup lock: %1</source>
        <translation>Nelze získat zámek nastavení: %1</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>Nelze potvrdit transakci: %1</translation>
    </message>
    <message>
        <source>Cannot create the role %1: %2. Run central setup as a superuser or as a role with CREATEROLE and CREATE on the database.</source>
        <translation>Nelze vytvořit roli %1: %2. Spusťte central setup jako superuživatel nebo jako role s CREATEROLE a CREATE na databázi.</translation>
    </message>
    <message>
        <source>Cannot make %1 a member of partnerdesk_owner: %2</source>
        <translation>Nelze udělat %1 členem partnerdesk_owner: %2</translation>
    </message>
    <message>
        <source>Cannot create the schema partnerdesk: %1</source>
        <translation>Nelze vytvořit schéma partnerdesk: %1</translation>
    </message>
    <message>
        <source>Cannot create the extension uuid-ossp (Debian: postgresql-contrib): %1</source>
        <translation>Nelze vytvořit rozšíření uuid-ossp (Debian: postgresql-contrib): %1</translation>
    </message>
    <message>
        <source>Cannot create partnerdesk.schema_migrations: %1</source>
        <translation>Nelze vytvořit partnerdesk.schema_migrations: %1</translation>
    </message>
    <message>
        <source>Cannot read the central migration %1.</source>
        <translation>Nelze přečíst centrální migraci %1.</translation>
    </message>
    <message>
        <source>Central migration %1 failed: %2</source>
        <translation>Centrální migrace %1 selhala: %2</translation>
    </message>
    <message>
        <source>The login name is empty.</source>
        <translation>Název přihlašovací role je prázdný.</translation>
    </message>
    <message>
        <source>The login name &quot;%1&quot; starts or ends with a space.</source>
        <translation>Název přihlašovací role „%1“ začíná nebo končí mezerou.</translation>
    </message>
    <message>
        <source>The login name &quot;%1&quot; is longer than PostgreSQL&apos;s 63 bytes.</source>
        <translation>Název přihlašovací role „%1“ je delší než 63 bajtů, které PostgreSQL dovoluje.</translation>
    </message>
    <message>
        <source>Names starting with pg_ are reserved by PostgreSQL.</source>
        <translation>Názvy začínající pg_ si vyhrazuje PostgreSQL.</translation>
    </message>
    <message>
        <source>%1 is one of PartnerDesk&apos;s group roles, not a login.</source>
        <translation>%1 je jedna ze skupinových rolí PartnerDesku, ne přihlašovací role.</translation>
    </message>
    <message>
        <source>%1 is a superuser: superusers bypass row-level security. Use a login of its own.</source>
        <translation>%1 je superuživatel: superuživatelé obcházejí zabezpečení na úrovni řádků. Použijte samostatnou přihlašovací roli.</translation>
    </message>
    <message>
        <source>The role %1 exists but cannot log in (NOLOGIN).</source>
        <translation>Role %1 existuje, ale nemůže se přihlásit (NOLOGIN).</translation>
    </message>
    <message>
        <source>Cannot set the password of %1: %2</source>
        <translation>Nelze nastavit heslo role %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the login %1: %2</source>
        <translation>Nelze vytvořit přihlašovací roli %1: %2</translation>
    </message>
    <message>
        <source>The partner code is empty.</source>
        <translation>Kód partnera je prázdný.</translation>
    </message>
    <message>
        <source>The central database is not set up: run &quot;partnerdesk-cli central setup&quot; first.</source>
        <translation>Centrální databáze není nastavena: nejprve spusťte „partnerdesk-cli central setup“.</translation>
    </message>
    <message>
        <source>No partner has the code &quot;%1&quot; in the central database; sync the desktop that has this partner first.</source>
        <translation>V centrální databázi nemá kód „%1“ žádný partner; nejprve synchronizujte počítač, na kterém tento partner je.</translation>
    </message>
    <message>
        <source>%1 is a manager&apos;s login; a partner&apos;s login must be a role of its own.</source>
        <translation>%1 je přihlášení manažera; partner musí mít vlastní přihlašovací roli.</translation>
    </message>
    <message>
        <source>Cannot grant partnerdesk_partner to %1: %2</source>
        <translation>Nelze udělit partnerdesk_partner roli %1: %2</translation>
    </message>
    <message>
        <source>%1 is the login of partner %2; a manager needs a login of his own.</source>
        <translation>%1 je přihlášení partnera %2; manažer potřebuje vlastní přihlašovací roli.</translation>
    </message>
    <message>
        <source>Cannot grant partnerdesk_manager to %1: %2</source>
        <translation>Nelze udělit partnerdesk_manager roli %1: %2</translation>
    </message>
    <message>
        <source>Cannot find the Public Suffix List (looked for %1); install it (Debian: publicsuffix).</source>
        <translation>Nelze najít seznam veřejných přípon Public Suffix List (hledáno %1); nainstalujte jej (Debian: publicsuffix).</translation>
    </message>
    <message>
        <source>Cannot load the public suffixes: %1</source>
        <translation>Nelze načíst veřejné přípony: %1</translation>
    </message>
    <message>
        <source>Not connected to the central database.</source>
        <translation>Není navázáno spojení s centrální databází.</translation>
    </message>
    <message>
        <source>Cannot hash the password of %1: %2</source>
        <translation>Nelze spočítat hash hesla role %1: %2</translation>
    </message>
</context>
<context>
    <name>CentralSession</name>
    <message>
        <source>The connection to the central database was lost.</source>
        <translation>Spojení s centrální databází bylo přerušeno.</translation>
    </message>
    <message>
        <source>The connection to the central database was lost (statement %1).</source>
        <translation>Spojení s centrální databází bylo přerušeno (příkaz %1).</translation>
    </message>
    <message>
        <source>The connection to the central database was lost: %1</source>
        <translation>Spojení s centrální databází bylo přerušeno: %1</translation>
    </message>
    <message>
        <source>The central database refused a change: %1</source>
        <translation>Centrální databáze odmítla změnu: %1</translation>
    </message>
    <message>
        <source>The central database refused the desktop id: %1</source>
        <translation>Centrální databáze odmítla identifikátor stanice: %1</translation>
    </message>
    <message>
        <source>No statement was sent to the central database.</source>
        <translation>Centrální databázi nebyl odeslán žádný příkaz.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Zastaveno.</translation>
    </message>
</context>
<context>
    <name>CentralTls</name>
    <message>
        <source>sslmode=%1 falls back to an unencrypted connection without telling anyone; leave sslmode out (verify-full), or write sslmode=disable to choose plain text knowingly.</source>
        <translation>sslmode=%1 bez upozornění přejde na nešifrované spojení; sslmode vynechte (verify-full), nebo napište sslmode=disable, chcete-li vědomě zvolit přenos bez šifrování.</translation>
    </message>
    <message>
        <source>sslmode must be one of %1, not &quot;%2&quot;.</source>
        <translation>sslmode musí být jedno z %1, ne „%2“.</translation>
    </message>
    <message>
        <source>No CA certificate is given, and the system&apos;s certificate authorities (%1) are missing (Debian: ca-certificates): choose the CA certificate that signed the server&apos;s.</source>
        <translation>Není zadán certifikát CA a systémové certifikační autority (%1) chybí (Debian: ca-certificates): vyberte certifikát CA, který podepsal certifikát serveru.</translation>
    </message>
    <message>
        <source>The connection to %1 is not encrypted (sslmode=disable): the password and every row cross the network readable by anyone on the way.</source>
        <translation>Spojení s %1 není šifrované (sslmode=disable): heslo i každý řádek jdou sítí tak, že je cestou může přečíst kdokoli.</translation>
    </message>
</context>
<context>
    <name>CentralUrl</name>
    <message>
        <source>No central database given: use postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Není zadána centrální databáze: použijte postgresql://UŽIVATEL@HOSTITEL:PORT/DATABÁZE.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL: %2</source>
        <translation>„%1“ není platná URL: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL URL: it must start with postgresql://.</source>
        <translation>„%1“ není URL PostgreSQL: musí začínat postgresql://.</translation>
    </message>
    <message>
        <source>A PostgreSQL URL has no #fragment.</source>
        <translation>URL PostgreSQL nemá #fragment.</translation>
    </message>
    <message>
        <source>Port 0 is not a port: use 1 to 65535.</source>
        <translation>Port 0 není port: použijte 1 až 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database name: the URL&apos;s path is the database, one name.</source>
        <translation>„%1“ není název databáze: cesta v URL je databáze, jediný název.</translation>
    </message>
    <message>
        <source>Give %1 in the URL itself, not as ?%1=.</source>
        <translation>Zadejte %1 přímo v URL, ne jako ?%1=.</translation>
    </message>
    <message>
        <source>Unknown connection parameter &quot;%1&quot;; known: host, %2.</source>
        <translation>Neznámý parametr připojení „%1“; známé: host, %2.</translation>
    </message>
    <message>
        <source>The value of %1 cannot contain &quot;;&quot;.</source>
        <translation>Hodnota %1 nesmí obsahovat „;“.</translation>
    </message>
    <message>
        <source>connect_timeout must be a whole number of seconds, not &quot;%1&quot;.</source>
        <translation>connect_timeout musí být celý počet sekund, ne „%1“.</translation>
    </message>
    <message>
        <source>The URL names no database: add it after the host, as in postgresql://%1/partnerdesk.</source>
        <translation>URL neuvádí databázi: přidejte ji za hostitele, např. postgresql://%1/partnerdesk.</translation>
    </message>
    <message>
        <source>The host and user cannot contain &quot;;&quot;.</source>
        <translation>Hostitel a uživatel nesmí obsahovat „;“.</translation>
    </message>
    <message>
        <source>The URL carries a password, which would show in the process list, the shell&apos;s history and logs: leave it out, and give it in PGPASSWORD or ~/.pgpass instead.</source>
        <translation>URL obsahuje heslo, které by se ukázalo v seznamu procesů, v historii shellu a v protokolech: vynechte ho a zadejte ho místo toho v PGPASSWORD nebo ~/.pgpass.</translation>
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
    <name>ConflictStore</name>
    <message>
        <source>Cannot keep the sync conflict: %1</source>
        <translation>Konflikt synchronizace nelze uložit: %1</translation>
    </message>
    <message>
        <source>Cannot resolve the sync conflict: %1</source>
        <translation>Konflikt synchronizace nelze vyřešit: %1</translation>
    </message>
    <message>
        <source>The sync conflict %1 is not open.</source>
        <translation>Konflikt synchronizace %1 není otevřený.</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Nelze zahájit transakci: %1</translation>
    </message>
    <message>
        <source>Cannot queue the row: %1</source>
        <translation>Řádek nelze zařadit k odeslání: %1</translation>
    </message>
    <message>
        <source>The table %1 does not sync.</source>
        <translation>Tabulka %1 se nesynchronizuje.</translation>
    </message>
    <message>
        <source>Cannot drop the queued change: %1</source>
        <translation>Změnu čekající na odeslání nelze zahodit: %1</translation>
    </message>
    <message>
        <source>Cannot read the sync ids: %1</source>
        <translation>Nelze načíst synchronizační identifikátory: %1</translation>
    </message>
    <message>
        <source>Cannot store the sync id: %1</source>
        <translation>Nelze uložit synchronizační identifikátor: %1</translation>
    </message>
    <message>
        <source>payout %1</source>
        <translation>výplata %1</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>objednávka %1</translation>
    </message>
    <message>
        <source>Cannot read the sync conflicts: %1</source>
        <translation>Nelze načíst konflikty synchronizace: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hostitel</translation>
    </message>
    <message>
        <source>enter the server&apos;s host name or IP address</source>
        <translation>zadejte název hostitele nebo IP adresu serveru</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or an IP address</source>
        <translation>„%1“ není název hostitele ani IP adresa</translation>
    </message>
    <message>
        <source>a socket folder cannot contain &quot;;&quot;</source>
        <translation>složka socketu nesmí obsahovat „;“</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>enter a port from 1 to 65535</source>
        <translation>zadejte port od 1 do 65535</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databáze</translation>
    </message>
    <message>
        <source>enter the name of the central database</source>
        <translation>zadejte název centrální databáze</translation>
    </message>
    <message>
        <source>the name contains control characters</source>
        <translation>název obsahuje řídicí znaky</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Uživatel</translation>
    </message>
    <message>
        <source>enter the PostgreSQL login role</source>
        <translation>zadejte přihlašovací roli PostgreSQL</translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation>Režim SSL</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certifikát CA</translation>
    </message>
    <message>
        <source>the path cannot contain &quot;;&quot;; move or rename the file</source>
        <translation>cesta nesmí obsahovat „;“; soubor přesuňte nebo přejmenujte</translation>
    </message>
    <message>
        <source>there is no file %1</source>
        <translation>soubor %1 neexistuje</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 nelze přečíst</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Časový limit</translation>
    </message>
    <message>
        <source>enter from 1 to %1 seconds</source>
        <translation>zadejte 1 až %1 sekund</translation>
    </message>
    <message>
        <source>%1 names several hosts; give one</source>
        <translation>%1 uvádí více hostitelů; zadejte jednoho</translation>
    </message>
    <message>
        <source>%1 is not a URL: %2</source>
        <translation>%1 není URL: %2</translation>
    </message>
    <message>
        <source>%1 is not a postgresql:// URL</source>
        <translation>%1 není URL postgresql://</translation>
    </message>
    <message>
        <source>connect_timeout=%1 is not a number of seconds</source>
        <translation>connect_timeout=%1 není počet sekund</translation>
    </message>
    <message>
        <source>port=%1 is not a port</source>
        <translation>port=%1 není port</translation>
    </message>
    <message>
        <source>the URL parameter %1 is not supported</source>
        <translation>parametr URL %1 není podporován</translation>
    </message>
</context>
<context>
    <name>CsvHeader</name>
    <message>
        <source>%1:%2: the header row is malformed: %3</source>
        <translation>%1:%2: řádek záhlaví je chybný: %3</translation>
    </message>
    <message>
        <source>%1:%2: the column %3 appears twice in the header</source>
        <translation>%1:%2: sloupec %3 je v záhlaví dvakrát</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 a ještě %n další</numerusform>
            <numerusform>%1 a ještě %n další</numerusform>
            <numerusform>%1 a ještě %n dalších</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:1: the file is empty (0 bytes): the header row is missing</source>
        <translation>%1:1: soubor je prázdný (0 bajtů): chybí řádek záhlaví</translation>
    </message>
    <message>
        <source>%1:1: the file holds only blank lines: the header row is missing</source>
        <translation>%1:1: soubor obsahuje jen prázdné řádky: chybí řádek záhlaví</translation>
    </message>
    <message>
        <source>the header lacks the required column(s) %1; it has %2</source>
        <translation>v záhlaví chybí povinné sloupce %1; obsahuje %2</translation>
    </message>
    <message>
        <source>not a CSV of %1: the first row (%2) lacks the required column(s) %3</source>
        <translation>nejde o CSV (%1): v prvním řádku (%2) chybí povinné sloupce %3</translation>
    </message>
    <message>
        <source>%1:%2: the file has a header but no data rows: no %3 to import</source>
        <translation>%1:%2: soubor má záhlaví, ale žádné datové řádky: žádné %3 k importu</translation>
    </message>
    <message>
        <source>%1:%2: %3; nothing was imported from this file</source>
        <translation>%1:%2: %3; z tohoto souboru se nic neimportovalo</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>unexpected text after a closing quote in field %1</source>
        <translation>neočekávaný text za uzavírací uvozovkou v poli %1</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field %1</source>
        <translation>uvozovka uvnitř pole %1, které není v uvozovkách</translation>
    </message>
    <message>
        <source>the file is UTF-16 text (it starts with the byte order mark %1); save it as CSV UTF-8</source>
        <translation>soubor je text v UTF-16 (začíná značkou pořadí bajtů %1); uložte jej jako CSV UTF-8</translation>
    </message>
    <message>
        <source>the file ends inside a UTF-8 character (byte offset %L1)</source>
        <translation>soubor končí uprostřed znaku UTF-8 (pozice bajtu %L1)</translation>
    </message>
    <message>
        <source>a NUL byte at byte offset %L1: this is a binary file, not CSV text</source>
        <translation>bajt NUL na pozici %L1: jde o binární soubor, ne o text CSV</translation>
    </message>
    <message>
        <source>the bytes at byte offset %L1 (%2) are not UTF-8: a binary file, or text in another encoding (save it as CSV UTF-8)</source>
        <translation>bajty na pozici %L1 (%2) nejsou UTF-8: binární soubor nebo text v jiném kódování (uložte jej jako CSV UTF-8)</translation>
    </message>
    <message>
        <source>byte %1 at byte offset %L2 is not UTF-8: a binary file, or text in another encoding (save it as CSV UTF-8)</source>
        <translation>bajt %1 na pozici %L2 není UTF-8: binární soubor nebo text v jiném kódování (uložte jej jako CSV UTF-8)</translation>
    </message>
    <message>
        <source>row %1: unclosed quote starting at line %2: %3, still inside the quotes at line %4</source>
        <translation>záznam %1: neuzavřené uvozovky od řádku %2: %3, stále uvnitř uvozovek na řádku %4</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>záznam %1: %2</translation>
    </message>
    <message>
        <source>field %1 is longer than %L2 bytes, the most a field may hold</source>
        <translation>pole %1 je delší než %L2 bajtů, nejvíc, kolik pole smí mít</translation>
    </message>
    <message>
        <source>the row is longer than %L1 bytes, the most a row may hold</source>
        <translation>záznam je delší než %L1 bajtů, nejvíc, kolik záznam smí mít</translation>
    </message>
    <message>
        <source>unclosed quote starting at line %1: field %2 is not closed before the end of the file</source>
        <translation>neuzavřené uvozovky od řádku %1: pole %2 není uzavřeno do konce souboru</translation>
    </message>
    <message>
        <source>; the lines after the quote were read as part of it</source>
        <translation>; řádky za uvozovkami byly přečteny jako jeho součást</translation>
    </message>
    <message>
        <source>the row has more than %L1 fields, the most a row may have</source>
        <translation>záznam má víc než %L1 polí, nejvíc, kolik záznam smí mít</translation>
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
    <message>
        <source>Unknown migration directive: %1</source>
        <translation>Neznámá direktiva migrace: %1</translation>
    </message>
    <message>
        <source>Cannot update %1: %2</source>
        <translation>%1 nelze aktualizovat: %2</translation>
    </message>
    <message>
        <source>The update of %1 was cancelled; the file is unchanged.</source>
        <translation>Aktualizace %1 byla zrušena; soubor zůstal beze změny.</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <source>Open Database</source>
        <translation>Otevřít databázi</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Všechny soubory (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nová databáze</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File › Open Database.</source>
        <translation>%1 už existuje. Zvolte jiný název, nebo ji otevřete přes Soubor › Otevřít databázi.</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>%1 is the desktop of partner %2; it does not open as partner %3.</source>
        <translation>%1 je desktop partnera %2; nelze jej otevřít jako partnera %3.</translation>
    </message>
    <message>
        <source>No partner has the code %1 in %2.</source>
        <translation>V %2 nemá kód %1 žádný partner.</translation>
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
    <name>DomainDueCommand</name>
    <message>
        <source>since %1, failed checks: %2; %3</source>
        <translation>od %1, neúspěšné kontroly: %2; %3</translation>
    </message>
    <message>
        <source>on %1, no longer credited; %2</source>
        <translation>dne %1, už se nepřipisuje; %2</translation>
    </message>
    <message>
        <source>Instead of one domain, check every domain whose partner requested a check, then re-check every verified domain whose last check is older than the re-check interval; prints one line per domain.</source>
        <translation>Místo jedné domény zkontroluje každou doménu, jejíž partner požádal o kontrolu, a pak znovu zkontroluje každou ověřenou doménu, jejíž poslední kontrola je starší než interval opakované kontroly; vypíše jeden řádek na doménu.</translation>
    </message>
    <message>
        <source>Also check sites on loopback and private (intranet) addresses, for this run; the setting Network/allowPrivateAddresses does the same for every run. Off by default: a partner could register an address on your network and learn from the finding what answers there.</source>
        <translation>Pro toto spuštění kontrolovat i weby na adresách zpětné smyčky (loopback) a na privátních (intranetových) adresách; nastavení Network/allowPrivateAddresses dělá totéž pro každé spuštění. Ve výchozím stavu vypnuto: partner by mohl zaregistrovat adresu ve vaší síti a ze zjištění se dozvědět, co na ní odpovídá.</translation>
    </message>
    <message>
        <source>This is a partner&apos;s desktop: checks that count run on a manager&apos;s desktop. Use domain verify --domain to preview one and request it.</source>
        <translation>Toto je počítač partnera: platné kontroly probíhají na počítači manažera. Pomocí domain verify --domain zobrazíte náhled kontroly jedné domény a požádáte o její kontrolu.</translation>
    </message>
</context>
<context>
    <name>DomainStatusText</name>
    <message>
        <source>Verified</source>
        <translation>Ověřeno</translation>
    </message>
    <message>
        <source>Lapsing since %1</source>
        <translation>Propadá od %1</translation>
    </message>
    <message>
        <source>Lapsed on %1</source>
        <translation>Propadlo %1</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Neověřeno</translation>
    </message>
    <message>
        <source>Meta tag</source>
        <translation>Meta značka</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Soubor</translation>
    </message>
    <message>
        <source>DNS TXT</source>
        <translation>DNS TXT</translation>
    </message>
    <message>
        <source>Manual approval</source>
        <translation>Ruční schválení</translation>
    </message>
    <message>
        <source>The re-check of %1 on %2 did not find the verification token. Orders referred from the site are still credited, but if the token is still missing on %3 the site lapses and they no longer will be. Publish the token again one of the ways below and press Verify Now.</source>
        <translation>Opakovaná kontrola webu %1 dne %2 nenašla ověřovací token. Objednávky odkázané z webu se zatím stále připisují, ale pokud bude token chybět i %3, ověření webu propadne a připisovat se přestanou. Zveřejněte token znovu jedním ze způsobů níže a stiskněte Ověřit nyní.</translation>
    </message>
    <message>
        <source>%1 lapsed on %2: the verification token was no longer found, so orders referred from the site are not credited any more. Publish the token again one of the ways below and press Verify Now to have it verified again.</source>
        <translation>Ověření webu %1 propadlo %2: ověřovací token už nebyl nalezen, proto se objednávky odkázané z webu už nepřipisují. Zveřejněte token znovu jedním ze způsobů níže a stiskněte Ověřit nyní, aby byl web znovu ověřen.</translation>
    </message>
    <message>
        <source>Unverified, check requested %1</source>
        <translation>Neověřeno, kontrola vyžádána %1</translation>
    </message>
</context>
<context>
    <name>DomainStore</name>
    <message>
        <source>Database error: %1</source>
        <translation>Chyba databáze: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a verification method.</source>
        <translation>„%1“ není způsob ověření.</translation>
    </message>
    <message>
        <source>The partner has not registered %1; add it first.</source>
        <translation>Partner nezaregistroval %1; nejprve ji přidejte.</translation>
    </message>
    <message>
        <source>%1 is already verified for partner %2; one verified domain belongs to one partner.</source>
        <translation>%1 je již ověřena pro partnera %2; jedna ověřená doména patří jednomu partnerovi.</translation>
    </message>
    <message>
        <source>On a partner&apos;s desktop a check is a preview: a manager&apos;s desktop checks the website and records the result.</source>
        <translation>Na počítači partnera je kontrola jen náhledem: web zkontroluje a výsledek zaznamená počítač manažera.</translation>
    </message>
    <message>
        <source>There is no website %1.</source>
        <translation>Web %1 neexistuje.</translation>
    </message>
</context>
<context>
    <name>EmailRequestStore</name>
    <message>
        <source>Give the new payout e-mail address.</source>
        <translation>Zadejte novou e-mailovou adresu pro výplaty.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ není e-mailová adresa.</translation>
    </message>
    <message>
        <source>The partner no longer exists.</source>
        <translation>Partner už neexistuje.</translation>
    </message>
    <message>
        <source>%1 is already the payout e-mail of %2.</source>
        <translation>%1 už je e-mailem pro výplaty partnera %2.</translation>
    </message>
    <message>
        <source>Only a manager approves a payout e-mail; this is a partner&apos;s desktop.</source>
        <translation>E-mail pro výplaty schvaluje jen manažer; toto je počítač partnera.</translation>
    </message>
    <message>
        <source>%1 has no payout e-mail change waiting.</source>
        <translation>%1 nemá žádnou čekající změnu e-mailu pro výplaty.</translation>
    </message>
    <message>
        <source>Only a manager rejects a payout e-mail request; this is a partner&apos;s desktop.</source>
        <translation>Žádost o změnu e-mailu pro výplaty zamítá jen manažer; toto je počítač partnera.</translation>
    </message>
    <message>
        <source>Say why the request is rejected; the reason goes to the audit log.</source>
        <translation>Uveďte, proč se žádost zamítá; důvod se zapíše do auditního záznamu.</translation>
    </message>
    <message>
        <source>A partner&apos;s desktop does not change the payout e-mail; it files a request.</source>
        <translation>Počítač partnera e-mail pro výplaty nemění; podá žádost o změnu.</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Chyba databáze: %1</translation>
    </message>
    <message>
        <source>The payout e-mail changed meanwhile (now %1, requested: %2); nothing was changed.</source>
        <translation>E-mail pro výplaty se mezitím změnil (nyní %1, požadováno: %2); nic nebylo změněno.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nic</translation>
    </message>
</context>
<context>
    <name>EmbeddedImage</name>
    <message>
        <source>The file is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>Soubor není obrázek PNG, JPEG, GIF ani WebP.</translation>
    </message>
    <message>
        <source>The image has %1 KB; at most %2 KB can be embedded in the snippet. Publish the image on your website and add it by its URL instead.</source>
        <translation>Obrázek má %1 KB; do HTML kódu lze vložit nejvýše %2 KB. Zveřejněte obrázek na svém webu a přidejte jej raději pomocí jeho URL.</translation>
    </message>
    <message>
        <source>an invalid data: URI</source>
        <translation>neplatné data: URI</translation>
    </message>
    <message>
        <source>%1 embedded, %2 KB</source>
        <translation>%1 vložený, %2 KB</translation>
    </message>
</context>
<context>
    <name>Explanation</name>
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
        <source>Rate: %1 (%2)</source>
        <translation>Sazba: %1 (%2)</translation>
    </message>
    <message>
        <source>Campaign: %1</source>
        <translation>Kampaň: %1</translation>
    </message>
    <message>
        <source>Fraud checks:</source>
        <translation>Kontroly podvodů:</translation>
    </message>
    <message>
        <source>Hold: a manager cleared it; the commission goes on as normal.</source>
        <translation>Pozastavení: manažer provizi uvolnil; provize pokračuje běžným způsobem.</translation>
    </message>
    <message>
        <source>Hold: a manager cancelled the commission.</source>
        <translation>Pozastavení: manažer provizi zrušil.</translation>
    </message>
    <message>
        <source>Hold: held for review (%1); not approved or paid until a manager clears it.</source>
        <translation>Pozastavení: pozastaveno k posouzení (%1); provize se neschválí ani nevyplatí, dokud ji manažer neuvolní.</translation>
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
    <message>
        <source>Could not create the demo data: %1</source>
        <translation>Ukázková data se nepodařilo vytvořit: %1</translation>
    </message>
    <message>
        <source>Demo data cancelled; the database is empty.</source>
        <translation>Vytváření ukázkových dat zrušeno; databáze je prázdná.</translation>
    </message>
</context>
<context>
    <name>HoldStore</name>
    <message>
        <source>Database error: %1</source>
        <translation>Chyba databáze: %1</translation>
    </message>
    <message>
        <source>The customer&apos;s e-mail domain is one the partner registered</source>
        <translation>Doména e-mailu zákazníka je doménou, kterou zaregistroval partner</translation>
    </message>
    <message>
        <source>A coupon order referred by another partner&apos;s verified site</source>
        <translation>Objednávka s kuponem, kterou doporučil ověřený web jiného partnera</translation>
    </message>
    <message>
        <source>The customer was credited to too many partners in 30 days</source>
        <translation>Zákazník byl za 30 dní připsán příliš mnoha partnerům</translation>
    </message>
    <message>
        <source>Too many of the partner&apos;s orders in 90 days were cancelled or refunded</source>
        <translation>Příliš mnoho objednávek partnera za 90 dní bylo zrušeno nebo vráceno</translation>
    </message>
    <message>
        <source>A link order without a recorded visit of the partner</source>
        <translation>Objednávka z odkazu bez zaznamenané návštěvy partnera</translation>
    </message>
    <message>
        <source>The held commissions in %1 add up to more than 64-bit money holds.</source>
        <translation>Pozastavené provize v %1 dávají součet větší, než pojme 64bitová částka.</translation>
    </message>
    <message>
        <source>Only a manager decides a held commission; this is a partner&apos;s desktop.</source>
        <translation>O pozastavené provizi rozhoduje jen manažer; toto je počítač partnera.</translation>
    </message>
    <message>
        <source>Say why; the reason goes into the audit log.</source>
        <translation>Uveďte důvod; zapíše se do auditního záznamu.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Důvod</translation>
    </message>
    <message>
        <source>Order %1 has no held commission: it has no transaction.</source>
        <translation>Objednávka %1 nemá pozastavenou provizi: nemá žádnou transakci.</translation>
    </message>
    <message>
        <source>Order %1 has no held commission: it was cleared already.</source>
        <translation>Objednávka %1 nemá pozastavenou provizi: už byla uvolněna.</translation>
    </message>
    <message>
        <source>Order %1 has no held commission: it was cancelled already.</source>
        <translation>Objednávka %1 nemá pozastavenou provizi: už byla zrušena.</translation>
    </message>
    <message>
        <source>Order %1 has no held commission.</source>
        <translation>Objednávka %1 nemá pozastavenou provizi.</translation>
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
    <message>
        <source>warning: %1</source>
        <translation>varování: %1</translation>
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
        <source>Order %1 is unknown.</source>
        <translation>Objednávka %1 je neznámá.</translation>
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
    <message>
        <source>Cannot set the tier rate of transaction %1: %2</source>
        <translation>Nelze nastavit sazbu stupně u transakce %1: %2</translation>
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
    <message>
        <source>The tracked URL would be %L1 characters long; a link may have at most %L2.</source>
        <translation>Sledovaná adresa by měla %L1 znaků; odkaz smí mít nejvýše %L2.</translation>
    </message>
    <message>
        <source>The campaign</source>
        <translation>Kampaň</translation>
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
    <message>
        <source>Check a domain&apos;s verification token over the network (meta tag, /.well-known file, DNS TXT); prints what was found, exits 0 when verified, 1 when not.</source>
        <translation>Ověří token domény po síti (meta značka, soubor /.well-known, DNS TXT); vypíše, co bylo nalezeno, a skončí kódem 0, je-li doména ověřena, jinak 1.</translation>
    </message>
    <message>
        <source>The partner has not registered %1; add it first.</source>
        <translation>Partner nemá zaregistrovanou doménu %1; nejprve ji přidejte.</translation>
    </message>
    <message>
        <source>%1 is verified.</source>
        <translation>%1 je ověřena.</translation>
    </message>
    <message>
        <source>%1 is not verified.</source>
        <translation>%1 není ověřena.</translation>
    </message>
    <message>
        <source>nginx only: a listen address for every server block, e.g. 127.0.0.1:8080.</source>
        <translation>Jen pro nginx: adresa listen pro každý blok server, např. 127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>ADDR:PORT</source>
        <translation>ADRESA:PORT</translation>
    </message>
    <message>
        <source>--listen applies to the nginx format only.</source>
        <translation>--listen platí jen pro formát nginx.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a listen address: use PORT, ADDR:PORT or [IPv6]:PORT.</source>
        <translation>„%1“ není adresa listen: použijte PORT, ADRESA:PORT nebo [IPv6]:PORT.</translation>
    </message>
    <message>
        <source>Missing --%1.</source>
        <translation>Chybí --%1.</translation>
    </message>
    <message>
        <source>%1 has no verification token yet: the central database issues it; sync first.</source>
        <translation>%1 zatím nemá ověřovací token: vydává ho centrální databáze; nejprve synchronizujte.</translation>
    </message>
    <message>
        <source>Preview: the token was found on %1. A manager&apos;s desktop confirms it; the check is requested, sync to send the request.</source>
        <translation>Náhled: token byl na %1 nalezen. Potvrdí ho počítač manažera; o kontrolu je požádáno, žádost odešlete synchronizací.</translation>
    </message>
    <message>
        <source>Preview: the token was not found on %1. The check is requested anyway; sync to send the request.</source>
        <translation>Náhled: token na %1 nebyl nalezen. O kontrolu je přesto požádáno; žádost odešlete synchronizací.</translation>
    </message>
    <message>
        <source>The campaign</source>
        <translation>Kampaň</translation>
    </message>
    <message>
        <source>A campaign tag the target gets as acc_campaign=NAME.</source>
        <translation>Značka kampaně, kterou cílová URL dostane jako acc_campaign=NÁZEV.</translation>
    </message>
    <message>
        <source>Tag the link with a campaign: adds acc_campaign=NAME beside acc.</source>
        <translation>Označí odkaz kampaní: vedle acc přidá acc_campaign=NÁZEV.</translation>
    </message>
    <message>
        <source>Tag the banner&apos;s link with a campaign (acc_campaign=NAME).</source>
        <translation>Označí odkaz banneru kampaní (acc_campaign=NÁZEV).</translation>
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
    <name>NoticePlanner</name>
    <message>
        <source>Notices to partners are sent from a manager&apos;s desktop; this is a partner&apos;s desktop.</source>
        <translation>Oznámení partnerům se odesílají z počítače manažera; toto je počítač partnera.</translation>
    </message>
    <message>
        <source>The transactions to tell partners about could not be read: %1</source>
        <translation>Transakce, o kterých se mají partneři dozvědět, nelze načíst: %1</translation>
    </message>
    <message>
        <source>The partners to tell about their threshold could not be read: %1</source>
        <translation>Partnery, kterým se má oznámit dosažení výplatního limitu, nelze načíst: %1</translation>
    </message>
    <message>
        <source>The decided requests could not be read: %1</source>
        <translation>Rozhodnuté žádosti nelze načíst: %1</translation>
    </message>
    <message>
        <source>The welcome of %1 could not be read: %2</source>
        <translation>Uvítací oznámení pro %1 nelze načíst: %2</translation>
    </message>
</context>
<context>
    <name>NoticeQueue</name>
    <message>
        <source>Notice %1 could not be queued: %2</source>
        <translation>Oznámení %1 nelze zařadit do fronty: %2</translation>
    </message>
    <message>
        <source>The notice queue could not be read: %1</source>
        <translation>Frontu oznámení nelze načíst: %1</translation>
    </message>
    <message>
        <source>Notice %1 could not be claimed: %2</source>
        <translation>Oznámení %1 nelze převzít k odeslání: %2</translation>
    </message>
    <message>
        <source>Notice %1 was sent but could not be marked sent: %2</source>
        <translation>Oznámení %1 bylo odesláno, ale nelze ho označit jako odeslané: %2</translation>
    </message>
    <message>
        <source>Notice %1 was sent but its claim had been taken over meanwhile.</source>
        <translation>Oznámení %1 bylo odesláno, ale mezitím ho k odeslání převzal jiný odesílatel.</translation>
    </message>
    <message>
        <source>Notice %1 is no longer claimed by this sender.</source>
        <translation>Oznámení %1 už nemá převzaté tento odesílatel.</translation>
    </message>
    <message>
        <source>The failure of notice %1 could not be recorded: %2</source>
        <translation>Neúspěch oznámení %1 nelze zaznamenat: %2</translation>
    </message>
    <message>
        <source>Notice %1 is gone.</source>
        <translation>Oznámení %1 už neexistuje.</translation>
    </message>
    <message>
        <source>Notice %1 could not be set due: %2</source>
        <translation>Oznámení %1 nelze naplánovat k odeslání: %2</translation>
    </message>
    <message>
        <source>Notice %1 is not waiting to be sent.</source>
        <translation>Oznámení %1 nečeká na odeslání.</translation>
    </message>
</context>
<context>
    <name>NoticeRun</name>
    <message>
        <source>E-mail notices are sent from a manager&apos;s desktop, not from a partner&apos;s.</source>
        <translation>E-mailová oznámení se odesílají z počítače manažera, ne z počítače partnera.</translation>
    </message>
</context>
<context>
    <name>NoticeSettingsStore</name>
    <message>
        <source>&quot;%1&quot; is not a notice setting of a program; use off, each or digest.</source>
        <translation>„%1“ není nastavení oznámení programu; použijte off, each nebo digest.</translation>
    </message>
    <message>
        <source>Only a manager sets a program&apos;s notices; this is a partner&apos;s desktop.</source>
        <translation>Oznámení programu nastavuje jen manažer; toto je počítač partnera.</translation>
    </message>
    <message>
        <source>The program no longer exists.</source>
        <translation>Program už neexistuje.</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Chyba databáze: %1</translation>
    </message>
    <message>
        <source>The program&apos;s notices changed meanwhile; nothing was changed.</source>
        <translation>Oznámení programu se mezitím změnila; nic nebylo změněno.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a notice setting of a partner; use each, digest, off or &quot;&quot; for the program&apos;s.</source>
        <translation>„%1“ není nastavení oznámení partnera; použijte each, digest, off nebo &quot;&quot; pro nastavení programu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language of notices; use en or cs.</source>
        <translation>„%1“ není jazyk oznámení; použijte en nebo cs.</translation>
    </message>
    <message>
        <source>The partner no longer exists.</source>
        <translation>Partner už neexistuje.</translation>
    </message>
    <message>
        <source>A partner&apos;s desktop changes only its own partner&apos;s notices.</source>
        <translation>Počítač partnera mění jen oznámení svého vlastního partnera.</translation>
    </message>
</context>
<context>
    <name>NoticeTemplates</name>
    <message>
        <source>The notice text needs a value for {{%1}}.</source>
        <translation>Text oznámení potřebuje hodnotu pro {{%1}}.</translation>
    </message>
    <message>
        <source>There are no notices in the language &quot;%1&quot;.</source>
        <translation>V jazyce „%1“ nejsou žádná oznámení.</translation>
    </message>
    <message>
        <source>There is no notice text &quot;%1&quot; in %2.</source>
        <translation>V jazyce %2 neexistuje text oznámení „%1“.</translation>
    </message>
</context>
<context>
    <name>NotifyCommands</name>
    <message>
        <source>Use the notice queue of this central database, postgresql://USER@HOST:PORT/DB (a manager&apos;s login; the password from PGPASSWORD or ~/.pgpass), as every manager desktop of it does; without it, the queue of the local database.</source>
        <translation>Použije frontu oznámení této centrální databáze, postgresql://USER@HOST:PORT/DB (přihlášení manažera; heslo z PGPASSWORD nebo ~/.pgpass), stejně jako každý počítač manažera, který k ní patří; bez této volby frontu místní databáze.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Queue the e-mail notices that are due and send them through the SMTP server; one line per notice (exit 2 when some will be retried, 1 when some failed for good).</source>
        <translation>Zařadí do fronty e-mailová oznámení, která jsou na řadě, a odešle je přes server SMTP; jeden řádek na oznámení (návratový kód 2, když se některá zkusí odeslat znovu, 1, když některá definitivně selhala).</translation>
    </message>
    <message>
        <source>The SMTP server: smtp://HOST:587 (STARTTLS required) or smtps://HOST:465 (TLS).</source>
        <translation>Server SMTP: smtp://HOST:587 (vyžaduje STARTTLS) nebo smtps://HOST:465 (TLS).</translation>
    </message>
    <message>
        <source>The SMTP login; its password comes from PARTNERDESK_SMTP_PASSWORD.</source>
        <translation>Přihlašovací jméno SMTP; heslo se bere z PARTNERDESK_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UŽIVATEL</translation>
    </message>
    <message>
        <source>The sender address of the notices.</source>
        <translation>Adresa odesílatele oznámení.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESA</translation>
    </message>
    <message>
        <source>The sender&apos;s display name, e.g. the program&apos;s.</source>
        <translation>Zobrazované jméno odesílatele, např. název programu.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NÁZEV</translation>
    </message>
    <message>
        <source>PEM file of the CA certificates to verify the SMTP server with (default: the system&apos;s).</source>
        <translation>Soubor PEM s certifikáty CA pro ověření serveru SMTP (výchozí: systémové).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>SOUBOR</translation>
    </message>
    <message>
        <source>Plan nothing and send nothing: list the notices due now.</source>
        <translation>Nic neplánuje a nic neodesílá: vypíše oznámení, která jsou na řadě teď.</translation>
    </message>
    <message>
        <source>List the notice queue as CSV, newest first.</source>
        <translation>Vypíše frontu oznámení jako CSV, od nejnovějších.</translation>
    </message>
    <message>
        <source>Only notices in this state: due, sent or failed.</source>
        <translation>Jen oznámení v tomto stavu: due, sent nebo failed.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STAV</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>REŽIM</translation>
    </message>
    <message>
        <source>Change a partner&apos;s own settings: how he is sent notices and in which language.</source>
        <translation>Změní vlastní nastavení partnera: jak a v jakém jazyce mu chodí oznámení.</translation>
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
        <source>each, digest, off, or program (the program&apos;s setting).</source>
        <translation>each, digest, off nebo program (nastavení programu).</translation>
    </message>
    <message>
        <source>The language of his notices: en or cs.</source>
        <translation>Jazyk jeho oznámení: en nebo cs.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>JAZYK</translation>
    </message>
    <message>
        <source>due %1 to %2</source>
        <translation>k odeslání %1 pro %2</translation>
    </message>
    <message>
        <source>sent %1 to %2</source>
        <translation>odesláno %1 pro %2</translation>
    </message>
    <message>
        <source>retry %1 at %2: %3</source>
        <translation>opakování %1 v %2: %3</translation>
    </message>
    <message>
        <source>failed %1: %2</source>
        <translation>selhalo %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a notice state; use due, sent or failed.</source>
        <translation>„%1“ není stav oznámení; použijte due, sent nebo failed.</translation>
    </message>
    <message>
        <source>Say what to change: --notices, --language or both.</source>
        <translation>Uveďte, co se má změnit: --notices, --language nebo obojí.</translation>
    </message>
    <message>
        <source>No partner has the code &quot;%1&quot;.</source>
        <translation>Žádný partner nemá kód „%1“.</translation>
    </message>
    <message>
        <source>Give --notices each, digest, off or program.</source>
        <translation>Zadejte --notices each, digest, off nebo program.</translation>
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
    <message>
        <source>orders</source>
        <translation>objednávky</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Nelze zahájit transakci: %1</translation>
    </message>
    <message>
        <source>Cannot read the outbox: %1</source>
        <translation>Nelze přečíst frontu změn k odeslání: %1</translation>
    </message>
    <message>
        <source>Cannot clear the outbox: %1</source>
        <translation>Nelze vyprázdnit frontu změn k odeslání: %1</translation>
    </message>
    <message>
        <source>The outbox names an unknown table %1.</source>
        <translation>Fronta odchozích změn uvádí neznámou tabulku %1.</translation>
    </message>
    <message>
        <source>Cannot fill the outbox: %1</source>
        <translation>Frontu odchozích změn nelze naplnit: %1</translation>
    </message>
</context>
<context>
    <name>OutboxRanges</name>
    <message>
        <source>Cannot read the last ids: %1</source>
        <translation>Poslední identifikátory nelze přečíst: %1</translation>
    </message>
    <message>
        <source>Cannot queue the import for sync: %1</source>
        <translation>Import nelze zařadit k synchronizaci: %1</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AddBannerDialog</name>
    <message>
        <source>Add Your Banner</source>
        <translation>Přidat vlastní banner</translation>
    </message>
    <message>
        <source>Shown as the banner&apos;s tooltip</source>
        <translation>Zobrazí se jako popisek banneru</translation>
    </message>
    <message>
        <source>Image &amp;URL:</source>
        <translation>&amp;URL obrázku:</translation>
    </message>
    <message>
        <source>https://your-site.example/banner.png</source>
        <translation>https://vas-web.example/banner.png</translation>
    </message>
    <message>
        <source>Image &amp;file:</source>
        <translation>&amp;Soubor obrázku:</translation>
    </message>
    <message>
        <source>PNG, JPEG, GIF or WebP, at most %1 KB</source>
        <translation>PNG, JPEG, GIF nebo WebP, nejvýše %1 KB</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procházet…</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Read from the image; change it to show the image at another size</source>
        <translation>Načteno z obrázku; změňte, chcete-li obrázek zobrazit v jiné velikosti</translation>
    </message>
    <message>
        <source>Add Banner</source>
        <translation>Přidat banner</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Název:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Velikost:</translation>
    </message>
    <message>
        <source>HTML snippet:</source>
        <translation>HTML kód:</translation>
    </message>
    <message>
        <source>Loading the image…</source>
        <translation>Načítá se obrázek…</translation>
    </message>
    <message>
        <source>loaded from the URL</source>
        <translation>načteno z URL</translation>
    </message>
    <message>
        <source>The image cannot be loaded: %1</source>
        <translation>Obrázek nelze načíst: %1</translation>
    </message>
    <message>
        <source>Choose a Banner Image</source>
        <translation>Vyberte obrázek banneru</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp);;All files (*)</source>
        <translation>Obrázky (*.png *.jpg *.jpeg *.gif *.webp);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Soubor %1 nelze přečíst.</translation>
    </message>
    <message>
        <source>embedded in the snippet, %1 KB</source>
        <translation>vložený do HTML kódu, %1 KB</translation>
    </message>
    <message>
        <source>The data is not an image (PNG, JPEG, GIF or WebP).</source>
        <translation>Data nejsou obrázek (PNG, JPEG, GIF ani WebP).</translation>
    </message>
    <message>
        <source>%1; its size cannot be read here: enter it.</source>
        <translation>%1; jeho velikost zde nelze zjistit: zadejte ji.</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Bez náhledu</translation>
    </message>
    <message>
        <source>The image has %1 × %2 pixels; a banner has at most %3 pixels a side.</source>
        <translation>Obrázek má %1 × %2 pixelů; banner má nejvýše %3 pixelů na stranu.</translation>
    </message>
    <message>
        <source>%1 × %2 px, %3, %4</source>
        <translation>%1 × %2 px, %3, %4</translation>
    </message>
    <message>
        <source>No image yet</source>
        <translation>Zatím bez obrázku</translation>
    </message>
    <message>
        <source>%1 is not an active member of any program: join one first.</source>
        <translation>%1 není aktivním členem žádného programu: nejprve se k některému připojte.</translation>
    </message>
    <message>
        <source>Choose the program the banner is for.</source>
        <translation>Vyberte program, pro který banner je.</translation>
    </message>
    <message>
        <source>Enter an image URL or choose an image file.</source>
        <translation>Zadejte URL obrázku nebo vyberte soubor obrázku.</translation>
    </message>
    <message>
        <source>The HTML snippet appears here when the image is ready</source>
        <translation>HTML kód se zobrazí zde, jakmile bude obrázek připraven</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AddPartnerDialog</name>
    <message>
        <source>Add Partner</source>
        <translation>Přidat partnera</translation>
    </message>
    <message>
        <source>partner@example.com</source>
        <translation>partner@example.com</translation>
    </message>
    <message>
        <source>Generated when left empty</source>
        <translation>Vygeneruje se, když zůstane prázdné</translation>
    </message>
    <message>
        <source>The code in the partner&apos;s links (?acc=CODE); unique regardless of case</source>
        <translation>Kód v odkazech partnera (?acc=KÓD); jedinečný bez ohledu na velikost písmen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Jméno:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Partner &amp;code:</source>
        <translation>&amp;Kód partnera:</translation>
    </message>
    <message>
        <source>&amp;Add Partner</source>
        <translation>&amp;Přidat partnera</translation>
    </message>
    <message>
        <source>The partner needs a name.</source>
        <translation>Partner musí mít jméno.</translation>
    </message>
    <message>
        <source>The partner needs an e-mail address.</source>
        <translation>Partner musí mít e-mailovou adresu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ není e-mailová adresa.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AffiliateListModel</name>
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
    <name>PartnerDesk::AssignDialog</name>
    <message>
        <source>Assign Order %1</source>
        <translation>Přiřadit objednávku %1</translation>
    </message>
    <message>
        <source>Assign %1 Orders</source>
        <translation>Přiřadit objednávky (%1)</translation>
    </message>
    <message>
        <source>Why, for the audit log (required)</source>
        <translation>Proč – pro auditní záznam (povinné)</translation>
    </message>
    <message>
        <source>Empty: the link commission of the partner&apos;s primary program</source>
        <translation>Prázdné: provize za odkaz z partnerova hlavního programu</translation>
    </message>
    <message>
        <source>Only when one order is assigned</source>
        <translation>Jen při přiřazení jediné objednávky</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Důvod:</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>Čá&amp;stka (%1):</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>Čá&amp;stka:</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Přiřadit</translation>
    </message>
    <message>
        <source>It is credited to %1 (%2) now; that transaction will be cancelled, and reversed if it was paid.</source>
        <translation>Nyní je připsána partnerovi %1 (%2); tato transakce bude zrušena, a pokud byla vyplacena, stornována.</translation>
    </message>
    <message>
        <source>%1 orders, all to one partner with one reason.</source>
        <translation>Objednávky: %1, všechny jednomu partnerovi s jedním důvodem.</translation>
    </message>
    <message>
        <source>%1 of them are credited to a partner now; those transactions will be cancelled, and reversed where they were paid.</source>
        <translation>Z nich je nyní připsáno partnerům: %1; tyto transakce budou zrušeny, a kde byly vyplaceny, stornovány.</translation>
    </message>
    <message>
        <source>Choose the partner who gets the orders.</source>
        <translation>Vyberte partnera, který objednávky dostane.</translation>
    </message>
    <message>
        <source>The amount is not valid in %1: %2</source>
        <translation>Částka není platná v měně %1: %2</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Částka nemůže být záporná.</translation>
    </message>
    <message>
        <source>Give a reason: the audit log records why.</source>
        <translation>Uveďte důvod: auditní záznam zaznamenává proč.</translation>
    </message>
    <message>
        <source>Order %1 of %2, subtotal %3.</source>
        <translation>Objednávka %1 ze dne %2, mezisoučet %3.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AssignmentOrderModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unattributed</source>
        <translation>nepřiřazená</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>čeká</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>dokončená</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>zrušená</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>vrácená</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>schválená</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>vyplacená</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>ručně</translation>
    </message>
    <message>
        <source>coupon</source>
        <translation>kupon</translation>
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
        <source>Order</source>
        <translation>Objednávka</translation>
    </message>
    <message>
        <source>Placed (UTC)</source>
        <translation>Vytvořena (UTC)</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Mezisoučet</translation>
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
        <source>Customer e-mail</source>
        <translation>E-mail zákazníka</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Kupon</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Credited by</source>
        <translation>Připsáno podle</translation>
    </message>
    <message>
        <source>Commission %1, %2</source>
        <translation>Provize %1, %2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AssignmentsPane</name>
    <message>
        <source>any</source>
        <translation>kdykoli</translation>
    </message>
    <message>
        <source>Manual Assignments</source>
        <translation>Ruční přiřazení</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Přiřadit…</translation>
    </message>
    <message>
        <source>Assign the selected orders to a partner, with a reason (Ctrl+Enter)</source>
        <translation>Přiřadit vybrané objednávky partnerovi s uvedením důvodu (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>E&amp;xplain</source>
        <translation>&amp;Vysvětlit</translation>
    </message>
    <message>
        <source>Which rule credits the selected order, and why not the others (Ctrl+I)</source>
        <translation>Které pravidlo vybranou objednávku připisuje a proč ne ostatní (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Export Audit Log as CSV…</source>
        <translation>&amp;Exportovat auditní záznam do CSV…</translation>
    </message>
    <message>
        <source>Save the audit entries the filter shows as a CSV file</source>
        <translation>Uložit položky auditu zobrazené filtrem jako soubor CSV</translation>
    </message>
    <message>
        <source>&amp;Find Order</source>
        <translation>&amp;Najít objednávku</translation>
    </message>
    <message>
        <source>Exact order id, customer e-mail, coupon or partner code (Ctrl+F)</source>
        <translation>Přesné číslo objednávky, e-mail zákazníka, kupon nebo kód partnera (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Unattributed only</source>
        <translation>Jen &amp;nepřiřazené</translation>
    </message>
    <message>
        <source>Untick to see every order, to reassign one that a partner is credited with</source>
        <translation>Zrušte zaškrtnutí pro zobrazení všech objednávek a přeřazení již připsané objednávky</translation>
    </message>
    <message>
        <source>Select an order and choose Explain to see which rule credits it.</source>
        <translation>Vyberte objednávku a zvolte Vysvětlit – uvidíte, které pravidlo ji připisuje.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Audit log&lt;/b&gt;</source>
        <translation>&lt;b&gt;Auditní záznam&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Only entries of this action</source>
        <translation>Jen položky této akce</translation>
    </message>
    <message>
        <source>Only entries by this user</source>
        <translation>Jen položky tohoto uživatele</translation>
    </message>
    <message>
        <source>Order or other id</source>
        <translation>Objednávka nebo jiné ID</translation>
    </message>
    <message>
        <source>Words in the reason</source>
        <translation>Slova v důvodu</translation>
    </message>
    <message>
        <source>From this day (UTC)</source>
        <translation>Od tohoto dne (UTC)</translation>
    </message>
    <message>
        <source>To this day, inclusive (UTC)</source>
        <translation>Do tohoto dne včetně (UTC)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Od:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Do:</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>Objednávka %1 neexistuje.</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Všechny akce</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Všichni</translation>
    </message>
    <message>
        <source>%1 unattributed of %2 orders</source>
        <translation>Nepřiřazené: %1 z %2 objednávek</translation>
    </message>
    <message>
        <source>%1 matching orders, %2 unattributed</source>
        <translation>Nalezené objednávky: %1, nepřiřazené: %2</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>vybráno: %1</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Položky: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Assigned order %1 to %2.</source>
        <translation>Objednávka %1 přiřazena partnerovi %2.</translation>
    </message>
    <message>
        <source>Assigned %1 orders to %2.</source>
        <translation>Objednávky (%1) přiřazeny partnerovi %2.</translation>
    </message>
    <message>
        <source>Assigning %1 orders…</source>
        <translation>Přiřazování objednávek (%1)…</translation>
    </message>
    <message>
        <source>Assign Orders</source>
        <translation>Přiřadit objednávky</translation>
    </message>
    <message>
        <source>Assignment cancelled; nothing was written.</source>
        <translation>Přiřazení zrušeno; nic nebylo zapsáno.</translation>
    </message>
    <message>
        <source>Undoing the assignment of %1 orders…</source>
        <translation>Vracení přiřazení objednávek (%1)…</translation>
    </message>
    <message>
        <source>Undo Assignment</source>
        <translation>Vrátit přiřazení</translation>
    </message>
    <message>
        <source>The assignment cannot be undone, and nothing was changed: %1</source>
        <translation>Přiřazení nelze vrátit a nic se nezměnilo: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>zrušeno</translation>
    </message>
    <message>
        <source>Undone: %1 orders are back where they were; the audit log records it.</source>
        <translation>Vráceno: objednávky (%1) jsou zpět, jak byly; auditní záznam to zaznamenává.</translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>Export auditního záznamu</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Soubory CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>Export auditního záznamu…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export zrušen; žádný soubor nebyl zapsán.</translation>
    </message>
    <message>
        <source>Exported %1 audit entries to %2.</source>
        <translation>Položky auditu (%1) exportovány do %2.</translation>
    </message>
    <message>
        <source>Counting orders…</source>
        <translation>Počítají se objednávky…</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::AuditLogModel</name>
    <message>
        <source>When (UTC)</source>
        <translation>Kdy (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kdo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Akce</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entita</translation>
    </message>
    <message>
        <source>Entity id</source>
        <translation>ID entity</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Před</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Důvod</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Přihlašovací role</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nezaznamenáno)</translation>
    </message>
    <message>
        <source>(not synced yet)</source>
        <translation>(zatím nesynchronizováno)</translation>
    </message>
    <message>
        <source>%1 (partner %2)</source>
        <translation>%1 (partner %2)</translation>
    </message>
    <message>
        <source>Sent before this desktop recorded the central login of its audit rows.</source>
        <translation>Odesláno dříve, než tento počítač začal u řádků svého auditního záznamu zaznamenávat centrální přihlašovací roli.</translation>
    </message>
    <message>
        <source>Not in the central database yet: the login that wrote it is known once this desktop has synced.</source>
        <translation>Zatím není v centrální databázi: přihlašovací role, která řádek zapsala, bude známa, až se tento počítač synchronizuje.</translation>
    </message>
    <message>
        <source>Written by the central login %1. &quot;Who&quot; is the name the writing desktop gave.</source>
        <translation>Zapsala centrální přihlašovací role %1. „Kdo“ je jméno, které uvedl zapisující počítač.</translation>
    </message>
    <message>
        <source>Written by the central login %1 of partner %2, not by &quot;%3&quot;: &quot;Who&quot; is only what his desktop wrote.</source>
        <translation>Zapsala centrální přihlašovací role %1 partnera %2, ne „%3“: „Kdo“ je jen to, co zapsal jeho počítač.</translation>
    </message>
    <message>
        <source>Written by the central login %1 of partner %2.</source>
        <translation>Zapsala centrální přihlašovací role %1 partnera %2.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BalanceListModel</name>
    <message>
        <source>Due: the approved balance has reached the payout threshold</source>
        <translation>K výplatě: schválený zůstatek dosáhl výplatního limitu</translation>
    </message>
    <message>
        <source>None of the partner&apos;s active programs pays in %1</source>
        <translation>Žádný z aktivních programů partnera nevyplácí v %1</translation>
    </message>
    <message>
        <source>%1 (due)</source>
        <translation>%1 (k výplatě)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Commission of orders not complete yet or still in the approval hold</source>
        <translation>Provize z objednávek, které ještě nejsou dokončené nebo jsou ve lhůtě ke schválení</translation>
    </message>
    <message>
        <source>Approved commission not yet in a payout batch (reversals included)</source>
        <translation>Schválená provize, která ještě není v dávce výplat (včetně storen)</translation>
    </message>
    <message>
        <source>Exported in a payout batch that is not marked paid yet</source>
        <translation>Exportováno v dávce výplat, která ještě není označena jako zaplacená</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Měna</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Čekající</translation>
    </message>
    <message>
        <source>Approved, unpaid</source>
        <translation>Schváleno, nezaplaceno</translation>
    </message>
    <message>
        <source>In payout batch</source>
        <translation>V dávce výplat</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Zaplaceno</translation>
    </message>
    <message>
        <source>Payout threshold</source>
        <translation>Výplatní limit</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BalancePane</name>
    <message>
        <source>Commission is approved once the store&apos;s approval hold has passed. The store pays you when your approved balance reaches the program&apos;s payout threshold.</source>
        <translation>Provize se schválí, jakmile uplyne ochranná lhůta obchodu. Obchod vám zaplatí, když váš schválený zůstatek dosáhne výplatního limitu programu.</translation>
    </message>
    <message>
        <source>No balance yet: join a program in your Partner Package and share your links.</source>
        <translation>Zatím žádný zůstatek: připojte se k programu ve svém Partnerském balíčku a sdílejte své odkazy.</translation>
    </message>
    <message>
        <source>Approved and unpaid: %1. No program of yours pays out in this currency.</source>
        <translation>Schváleno a nezaplaceno: %1. Žádný z vašich programů v této měně nevyplácí.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>Your approved balance of %1 has reached the payout threshold of %2: it is paid in the store&apos;s next payout batch.</source>
        <translation>Váš schválený zůstatek %1 dosáhl výplatního limitu %2: bude vyplacen v příští výplatní dávce obchodu.</translation>
    </message>
    <message>
        <source>Approved and unpaid: %1; %2 more to reach the payout threshold of %3.</source>
        <translation>Schváleno a nezaplaceno: %1; do výplatního limitu %3 zbývá %2.</translation>
    </message>
    <message>
        <source>Pending (approval hold not passed yet): %1.</source>
        <translation>Čeká (ochranná lhůta ještě neuplynula): %1.</translation>
    </message>
    <message>
        <source>Being paid out now: %1.</source>
        <translation>Právě se vyplácí: %1.</translation>
    </message>
    <message>
        <source>Paid to you so far: %1.</source>
        <translation>Dosud vám vyplaceno: %1.</translation>
    </message>
    <message>
        <source>The balance of %1 (%2)</source>
        <translation>Zůstatek partnera %1 (%2)</translation>
    </message>
    <message>
        <source>Payout e-mail</source>
        <translation>E-mail pro výplaty</translation>
    </message>
    <message>
        <source>new-address@example.com</source>
        <translation>nova-adresa@example.com</translation>
    </message>
    <message>
        <source>&amp;Request Change</source>
        <translation>&amp;Požádat o změnu</translation>
    </message>
    <message>
        <source>Ask the store to pay you at this address; a manager approves the change</source>
        <translation>Požádat obchod o výplaty na tuto adresu; změnu schválí manažer</translation>
    </message>
    <message>
        <source>Your payouts go to the e-mail the store has on file.</source>
        <translation>Vaše výplaty jdou na e-mail, který má obchod uložený.</translation>
    </message>
    <message>
        <source>Your payouts go to %1.</source>
        <translation>Vaše výplaty jdou na %1.</translation>
    </message>
    <message>
        <source>Requested: %1 — waiting for a manager&apos;s approval</source>
        <translation>Požadováno: %1 — čeká na schválení manažerem</translation>
    </message>
    <message>
        <source>Ask for payouts to %1</source>
        <translation>Požádat o výplaty na %1</translation>
    </message>
    <message>
        <source>Payout E-mail</source>
        <translation>E-mail pro výplaty</translation>
    </message>
    <message>
        <source>Asked for payouts to %1; a manager approves the change.</source>
        <translation>Požádáno o výplaty na %1; změnu schválí manažer.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BannerGalleryWidget</name>
    <message>
        <source>Title</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Velikost</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>The HTML snippet of the selected banner</source>
        <translation>HTML kód vybraného banneru</translation>
    </message>
    <message>
        <source>&amp;Copy HTML</source>
        <translation>&amp;Kopírovat HTML</translation>
    </message>
    <message>
        <source>Put the banner&apos;s HTML snippet on the clipboard</source>
        <translation>Vložit HTML kód banneru do schránky</translation>
    </message>
    <message>
        <source>HTML snippet:</source>
        <translation>HTML kód:</translation>
    </message>
    <message>
        <source>The program has no store host.</source>
        <translation>Program nemá žádnou doménu obchodu.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Choose a partner to see his banners.</source>
        <translation>Vyberte partnera, abyste viděli jeho bannery.</translation>
    </message>
    <message>
        <source>%1 has no banners: he is not an active member of a program with banners. Join a program to get its banners.</source>
        <translation>%1 nemá žádné bannery: není aktivním členem žádného programu s bannery. Připojte se k programu a získáte jeho bannery.</translation>
    </message>
    <message>
        <source>No banner</source>
        <translation>Žádný banner</translation>
    </message>
    <message>
        <source>No banner selected</source>
        <translation>Není vybrán žádný banner</translation>
    </message>
    <message>
        <source>No snippet: %1</source>
        <translation>Bez HTML kódu: %1</translation>
    </message>
    <message>
        <source>The image cannot be loaded</source>
        <translation>Obrázek nelze načíst</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>The HTML snippet is on the clipboard.</source>
        <translation>HTML kód je ve schránce.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Načítání…</translation>
    </message>
    <message>
        <source>The image cannot be loaded: the data is not an image Qt can read</source>
        <translation>Obrázek nelze načíst: data nejsou obrázek, který Qt umí přečíst</translation>
    </message>
    <message>
        <source>The image cannot be loaded: %1</source>
        <translation>Obrázek nelze načíst: %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Původ</translation>
    </message>
    <message>
        <source>&amp;Add Your Banner…</source>
        <translation>&amp;Přidat vlastní banner…</translation>
    </message>
    <message>
        <source>Add your own banner by its image URL or an image file (or drop one on the gallery)</source>
        <translation>Přidat vlastní banner pomocí URL obrázku nebo souboru obrázku (nebo jej přetáhnout do galerie)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Odebrat</translation>
    </message>
    <message>
        <source>Remove your own banner (Edit › Undo puts it back)</source>
        <translation>Odebrat vlastní banner (Úpravy › Zpět jej vrátí)</translation>
    </message>
    <message>
        <source>Paste Banner Image</source>
        <translation>Vložit obrázek banneru</translation>
    </message>
    <message>
        <source>Remove Your Banner</source>
        <translation>Odebrat vlastní banner</translation>
    </message>
    <message>
        <source>Copy HTML</source>
        <translation>Kopírovat HTML</translation>
    </message>
    <message>
        <source>Add Your Banner…</source>
        <translation>Přidat vlastní banner…</translation>
    </message>
    <message>
        <source>Your banner</source>
        <translation>Váš banner</translation>
    </message>
    <message>
        <source>Stock banner</source>
        <translation>Standardní banner</translation>
    </message>
    <message>
        <source>A banner of the program, the same for every partner</source>
        <translation>Banner programu, stejný pro všechny partnery</translation>
    </message>
    <message>
        <source>%1&apos;s programs have no banners yet: add your own with &quot;Add Your Banner…&quot; or drop an image on this tab.</source>
        <translation>Programy partnera %1 zatím nemají bannery: přidejte vlastní pomocí „Přidat vlastní banner…“ nebo sem přetáhněte obrázek.</translation>
    </message>
    <message>
        <source>Select a banner to see its preview and the HTML snippet to publish. Add your own banner with &quot;Add Your Banner…&quot;, or drop an image file or URL here.</source>
        <translation>Vyberte banner a uvidíte jeho náhled a HTML kód ke zveřejnění. Vlastní banner přidáte pomocí „Přidat vlastní banner…“ nebo přetažením souboru obrázku či URL sem.</translation>
    </message>
    <message>
        <source>The clipboard holds no image file or http(s) image URL to add as a banner.</source>
        <translation>Schránka neobsahuje soubor obrázku ani URL obrázku s http(s), které by šlo přidat jako banner.</translation>
    </message>
    <message>
        <source>Add banner &quot;%1&quot;</source>
        <translation>Přidat banner „%1“</translation>
    </message>
    <message>
        <source>Added your banner &quot;%1&quot;.</source>
        <translation>Váš banner „%1“ byl přidán.</translation>
    </message>
    <message>
        <source>Remove banner &quot;%1&quot;</source>
        <translation>Odebrat banner „%1“</translation>
    </message>
    <message>
        <source>Remove Banner</source>
        <translation>Odebrat banner</translation>
    </message>
    <message>
        <source>Removed your banner &quot;%1&quot; (Edit › Undo puts it back).</source>
        <translation>Váš banner „%1“ byl odebrán (Úpravy › Zpět jej vrátí).</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::BannerImageLoader</name>
    <message>
        <source>only http and https images are loaded, not %1</source>
        <translation>načítají se jen obrázky přes http a https, ne %1</translation>
    </message>
    <message>
        <source>not a valid http(s) URL</source>
        <translation>neplatná adresa http(s)</translation>
    </message>
    <message>
        <source>the image is too large: %1 bytes, over the limit of %2</source>
        <translation>obrázek je příliš velký: %1 bajtů, nad limit %2</translation>
    </message>
    <message>
        <source>not an image: the server sent no Content-Type</source>
        <translation>není to obrázek: server neposlal Content-Type</translation>
    </message>
    <message>
        <source>not an image: the Content-Type is %1</source>
        <translation>není to obrázek: Content-Type je %1</translation>
    </message>
    <message>
        <source>the image is too large: more than %1 received</source>
        <translation>obrázek je příliš velký: přijato více než %1</translation>
    </message>
    <message>
        <source>the server sent an empty response</source>
        <translation>server poslal prázdnou odpověď</translation>
    </message>
    <message>
        <source>connection refused by %1</source>
        <translation>%1 odmítl spojení</translation>
    </message>
    <message>
        <source>host %1 not found</source>
        <translation>server %1 nenalezen</translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation>vypršel časový limit %1 s</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>více než %1 přesměrování</translation>
    </message>
    <message>
        <source>redirect from https to plain http refused</source>
        <translation>přesměrování z https na nešifrované http odmítnuto</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>server ukončil spojení</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>navázání TLS selhalo: %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>stavový kód HTTP %1</translation>
    </message>
    <message>
        <source>HTTP status %1 (%2)</source>
        <translation>stavový kód HTTP %1 (%2)</translation>
    </message>
    <message>
        <source>redirect to %1 refused: %2</source>
        <translation>přesměrování na %1 odmítnuto: %2</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>odmítnuto: %1</translation>
    </message>
    <message>
        <source>redirect to %1: %2</source>
        <translation>přesměrování na %1: %2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CentralWatcherWorker</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql).</source>
        <translation>Ovladač PostgreSQL pro Qt (QPSQL) není nainstalován (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot listen for notifications: %1</source>
        <translation>Nelze naslouchat oznámením: %1</translation>
    </message>
    <message>
        <source>The central database closed the connection.</source>
        <translation>Centrální databáze ukončila spojení.</translation>
    </message>
    <message>
        <source>The central database did not answer within %1 s.</source>
        <translation>Centrální databáze neodpověděla do %1 s.</translation>
    </message>
    <message>
        <source>The central database does not answer.</source>
        <translation>Centrální databáze neodpovídá.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ClaimDialog</name>
    <message>
        <source>Claim an Order</source>
        <translation>Nárokovat objednávku</translation>
    </message>
    <message>
        <source>An order of a customer you brought that did not reach you (a forgotten coupon, a blocked cookie). The store&apos;s affiliate manager checks it and assigns it to you; you see the decision under My Requests.</source>
        <translation>Objednávka vámi přivedeného zákazníka, která vám nebyla připsána (zapomenutý kupón, zablokovaná cookie). Affiliate manažer obchodu ji prověří a přiřadí vám ji; rozhodnutí uvidíte v části Moje žádosti.</translation>
    </message>
    <message>
        <source>100042</source>
        <translation>100042</translation>
    </message>
    <message>
        <source>The order number as the customer gave it to you</source>
        <translation>Číslo objednávky, jak vám ho zákazník sdělil</translation>
    </message>
    <message>
        <source>The day the customer placed the order</source>
        <translation>Den, kdy zákazník objednávku vytvořil</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Nevím</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>nepovinné</translation>
    </message>
    <message>
        <source>The order&apos;s subtotal, if the customer told you</source>
        <translation>Mezisoučet objednávky, pokud vám ho zákazník sdělil</translation>
    </message>
    <message>
        <source>e.g. the customer forgot the coupon JANE10, see her e-mail of 3 March</source>
        <translation>např. zákaznice zapomněla kupón JANE10, viz její e-mail z 3. března</translation>
    </message>
    <message>
        <source>&amp;Send Claim</source>
        <translation>&amp;Odeslat nárok</translation>
    </message>
    <message>
        <source>&amp;Order number:</source>
        <translation>Čís&amp;lo objednávky:</translation>
    </message>
    <message>
        <source>&amp;Placed on:</source>
        <translation>&amp;Datum objednávky:</translation>
    </message>
    <message>
        <source>P&amp;rogram:</source>
        <translation>P&amp;rogram:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>Čá&amp;stka:</translation>
    </message>
    <message>
        <source>&amp;Why it is yours:</source>
        <translation>&amp;Proč je vaše:</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ConflictFieldModel</name>
    <message>
        <source>yes</source>
        <translation>ano</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>This desktop</source>
        <translation>Tento počítač</translation>
    </message>
    <message>
        <source>Central database</source>
        <translation>Centrální databáze</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(smazáno)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kód</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Popis</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Měna</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivní</translation>
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
        <source>Payout</source>
        <translation>Výplata</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Reverses</source>
        <translation>Storno k</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Objednávka</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hostitel</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Cesta</translation>
    </message>
    <message>
        <source>Target URL</source>
        <translation>Cílová URL</translation>
    </message>
    <message>
        <source>Image URL</source>
        <translation>URL obrázku</translation>
    </message>
    <message>
        <source>Verification token</source>
        <translation>Ověřovací token</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Ověřeno pomocí</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Ověřeno</translation>
    </message>
    <message>
        <source>Verified at</source>
        <translation>Ověřeno dne</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Zkontrolováno dne</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Vytvořeno</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Změněno</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Objednáno</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titulek</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>Primary program</source>
        <translation>Hlavní program</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Připojen</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Odešel</translation>
    </message>
    <message>
        <source>Subtotal (cents)</source>
        <translation>Mezisoučet (haléře/centy)</translation>
    </message>
    <message>
        <source>Commission base (cents)</source>
        <translation>Základ provize (haléře/centy)</translation>
    </message>
    <message>
        <source>Commission (cents)</source>
        <translation>Provize (haléře/centy)</translation>
    </message>
    <message>
        <source>Payout threshold (cents)</source>
        <translation>Hranice výplaty (haléře/centy)</translation>
    </message>
    <message>
        <source>Rate (basis points)</source>
        <translation>Sazba (bazické body)</translation>
    </message>
    <message>
        <source>Link rate (basis points)</source>
        <translation>Sazba za odkaz (bazické body)</translation>
    </message>
    <message>
        <source>Coupon rate (basis points)</source>
        <translation>Sazba za kupon (bazické body)</translation>
    </message>
    <message>
        <source>Coupon discount (basis points)</source>
        <translation>Sleva kuponu (bazické body)</translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation>E-mail zákazníka</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>Kód kuponu</translation>
    </message>
    <message>
        <source>Partner code</source>
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
        <source>Last finding</source>
        <translation>Poslední zjištění</translation>
    </message>
    <message>
        <source>Failed checks</source>
        <translation>Neúspěšné kontroly</translation>
    </message>
    <message>
        <source>Lapsing since</source>
        <translation>Propadá od</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Propadlo</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Šířka</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Výška</translation>
    </message>
    <message>
        <source>Requested payout e-mail</source>
        <translation>Požadovaný e-mail pro výplaty</translation>
    </message>
    <message>
        <source>Payout e-mail requested at</source>
        <translation>E-mail pro výplaty vyžádán dne</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Přihlašovací role</translation>
    </message>
    <message>
        <source>E-mail notices</source>
        <translation>E-mailová oznámení</translation>
    </message>
    <message>
        <source>Language of notices</source>
        <translation>Jazyk oznámení</translation>
    </message>
    <message>
        <source>E-mail notices to partners</source>
        <translation>E-mailová oznámení partnerům</translation>
    </message>
    <message>
        <source>E-mail notices since</source>
        <translation>E-mailová oznámení od</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ConflictListModel</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Objednávka</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Kupón</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Členství</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Doména</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>Link rewrite</source>
        <translation>Přepis odkazu</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transakce</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabulka</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Řádek</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Zjištěno</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ConflictsDialog</name>
    <message>
        <source>Sync Conflicts</source>
        <translation>Konflikty synchronizace</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Ponechat moje</translation>
    </message>
    <message>
        <source>Send this desktop&apos;s version to the central database at the next sync</source>
        <translation>Při příští synchronizaci odeslat verzi z tohoto počítače do centrální databáze</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>Převzí&amp;t centrální</translation>
    </message>
    <message>
        <source>Replace this desktop&apos;s version with the central one</source>
        <translation>Nahradit verzi z tohoto počítače verzí z centrální databáze</translation>
    </message>
    <message>
        <source>No sync conflicts wait for you: this desktop and the central database agree.</source>
        <translation>Žádné konflikty synchronizace nečekají: tento počítač a centrální databáze se shodují.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) changed both here and in the central database since the last sync. Nothing is overwritten until you choose which version to keep.</source>
        <translation>
            <numerusform>%n řádek se od poslední synchronizace změnil zde i v centrální databázi. Nic se nepřepíše, dokud nezvolíte, kterou verzi ponechat.</numerusform>
            <numerusform>%n řádky se od poslední synchronizace změnily zde i v centrální databázi. Nic se nepřepíše, dokud nezvolíte, kterou verzi ponechat.</numerusform>
            <numerusform>%n řádků se od poslední synchronizace změnilo zde i v centrální databázi. Nic se nepřepíše, dokud nezvolíte, kterou verzi ponechat.</numerusform>
        </translation>
    </message>
    <message>
        <source>This desktop deleted the row.</source>
        <translation>Tento počítač řádek smazal.</translation>
    </message>
    <message>
        <source>The central database deleted the row.</source>
        <translation>Centrální databáze řádek smazala.</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>Keep this desktop&apos;s version of %1? It is sent to the central database at the next sync, over the central version %2.</source>
        <translation>Ponechat verzi z tohoto počítače pro %1? Při příští synchronizaci se odešle do centrální databáze a nahradí centrální verzi %2.</translation>
    </message>
    <message>
        <source>Take the central database&apos;s version of %1? The central values replace this desktop&apos;s, and the local change is dropped.</source>
        <translation>Převzít verzi z centrální databáze pro %1? Centrální hodnoty nahradí hodnoty tohoto počítače a místní změna se zahodí.</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Ponechat moje</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Převzít centrální</translation>
    </message>
    <message>
        <source>This desktop and another one each added this row: the central database keeps one row per key, so only one of the two can stay.</source>
        <translation>Tento počítač i jiný přidaly každý tento řádek: centrální databáze drží pro každý klíč jen jeden řádek, takže zůstat může jen jeden z obou.</translation>
    </message>
    <message>
        <source>Keep this desktop&apos;s %1? At the next sync it replaces the row another desktop added in the central database (central version %2); the rows that refer to it follow.</source>
        <translation>Ponechat %1 z tohoto počítače? Při příští synchronizaci nahradí v centrální databázi řádek, který přidal jiný počítač (centrální verze %2); řádky, které na něj odkazují, jej následují.</translation>
    </message>
    <message>
        <source>Take the central database&apos;s %1? This desktop&apos;s row becomes the one another desktop added, with its values; the rows that refer to it follow.</source>
        <translation>Převzít %1 z centrální databáze? Řádek tohoto počítače se stane tím, který přidal jiný počítač, i s jeho hodnotami; řádky, které na něj odkazují, jej následují.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ConnectionDialog</name>
    <message>
        <source>Central Database</source>
        <translation>Centrální databáze</translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <source>The server&apos;s host name or IP address, or the folder of its Unix socket</source>
        <translation>Název hostitele nebo IP adresa serveru, případně složka jeho unixového socketu</translation>
    </message>
    <message>
        <source>Your PostgreSQL login role: a manager&apos;s, or the one made for you as a partner</source>
        <translation>Vaše přihlašovací role PostgreSQL: manažerská, nebo ta, která vám byla vytvořena jako partnerovi</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Zapamatovat heslo v systémové klíčence</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The certificate of the authority that signed the server&apos;s certificate (PEM)</source>
        <translation>Certifikát autority, která podepsala certifikát serveru (PEM)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procházet…</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long to wait for the server to answer a connection</source>
        <translation>Jak dlouho čekat, než server odpoví na připojení</translation>
    </message>
    <message>
        <source>The same settings for partnerdesk-cli --central (the password is not part of it)</source>
        <translation>Totéž nastavení pro partnerdesk-cli --central (heslo v něm není)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hostitel:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Databáze:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Uživatel:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Hes&amp;lo:</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>Režim &amp;SSL:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;Certifikát CA:</translation>
    </message>
    <message>
        <source>For the CLI:</source>
        <translation>Pro CLI:</translation>
    </message>
    <message>
        <source>Asking the system keychain…</source>
        <translation>Dotazuji se systémové klíčenky…</translation>
    </message>
    <message>
        <source>PartnerDesk will ask for it again after a restart.</source>
        <translation>Po restartu se na něj PartnerDesk zeptá znovu.</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>Certifikát CA</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer)</source>
        <translation>Certifikáty (*.crt *.pem *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test zrušen.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Připojuji se k %1…</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1, as %2</source>
        <translation>Připojeno: PostgreSQL %1, jako %2</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Nelze se připojit: %1</translation>
    </message>
    <message>
        <source>Cancel &amp;Test</source>
        <translation>Zrušit &amp;test</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Test připojení</translation>
    </message>
    <message>
        <source>Central database settings saved.</source>
        <translation>Nastavení centrální databáze uloženo.</translation>
    </message>
    <message>
        <source>Central database settings saved; the password is in the system keychain.</source>
        <translation>Nastavení centrální databáze uloženo; heslo je v systémové klíčence.</translation>
    </message>
    <message>
        <source>Central database settings saved; the password is kept for this session only.</source>
        <translation>Nastavení centrální databáze uloženo; heslo je uchováno jen pro tuto relaci.</translation>
    </message>
    <message>
        <source>Central database settings saved. %1</source>
        <translation>Nastavení centrální databáze uloženo. %1</translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation>Časový li&amp;mit:</translation>
    </message>
    <message>
        <source>no encryption: everything readable on the network</source>
        <translation>bez šifrování: vše je v síti čitelné</translation>
    </message>
    <message>
        <source>encrypted, the server unchecked</source>
        <translation>šifrováno, server bez ověření</translation>
    </message>
    <message>
        <source>encrypted, the server&apos;s certificate checked against the CA</source>
        <translation>šifrováno, certifikát serveru ověřen proti CA</translation>
    </message>
    <message>
        <source>encrypted, the certificate and the host name checked</source>
        <translation>šifrováno, ověřen certifikát i název hostitele</translation>
    </message>
    <message>
        <source>Not encrypted: the password and every row cross the network readable by anyone on the way, and nothing proves the server is yours. Choose this only for a server on a network you trust.</source>
        <translation>Bez šifrování: heslo i každý řádek jdou sítí tak, že je cestou může přečíst kdokoli, a nic neprokazuje, že server je váš. Zvolte jen pro server v síti, které důvěřujete.</translation>
    </message>
    <message>
        <source>none: the system&apos;s certificate authorities</source>
        <translation>žádný: systémové certifikační autority</translation>
    </message>
    <message>
        <source>Automatic: verify-full, against the CA certificate below</source>
        <translation>Automaticky: verify-full, proti certifikátu CA níže</translation>
    </message>
    <message>
        <source>Automatic: verify-full, against the system&apos;s certificate authorities</source>
        <translation>Automaticky: verify-full, proti systémovým certifikačním autoritám</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ConnectionTest</name>
    <message>
        <source>The PostgreSQL driver of Qt (QPSQL) is not installed.</source>
        <translation>Ovladač PostgreSQL pro Qt (QPSQL) není nainstalován.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::CouponListModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivní</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Neaktivní</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>Kód kuponu</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Customer discount</source>
        <translation>Sleva zákazníka</translation>
    </message>
    <message>
        <source>Partner commission</source>
        <translation>Provize partnera</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::DecisionDialog</name>
    <message>
        <source>Reject Request</source>
        <translation>Zamítnout žádost</translation>
    </message>
    <message>
        <source>Approve with Changes</source>
        <translation>Schválit se změnami</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 od %2: %3</translation>
    </message>
    <message>
        <source>Why not: the partner reads this</source>
        <translation>Proč ne: partner si to přečte</translation>
    </message>
    <message>
        <source>optional: a note the partner reads</source>
        <translation>nepovinné: poznámka, kterou si partner přečte</translation>
    </message>
    <message>
        <source>The path to set up instead of the one the partner asked for</source>
        <translation>Cesta, která se nastaví místo té, o kterou partner požádal</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Cesta:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Důvod:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Poznámka:</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Zamítnout</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Schválit</translation>
    </message>
    <message>
        <source>Say why: the partner reads the reason.</source>
        <translation>Uveďte důvod: partner si ho přečte.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>důvod</translation>
    </message>
    <message>
        <source>https://%1%2 will lead to %3</source>
        <translation>https://%1%2 povede na %3</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::DirectLinksWidget</name>
    <message>
        <source>Choose a partner to see his websites for direct links.</source>
        <translation>Vyberte partnera, abyste viděli jeho weby pro přímé odkazy.</translation>
    </message>
    <message>
        <source>Your website&apos;s domain, e.g. myblog.example or *.myblog.example</source>
        <translation>Doména vašeho webu, např. myblog.example nebo *.myblog.example</translation>
    </message>
    <message>
        <source>&amp;Add Website</source>
        <translation>Přid&amp;at web</translation>
    </message>
    <message>
        <source>Register the website and get its verification token</source>
        <translation>Zaregistrovat web a získat jeho ověřovací token</translation>
    </message>
    <message>
        <source>Prove that the website is yours: publish the token one of these ways</source>
        <translation>Prokažte, že web je váš: zveřejněte token jedním z těchto způsobů</translation>
    </message>
    <message>
        <source>Put this tag into the &lt;head&gt; of your home page</source>
        <translation>Vložte tuto značku do &lt;head&gt; své domovské stránky</translation>
    </message>
    <message>
        <source>Create this file on your website with the token as its only content</source>
        <translation>Vytvořte na svém webu tento soubor, jehož jediným obsahem bude token</translation>
    </message>
    <message>
        <source>Add this TXT record to your domain&apos;s DNS</source>
        <translation>Přidejte tento záznam TXT do DNS své domény</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopírovat</translation>
    </message>
    <message>
        <source>Copy the %1 to the clipboard</source>
        <translation>Zkopírovat %1 do schránky</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>1. Meta tag on the home page:</source>
        <translation>1. Meta tag na domovské stránce:</translation>
    </message>
    <message>
        <source>meta tag</source>
        <translation>meta tag</translation>
    </message>
    <message>
        <source>2. File with the token as its body:</source>
        <translation>2. Soubor s tokenem jako obsahem:</translation>
    </message>
    <message>
        <source>file&apos;s address</source>
        <translation>adresu souboru</translation>
    </message>
    <message>
        <source>3. DNS TXT record:</source>
        <translation>3. Záznam DNS TXT:</translation>
    </message>
    <message>
        <source>TXT record</source>
        <translation>záznam TXT</translation>
    </message>
    <message>
        <source>&amp;Verify Now</source>
        <translation>&amp;Ověřit nyní</translation>
    </message>
    <message>
        <source>Check the website for the token over the network</source>
        <translation>Zkontrolovat token na webu přes síť</translation>
    </message>
    <message>
        <source>What &quot;Verify now&quot; found appears here.</source>
        <translation>Zde se zobrazí, co zjistilo „Ověřit nyní“.</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Web:</translation>
    </message>
    <message>
        <source>Registered %1: publish the token, then press Verify Now.</source>
        <translation>Doména %1 je zaregistrována: zveřejněte token a pak stiskněte Ověřit nyní.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Kontroluji %1…</translation>
    </message>
    <message>
        <source>%1 could not be recorded: %2</source>
        <translation>Výsledek pro %1 nelze zaznamenat: %2</translation>
    </message>
    <message>
        <source>%1 is verified.</source>
        <translation>Doména %1 je ověřena.</translation>
    </message>
    <message>
        <source>%1 is not verified.</source>
        <translation>Doména %1 není ověřena.</translation>
    </message>
    <message>
        <source>Copied the %1 to the clipboard.</source>
        <translation>Do schránky jste zkopírovali %1.</translation>
    </message>
    <message>
        <source>%1 is lapsing: the token was not found.</source>
        <translation>Ověření %1 propadá: token nebyl nalezen.</translation>
    </message>
    <message>
        <source>%1 lapsed: the token was not found.</source>
        <translation>Ověření %1 propadlo: token nebyl nalezen.</translation>
    </message>
    <message>
        <source>%1 stays verified by a manager&apos;s approval; the check did not find the token.</source>
        <translation>%1 zůstává ověřena schválením manažera; kontrola token nenašla.</translation>
    </message>
    <message>
        <source>Check the website for the token from here (a preview) and ask a manager&apos;s desktop to verify it</source>
        <translation>Zkontrolovat token na webu odsud (náhled) a požádat počítač manažera o ověření</translation>
    </message>
    <message>
        <source>Sync to receive the token from the central database</source>
        <translation>Synchronizujte, abyste z centrální databáze obdrželi token</translation>
    </message>
    <message>
        <source>Registered %1: sync to send it and receive its verification token, then publish the token and press Verify Now.</source>
        <translation>Doména %1 je zaregistrována: synchronizujte, aby se odeslala a abyste obdrželi její ověřovací token; pak token zveřejněte a stiskněte Ověřit nyní.</translation>
    </message>
    <message>
        <source>Preview: the token was found on your site. A manager&apos;s desktop confirms it; you will see the result after the next sync.</source>
        <translation>Náhled: token byl na vašem webu nalezen. Potvrdí ho počítač manažera; výsledek uvidíte po příští synchronizaci.</translation>
    </message>
    <message>
        <source>Preview: the token was not found on your site. A manager&apos;s desktop checks it too; you will see the result after the next sync.</source>
        <translation>Náhled: token na vašem webu nebyl nalezen. Web zkontroluje také počítač manažera; výsledek uvidíte po příští synchronizaci.</translation>
    </message>
    <message>
        <source>The check of %1 could not be requested: %2</source>
        <translation>O kontrolu %1 se nepodařilo požádat: %2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::DomainListModel</name>
    <message>
        <source>Publish as &lt;meta name=&quot;partnerdesk-verification&quot; content=&quot;%1&quot;&gt;, as the body of /.well-known/partnerdesk-verification.txt, or as the DNS TXT record partnerdesk-verification=%1</source>
        <translation>Zveřejněte jako &lt;meta name=&quot;partnerdesk-verification&quot; content=&quot;%1&quot;&gt;, jako obsah souboru /.well-known/partnerdesk-verification.txt nebo jako DNS záznam TXT partnerdesk-verification=%1</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Ověřeno</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Neověřeno</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Doména</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Způsob</translation>
    </message>
    <message>
        <source>Verified at</source>
        <translation>Ověřeno dne</translation>
    </message>
    <message>
        <source>Verification token</source>
        <translation>Ověřovací token</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Naposledy zkontrolováno</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::DomainRecheckSchedule</name>
    <message>
        <source>%1 of %2 is lapsing</source>
        <translation>ověření %1 (%2) propadá</translation>
    </message>
    <message>
        <source>%1 of %2 lapsed</source>
        <translation>ověření %1 (%2) propadlo</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>a další: %1</translation>
    </message>
    <message>
        <source>Direct-link websites</source>
        <translation>Weby pro přímé odkazy</translation>
    </message>
    <message>
        <source>The verification token is missing: %1.</source>
        <translation>Chybí ověřovací token: %1.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::DomainVerifier</name>
    <message>
        <source>&quot;%1&quot; is not a domain name</source>
        <translation>„%1“ není název domény</translation>
    </message>
    <message>
        <source>%1: body over 1 MB</source>
        <translation>%1: tělo odpovědi přesahuje 1 MB</translation>
    </message>
    <message>
        <source>%1: timed out after %2 s</source>
        <translation>%1: vypršel časový limit po %2 s</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: redirect to an unusable address</source>
        <translation>%1: přesměrování na nepoužitelnou adresu</translation>
    </message>
    <message>
        <source>%1: redirect to %2 leaves the domain</source>
        <translation>%1: přesměrování na %2 opouští doménu</translation>
    </message>
    <message>
        <source>%1: more than %2 redirects</source>
        <translation>%1: více než %2 přesměrování</translation>
    </message>
    <message>
        <source>%1: HTTP status %2</source>
        <translation>%1: stavový kód HTTP %2</translation>
    </message>
    <message>
        <source>token file found at %1</source>
        <translation>soubor s tokenem nalezen na %1</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: soubor je prázdný</translation>
    </message>
    <message>
        <source>%1: token differs</source>
        <translation>%1: token se liší</translation>
    </message>
    <message>
        <source>meta tag found at %1</source>
        <translation>meta značka nalezena na %1</translation>
    </message>
    <message>
        <source>%1: meta tag token differs</source>
        <translation>%1: token v meta značce se liší</translation>
    </message>
    <message>
        <source>%1: no partnerdesk-verification meta tag</source>
        <translation>%1: chybí meta značka partnerdesk-verification</translation>
    </message>
    <message>
        <source>DNS TXT of %1: %2</source>
        <translation>DNS TXT domény %1: %2</translation>
    </message>
    <message>
        <source>TXT record found at %1</source>
        <translation>záznam TXT nalezen u %1</translation>
    </message>
    <message>
        <source>DNS TXT of %1: token differs</source>
        <translation>DNS TXT domény %1: token se liší</translation>
    </message>
    <message>
        <source>DNS TXT of %1: no partnerdesk-verification record</source>
        <translation>DNS TXT domény %1: chybí záznam partnerdesk-verification</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>spojení odmítnuto</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>server nenalezen</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>server ukončil spojení</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>navázání TLS selhalo: %1</translation>
    </message>
    <message>
        <source>DNS TXT of %1: timed out after %2 s</source>
        <translation>DNS TXT domény %1: vypršel časový limit po %2 s</translation>
    </message>
    <message>
        <source>%1: redirect to %2 refused: %3</source>
        <translation>%1: přesměrování na %2 odmítnuto: %3</translation>
    </message>
    <message>
        <source>%1: redirect to %2: %3</source>
        <translation>%1: přesměrování na %2: %3</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>odmítnuto: %1</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::FallbackCredentialStore</name>
    <message>
        <source>The password is kept for this session only.</source>
        <translation>Heslo je uchováno jen pro tuto relaci.</translation>
    </message>
    <message>
        <source>No system keychain answered (%1), so the password is kept for this session only.</source>
        <translation>Žádná systémová klíčenka neodpověděla (%1), proto je heslo uchováno jen pro tuto relaci.</translation>
    </message>
    <message>
        <source>The system keychain refused the password (%1), so it is kept for this session only.</source>
        <translation>Systémová klíčenka heslo odmítla (%1), proto je uchováno jen pro tuto relaci.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::FraudReviewPane</name>
    <message>
        <source>Fraud Review</source>
        <translation>Kontrola podvodů</translation>
    </message>
    <message>
        <source>C&amp;lear…</source>
        <translation>&amp;Uvolnit…</translation>
    </message>
    <message>
        <source>Let the selected transaction go on as normal: approved when its approval hold passed, then paid</source>
        <translation>Nechá vybranou transakci pokračovat běžně: schválí se po uplynutí lhůty pro schválení a pak se vyplatí</translation>
    </message>
    <message>
        <source>&amp;Cancel Commission…</source>
        <translation>&amp;Zrušit provizi…</translation>
    </message>
    <message>
        <source>Cancel the selected transaction&apos;s commission: the partner is not paid for it</source>
        <translation>Zruší provizi vybrané transakce: partner za ni nedostane zaplaceno</translation>
    </message>
    <message>
        <source>No transaction is held: the fraud rules flagged nothing that waits for a decision.</source>
        <translation>Žádná transakce není pozastavená: pravidla proti podvodům neoznačila nic, co čeká na rozhodnutí.</translation>
    </message>
    <message>
        <source>Held for review: %1 transactions, %2. Held commission is neither approved nor paid until you clear it.</source>
        <translation>V posouzení: počet transakcí %1, %2. Pozastavená provize se neschválí ani nevyplatí, dokud ji neuvolníte.</translation>
    </message>
    <message>
        <source>Clear Held Transaction</source>
        <translation>Uvolnit pozastavenou transakci</translation>
    </message>
    <message>
        <source>Cancel Held Transaction</source>
        <translation>Zrušit pozastavenou transakci</translation>
    </message>
    <message>
        <source>Cleared the hold on order %1 of %2.</source>
        <translation>Pozastavení objednávky %1 z %2 bylo uvolněno.</translation>
    </message>
    <message>
        <source>Cancelled the commission on order %1 of %2.</source>
        <translation>Provize objednávky %1 z %2 byla zrušena.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::HeldTransactionModel</name>
    <message>
        <source>Order</source>
        <translation>Objednávka</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Vytvořeno</translation>
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
        <source>Rule</source>
        <translation>Pravidlo</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Důkazy</translation>
    </message>
    <message>
        <source>Own domain</source>
        <translation>Vlastní doména</translation>
    </message>
    <message>
        <source>Leaked coupon</source>
        <translation>Uniklý kupon</translation>
    </message>
    <message>
        <source>Shared customer</source>
        <translation>Sdílený zákazník</translation>
    </message>
    <message>
        <source>Cancel share</source>
        <translation>Podíl zrušených</translation>
    </message>
    <message>
        <source>No visit</source>
        <translation>Bez návštěvy</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::HoldDecisionDialog</name>
    <message>
        <source>Clear Held Transaction</source>
        <translation>Uvolnit pozastavenou transakci</translation>
    </message>
    <message>
        <source>Cancel Held Transaction</source>
        <translation>Zrušit pozastavenou transakci</translation>
    </message>
    <message>
        <source>Order %1 of %2, %3 for %4 (%5) in %6.</source>
        <translation>Objednávka %1 z %2, %3 pro %4 (%5) v programu %6.</translation>
    </message>
    <message>
        <source>Held by the rule “%1”: %2</source>
        <translation>Pozastaveno pravidlem „%1“: %2</translation>
    </message>
    <message>
        <source>Cleared, the commission goes on as normal: approved once the order is complete and its approval hold has passed, then paid in a batch.</source>
        <translation>Po uvolnění provize pokračuje běžně: schválí se, jakmile je objednávka dokončena a uplyne lhůta pro schválení, a pak se vyplatí v dávce.</translation>
    </message>
    <message>
        <source>Cancelled, the partner is not paid for this order.</source>
        <translation>Po zrušení partner za tuto objednávku nedostane zaplaceno.</translation>
    </message>
    <message>
        <source>Why: it goes into the audit log</source>
        <translation>Proč: zapíše se do auditního záznamu</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Důvod:</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Uvolnit</translation>
    </message>
    <message>
        <source>Cancel &amp;Commission</source>
        <translation>Zrušit &amp;provizi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>Say why; the reason goes into the audit log.</source>
        <translation>Uveďte důvod; zapíše se do auditního záznamu.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Důvod</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ImportIssueModel</name>
    <message>
        <source>(whole row)</source>
        <translation>(celý řádek)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Řádek</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Důvod</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ImportQueue</name>
    <message>
        <source>Import Orders</source>
        <translation>Import objednávek</translation>
    </message>
    <message>
        <source>Import Visits</source>
        <translation>Import návštěv</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Orders…</source>
        <translation>&amp;Objednávky…</translation>
    </message>
    <message>
        <source>Import the store&apos;s orders CSV (or drop CSV files on the window)</source>
        <translation>Importovat CSV s objednávkami obchodu (nebo soubory CSV přetáhnout do okna)</translation>
    </message>
    <message>
        <source>&amp;Visits…</source>
        <translation>&amp;Návštěvy…</translation>
    </message>
    <message>
        <source>Import a visits CSV (visited_at, landing_url, referrer_url, affiliate_code) for the conversion in Reports</source>
        <translation>Importovat CSV s návštěvami (visited_at, landing_url, referrer_url, affiliate_code) pro konverzi v Přehledech</translation>
    </message>
    <message>
        <source>Orders CSV (*.csv)</source>
        <translation>CSV s objednávkami (*.csv)</translation>
    </message>
    <message>
        <source>Visits CSV (*.csv)</source>
        <translation>CSV s návštěvami (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importuje se %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Cancelling; nothing will be written…</source>
        <translation>Ruší se; nic nebude zapsáno…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>a další: %1</translation>
    </message>
    <message>
        <source>Reached the payout threshold: %1.</source>
        <translation>Hranice výplaty dosáhli: %1.</translation>
    </message>
    <message>
        <source>Import of %1 cancelled; nothing was written.</source>
        <translation>Import souboru %1 byl zrušen; nic nebylo zapsáno.</translation>
    </message>
    <message>
        <source>new transactions: %1 (from %2).</source>
        <translation>nové transakce: %1 (ze souboru %2).</translation>
    </message>
    <message>
        <source>Orders imported</source>
        <translation>Objednávky importovány</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows from %3.</source>
        <translation>Importováno %1 z %2 řádků ze souboru %3.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Ze souboru %1 nebylo nic importováno.</translation>
    </message>
    <message>
        <source>Import of %1 cancelled; no visit was written.</source>
        <translation>Import souboru %1 byl zrušen; žádná návštěva nebyla zapsána.</translation>
    </message>
    <message>
        <source>Imported %1 visits (%2 attributed, %3 unattributed) from %4; %5 already known; %6 rejected.</source>
        <translation>Importováno návštěv: %1 (přiřazeno %2, nepřiřazeno %3) ze souboru %4; již známých %5; odmítnutých %6.</translation>
    </message>
    <message>
        <source>The import starts when the approval of due commission is done…</source>
        <translation>Import začne, až bude dokončeno schvalování splatných provizí…</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ImportResultDialog</name>
    <message>
        <source>Import of %1</source>
        <translation>Import souboru %1</translation>
    </message>
    <message>
        <source>Rejected rows (the first %1 of %2):</source>
        <translation>Odmítnuté řádky (prvních %1 z %2):</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Odmítnuté řádky:</translation>
    </message>
    <message>
        <source>&amp;Save List…</source>
        <translation>&amp;Uložit seznam…</translation>
    </message>
    <message>
        <source>Save the rejected rows as CSV (file, line, field, reason)</source>
        <translation>Uložit odmítnuté řádky jako CSV (soubor, řádek, pole, důvod)</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Přečtené řádky: %1</translation>
    </message>
    <message>
        <source>Imported: %1 (%2 new orders, %3 updated)</source>
        <translation>Importováno: %1 (nové objednávky: %2, aktualizované: %3)</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Odmítnuto: %1</translation>
    </message>
    <message>
        <source>Attributed to a partner: %1; unattributed: %2</source>
        <translation>Přiřazeno partnerovi: %1; nepřiřazeno: %2</translation>
    </message>
    <message>
        <source>New transactions: %1; refund reversals: %2</source>
        <translation>Nové transakce: %1; storna po vrácení: %2</translation>
    </message>
    <message>
        <source>Partners who reached the payout threshold: %1</source>
        <translation>Partneři, kteří dosáhli hranice výplaty: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nelze zapsat %1: %2</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Uložit odmítnuté řádky</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Soubory CSV (*.csv)</translation>
    </message>
    <message>
        <source>Imported: %1 visits; already known: %2</source>
        <translation>Importováno návštěv: %1; již známých: %2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Z %1 se nic neimportovalo: %2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: every row was rejected. The reasons are listed below with their lines.</source>
        <translation>Z %1 se nic neimportovalo: všechny řádky byly odmítnuty. Důvody jsou uvedeny níže i s čísly řádků.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: it holds no data rows.</source>
        <translation>Z %1 se nic neimportovalo: neobsahuje žádné datové řádky.</translation>
    </message>
    <message>
        <source>%1 of %2 rows were rejected and not imported; the reasons are listed below with their lines. The other rows were imported.</source>
        <translation>%1 z %2 řádků bylo odmítnuto a neimportováno; důvody jsou uvedeny níže i s čísly řádků. Ostatní řádky byly importovány.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::JoinPartnerDialog</name>
    <message>
        <source>Join a Partner to %1</source>
        <translation>Připojit partnera k programu %1</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Připojit</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::LinkBuilderWidget</name>
    <message>
        <source>Choose a partner to see his tracked links and coupon codes.</source>
        <translation>Vyberte partnera, jehož sledované odkazy a slevové kódy chcete zobrazit.</translation>
    </message>
    <message>
        <source>Tracked link</source>
        <translation>Sledovaný odkaz</translation>
    </message>
    <message>
        <source>Paste any store URL, e.g. https://koongo.com/pricing</source>
        <translation>Vložte libovolnou adresu obchodu, např. https://koongo.com/pricing</translation>
    </message>
    <message>
        <source>The tracked URL appears here as you type</source>
        <translation>Sledovaná adresa se zde objeví už při psaní</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopírovat</translation>
    </message>
    <message>
        <source>Copy the tracked URL to the clipboard</source>
        <translation>Zkopírovat sledovanou adresu do schránky</translation>
    </message>
    <message>
        <source>Store &amp;URL:</source>
        <translation>&amp;Adresa obchodu:</translation>
    </message>
    <message>
        <source>Tracked URL:</source>
        <translation>Sledovaná adresa:</translation>
    </message>
    <message>
        <source>Coupon codes</source>
        <translation>Slevové kódy</translation>
    </message>
    <message>
        <source>Copy C&amp;ode</source>
        <translation>Kopírovat &amp;kód</translation>
    </message>
    <message>
        <source>Copy the selected coupon code to the clipboard</source>
        <translation>Zkopírovat vybraný slevový kód do schránky</translation>
    </message>
    <message>
        <source>%1 is a member of no program yet: join a program to get tracked links.</source>
        <translation>%1 zatím není členem žádného programu: pro sledované odkazy se připojte k programu.</translation>
    </message>
    <message>
        <source>Links may point to: %1 (and their subdomains).</source>
        <translation>Odkazy mohou vést na: %1 (a jejich subdomény).</translation>
    </message>
    <message>
        <source>Choose a partner to see his coupon codes.</source>
        <translation>Vyberte partnera, jehož slevové kódy chcete zobrazit.</translation>
    </message>
    <message>
        <source>You have no affiliate coupon code. Please join to a program to get coupon code</source>
        <translation>Nemáte žádný partnerský slevový kód. Pro získání slevového kódu se připojte k programu.</translation>
    </message>
    <message>
        <source>Copied the tracked URL to the clipboard.</source>
        <translation>Sledovaná adresa byla zkopírována do schránky.</translation>
    </message>
    <message>
        <source>Copied coupon code %1 to the clipboard.</source>
        <translation>Slevový kód %1 byl zkopírován do schránky.</translation>
    </message>
    <message>
        <source>Copy QR &amp;Image</source>
        <translation>Kopírovat &amp;obrázek QR</translation>
    </message>
    <message>
        <source>Copy the QR code of the tracked URL to the clipboard as an image</source>
        <translation>Zkopírovat QR kód sledované adresy do schránky jako obrázek</translation>
    </message>
    <message>
        <source>&amp;Save QR as PNG…</source>
        <translation>&amp;Uložit QR jako PNG…</translation>
    </message>
    <message>
        <source>Save the QR code of the tracked URL as a PNG image</source>
        <translation>Uložit QR kód sledované adresy jako obrázek PNG</translation>
    </message>
    <message>
        <source>The QR code of the tracked URL appears here</source>
        <translation>Zde se zobrazí QR kód sledované adresy</translation>
    </message>
    <message>
        <source>The tracked URL is too long for a QR code</source>
        <translation>Sledovaná adresa je na QR kód příliš dlouhá</translation>
    </message>
    <message>
        <source>Copied the QR code of the tracked URL to the clipboard.</source>
        <translation>QR kód sledované adresy byl zkopírován do schránky.</translation>
    </message>
    <message>
        <source>qr-%1.png</source>
        <translation>qr-%1.png</translation>
    </message>
    <message>
        <source>Save QR Code</source>
        <translation>Uložit QR kód</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Obrázky PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not save the QR code to %1.</source>
        <translation>QR kód nelze uložit do %1.</translation>
    </message>
    <message>
        <source>Saved the QR code of the tracked URL to %1.</source>
        <translation>QR kód sledované adresy byl uložen do %1.</translation>
    </message>
    <message>
        <source>No coupon code yet: the store&apos;s affiliate manager creates one (Partners › Create Coupon).</source>
        <translation>Zatím žádný kupónový kód: vytvoří ho affiliate manažer obchodu (Partneři › Vytvořit kupón).</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::LinksPane</name>
    <message>
        <source>&amp;Rewrites</source>
        <translation>&amp;Přesměrování</translation>
    </message>
    <message>
        <source>&amp;Websites</source>
        <translation>&amp;Weby</translation>
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
        <source>Opened %1.</source>
        <translation>Otevřeno: %1.</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nová databáze</translation>
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
    <message>
        <source>Import Orders</source>
        <translation>Import objednávek</translation>
    </message>
    <message>
        <source>An import is running. Cancel it and quit? Nothing of it will be written.</source>
        <translation>Probíhá import. Zrušit jej a ukončit aplikaci? Nic z něj nebude zapsáno.</translation>
    </message>
    <message>
        <source>Updating %1 for this version of PartnerDesk…</source>
        <translation>Aktualizuje se %1 pro tuto verzi PartnerDesku…</translation>
    </message>
    <message>
        <source>Approval hold passed</source>
        <translation>Uplynula schvalovací lhůta</translation>
    </message>
    <message>
        <source>approved transactions: %1.</source>
        <translation>schválené transakce: %1.</translation>
    </message>
    <message>
        <source>Partner Package</source>
        <translation>Partnerský balíček</translation>
    </message>
    <message>
        <source>My Balance</source>
        <translation>Můj zůstatek</translation>
    </message>
    <message>
        <source>Open as &amp;Partner…</source>
        <translation>Otevřít jako &amp;partner…</translation>
    </message>
    <message>
        <source>Open a window that shows only one partner&apos;s package, transactions and balance, as he sees them</source>
        <translation>Otevřít okno, které ukazuje jen balíček, transakce a zůstatek jednoho partnera, tak jak je vidí on</translation>
    </message>
    <message>
        <source>There is no database %1.</source>
        <translation>Databáze %1 neexistuje.</translation>
    </message>
    <message>
        <source>%1 (%2) – Partner View – PartnerDesk</source>
        <translation>%1 (%2) – pohled partnera – PartnerDesk</translation>
    </message>
    <message>
        <source>Open as Partner</source>
        <translation>Otevřít jako partner</translation>
    </message>
    <message>
        <source>Partner view: %1 (%2) · %3</source>
        <translation>Pohled partnera: %1 (%2) · %3</translation>
    </message>
    <message>
        <source>Direct Links &amp;&amp; Rewrites</source>
        <translation>Přímé odkazy &amp;&amp; přesměrování</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronizace selhala: %1</translation>
    </message>
    <message>
        <source>Allow &amp;Private Network Addresses</source>
        <translation>Povolit p&amp;rivátní síťové adresy</translation>
    </message>
    <message>
        <source>Let website checks and banner previews reach loopback and private (intranet) addresses. Off by default: with it on, a partner can register an address on your own network and learn from the check&apos;s finding what answers there.</source>
        <translation>Dovolit kontrolám webů a náhledům bannerů přístup na adresy zpětné smyčky (loopback) a na privátní (intranetové) adresy. Ve výchozím stavu vypnuto: je-li zapnuto, může partner zaregistrovat adresu ve vaší vlastní síti a ze zjištění kontroly se dozvědět, co na ní odpovídá.</translation>
    </message>
    <message numerus="yes">
        <source>Not sent: %n local change(s) the central database refused (see Sync Details).</source>
        <translation>
            <numerusform>Neodesláno: %n místní změnu centrální databáze odmítla (viz podrobnosti synchronizace).</numerusform>
            <numerusform>Neodesláno: %n místní změny centrální databáze odmítla (viz podrobnosti synchronizace).</numerusform>
            <numerusform>Neodesláno: %n místních změn centrální databáze odmítla (viz podrobnosti synchronizace).</numerusform>
        </translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Přehled</translation>
    </message>
    <message>
        <source>E-mail &amp;Notices…</source>
        <translation>&amp;E-mailová oznámení…</translation>
    </message>
    <message>
        <source>The SMTP server e-mail notices to partners go through, and the notice queue</source>
        <translation>Server SMTP, přes který jdou e-mailová oznámení partnerům, a fronta oznámení</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Žádosti</translation>
    </message>
    <message>
        <source>My Requests</source>
        <translation>Moje žádosti</translation>
    </message>
    <message>
        <source>Fraud Review</source>
        <translation>Kontrola podvodů</translation>
    </message>
    <message>
        <source>The update of %1 for this version of PartnerDesk was cancelled. The file is unchanged (schema %2) and was not opened; open it again to update it.</source>
        <translation>Aktualizace %1 pro tuto verzi PartnerDesku byla zrušena. Soubor zůstal beze změny (schéma %2) a nebyl otevřen; otevřete jej znovu, aby se aktualizoval.</translation>
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
    <name>PartnerDesk::MyProgramsWidget</name>
    <message>
        <source>Choose a partner to see the programs and join one for him.</source>
        <translation>Vyberte partnera, abyste viděli programy a mohli ho do některého přihlásit.</translation>
    </message>
    <message>
        <source>You have no affiliate coupon code. Please join to a program to get coupon code</source>
        <translation>Nemáte žádný partnerský slevový kód. Pro získání slevového kódu se připojte k programu.</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Link Rate</source>
        <translation>Sazba za odkaz</translation>
    </message>
    <message>
        <source>Coupon Rate</source>
        <translation>Sazba za kupón</translation>
    </message>
    <message>
        <source>Customer Discount</source>
        <translation>Sleva pro zákazníka</translation>
    </message>
    <message>
        <source>Payout Threshold</source>
        <translation>Výplatní limit</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Členství</translation>
    </message>
    <message>
        <source>&amp;Join…</source>
        <translation>&amp;Připojit se…</translation>
    </message>
    <message>
        <source>Join the selected program (asks for confirmation)</source>
        <translation>Připojit se k vybranému programu (vyžádá si potvrzení)</translation>
    </message>
    <message>
        <source>Member since %1 (primary)</source>
        <translation>Členem od %1 (primární)</translation>
    </message>
    <message>
        <source>Member since %1</source>
        <translation>Členem od %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Není členem</translation>
    </message>
    <message>
        <source>Join Program</source>
        <translation>Připojit se k programu</translation>
    </message>
    <message>
        <source>Could not join %1: %2</source>
        <translation>K programu %1 se nepodařilo připojit: %2</translation>
    </message>
    <message>
        <source>%1 joined %2.</source>
        <translation>%1 se připojil(a) k programu %2.</translation>
    </message>
    <message>
        <source>Join %1 as %2 (%3)?

Link rate %4 %, coupon rate %5 %, customer discount %6 %, payout threshold %7.</source>
        <translation>Připojit %2 (%3) k programu %1?

Sazba za odkaz %4 %, sazba za kupón %5 %, sleva pro zákazníka %6 %, hranice výplaty %7.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::MyRequestsPane</name>
    <message>
        <source>My Requests</source>
        <translation>Moje žádosti</translation>
    </message>
    <message>
        <source>What you asked the store&apos;s affiliate manager for, and what he decided. A missed order or a vanity link: ask here instead of by e-mail, and the answer stays on record. A new payout e-mail is asked for in My Balance.</source>
        <translation>Oč jste požádali affiliate manažera obchodu a jak rozhodl. Chybějící objednávka nebo vlastní odkaz: požádejte zde místo e-mailu a odpověď zůstane zaznamenaná. O nový e-mail pro výplaty se žádá v části Můj zůstatek.</translation>
    </message>
    <message>
        <source>&amp;Claim an Order…</source>
        <translation>&amp;Nárokovat objednávku…</translation>
    </message>
    <message>
        <source>An order of a customer you brought that did not reach you</source>
        <translation>Objednávka vámi přivedeného zákazníka, která vám nebyla připsána</translation>
    </message>
    <message>
        <source>Request a &amp;Vanity Link…</source>
        <translation>Požádat o &amp;vlastní odkaz…</translation>
    </message>
    <message>
        <source>A short address on the store&apos;s site that leads to your tracked link</source>
        <translation>Krátká adresa na webu obchodu, která vede na váš sledovaný odkaz</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>Zatím žádné žádosti.</translation>
    </message>
    <message>
        <source>Select a request to see it in full.</source>
        <translation>Vyberte žádost, kterou chcete zobrazit celou.</translation>
    </message>
    <message>
        <source>You wrote:</source>
        <translation>Napsali jste:</translation>
    </message>
    <message>
        <source>Filed %1; waiting for the affiliate manager.</source>
        <translation>Podáno %1; čeká na affiliate manažera.</translation>
    </message>
    <message>
        <source>Approved %1.</source>
        <translation>Schváleno %1.</translation>
    </message>
    <message>
        <source>Approved %1, under the path %2.</source>
        <translation>Schváleno %1 s cestou %2.</translation>
    </message>
    <message>
        <source>Rejected %1.</source>
        <translation>Zamítnuto %1.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Důvod:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Poznámka:</translation>
    </message>
    <message>
        <source>Your claim of order %1 is filed; the affiliate manager decides.</source>
        <translation>Váš nárok na objednávku %1 je podán; rozhodne affiliate manažer.</translation>
    </message>
    <message>
        <source>Your request for %1%2 is filed; the affiliate manager decides.</source>
        <translation>Vaše žádost o %1%2 je podána; rozhodne affiliate manažer.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::NetworkGuard</name>
    <message>
        <source>PartnerDesk only checks public internet addresses</source>
        <translation>PartnerDesk kontroluje jen veřejné internetové adresy</translation>
    </message>
    <message>
        <source>only http and https addresses are checked, not %1</source>
        <translation>kontrolují se jen adresy http a https, ne %1</translation>
    </message>
    <message>
        <source>an address without a scheme</source>
        <translation>adresa bez schématu</translation>
    </message>
    <message>
        <source>%1 is not a valid http(s) address</source>
        <translation>%1 není platná adresa http(s)</translation>
    </message>
    <message>
        <source>%1 is an IP address, not a name; %2</source>
        <translation>%1 je IP adresa, ne název; %2</translation>
    </message>
    <message>
        <source>%1 is %2; %3</source>
        <translation>%1 je %2; %3</translation>
    </message>
    <message>
        <source>%1 is a loopback name; %2</source>
        <translation>%1 je název zpětné smyčky (loopback); %2</translation>
    </message>
    <message>
        <source>host %1 not found</source>
        <translation>hostitel %1 nenalezen</translation>
    </message>
    <message>
        <source>%1 resolves to %2, %3; %4</source>
        <translation>%1 se překládá na %2, což je %3; %4</translation>
    </message>
    <message>
        <source>looking up %1 failed: %2</source>
        <translation>překlad názvu %1 selhal: %2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::NoticeAutoSender</name>
    <message>
        <source>E-mail notices are not sent automatically: %1</source>
        <translation>E-mailová oznámení se neodesílají automaticky: %1</translation>
    </message>
    <message>
        <source>E-mail notices are not sent automatically: %1 Enter it in File › E-mail Notices….</source>
        <translation>E-mailová oznámení se neodesílají automaticky: %1 Doplňte to v nabídce Soubor › E-mailová oznámení….</translation>
    </message>
    <message>
        <source>E-mail notices not sent: %1</source>
        <translation>E-mailová oznámení nebyla odeslána: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n odesláno</numerusform>
            <numerusform>%n odeslána</numerusform>
            <numerusform>%n odesláno</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to be retried</source>
        <translation>
            <numerusform>%n k opakování</numerusform>
            <numerusform>%n k opakování</numerusform>
            <numerusform>%n k opakování</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n selhalo</numerusform>
            <numerusform>%n selhala</numerusform>
            <numerusform>%n selhalo</numerusform>
        </translation>
    </message>
    <message>
        <source>E-mail notices: %1</source>
        <translation>E-mailová oznámení: %1</translation>
    </message>
    <message>
        <source>to %1: %2</source>
        <translation>pro %1: %2</translation>
    </message>
    <message>
        <source>E-mail notices failed</source>
        <translation>E-mailová oznámení selhala</translation>
    </message>
    <message numerus="yes">
        <source>Given up, not to be tried again: %n. The first: %1. File › E-mail Notices… shows them.</source>
        <translation>
            <numerusform>Vzdáno, už se nebude opakovat: %n. První: %1. Ukáže je Soubor › E-mailová oznámení….</numerusform>
            <numerusform>Vzdáno, už se nebudou opakovat: %n. První: %1. Ukáže je Soubor › E-mailová oznámení….</numerusform>
            <numerusform>Vzdáno, už se nebude opakovat: %n. První: %1. Ukáže je Soubor › E-mailová oznámení….</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDesk::NoticeChoiceWidget</name>
    <message>
        <source>E-mail notices</source>
        <translation>E-mailová oznámení</translation>
    </message>
    <message>
        <source>As the program sends them</source>
        <translation>Podle nastavení programu</translation>
    </message>
    <message>
        <source>For every new transaction</source>
        <translation>Pro každou novou transakci</translation>
    </message>
    <message>
        <source>A daily digest</source>
        <translation>Denní souhrn</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Žádná</translation>
    </message>
    <message>
        <source>E-mails about your new transactions; a decided request and a balance that reached the payout threshold are told too, unless you choose none</source>
        <translation>E-maily o vašich nových transakcích; oznámí se také rozhodnutí o žádosti a zůstatek, který dosáhl výplatního limitu, pokud nezvolíte možnost Žádná</translation>
    </message>
    <message>
        <source>&amp;Send me:</source>
        <translation>&amp;Zasílat mi:</translation>
    </message>
    <message>
        <source>&amp;in:</source>
        <translation>&amp;v jazyce:</translation>
    </message>
    <message>
        <source>Sent to your payout e-mail by the store, where it sends e-mail notices.</source>
        <translation>Posílá obchod na váš e-mail pro výplaty, pokud e-mailová oznámení odesílá.</translation>
    </message>
    <message>
        <source>Saved; the store&apos;s affiliate manager gets it with your next sync.</source>
        <translation>Uloženo; affiliate manažer obchodu to obdrží při vaší příští synchronizaci.</translation>
    </message>
    <message>
        <source>Your e-mail notices: %1, in %2.</source>
        <translation>Vaše e-mailová oznámení: %1, jazyk: %2.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::NoticesDialog</name>
    <message>
        <source>E-mail Notices</source>
        <translation>E-mailová oznámení</translation>
    </message>
    <message>
        <source>The store&apos;s SMTP server</source>
        <translation>Server SMTP obchodu</translation>
    </message>
    <message>
        <source>smtp://mail.example.com:587 (STARTTLS) or smtps://mail.example.com:465 (TLS)</source>
        <translation>smtp://mail.example.com:587 (STARTTLS) nebo smtps://mail.example.com:465 (TLS)</translation>
    </message>
    <message>
        <source>partners@store.example</source>
        <translation>partners@store.example</translation>
    </message>
    <message>
        <source>optional, e.g. Koongo Partner Program</source>
        <translation>nepovinné, např. Partnerský program Koongo</translation>
    </message>
    <message>
        <source>optional: a PEM file of CA certificates (default: the system&apos;s)</source>
        <translation>nepovinné: soubor PEM s certifikáty CA (výchozí: systémové)</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>Přihlašovací &amp;jméno:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Heslo:</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>&amp;Odesílatel:</translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation>Jméno o&amp;desílatele:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Soubor &amp;CA:</translation>
    </message>
    <message>
        <source>The notice queue</source>
        <translation>Fronta oznámení</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Vše</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>K odeslání</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Odeslaná</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nezdařená</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Vytvořeno</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Komu</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Předmět</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pokusy</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Další pokus</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Poslední chyba</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Zobrazit:</translation>
    </message>
    <message>
        <source>&amp;Send Now</source>
        <translation>Odeslat &amp;nyní</translation>
    </message>
    <message>
        <source>Queue the notices that are due and send them (the settings are saved first)</source>
        <translation>Zařadí do fronty oznámení, která jsou na řadě, a odešle je (nastavení se nejprve uloží)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>O&amp;bnovit</translation>
    </message>
    <message>
        <source>Sa&amp;ve Settings</source>
        <translation>&amp;Uložit nastavení</translation>
    </message>
    <message>
        <source>The password is kept in the keychain.</source>
        <translation>Heslo je uloženo v klíčence.</translation>
    </message>
    <message>
        <source>Queue the notices that are due and send them</source>
        <translation>Zařadí do fronty oznámení, která jsou na řadě, a odešle je</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Odesílám…</translation>
    </message>
    <message>
        <source>The central queue of %1, shared by every manager desktop.</source>
        <translation>Centrální fronta databáze %1, sdílená všemi počítači manažerů.</translation>
    </message>
    <message>
        <source>The queue of this database (no central database is configured).</source>
        <translation>Fronta této databáze (centrální databáze není nastavena).</translation>
    </message>
    <message>
        <source>Sent: %1; to be retried: %2; failed: %3.</source>
        <translation>Odesláno: %1; zkusí se znovu: %2; selhalo: %3.</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Poslední chyba: %1</translation>
    </message>
    <message>
        <source>Send due notices &amp;automatically from this desktop</source>
        <translation>Odesílat oznámení &amp;automaticky z tohoto počítače</translation>
    </message>
    <message>
        <source>After each sync with the central database and every 15 minutes while this window is open, in the background; the status bar says what was sent</source>
        <translation>Po každé synchronizaci s centrální databází a každých 15 minut, dokud je okno otevřené, na pozadí; stavový řádek ukáže, co bylo odesláno</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::Notifier</name>
    <message>
        <source>Show</source>
        <translation>Zobrazit</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <source>Show PartnerDesk</source>
        <translation>Zobrazit PartnerDesk</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ukončit</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PackagePane</name>
    <message>
        <source>Find a partner by name, code or e-mail</source>
        <translation>Najít partnera podle jména, kódu nebo e-mailu</translation>
    </message>
    <message>
        <source>&amp;Links and Coupons</source>
        <translation>&amp;Odkazy a kupóny</translation>
    </message>
    <message>
        <source>&amp;Banners</source>
        <translation>&amp;Bannery</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The Partner Package of %1 (%2), %3</source>
        <translation>Partnerský balíček: %1 (%2), %3</translation>
    </message>
    <message>
        <source>Choose a partner to see his Partner Package.</source>
        <translation>Vyberte partnera, jehož partnerský balíček chcete zobrazit.</translation>
    </message>
    <message>
        <source>&amp;My Programs</source>
        <translation>&amp;Moje programy</translation>
    </message>
    <message>
        <source>&amp;Direct Links</source>
        <translation>&amp;Přímé odkazy</translation>
    </message>
    <message>
        <source>Your Partner Package, %1 (%2)</source>
        <translation>Váš Partnerský balíček, %1 (%2)</translation>
    </message>
    <message>
        <source>This window shows only your own Partner Package.</source>
        <translation>Toto okno ukazuje jen váš vlastní Partnerský balíček.</translation>
    </message>
    <message>
        <source>No partner has the code %1.</source>
        <translation>Žádný partner nemá kód %1.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PaneNavigation</name>
    <message numerus="yes">
        <source>%1: %n waiting</source>
        <translation>
            <numerusform>%1: %n čeká</numerusform>
            <numerusform>%1: %n čekají</numerusform>
            <numerusform>%1: %n čeká</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n waiting)</source>
        <translation>
            <numerusform>%1 (%n čeká)</numerusform>
            <numerusform>%1 (%n čekají)</numerusform>
            <numerusform>%1 (%n čeká)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PartnerDetailView</name>
    <message>
        <source>Show &amp;Transactions</source>
        <translation>Zobrazit &amp;transakce</translation>
    </message>
    <message>
        <source>Open the partner&apos;s transactions in the Transactions pane</source>
        <translation>Otevřít transakce partnera v panelu Transakce</translation>
    </message>
    <message>
        <source>&amp;Memberships</source>
        <translation>Č&amp;lenství</translation>
    </message>
    <message>
        <source>&amp;Coupons</source>
        <translation>&amp;Kupony</translation>
    </message>
    <message>
        <source>&amp;Domains</source>
        <translation>&amp;Domény</translation>
    </message>
    <message>
        <source>&amp;Rewrites</source>
        <translation>&amp;Přesměrování</translation>
    </message>
    <message>
        <source>&amp;Balance</source>
        <translation>&amp;Zůstatek</translation>
    </message>
    <message>
        <source>Select a partner to see his programs, coupons, domains, rewrites and balance.</source>
        <translation>Vyberte partnera a uvidíte jeho programy, kupony, domény, přesměrování a zůstatek.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>A&amp;pprove E-mail</source>
        <translation>&amp;Schválit e-mail</translation>
    </message>
    <message>
        <source>Make the requested address the partner&apos;s payout e-mail</source>
        <translation>Nastavit požadovanou adresu jako e-mail partnera pro výplaty</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Za&amp;mítnout…</translation>
    </message>
    <message>
        <source>Keep the payout e-mail as it is; needs a reason</source>
        <translation>Ponechat e-mail pro výplaty beze změny; vyžaduje důvod</translation>
    </message>
    <message>
        <source>%1 asks to be paid at %2 instead of %3 (since %4). Payouts go to %3 until you approve.</source>
        <translation>%1 žádá o výplaty na %2 místo na %3 (od %4). Dokud změnu neschválíte, jdou výplaty na %3.</translation>
    </message>
    <message>
        <source>R&amp;ates</source>
        <translation>S&amp;azby</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PartnerListModel</name>
    <message>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Partner code</source>
        <translation>Kód partnera</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Od</translation>
    </message>
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
        <source>%1 (change to %2 requested)</source>
        <translation>%1 (požadována změna na %2)</translation>
    </message>
    <message>
        <source>Requested: %1 — waiting for a manager&apos;s approval (since %2). Payouts go to %3 until then.</source>
        <translation>Požadováno: %1 — čeká na schválení manažerem (od %2). Do té doby jdou výplaty na %3.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PartnerMembershipModel</name>
    <message>
        <source>Primary</source>
        <translation>Hlavní</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivní</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Odešel</translation>
    </message>
    <message>
        <source>The program that earns the partner&apos;s link, rewrite and direct-link orders</source>
        <translation>Program, kterému připadají objednávky z partnerových odkazů, přesměrování a přímých odkazů</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Přihlášen</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Členství</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PartnerOverviewWidget</name>
    <message>
        <source>Welcome, %1 (%2)</source>
        <translation>Vítejte, %1 (%2)</translation>
    </message>
    <message>
        <source>Partner &amp;Package</source>
        <translation>Partnerský &amp;balíček</translation>
    </message>
    <message>
        <source>Links, banners, coupons and programs: your whole partner package</source>
        <translation>Odkazy, bannery, kupóny a programy: celý váš partnerský balíček</translation>
    </message>
    <message>
        <source>All &amp;Transactions</source>
        <translation>Všechny &amp;transakce</translation>
    </message>
    <message>
        <source>My &amp;Balance</source>
        <translation>Můj &amp;zůstatek</translation>
    </message>
    <message>
        <source>Your link and coupon</source>
        <translation>Váš odkaz a kupón</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopírovat</translation>
    </message>
    <message>
        <source>Copy your tracked link to the clipboard</source>
        <translation>Zkopírovat váš sledovací odkaz do schránky</translation>
    </message>
    <message>
        <source>Your tracked link</source>
        <translation>Váš sledovací odkaz</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>Z&amp;kopírovat</translation>
    </message>
    <message>
        <source>Copy your coupon code to the clipboard</source>
        <translation>Zkopírovat kód vašeho kupónu do schránky</translation>
    </message>
    <message>
        <source>Your coupon code</source>
        <translation>Kód vašeho kupónu</translation>
    </message>
    <message>
        <source>Tracked link:</source>
        <translation>Sledovací odkaz:</translation>
    </message>
    <message>
        <source>Coupon:</source>
        <translation>Kupón:</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tento měsíc</translation>
    </message>
    <message>
        <source>Balance and payout threshold</source>
        <translation>Zůstatek a hranice výplaty</translation>
    </message>
    <message>
        <source>Latest transactions</source>
        <translation>Poslední transakce</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Objednáno</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Objednávka</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
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
        <source>No transactions yet: share your link or your coupon.</source>
        <translation>Zatím žádné transakce: sdílejte svůj odkaz nebo kupón.</translation>
    </message>
    <message>
        <source>Join a program in your Partner Package to get a tracked link.</source>
        <translation>Připojte se k programu ve svém Partnerském balíčku a získáte sledovací odkaz.</translation>
    </message>
    <message>
        <source>Links to any page of %1: Partner Package › Links.</source>
        <translation>Odkazy na libovolnou stránku %1: Partnerský balíček › Odkazy.</translation>
    </message>
    <message>
        <source>No coupon code yet: the store&apos;s affiliate manager creates one.</source>
        <translation>Zatím žádný kód kupónu: vytvoří ho správce partnerského programu obchodu.</translation>
    </message>
    <message>
        <source>%1 more in Partner Package › Coupons.</source>
        <translation>Další (%1) v Partnerském balíčku › Kupóny.</translation>
    </message>
    <message>
        <source>Customers who enter it get the program&apos;s discount; you get the commission.</source>
        <translation>Zákazníci, kteří ho zadají, dostanou slevu programu; vy dostanete provizi.</translation>
    </message>
    <message>
        <source>This month (%1)</source>
        <translation>Tento měsíc (%1)</translation>
    </message>
    <message>
        <source>No orders yet this month.</source>
        <translation>Tento měsíc zatím žádné objednávky.</translation>
    </message>
    <message>
        <source>Orders in %1</source>
        <translation>Objednávky v %1</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Objednávky</translation>
    </message>
    <message>
        <source>Commission in %1</source>
        <translation>Provize v %1</translation>
    </message>
    <message>
        <source>No balance yet.</source>
        <translation>Zatím žádný zůstatek.</translation>
    </message>
    <message>
        <source>Approved and unpaid: %1. No program of yours pays out in this currency.</source>
        <translation>Schváleno a nezaplaceno: %1. Žádný z vašich programů v této měně nevyplácí.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>Due: paid in the store&apos;s next payout batch.</source>
        <translation>K výplatě: bude vyplaceno v příští výplatní dávce obchodu.</translation>
    </message>
    <message>
        <source>%1 more to the payout threshold.</source>
        <translation>Do hranice výplaty zbývá %1.</translation>
    </message>
    <message>
        <source>Pending: %1.</source>
        <translation>Čeká na schválení: %1.</translation>
    </message>
    <message>
        <source>%1 is on the clipboard: %2</source>
        <translation>%1 je ve schránce: %2</translation>
    </message>
    <message>
        <source>Claim an &amp;Order…</source>
        <translation>Nárokovat &amp;objednávku…</translation>
    </message>
    <message>
        <source>An order of a customer you brought that did not reach you</source>
        <translation>Objednávka vámi přivedeného zákazníka, která vám nebyla připsána</translation>
    </message>
    <message>
        <source>Request a &amp;Vanity Link…</source>
        <translation>Požádat o &amp;vlastní odkaz…</translation>
    </message>
    <message>
        <source>A short address on the store&apos;s site that leads to your tracked link</source>
        <translation>Krátká adresa na webu obchodu, která vede na váš sledovaný odkaz</translation>
    </message>
    <message>
        <source>Your campaigns (last 12 months)</source>
        <translation>Vaše kampaně (posledních 12 měsíců)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampaň</translation>
    </message>
    <message>
        <source>No orders in the last 12 months. Tag a link with a campaign in Partner Package › Links to see which of your posts sells.</source>
        <translation>Za posledních 12 měsíců žádné objednávky. Označte odkaz kampaní v části Partnerský balíček › Odkazy a uvidíte, které vaše příspěvky prodávají.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PartnerPickerDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otevřít</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PartnerRateModel</name>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>Od (UTC)</translation>
    </message>
    <message>
        <source>Link, rewrite, direct, lifetime</source>
        <translation>Odkaz, přesměrování, přímý, stálý zákazník</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Kupon</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Nastavil</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 per order</source>
        <translation>%1 za objednávku</translation>
    </message>
    <message>
        <source>program&apos;s or tier&apos;s</source>
        <translation>podle programu nebo stupně</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PartnerSearchWidget</name>
    <message>
        <source>Search partners by name, partner code or email</source>
        <translation>Hledat partnery podle jména, kódu partnera nebo e-mailu</translation>
    </message>
    <message>
        <source>Showing the first %1 partners; type more to narrow the search.</source>
        <translation>Zobrazeno prvních %1 partnerů; pište dál a hledání se zúží.</translation>
    </message>
    <message>
        <source>There are no partners yet.</source>
        <translation>Zatím nejsou žádní partneři.</translation>
    </message>
    <message>
        <source>No partner matches &quot;%1&quot;.</source>
        <translation>Hledání „%1“ neodpovídá žádný partner.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PartnersPane</name>
    <message>
        <source>&amp;Add Partner…</source>
        <translation>&amp;Přidat partnera…</translation>
    </message>
    <message>
        <source>Add a partner (Ctrl+Shift+N)</source>
        <translation>Přidat partnera (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Find Partner</source>
        <translation>&amp;Najít partnera</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>&amp;Schválit</translation>
    </message>
    <message>
        <source>Approve the selected partner (Ctrl+Shift+A)</source>
        <translation>Schválit vybraného partnera (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>Po&amp;zastavit</translation>
    </message>
    <message>
        <source>Suspend the selected partner (Ctrl+Shift+S)</source>
        <translation>Pozastavit vybraného partnera (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Obnovit</translation>
    </message>
    <message>
        <source>Approve the suspended partner again</source>
        <translation>Znovu schválit pozastaveného partnera</translation>
    </message>
    <message>
        <source>&amp;Join Program…</source>
        <translation>Při&amp;hlásit do programu…</translation>
    </message>
    <message>
        <source>Join the selected partner to a program (Ctrl+J)</source>
        <translation>Přihlásit vybraného partnera do programu (Ctrl+J)</translation>
    </message>
    <message>
        <source>&amp;Leave Program</source>
        <translation>&amp;Opustit program</translation>
    </message>
    <message>
        <source>End the selected membership</source>
        <translation>Ukončit vybrané členství</translation>
    </message>
    <message>
        <source>Make &amp;Primary</source>
        <translation>Nastavit jako &amp;hlavní</translation>
    </message>
    <message>
        <source>The selected program earns the partner&apos;s link, rewrite and direct-link orders</source>
        <translation>Vybranému programu připadnou objednávky z partnerových odkazů, přesměrování a přímých odkazů</translation>
    </message>
    <message>
        <source>Create &amp;Coupon…</source>
        <translation>Vytvořit &amp;kupon…</translation>
    </message>
    <message>
        <source>Give the partner a coupon code in one of his programs</source>
        <translation>Dát partnerovi kód kuponu v jednom z jeho programů</translation>
    </message>
    <message>
        <source>Approve Domain &amp;Manually…</source>
        <translation>Schválit doménu &amp;ručně…</translation>
    </message>
    <message>
        <source>Mark the selected domain verified without a network check; needs a reason</source>
        <translation>Označit vybranou doménu jako ověřenou bez kontroly po síti; vyžaduje důvod</translation>
    </message>
    <message>
        <source>Show &amp;Transactions</source>
        <translation>Zobrazit &amp;transakce</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partneři</translation>
    </message>
    <message>
        <source>Search by name, partner code or e-mail (Ctrl+F)</source>
        <translation>Hledat podle jména, kódu partnera nebo e-mailu (Ctrl+F)</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Všichni partneři</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Čekající na schválení</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Schválení</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Pozastavení</translation>
    </message>
    <message>
        <source>Show partners of one status</source>
        <translation>Zobrazit partnery jednoho stavu</translation>
    </message>
    <message>
        <source>There are no partners yet.</source>
        <translation>Zatím nejsou žádní partneři.</translation>
    </message>
    <message>
        <source>No partner matches.</source>
        <translation>Žádný partner neodpovídá.</translation>
    </message>
    <message>
        <source>%1 partners match; the first %2 are loaded, more as you scroll.</source>
        <translation>Odpovídajících partnerů: %1; načteno prvních %2, další se načtou při posouvání.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partneři</numerusform>
            <numerusform>%n partnerů</numerusform>
        </translation>
    </message>
    <message>
        <source>Add partner %1</source>
        <translation>Přidat partnera %1</translation>
    </message>
    <message>
        <source>Add Partner</source>
        <translation>Přidat partnera</translation>
    </message>
    <message>
        <source>Added partner %1 with code %2.</source>
        <translation>Přidán partner %1 s kódem %2.</translation>
    </message>
    <message>
        <source>Suspend %1</source>
        <translation>Pozastavit %1</translation>
    </message>
    <message>
        <source>Suspended %1 (%2); his links and coupons earn nothing until he is reactivated.</source>
        <translation>%1 (%2) pozastaven; jeho odkazy a kupony nic nevydělají, dokud nebude obnoven.</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>Obnovit %1</translation>
    </message>
    <message>
        <source>Reactivated %1 (%2).</source>
        <translation>%1 (%2) obnoven.</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>Schválit %1</translation>
    </message>
    <message>
        <source>Approved %1 (%2).</source>
        <translation>%1 (%2) schválen.</translation>
    </message>
    <message>
        <source>Partner Status</source>
        <translation>Stav partnera</translation>
    </message>
    <message>
        <source>Join %1 to %2</source>
        <translation>Přihlásit %1 do %2</translation>
    </message>
    <message>
        <source>Join Program</source>
        <translation>Přihlásit do programu</translation>
    </message>
    <message>
        <source>%1 (%2) joined %3.</source>
        <translation>%1 (%2) se přihlásil do %3.</translation>
    </message>
    <message>
        <source>Leave Program</source>
        <translation>Opustit program</translation>
    </message>
    <message>
        <source>End the membership of %1 in %2? His links stop earning in it; the transactions stay.</source>
        <translation>Ukončit členství %1 v %2? Jeho odkazy v něm přestanou vydělávat; transakce zůstanou.</translation>
    </message>
    <message>
        <source>%1 leaves %2</source>
        <translation>%1 opouští %2</translation>
    </message>
    <message>
        <source>%1 left %2.</source>
        <translation>%1 opustil %2.</translation>
    </message>
    <message>
        <source>Make %1 primary for %2</source>
        <translation>Nastavit %1 jako hlavní program pro %2</translation>
    </message>
    <message>
        <source>Make Primary</source>
        <translation>Nastavit jako hlavní</translation>
    </message>
    <message>
        <source>%1 is now the primary program of %2.</source>
        <translation>%1 je nyní hlavním programem partnera %2.</translation>
    </message>
    <message>
        <source>Create a coupon for %1</source>
        <translation>Vytvořit kupon pro %1</translation>
    </message>
    <message>
        <source>Create Coupon</source>
        <translation>Vytvořit kupon</translation>
    </message>
    <message>
        <source>Created coupon %1 for %2.</source>
        <translation>Vytvořen kupon %1 pro %2.</translation>
    </message>
    <message>
        <source>Approve Domain Manually</source>
        <translation>Ručně schválit doménu</translation>
    </message>
    <message>
        <source>Why may %1 be credited for visits from %2 without a network check? The reason goes to the audit log.</source>
        <translation>Proč smí %1 dostávat provize za návštěvy z %2 bez kontroly po síti? Důvod se zapíše do auditního záznamu.</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Schválit</translation>
    </message>
    <message>
        <source>Approved %1 for %2; the reason is in the audit log.</source>
        <translation>%1 schválena pro %2; důvod je v auditním záznamu.</translation>
    </message>
    <message>
        <source>There is no partner with the code %1.</source>
        <translation>Partner s kódem %1 neexistuje.</translation>
    </message>
    <message>
        <source>Approve Payout &amp;E-mail</source>
        <translation>Schválit &amp;e-mail pro výplaty</translation>
    </message>
    <message>
        <source>Make the e-mail the partner asked for his payout e-mail</source>
        <translation>Nastavit e-mail, o který partner požádal, jako jeho e-mail pro výplaty</translation>
    </message>
    <message>
        <source>Reject Payout E-mail…</source>
        <translation>Zamítnout e-mail pro výplaty…</translation>
    </message>
    <message>
        <source>Keep the partner&apos;s payout e-mail; needs a reason</source>
        <translation>Ponechat partnerovi dosavadní e-mail pro výplaty; vyžaduje důvod</translation>
    </message>
    <message>
        <source>Payout e-mail change requested</source>
        <translation>Požadována změna e-mailu pro výplaty</translation>
    </message>
    <message>
        <source>Approve %1 as the payout e-mail of %2</source>
        <translation>Schválit %1 jako e-mail pro výplaty partnera %2</translation>
    </message>
    <message>
        <source>Approve Payout E-mail</source>
        <translation>Schválit e-mail pro výplaty</translation>
    </message>
    <message>
        <source>Payouts of %1 (%2) now go to %3.</source>
        <translation>Výplaty partnera %1 (%2) nyní jdou na %3.</translation>
    </message>
    <message>
        <source>Reject Payout E-mail</source>
        <translation>Zamítnout e-mail pro výplaty</translation>
    </message>
    <message>
        <source>Why are payouts of %1 not to go to %2? The reason goes to the audit log; they keep going to %3.</source>
        <translation>Proč nemají výplaty partnera %1 jít na %2? Důvod se zapíše do auditního záznamu; výplaty dál jdou na %3.</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Zamítnout</translation>
    </message>
    <message>
        <source>Reject %1 as the payout e-mail of %2</source>
        <translation>Zamítnout %1 jako e-mail pro výplaty partnera %2</translation>
    </message>
    <message>
        <source>Rejected %1 for %2; payouts keep going to %3.</source>
        <translation>E-mail %1 pro %2 zamítnut; výplaty dál jdou na %3.</translation>
    </message>
    <message>
        <source>Set &amp;Rate…</source>
        <translation>Nastavit &amp;sazbu…</translation>
    </message>
    <message>
        <source>Give the partner his own link or coupon commission in a program from a date on</source>
        <translation>Nastaví partnerovi v programu od určitého data vlastní provizi za odkaz nebo kupon</translation>
    </message>
    <message>
        <source>Set the rates of %1 (%2).</source>
        <translation>Nastavit sazby partnera %1 (%2).</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PayoutBalanceModel</name>
    <message>
        <source>%1 no longer belongs to a program paying in %2; the threshold is that of the program he left, so what he earned is still paid out.</source>
        <translation>%1 už není v žádném programu, který vyplácí v %2; platí limit programu, který opustil, takže to, co vydělal, se mu stále vyplatí.</translation>
    </message>
    <message>
        <source>No program of %1 pays in %2, so this balance is never due.</source>
        <translation>Žádný program partnera %1 nevyplácí v %2, takže tento zůstatek nikdy nebude splatný.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>žádný</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>K výplatě</translation>
    </message>
    <message>
        <source>Commission of orders still pending or within the approval hold</source>
        <translation>Provize z objednávek, které ještě čekají nebo jsou ve lhůtě pro schválení</translation>
    </message>
    <message>
        <source>Approved commission in no payout batch yet: what the next batch pays once it reaches the threshold</source>
        <translation>Schválená provize, která ještě není v žádné dávce výplat: vyplatí ji příští dávka, jakmile dosáhne limitu</translation>
    </message>
    <message>
        <source>Exported in a payout batch that is not marked paid yet</source>
        <translation>Exportováno v dávce výplat, která ještě není označena jako vyplacená</translation>
    </message>
    <message>
        <source>Paid out in batches marked paid</source>
        <translation>Vyplaceno v dávkách označených jako vyplacené</translation>
    </message>
    <message>
        <source>The payout threshold of the partner&apos;s program in this currency</source>
        <translation>Limit pro výplatu partnerova programu v této měně</translation>
    </message>
    <message>
        <source>Approved balance against the threshold</source>
        <translation>Schválený zůstatek vůči limitu</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Měna</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Čekající</translation>
    </message>
    <message>
        <source>Approved unpaid</source>
        <translation>Schváleno, nevyplaceno</translation>
    </message>
    <message>
        <source>In batch</source>
        <translation>V dávce</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Vyplaceno</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Průběh</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PayoutBatchListModel</name>
    <message>
        <source>PayPal mass pay</source>
        <translation>Hromadná platba PayPal</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>%1 lines, %2 transactions</source>
        <translation>%1 řádků, %2 transakcí</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Vyplaceno</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportováno</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Dávka</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Vytvořeno</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kdo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formát</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Vyplaceno dne</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Řádky</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Součty</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Soubor</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PayoutBatchPanel</name>
    <message>
        <source>Payout batches</source>
        <translation>Dávky výplat</translation>
    </message>
    <message>
        <source>&amp;Export Again…</source>
        <translation>&amp;Exportovat znovu…</translation>
    </message>
    <message>
        <source>Write the selected batch to another file, as PayPal mass pay or CSV; the batch does not change</source>
        <translation>Zapsat vybranou dávku do jiného souboru jako hromadnou platbu PayPal nebo CSV; dávka se nezmění</translation>
    </message>
    <message>
        <source>&amp;Mark Paid…</source>
        <translation>&amp;Označit jako vyplacenou…</translation>
    </message>
    <message>
        <source>Select a batch to see its lines.</source>
        <translation>Vyberte dávku a uvidíte její řádky.</translation>
    </message>
    <message>
        <source>Batch %1: %2 lines, %3 transactions, %4</source>
        <translation>Dávka %1: řádků %2, transakcí %3, %4</translation>
    </message>
    <message>
        <source>Batch %1 is already marked paid</source>
        <translation>Dávka %1 je již označena jako vyplacená</translation>
    </message>
    <message>
        <source>Record that the selected batch was paid: only its own transactions</source>
        <translation>Zaznamenat, že vybraná dávka byla vyplacena: pouze její vlastní transakce</translation>
    </message>
    <message>
        <source>Export Payout Batch %1 Again</source>
        <translation>Znovu exportovat dávku výplat %1</translation>
    </message>
    <message>
        <source>Export Payout Batch</source>
        <translation>Export dávky výplat</translation>
    </message>
    <message>
        <source>Wrote payout batch %1 again to %2 (%3); the batch did not change.</source>
        <translation>Dávka výplat %1 znovu zapsána do %2 (%3); dávka se nezměnila.</translation>
    </message>
    <message>
        <source>Mark Batch Paid</source>
        <translation>Označit dávku jako vyplacenou</translation>
    </message>
    <message>
        <source>Mark payout batch %1 paid?</source>
        <translation>Označit dávku výplat %1 jako vyplacenou?</translation>
    </message>
    <message>
        <source>It pays %1 lines, %2 transactions: %3.

Only the transactions exported in this batch are marked paid; commission approved since then waits for the next batch. This cannot be undone.</source>
        <translation>Vyplácí řádků: %1, transakcí: %2: %3.

Jako vyplacené se označí jen transakce exportované v této dávce; provize schválené od té doby počkají na příští dávku. Tento krok nelze vrátit.</translation>
    </message>
    <message>
        <source>Mark &amp;Paid</source>
        <translation>Označit jako &amp;vyplacenou</translation>
    </message>
    <message>
        <source>Marking payout batch %1 paid…</source>
        <translation>Označuji dávku výplat %1 jako vyplacenou…</translation>
    </message>
    <message>
        <source>The batch was not marked paid.</source>
        <translation>Dávka nebyla označena jako vyplacená.</translation>
    </message>
    <message>
        <source>Marked payout batch %1 paid: %2 transactions.</source>
        <translation>Dávka výplat %1 označena jako vyplacená: transakcí %2.</translation>
    </message>
    <message>
        <source>%1 (%2): %3, %4 transactions</source>
        <translation>%1 (%2): %3, transakcí: %4</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PayoutLineModel</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Měna</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Částka</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transakce</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PayoutPreviewDialog</name>
    <message>
        <source>Payout Batch Preview</source>
        <translation>Náhled dávky výplat</translation>
    </message>
    <message>
        <source>No partner has reached the payout threshold: there is nothing to pay.</source>
        <translation>Žádný partner nedosáhl limitu pro výplatu: není co vyplatit.</translation>
    </message>
    <message>
        <source>Batch %1 would pay %2 lines for %3 approved transactions. This is a dry run: nothing has been written yet.</source>
        <translation>Dávka %1 by vyplatila %2 řádků za %3 schválených transakcí. Toto je zkušební běh: zatím nebylo nic zapsáno.</translation>
    </message>
    <message>
        <source>Totals per currency:</source>
        <translation>Součty podle měny:</translation>
    </message>
    <message>
        <source>&amp;File format:</source>
        <translation>&amp;Formát souboru:</translation>
    </message>
    <message>
        <source>&amp;Create Batch and Export…</source>
        <translation>&amp;Vytvořit dávku a exportovat…</translation>
    </message>
    <message>
        <source>Put these lines into a payout batch and write its file</source>
        <translation>Zařadit tyto řádky do dávky výplat a zapsat její soubor</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; to %2 partners (%3 transactions)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; pro partnery: %2 (transakcí: %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2 transactions (%3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; v transakcích: %2 (%3)</translation>
    </message>
    <message>
        <source>Held by the fraud rules: neither approved nor paid until you clear them in the Fraud Review</source>
        <translation>Pozastaveno pravidly proti podvodům: neschválí se ani nevyplatí, dokud je neuvolníte v Kontrole podvodů</translation>
    </message>
    <message>
        <source>Held for fraud review:</source>
        <translation>Pozastaveno ke kontrole podvodů:</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::PayoutsPane</name>
    <message>
        <source>&amp;Preview Batch…</source>
        <translation>&amp;Náhled dávky…</translation>
    </message>
    <message>
        <source>Show exactly what the next payout batch would pay, without writing anything (Ctrl+B)</source>
        <translation>Ukázat přesně, co by vyplatila příští dávka výplat, aniž by se cokoli zapsalo (Ctrl+B)</translation>
    </message>
    <message>
        <source>Show &amp;Transactions</source>
        <translation>Zobrazit &amp;transakce</translation>
    </message>
    <message>
        <source>Show &amp;Partner</source>
        <translation>Zobrazit &amp;partnera</translation>
    </message>
    <message>
        <source>&amp;Find Partner</source>
        <translation>&amp;Najít partnera</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Výplaty</translation>
    </message>
    <message>
        <source>&amp;Due only</source>
        <translation>Jen &amp;k výplatě</translation>
    </message>
    <message>
        <source>Show only the balances the next payout batch pays</source>
        <translation>Zobrazit jen zůstatky, které vyplatí příští dávka výplat</translation>
    </message>
    <message>
        <source>Find a partner by code, name or e-mail (Ctrl+F)</source>
        <translation>Najít partnera podle kódu, jména nebo e-mailu (Ctrl+F)</translation>
    </message>
    <message>
        <source>No partner is due for a payout.</source>
        <translation>Žádný partner nemá nárok na výplatu.</translation>
    </message>
    <message>
        <source>Partners due for a payout: %1 (%2 balances). Preview the batch with Ctrl+B.</source>
        <translation>Partneři s nárokem na výplatu: %1 (zůstatků: %2). Náhled dávky zobrazíte klávesami Ctrl+B.</translation>
    </message>
    <message>
        <source>Reading balances…</source>
        <translation>Načítám zůstatky…</translation>
    </message>
    <message>
        <source>Balances: %1, of which %2 due</source>
        <translation>Zůstatky: %1, z toho k výplatě %2</translation>
    </message>
    <message>
        <source>Balances: %1 shown of %2, %3 due</source>
        <translation>Zůstatky: zobrazeno %1 z %2, k výplatě %3</translation>
    </message>
    <message>
        <source>PayPal mass pay (*.csv)</source>
        <translation>Hromadná platba PayPal (*.csv)</translation>
    </message>
    <message>
        <source>CSV with every line (*.csv)</source>
        <translation>CSV se všemi řádky (*.csv)</translation>
    </message>
    <message>
        <source>Payout Batch Preview</source>
        <translation>Náhled dávky výplat</translation>
    </message>
    <message>
        <source>Working out what is due…</source>
        <translation>Zjišťuji, co je k výplatě…</translation>
    </message>
    <message>
        <source>The preview failed.</source>
        <translation>Náhled se nezdařil.</translation>
    </message>
    <message>
        <source>Export Payout Batch %1</source>
        <translation>Export dávky výplat %1</translation>
    </message>
    <message>
        <source>Create Payout Batch</source>
        <translation>Vytvoření dávky výplat</translation>
    </message>
    <message>
        <source>Creating payout batch %1…</source>
        <translation>Vytvářím dávku výplat %1…</translation>
    </message>
    <message>
        <source>The batch was not created.</source>
        <translation>Dávka nebyla vytvořena.</translation>
    </message>
    <message>
        <source>Created payout batch %1 (%2) and wrote %3.</source>
        <translation>Vytvořena dávka výplat %1 (%2) a zapsán soubor %3.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ProgramChoiceDialog</name>
    <message>
        <source>Join %1 to a Program</source>
        <translation>Přihlásit %1 do programu</translation>
    </message>
    <message>
        <source>Coupon for %1</source>
        <translation>Kupon pro %1</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>Generated when left empty</source>
        <translation>Vygeneruje se, když zůstane prázdné</translation>
    </message>
    <message>
        <source>Coupon codes are unique regardless of case and contain no spaces</source>
        <translation>Kódy kuponů jsou jedinečné bez ohledu na velikost písmen a neobsahují mezery</translation>
    </message>
    <message>
        <source>Coupon &amp;code:</source>
        <translation>&amp;Kód kuponu:</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Přihlásit</translation>
    </message>
    <message>
        <source>&amp;Create Coupon</source>
        <translation>&amp;Vytvořit kupon</translation>
    </message>
    <message>
        <source>%1 is already a member of every active program.</source>
        <translation>%1 je už členem všech aktivních programů.</translation>
    </message>
    <message>
        <source>You have no affiliate coupon code. Please join to a program to get coupon code</source>
        <translation>Nemáte žádný partnerský kupón. Připojte se k programu, abyste kupón získali</translation>
    </message>
    <message>
        <source>Customers who use the coupon get %1 % off; %2 earns %3 % of the order.</source>
        <translation>Zákazníci s kuponem dostanou slevu %1 %; %2 získá %3 % z objednávky.</translation>
    </message>
    <message>
        <source>%1 (%2) joins %3: %4 % commission on orders through the partner&apos;s links, %5 % on the partner&apos;s coupons, paid out from %6.</source>
        <translation>%1 (%2) se připojí k programu %3: provize %4 % z objednávek přes partnerovy odkazy, %5 % z partnerových kupónů, výplata od %6.</translation>
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
    <message>
        <source>Off</source>
        <translation>Vypnuto</translation>
    </message>
    <message>
        <source>Every new transaction</source>
        <translation>Každá nová transakce</translation>
    </message>
    <message>
        <source>Daily digest</source>
        <translation>Denní souhrn</translation>
    </message>
    <message>
        <source>Partners are sent an e-mail for each new transaction or one a day, a notice when a request of theirs is decided and when their balance reaches the payout threshold. Sent by Notices… or partnerdesk-cli notify send; a partner may choose otherwise for himself.</source>
        <translation>Partnerům se posílá e-mail o každé nové transakci nebo jeden denně a oznámení, když je rozhodnuto o jejich žádosti a když jejich zůstatek dosáhne výplatního limitu. Odesílá se přes E-mailová oznámení… nebo partnerdesk-cli notify send; partner si může sám zvolit jinak.</translation>
    </message>
    <message>
        <source>E-mail &amp;notices to partners:</source>
        <translation>&amp;E-mailová oznámení partnerům:</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Program</translation>
    </message>
    <message>
        <source>Commission &amp;Rules</source>
        <translation>&amp;Pravidla provizí</translation>
    </message>
    <message>
        <source>A customer&apos;s later orders that no link, coupon or rewrite credits go to the partner who first brought him, for this many days after that first order (0: off)</source>
        <translation>Pozdější objednávky zákazníka, které nepřipíše žádný odkaz, kupon ani přesměrování, se po tolik dní od první objednávky připisují partnerovi, který ho přivedl jako první (0: vypnuto)</translation>
    </message>
    <message>
        <source>The customer&apos;s e-mail is at a domain the partner registered</source>
        <translation>E-mail zákazníka je na doméně, kterou zaregistroval partner</translation>
    </message>
    <message>
        <source>A coupon order comes from another partner&apos;s verified site</source>
        <translation>Objednávka s kuponem přišla z ověřeného webu jiného partnera</translation>
    </message>
    <message>
        <source> partners</source>
        <translation> partnerů</translation>
    </message>
    <message>
        <source>Hold an order whose customer was credited to more than this many partners in 30 days (0: off)</source>
        <translation>Pozastavit objednávku, jejíž zákazník byl za 30 dní připsán více partnerům než tolika (0: vypnuto)</translation>
    </message>
    <message>
        <source>Hold the orders of a partner whose cancelled and refunded share of at least 10 orders in the last 90 days is above this (0: off)</source>
        <translation>Pozastavovat objednávky partnera, jehož podíl zrušených a vrácených z alespoň 10 objednávek za posledních 90 dní je vyšší než tato hodnota (0: vypnuto)</translation>
    </message>
    <message>
        <source>A link order has no recorded visit of the partner</source>
        <translation>Objednávka z odkazu nemá zaznamenanou návštěvu partnera</translation>
    </message>
    <message>
        <source>Only when the imported visits cover the program&apos;s cookie lifetime before the order</source>
        <translation>Jen pokud importované návštěvy pokrývají dobu platnosti cookie programu před objednávkou</translation>
    </message>
    <message>
        <source>Hold a commission for review when</source>
        <translation>Pozastavit provizi k posouzení, když</translation>
    </message>
    <message>
        <source>One customer, more than:</source>
        <translation>Jeden zákazník, více než:</translation>
    </message>
    <message>
        <source>Cancelled share above:</source>
        <translation>Podíl zrušených nad:</translation>
    </message>
    <message>
        <source>% (0: off)</source>
        <translation>% (0: vypnuto)</translation>
    </message>
    <message>
        <source>From orders</source>
        <translation>Od objednávek</translation>
    </message>
    <message>
        <source>Link rate %</source>
        <translation>Sazba za odkaz %</translation>
    </message>
    <message>
        <source>Coupon rate %</source>
        <translation>Sazba za kupon %</translation>
    </message>
    <message>
        <source>From the N-th credited, not cancelled order of a partner in a calendar month (UTC) on, his orders earn the tier&apos;s rates. An empty coupon rate keeps the program&apos;s.</source>
        <translation>Od N-té připsané, nezrušené objednávky partnera v kalendářním měsíci (UTC) získávají jeho objednávky sazby stupně. Prázdná sazba za kupon ponechá sazbu programu.</translation>
    </message>
    <message>
        <source>&amp;Add Tier</source>
        <translation>Přid&amp;at stupeň</translation>
    </message>
    <message>
        <source>Re&amp;move Tier</source>
        <translation>&amp;Odebrat stupeň</translation>
    </message>
    <message>
        <source>&amp;What If…</source>
        <translation>&amp;Co kdyby…</translation>
    </message>
    <message>
        <source>What these tiers and lifetime setting would have paid over a past period; nothing is written</source>
        <translation>Kolik by tyto stupně a nastavení stálých zákazníků vyplatily za uplynulé období; nic se neuloží</translation>
    </message>
    <message>
        <source>The tiers and the lifetime setting of %1, as entered, over the orders of a past period.</source>
        <translation>Stupně a nastavení stálých zákazníků programu %1, jak jsou zadány, na objednávkách z uplynulého období.</translation>
    </message>
    <message>
        <source>Monthly tiers</source>
        <translation>Měsíční stupně</translation>
    </message>
    <message>
        <source>&amp;Lifetime customers:</source>
        <translation>&amp;Stálí zákazníci:</translation>
    </message>
    <message>
        <source>Tier %1: the orders in the month must be a whole number from 1 to 1,000,000.</source>
        <translation>Stupeň %1: počet objednávek v měsíci musí být celé číslo od 1 do 1 000 000.</translation>
    </message>
    <message>
        <source>Tier %1, link rate: %2</source>
        <translation>Stupeň %1, sazba za odkaz: %2</translation>
    </message>
    <message>
        <source>Tier %1, coupon rate: %2</source>
        <translation>Stupeň %1, sazba za kupon: %2</translation>
    </message>
    <message>
        <source>Two tiers start at %1 orders.</source>
        <translation>Dva stupně začínají od %1 objednávek.</translation>
    </message>
    <message>
        <source>Cancelled share: %1</source>
        <translation>Podíl zrušených: %1</translation>
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
    <message>
        <source>Edit program %1</source>
        <translation>Upravit program %1</translation>
    </message>
    <message>
        <source>Activate program %1</source>
        <translation>Aktivovat program %1</translation>
    </message>
    <message>
        <source>Deactivate program %1</source>
        <translation>Deaktivovat program %1</translation>
    </message>
    <message>
        <source>Join %1 to %2</source>
        <translation>Přihlásit %1 do %2</translation>
    </message>
    <message>
        <source>Edit the tiers of program %1</source>
        <translation>Upravit stupně programu %1</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ReportChartView</name>
    <message>
        <source>Commission</source>
        <translation>Provize</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Tržby</translation>
    </message>
    <message>
        <source>%1 per period, %2</source>
        <translation>%1 za období, %2</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Vše</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Nepřiřazené</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ReportTableModel</name>
    <message>
        <source>(none)</source>
        <translation>(žádný)</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
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
        <source>Visits</source>
        <translation>Návštěvy</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konverze</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::ReportsPane</name>
    <message>
        <source>&amp;Run Report</source>
        <translation>&amp;Spustit přehled</translation>
    </message>
    <message>
        <source>Compute the report for these parameters (Ctrl+Enter)</source>
        <translation>Spočítat přehled pro tyto parametry (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Zrušit</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportovat &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the report&apos;s lines as CSV</source>
        <translation>Uložit řádky přehledu jako CSV</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportovat &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the report as a PDF document</source>
        <translation>Uložit přehled jako dokument PDF</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Náhled tisku…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tento měsíc</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Minulý měsíc</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Tento rok</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Podle:</translation>
    </message>
    <message>
        <source>P&amp;eriod</source>
        <translation>&amp;Období</translation>
    </message>
    <message>
        <source>Pro&amp;gram</source>
        <translation>Pro&amp;gram</translation>
    </message>
    <message>
        <source>P&amp;artner</source>
        <translation>P&amp;artner</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Druh</translation>
    </message>
    <message>
        <source>All partners (code)</source>
        <translation>Všichni partneři (kód)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Přehledy</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Provize</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Tržby</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Graf:</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Všechny programy</translation>
    </message>
    <message>
        <source>The books changed since this report was run: Run it again for current figures.</source>
        <translation>Účetnictví se od spuštění přehledu změnilo: spusťte jej znovu pro aktuální čísla.</translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation>Poslední den je před prvním dnem.</translation>
    </message>
    <message>
        <source>Computing the report…</source>
        <translation>Počítám přehled…</translation>
    </message>
    <message>
        <source>%1: %2 orders, sales %3, commission %4</source>
        <translation>%1: objednávek %2, tržby %3, provize %4</translation>
    </message>
    <message>
        <source>%1 visits, conversion %2</source>
        <translation>návštěv %1, konverze %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>žádná</translation>
    </message>
    <message>
        <source>No orders in this period.</source>
        <translation>V tomto období nejsou žádné objednávky.</translation>
    </message>
    <message numerus="yes">
        <source>Report %1 to %2: %n line(s).</source>
        <translation>
            <numerusform>Přehled %1 až %2: %n řádek.</numerusform>
            <numerusform>Přehled %1 až %2: %n řádky.</numerusform>
            <numerusform>Přehled %1 až %2: %n řádků.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Ruším…</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Export přehledu</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Uloženo %1.</translation>
    </message>
    <message>
        <source>Export Report as CSV</source>
        <translation>Exportovat přehled jako CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Soubory CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing the CSV…</source>
        <translation>Zapisuji CSV…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nelze zapsat %1: %2</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>Exportovat přehled jako PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Zapisuji PDF…</translation>
    </message>
    <message>
        <source>Print Preview – Report %1 to %2</source>
        <translation>Náhled tisku – přehled %1 až %2</translation>
    </message>
    <message>
        <source>Stop the report that is running (Esc)</source>
        <translation>Zastavit běžící přehled (Esc)</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::RequestTableModel</name>
    <message>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Požadováno</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Proč</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Podáno</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Rozhodnutí</translation>
    </message>
    <message>
        <source>Sign-up</source>
        <translation>Přihláška</translation>
    </message>
    <message>
        <source>Order claim</source>
        <translation>Nárok na objednávku</translation>
    </message>
    <message>
        <source>Vanity link</source>
        <translation>Vlastní odkaz</translation>
    </message>
    <message>
        <source>Payout e-mail</source>
        <translation>E-mail pro výplaty</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Čeká</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Schválena</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Zamítnuta</translation>
    </message>
    <message>
        <source>To join</source>
        <translation>Vstup do programu</translation>
    </message>
    <message>
        <source>To join %1</source>
        <translation>Vstup do programu %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Objednávka %1</translation>
    </message>
    <message>
        <source>Order %1 of %2</source>
        <translation>Objednávka %1 ze dne %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1%2 → %3</source>
        <translation>%1%2 → %3</translation>
    </message>
    <message>
        <source>Payouts to %1</source>
        <translation>Výplaty na %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Decided %1</source>
        <translation>Rozhodnuto %1</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::RequestsPane</name>
    <message>
        <source>Requests</source>
        <translation>Žádosti</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Čekající</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Schválené</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Zamítnuté</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Vše</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zobrazit:</translation>
    </message>
    <message>
        <source>Select a request to see what it asks for and why.</source>
        <translation>Vyberte žádost, abyste viděli, oč žádá a proč.</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Schválit</translation>
    </message>
    <message>
        <source>Make what the selected request asks for (Ctrl+Enter): the assignment, the vanity link, the partner or the payout e-mail</source>
        <translation>Provede, oč vybraná žádost žádá (Ctrl+Enter): přiřazení, vlastní odkaz, partnera nebo e-mail pro výplaty</translation>
    </message>
    <message>
        <source>Approve with &amp;Changes…</source>
        <translation>Schválit se z&amp;měnami…</translation>
    </message>
    <message>
        <source>Approve with a note for the partner; a vanity link under another path</source>
        <translation>Schválit s poznámkou pro partnera; vlastní odkaz s jinou cestou</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>Zamít&amp;nout…</translation>
    </message>
    <message>
        <source>Turn the selected request down, with a reason the partner reads</source>
        <translation>Zamítne vybranou žádost s důvodem, který si partner přečte</translation>
    </message>
    <message>
        <source>No request waits for a decision.</source>
        <translation>Na rozhodnutí nečeká žádná žádost.</translation>
    </message>
    <message>
        <source>Waiting for a decision: %1.</source>
        <translation>Čeká na rozhodnutí: %1.</translation>
    </message>
    <message>
        <source>%1 %2 from %3</source>
        <translation>%1 %2 od %3</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Podáno</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Žadatel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>How he will promote</source>
        <translation>Jak bude propagovat</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Objednávka</translation>
    </message>
    <message>
        <source>Placed on</source>
        <translation>Datum objednávky</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Částka</translation>
    </message>
    <message>
        <source>Store host</source>
        <translation>Doména obchodu</translation>
    </message>
    <message>
        <source>Path asked for</source>
        <translation>Požadovaná cesta</translation>
    </message>
    <message>
        <source>Path approved</source>
        <translation>Schválená cesta</translation>
    </message>
    <message>
        <source>Leads to</source>
        <translation>Vede na</translation>
    </message>
    <message>
        <source>Payouts go to</source>
        <translation>Výplaty jdou na</translation>
    </message>
    <message>
        <source>Asked to go to</source>
        <translation>Mají nově jít na</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Proč</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Rozhodnuto</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 (rozhodl %2)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Důvod</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>Order %1 is not in the books yet: import it or reject the claim.</source>
        <translation>Objednávka %1 ještě není v účetnictví: naimportujte ji, nebo nárok zamítněte.</translation>
    </message>
    <message>
        <source>Nobody: no rule credits the order.</source>
        <translation>Nikomu: objednávku nepřipisuje žádné pravidlo.</translation>
    </message>
    <message>
        <source>%1 (%2), who claims it, already.</source>
        <translation>%1 (%2), který si ji nárokuje, už ji má.</translation>
    </message>
    <message>
        <source>Current partner:</source>
        <translation>Současný partner:</translation>
    </message>
    <message>
        <source>No partner or other sign-up has this e-mail.</source>
        <translation>Tento e-mail nemá žádný partner ani jiná přihláška.</translation>
    </message>
    <message>
        <source>The same e-mail</source>
        <translation>Stejný e-mail</translation>
    </message>
    <message>
        <source>Partner %1 (%2), %3</source>
        <translation>Partner %1 (%2), %3</translation>
    </message>
    <message>
        <source>Partner %1</source>
        <translation>Partner %1</translation>
    </message>
    <message>
        <source>Sign-up %1 of %2 &lt;%3&gt;, filed %4: %5</source>
        <translation>Přihláška %1 od %2 &lt;%3&gt;, podána %4: %5</translation>
    </message>
    <message>
        <source>Approved: %1 is partner %2 now.</source>
        <translation>Schváleno: %1 je nyní partner %2.</translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation>Schváleno: %1</translation>
    </message>
    <message>
        <source>Approve Request</source>
        <translation>Schválit žádost</translation>
    </message>
    <message>
        <source>Reject Request</source>
        <translation>Zamítnout žádost</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Zamítnuto: %1</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::RewriteChecker</name>
    <message>
        <source>Check through: &quot;%1&quot; is not an http(s) address such as http://127.0.0.1:8080.</source>
        <translation>Kontrolovat přes: „%1“ není adresa http(s), např. http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>Check through: &quot;%1&quot; has more than scheme, host and port; use e.g. http://staging.example:8080.</source>
        <translation>Kontrolovat přes: „%1“ obsahuje víc než schéma, hostitele a port; zadejte např. http://staging.example:8080.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::RewriteDialog</name>
    <message>
        <source>Edit Rewrite</source>
        <translation>Upravit přesměrování</translation>
    </message>
    <message>
        <source>Add Rewrite</source>
        <translation>Přidat přesměrování</translation>
    </message>
    <message>
        <source>Find a partner by name, code or e-mail</source>
        <translation>Najít partnera podle jména, kódu nebo e-mailu</translation>
    </message>
    <message>
        <source>The store hosts of the partner&apos;s programs; the rule answers on the www. twin too</source>
        <translation>Hostitelé obchodu v partnerových programech; pravidlo odpovídá i na variantě s www.</translation>
    </message>
    <message>
        <source>/partner/jane</source>
        <translation>/partner/jana</translation>
    </message>
    <message>
        <source>The vanity path; it answers with and without the trailing slash</source>
        <translation>Vlastní cesta; odpovídá s koncovým lomítkem i bez něj</translation>
    </message>
    <message>
        <source>https://store.example/page</source>
        <translation>https://obchod.example/stranka</translation>
    </message>
    <message>
        <source>A store page; the partner&apos;s code is added, so the redirect lands on his tracked link</source>
        <translation>Stránka obchodu; přidá se k ní kód partnera, takže přesměrování vede na jeho sledovaný odkaz</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Uložit</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Přidat</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>Store &amp;host:</source>
        <translation>&amp;Hostitel obchodu:</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Cesta:</translation>
    </message>
    <message>
        <source>&amp;Target URL:</source>
        <translation>Cílová &amp;URL:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Enter the vanity path and the store page it forwards to.</source>
        <translation>Zadejte vlastní cestu a stránku obchodu, na kterou přesměruje.</translation>
    </message>
    <message>
        <source>https://%1%2 and its www./trailing-slash twins will answer 302 to %3</source>
        <translation>https://%1%2 a jeho varianty s www. a koncovým lomítkem odpoví 302 na %3</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::RewriteEditorWidget</name>
    <message>
        <source>Save Rewrite Rules</source>
        <translation>Uložit pravidla přesměrování</translation>
    </message>
    <message>
        <source>Configuration files (*.conf)</source>
        <translation>Konfigurační soubory (*.conf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Rewrite check finished.</source>
        <translation>Kontrola přesměrování skončila.</translation>
    </message>
    <message>
        <source>&amp;Add Rewrite…</source>
        <translation>&amp;Přidat přesměrování…</translation>
    </message>
    <message>
        <source>Add a vanity path on a store host for a partner (Insert)</source>
        <translation>Přidat partnerovi vlastní cestu na hostiteli obchodu (Insert)</translation>
    </message>
    <message>
        <source>&amp;Edit Rewrite…</source>
        <translation>&amp;Upravit přesměrování…</translation>
    </message>
    <message>
        <source>Edit the selected rewrite (F2, or double-click it)</source>
        <translation>Upravit vybrané přesměrování (F2 nebo dvojklik)</translation>
    </message>
    <message>
        <source>&amp;Delete Rewrite</source>
        <translation>&amp;Smazat přesměrování</translation>
    </message>
    <message>
        <source>Delete the selected rewrites (Delete); Edit › Undo brings them back</source>
        <translation>Smazat vybraná přesměrování (Delete); Úpravy › Zpět je vrátí</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Zkontrolovat</translation>
    </message>
    <message>
        <source>Request the vanity URLs of the selected rewrites (all shown when none is selected) and confirm each answers 302 with its tracked URL (Ctrl+K)</source>
        <translation>Vyžádat vlastní URL vybraných přesměrování (všech zobrazených, když není nic vybráno) a ověřit, že každá odpoví 302 se svou sledovanou URL (Ctrl+K)</translation>
    </message>
    <message>
        <source>Stop Check</source>
        <translation>Zastavit kontrolu</translation>
    </message>
    <message>
        <source>Stop the running check</source>
        <translation>Zastavit probíhající kontrolu</translation>
    </message>
    <message>
        <source>Rewrite check stopped.</source>
        <translation>Kontrola přesměrování zastavena.</translation>
    </message>
    <message>
        <source>E&amp;xport Rules…</source>
        <translation>E&amp;xportovat pravidla…</translation>
    </message>
    <message>
        <source>Every rewrite as nginx or Apache rules, saved to a file or copied (Ctrl+Shift+E)</source>
        <translation>Všechna přesměrování jako pravidla nginx nebo Apache, uložená do souboru nebo zkopírovaná (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Rewrites</source>
        <translation>Přesměrování</translation>
    </message>
    <message>
        <source>Filter by host, path, partner or target</source>
        <translation>Filtrovat podle hostitele, cesty, partnera nebo cíle</translation>
    </message>
    <message>
        <source>Check through (empty: the live site), e.g. http://127.0.0.1:8080</source>
        <translation>Kontrolovat přes (prázdné: živý web), např. http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>Send the check&apos;s requests to this server (staging, a local nginx) with the store host in the Host header; empty requests https://HOST/PATH on the live site</source>
        <translation>Posílat požadavky kontroly na tento server (testovací, místní nginx) s hostitelem obchodu v hlavičce Host; prázdné pole žádá https://HOSTITEL/CESTA na živém webu</translation>
    </message>
    <message>
        <source>Showing the first %1 rewrites; type in the filter to narrow them.</source>
        <translation>Zobrazeno prvních %1 přesměrování; výběr zúžíte filtrem.</translation>
    </message>
    <message>
        <source>No rewrite matches &quot;%1&quot;.</source>
        <translation>Filtru „%1“ neodpovídá žádné přesměrování.</translation>
    </message>
    <message>
        <source>No rewrites yet. Add one to give a partner a vanity link such as https://store.example/partner/jane.</source>
        <translation>Zatím žádná přesměrování. Přidejte partnerovi vlastní odkaz, např. https://obchod.example/partner/jana.</translation>
    </message>
    <message numerus="yes">
        <source>%n rewrite(s).</source>
        <translation>
            <numerusform>%n přesměrování.</numerusform>
            <numerusform>%n přesměrování.</numerusform>
            <numerusform>%n přesměrování.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add rewrite %1</source>
        <translation>Přidat přesměrování %1</translation>
    </message>
    <message>
        <source>Add rewrite</source>
        <translation>Přidat přesměrování</translation>
    </message>
    <message>
        <source>Added %1, forwarding to %2.</source>
        <translation>Přidáno %1, přesměrovává na %2.</translation>
    </message>
    <message>
        <source>Add Rewrite</source>
        <translation>Přidat přesměrování</translation>
    </message>
    <message>
        <source>Edit rewrite %1</source>
        <translation>Upravit přesměrování %1</translation>
    </message>
    <message>
        <source>Saved rewrite %1.</source>
        <translation>Přesměrování %1 uloženo.</translation>
    </message>
    <message>
        <source>Edit Rewrite</source>
        <translation>Upravit přesměrování</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n rewrite(s)</source>
        <translation>
            <numerusform>Smazat %n přesměrování</numerusform>
            <numerusform>Smazat %n přesměrování</numerusform>
            <numerusform>Smazat %n přesměrování</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete rewrite %1</source>
        <translation>Smazat přesměrování %1</translation>
    </message>
    <message>
        <source>Delete Rewrite</source>
        <translation>Smazat přesměrování</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n rewrite(s); Edit › Undo brings them back.</source>
        <translation>
            <numerusform>Smazáno %n přesměrování; Úpravy › Zpět je vrátí.</numerusform>
            <numerusform>Smazána %n přesměrování; Úpravy › Zpět je vrátí.</numerusform>
            <numerusform>Smazáno %n přesměrování; Úpravy › Zpět je vrátí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n rewrite(s) on the live site…</source>
        <translation>
            <numerusform>Kontroluji %n přesměrování na živém webu…</numerusform>
            <numerusform>Kontroluji %n přesměrování na živém webu…</numerusform>
            <numerusform>Kontroluji %n přesměrování na živém webu…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n rewrite(s) through %1…</source>
        <translation>
            <numerusform>Kontroluji %n přesměrování přes %1…</numerusform>
            <numerusform>Kontroluji %n přesměrování přes %1…</numerusform>
            <numerusform>Kontroluji %n přesměrování přes %1…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDesk::RewriteExportDialog</name>
    <message>
        <source>Export Rewrite Rules</source>
        <translation>Export pravidel přesměrování</translation>
    </message>
    <message>
        <source>nginx (server blocks for the http { } context)</source>
        <translation>nginx (bloky server pro kontext http { })</translation>
    </message>
    <message>
        <source>Apache (mod_rewrite, server config, virtual host or .htaccess)</source>
        <translation>Apache (mod_rewrite, konfigurace serveru, virtuální hostitel nebo .htaccess)</translation>
    </message>
    <message>
        <source>optional, e.g. 80 or 127.0.0.1:8080</source>
        <translation>nepovinné, např. 80 nebo 127.0.0.1:8080</translation>
    </message>
    <message>
        <source>nginx only: a listen directive in every server block; empty keeps nginx&apos;s default</source>
        <translation>jen nginx: direktiva listen v každém bloku server; prázdné ponechá výchozí hodnotu nginx</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Uložit…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopírovat</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formát:</translation>
    </message>
    <message>
        <source>nginx &amp;listen:</source>
        <translation>nginx &amp;listen:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a listen address: use PORT, ADDR:PORT or [IPv6]:PORT.</source>
        <translation>„%1“ není adresa pro listen: použijte PORT, ADRESA:PORT nebo [IPv6]:PORT.</translation>
    </message>
    <message numerus="yes">
        <source>%n rewrite(s).</source>
        <translation>
            <numerusform>%n přesměrování.</numerusform>
            <numerusform>%n přesměrování.</numerusform>
            <numerusform>%n přesměrování.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Nelze zapsat %1: %2</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>Uloženo %1 (%2).</translation>
    </message>
    <message>
        <source>nginx</source>
        <translation>nginx</translation>
    </message>
    <message>
        <source>Apache</source>
        <translation>Apache</translation>
    </message>
    <message>
        <source>The nginx rules are on the clipboard.</source>
        <translation>Pravidla nginx jsou ve schránce.</translation>
    </message>
    <message>
        <source>The Apache rules are on the clipboard.</source>
        <translation>Pravidla Apache jsou ve schránce.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::RewriteListModel</name>
    <message>
        <source>Store host</source>
        <translation>Hostitel obchodu</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Cesta</translation>
    </message>
    <message>
        <source>Forwards to</source>
        <translation>Přesměruje na</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::RewriteTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontroluji…</translation>
    </message>
    <message>
        <source>Also answers on www.%1</source>
        <translation>Odpovídá i na www.%1</translation>
    </message>
    <message>
        <source>Also answers on %1/</source>
        <translation>Odpovídá i na %1/</translation>
    </message>
    <message>
        <source>Store host</source>
        <translation>Hostitel obchodu</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Cesta</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Forwards to</source>
        <translation>Přesměruje na</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Poslední kontrola</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::SetRateDialog</name>
    <message>
        <source>Set Rate for %1 (%2)</source>
        <translation>Nastavit sazbu pro %1 (%2)</translation>
    </message>
    <message>
        <source>Orders placed from this day on (00:00 UTC) earn these rates; earlier orders keep theirs</source>
        <translation>Objednávky vytvořené od tohoto dne (00:00 UTC) získají tyto sazby; dřívější objednávky si ponechají své</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>&amp;From (UTC):</source>
        <translation>&amp;Od (UTC):</translation>
    </message>
    <message>
        <source>&amp;Link commission:</source>
        <translation>Provize za &amp;odkaz:</translation>
    </message>
    <message>
        <source>&amp;Coupon commission:</source>
        <translation>Provize za &amp;kupon:</translation>
    </message>
    <message>
        <source>The link commission pays orders by link, rewrite, direct link and lifetime customer. A flat amount never pays more than the order&apos;s subtotal.</source>
        <translation>Provize za odkaz platí objednávky z odkazu, přesměrování, přímého odkazu a od stálého zákazníka. Pevná částka nikdy nepřesáhne mezisoučet objednávky.</translation>
    </message>
    <message>
        <source>&amp;Set Rate</source>
        <translation>&amp;Nastavit sazbu</translation>
    </message>
    <message>
        <source>&amp;What If…</source>
        <translation>&amp;Co kdyby…</translation>
    </message>
    <message>
        <source>What these rates would have paid over a past period; nothing is written</source>
        <translation>Kolik by tyto sazby vyplatily za uplynulé období; nic se neuloží</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>Ponechat beze změny</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Procenta</translation>
    </message>
    <message>
        <source>Flat amount per order</source>
        <translation>Pevná částka za objednávku</translation>
    </message>
    <message>
        <source>Program&apos;s or tier&apos;s</source>
        <translation>Podle programu nebo stupně</translation>
    </message>
    <message>
        <source>e.g. 25 (%)</source>
        <translation>např. 25 (%)</translation>
    </message>
    <message>
        <source>e.g. 5.00 (%1)</source>
        <translation>např. 5.00 (%1)</translation>
    </message>
    <message>
        <source>%1 is not a member of any program: join him to one first.</source>
        <translation>%1 není členem žádného programu: nejprve ho do některého přidejte.</translation>
    </message>
    <message>
        <source>The rates of %1 (%2) in %3 from %4, as entered above, over the orders of a past period.</source>
        <translation>Sazby partnera %1 (%2) v programu %3 od %4, jak jsou zadány výše, na objednávkách z uplynulého období.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::SyncController</name>
    <message>
        <source>Central database</source>
        <translation>Centrální databáze</translation>
    </message>
    <message>
        <source>new transactions from the central database: %1</source>
        <translation>nové transakce z centrální databáze: %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuální</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronizuji…</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synchronizace selhala</translation>
    </message>
    <message>
        <source>Conflicts waiting</source>
        <translation>Čekají konflikty</translation>
    </message>
    <message>
        <source>No central database is configured (File › Central Database…).</source>
        <translation>Není nastavena žádná centrální databáze (Soubor › Centrální databáze…).</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::SyncDetailsDialog</name>
    <message>
        <source>Sync with the Central Database</source>
        <translation>Synchronizace s centrální databází</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Stav:</translation>
    </message>
    <message>
        <source>Central database:</source>
        <translation>Centrální databáze:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Poslední synchronizace:</translation>
    </message>
    <message>
        <source>Last result:</source>
        <translation>Poslední výsledek:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Chyba:</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Průběh:</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchronizovat nyní</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Zas&amp;tavit</translation>
    </message>
    <message>
        <source>Stop the running sync at its next safe point; what it applied is kept</source>
        <translation>Zastavit běžící synchronizaci v nejbližším bezpečném bodě; co už zapsala, zůstane</translation>
    </message>
    <message>
        <source>No sync</source>
        <translation>Bez synchronizace</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nikdy</translation>
    </message>
    <message>
        <source>pushed: %1, pulled: %2, new transactions: %3, conflicts: %4</source>
        <translation>odesláno: %1, staženo: %2, nové transakce: %3, konflikty: %4</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>(zastaveno)</translation>
    </message>
    <message>
        <source>no sync yet</source>
        <translation>zatím žádná synchronizace</translation>
    </message>
    <message>
        <source>Not sent:</source>
        <translation>Neodesláno:</translation>
    </message>
    <message numerus="yes">
        <source>Kept aside: %n local change(s) the central database refused; each is sent again when it changes.</source>
        <translation>
            <numerusform>%n místní změna odložena stranou: centrální databáze ji odmítla. Odešle se znovu, až se změní.</numerusform>
            <numerusform>%n místní změny odloženy stranou: centrální databáze je odmítla. Odešlou se znovu, až se změní.</numerusform>
            <numerusform>%n místních změn odloženo stranou: centrální databáze je odmítla. Odešlou se znovu, až se změní.</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nic</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::SyncStatusButton</name>
    <message>
        <source>No central database is configured (File › Central Database…).</source>
        <translation>Není nastavena žádná centrální databáze (Soubor › Centrální databáze…).</translation>
    </message>
    <message>
        <source>Local only</source>
        <translation>Jen místně</translation>
    </message>
    <message>
        <source>Syncing… %1 %</source>
        <translation>Synchronizuji… %1 %</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronizováno %1</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Konflikty: %1</translation>
    </message>
    <message>
        <source>Central database: %1</source>
        <translation>Centrální databáze: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Poslední synchronizace: %1</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Poslední synchronizace: nikdy</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Chyba: %1</translation>
    </message>
    <message>
        <source>Click for the details.</source>
        <translation>Podrobnosti zobrazíte kliknutím.</translation>
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
    <message>
        <source>lifetime</source>
        <translation>stálý zákazník</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>v posouzení</translation>
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
        <source>Exported %1 transactions to %2.</source>
        <translation>Exportováno transakcí: %1 do %2.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Podrobnosti</translation>
    </message>
    <message>
        <source>Show how the selected order came to you (Ctrl+I)</source>
        <translation>Ukázat, jak k vám vybraná objednávka přišla (Ctrl+I)</translation>
    </message>
    <message>
        <source>Select a transaction to see how its order came to you.</source>
        <translation>Vyberte transakci a uvidíte, jak k vám její objednávka přišla.</translation>
    </message>
    <message>
        <source>This window shows only your own transactions.</source>
        <translation>Toto okno ukazuje jen vaše vlastní transakce.</translation>
    </message>
    <message>
        <source>%1+ of your transactions, counting…</source>
        <translation>%1+ vašich transakcí, počítám…</translation>
    </message>
    <message>
        <source>%1 of your transactions</source>
        <translation>vaše transakce: %1</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::VanityRequestDialog</name>
    <message>
        <source>Request a Vanity Link</source>
        <translation>Požádat o vlastní odkaz</translation>
    </message>
    <message>
        <source>A short address on the store&apos;s own site that leads to a store page with your tracked link, e.g. https://koongo.com/partner/jane. The store&apos;s affiliate manager sets it up; you see the decision under My Requests.</source>
        <translation>Krátká adresa na vlastním webu obchodu, která vede na stránku obchodu s vaším sledovaným odkazem, např. https://koongo.com/partner/jane. Nastaví ji affiliate manažer obchodu; rozhodnutí uvidíte v části Moje žádosti.</translation>
    </message>
    <message>
        <source>The store hosts of your programs; the link answers on the www. twin too</source>
        <translation>Domény obchodů vašich programů; odkaz funguje i na variantě s www.</translation>
    </message>
    <message>
        <source>/partner/%1</source>
        <translation>/partner/%1</translation>
    </message>
    <message>
        <source>The path you would like; it answers with and without the trailing slash</source>
        <translation>Cesta, kterou byste chtěli; funguje s koncovým lomítkem i bez něj</translation>
    </message>
    <message>
        <source>https://store.example/page</source>
        <translation>https://obchod.example/stranka</translation>
    </message>
    <message>
        <source>The store page it should lead to; your code is added to it</source>
        <translation>Stránka obchodu, na kterou má vést; přidá se k ní váš kód</translation>
    </message>
    <message>
        <source>optional: where you will use it</source>
        <translation>nepovinné: kde ho budete používat</translation>
    </message>
    <message>
        <source>&amp;Send Request</source>
        <translation>&amp;Odeslat žádost</translation>
    </message>
    <message>
        <source>Store &amp;host:</source>
        <translation>&amp;Doména obchodu:</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Cesta:</translation>
    </message>
    <message>
        <source>&amp;Leads to:</source>
        <translation>&amp;Vede na:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Poz&amp;námka:</translation>
    </message>
    <message>
        <source>Enter the path you would like and the store page it should lead to.</source>
        <translation>Zadejte požadovanou cestu a stránku obchodu, na kterou má vést.</translation>
    </message>
    <message>
        <source>https://%1%2 would lead to %3</source>
        <translation>https://%1%2 by vedl na %3</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::WebsiteListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Doména</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Způsob</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Naposledy zkontrolováno</translation>
    </message>
    <message>
        <source>Last finding</source>
        <translation>Poslední zjištění</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::WebsitesOverviewWidget</name>
    <message>
        <source>All websites</source>
        <translation>Všechny weby</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>Vyžadující pozornost</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Ověřené</translation>
    </message>
    <message>
        <source>Lapsing</source>
        <translation>Propadající</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Propadlé</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Neověřené</translation>
    </message>
    <message>
        <source>Filter by domain, partner or code</source>
        <translation>Filtrovat podle domény, partnera nebo kódu</translation>
    </message>
    <message>
        <source>What the last check of the selected website found appears here.</source>
        <translation>Zde se zobrazí, co zjistila poslední kontrola vybraného webu.</translation>
    </message>
    <message>
        <source>Re-check &amp;Now</source>
        <translation>Zkontrolovat &amp;nyní</translation>
    </message>
    <message>
        <source>Re-check All &amp;Due</source>
        <translation>Zkontrolovat všechny &amp;čekající</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v z %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Stop the re-check; checks in flight are not recorded</source>
        <translation>Zastavit kontrolu; rozběhnuté kontroly se nezaznamenají</translation>
    </message>
    <message>
        <source>Check the selected websites for their tokens now (%1)</source>
        <translation>Zkontrolovat tokeny vybraných webů hned teď (%1)</translation>
    </message>
    <message>
        <source>websites: %1</source>
        <translation>weby: %1</translation>
    </message>
    <message>
        <source>Checking websites: %1…</source>
        <translation>Kontroluji weby: %1…</translation>
    </message>
    <message>
        <source>No website is due for a re-check.</source>
        <translation>Žádný web nečeká na opakovanou kontrolu.</translation>
    </message>
    <message>
        <source>Checked: %1. Verified: %2. Lapsing: %3. Lapsed: %4.</source>
        <translation>Zkontrolováno: %1. Ověřeno: %2. Propadá: %3. Propadlo: %4.</translation>
    </message>
    <message>
        <source>Not verified: %1.</source>
        <translation>Neověřeno: %1.</translation>
    </message>
    <message>
        <source>Not recorded: %1.</source>
        <translation>Nezaznamenáno: %1.</translation>
    </message>
    <message>
        <source>Cancelled; checks in flight were not recorded.</source>
        <translation>Zrušeno; rozběhnuté kontroly se nezaznamenaly.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Last checked %1.</source>
        <translation>Naposledy zkontrolováno %1.</translation>
    </message>
    <message>
        <source>Failed re-checks in a row: %1.</source>
        <translation>Neúspěšné kontroly za sebou: %1.</translation>
    </message>
    <message>
        <source>Check every website whose partner requested a check, then every verified website whose last check is older than the re-check interval</source>
        <translation>Zkontrolovat každý web, jehož partner požádal o kontrolu, a pak každý ověřený web, jehož poslední kontrola je starší než interval opakované kontroly</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::WhatIfDialog</name>
    <message>
        <source>What If</source>
        <translation>Co kdyby</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Spustit</translation>
    </message>
    <message>
        <source>Settle every order placed in the period again with the change; nothing is written</source>
        <translation>Znovu vyúčtuje každou objednávku vytvořenou v období se změnou; nic se neuloží</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Orders placed from (UTC):</source>
        <translation>Objednávky vytvořené od (UTC):</translation>
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
        <source>Before</source>
        <translation>Před</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Rozdíl</translation>
    </message>
    <message>
        <source>Orders changed</source>
        <translation>Změněné objednávky</translation>
    </message>
    <message>
        <source>Choose a period and Run: nothing is written.</source>
        <translation>Zvolte období a klikněte na Spustit: nic se neuloží.</translation>
    </message>
    <message>
        <source>The period must end after it starts.</source>
        <translation>Období musí skončit až po svém začátku.</translation>
    </message>
    <message>
        <source>Settling the period again with the change…</source>
        <translation>Znovu vyúčtovávám období se změnou…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was computed, nothing was written.</source>
        <translation>Zrušeno: nic se nespočítalo, nic se neuložilo.</translation>
    </message>
    <message>
        <source>No credited order in the period: the change would have paid nothing.</source>
        <translation>V období není žádná připsaná objednávka: změna by nevyplatila nic.</translation>
    </message>
    <message>
        <source>%1 orders settled again; nothing was written.</source>
        <translation>Znovu vyúčtované objednávky: %1; nic se neuložilo.</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::WindowRequests</name>
    <message>
        <source>&amp;Requests</source>
        <translation>Žá&amp;dosti</translation>
    </message>
    <message>
        <source>&amp;Claim an Order…</source>
        <translation>&amp;Nárokovat objednávku…</translation>
    </message>
    <message>
        <source>An order of a customer you brought that did not reach you</source>
        <translation>Objednávka vámi přivedeného zákazníka, která vám nebyla připsána</translation>
    </message>
    <message>
        <source>Request a &amp;Vanity Link…</source>
        <translation>Požádat o &amp;vlastní odkaz…</translation>
    </message>
    <message>
        <source>A short address on the store&apos;s site that leads to your tracked link</source>
        <translation>Krátká adresa na webu obchodu, která vede na váš sledovaný odkaz</translation>
    </message>
    <message>
        <source>&amp;My Requests</source>
        <translation>&amp;Moje žádosti</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 a další (%2)</translation>
    </message>
    <message>
        <source>%1 waiting for a decision: %2.</source>
        <translation>Na rozhodnutí čeká: %1 (%2).</translation>
    </message>
    <message>
        <source>New requests</source>
        <translation>Nové žádosti</translation>
    </message>
</context>
<context>
    <name>PartnerDesk::WindowSync</name>
    <message>
        <source>&amp;Central Database…</source>
        <translation>&amp;Centrální databáze…</translation>
    </message>
    <message>
        <source>Where the central PostgreSQL is, who logs in, and the password</source>
        <translation>Kde je centrální PostgreSQL, kdo se přihlašuje a heslo</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>S&amp;ynchronizovat nyní</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>Nejprve otevřete databázi.</translation>
    </message>
    <message>
        <source>Sync Con&amp;flicts…</source>
        <translation>&amp;Konflikty synchronizace…</translation>
    </message>
    <message>
        <source>Rows changed both here and in the central database: keep mine or take theirs</source>
        <translation>Řádky změněné zde i v centrální databázi: ponechat moje, nebo převzít centrální</translation>
    </message>
    <message>
        <source>⚠ Not encrypted</source>
        <translation>⚠ Nešifrováno</translation>
    </message>
    <message>
        <source>Another window syncs this database.</source>
        <translation>Tuto databázi synchronizuje jiné okno.</translation>
    </message>
    <message>
        <source>Send this desktop&apos;s changes to the central database and fetch the new ones (%1)</source>
        <translation>Odeslat změny z tohoto počítače do centrální databáze a stáhnout nové (%1)</translation>
    </message>
</context>
<context>
    <name>PartnerNews</name>
    <message>
        <source>new transactions since you last looked: %1.</source>
        <translation>nové transakce od vaší poslední návštěvy: %1.</translation>
    </message>
    <message>
        <source>Your approved balance reached the payout threshold: %1.</source>
        <translation>Váš schválený zůstatek dosáhl výplatního limitu: %1.</translation>
    </message>
    <message>
        <source>News for %1</source>
        <translation>Novinky pro %1</translation>
    </message>
    <message>
        <source>Your request “%1” was approved.</source>
        <translation>Vaše žádost „%1“ byla schválena.</translation>
    </message>
    <message>
        <source>Your request “%1” was rejected: %2</source>
        <translation>Vaše žádost „%1“ byla zamítnuta: %2</translation>
    </message>
</context>
<context>
    <name>PartnerStore</name>
    <message>
        <source>Database error: %1</source>
        <translation>Chyba databáze: %1</translation>
    </message>
    <message>
        <source>The partner no longer exists.</source>
        <translation>Partner už neexistuje.</translation>
    </message>
    <message>
        <source>%1 already has memberships, coupons, domains, rewrites or transactions; suspend him instead.</source>
        <translation>%1 už má členství, kupony, domény, přesměrování nebo transakce; místo toho ho pozastavte.</translation>
    </message>
    <message>
        <source>The partner cannot come back: his id or code %1 is taken.</source>
        <translation>Partnera nelze vrátit: jeho id nebo kód %1 je obsazen.</translation>
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
    <message>
        <source>--period must be day, week, month, quarter or year, not &quot;%1&quot;.</source>
        <translation>--period musí být day, week, month, quarter nebo year, ne „%1“.</translation>
    </message>
    <message>
        <source>Write orders, sales, commission, visits and conversion for a period, by month, program and kind (or as --by and --period say), as CSV or PDF.</source>
        <translation>Zapíše objednávky, tržby, provize, návštěvy a konverzi za období po měsících, programech a druzích (nebo podle --by a --period) jako CSV nebo PDF.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>SEZNAM</translation>
    </message>
    <message>
        <source>day, week (ISO), month (the default), quarter or year.</source>
        <translation>day, week (ISO), month (výchozí), quarter nebo year.</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>OBDOBÍ</translation>
    </message>
    <message>
        <source>Only this program.</source>
        <translation>Jen tento program.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NÁZEV</translation>
    </message>
    <message>
        <source>Only this partner (affiliate code).</source>
        <translation>Jen tento partner (partnerský kód).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KÓD</translation>
    </message>
    <message>
        <source>--by takes period, program, partner, campaign, kind or none, not &quot;%1&quot;.</source>
        <translation>--by přijímá period, program, partner, campaign, kind nebo none, ne &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>What to group by, comma-separated: period, program, partner, campaign, kind, or none (default: period,program,kind).</source>
        <translation>Podle čeho seskupit, odděleno čárkami: period, program, partner, campaign, kind nebo none (výchozí: period,program,kind).</translation>
    </message>
    <message>
        <source>Compute every day from the ledger instead of the daily sums kept for reports (slower; the same report).</source>
        <translation>Spočítat každý den z účetní knihy místo z denních součtů vedených pro přehledy (pomalejší; tentýž přehled).</translation>
    </message>
</context>
<context>
    <name>PayoutStore</name>
    <message>
        <source>Database error: %1</source>
        <translation>Chyba databáze: %1</translation>
    </message>
    <message>
        <source>PartnerDesk commission, batch %1</source>
        <translation>Provize PartnerDesk, dávka %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nelze zapsat %1: %2</translation>
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
        <source>The balances changed since the preview; preview the batch again.</source>
        <translation>Zůstatky se od náhledu změnily; zobrazte náhled dávky znovu.</translation>
    </message>
    <message>
        <source>Cancelled; no batch was created.</source>
        <translation>Zrušeno; žádná dávka nebyla vytvořena.</translation>
    </message>
    <message>
        <source>The batch for %1 (%2) does not match its preview; nothing was written.</source>
        <translation>Dávka pro %1 (%2) neodpovídá svému náhledu; nic nebylo zapsáno.</translation>
    </message>
    <message>
        <source>There is no payout batch %1.</source>
        <translation>Dávka výplat %1 neexistuje.</translation>
    </message>
    <message>
        <source>Payout batch %1 is already marked paid.</source>
        <translation>Dávka výplat %1 je již označena jako vyplacená.</translation>
    </message>
    <message>
        <source>The payouts in %1 add up to more than 64-bit money holds; nothing can be paid in one batch.</source>
        <translation>Výplaty v %1 dávají dohromady víc, než pojme 64bitová částka; v jedné dávce nelze vyplatit nic.</translation>
    </message>
    <message>
        <source>The payout to partner %1 in %2</source>
        <translation>Výplata partnerovi %1 v %2</translation>
    </message>
    <message>
        <source>%1; no batch was created.</source>
        <translation>%1; žádná dávka nebyla vytvořena.</translation>
    </message>
    <message>
        <source>The file name</source>
        <translation>Název souboru</translation>
    </message>
    <message>
        <source>A partner&apos;s commissions in one currency add up to more than 64-bit money holds (%L1 minor units): they cannot be summed, shown or paid.</source>
        <translation>Provize partnera v jedné měně dávají součet větší, než pojme 64bitová částka (%L1 nejmenších jednotek): nelze je sečíst, zobrazit ani vyplatit.</translation>
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
    <message>
        <source>The program&apos;s name</source>
        <translation>Název programu</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>Popis</translation>
    </message>
    <message>
        <source>The payout threshold</source>
        <translation>Hranice výplaty</translation>
    </message>
    <message>
        <source>The store host</source>
        <translation>Doména obchodu</translation>
    </message>
    <message>
        <source>The lifetime of a customer must be from 0 (off) to 3650 days.</source>
        <translation>Doba stálého zákazníka musí být od 0 (vypnuto) do 3650 dní.</translation>
    </message>
    <message>
        <source>The shared-customer limit must be from 0 (off) to 1000 partners.</source>
        <translation>Limit sdíleného zákazníka musí být od 0 (vypnuto) do 1000 partnerů.</translation>
    </message>
    <message>
        <source>The cancelled share limit must be from 0 (off) to 100 %.</source>
        <translation>Limit podílu zrušených objednávek musí být od 0 (vypnuto) do 100 %.</translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <source>Cannot keep the refused row aside: %1</source>
        <translation>Odmítnutý řádek nelze odložit stranou: %1</translation>
    </message>
    <message>
        <source>Cannot release the row: %1</source>
        <translation>Řádek nelze uvolnit: %1</translation>
    </message>
    <message>
        <source>Cannot read the refused rows: %1</source>
        <translation>Nelze načíst odmítnuté řádky: %1</translation>
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
    <name>RateStore</name>
    <message>
        <source>Database error: %1</source>
        <translation>Chyba databáze: %1</translation>
    </message>
    <message>
        <source>Give the %1 commission as a rate or as an amount, not both.</source>
        <translation>Zadejte provizi za %1 jako sazbu, nebo jako částku, ne obojí.</translation>
    </message>
    <message>
        <source>The %1 commission cannot be reset and set at once.</source>
        <translation>Provizi za %1 nelze současně zrušit i nastavit.</translation>
    </message>
    <message>
        <source>The %1 rate must be from 0 to 100 %.</source>
        <translation>Sazba za %1 musí být od 0 do 100 %.</translation>
    </message>
    <message>
        <source>The %1 amount must be from 0 to %L2 minor units.</source>
        <translation>Částka za %1 musí být od 0 do %L2 nejmenších jednotek měny.</translation>
    </message>
    <message>
        <source>Only a manager sets a partner&apos;s rates; this is a partner&apos;s desktop.</source>
        <translation>Sazby partnera nastavuje jen manažer; toto je počítač partnera.</translation>
    </message>
    <message>
        <source>The program no longer exists.</source>
        <translation>Program už neexistuje.</translation>
    </message>
    <message>
        <source>The partner no longer exists.</source>
        <translation>Partner už neexistuje.</translation>
    </message>
    <message>
        <source>The date the rates apply from</source>
        <translation>Datum, od kterého sazby platí</translation>
    </message>
    <message>
        <source>%1 is not a member of %2.</source>
        <translation>%1 není členem programu %2.</translation>
    </message>
    <message>
        <source>Nothing to change: give a link or coupon rate or amount, or a reset.</source>
        <translation>Není co měnit: zadejte sazbu nebo částku za odkaz či kupon, nebo zrušení.</translation>
    </message>
    <message>
        <source>link</source>
        <translation>odkaz</translation>
    </message>
    <message>
        <source>coupon</source>
        <translation>kupon</translation>
    </message>
    <message>
        <source>These are the rates of %1 in %2 in force at %3 already; nothing to change.</source>
        <translation>%1 má v programu %2 k %3 už právě tyto sazby; není co měnit.</translation>
    </message>
    <message>
        <source>%1 has no own rates in %2 at %3; there is nothing to reset.</source>
        <translation>%1 nemá v programu %2 k %3 žádné vlastní sazby; není co zrušit.</translation>
    </message>
    <message>
        <source>%1 already has rates in %2 from %3; choose another date.</source>
        <translation>%1 už má v programu %2 sazby platné od %3; zvolte jiné datum.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Day</source>
        <translation>Den</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Týden</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Měsíc</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Čtvrtletí</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>period (its length)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>period</source>
        <translation>období</translation>
    </message>
    <message>
        <source>program</source>
        <translation>program</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>druh</translation>
    </message>
    <message>
        <source>Period: %1 to %2 (both included)</source>
        <translation>Období: %1 až %2 (včetně obou dnů)</translation>
    </message>
    <message>
        <source>Grouped by: %1</source>
        <translation>Seskupeno podle: %1</translation>
    </message>
    <message>
        <source>nothing (totals per currency)</source>
        <translation>ničeho (součty za měny)</translation>
    </message>
    <message>
        <source>Program: %1</source>
        <translation>Program: %1</translation>
    </message>
    <message>
        <source>all programs</source>
        <translation>všechny programy</translation>
    </message>
    <message>
        <source>Partner: %1</source>
        <translation>Partner: %1</translation>
    </message>
    <message>
        <source>all partners</source>
        <translation>všichni partneři</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampaň</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>kampaň</translation>
    </message>
</context>
<context>
    <name>ReportPdfWriter</name>
    <message>
        <source>Partner program report</source>
        <translation>Přehled partnerského programu</translation>
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
    <message>
        <source>Visits</source>
        <translation>Návštěvy</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konverze</translation>
    </message>
    <message>
        <source>Visits: %1; orders: %2; conversion: %3</source>
        <translation>Návštěvy: %1; objednávky: %2; konverze: %3</translation>
    </message>
    <message>
        <source>none (no visits)</source>
        <translation>žádná (žádné návštěvy)</translation>
    </message>
</context>
<context>
    <name>ReportStore</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>Přehled byl zrušen.</translation>
    </message>
    <message>
        <source>Cannot compute the report: %1</source>
        <translation>Přehled nelze spočítat: %1</translation>
    </message>
    <message>
        <source>There is no program named &quot;%1&quot;.</source>
        <translation>Program s názvem „%1“ neexistuje.</translation>
    </message>
    <message>
        <source>There is no partner with the code &quot;%1&quot;.</source>
        <translation>Partner s kódem „%1“ neexistuje.</translation>
    </message>
    <message>
        <source>The report&apos;s sums are beyond what 64-bit money holds (%L1 minor units); choose a shorter period, a program or a partner.</source>
        <translation>Součty přehledu přesahují to, co pojme 64bitová částka (%L1 nejmenších jednotek měny); zvolte kratší období, program nebo partnera.</translation>
    </message>
</context>
<context>
    <name>RequestCommands</name>
    <message>
        <source>File the sign-ups of a CSV (header name,email,website,promotion,program; the program by name; &quot;note&quot; may stand for &quot;promotion&quot;), all or nothing: bad rows go to stderr as FILE:LINE: field: reason and nothing is filed. Prints the request ids.</source>
        <translation>Podá přihlášky ze souboru CSV (hlavička name,email,website,promotion,program; program podle názvu; „note“ může zastoupit „promotion“), vše, nebo nic: chybné řádky se vypíší na stderr jako SOUBOR:ŘÁDEK: pole: důvod a nic se nepodá. Vypíše ID žádostí.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>SOUBOR</translation>
    </message>
    <message>
        <source>The applications CSV.</source>
        <translation>Soubor CSV s přihláškami.</translation>
    </message>
    <message>
        <source>Print the requests as CSV, newest first: sign-ups, claims, vanity links and payout e-mail changes.</source>
        <translation>Vypíše žádosti jako CSV, od nejnovějších: přihlášky, nároky na objednávky, vlastní odkazy a změny e-mailu pro výplaty.</translation>
    </message>
    <message>
        <source>Only the waiting, approved or rejected ones.</source>
        <translation>Jen čekající, schválené nebo zamítnuté.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STAV</translation>
    </message>
    <message>
        <source>csv (the default) or table.</source>
        <translation>csv (výchozí) nebo table.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMÁT</translation>
    </message>
    <message>
        <source>Approve a request: a claim assigns the order, a vanity request adds the rewrite, a sign-up creates the partner with his membership and coupon, a payout e-mail becomes his. Audited.</source>
        <translation>Schválí žádost: nárok přiřadí objednávku, žádost o vlastní odkaz přidá přesměrování, přihláška vytvoří partnera s jeho členstvím a kupónem, požadovaný e-mail pro výplaty se stane partnerovým. Zaznamená se do auditního záznamu.</translation>
    </message>
    <message>
        <source>The request as &quot;request list&quot; prints it (R12, E34).</source>
        <translation>Žádost, jak ji vypíše „request list“ (R12, E34).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>A vanity request: approve it with this path instead.</source>
        <translation>Žádost o vlastní odkaz: schválí ji s touto cestou.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CESTA</translation>
    </message>
    <message>
        <source>A note to the partner, kept in the audit log.</source>
        <translation>Poznámka pro partnera, uložená v auditním záznamu.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Reject a request with a reason the partner reads. Audited.</source>
        <translation>Zamítne žádost s důvodem, který si partner přečte. Zaznamená se do auditního záznamu.</translation>
    </message>
    <message>
        <source>Why; the partner sees it.</source>
        <translation>Proč; partner to uvidí.</translation>
    </message>
    <message>
        <source>File a partner&apos;s claim for an order the rules gave to nobody or another partner; a manager decides. Prints the request id (last line).</source>
        <translation>Podá nárok partnera na objednávku, kterou pravidla nepřipsala nikomu nebo jinému partnerovi; rozhodne manažer. Vypíše ID žádosti (poslední řádek).</translation>
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
        <source>The order id as the customer gave it.</source>
        <translation>ID objednávky, jak ho sdělil zákazník.</translation>
    </message>
    <message>
        <source>Why the order is his, e.g. the coupon the customer forgot.</source>
        <translation>Proč je objednávka jeho, např. kupón, který zákazník zapomněl.</translation>
    </message>
    <message>
        <source>The order&apos;s date, YYYY-MM-DD.</source>
        <translation>Datum objednávky, RRRR-MM-DD.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>The order&apos;s amount, e.g. 120.50, in the program&apos;s currency.</source>
        <translation>Částka objednávky, např. 120.50, v měně programu.</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>ČÁSTKA</translation>
    </message>
    <message>
        <source>The program the order belongs to.</source>
        <translation>Program, ke kterému objednávka patří.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NÁZEV</translation>
    </message>
    <message>
        <source>File a partner&apos;s request for a vanity link on a store host; a manager decides. Prints the request id (last line).</source>
        <translation>Podá žádost partnera o vlastní odkaz na doméně obchodu; rozhodne manažer. Vypíše ID žádosti (poslední řádek).</translation>
    </message>
    <message>
        <source>A store host of his programs.</source>
        <translation>Doména obchodu jeho programů.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>DOMÉNA</translation>
    </message>
    <message>
        <source>The path he would like, e.g. /partner/jane.</source>
        <translation>Cesta, kterou by chtěl, např. /partner/jane.</translation>
    </message>
    <message>
        <source>The store URL it leads to.</source>
        <translation>URL obchodu, na kterou vede.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>A message to the manager.</source>
        <translation>Zpráva pro manažera.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nelze číst %1: %2</translation>
    </message>
    <message>
        <source>%1 has no header line (name,email,website,promotion,program).</source>
        <translation>%1 nemá řádek s hlavičkou (name,email,website,promotion,program).</translation>
    </message>
    <message>
        <source>%1:1: the header has no &quot;%2&quot; column.</source>
        <translation>%1:1: hlavička nemá sloupec „%2“.</translation>
    </message>
    <message>
        <source>Nothing was filed.</source>
        <translation>Nic nebylo podáno.</translation>
    </message>
    <message>
        <source>There is no program named &quot;%1&quot;.</source>
        <translation>Neexistuje žádný program s názvem „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) in %1; nothing was filed.</source>
        <translation>
            <numerusform>%n chybný řádek v %1; nic nebylo podáno.</numerusform>
            <numerusform>%n chybné řádky v %1; nic nebylo podáno.</numerusform>
            <numerusform>%n chybných řádků v %1; nic nebylo podáno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>filed %n sign-up(s)</source>
        <translation>
            <numerusform>podána %n přihláška</numerusform>
            <numerusform>podány %n přihlášky</numerusform>
            <numerusform>podáno %n přihlášek</numerusform>
        </translation>
    </message>
    <message>
        <source>--state is waiting, approved or rejected, not &quot;%1&quot;.</source>
        <translation>--state je waiting, approved nebo rejected, ne „%1“.</translation>
    </message>
    <message>
        <source>There is no request &quot;%1&quot;; &quot;request list&quot; prints their ids.</source>
        <translation>Žádost „%1“ neexistuje; jejich ID vypíše „request list“.</translation>
    </message>
    <message>
        <source>approved %1</source>
        <translation>schváleno %1</translation>
    </message>
    <message>
        <source>partner %1, coupon %2</source>
        <translation>partner %1, kupón %2</translation>
    </message>
    <message>
        <source>rejected %1</source>
        <translation>zamítnuto %1</translation>
    </message>
    <message>
        <source>--amount needs --program: an amount is in a program&apos;s currency.</source>
        <translation>--amount vyžaduje --program: částka je v měně programu.</translation>
    </message>
    <message>
        <source>To give %1 his own login: sync, then (as the database administrator) partnerdesk-cli central grant --affiliate %1 --login LOGIN --central URL</source>
        <translation>Vlastní přihlášení pro %1: synchronizujte, pak (jako správce databáze) spusťte partnerdesk-cli central grant --affiliate %1 --login LOGIN --central URL</translation>
    </message>
</context>
<context>
    <name>RequestStore</name>
    <message>
        <source>Database error: %1</source>
        <translation>Chyba databáze: %1</translation>
    </message>
    <message>
        <source>The partner does not exist</source>
        <translation>Partner neexistuje</translation>
    </message>
    <message>
        <source>This is %1&apos;s desktop; it files requests for %1 only</source>
        <translation>Toto je počítač partnera %1; podává žádosti jen za %1</translation>
    </message>
    <message>
        <source>The order id is missing: give it as the customer gave it</source>
        <translation>Chybí ID objednávky: zadejte ho tak, jak ho sdělil zákazník</translation>
    </message>
    <message>
        <source>The order id</source>
        <translation>ID objednávky</translation>
    </message>
    <message>
        <source>The order date &quot;%1&quot; is not a date like 2026-03-03</source>
        <translation>Datum objednávky „%1“ není datum ve tvaru 2026-03-03</translation>
    </message>
    <message>
        <source>The order date %1 is in the future</source>
        <translation>Datum objednávky %1 je v budoucnosti</translation>
    </message>
    <message>
        <source>The amount</source>
        <translation>Částka</translation>
    </message>
    <message>
        <source>The program does not exist</source>
        <translation>Program neexistuje</translation>
    </message>
    <message>
        <source>The reason is missing: say why the order is yours (e.g. the customer forgot your coupon)</source>
        <translation>Chybí důvod: uveďte, proč je objednávka vaše (např. zákazník zapomněl váš kupón)</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Důvod</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>Zpráva</translation>
    </message>
    <message>
        <source>The name is missing</source>
        <translation>Chybí jméno</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>The e-mail address is missing</source>
        <translation>Chybí e-mailová adresa</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>E-mailová adresa</translation>
    </message>
    <message>
        <source>The e-mail address &quot;%1&quot; is not an e-mail address</source>
        <translation>E-mailová adresa „%1“ není e-mailová adresa</translation>
    </message>
    <message>
        <source>The website</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>How he will promote</source>
        <translation>Jak bude propagovat</translation>
    </message>
    <message>
        <source>The program is missing</source>
        <translation>Chybí program</translation>
    </message>
    <message>
        <source>The program %1 is not active; nobody can join it</source>
        <translation>Program %1 není aktivní; nikdo se k němu nemůže připojit</translation>
    </message>
    <message>
        <source>The time &quot;%1&quot; is not an ISO 8601 time</source>
        <translation>Čas „%1“ není čas ve formátu ISO 8601</translation>
    </message>
    <message>
        <source>The time</source>
        <translation>Čas</translation>
    </message>
    <message>
        <source>Name the program: an amount is in a program&apos;s currency</source>
        <translation>Uveďte program: částka je v měně programu</translation>
    </message>
    <message>
        <source>A sign-up is filed by the store&apos;s web form or a manager, not a partner</source>
        <translation>Přihlášku podává webový formulář obchodu nebo manažer, ne partner</translation>
    </message>
    <message>
        <source>Application %1: %2</source>
        <translation>Přihláška %1: %2</translation>
    </message>
    <message>
        <source>The request was not written.</source>
        <translation>Žádost nebyla zapsána.</translation>
    </message>
    <message>
        <source>Request %1 was decided meanwhile; nothing was changed.</source>
        <translation>Žádost %1 byla mezitím rozhodnuta; nic nebylo změněno.</translation>
    </message>
    <message>
        <source>Only a manager decides a request; this is a partner&apos;s desktop.</source>
        <translation>O žádosti rozhoduje jen manažer; toto je počítač partnera.</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>The partner no longer exists.</source>
        <translation>Partner už neexistuje.</translation>
    </message>
    <message>
        <source>There is no request R%1.</source>
        <translation>Žádost R%1 neexistuje.</translation>
    </message>
    <message>
        <source>Request %1 was %2 already.</source>
        <translation>Žádost %1 už má stav %2.</translation>
    </message>
    <message>
        <source>Only a vanity request is approved with a different path.</source>
        <translation>S jinou cestou lze schválit jen žádost o vlastní odkaz.</translation>
    </message>
    <message>
        <source>Order %1 is not in the books yet: import it or reject the claim.</source>
        <translation>Objednávka %1 ještě není v účetnictví: naimportujte ji, nebo nárok zamítněte.</translation>
    </message>
    <message>
        <source>The claim&apos;s amount is in %1, order %2 is in %3: reject the claim or assign the order in the Assignments pane.</source>
        <translation>Částka nároku je v %1, objednávka %2 je v %3: zamítněte nárok, nebo přiřaďte objednávku v panelu Ruční přiřazení.</translation>
    </message>
    <message>
        <source>Claim %1: %2</source>
        <translation>Nárok %1: %2</translation>
    </message>
    <message>
        <source>Say why the request is rejected; the partner reads the reason.</source>
        <translation>Uveďte, proč se žádost zamítá; partner si důvod přečte.</translation>
    </message>
    <message>
        <source>Request R%1 no longer exists.</source>
        <translation>Žádost R%1 už neexistuje.</translation>
    </message>
    <message>
        <source>Request R%1 was decided again meanwhile (now %2); nothing was changed.</source>
        <translation>Žádost R%1 byla mezitím znovu rozhodnuta (nyní %2); nic nebylo změněno.</translation>
    </message>
    <message>
        <source>Undo of the decision</source>
        <translation>Vrácení rozhodnutí</translation>
    </message>
    <message>
        <source>Undo of the decision on request %1</source>
        <translation>Vrácení rozhodnutí o žádosti %1</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Není co vrátit zpět.</translation>
    </message>
    <message>
        <source>The vanity link %1%2 was edited since; undo that edit first.</source>
        <translation>Vlastní odkaz %1%2 byl mezitím upraven; nejprve vraťte zpět tuto úpravu.</translation>
    </message>
</context>
<context>
    <name>RewriteCheck</name>
    <message>
        <source>%1 (through %2)</source>
        <translation>%1 (přes %2)</translation>
    </message>
    <message>
        <source>%1: 302 to %2</source>
        <translation>%1: 302 na %2</translation>
    </message>
    <message>
        <source>%1: 302 to %2, but the tracked URL is %3</source>
        <translation>%1: 302 na %2, ale sledovaná URL je %3</translation>
    </message>
    <message>
        <source>%1: HTTP %2 to %3 instead of a 302 to %4</source>
        <translation>%1: HTTP %2 na %3 místo 302 na %4</translation>
    </message>
    <message>
        <source>%1: HTTP %2 instead of a 302 to %3</source>
        <translation>%1: HTTP %2 místo 302 na %3</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s</source>
        <translation>%1: žádná odpověď do %2 s</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not requested</source>
        <translation>nevyžádáno</translation>
    </message>
    <message>
        <source>Not checked.</source>
        <translation>Nezkontrolováno.</translation>
    </message>
    <message numerus="yes">
        <source>OK: %n address(es) answered 302 with the tracked URL.</source>
        <translation>
            <numerusform>OK: %n adresa odpovídá 302 se sledovanou URL.</numerusform>
            <numerusform>OK: %n adresy odpovídají 302 se sledovanou URL.</numerusform>
            <numerusform>OK: %n adres odpovídá 302 se sledovanou URL.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more address(es))</source>
        <translation>
            <numerusform>%1 (a %n další adresa)</numerusform>
            <numerusform>%1 (a %n další adresy)</numerusform>
            <numerusform>%1 (a %n dalších adres)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RewriteStore</name>
    <message>
        <source>Database error: %1</source>
        <translation>Chyba databáze: %1</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; is not a valid vanity path: %2</source>
        <translation>Cesta „%1“ není platná vlastní cesta: %2</translation>
    </message>
    <message>
        <source>%1%2 is already a rewrite of partner %3 (with or without &quot;www.&quot; and the trailing slash it is the same address).</source>
        <translation>%1%2 už je přesměrováním partnera %3 (s „www.“ i bez něj a s koncovým lomítkem i bez něj jde o tutéž adresu).</translation>
    </message>
    <message>
        <source>enter one, e.g. /partner/jane.</source>
        <translation>zadejte ji, např. /partner/jana.</translation>
    </message>
    <message>
        <source>it is longer than %1 characters.</source>
        <translation>je delší než %1 znaků.</translation>
    </message>
    <message>
        <source>it contains a space or a control character.</source>
        <translation>obsahuje mezeru nebo řídicí znak.</translation>
    </message>
    <message>
        <source>a query (&quot;?&quot;) cannot be part of it; put parameters into the target URL.</source>
        <translation>nemůže obsahovat dotaz („?“); parametry patří do cílové URL.</translation>
    </message>
    <message>
        <source>a fragment (&quot;#&quot;) cannot be part of it; put it into the target URL.</source>
        <translation>nemůže obsahovat fragment („#“); patří do cílové URL.</translation>
    </message>
    <message>
        <source>it must start with &quot;/&quot;.</source>
        <translation>musí začínat znakem „/“.</translation>
    </message>
    <message>
        <source>&quot;/&quot; is the store&apos;s home page; add a segment, e.g. /partner/jane.</source>
        <translation>„/“ je domovská stránka obchodu; přidejte segment, např. /partner/jana.</translation>
    </message>
    <message>
        <source>it contains an empty segment (&quot;//&quot;).</source>
        <translation>obsahuje prázdný segment („//“).</translation>
    </message>
    <message>
        <source>&quot;.&quot; and &quot;..&quot; segments are resolved by browsers before the store sees the path.</source>
        <translation>segmenty „.“ a „..“ vyhodnotí prohlížeč dřív, než cestu uvidí obchod.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used; between the slashes use letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; and &apos;~&apos;.</source>
        <translation>znak „%1“ nelze použít; mezi lomítky používejte písmena, číslice, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; a &apos;~&apos;.</translation>
    </message>
    <message>
        <source>Enter the store host, e.g. %1.</source>
        <translation>Zadejte hostitele obchodu, např. %1.</translation>
    </message>
    <message>
        <source>The host &quot;%1&quot; is not a valid host name.</source>
        <translation>Hostitel „%1“ není platný název hostitele.</translation>
    </message>
    <message>
        <source>The host %1 is not a store host of the partner&apos;s programs (%2).</source>
        <translation>Hostitel %1 není hostitelem obchodu v partnerových programech (%2).</translation>
    </message>
    <message>
        <source>The target must be a store URL: enter the store page the vanity path forwards to.</source>
        <translation>Cíl musí být URL obchodu: zadejte stránku obchodu, na kterou vlastní cesta přesměruje.</translation>
    </message>
    <message>
        <source>The target must be a store URL of at most %1 characters.</source>
        <translation>Cíl musí být URL obchodu o nejvýše %1 znacích.</translation>
    </message>
    <message>
        <source>The target must be a store URL: %1</source>
        <translation>Cíl musí být URL obchodu: %1</translation>
    </message>
    <message>
        <source>The target is the vanity path itself; the redirect would loop. Choose another store page.</source>
        <translation>Cílem je sama vlastní cesta; přesměrování by se zacyklilo. Zvolte jinou stránku obchodu.</translation>
    </message>
    <message>
        <source>The target %1%2 is itself a vanity path; forward to the store page it leads to instead.</source>
        <translation>Cíl %1%2 je sám vlastní cestou; přesměrujte raději přímo na stránku obchodu, na kterou vede.</translation>
    </message>
    <message>
        <source>Choose the partner the vanity path credits.</source>
        <translation>Vyberte partnera, kterému vlastní cesta připíše objednávky.</translation>
    </message>
    <message>
        <source>The partner no longer exists.</source>
        <translation>Partner už neexistuje.</translation>
    </message>
    <message>
        <source>The partner %1 is not an active member of any program, so he has no store host.</source>
        <translation>Partner %1 není aktivním členem žádného programu, a nemá proto žádného hostitele obchodu.</translation>
    </message>
    <message>
        <source>The rewrite no longer exists.</source>
        <translation>Přesměrování už neexistuje.</translation>
    </message>
    <message>
        <source>The partner %1 no longer exists.</source>
        <translation>Partner %1 už neexistuje.</translation>
    </message>
    <message>
        <source>The tracked target URL</source>
        <translation>Cílová sledovací URL</translation>
    </message>
    <message>
        <source>The host</source>
        <translation>Hostitel</translation>
    </message>
    <message>
        <source>The campaign</source>
        <translation>Kampaň</translation>
    </message>
</context>
<context>
    <name>RollupBulkLoad</name>
    <message>
        <source>Cannot read the report triggers: %1</source>
        <translation>Triggery přehledů nelze přečíst: %1</translation>
    </message>
    <message>
        <source>Cannot suspend the report triggers: %1</source>
        <translation>Triggery přehledů nelze pozastavit: %1</translation>
    </message>
    <message>
        <source>Cannot restore the report triggers: %1</source>
        <translation>Triggery přehledů nelze obnovit: %1</translation>
    </message>
</context>
<context>
    <name>Rollups</name>
    <message>
        <source>The refresh of the report&apos;s sums was cancelled.</source>
        <translation>Obnova součtů přehledu byla zrušena.</translation>
    </message>
    <message>
        <source>Cannot refresh the report&apos;s sums: %1</source>
        <translation>Součty přehledu nelze obnovit: %1</translation>
    </message>
    <message>
        <source>Cannot mark the report&apos;s sums for a refresh: %1</source>
        <translation>Součty přehledu nelze označit k obnově: %1</translation>
    </message>
    <message>
        <source>Not a day: %1 .. %2</source>
        <translation>Nejde o den: %1 .. %2</translation>
    </message>
</context>
<context>
    <name>RowApplier</name>
    <message>
        <source>Cannot apply a host of a program: %1</source>
        <translation>Doménu programu nelze zapsat: %1</translation>
    </message>
    <message>
        <source>Cannot read the sync ids: %1</source>
        <translation>Nelze přečíst synchronizační identifikátory: %1</translation>
    </message>
    <message>
        <source>Cannot delete a row of %1 deleted centrally: %2</source>
        <translation>Řádek tabulky %1 smazaný v centrální databázi nelze smazat: %2</translation>
    </message>
    <message>
        <source>Cannot store the sync id: %1</source>
        <translation>Synchronizační identifikátor nelze uložit: %1</translation>
    </message>
    <message>
        <source>A row of %1 refers to a row of %2 this desktop does not have (%3).</source>
        <translation>Řádek tabulky %1 odkazuje na řádek tabulky %2, který tento počítač nemá (%3).</translation>
    </message>
    <message>
        <source>Cannot update a row of %1: %2</source>
        <translation>Řádek tabulky %1 nelze změnit: %2</translation>
    </message>
    <message>
        <source>Cannot add a row to %1: %2</source>
        <translation>Do tabulky %1 nelze přidat řádek: %2</translation>
    </message>
    <message>
        <source>The local database is not SQLite.</source>
        <translation>Místní databáze není SQLite.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nelze číst %1: %2</translation>
    </message>
    <message>
        <source>Not applied: the row %1 of %2 refers to a row of %3 this desktop does not have (%4).</source>
        <translation>Nezapsáno: řádek %1 tabulky %2 odkazuje na řádek tabulky %3, který tento počítač nemá (%4).</translation>
    </message>
    <message>
        <source>Not set: %1 of row %2 of %3 refers to a row this desktop does not have (%4).</source>
        <translation>Nenastaveno: %1 řádku %2 tabulky %3 odkazuje na řádek, který tento počítač nemá (%4).</translation>
    </message>
    <message>
        <source>Not applied: the row %1 of %2: %3.</source>
        <translation>Nepoužito: řádek %1 tabulky %2: %3.</translation>
    </message>
</context>
<context>
    <name>RuleCommands</name>
    <message>
        <source>--%1 cannot be negative.</source>
        <translation>Hodnota --%1 nemůže být záporná.</translation>
    </message>
    <message>
        <source>--%1 takes on or off, not &quot;%2&quot;.</source>
        <translation>--%1 přijímá on nebo off, ne &quot;%2&quot;.</translation>
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
        <source>The order id.</source>
        <translation>ID objednávky.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Why (required; goes into the audit log).</source>
        <translation>Důvod (povinný; zapíše se do auditního záznamu).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Give a partner his own link and/or coupon commission in a program from a date on (a percentage or a flat amount per order); what is not given stays as it was before that date.</source>
        <translation>Nastaví partnerovi v programu od určitého data vlastní provizi za odkaz a/nebo kupon (procentní sazbu, nebo pevnou částku za objednávku); co se nezadá, zůstane jako před tímto datem.</translation>
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
        <source>His commission on link, rewrite, direct and lifetime orders, in percent.</source>
        <translation>Jeho provize z objednávek z odkazů, přesměrování, přímých odkazů a od stálých zákazníků, v procentech.</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>PROCENTA</translation>
    </message>
    <message>
        <source>Or a flat amount per such order in the program&apos;s currency (at most the order&apos;s subtotal).</source>
        <translation>Nebo pevná částka za takovou objednávku v měně programu (nejvýše mezisoučet objednávky).</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>ČÁSTKA</translation>
    </message>
    <message>
        <source>His commission on coupon orders, in percent.</source>
        <translation>Jeho provize z objednávek s kuponem, v procentech.</translation>
    </message>
    <message>
        <source>Or a flat amount per coupon order in the program&apos;s currency.</source>
        <translation>Nebo pevná částka za objednávku s kuponem v měně programu.</translation>
    </message>
    <message>
        <source>Drop his own link commission (the tiers or the program&apos;s apply).</source>
        <translation>Zruší jeho vlastní provizi za odkaz (pak platí stupně nebo provize programu).</translation>
    </message>
    <message>
        <source>Drop his own coupon commission (the tiers or the program&apos;s apply).</source>
        <translation>Zruší jeho vlastní provizi za kupon (pak platí stupně nebo provize programu).</translation>
    </message>
    <message>
        <source>For orders placed from then on: YYYY-MM-DD (midnight UTC) or YYYY-MM-DDTHH:MM:SSZ (default: now).</source>
        <translation>Pro objednávky vytvořené od té doby: RRRR-MM-DD (půlnoc UTC) nebo RRRR-MM-DDTHH:MM:SSZ (výchozí: nyní).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Print a partner&apos;s own rates with their history as CSV, by program and date.</source>
        <translation>Vypíše vlastní sazby partnera s jejich historií jako CSV, podle programu a data.</translation>
    </message>
    <message>
        <source>Only this program.</source>
        <translation>Jen tento program.</translation>
    </message>
    <message>
        <source>Add a monthly tier to a program: from N credited orders in a calendar month (UTC), a partner earns this rate on his next orders that month.</source>
        <translation>Přidá do programu měsíční stupeň: od N připsaných objednávek v kalendářním měsíci (UTC) získá partner za své další objednávky v tomto měsíci tuto sazbu.</translation>
    </message>
    <message>
        <source>The partner&apos;s orders earlier in the month it takes (1 or more).</source>
        <translation>Kolik dřívějších objednávek partnera v měsíci stupeň vyžaduje (1 nebo více).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The link commission from then on, in percent.</source>
        <translation>Provize za odkaz od té doby, v procentech.</translation>
    </message>
    <message>
        <source>The coupon commission from then on, in percent (default: the program&apos;s).</source>
        <translation>Provize za kupon od té doby, v procentech (výchozí: provize programu).</translation>
    </message>
    <message>
        <source>Print a program&apos;s monthly tiers as CSV.</source>
        <translation>Vypíše měsíční stupně programu jako CSV.</translation>
    </message>
    <message>
        <source>Remove a program&apos;s monthly tier.</source>
        <translation>Odebere měsíční stupeň programu.</translation>
    </message>
    <message>
        <source>The tier&apos;s number of orders.</source>
        <translation>Počet objednávek stupně.</translation>
    </message>
    <message>
        <source>Print the commissions a fraud rule holds as CSV, with the rule and its evidence (for the manager&apos;s eyes: it may name other partners).</source>
        <translation>Vypíše jako CSV provize, které pozastavilo pravidlo proti podvodům, s pravidlem a jeho důkazy (jen pro manažera: může uvádět jiné partnery).</translation>
    </message>
    <message>
        <source>Let a held commission go on as normal (approved once its approval hold passed).</source>
        <translation>Uvolní pozastavenou provizi, aby pokračovala běžně (schválí se, jakmile uplyne její lhůta pro schválení).</translation>
    </message>
    <message>
        <source>Cancel a held commission.</source>
        <translation>Zruší pozastavenou provizi.</translation>
    </message>
    <message>
        <source>Change a program&apos;s settings: those of &quot;program add&quot;, its e-mail notices to partners, lifetime customers and fraud rules. What is not given stays as it is.</source>
        <translation>Změní nastavení programu: volby příkazu &quot;program add&quot;, e-mailová oznámení jeho partnerům, stálé zákazníky a pravidla proti podvodům. Co se nezadá, zůstane beze změny.</translation>
    </message>
    <message>
        <source>What partners read about the program.</source>
        <translation>Co si partneři o programu přečtou.</translation>
    </message>
    <message>
        <source>Commission on orders from links, rewrites and direct links, in percent.</source>
        <translation>Provize z objednávek z odkazů, přesměrování a přímých odkazů, v procentech.</translation>
    </message>
    <message>
        <source>Commission on orders with the partner&apos;s coupon, in percent.</source>
        <translation>Provize z objednávek s kuponem partnera, v procentech.</translation>
    </message>
    <message>
        <source>The customer&apos;s discount with a partner&apos;s coupon, in percent.</source>
        <translation>Sleva zákazníka s kuponem partnera, v procentech.</translation>
    </message>
    <message>
        <source>Payout threshold in the program&apos;s currency, e.g. 50.00.</source>
        <translation>Limit pro výplatu v měně programu, např. 50.00.</translation>
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
        <source>Cookie lifetime in days.</source>
        <translation>Platnost cookie ve dnech.</translation>
    </message>
    <message>
        <source>The store hosts, replacing the program&apos;s; repeat for more.</source>
        <translation>Domény obchodu, které nahradí domény programu; pro více domén volbu opakujte.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>DOMÉNA</translation>
    </message>
    <message>
        <source>E-mail notices to its partners: off, each (every new transaction) or digest (daily).</source>
        <translation>E-mailová oznámení jeho partnerům: off (vypnuto), each (každá nová transakce) nebo digest (denní souhrn).</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>REŽIM</translation>
    </message>
    <message>
        <source>A customer&apos;s later orders are credited to the partner who first brought him within this many days (0: off).</source>
        <translation>Pozdější objednávky zákazníka se po tolik dní připisují partnerovi, který ho přivedl jako první (0: vypnuto).</translation>
    </message>
    <message>
        <source>Hold orders whose customer e-mail is at a domain of the partner.</source>
        <translation>Pozastavit objednávky, jejichž e-mail zákazníka je na doméně partnera.</translation>
    </message>
    <message>
        <source>on|off</source>
        <translation>on|off</translation>
    </message>
    <message>
        <source>Hold coupon orders referred by another partner&apos;s verified site.</source>
        <translation>Pozastavit objednávky s kuponem, které doporučil ověřený web jiného partnera.</translation>
    </message>
    <message>
        <source>Hold orders of a customer credited to more than N partners in 30 days (0: off).</source>
        <translation>Pozastavit objednávky zákazníka připsaného za 30 dní více než N partnerům (0: vypnuto).</translation>
    </message>
    <message>
        <source>Hold a partner&apos;s orders while more than this percentage of his orders in 90 days were cancelled or refunded (0: off).</source>
        <translation>Pozastavovat objednávky partnera, dokud je víc než toto procento jeho objednávek za 90 dní zrušeno nebo vráceno (0: vypnuto).</translation>
    </message>
    <message>
        <source>Hold link orders with no recorded visit of the partner within the cookie lifetime.</source>
        <translation>Pozastavit objednávky z odkazu bez zaznamenané návštěvy partnera v době platnosti cookie.</translation>
    </message>
    <message>
        <source>--%1 and --%2 cannot both be given: a commission is a rate or an amount.</source>
        <translation>--%1 a --%2 nelze zadat současně: provize je buď sazba, nebo částka.</translation>
    </message>
    <message>
        <source>--reset-%1 cannot be given with --%2.</source>
        <translation>--reset-%1 nelze zadat spolu s --%2.</translation>
    </message>
    <message>
        <source>Say what to set: --link-rate, --link-amount, --coupon-rate, --coupon-amount, --reset-link or --reset-coupon.</source>
        <translation>Uveďte, co se má nastavit: --link-rate, --link-amount, --coupon-rate, --coupon-amount, --reset-link nebo --reset-coupon.</translation>
    </message>
    <message>
        <source>--from must be a date YYYY-MM-DD or a time YYYY-MM-DDTHH:MM:SSZ, not &quot;%1&quot;.</source>
        <translation>--from musí být datum ve tvaru RRRR-MM-DD nebo čas ve tvaru RRRR-MM-DDTHH:MM:SSZ, nikoli &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--from: %1 already has rates in %2 from %3; choose another date.</source>
        <translation>--from: %1 už má v programu %2 sazby platné od %3; zvolte jiné datum.</translation>
    </message>
    <message>
        <source>--min-orders: %1 has no tier from %2 orders.</source>
        <translation>--min-orders: %1 nemá stupeň od %2 objednávek.</translation>
    </message>
    <message>
        <source>cleared %1</source>
        <translation>uvolněno %1</translation>
    </message>
    <message>
        <source>cancelled %1</source>
        <translation>zrušeno %1</translation>
    </message>
    <message>
        <source>There is no program named &quot;%1&quot;.</source>
        <translation>Neexistuje žádný program s názvem &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Say what to change: --notices, --lifetime-days, a --fraud-... option or one of &quot;program add&quot;&apos;s.</source>
        <translation>Uveďte, co se má změnit: --notices, --lifetime-days, některou volbu --fraud-... nebo některou z voleb &quot;program add&quot;.</translation>
    </message>
</context>
<context>
    <name>SmtpSender</name>
    <message>
        <source>Give the SMTP server, e.g. smtp://mail.example.com:587 (STARTTLS) or smtps://mail.example.com:465 (TLS).</source>
        <translation>Zadejte server SMTP, např. smtp://mail.example.com:587 (STARTTLS) nebo smtps://mail.example.com:465 (TLS).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SMTP server URL; use smtp://HOST:PORT (STARTTLS) or smtps://HOST:PORT (TLS).</source>
        <translation>„%1“ není URL serveru SMTP; použijte smtp://HOST:PORT (STARTTLS) nebo smtps://HOST:PORT (TLS).</translation>
    </message>
    <message>
        <source>Give the SMTP user and password separately, not in the server URL.</source>
        <translation>Uživatele a heslo SMTP zadejte zvlášť, ne v URL serveru.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sender e-mail address.</source>
        <translation>„%1“ není e-mailová adresa odesílatele.</translation>
    </message>
    <message>
        <source>The SMTP user %1 needs a password.</source>
        <translation>Uživatel SMTP %1 potřebuje heslo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ není e-mailová adresa.</translation>
    </message>
    <message>
        <source>libcurl could not be started.</source>
        <translation>Knihovnu libcurl nelze spustit.</translation>
    </message>
    <message>
        <source>The SMTP server refused the login of %1: %2</source>
        <translation>Server SMTP odmítl přihlášení uživatele %1: %2</translation>
    </message>
    <message>
        <source>The SMTP server does not offer STARTTLS, so nothing was sent (%1).</source>
        <translation>Server SMTP nenabízí STARTTLS, proto nebylo nic odesláno (%1).</translation>
    </message>
    <message>
        <source>The SMTP server&apos;s TLS could not be verified: %1</source>
        <translation>TLS serveru SMTP nelze ověřit: %1</translation>
    </message>
    <message>
        <source>The SMTP server %1 could not be reached: %2</source>
        <translation>Server SMTP %1 není dostupný: %2</translation>
    </message>
    <message>
        <source>The SMTP server did not take the message: %1</source>
        <translation>Server SMTP zprávu nepřijal: %1</translation>
    </message>
    <message>
        <source> (SMTP reply %1)</source>
        <translation> (odpověď SMTP %1)</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Send this desktop&apos;s changes to the central database and bring its changes here; conflicts are kept for the manager (exit 2 while any wait).</source>
        <translation>Odeslat změny z tohoto počítače do centrální databáze a stáhnout její změny sem; konflikty se uchovají pro manažera (návratový kód 2, dokud nějaký čeká).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received, %3 new conflicts, %4 waiting, in %5 ms.</source>
        <translation>Synchronizováno: odesláno %1, přijato %2, nových konfliktů %3, čeká %4, za %5 ms.</translation>
    </message>
    <message>
        <source>The central database, postgresql://USER@HOST:PORT/DB[?sslmode=...&amp;sslrootcert=CA]: verify-full against the system&apos;s CAs unless sslmode says otherwise (disable: plain text); the password comes from PGPASSWORD or ~/.pgpass, never from the URL.</source>
        <translation>Centrální databáze, postgresql://UŽIVATEL@HOSTITEL:PORT/DB[?sslmode=...&amp;sslrootcert=CA]: verify-full proti systémovým certifikačním autoritám, pokud sslmode neurčuje jinak (disable: bez šifrování); heslo se bere z PGPASSWORD nebo ~/.pgpass, nikdy z URL.</translation>
    </message>
    <message>
        <source>Not sent: %1 local changes the central database refused; they are kept aside until they change (docs/SECURITY.md, &quot;Quarantine&quot;).</source>
        <translation>Neodesláno: místní změny, které centrální databáze odmítla: %1; zůstávají odloženy stranou, dokud se nezmění (docs/SECURITY.md, „Quarantine“).</translation>
    </message>
    <message>
        <source>Not applied: %1 central rows refer to rows this desktop does not have.</source>
        <translation>Nezapsáno: centrální řádky odkazující na řádky, které tento počítač nemá: %1.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Sending</source>
        <translation>Odesílání</translation>
    </message>
    <message>
        <source>Cannot read the local rows: %1</source>
        <translation>Místní řádky nelze přečíst: %1</translation>
    </message>
    <message>
        <source>A row of %1 refers to row %2 of %3, which does not exist.</source>
        <translation>Řádek tabulky %1 odkazuje na řádek %2 tabulky %3, který neexistuje.</translation>
    </message>
    <message>
        <source>The table %1 does not sync.</source>
        <translation>Tabulka %1 se nesynchronizuje.</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Nelze zahájit transakci: %1</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Stahování</translation>
    </message>
    <message>
        <source>the deletion of a row of %1</source>
        <translation>smazání řádku tabulky %1</translation>
    </message>
    <message>
        <source>a row of %1</source>
        <translation>řádek tabulky %1</translation>
    </message>
    <message>
        <source>Not sent: %1 (%2); a partner may not change that.</source>
        <translation>Neodesláno: %1 (%2); partner to nesmí měnit.</translation>
    </message>
    <message>
        <source>Refused by the central database: %1 (%2): %3</source>
        <translation>Centrální databáze odmítla: %1 (%2): %3</translation>
    </message>
    <message>
        <source>Refused by the central database: a row of %1 (%2) that is not this partner&apos;s.</source>
        <translation>Centrální databáze odmítla: řádek tabulky %1 (%2), který nepatří tomuto partnerovi.</translation>
    </message>
    <message>
        <source>The central database has no table %1 with the columns this desktop syncs.</source>
        <translation>Centrální databáze nemá tabulku %1 se sloupci, které tento počítač synchronizuje.</translation>
    </message>
    <message>
        <source>The central database sent a row of %1 this desktop cannot read.</source>
        <translation>Centrální databáze poslala řádek tabulky %1, který tato plocha neumí přečíst.</translation>
    </message>
</context>
<context>
    <name>SyncIds</name>
    <message>
        <source>The table %1 has no row ids to sync.</source>
        <translation>Tabulka %1 nemá identifikátory řádků pro synchronizaci.</translation>
    </message>
    <message>
        <source>Row %1 of %2 does not exist.</source>
        <translation>Řádek %1 tabulky %2 neexistuje.</translation>
    </message>
    <message>
        <source>Cannot store the sync id: %1</source>
        <translation>Nelze uložit synchronizační identifikátor: %1</translation>
    </message>
    <message>
        <source>Cannot store the sync version: %1</source>
        <translation>Nelze uložit synchronizační verzi: %1</translation>
    </message>
    <message>
        <source>No row has the sync id %1.</source>
        <translation>Žádný řádek nemá synchronizační identifikátor %1.</translation>
    </message>
    <message>
        <source>Row %1 of %2 has the same sync id as row %3.</source>
        <translation>Řádek %1 tabulky %2 má stejný synchronizační identifikátor jako řádek %3.</translation>
    </message>
</context>
<context>
    <name>SyncRole</name>
    <message>
        <source>partner %1</source>
        <translation>partner %1</translation>
    </message>
    <message>
        <source>a manager</source>
        <translation>manažer</translation>
    </message>
    <message>
        <source>This login belongs to the partners&apos; group but is mapped to no partner; ask the manager to run partnerdesk-cli central grant for it.</source>
        <translation>Toto přihlášení patří do skupiny partnerů, ale není přiřazeno žádnému partnerovi; požádejte manažera, aby pro ně spustil partnerdesk-cli central grant.</translation>
    </message>
    <message>
        <source>This database is the desktop of partner %1; it does not sync as %2. Open another database (a new one) for this login.</source>
        <translation>Tato databáze je desktopem partnera %1; nesynchronizuje se jako %2. Pro toto přihlášení otevřete jinou (novou) databázi.</translation>
    </message>
    <message>
        <source>This database is a manager&apos;s desktop; it does not sync as %1. A partner&apos;s desktop starts from a new, empty database.</source>
        <translation>Tato databáze je desktopem manažera; nesynchronizuje se jako %1. Desktop partnera začíná z nové, prázdné databáze.</translation>
    </message>
    <message>
        <source>Cannot read the local books: %1</source>
        <translation>Nelze přečíst místní účetnictví: %1</translation>
    </message>
    <message>
        <source>This database holds books of its own, so it cannot become the desktop of partner %1. A partner&apos;s desktop starts from a new, empty database.</source>
        <translation>Tato databáze obsahuje vlastní účetnictví, proto se nemůže stát desktopem partnera %1. Desktop partnera začíná z nové, prázdné databáze.</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>Cannot save the sync state: %1</source>
        <translation>Nelze uložit stav synchronizace: %1</translation>
    </message>
</context>
<context>
    <name>SyncValue</name>
    <message>
        <source>%1 &quot;%2&quot; is not %3</source>
        <translation>%1 „%2“ není %3</translation>
    </message>
    <message>
        <source>0 or 1</source>
        <translation>0 ani 1</translation>
    </message>
    <message>
        <source>an amount in minor units within ±%1</source>
        <translation>částka v nejmenších jednotkách v rozsahu ±%1</translation>
    </message>
    <message>
        <source>an ISO 8601 date and time between 1970 and 9999</source>
        <translation>datum a čas podle ISO 8601 mezi lety 1970 a 9999</translation>
    </message>
    <message>
        <source>a row&apos;s uid</source>
        <translation>uid řádku</translation>
    </message>
    <message>
        <source>a known kind of value</source>
        <translation>známý druh hodnoty</translation>
    </message>
</context>
<context>
    <name>TierStore</name>
    <message>
        <source>Database error: %1</source>
        <translation>Chyba databáze: %1</translation>
    </message>
    <message>
        <source>Only a manager changes a program&apos;s tiers; this is a partner&apos;s desktop.</source>
        <translation>Stupně programu mění jen manažer; toto je počítač partnera.</translation>
    </message>
    <message>
        <source>The program no longer exists.</source>
        <translation>Program už neexistuje.</translation>
    </message>
    <message>
        <source>A tier starts from 1 to 1,000,000 orders in the month, not %1.</source>
        <translation>Počet objednávek v měsíci, od kterého stupeň platí, musí být od 1 do 1 000 000, ne %1.</translation>
    </message>
    <message>
        <source>The tier&apos;s link rate must be from 0 to 100 %.</source>
        <translation>Sazba stupně za odkaz musí být od 0 do 100 %.</translation>
    </message>
    <message>
        <source>The tier&apos;s coupon rate must be from 0 to 100 %.</source>
        <translation>Sazba stupně za kupon musí být od 0 do 100 %.</translation>
    </message>
    <message>
        <source>%1 has a tier from %2 orders already; remove it first.</source>
        <translation>%1 už má stupeň od %2 objednávek; nejprve ho odeberte.</translation>
    </message>
    <message>
        <source>The tier no longer exists.</source>
        <translation>Stupeň už neexistuje.</translation>
    </message>
</context>
<context>
    <name>TransactionDetails</name>
    <message>
        <source>Order %1</source>
        <translation>Objednávka %1</translation>
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
    <message>
        <source>The customer used your coupon code.</source>
        <translation>Zákazník použil váš kupónový kód.</translation>
    </message>
    <message>
        <source>The customer came through your tracked link.</source>
        <translation>Zákazník přišel přes váš sledovaný odkaz.</translation>
    </message>
    <message>
        <source>The customer came through your vanity link.</source>
        <translation>Zákazník přišel přes váš personalizovaný odkaz.</translation>
    </message>
    <message>
        <source>The customer came from your verified website.</source>
        <translation>Zákazník přišel z vašeho ověřeného webu.</translation>
    </message>
    <message>
        <source>The store&apos;s affiliate manager assigned this order to you.</source>
        <translation>Affiliate manažer obchodu vám tuto objednávku přiřadil.</translation>
    </message>
    <message>
        <source>The order was refunded or cancelled; this takes back its commission.</source>
        <translation>Objednávka byla vrácena nebo zrušena; tímto se její provize odebírá.</translation>
    </message>
    <message>
        <source>Placed %1 in %2, %3 counted for commission. %4</source>
        <translation>Vytvořena %1 v programu %2, pro provizi se počítá %3. %4</translation>
    </message>
    <message>
        <source>Placed %1, subtotal %2, %3</source>
        <translation>Vytvořena %1, mezisoučet %2, %3</translation>
    </message>
    <message>
        <source>Winner: %1 (%2), program %3, rule %4, rate %5, commission %6, status %7%8</source>
        <translation>Vítěz: %1 (%2), program %3, pravidlo %4, sazba %5, provize %6, stav %7%8</translation>
    </message>
    <message>
        <source>A customer you brought earlier ordered again.</source>
        <translation>Znovu objednal zákazník, kterého jste přivedli dříve.</translation>
    </message>
    <message>
        <source>Under review: the store checks this order before its commission is approved.</source>
        <translation>V posouzení: obchod tuto objednávku kontroluje, než schválí její provizi.</translation>
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
    <name>ValueRules</name>
    <message>
        <source>%1 contains a control character (%2) at position %L3</source>
        <translation>%1 obsahuje na pozici %L3 řídicí znak (%2)</translation>
    </message>
    <message>
        <source>%1 is %L2 characters long; at most %L3</source>
        <translation>%1 má %L2 znaků; smí mít nejvýše %L3</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 nic neobsahuje</translation>
    </message>
    <message>
        <source>%1 is %L2 characters long; at least %L3</source>
        <translation>%1 má jen %L2 znaků; musí mít alespoň %L3</translation>
    </message>
    <message>
        <source>%1 has nothing but spaces</source>
        <translation>%1 obsahuje jen mezery</translation>
    </message>
    <message>
        <source>%1 %2 is before %3, the earliest time accepted</source>
        <translation>%1 %2 je před %3, nejdřívějším přípustným časem</translation>
    </message>
    <message>
        <source>%1 %2 is after %3, the latest time accepted</source>
        <translation>%1 %2 je po %3, nejpozdějším přípustném čase</translation>
    </message>
    <message>
        <source>%1 %2 is negative</source>
        <translation>%1 %2 je menší než nula</translation>
    </message>
    <message>
        <source>%1 %2 is more than %3, the most an order&apos;s subtotal can be</source>
        <translation>%1 %2 přesahuje %3, nejvyšší možný mezisoučet objednávky</translation>
    </message>
    <message>
        <source>%1 %2 is beyond ±%3, the largest amount accepted</source>
        <translation>%1 %2 je mimo rozsah ±%3, největší přípustné částky</translation>
    </message>
    <message>
        <source>%1 %2 is more than %3, the largest amount accepted</source>
        <translation>%1 %2 přesahuje %3, největší přípustnou částku</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not three capital letters A-Z</source>
        <translation>%1 „%2“ nemá tvar tří velkých písmen A-Z</translation>
    </message>
    <message>
        <source>%1 is %L2 pixels; it must be between 1 and %L3</source>
        <translation>%1 má %L2 pixelů; musí být mezi 1 a %L3</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 chybí</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an ISO 8601 date and time</source>
        <translation>%1 „%2“ není datum a čas podle ISO 8601</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number</source>
        <translation>%1 „%2“ není celé číslo</translation>
    </message>
</context>
<context>
    <name>VisitCommands</name>
    <message>
        <source>Import a visits (clicks) CSV for the report&apos;s conversion; prints a summary, rejected rows go to stderr as FILE:LINE: field: reason. Exit 0: all imported, 2: some rejected, 1: nothing imported.</source>
        <translation>Importuje CSV s návštěvami (prokliky) pro konverzi v přehledu; vypíše souhrn, odmítnuté řádky jdou na stderr jako SOUBOR:ŘÁDEK: pole: důvod. Návratový kód 0: vše importováno, 2: některé řádky odmítnuty, 1: nic neimportováno.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>SOUBOR</translation>
    </message>
    <message>
        <source>The visits CSV (visited_at, landing_url, referrer_url, affiliate_code).</source>
        <translation>CSV s návštěvami (visited_at, landing_url, referrer_url, affiliate_code).</translation>
    </message>
    <message>
        <source>imported %1 visits, already known %2, rejected %3; attributed %4 (link %5, rewrite %6, direct %7), unattributed %8</source>
        <translation>importováno návštěv: %1, již známých %2, odmítnutých %3; přiřazeno %4 (odkaz %5, přesměrování %6, přímý odkaz %7), nepřiřazeno %8</translation>
    </message>
</context>
<context>
    <name>VisitImporter</name>
    <message>
        <source>visited_at is empty</source>
        <translation>visited_at je prázdné</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation>„%1“ není datum a čas podle ISO 8601</translation>
    </message>
    <message>
        <source>landing_url is empty</source>
        <translation>landing_url je prázdné</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL</source>
        <translation>„%1“ není adresa URL http ani https</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL with a host</source>
        <translation>„%1“ není adresa URL s hostitelem</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Nelze otevřít %1: %2</translation>
    </message>
    <message>
        <source>The database is not an SQLite database.</source>
        <translation>Databáze není databází SQLite.</translation>
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
        <source>Cannot prepare the visits statement: %1</source>
        <translation>Nelze připravit příkaz pro návštěvy: %1</translation>
    </message>
    <message>
        <source>the row has %1 fields; the header has %2</source>
        <translation>řádek má %1 polí; záhlaví má %2</translation>
    </message>
    <message>
        <source>%1:%2: cannot save the visit: %3</source>
        <translation>%1:%2: návštěvu nelze uložit: %3</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>návštěvy</translation>
    </message>
</context>
<context>
    <name>WebsiteRules</name>
    <message>
        <source>%1 is an IP address; register the website&apos;s domain name instead.</source>
        <translation>%1 je IP adresa; zaregistrujte místo ní název domény webu.</translation>
    </message>
    <message>
        <source>%1 covers every website under the public suffix %2; register your own domain, e.g. *.example.%2.</source>
        <translation>%1 zahrnuje všechny weby pod veřejnou příponou %2; zaregistrujte vlastní doménu, např. *.example.%2.</translation>
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
        <source>%1 covers the store host %2; a partner&apos;s website cannot include a store.</source>
        <translation>%1 zahrnuje doménu obchodu %2; web partnera nesmí zahrnovat obchod.</translation>
    </message>
    <message>
        <source>%1 is a public suffix: anyone can register names under it, so it is not one owner&apos;s website.</source>
        <translation>%1 je veřejná přípona: názvy pod ní si může registrovat kdokoli, takže to není web jednoho vlastníka.</translation>
    </message>
</context>
<context>
    <name>WhatIf</name>
    <message>
        <source>The period is empty: --to must be after --from.</source>
        <translation>Období je prázdné: --to musí být po --from.</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Nelze zahájit transakci: %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was computed.</source>
        <translation>Zrušeno: nic se nespočítalo.</translation>
    </message>
    <message>
        <source>The program no longer exists.</source>
        <translation>Program už neexistuje.</translation>
    </message>
</context>
<context>
    <name>WhatIfCommand</name>
    <message>
        <source>--tier &quot;%1&quot; is not MIN_ORDERS:LINK_RATE[:COUPON_RATE], e.g. 50:25:12</source>
        <translation>--tier &quot;%1&quot; nemá tvar MIN_ORDERS:LINK_RATE[:COUPON_RATE], např. 50:25:12</translation>
    </message>
    <message>
        <source>--tier &quot;%1&quot;: the minimum number of orders must be 1 to 1000000</source>
        <translation>--tier &quot;%1&quot;: minimální počet objednávek musí být od 1 do 1000000</translation>
    </message>
    <message>
        <source>--tier &quot;%1&quot;: the link rate: %2</source>
        <translation>--tier &quot;%1&quot;: sazba za odkaz: %2</translation>
    </message>
    <message>
        <source>--tier &quot;%1&quot;: the coupon rate: %2</source>
        <translation>--tier &quot;%1&quot;: sazba za kupon: %2</translation>
    </message>
    <message>
        <source>Show what a change of the commission rules would have paid over a past period, per currency, without saving it: a partner&apos;s rate, the program&apos;s tiers or its lifetime days.</source>
        <translation>Ukáže, kolik by změna pravidel provizí vyplatila za uplynulé období (po měnách), aniž by se uložila: sazba partnera, stupně programu nebo doba stálých zákazníků programu.</translation>
    </message>
    <message>
        <source>The program whose rules change.</source>
        <translation>Program, jehož pravidla se mění.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NÁZEV</translation>
    </message>
    <message>
        <source>Only this partner&apos;s commission (and his rate, for the rate flags).</source>
        <translation>Jen provize tohoto partnera (a jeho sazba, u voleb sazeb).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KÓD</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD, UTC).</source>
        <translation>První den období (RRRR-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Last day of the period, included (YYYY-MM-DD, UTC).</source>
        <translation>Poslední den období, včetně (RRRR-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>The partner&apos;s own link rate in percent.</source>
        <translation>Vlastní sazba partnera za odkaz v procentech.</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>PROCENTA</translation>
    </message>
    <message>
        <source>The partner&apos;s own flat amount per link order.</source>
        <translation>Vlastní pevná částka partnera za objednávku z odkazu.</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>ČÁSTKA</translation>
    </message>
    <message>
        <source>The partner&apos;s own coupon rate in percent.</source>
        <translation>Vlastní sazba partnera za kupon v procentech.</translation>
    </message>
    <message>
        <source>The partner&apos;s own flat amount per coupon order.</source>
        <translation>Vlastní pevná částka partnera za objednávku s kuponem.</translation>
    </message>
    <message>
        <source>The day the partner&apos;s rate would start (default: --from).</source>
        <translation>Den, od kterého by sazba partnera platila (výchozí: --from).</translation>
    </message>
    <message>
        <source>A tier of the new tier table, MIN_ORDERS:LINK_RATE[:COUPON_RATE]; repeat it for each tier; &quot;none&quot; tries the program without tiers.</source>
        <translation>Stupeň nové tabulky stupňů, MIN_ORDERS:LINK_RATE[:COUPON_RATE]; opakujte pro každý stupeň; &quot;none&quot; vyzkouší program bez stupňů.</translation>
    </message>
    <message>
        <source>TIER</source>
        <translation>STUPEŇ</translation>
    </message>
    <message>
        <source>The program&apos;s lifetime days (0: off).</source>
        <translation>Doba stálých zákazníků programu ve dnech (0: vypnuto).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DNY</translation>
    </message>
    <message>
        <source>--from must be a date YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--from musí být datum ve tvaru RRRR-MM-DD, nikoli &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--to must be a date YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--to musí být datum ve tvaru RRRR-MM-DD, nikoli &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation>--to (%1) je před --from (%2).</translation>
    </message>
    <message>
        <source>A partner&apos;s rate needs --affiliate.</source>
        <translation>Sazba partnera vyžaduje --affiliate.</translation>
    </message>
    <message>
        <source>--rate-from must be a date YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--rate-from musí být datum ve tvaru RRRR-MM-DD, nikoli &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The partner&apos;s link commission back to the tiers or the program&apos;s.</source>
        <translation>Provize partnera z odkazů zpět na stupně nebo sazbu programu.</translation>
    </message>
    <message>
        <source>The partner&apos;s coupon commission back to the tiers or the program&apos;s.</source>
        <translation>Provize partnera z kuponů zpět na stupně nebo sazbu programu.</translation>
    </message>
    <message>
        <source>Nothing to try: give a rate (--link-rate, --link-amount, --coupon-rate, --coupon-amount, --reset-link, --reset-coupon), --tier or --lifetime-days.</source>
        <translation>Není co zkoušet: zadejte sazbu (--link-rate, --link-amount, --coupon-rate, --coupon-amount, --reset-link, --reset-coupon), --tier nebo --lifetime-days.</translation>
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
    <message>
        <source>Open the database as this partner: only his overview, Partner Package, transactions and balance.</source>
        <translation>Otevřít databázi jako tento partner: jen jeho přehled, Partnerský balíček, transakce a zůstatek.</translation>
    </message>
</context>
</TS>
