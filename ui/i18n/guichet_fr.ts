<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountPanel</name>
    <message>
        <location filename="../account_view.py" line="140"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="141"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="142"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="143"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="144"/>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="145"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="149"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="150"/>
        <source>Still due (credit deducted)</source>
        <translation>Reste dû (avoir déduit)</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="151"/>
        <source>Open bills (select to pay only some)</source>
        <translation>Factures impayées (sélectionnez pour n’en payer que certaines)</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="152"/>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="153"/>
        <source>Consumption</source>
        <translation>Consommation</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="154"/>
        <source>Service points</source>
        <translation>Points de service</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="190"/>
        <source>Credit: {amount}</source>
        <translation>Avoir : {amount}</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="204"/>
        <source>actual reading</source>
        <translation>relevé réel</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="204"/>
        <source>estimated</source>
        <translation>estimé</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="209"/>
        <source>{service} — meter {meter}</source>
        <translation>{service} — compteur {meter}</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../models.py" line="119"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../models.py" line="120"/>
        <source>Name (Arabic)</source>
        <translation>Nom (arabe)</translation>
    </message>
    <message>
        <location filename="../models.py" line="121"/>
        <source>Name (Latin)</source>
        <translation>Nom (latin)</translation>
    </message>
    <message>
        <location filename="../models.py" line="122"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../models.py" line="123"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../models.py" line="124"/>
        <source>Found by</source>
        <translation>Trouvé par</translation>
    </message>
    <message>
        <location filename="../models.py" line="144"/>
        <source>Bill</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../models.py" line="145"/>
        <location filename="../models.py" line="204"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../models.py" line="146"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../models.py" line="147"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../models.py" line="149"/>
        <source>Days overdue</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <location filename="../models.py" line="153"/>
        <location filename="../models.py" line="187"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../models.py" line="154"/>
        <source>Open</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <location filename="../models.py" line="155"/>
        <source>Reading</source>
        <translation>Relevé</translation>
    </message>
    <message>
        <location filename="../models.py" line="177"/>
        <source>estimated</source>
        <translation>estimé</translation>
    </message>
    <message>
        <location filename="../models.py" line="178"/>
        <source>actual</source>
        <translation>réel</translation>
    </message>
    <message>
        <location filename="../models.py" line="185"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../models.py" line="186"/>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../models.py" line="188"/>
        <source>Tender</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../models.py" line="189"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../models.py" line="190"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../models.py" line="191"/>
        <source>Bills</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location filename="../models.py" line="205"/>
        <source>Meter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <location filename="../models.py" line="206"/>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../models.py" line="207"/>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="__init__.py" line="112"/>
        <source>Cannot combine {left} and {right} amounts. Enter the amount in {left}.</source>
        <translation>Impossible de combiner des montants en {left} et en {right}. Saisissez le montant en {left}.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="113"/>
        <source>No amount was entered. Type an amount such as 1250,00.</source>
        <translation>Aucun montant saisi. Tapez un montant, par exemple 1250,00.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="114"/>
        <source>&apos;{text}&apos; is not an amount. Type digits, e.g. 1250,50.</source>
        <translation>« {text} » n’est pas un montant. Tapez des chiffres, par exemple 1250,50.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="115"/>
        <source>Amounts must be positive (&apos;{text}&apos;). Enter the amount received.</source>
        <translation>Le montant doit être positif (« {text} »). Saisissez le montant reçu.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="116"/>
        <source>The amount is zero. Enter the amount received.</source>
        <translation>Le montant est nul. Saisissez le montant reçu.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="117"/>
        <source>&apos;{text}&apos; has more than {decimals} decimals. Round it to the centime.</source>
        <translation>« {text} » a plus de {decimals} décimales. Arrondissez au centime.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="118"/>
        <source>&apos;{text}&apos; is too large. Check the amount and type it again.</source>
        <translation>« {text} » est trop grand. Vérifiez le montant et saisissez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="119"/>
        <source>{amount} is above the maximum of {maximum} for one payment. Split it or ask the branch manager.</source>
        <translation>{amount} dépasse le maximum de {maximum} pour un paiement. Fractionnez-le ou demandez au chef d’agence.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="120"/>
        <source>No account {account_no}. Check the number or search by name.</source>
        <translation>Aucun compte {account_no}. Vérifiez le numéro ou cherchez par nom.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="121"/>
        <source>Account {account_no} is closed: payments are refused. Send the customer to the branch manager.</source>
        <translation>Le compte {account_no} est clôturé : paiements refusés. Orientez le client vers le chef d’agence.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="122"/>
        <source>No bill {bill_no} on account {account_no}. Check the reference on the bill.</source>
        <translation>Pas de facture {bill_no} sur le compte {account_no}. Vérifiez la référence sur la facture.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="123"/>
        <source>Bill {bill_no} is already paid. Remove it from the selection.</source>
        <translation>La facture {bill_no} est déjà payée. Retirez-la de la sélection.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="124"/>
        <source>Bill {bill_no} is listed twice. List each bill once.</source>
        <translation>La facture {bill_no} figure deux fois. Indiquez chaque facture une seule fois.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="125"/>
        <source>{amount} is more than the {due} due, and this agency does not keep credit. Take {due} at most.</source>
        <translation>{amount} dépasse les {due} dus, et cette agence ne garde pas d’avoir. Encaissez {due} au maximum.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="126"/>
        <source>Nothing is due on account {account_no} and this agency does not keep credit. No payment is needed.</source>
        <translation>Rien n’est dû sur le compte {account_no} et cette agence ne garde pas d’avoir. Aucun paiement n’est nécessaire.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="127"/>
        <source>{tendered} tendered is less than the {amount} to pay. Ask for more cash or lower the amount.</source>
        <translation>{tendered} remis, c’est moins que les {amount} à payer. Demandez plus d’espèces ou baissez le montant.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="128"/>
        <source>Unknown tender &apos;{tender}&apos;. Use cash or card.</source>
        <translation>Mode de paiement inconnu « {tender} ». Utilisez espèces ou carte.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="129"/>
        <source>Card: type the last 4 digits only (got &apos;{text}&apos;). Never type the full card number.</source>
        <translation>Carte : tapez seulement les 4 derniers chiffres (reçu « {text} »). Ne saisissez jamais le numéro complet.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="130"/>
        <source>Card: the authorisation code from the terminal slip is missing. Copy it from the slip.</source>
        <translation>Carte : le code d’autorisation du ticket TPE manque. Recopiez-le depuis le ticket.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="131"/>
        <source>Card: authorisation code &apos;{text}&apos; is not valid (2 to 12 letters or digits). Copy it from the slip.</source>
        <translation>Carte : le code d’autorisation « {text} » n’est pas valide (2 à 12 lettres ou chiffres). Recopiez-le depuis le ticket.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="132"/>
        <source>Unknown card scheme &apos;{scheme}&apos;. Use one of: {supported}.</source>
        <translation>Réseau de carte inconnu « {scheme} ». Utilisez l’un de : {supported}.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="133"/>
        <source>&apos;Tendered&apos; only applies to cash. Remove it for a card payment.</source>
        <translation>« Remis » ne concerne que les espèces. Effacez-le pour un paiement par carte.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="134"/>
        <location filename="__init__.py" line="135"/>
        <source>Unknown user or wrong password. Check both and try again.</source>
        <translation>Utilisateur inconnu ou mot de passe erroné. Vérifiez les deux et réessayez.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="136"/>
        <source>User {username} is locked after too many wrong passwords. Ask an administrator.</source>
        <translation>L’utilisateur {username} est bloqué après trop de mots de passe erronés. Demandez à un administrateur.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="137"/>
        <source>User {username} is disabled. Ask an administrator.</source>
        <translation>L’utilisateur {username} est désactivé. Demandez à un administrateur.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="138"/>
        <source>User {username} ({role}) may not {action}. Ask a {needed}.</source>
        <translation>L’utilisateur {username} ({role}) n’a pas le droit : {action}. Demandez à : {needed}.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="139"/>
        <source>No configuration: {what}. Run &apos;guichet init&apos; or the first-run assistant.</source>
        <translation>Configuration absente : {what}. Lancez « guichet init » ou l’assistant de premier démarrage.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="140"/>
        <source>Database {path} has no Guichet schema. Run &apos;guichet init --db {path}&apos; first.</source>
        <translation>La base {path} n’a pas de schéma Guichet. Lancez d’abord « guichet init --db {path} ».</translation>
    </message>
    <message>
        <location filename="__init__.py" line="141"/>
        <source>Database {path} is at an older version. Run &apos;guichet init --db {path}&apos; to upgrade it.</source>
        <translation>La base {path} est dans une ancienne version. Lancez « guichet init --db {path} » pour la mettre à jour.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="142"/>
        <source>Type at least one letter or digit to search.</source>
        <translation>Tapez au moins une lettre ou un chiffre pour chercher.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="143"/>
        <source>{username} has no open cash session on terminal {terminal}. Open one with the counted float first.</source>
        <translation>{username} n’a pas de session de caisse ouverte sur le poste {terminal}. Ouvrez-en une avec le fonds de caisse compté.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="144"/>
        <source>Terminal {terminal} already has an open cash session ({username}). Close it before opening another.</source>
        <translation>Le poste {terminal} a déjà une session de caisse ouverte ({username}). Fermez-la avant d’en ouvrir une autre.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="145"/>
        <source>{value} is not a {currency} note or coin here. Count with the listed denominations.</source>
        <translation>{value} n’est pas un billet ou une pièce en {currency} ici. Comptez avec les valeurs de la liste.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="146"/>
        <source>The count for {value} must be a whole number of 0 or more (got {count}). Count again.</source>
        <translation>Le nombre pour {value} doit être un entier positif ou nul (reçu {count}). Recomptez.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="157"/>
        <source>Unexpected error: {detail}. Try again; if it persists, call support.</source>
        <translation>Erreur inattendue : {detail}. Réessayez ; si elle persiste, appelez le support.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../login.py" line="163"/>
        <source>Screen locked</source>
        <translation>Écran verrouillé</translation>
    </message>
    <message>
        <location filename="../login.py" line="165"/>
        <source>Locked. {name}, type your password to unlock.</source>
        <translation>Verrouillé. {name}, tapez votre mot de passe pour déverrouiller.</translation>
    </message>
    <message>
        <location filename="../login.py" line="174"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../login.py" line="175"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../login.py" line="94"/>
        <source>Guichet — log in</source>
        <translation>Guichet — connexion</translation>
    </message>
    <message>
        <location filename="../login.py" line="95"/>
        <source>Counter log-in</source>
        <translation>Connexion au guichet</translation>
    </message>
    <message>
        <location filename="../login.py" line="96"/>
        <source>&amp;User name</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <location filename="../login.py" line="97"/>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location filename="../login.py" line="98"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../login.py" line="99"/>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../login.py" line="100"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../login.py" line="120"/>
        <source>Type your user name.</source>
        <translation>Tapez votre nom d’utilisateur.</translation>
    </message>
    <message>
        <location filename="../login.py" line="124"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="177"/>
        <source>Guichet — {agency}</source>
        <translation>Guichet — {agency}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="179"/>
        <source>{name} ({role}) · Agency {agency} ({code}) · Terminal {terminal}</source>
        <translation>{name} ({role}) · Agence {agency} ({code}) · Poste {terminal}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="185"/>
        <source>Scan a bill or type an account, meter, phone or name (Ctrl+F)</source>
        <translation>Scannez une facture ou tapez un compte, un compteur, un téléphone ou un nom (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="187"/>
        <source>&amp;Counter</source>
        <translation>&amp;Guichet</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="188"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="189"/>
        <source>&amp;Pay</source>
        <translation>&amp;Encaisser</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="190"/>
        <source>&amp;Lock screen</source>
        <translation>&amp;Verrouiller l’écran</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="191"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="201"/>
        <source>working…</source>
        <translation>traitement…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="256"/>
        <source>Nothing found. Check the number or try a name.</source>
        <translation>Aucun résultat. Vérifiez le numéro ou essayez un nom.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="298"/>
        <source>Open an account first (scan a bill or search).</source>
        <translation>Ouvrez d’abord un compte (scannez une facture ou cherchez).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="313"/>
        <source>Receipt {receipt} · paid {amount} · change {change} · new balance {balance}</source>
        <translation>Reçu {receipt} · payé {amount} · monnaie {change} · nouveau solde {balance}</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../payment_dialog.py" line="80"/>
        <source>Payment — {account}</source>
        <translation>Encaissement — {account}</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="85"/>
        <source>Selected bills: {bills}</source>
        <translation>Factures sélectionnées : {bills}</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="87"/>
        <source>All open bills, oldest first</source>
        <translation>Toutes les factures impayées, la plus ancienne d’abord</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="93"/>
        <source>&amp;Cash</source>
        <translation>&amp;Espèces</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="94"/>
        <source>C&amp;ard</source>
        <translation>&amp;Carte</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="116"/>
        <source>Confirm (Enter)</source>
        <translation>Valider (Entrée)</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="120"/>
        <source>Cancel (Esc)</source>
        <translation>Annuler (Échap)</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="126"/>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="127"/>
        <source>Tender</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="133"/>
        <source>Allocation</source>
        <translation>Imputation</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="150"/>
        <source>exact amount</source>
        <translation>montant exact</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="156"/>
        <source>Add one note to the amount tendered</source>
        <translation>Ajouter un billet au montant remis</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="164"/>
        <source>&amp;Tendered</source>
        <translation>&amp;Remis</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="165"/>
        <source>Quick notes</source>
        <translation>Billets</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="166"/>
        <source>Change</source>
        <translation>Monnaie à rendre</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="184"/>
        <source>Card &amp;scheme</source>
        <translation>Ré&amp;seau</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="185"/>
        <source>&amp;Last 4 digits</source>
        <translation>&amp;4 derniers chiffres</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="186"/>
        <source>Au&amp;thorisation code</source>
        <translation>Code d’au&amp;torisation</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="187"/>
        <source>Terminal &amp;reference</source>
        <translation>Référence &amp;TPE</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="240"/>
        <source>To account credit: {amount}</source>
        <translation>Versé en avoir : {amount}</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="__init__.py" line="164"/>
        <source>clerk</source>
        <translation>guichetier</translation>
    </message>
    <message>
        <location filename="__init__.py" line="165"/>
        <source>manager</source>
        <translation>chef d’agence</translation>
    </message>
    <message>
        <location filename="__init__.py" line="166"/>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <location filename="__init__.py" line="167"/>
        <source>electricity</source>
        <translation>électricité</translation>
    </message>
    <message>
        <location filename="__init__.py" line="168"/>
        <source>gas</source>
        <translation>gaz</translation>
    </message>
    <message>
        <location filename="__init__.py" line="169"/>
        <source>water</source>
        <translation>eau</translation>
    </message>
    <message>
        <location filename="__init__.py" line="170"/>
        <source>sanitation</source>
        <translation>assainissement</translation>
    </message>
    <message>
        <location filename="__init__.py" line="171"/>
        <source>cash</source>
        <translation>espèces</translation>
    </message>
    <message>
        <location filename="__init__.py" line="172"/>
        <source>card</source>
        <translation>carte</translation>
    </message>
    <message>
        <location filename="__init__.py" line="173"/>
        <source>counter</source>
        <translation>guichet</translation>
    </message>
    <message>
        <location filename="__init__.py" line="174"/>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <location filename="__init__.py" line="175"/>
        <source>post office</source>
        <translation>bureau de poste</translation>
    </message>
    <message>
        <location filename="__init__.py" line="176"/>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <location filename="__init__.py" line="177"/>
        <location filename="__init__.py" line="178"/>
        <source>void</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="__init__.py" line="179"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="__init__.py" line="180"/>
        <source>closed</source>
        <translation>clôturé</translation>
    </message>
    <message>
        <location filename="__init__.py" line="181"/>
        <source>monthly</source>
        <translation>mensuelle</translation>
    </message>
    <message>
        <location filename="__init__.py" line="182"/>
        <source>every two months</source>
        <translation>bimestrielle</translation>
    </message>
    <message>
        <location filename="__init__.py" line="183"/>
        <source>quarterly</source>
        <translation>trimestrielle</translation>
    </message>
    <message>
        <location filename="__init__.py" line="184"/>
        <source>residential, individual</source>
        <translation>résidentiel, individuel</translation>
    </message>
    <message>
        <location filename="__init__.py" line="185"/>
        <source>residential, collective</source>
        <translation>résidentiel, collectif</translation>
    </message>
    <message>
        <location filename="__init__.py" line="186"/>
        <source>professional</source>
        <translation>professionnel</translation>
    </message>
    <message>
        <location filename="__init__.py" line="187"/>
        <source>administration</source>
        <translation>administration</translation>
    </message>
    <message>
        <location filename="__init__.py" line="188"/>
        <source>account</source>
        <translation>compte</translation>
    </message>
    <message>
        <location filename="__init__.py" line="189"/>
        <source>bill</source>
        <translation>facture</translation>
    </message>
    <message>
        <location filename="__init__.py" line="190"/>
        <source>meter</source>
        <translation>compteur</translation>
    </message>
    <message>
        <location filename="__init__.py" line="191"/>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location filename="__init__.py" line="192"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
</context>
<context>
    <name>TillDialog</name>
    <message>
        <location filename="../till_dialog.py" line="46"/>
        <location filename="../till_dialog.py" line="65"/>
        <source>Open the till</source>
        <translation>Ouvrir la caisse</translation>
    </message>
    <message>
        <location filename="../till_dialog.py" line="47"/>
        <source>Count the notes and coins in the drawer, then press Enter.</source>
        <translation>Comptez les billets et pièces du tiroir, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <location filename="../till_dialog.py" line="67"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../till_dialog.py" line="85"/>
        <source>Float: {amount}</source>
        <translation>Fonds de caisse : {amount}</translation>
    </message>
</context>
</TS>
