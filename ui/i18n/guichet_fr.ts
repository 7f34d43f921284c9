<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountPanel</name>
    <message>
        <location filename="../account_view.py" line="223"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="224"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="225"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="226"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="227"/>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="228"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="232"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="233"/>
        <source>Still due (credit deducted)</source>
        <translation>Reste dû (avoir déduit)</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="234"/>
        <source>Open bills (select to pay only some)</source>
        <translation>Factures impayées (sélectionnez pour n’en payer que certaines)</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="235"/>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="236"/>
        <source>Consumption</source>
        <translation>Consommation</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="237"/>
        <source>Service points</source>
        <translation>Points de service</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="238"/>
        <source>Statement (PDF)… (Ctrl+P)</source>
        <translation>Relevé (PDF)… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="239"/>
        <source>Void this payment… (Ctrl+Shift+V)</source>
        <translation>Annuler ce paiement… (Ctrl+Maj+V)</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="240"/>
        <source>Correct this payment… (Ctrl+Shift+V)</source>
        <translation>Corriger ce paiement… (Ctrl+Maj+V)</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="242"/>
        <source>Print again (duplicate) (Ctrl+Shift+R)</source>
        <translation>Imprimer à nouveau (duplicata) (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="243"/>
        <source>No-debt certificate (PDF)…</source>
        <translation>Attestation de non-dette (PDF)…</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="244"/>
        <source>Payment certificate (PDF)…</source>
        <translation>Attestation de paiement (PDF)…</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="245"/>
        <source>Explain this bill… (Ctrl+E)</source>
        <translation>Expliquer cette facture… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="248"/>
        <source>Payments of today&apos;s open till are voided; those of a closed till are corrected by a reversing payment.</source>
        <translation>Les paiements de la caisse ouverte du jour s’annulent ; ceux d’une caisse clôturée se corrigent par un paiement inverse.</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="303"/>
        <source>Agency {agency} · account of another agency, open amounts as of {time}</source>
        <translation>Agence {agency} · compte d’une autre agence, montants dus au {time}</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="311"/>
        <source>Found by a look-up of other agencies. This agency&apos;s sync does not refresh it: search other agencies again for the latest amounts.</source>
        <translation>Trouvé par une recherche dans les autres agences. La synchronisation de cette agence ne l’actualise pas : relancez la recherche dans les autres agences pour les derniers montants.</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="323"/>
        <source>Credit: {amount}</source>
        <translation>Avoir : {amount}</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="326"/>
        <source>Including {amount} of regularisation pending for the next bill</source>
        <translation>Dont {amount} de régularisation à facturer sur la prochaine facture</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="337"/>
        <source>Payments held by central: {count}. The bills they paid stay paid at this counter until a manager resolves them under Sync problems: do not ask the customer again.</source>
        <translation>Paiements retenus par le central : {count}. Les factures qu’ils ont payées restent payées à ce guichet jusqu’à ce qu’un responsable les règle dans Problèmes de synchronisation : ne redemandez pas le paiement au client.</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="353"/>
        <source>actual reading</source>
        <translation>relevé réel</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="353"/>
        <source>estimated</source>
        <translation>estimé</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="358"/>
        <source>{service} — meter {meter}</source>
        <translation>{service} — compteur {meter}</translation>
    </message>
</context>
<context>
    <name>AmountPreview</name>
    <message>
        <location filename="../amount_field.py" line="59"/>
        <source>Will be recorded as {amount}</source>
        <translation>Sera enregistré : {amount}</translation>
    </message>
</context>
<context>
    <name>BackOffice</name>
    <message>
        <location filename="../back_office.py" line="92"/>
        <source>&amp;Till</source>
        <translation>C&amp;aisse</translation>
    </message>
    <message>
        <location filename="../back_office.py" line="93"/>
        <source>&amp;Manager</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <location filename="../back_office.py" line="94"/>
        <source>&amp;Open my till…</source>
        <translation>&amp;Ouvrir ma caisse…</translation>
    </message>
    <message>
        <location filename="../back_office.py" line="95"/>
        <source>&amp;Close my till…</source>
        <translation>&amp;Fermer ma caisse…</translation>
    </message>
    <message>
        <location filename="../back_office.py" line="96"/>
        <source>&amp;Void the selected payment…</source>
        <translation>&amp;Annuler le paiement sélectionné…</translation>
    </message>
    <message>
        <location filename="../back_office.py" line="97"/>
        <source>S&amp;tatement (PDF)…</source>
        <translation>R&amp;elevé (PDF)…</translation>
    </message>
    <message>
        <location filename="../back_office.py" line="98"/>
        <source>&amp;Installment plan…</source>
        <translation>Éché&amp;ancier…</translation>
    </message>
    <message>
        <location filename="../back_office.py" line="99"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <location filename="../back_office.py" line="100"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../back_office.py" line="108"/>
        <source>Till open</source>
        <translation>Caisse ouverte</translation>
    </message>
    <message>
        <location filename="../back_office.py" line="113"/>
        <source>Till closed — open it to take payments (Ctrl+Shift+O)</source>
        <translation>Caisse fermée — ouvrez-la pour encaisser (Ctrl+Maj+O)</translation>
    </message>
    <message>
        <location filename="../back_office.py" line="141"/>
        <source>Your till is already open.</source>
        <translation>Votre caisse est déjà ouverte.</translation>
    </message>
    <message>
        <location filename="../back_office.py" line="161"/>
        <source>Your till is already closed.</source>
        <translation>Votre caisse est déjà fermée.</translation>
    </message>
    <message>
        <location filename="../back_office.py" line="175"/>
        <source>Your till is closed: open a new till before taking payments.</source>
        <translation>Votre caisse est fermée : ouvrez une nouvelle caisse avant d’encaisser.</translation>
    </message>
    <message>
        <location filename="../back_office.py" line="187"/>
        <source>Select a counter payment in the payment history first.</source>
        <translation>Sélectionnez d’abord un paiement au guichet dans l’historique.</translation>
    </message>
    <message>
        <location filename="../back_office.py" line="197"/>
        <source>Receipt {receipt} corrected by {correction} · {amount} given back</source>
        <translation>Reçu {receipt} corrigé par {correction} · {amount} rendus</translation>
    </message>
    <message>
        <location filename="../back_office.py" line="200"/>
        <source>Receipt {receipt} voided · {amount} given back</source>
        <translation>Reçu {receipt} annulé · {amount} rendus</translation>
    </message>
    <message>
        <location filename="../back_office.py" line="215"/>
        <location filename="../back_office.py" line="237"/>
        <source>Open an account first (scan a bill or search).</source>
        <translation>Ouvrez d’abord un compte (scannez une facture ou cherchez).</translation>
    </message>
    <message>
        <location filename="../back_office.py" line="249"/>
        <source>Installment plan {reference} created</source>
        <translation>Échéancier {reference} créé</translation>
    </message>
    <message>
        <location filename="../back_office.py" line="256"/>
        <source>Save the agreement</source>
        <translation>Enregistrer l’accord</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../certificate_dialog.py" line="83"/>
        <source>No-debt certificate — {account}</source>
        <translation>Attestation de non-dette — {account}</translation>
    </message>
    <message>
        <location filename="../certificate_dialog.py" line="85"/>
        <source>Payment certificate — {receipt}</source>
        <translation>Attestation de paiement — {receipt}</translation>
    </message>
    <message>
        <location filename="../certificate_dialog.py" line="93"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../certificate_dialog.py" line="96"/>
        <source>Issuing registers the certificate under your name, with its number and verification code.</source>
        <translation>La délivrance enregistre l’attestation à votre nom, avec son numéro et son code de vérification.</translation>
    </message>
    <message>
        <location filename="../certificate_dialog.py" line="106"/>
        <source>Issue and save as PDF…</source>
        <translation>Délivrer et enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../certificate_dialog.py" line="110"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../certificate_dialog.py" line="127"/>
        <source>Save the certificate</source>
        <translation>Enregistrer l’attestation</translation>
    </message>
    <message>
        <location filename="../certificate_dialog.py" line="127"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../certificate_dialog.py" line="136"/>
        <source>Issuing the certificate…</source>
        <translation>Délivrance de l’attestation…</translation>
    </message>
    <message>
        <location filename="../certificate_dialog.py" line="149"/>
        <source>Certificate {number} saved to {path}</source>
        <translation>Attestation {number} enregistrée dans {path}</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../users_dialog.py" line="226"/>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="227"/>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="228"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="229"/>
        <source>Password again</source>
        <translation>Mot de passe (encore)</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="230"/>
        <source>8 characters or more, not only digits, not the user name.</source>
        <translation>8 caractères ou plus, pas seulement des chiffres, pas le nom d’utilisateur.</translation>
    </message>
</context>
<context>
    <name>CloseTillDialog</name>
    <message>
        <location filename="../close_till_dialog.py" line="70"/>
        <source>Close my till</source>
        <translation>Fermer ma caisse</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="74"/>
        <source>Count the notes and coins in the drawer and add up the card slips. The expected amounts are shown only after you confirm the count.</source>
        <translation>Comptez les billets et les pièces du tiroir et additionnez les tickets carte. Les montants attendus ne s’affichent qu’après la confirmation du comptage.</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="79"/>
        <source>Blind count</source>
        <translation>Comptage à l’aveugle</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="87"/>
        <source>Card slips total</source>
        <translation>Total des tickets carte</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="90"/>
        <source>Cash counted</source>
        <translation>Espèces comptées</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="95"/>
        <source>Expected and counted</source>
        <translation>Attendu et compté</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="101"/>
        <source>Why does the count differ? (required)</source>
        <translation>Pourquoi le comptage diffère-t-il ? (obligatoire)</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="103"/>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="113"/>
        <source>Confirm the count</source>
        <translation>Confirmer le comptage</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="119"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="200"/>
        <source>The manager must type their user name and password.</source>
        <translation>Le responsable doit saisir son identifiant et son mot de passe.</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="221"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="236"/>
        <source>The difference is beyond the tolerance: a manager must validate it and write why the count differs.</source>
        <translation>L’écart dépasse la tolérance : un responsable doit le valider et il faut écrire pourquoi le comptage diffère.</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="241"/>
        <source>Validate and close</source>
        <translation>Valider et fermer</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="245"/>
        <source>Till closed. Hand the cash and the card slips to the manager.</source>
        <translation>Caisse fermée. Remettez les espèces et les tickets carte au responsable.</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="247"/>
        <source>Validated by {manager}.</source>
        <translation>Validé par {manager}.</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="251"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="268"/>
        <source>Tender</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="269"/>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="270"/>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="271"/>
        <source>Over / short</source>
        <translation>Excédent / manque</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../models.py" line="125"/>
        <source>agency {code}</source>
        <translation>agence {code}</translation>
    </message>
    <message>
        <location filename="../models.py" line="134"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../models.py" line="135"/>
        <source>Name (Arabic)</source>
        <translation>Nom (arabe)</translation>
    </message>
    <message>
        <location filename="../models.py" line="136"/>
        <source>Name (Latin)</source>
        <translation>Nom (latin)</translation>
    </message>
    <message>
        <location filename="../models.py" line="137"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../models.py" line="138"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../models.py" line="139"/>
        <source>Found by</source>
        <translation>Trouvé par</translation>
    </message>
    <message>
        <location filename="../models.py" line="161"/>
        <source>Bill</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../models.py" line="162"/>
        <location filename="../models.py" line="230"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../models.py" line="163"/>
        <location filename="../tariff_models.py" line="77"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../models.py" line="164"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../models.py" line="166"/>
        <source>Days overdue</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <location filename="../dashboard_models.py" line="31"/>
        <location filename="../dashboard_models.py" line="50"/>
        <location filename="../dashboard_models.py" line="91"/>
        <source>Clerk</source>
        <translation>Guichetier</translation>
    </message>
    <message>
        <location filename="../dashboard_models.py" line="32"/>
        <location filename="../dashboard_models.py" line="92"/>
        <source>Terminal</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../dashboard_models.py" line="33"/>
        <source>Opened</source>
        <translation>Ouverte le</translation>
    </message>
    <message>
        <location filename="../dashboard_models.py" line="34"/>
        <location filename="../dashboard_models.py" line="52"/>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location filename="../dashboard_models.py" line="36"/>
        <source>Expected cash</source>
        <translation>Espèces attendues</translation>
    </message>
    <message>
        <location filename="../dashboard_models.py" line="41"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../dashboard_models.py" line="53"/>
        <location filename="../dashboard_models.py" line="63"/>
        <location filename="../models.py" line="171"/>
        <location filename="../models.py" line="206"/>
        <location filename="../sync_views.py" line="185"/>
        <location filename="../tariff_models.py" line="39"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../dashboard_models.py" line="66"/>
        <source>Clerk → approver</source>
        <translation>Agent → approbateur</translation>
    </message>
    <message>
        <location filename="../dashboard_models.py" line="71"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../dashboard_models.py" line="93"/>
        <source>Cash over/short</source>
        <translation>Espèces : écart</translation>
    </message>
    <message>
        <location filename="../dashboard_models.py" line="94"/>
        <source>Card over/short</source>
        <translation>Carte : écart</translation>
    </message>
    <message>
        <location filename="../dashboard_models.py" line="96"/>
        <source>Validated</source>
        <translation>Validé</translation>
    </message>
    <message>
        <location filename="../dashboard_models.py" line="100"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../dashboard_models.py" line="100"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../dashboard_models.py" line="108"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../models.py" line="173"/>
        <source>Open</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <location filename="../models.py" line="174"/>
        <source>Reading</source>
        <translation>Relevé</translation>
    </message>
    <message>
        <location filename="../models.py" line="196"/>
        <source>estimated</source>
        <translation>estimé</translation>
    </message>
    <message>
        <location filename="../models.py" line="197"/>
        <source>actual</source>
        <translation>réel</translation>
    </message>
    <message>
        <location filename="../models.py" line="204"/>
        <location filename="../sync_views.py" line="179"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../dashboard_models.py" line="62"/>
        <location filename="../models.py" line="205"/>
        <location filename="../sync_views.py" line="182"/>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../dashboard_models.py" line="51"/>
        <location filename="../models.py" line="207"/>
        <source>Tender</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../models.py" line="208"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../models.py" line="209"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../models.py" line="210"/>
        <source>Bills</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location filename="../models.py" line="231"/>
        <source>Meter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <location filename="../models.py" line="232"/>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../models.py" line="233"/>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="180"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../dashboard_models.py" line="64"/>
        <location filename="../sync_views.py" line="187"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="191"/>
        <source>Central&apos;s words</source>
        <translation>Message du serveur central</translation>
    </message>
    <message>
        <location filename="../tariff_models.py" line="33"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../tariff_models.py" line="36"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../tariff_models.py" line="37"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location filename="../tariff_models.py" line="78"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../tariff_models.py" line="80"/>
        <source>Estimated consumption</source>
        <translation>Consommation estimée</translation>
    </message>
    <message>
        <location filename="../tariff_models.py" line="85"/>
        <source>Actual consumption</source>
        <translation>Consommation réelle</translation>
    </message>
    <message>
        <location filename="../tariff_models.py" line="90"/>
        <source>Actual amount</source>
        <translation>Montant réel</translation>
    </message>
    <message>
        <location filename="../tariff_models.py" line="95"/>
        <source>Estimated</source>
        <translation>Estimé</translation>
    </message>
    <message>
        <location filename="../tariff_models.py" line="100"/>
        <source>Already billed</source>
        <translation>Déjà facturé</translation>
    </message>
    <message>
        <location filename="../tariff_models.py" line="105"/>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="49"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="50"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="51"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="52"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="53"/>
        <source>Locked</source>
        <translation>Bloqué</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../contact_dialog.py" line="53"/>
        <source>Contacts — account {account}</source>
        <translation>Coordonnées — compte {account}</translation>
    </message>
    <message>
        <location filename="../contact_dialog.py" line="57"/>
        <source>e.g. 0661 23 45 67 or +212 6 12 34 56 78</source>
        <translation>p. ex. 0661 23 45 67 ou +212 6 12 34 56 78</translation>
    </message>
    <message>
        <location filename="../contact_dialog.py" line="59"/>
        <source>name@domain.tld</source>
        <translation>nom@domaine.tld</translation>
    </message>
    <message>
        <location filename="../contact_dialog.py" line="62"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../contact_dialog.py" line="63"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../contact_dialog.py" line="64"/>
        <source>Post</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../contact_dialog.py" line="68"/>
        <source>Receives e-&amp;bills instead of paper bills</source>
        <translation>Reçoit des &amp;factures électroniques au lieu du papier</translation>
    </message>
    <message>
        <location filename="../contact_dialog.py" line="87"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../contact_dialog.py" line="75"/>
        <source>Save the contacts</source>
        <translation>Enregistrer les coordonnées</translation>
    </message>
    <message>
        <location filename="../contact_dialog.py" line="80"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../contact_dialog.py" line="86"/>
        <source>&amp;Mobile</source>
        <translation>&amp;Mobile</translation>
    </message>
    <message>
        <location filename="../contact_dialog.py" line="88"/>
        <source>Preferred &amp;channel</source>
        <translation>&amp;Canal préféré</translation>
    </message>
    <message>
        <location filename="../contact_dialog.py" line="96"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../contact_dialog.py" line="135"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../contact_dialog.py" line="145"/>
        <source>Contacts saved.</source>
        <translation>Coordonnées enregistrées.</translation>
    </message>
    <message>
        <location filename="../contact_dialog.py" line="145"/>
        <source>Nothing changed.</source>
        <translation>Rien n’a changé.</translation>
    </message>
    <message>
        <location filename="../contact_dialog.py" line="148"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>CounterTools</name>
    <message>
        <location filename="../counter_tools.py" line="84"/>
        <source>T&amp;ools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../counter_tools.py" line="85"/>
        <source>Tariff &amp;simulator…</source>
        <translation>&amp;Simulateur de tarifs…</translation>
    </message>
    <message>
        <location filename="../counter_tools.py" line="86"/>
        <source>&amp;Explain this bill…</source>
        <translation>&amp;Expliquer cette facture…</translation>
    </message>
    <message>
        <location filename="../counter_tools.py" line="87"/>
        <source>Print the selected receipt a&amp;gain</source>
        <translation>Réimprimer le reçu &amp;sélectionné</translation>
    </message>
    <message>
        <location filename="../counter_tools.py" line="88"/>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../counter_tools.py" line="89"/>
        <source>&amp;Change my password…</source>
        <translation>&amp;Changer mon mot de passe…</translation>
    </message>
    <message>
        <location filename="../counter_tools.py" line="90"/>
        <source>Sync &amp;problems…</source>
        <translation>&amp;Problèmes de synchro…</translation>
    </message>
    <message>
        <location filename="../counter_tools.py" line="91"/>
        <source>&amp;Users…</source>
        <translation>&amp;Utilisateurs…</translation>
    </message>
    <message>
        <location filename="../counter_tools.py" line="92"/>
        <source>&amp;Meter reading…</source>
        <translation>Relevé de &amp;compteur…</translation>
    </message>
    <message>
        <location filename="../counter_tools.py" line="93"/>
        <source>Co&amp;ntacts…</source>
        <translation>Coor&amp;données…</translation>
    </message>
    <message>
        <location filename="../counter_tools.py" line="105"/>
        <source>No central server is configured: an administrator sets it in Settings. Payments are kept here meanwhile.</source>
        <translation>Aucun serveur central n’est configuré : un administrateur le règle dans les Paramètres. Les paiements restent ici en attendant.</translation>
    </message>
    <message>
        <location filename="../counter_tools.py" line="140"/>
        <source>Select a bill of the account first (scan it or click it).</source>
        <translation>Sélectionnez d’abord une facture du compte (scannez-la ou cliquez dessus).</translation>
    </message>
    <message>
        <location filename="../counter_tools.py" line="150"/>
        <source>Select a counter payment in the payment history first.</source>
        <translation>Sélectionnez d’abord un paiement au guichet dans l’historique.</translation>
    </message>
    <message>
        <location filename="../counter_tools.py" line="153"/>
        <source>Duplicate of receipt {receipt} sent to the printer.</source>
        <translation>Duplicata du reçu {receipt} envoyé à l’imprimante.</translation>
    </message>
    <message>
        <location filename="../counter_tools.py" line="171"/>
        <location filename="../counter_tools.py" line="180"/>
        <source>Open an account first (scan a bill or search).</source>
        <translation>Ouvrez d’abord un compte (scannez une facture ou cherchez).</translation>
    </message>
    <message>
        <location filename="../counter_tools.py" line="188"/>
        <source>Your password was changed.</source>
        <translation>Votre mot de passe a été changé.</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <location filename="../dashboard.py" line="86"/>
        <source>Manager dashboard</source>
        <translation>Tableau de bord du responsable</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="103"/>
        <source>Open tills</source>
        <translation>Caisses ouvertes</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="104"/>
        <source>Today&apos;s takings by clerk and tender</source>
        <translation>Encaissements du jour par guichetier et moyen de paiement</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="105"/>
        <source>Discrepancies of closed tills</source>
        <translation>Écarts des caisses fermées</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="106"/>
        <source>Outstanding debt by customer category and age</source>
        <translation>Créances par catégorie de client et ancienneté</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="107"/>
        <source>Voided today</source>
        <translation>Annulés aujourd’hui</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="126"/>
        <source>Refresh (F5)</source>
        <translation>Actualiser (F5)</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="129"/>
        <source>Close the day…</source>
        <translation>Clôturer la journée…</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="131"/>
        <source>Save Z report as PDF…</source>
        <translation>Enregistrer le rapport Z en PDF…</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="137"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="166"/>
        <source>Agency {agency} · {day} · day {status} · taken today {taken} · outstanding debt {debt}</source>
        <translation>Agence {agency} · {day} · statut du jour : {status} · encaissé aujourd’hui {taken} · créances {debt}</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="196"/>
        <source>Close the day</source>
        <translation>Clôturer la journée</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="198"/>
        <source>Close the business day now? Nothing more can be recorded for today afterwards.</source>
        <translation>Clôturer la journée maintenant ? Plus rien ne pourra être enregistré pour aujourd’hui ensuite.</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="218"/>
        <source>Z report no. {number} of {day} closed by {manager}.</source>
        <translation>Rapport Z n° {number} du {day}, clôturé par {manager}.</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="221"/>
        <source>Day total {total} in {count} payments · voids {voids} ({void_amount})</source>
        <translation>Total du jour {total} en {count} paiements · annulations {voids} ({void_amount})</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="230"/>
        <source>Grand total {total}</source>
        <translation>Grand total {total}</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="245"/>
        <source>Save the Z report</source>
        <translation>Enregistrer le rapport Z</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="245"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="5"/>
        <source>Cannot combine {left} and {right} amounts. Enter the amount in {left}.</source>
        <translation>Impossible de combiner des montants en {left} et en {right}. Saisissez le montant en {left}.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="6"/>
        <source>No amount was entered. Type an amount such as 1250,00.</source>
        <translation>Aucun montant saisi. Tapez un montant, par exemple 1250,00.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="7"/>
        <source>&apos;{text}&apos; is not an amount. Type digits, e.g. 1250,50.</source>
        <translation>« {text} » n’est pas un montant. Tapez des chiffres, par exemple 1250,50.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="8"/>
        <source>Amounts must be positive (&apos;{text}&apos;). Enter the amount received.</source>
        <translation>Le montant doit être positif (« {text} »). Saisissez le montant reçu.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="9"/>
        <source>The amount is zero. Enter the amount received.</source>
        <translation>Le montant est nul. Saisissez le montant reçu.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="10"/>
        <source>&apos;{text}&apos; has more than {decimals} decimals. Round it to the centime.</source>
        <translation>« {text} » a plus de {decimals} décimales. Arrondissez au centime.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="11"/>
        <source>&apos;{text}&apos; is too large. Check the amount and type it again.</source>
        <translation>« {text} » est trop grand. Vérifiez le montant et saisissez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="16"/>
        <source>{amount} is above the maximum of {maximum} for one payment. Split it or ask the branch manager.</source>
        <translation>{amount} dépasse le maximum de {maximum} pour un paiement. Fractionnez-le ou demandez au chef d’agence.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="17"/>
        <source>No account {account_no}. Check the number or search by name.</source>
        <translation>Aucun compte {account_no}. Vérifiez le numéro ou cherchez par nom.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="18"/>
        <source>Account {account_no} is closed: payments are refused. Send the customer to the branch manager.</source>
        <translation>Le compte {account_no} est clôturé : paiements refusés. Orientez le client vers le chef d’agence.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="19"/>
        <source>No bill {bill_no} on account {account_no}. Check the reference on the bill.</source>
        <translation>Pas de facture {bill_no} sur le compte {account_no}. Vérifiez la référence sur la facture.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="20"/>
        <source>Bill {bill_no} is already paid. Remove it from the selection.</source>
        <translation>La facture {bill_no} est déjà payée. Retirez-la de la sélection.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="21"/>
        <source>Bill {bill_no} is listed twice. List each bill once.</source>
        <translation>La facture {bill_no} figure deux fois. Indiquez chaque facture une seule fois.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="22"/>
        <source>{amount} is more than the {due} due, and this agency does not keep credit. Take {due} at most.</source>
        <translation>{amount} dépasse les {due} dus, et cette agence ne garde pas d’avoir. Encaissez {due} au maximum.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="23"/>
        <source>Nothing is due on account {account_no} and this agency does not keep credit. No payment is needed.</source>
        <translation>Rien n’est dû sur le compte {account_no} et cette agence ne garde pas d’avoir. Aucun paiement n’est nécessaire.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="25"/>
        <source>{tendered} tendered is less than the {amount} to pay. Ask for more cash or lower the amount.</source>
        <translation>{tendered} remis, c’est moins que les {amount} à payer. Demandez plus d’espèces ou baissez le montant.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="26"/>
        <source>Unknown tender &apos;{tender}&apos;. Use cash or card.</source>
        <translation>Mode de paiement inconnu « {tender} ». Utilisez espèces ou carte.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="27"/>
        <source>Card: type the last 4 digits only (got &apos;{text}&apos;). Never type the full card number.</source>
        <translation>Carte : tapez seulement les 4 derniers chiffres (reçu « {text} »). Ne saisissez jamais le numéro complet.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="28"/>
        <source>Card: the authorisation code from the terminal slip is missing. Copy it from the slip.</source>
        <translation>Carte : le code d’autorisation du ticket TPE manque. Recopiez-le depuis le ticket.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="29"/>
        <source>Card: authorisation code &apos;{text}&apos; is not valid (2 to 12 letters or digits). Copy it from the slip.</source>
        <translation>Carte : le code d’autorisation « {text} » n’est pas valide (2 à 12 lettres ou chiffres). Recopiez-le depuis le ticket.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="30"/>
        <source>Unknown card scheme &apos;{scheme}&apos;. Use one of: {supported}.</source>
        <translation>Réseau de carte inconnu « {scheme} ». Utilisez l’un de : {supported}.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="31"/>
        <source>&apos;Tendered&apos; only applies to cash. Remove it for a card payment.</source>
        <translation>« Remis » ne concerne que les espèces. Effacez-le pour un paiement par carte.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="32"/>
        <source>Unknown user or wrong password. Check both and try again.</source>
        <translation>Utilisateur inconnu ou mot de passe erroné. Vérifiez les deux et réessayez.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="33"/>
        <source>User {username} is locked after too many wrong passwords. Ask an administrator.</source>
        <translation>L’utilisateur {username} est bloqué après trop de mots de passe erronés. Demandez à un administrateur.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="34"/>
        <source>User {username} is disabled. Ask an administrator.</source>
        <translation>L’utilisateur {username} est désactivé. Demandez à un administrateur.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="35"/>
        <source>User {username} ({role}) may not {action}. Ask a {needed}.</source>
        <translation>L’utilisateur {username} ({role}) n’a pas le droit : {action}. Demandez à : {needed}.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="36"/>
        <source>No configuration: {what}. Run &apos;guichet init&apos; or the first-run assistant.</source>
        <translation>Configuration absente : {what}. Lancez « guichet init » ou l’assistant de premier démarrage.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="41"/>
        <source>Database {path} has no Guichet schema. Run &apos;guichet init --db {path}&apos; first.</source>
        <translation>La base {path} n’a pas de schéma Guichet. Lancez d’abord « guichet init --db {path} ».</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="42"/>
        <source>Database {path} is at an older version. Run &apos;guichet init --db {path}&apos; to upgrade it.</source>
        <translation>La base {path} est dans une ancienne version. Lancez « guichet init --db {path} » pour la mettre à jour.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="43"/>
        <source>Type at least one letter or digit to search.</source>
        <translation>Tapez au moins une lettre ou un chiffre pour chercher.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="44"/>
        <source>Unknown demo profile &apos;{profile}&apos;. Use dz or ma.</source>
        <translation>Profil de démonstration « {profile} » inconnu. Utilisez dz ou ma.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="45"/>
        <source>Database {path} already holds {count} accounts. Use a new --db path.</source>
        <translation>La base {path} contient déjà {count} comptes. Indiquez un nouveau chemin --db.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="46"/>
        <source>{field}: {problem}</source>
        <translation>{field} : {problem}</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="47"/>
        <source>{username} has no open cash session on terminal {terminal}. Open one with the counted float first.</source>
        <translation>{username} n’a pas de session de caisse ouverte sur le poste {terminal}. Ouvrez-en une avec le fonds de caisse compté.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="48"/>
        <source>Terminal {terminal} already has an open cash session ({username}). Close it before opening another.</source>
        <translation>Le poste {terminal} a déjà une session de caisse ouverte ({username}). Fermez-la avant d’en ouvrir une autre.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="49"/>
        <source>A pickup of {amount} is more than the {available} in the till. Count again and enter a smaller amount.</source>
        <translation>Un prélèvement de {amount} dépasse les {available} présents en caisse. Recomptez et saisissez un montant plus petit.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="53"/>
        <source>No cash session {session}. Check the reference.</source>
        <translation>Aucune session de caisse {session}. Vérifiez la référence.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="62"/>
        <source>Unknown void reason &apos;{reason}&apos;. Use one of: {known}.</source>
        <translation>Motif d’annulation « {reason} » inconnu. Utilisez l’un de : {known}.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="67"/>
        <source>The journal is broken at entry {seq}: {reason}. Keep the database as it is and call the branch manager.</source>
        <translation>Le journal est rompu à l’écriture {seq} : {reason}. Laissez la base telle quelle et appelez le chef d’agence.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="71"/>
        <source>No user {username}. Check the name with &apos;guichet user list&apos;.</source>
        <translation>Aucun utilisateur {username}. Vérifiez le nom avec « guichet user list ».</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="72"/>
        <source>{username} cannot disable their own account. Ask another administrator.</source>
        <translation>{username} ne peut pas désactiver son propre compte. Demandez à un autre administrateur.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="73"/>
        <source>User {username} already exists. Choose another name.</source>
        <translation>L’utilisateur {username} existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="74"/>
        <source>{value} is not a {currency} note or coin here. Count with the listed denominations.</source>
        <translation>{value} n’est pas un billet ou une pièce en {currency} ici. Comptez avec les valeurs de la liste.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="75"/>
        <source>The count for {value} must be a whole number of 0 or more (got {count}). Count again.</source>
        <translation>Le nombre pour {value} doit être un entier positif ou nul (reçu {count}). Recomptez.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="4"/>
        <source>Unknown currency {currency}. Use one of: {supported}.</source>
        <translation>Devise inconnue {currency}. Utilisez l’une de : {supported}.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="50"/>
        <source>The {tender} count differs by {difference} (tolerance {tolerance}). A manager must validate it with a justification.</source>
        <translation>Le comptage {tender} diffère de {difference} (tolérance {tolerance}). Un responsable doit le valider avec une justification.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="51"/>
        <source>Write why the count differs before the manager validates it.</source>
        <translation>Écrivez pourquoi le comptage diffère avant que le responsable ne le valide.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="57"/>
        <source>{username} cannot approve their own request: another manager must type their credentials.</source>
        <translation>{username} ne peut pas approuver sa propre demande : un autre responsable doit saisir ses identifiants.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="54"/>
        <source>The business day {day} is closed: nothing more can be recorded for it. Open a session tomorrow.</source>
        <translation>La journée {day} est clôturée : plus rien ne peut y être enregistré. Ouvrez une session demain.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="55"/>
        <source>The day cannot be closed: sessions still open on {terminals}. Close them first.</source>
        <translation>La journée ne peut pas être clôturée : des caisses sont encore ouvertes sur {terminals}. Fermez-les d’abord.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="56"/>
        <source>No business day {day} to close: no session was opened that day.</source>
        <translation>Aucune journée {day} à clôturer : aucune caisse n’a été ouverte ce jour-là.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="58"/>
        <source>No payment with receipt {receipt_no}. Check the receipt number.</source>
        <translation>Aucun paiement avec le reçu {receipt_no}. Vérifiez le numéro du reçu.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="59"/>
        <source>Receipt {receipt_no} is from {day}: only payments of today&apos;s open session can be voided. Record a correction instead.</source>
        <translation>Le reçu {receipt_no} date du {day} : seuls les paiements de la caisse ouverte aujourd’hui peuvent être annulés. Enregistrez plutôt une correction.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="60"/>
        <source>The cash session of receipt {receipt_no} is closed: it can no longer be voided. Record a correction instead.</source>
        <translation>La caisse du reçu {receipt_no} est fermée : il ne peut plus être annulé. Enregistrez plutôt une correction.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="61"/>
        <source>Receipt {receipt_no} is already voided.</source>
        <translation>Le reçu {receipt_no} est déjà annulé.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="66"/>
        <source>Receipt {receipt_no} put {credit} on the account credit, and only {available} is left. Settle that first with the branch manager.</source>
        <translation>Le reçu {receipt_no} a mis {credit} en avoir sur le compte, et il ne reste que {available}. Réglez d’abord cela avec le chef d’agence.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="70"/>
        <source>That password is too weak: use 8 characters or more, not only digits, not the user name.</source>
        <translation>Ce mot de passe est trop faible : 8 caractères ou plus, pas uniquement des chiffres, pas l’identifiant.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="76"/>
        <source>Unknown tariff &apos;{tariff}&apos;. Use one of: {known}.</source>
        <translation>Tarif « {tariff} » inconnu. Utilisez l’un de : {known}.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="77"/>
        <source>Consumption {quantity} is negative. Check the meter readings: the new index must not be below the previous one.</source>
        <translation>La consommation {quantity} est négative. Vérifiez les relevés : le nouvel index ne doit pas être inférieur au précédent.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="78"/>
        <source>Tariff file {file} is not valid: {problem}. Correct the file or reinstall the tariff data.</source>
        <translation>Le fichier de tarif {file} n’est pas valide : {problem}. Corrigez le fichier ou réinstallez les données tarifaires.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="79"/>
        <source>No receipt {receipt_no}. Check the number printed on the receipt or find the payment on the account.</source>
        <translation>Aucun reçu {receipt_no}. Vérifiez le numéro imprimé sur le reçu ou retrouvez le paiement sur le compte.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="81"/>
        <source>Printer width {width} is not supported. Use 384, 512 or 576 dots.</source>
        <translation>La largeur d’imprimante {width} n’est pas prise en charge. Utilisez 384, 512 ou 576 points.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="82"/>
        <source>Printer {printer} does not answer ({detail}). Check that it is switched on and connected, then retry: the receipt stays in the print queue.</source>
        <translation>L’imprimante {printer} ne répond pas ({detail}). Vérifiez qu’elle est allumée et connectée, puis réessayez : le reçu reste dans la file d’impression.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="83"/>
        <source>Printer {printer} did not answer within {seconds} s. Check the cable or network and that the printer is not busy, then retry: the receipt stays in the print queue.</source>
        <translation>L’imprimante {printer} n’a pas répondu en {seconds} s. Vérifiez le câble ou le réseau et que l’imprimante n’est pas occupée, puis réessayez : le reçu reste dans la file d’impression.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="84"/>
        <source>Printer {printer} is out of paper. Load a new roll and close the cover, then retry: the receipt stays in the print queue.</source>
        <translation>L’imprimante {printer} n’a plus de papier. Mettez un nouveau rouleau et fermez le capot, puis réessayez : le reçu reste dans la file d’impression.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="85"/>
        <source>Printer {printer} reports an error or an open cover. Close the cover and clear any paper jam, then retry: the receipt stays in the print queue.</source>
        <translation>L’imprimante {printer} signale une erreur ou un capot ouvert. Fermez le capot et retirez tout bourrage papier, puis réessayez : le reçu reste dans la file d’impression.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="86"/>
        <source>Printer {printer} was disconnected while printing ({detail}). Reconnect it and retry; check the printed receipt, and reprint it if it is incomplete.</source>
        <translation>L’imprimante {printer} a été déconnectée pendant l’impression ({detail}). Reconnectez-la et réessayez ; vérifiez le reçu imprimé et réimprimez-le s’il est incomplet.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="87"/>
        <source>Printing to {printer} needs {package}, which is not installed. Install it (pip install {package}) or choose another printer connection.</source>
        <translation>L’impression sur {printer} nécessite {package}, qui n’est pas installé. Installez-le (pip install {package}) ou choisissez un autre mode de connexion de l’imprimante.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="88"/>
        <source>Printer {printer} refused the job: {detail}. Check the printer and its settings, then retry.</source>
        <translation>L’imprimante {printer} a refusé le travail : {detail}. Vérifiez l’imprimante et ses réglages, puis réessayez.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="89"/>
        <source>Printing on {printer} was interrupted (the program stopped while printing). Check whether the receipt came out; retry the job if it did not.</source>
        <translation>L’impression sur {printer} a été interrompue (le programme s’est arrêté pendant l’impression). Vérifiez si le reçu est sorti ; sinon, relancez le travail.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="90"/>
        <source>No print job {job}. Refresh the print queue and pick a job from it.</source>
        <translation>Aucun travail d’impression {job}. Actualisez la file d’impression et choisissez-y un travail.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="91"/>
        <source>Print job {job} has already been printed. Use reprint to print a duplicate.</source>
        <translation>Le travail d’impression {job} a déjà été imprimé. Utilisez la réimpression pour imprimer un duplicata.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="92"/>
        <source>No receipt printer is configured for this terminal. Set one in the settings (printer_uri) or pass --printer URI.</source>
        <translation>Aucune imprimante de reçus n’est configurée pour ce poste. Définissez-en une dans les réglages (printer_uri) ou passez --printer URI.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="93"/>
        <source>The period starts on {date_from}, after it ends on {date_to}. Swap the two dates.</source>
        <translation>La période commence le {date_from}, après sa fin le {date_to}. Inversez les deux dates.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="94"/>
        <source>{field} &apos;{text}&apos; is not a date. Type it as YYYY-MM-DD, e.g. 2024-03-31.</source>
        <translation>{field} : « {text} » n’est pas une date. Saisissez-la au format AAAA-MM-JJ, par exemple 2024-03-31.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="98"/>
        <source>Receipt {receipt_no} was voided: no payment certificate can be issued for it. Check the receipt number, or issue the certificate of the payment that replaced it.</source>
        <translation>Le reçu {receipt_no} a été annulé : aucune attestation de paiement ne peut être délivrée pour lui. Vérifiez le numéro du reçu, ou délivrez l’attestation du paiement qui l’a remplacé.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="99"/>
        <source>Account {account_no} still owes {due} in all, with {count} open bill(s): {bills}. A no-debt certificate is issued only when nothing is due: take the payment first.</source>
        <oldsource>Account {account_no} still owes {due} on {count} bill(s): {bills}. A no-debt certificate is issued only when nothing is due: take the payment first.</oldsource>
        <translation>Le compte {account_no} doit encore {due} au total, dont {count} facture(s) ouverte(s) : {bills}. L’attestation de non-dette n’est délivrée que si rien n’est dû : encaissez d’abord le paiement.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="100"/>
        <source>Cannot write the PDF to {path} ({problem}). Choose a file in a folder that exists and that you may write to.</source>
        <translation>Impossible d’écrire le PDF dans {path} ({problem}). Choisissez un fichier dans un dossier existant où vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="80"/>
        <source>Printer address &apos;{uri}&apos; is not valid: {problem}. Use tcp://HOST:9100, usb://VID:PID, serial:///dev/ttyUSB0?baudrate=19200, cups://QUEUE, win://NAME or file:///PATH.</source>
        <translation>L’adresse d’imprimante « {uri} » n’est pas valide : {problem}. Utilisez tcp://HÔTE:9100, usb://VID:PID, serial:///dev/ttyUSB0?baudrate=19200, cups://FILE, win://NOM ou file:///CHEMIN.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="12"/>
        <source>&apos;{text}&apos; could be {small} or {large}: type {large_typed} or {small}, as meant.</source>
        <translation>&apos;{text}&apos; peut vouloir dire {small} ou {large} : tapez {large_typed} ou {small}, selon le montant voulu.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="13"/>
        <source>&apos;{text}&apos; could be {large}, or {small} which has more than {decimals} decimals. Type {large_typed} for {large}.</source>
        <translation>&apos;{text}&apos; peut vouloir dire {large}, ou {small} qui a plus de {decimals} décimales. Tapez {large_typed} pour {large}.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="14"/>
        <source>&apos;{text}&apos; is not grouped by three digits (1 234 567,50). Check the amount and type it again, or without grouping (1234567,50).</source>
        <translation>&apos;{text}&apos; n&apos;est pas groupé par trois chiffres (1 234 567,50). Vérifiez le montant et retapez-le, ou sans groupement (1234567,50).</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="15"/>
        <source>&apos;{text}&apos; is in another currency ({found}): this terminal takes {currency} only. Type the amount in {currency}.</source>
        <translation>&apos;{text}&apos; est dans une autre monnaie ({found}) : ce guichet n&apos;accepte que {currency}. Tapez le montant en {currency}.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="24"/>
        <source>{credit} of the {amount} would be left as account credit (more than {threshold}). Check the amount; if it is meant, tick the confirmation box.</source>
        <translation>{credit} sur les {amount} resteraient en avoir sur le compte (plus de {threshold}). Vérifiez le montant ; s&apos;il est voulu, cochez la case de confirmation.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="37"/>
        <source>{path} is the database itself: {option} must name another file, or every payment in it would be lost.</source>
        <translation>{path} est la base de données elle-même : {option} doit désigner un autre fichier, sinon tous les paiements qu&apos;elle contient seraient perdus.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="38"/>
        <source>Cannot use the file {path} ({problem}). Check the name (not too long, no forbidden characters), that its folder exists and that you may use it, then retry.</source>
        <translation>Impossible d’utiliser le fichier {path} ({problem}). Vérifiez le nom (pas trop long, sans caractères interdits), que son dossier existe et que vous pouvez l’utiliser, puis réessayez.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="39"/>
        <source>The setting {key} is &apos;{value}&apos;, not {expected}. Ask an administrator to correct it in the terminal settings.</source>
        <translation>Le paramètre {key} vaut « {value} », ce n’est pas {expected}. Demandez à un administrateur de le corriger dans les paramètres du poste.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="40"/>
        <source>The set-up was refused: {problems}. Correct these and run it again.</source>
        <translation>La configuration a été refusée : {problems}. Corrigez ces points et recommencez.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="63"/>
        <source>The till of receipt {receipt_no} is still open: void the payment instead of correcting it.</source>
        <translation>La caisse du reçu {receipt_no} est encore ouverte : annulez le paiement au lieu de le corriger.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="64"/>
        <source>Receipt {receipt_no} has already been corrected. Look for its correction in the payment history.</source>
        <translation>Le reçu {receipt_no} a déjà été corrigé. Retrouvez sa correction dans l’historique des paiements.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="65"/>
        <source>Receipt {receipt_no} is itself a correction and cannot be corrected. Take a new payment instead.</source>
        <translation>Le reçu {receipt_no} est lui-même une correction et ne peut pas être corrigé. Encaissez un nouveau paiement.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="68"/>
        <source>The journal audit found {count} problem(s), the first: {first}. Keep the database as it is and call the branch manager.</source>
        <translation>L’audit du journal a trouvé {count} problème(s), le premier : {first}. Laissez la base telle quelle et appelez le chef d’agence.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="69"/>
        <source>The journal could not be compared with what central acknowledged ({problem}). Check the network and run the audit again, or add --local to check this file alone.</source>
        <translation>Le journal n’a pas pu être comparé à ce que le central a accusé réception ({problem}). Vérifiez le réseau et relancez l’audit, ou ajoutez --local pour vérifier ce fichier seul.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="121"/>
        <source>The central audit needs an administrator login that may read every agency&apos;s rows (a superuser, or a role with BYPASSRLS); &apos;{user}&apos; may not. Use the administrator address of &apos;guichet central init&apos;.</source>
        <translation>L’audit central demande un compte administrateur qui peut lire les lignes de toutes les agences (superutilisateur, ou rôle avec BYPASSRLS) ; « {user} » ne le peut pas. Utilisez l’adresse administrateur de « guichet central init ».</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="95"/>
        <source>{day} is too far in the past or the future for this. Check the date (YYYY-MM-DD).</source>
        <translation>{day} est trop loin dans le passé ou l’avenir pour cela. Vérifiez la date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="97"/>
        <source>Account {account_no} still owes {due}: a regularisation debit of {pending} (meter {meter_no}, {period_start} to {period_end}) is decided and waits for the next bill. A no-debt certificate is issued only when nothing is due: take {due} as an advance payment, or wait for the bill and take its payment.</source>
        <translation>Le compte {account_no} doit encore {due} : une régularisation de {pending} (compteur {meter_no}, du {period_start} au {period_end}) est décidée et attend la prochaine facture. L’attestation de non-dette n’est délivrée que si rien n’est dû : encaissez {due} en avance, ou attendez la facture et encaissez-la.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="96"/>
        <source>{field} looks like a full card number (ending {last4}): nothing was saved. Type only the last 4 digits of a card, never the whole number.</source>
        <translation>{field} ressemble à un numéro de carte complet (se terminant par {last4}) : rien n’a été enregistré. Saisissez seulement les 4 derniers chiffres d’une carte, jamais le numéro entier.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="101"/>
        <source>The business day {day} is closed (Z {z_number}) but its report could not be written to {path} ({problem}). The totals are stored: reprint the report with &apos;guichet z-report --day {day} --report FILE.pdf&apos;.</source>
        <translation>La journée {day} est clôturée (Z n° {z_number}) mais son rapport n’a pas pu être écrit dans {path} ({problem}). Les totaux sont enregistrés : réimprimez le rapport avec « guichet z-report --day {day} --report FICHIER.pdf ».</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="102"/>
        <source>The business day {day} is still open: it has no Z report yet. Close it first with &apos;guichet close-day --user MANAGER --day {day} --report FILE.pdf&apos;.</source>
        <translation>La journée {day} est encore ouverte : elle n’a pas encore de rapport Z. Clôturez-la d’abord avec « guichet close-day --user RESPONSABLE --day {day} --report FICHIER.pdf ».</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="103"/>
        <source>No business day {day} for agency {agency}: no cash session was opened that day. Check the date (YYYY-MM-DD).</source>
        <translation>Aucune journée {day} pour l’agence {agency} : aucune caisse n’a été ouverte ce jour-là. Vérifiez la date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="104"/>
        <source>The central database cannot be reached ({problem}). Keep working: payments wait in the queue and are sent when the network is back.</source>
        <translation>La base centrale est injoignable ({problem}). Continuez à travailler : les paiements attendent dans la file et partiront au retour du réseau.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="105"/>
        <source>The central database is busy ({problem}). Nothing was lost: sync again in a minute.</source>
        <translation>La base centrale est occupée ({problem}). Rien n’est perdu : relancez la synchronisation dans une minute.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="106"/>
        <source>Synchronisation stopped ({problem}). Nothing was lost: payments stay in the queue. Tell support if it repeats.</source>
        <translation>La synchronisation s’est arrêtée ({problem}). Rien n’est perdu : les paiements restent dans la file. Prévenez le support si cela se répète.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="107"/>
        <source>The central login &apos;{user}&apos; is not an agency login. Use the connection settings printed by &apos;guichet central add-agency&apos;.</source>
        <translation>L’identifiant central « {user} » n’est pas celui d’une agence. Utilisez les paramètres de connexion affichés par « guichet central add-agency ».</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="109"/>
        <source>Say in a note (at least {minimum} characters) what was done about this item: customer refunded, duplicate confirmed with support... The note is kept in the journal.</source>
        <translation>Indiquez dans une note (au moins {minimum} caractères) ce qui a été fait pour cet élément : client remboursé, doublon confirmé avec le support… La note est gardée au journal.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="110"/>
        <source>Sync problem {item} is not in the list any more. Close and reopen the list.</source>
        <translation>Le problème de synchro {item} n’est plus dans la liste. Fermez puis rouvrez la liste.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="111"/>
        <source>Sync problem {item} was already dealt with by {username} at {at}: nothing to do.</source>
        <translation>Le problème de synchro {item} a déjà été traité par {username} le {at} : rien à faire.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="112"/>
        <source>Sync problem {item} is a row central sent that failed its checks: there is nothing to send again. Ask head office to correct it (it then applies by itself), or mark it handled with a note.</source>
        <translation>Le problème de synchronisation {item} est une ligne envoyée par le central qui n’a pas passé les contrôles : il n’y a rien à renvoyer. Demandez à la direction de la corriger (elle s’applique alors d’elle-même), ou marquez-le comme traité avec une note.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="108"/>
        <source>This terminal belongs to agency {local}, but the central login is agency {remote}&apos;s. Use this agency&apos;s connection settings; nothing was sent.</source>
        <translation>Ce poste appartient à l’agence {local}, mais l’identifiant central est celui de l’agence {remote}. Utilisez les paramètres de connexion de cette agence ; rien n’a été envoyé.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="52"/>
        <source>{username}, this is your own till: close it with Close my till, counting it yourself.</source>
        <translation>{username}, c’est votre propre caisse : fermez-la avec « Fermer ma caisse » en la comptant vous-même.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="113"/>
        <source>No central database address. Pass --url or set $GUICHET_CENTRAL_URL.</source>
        <translation>Aucune adresse de base centrale. Passez --url ou définissez $GUICHET_CENTRAL_URL.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="114"/>
        <source>&apos;{url}&apos; is not a PostgreSQL address. Use postgresql://USER@HOST:5432/DATABASE.</source>
        <translation>« {url} » n’est pas une adresse PostgreSQL. Utilisez postgresql://UTILISATEUR@HÔTE:5432/BASE.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="115"/>
        <source>The central database {url} has no Guichet schema. Run &apos;guichet central init --url ...&apos; first.</source>
        <translation>La base centrale {url} n’a pas de schéma Guichet. Lancez d’abord « guichet central init --url ... ».</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="116"/>
        <source>Agency {code} already exists. Use --new-password to give it a new password.</source>
        <translation>L’agence {code} existe déjà. Utilisez --new-password pour lui donner un nouveau mot de passe.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="117"/>
        <source>Cannot use the central database {url} ({problem}). Check the address, that PostgreSQL runs and that this login may connect.</source>
        <translation>Impossible d’utiliser la base centrale {url} ({problem}). Vérifiez l’adresse, que PostgreSQL tourne et que cet identifiant peut se connecter.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="118"/>
        <source>Agency {code} is not registered centrally. Add it with &apos;guichet central add-agency {code}&apos;.</source>
        <translation>L&apos;agence {code} n&apos;est pas enregistrée au central. Ajoutez-la avec &apos;guichet central add-agency {code}&apos;.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="119"/>
        <source>&apos;{currency}&apos; is not a currency code: use three capital letters, e.g. DZD or MAD.</source>
        <translation>&apos;{currency}&apos; n&apos;est pas un code de devise : utilisez trois lettres majuscules, par exemple DZD ou MAD.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="120"/>
        <source>The largest payment must be above zero (got {amount}).</source>
        <translation>Le paiement le plus élevé doit être supérieur à zéro (reçu {amount}).</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="122"/>
        <source>&apos;{code}&apos; is not an agency code: use 1 to 16 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>« {code} » n’est pas un code d’agence : utilisez de 1 à 16 lettres, chiffres, « - » ou « _ ».</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="123"/>
        <source>{path} already exists: a credentials file is never overwritten. Choose a new file name.</source>
        <translation>{path} existe déjà : un fichier d’identifiants n’est jamais remplacé. Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="124"/>
        <source>Cannot create the credentials file {path} ({problem}). Choose a folder that exists and that you may write to.</source>
        <translation>Impossible de créer le fichier d’identifiants {path} ({problem}). Choisissez un dossier qui existe et où vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="125"/>
        <source>No credentials file {path}. Copy there the file written by &apos;guichet central add-agency --save&apos;, or correct the path.</source>
        <translation>Aucun fichier d’identifiants {path}. Copiez-y le fichier écrit par « guichet central add-agency --save », ou corrigez le chemin.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="126"/>
        <source>The credentials file {path} may be read or changed by other users (mode {mode}). Make it private with &apos;chmod 600 {path}&apos; (owned by this user), then retry.</source>
        <translation>Le fichier d’identifiants {path} peut être lu ou modifié par d’autres utilisateurs (mode {mode}). Rendez-le privé avec « chmod 600 {path} » (propriétaire : cet utilisateur), puis réessayez.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="127"/>
        <source>{path} is not a Guichet credentials file ({problem}). Write it again with &apos;guichet central add-agency --save FILE&apos;.</source>
        <translation>{path} n’est pas un fichier d’identifiants Guichet ({problem}). Écrivez-le à nouveau avec « guichet central add-agency --save FICHIER ».</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="128"/>
        <source>The credentials file {path} is for {user}, but the central address logs in as {url_user}. Use this agency&apos;s file and address.</source>
        <translation>Le fichier d’identifiants {path} est celui de {user}, mais l’adresse centrale se connecte en tant que {url_user}. Utilisez le fichier et l’adresse de cette agence.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="129"/>
        <source>The central server cannot be reached ({problem}): look-up of other agencies&apos; accounts needs the network. Try again when it is back; this agency&apos;s own accounts can still be paid.</source>
        <translation>Le serveur central est injoignable ({problem}) : la recherche des comptes des autres agences a besoin du réseau. Réessayez quand il sera revenu ; les comptes de cette agence restent payables.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="130"/>
        <source>&apos;{query}&apos; is not an account, bill or meter number. Other agencies&apos; accounts are looked up by their exact number only: type the whole number from the bill or the meter.</source>
        <translation>« {query} » n’est pas un numéro de compte, de facture ou de compteur. Les comptes des autres agences ne se recherchent que par leur numéro exact : tapez le numéro complet de la facture ou du compteur.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="131"/>
        <source>No account, bill or meter {query} in any agency. Check the number on the bill or the meter.</source>
        <translation>Aucun compte, aucune facture ni aucun compteur {query} dans aucune agence. Vérifiez le numéro sur la facture ou le compteur.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="132"/>
        <source>Too many look-ups of other agencies&apos; accounts in the last minute. Wait a minute, then try again.</source>
        <translation>Trop de recherches dans les comptes des autres agences depuis une minute. Attendez une minute, puis réessayez.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="133"/>
        <source>No central server is configured, so other agencies&apos; accounts cannot be looked up. An administrator sets its address in the settings (central_url).</source>
        <translation>Aucun serveur central n’est configuré : les comptes des autres agences ne peuvent pas être recherchés. Un administrateur règle son adresse dans les paramètres (central_url).</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="134"/>
        <source>Central&apos;s data for {query} failed the checks of this counter (a date, an amount or a currency it cannot use): nothing was imported. The manager sees why under Sync problems; ask head office to correct it.</source>
        <translation>Les données du central pour {query} n’ont pas passé les contrôles de ce guichet (une date, un montant ou une devise inutilisable) : rien n’a été importé. Le responsable en voit la raison dans Problèmes de synchronisation ; demandez à la direction de les corriger.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="135"/>
        <source>Tariff {tariff} has no version in force on {day} (versions: {valid}). Check the date, or install the tariff file for that period.</source>
        <translation>Le tarif {tariff} n’a pas de version en vigueur le {day} (versions : {valid}). Vérifiez la date, ou installez le fichier de tarif de cette période.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="136"/>
        <source>The span covers {periods} billing period(s) ({months}) but {given} estimated amount(s) were given. Give one amount per period, 0 for a period not billed.</source>
        <translation>La période couvre {periods} période(s) de facturation ({months}) mais {given} montant(s) estimé(s) ont été saisis. Donnez un montant par période, 0 pour une période non facturée.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="137"/>
        <source>No meter {meter_no}. Check the number on the meter or search the account.</source>
        <translation>Aucun compteur {meter_no}. Vérifiez le numéro sur le compteur ou recherchez le compte.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="138"/>
        <source>The reading date {day} is in the future. Type the day the meter was read.</source>
        <translation>La date de relevé {day} est dans le futur. Saisissez le jour où le compteur a été relevé.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="139"/>
        <source>Index {index} is below the previous index {previous} ({day}). Check the meter again; if the meter was replaced or its register restarted at zero, record it as such.</source>
        <translation>L’index {index} est inférieur à l’index précédent {previous} ({day}). Vérifiez de nouveau le compteur ; s’il a été remplacé ou si son totalisateur est repassé à zéro, enregistrez-le comme tel.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="140"/>
        <source>Index {index} is not below the previous index {previous}: this is not a roll-over. Record it as a normal reading.</source>
        <translation>L’index {index} n’est pas inférieur à l’index précédent {previous} : ce n’est pas un passage à zéro. Enregistrez-le comme un relevé normal.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="141"/>
        <source>A reading is either a meter replacement or a roll-over, not both. Choose one.</source>
        <translation>Un relevé est soit un remplacement de compteur, soit un passage à zéro, pas les deux. Choisissez l’un des deux.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="142"/>
        <source>Meter {meter_no} already has index {index} on {day}. To replace it, record the reading again as a correction.</source>
        <translation>Le compteur {meter_no} a déjà l’index {index} le {day}. Pour le remplacer, enregistrez de nouveau le relevé comme correction.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="143"/>
        <source>Meter {meter_no} has no reading on {day} to correct. Record it as a new reading.</source>
        <translation>Le compteur {meter_no} n’a pas de relevé le {day} à corriger. Enregistrez-le comme un nouveau relevé.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="144"/>
        <source>The reading date {day} is before the last reading ({last}). Type the date the meter was read, or correct the last reading instead.</source>
        <translation>La date de relevé {day} est antérieure au dernier relevé ({last}). Saisissez la date à laquelle le compteur a été relevé, ou corrigez plutôt le dernier relevé.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="145"/>
        <source>A consumption of {consumption} in {days} days is more than {factor} times the usual {usual}. Check the index with the customer, then confirm the unusual consumption.</source>
        <translation>Une consommation de {consumption} en {days} jours dépasse {factor} fois la consommation habituelle de {usual}. Vérifiez l’index avec le client, puis confirmez la consommation inhabituelle.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="146"/>
        <source>The setting {key} is &apos;{value}&apos;, not a number of 1 or more. Ask an administrator to set it, e.g. 3.</source>
        <translation>Le réglage {key} vaut « {value} », ce n’est pas un nombre supérieur ou égal à 1. Demandez à un administrateur de le régler, par exemple à 3.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="147"/>
        <source>&apos;{text}&apos; is not a mobile number. Type 10 digits (05, 06 or 07 in Algeria; 06 or 07 in Morocco) or the international form +213... / +212....</source>
        <translation>« {text} » n’est pas un numéro de mobile. Tapez 10 chiffres (05, 06 ou 07 en Algérie ; 06 ou 07 au Maroc) ou la forme internationale +213... / +212...</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="148"/>
        <source>&apos;{text}&apos; is not an e-mail address. Type it as name@domain.tld.</source>
        <translation>« {text} » n’est pas une adresse e-mail. Saisissez-la sous la forme nom@domaine.tld.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="149"/>
        <source>Unknown channel &apos;{channel}&apos;. Use one of: {known}.</source>
        <translation>Canal « {channel} » inconnu. Utilisez l’un de : {known}.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="150"/>
        <source>Channel {channel} needs {needed}. Enter it first, or choose another channel.</source>
        <translation>Le canal {channel} nécessite {needed}. Saisissez-le d’abord, ou choisissez un autre canal.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="151"/>
        <source>An e-bill needs the SMS or e-mail channel. Choose one of them, or keep paper bills.</source>
        <translation>La facture électronique nécessite le canal SMS ou e-mail. Choisissez-en un, ou gardez les factures papier.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="152"/>
        <source>Unknown notification &apos;{kind}&apos;. Use one of: {known}.</source>
        <translation>Notification « {kind} » inconnue. Utilisez l’une de : {known}.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="153"/>
        <source>Customers of category {category} are not offered installment plans. Only a branch manager can approve an exception.</source>
        <translation>Les clients de la catégorie {category} n’ont pas droit à un échéancier. Seul le chef d’agence peut approuver une exception.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="154"/>
        <source>Account {account_no} already has an active plan {reference}. Renegotiate that plan instead of adding a second one.</source>
        <translation>Le compte {account_no} a déjà un échéancier actif ({reference}). Renégociez cet échéancier au lieu d’en ajouter un second.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="155"/>
        <source>Account {account_no} broke plan {reference} on {date} (within {days} days): a branch manager must approve a new plan.</source>
        <translation>Le compte {account_no} a rompu l’échéancier {reference} le {date} (il y a moins de {days} jours) : le chef d’agence doit approuver tout nouvel échéancier.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="156"/>
        <source>Bill {bill_no} is not overdue yet (due {due_date}): only overdue bills go into a plan. Leave it out, or ask a manager to approve.</source>
        <translation>La facture {bill_no} n’est pas encore en retard (échéance le {due_date}) : seules les factures en retard entrent dans un échéancier. Retirez-la, ou demandez l’accord du chef d’agence.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="157"/>
        <source>The down payment {down} is below the minimum of {minimum} ({percent}% of {total}). Ask for more, or ask a manager to approve.</source>
        <translation>L’apport initial {down} est inférieur au minimum de {minimum} ({percent} % de {total}). Demandez davantage, ou demandez l’accord du chef d’agence.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="158"/>
        <source>{count} installments are more than the {maximum} allowed. Choose {maximum} or fewer, or ask a manager to approve.</source>
        <translation>{count} échéances, c’est plus que les {maximum} autorisées. Choisissez {maximum} échéances ou moins, ou demandez l’accord du chef d’agence.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="159"/>
        <source>Installments of {amount} are below the minimum of {minimum}. Choose fewer installments, or ask a manager to approve.</source>
        <translation>Des échéances de {amount} sont inférieures au minimum de {minimum}. Choisissez moins d’échéances, ou demandez l’accord du chef d’agence.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="160"/>
        <source>The installment policy for {category} is not valid: {problem}. Correct the plan_policy setting.</source>
        <translation>La politique d’échéancier pour {category} n’est pas valide : {problem}. Corrigez le réglage plan_policy.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="166"/>
        <source>{count} is not a number of installments. Give 1 or more.</source>
        <translation>{count} n’est pas un nombre d’échéances. Indiquez 1 ou plus.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="208"/>
        <source>use one of {choices}</source>
        <translation>choisissez parmi : {choices}</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="209"/>
        <source>a name and a password of 4+ characters</source>
        <translation>il faut un nom et un mot de passe d’au moins 4 caractères</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="210"/>
        <source>unknown time zone &apos;{name}&apos;; use an IANA name such as Africa/Algiers.</source>
        <translation>fuseau horaire « {name} » inconnu ; utilisez un nom IANA comme Africa/Algiers.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="211"/>
        <source>use pickup or topup</source>
        <translation>choisissez un prélèvement ou un approvisionnement</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="212"/>
        <source>say why the cash moves</source>
        <translation>indiquez pourquoi l’argent est déplacé</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="213"/>
        <source>this database is already configured</source>
        <translation>cette base de données est déjà configurée</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="214"/>
        <source>describe the reason for &apos;other&apos;</source>
        <translation>décrivez le motif quand vous choisissez « autre »</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="215"/>
        <source>type the terminal reference from the slip (32 characters at most)</source>
        <translation>saisissez la référence TPE du ticket (32 caractères au plus)</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="216"/>
        <source>use self or actual</source>
        <translation>choisissez un relevé du client ou un relevé réel</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="217"/>
        <source>an index is 0 or more</source>
        <translation>un index vaut 0 ou plus</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="218"/>
        <source>{value} is too large for a meter register</source>
        <translation>{value} est trop grand pour un index de compteur</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="219"/>
        <source>the plan_policy setting is not JSON</source>
        <translation>le paramètre plan_policy n’est pas du JSON</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="220"/>
        <source>the plan_policy setting must be a JSON object</source>
        <translation>le paramètre plan_policy doit être un objet JSON</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="221"/>
        <source>text that is not UTF-8: {detail}</source>
        <translation>texte qui n’est pas en UTF-8 : {detail}</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="222"/>
        <source>the folder {folder} is read-only</source>
        <translation>le dossier {folder} est en lecture seule</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="223"/>
        <source>not an SQLite database file</source>
        <translation>ce n’est pas un fichier de base SQLite</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="224"/>
        <source>the file is read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="225"/>
        <source>give a file name</source>
        <translation>indiquez un nom de fichier</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="226"/>
        <source>the folder does not exist</source>
        <translation>le dossier n’existe pas</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="227"/>
        <source>the folder {folder} does not exist</source>
        <translation>le dossier {folder} n’existe pas</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="228"/>
        <source>cannot write in {folder}</source>
        <translation>impossible d’écrire dans {folder}</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="229"/>
        <source>the user or password holds a line break</source>
        <translation>l’utilisateur ou le mot de passe contient un saut de ligne</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="230"/>
        <source>not a file</source>
        <translation>ce n’est pas un fichier</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="231"/>
        <source>the file is too large</source>
        <translation>le fichier est trop volumineux</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="232"/>
        <source>it is not UTF-8 text</source>
        <translation>ce n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="233"/>
        <source>a line is not user=... or password=...</source>
        <translation>une ligne n’est ni user=... ni password=...</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="234"/>
        <source>no password line</source>
        <translation>aucune ligne de mot de passe</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="235"/>
        <source>use 1 or more</source>
        <translation>indiquez 1 ou plus</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="236"/>
        <source>log in first</source>
        <translation>connectez-vous d’abord</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="237"/>
        <source>no agency {agency} in the central database</source>
        <translation>aucune agence {agency} dans la base centrale</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="238"/>
        <source>at most {limit} characters; shorten it</source>
        <translation>{limit} caractères au plus ; raccourcissez-le</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="239"/>
        <source>use minor units separated by commas</source>
        <translation>indiquez des centimes séparés par des virgules</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="240"/>
        <source>values must be positive</source>
        <translation>les valeurs doivent être positives</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="241"/>
        <source>not UTF-8 text</source>
        <translation>ce n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="242"/>
        <source>values are nested too deeply</source>
        <translation>les valeurs sont imbriquées trop profondément</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="243"/>
        <source>TOML syntax: {detail}</source>
        <translation>syntaxe TOML : {detail}</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="244"/>
        <source>its validity dates overlap those of &apos;{other}&apos; (same family &apos;{family}&apos;)</source>
        <translation>ses dates de validité chevauchent celles de « {other} » (même famille « {family} »)</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="245"/>
        <source>unknown key &apos;{key}&apos;</source>
        <translation>clé « {key} » inconnue</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="246"/>
        <source>&apos;{key}&apos; must be true/false</source>
        <translation>« {key} » doit valoir true ou false</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="247"/>
        <source>&apos;{key}&apos; must be a whole number</source>
        <translation>« {key} » doit être un nombre entier</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="248"/>
        <source>&apos;{key}&apos; must not be negative</source>
        <translation>« {key} » ne doit pas être négatif</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="249"/>
        <source>frequency_months, max_installments and rounding_minor must be 1 or more</source>
        <translation>frequency_months, max_installments et rounding_minor doivent valoir 1 ou plus</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="250"/>
        <source>ceiling_installments must be between max_installments ({low}) and {high}</source>
        <translation>ceiling_installments doit être compris entre max_installments ({low}) et {high}</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="251"/>
        <source>use a number of rows from 8 to 4096, e.g. 256 or 960.</source>
        <translation>indiquez un nombre de lignes de 8 à 4096, par exemple 256 ou 960.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="252"/>
        <source>&apos;{text}&apos; is not a whole number.</source>
        <translation>« {text} » n’est pas un nombre entier.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="253"/>
        <source>&apos;{text}&apos; is not one of {choices}.</source>
        <translation>« {text} » ne fait pas partie de : {choices}.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="254"/>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="255"/>
        <source>the folder {folder} is not writable</source>
        <translation>le dossier {folder} n’est pas accessible en écriture</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="161"/>
        <source>{count} installments is more than any plan may have ({maximum}), even with a manager&apos;s approval. Give {maximum} installments or fewer.</source>
        <translation>{count} échéances, c&apos;est plus qu&apos;aucun échéancier ne peut en avoir ({maximum}), même avec l&apos;accord d&apos;un responsable. Indiquez {maximum} échéances ou moins.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="162"/>
        <source>Installments of {installment} would take {count} installments, more than any plan may have ({maximum}), even with a manager&apos;s approval. Give an installment of at least {minimum}.</source>
        <translation>Des échéances de {installment} demanderaient {count} échéances, plus qu&apos;aucun échéancier ne peut en avoir ({maximum}), même avec l&apos;accord d&apos;un responsable. Indiquez une échéance d&apos;au moins {minimum}.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="163"/>
        <source>{financed} is split into {count} installments of {regular}, rounded down to a multiple of {unit}; the last one, {last}, takes the remainder.</source>
        <translation>{financed} est réparti en {count} échéances de {regular}, arrondies à l&apos;inférieur à un multiple de {unit} ; la dernière, {last}, prend le reste.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="164"/>
        <source>{financed} is paid in installments of {regular} as agreed; the last one, {last}, is what remains.</source>
        <translation>{financed} est payé en échéances de {regular} comme convenu ; la dernière, {last}, est le reste.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="165"/>
        <source>One installment of {amount}: nothing is rounded.</source>
        <translation>Une seule échéance de {amount} : aucun arrondi.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="167"/>
        <source>Give either a number of installments or a target installment amount: one of the two, not both.</source>
        <translation>Indiquez soit un nombre d’échéances, soit un montant d’échéance visé : l’un des deux, pas les deux.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="168"/>
        <source>{financed} cannot be split into {count} installments. Choose fewer installments.</source>
        <translation>{financed} ne peut pas être réparti en {count} échéances. Choisissez moins d’échéances.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="169"/>
        <source>Account {account_no} has no overdue bill to put in a plan. Nothing needs a calendar: take an ordinary payment.</source>
        <translation>Le compte {account_no} n’a aucune facture en retard à mettre dans un échéancier. Aucun échéancier n’est nécessaire : encaissez un paiement ordinaire.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="170"/>
        <source>Bill {bill_no} is not an open bill of account {account_no}. Choose among the account&apos;s open bills.</source>
        <translation>La facture {bill_no} n’est pas une facture impayée du compte {account_no}. Choisissez parmi les factures impayées du compte.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="171"/>
        <source>The down payment {down} covers the whole {total} of the plan. No plan is needed: take it as an ordinary payment.</source>
        <translation>L’apport initial {down} couvre la totalité des {total} de l’échéancier. Aucun échéancier n’est nécessaire : encaissez-le comme un paiement ordinaire.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="172"/>
        <source>Account {account_no} has no active installment plan. Create one with &apos;guichet plan create&apos;.</source>
        <translation>Le compte {account_no} n’a pas d’échéancier actif. Créez-en un avec « guichet plan create ».</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="173"/>
        <source>No installment plan {reference}. Check the reference printed on the agreement.</source>
        <translation>Aucun échéancier {reference}. Vérifiez la référence imprimée sur l’accord.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="174"/>
        <source>The plan cannot be created: {violations} No approval can lift this.</source>
        <translation>L’échéancier ne peut pas être créé : {violations} Aucune approbation ne peut lever ce blocage.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="175"/>
        <source>The plan breaks {count} rule(s): {violations} Change the terms, or have another manager approve it with a reason.</source>
        <translation>L’échéancier enfreint {count} règle(s) : {violations} Modifiez les conditions, ou faites-le approuver par un autre responsable, avec un motif.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="176"/>
        <source>Plan {reference} was created, but its agreement could not be written to {path} ({problem}). Print it again with &apos;guichet plan agreement {reference} --out FILE.pdf&apos;.</source>
        <translation>L’échéancier {reference} a été créé, mais son accord n’a pas pu être écrit dans {path} ({problem}). Imprimez-le de nouveau avec « guichet plan agreement {reference} --out FICHIER.pdf ».</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="177"/>
        <source>Write why the manager approves this: the reason is kept with the plan.</source>
        <translation>Écrivez pourquoi le responsable approuve : le motif est conservé avec l’échéancier.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="178"/>
        <source>The database {path} cannot be used ({problem}). Check that the disk is not full, the file is writable and no other program holds it, then retry.</source>
        <translation>La base {path} est inutilisable ({problem}). Vérifiez que le disque n’est pas plein, que le fichier est accessible en écriture et qu’aucun autre programme ne le bloque, puis réessayez.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="179"/>
        <source>The database {path} is busy: another program kept it locked for more than {seconds} s. Finish or close the other Guichet window or command, then retry; nothing was written.</source>
        <translation>La base {path} est occupée : un autre programme l’a verrouillée plus de {seconds} s. Terminez ou fermez l’autre fenêtre ou commande Guichet, puis réessayez ; rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="180"/>
        <source>The disk holding {path} is full: nothing was written. Free some space (or move the database to a larger disk), then retry.</source>
        <translation>Le disque qui contient {path} est plein : rien n’a été écrit. Libérez de l’espace (ou déplacez la base sur un disque plus grand), puis réessayez.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="181"/>
        <source>The database {path} cannot be written ({problem}): nothing was recorded. Make the file and its folder writable for this user (and the disk not read-only), then retry.</source>
        <translation>Impossible d’écrire dans la base {path} ({problem}) : rien n’a été enregistré. Rendez le fichier et son dossier accessibles en écriture pour cet utilisateur (et le disque non protégé en écriture), puis réessayez.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="182"/>
        <source>The database {path} is damaged ({problem}). Stop using it and keep the file; restore the last backup with &apos;guichet restore --from BACKUP --db {path}&apos;.</source>
        <translation>La base {path} est endommagée ({problem}). Cessez de l’utiliser et conservez le fichier ; restaurez la dernière sauvegarde avec « guichet restore --from SAUVEGARDE --db {path} ».</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="183"/>
        <source>The disk holding {path} reported an error ({problem}): nothing was written. Check that the disk is not full or failing, then retry and take a backup.</source>
        <translation>Le disque qui contient {path} a signalé une erreur ({problem}) : rien n’a été écrit. Vérifiez que le disque n’est ni plein ni défaillant, puis réessayez et faites une sauvegarde.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="184"/>
        <source>The database {path} is open in another Guichet window or command. Close it, then run the restore again; nothing was changed.</source>
        <translation>La base {path} est ouverte dans une autre fenêtre ou commande Guichet. Fermez-la, puis relancez la restauration ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="185"/>
        <source>{path} is a folder, not a database file: nothing was written. Give the database file itself (for example {path}/guichet.db) with --db or $GUICHET_DB.</source>
        <translation>{path} est un dossier, pas un fichier de base de données : rien n’a été écrit. Indiquez le fichier de la base lui-même (par exemple {path}/guichet.db) avec --db ou $GUICHET_DB.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="186"/>
        <source>{path} is {kind}, not a database file: nothing was read or written. Give a database file with --db or $GUICHET_DB.</source>
        <translation>{path} est {kind}, pas un fichier de base de données : rien n’a été lu ni écrit. Indiquez un fichier de base de données avec --db ou $GUICHET_DB.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="187"/>
        <source>The argument {name} (&apos;{shown}&apos;) is not UTF-8 text. Type it again in UTF-8 (check the terminal&apos;s encoding); nothing was done.</source>
        <translation>L’argument {name} (« {shown} ») n’est pas du texte UTF-8. Saisissez-le de nouveau en UTF-8 (vérifiez l’encodage du terminal) ; rien n’a été fait.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="188"/>
        <source>The environment variable {name} is not UTF-8 text. Set it again in UTF-8; nothing was done.</source>
        <translation>La variable d’environnement {name} n’est pas du texte UTF-8. Définissez-la de nouveau en UTF-8 ; rien n’a été fait.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="189"/>
        <source>{path} already exists. Choose a new file name, or add --force to replace it.</source>
        <translation>{path} existe déjà. Choisissez un nouveau nom de fichier, ou ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="190"/>
        <source>{path} is the database itself: a backup must be another file. Choose another file.</source>
        <translation>{path} est la base elle-même : une sauvegarde doit être un autre fichier. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="191"/>
        <source>Cannot write the backup to {path} ({problem}). Nothing was left half-written: choose a folder that exists, has room and that you may write to.</source>
        <translation>Impossible d’écrire la sauvegarde dans {path} ({problem}). Rien n’est resté à moitié écrit : choisissez un dossier existant, avec de la place, où vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="192"/>
        <source>No backup file {path}. Check the name and the folder.</source>
        <translation>Aucun fichier de sauvegarde {path}. Vérifiez le nom et le dossier.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="193"/>
        <source>{path} is not a Guichet backup (not an SQLite file). Nothing was restored: choose a file written by &apos;guichet backup&apos;.</source>
        <translation>{path} n’est pas une sauvegarde Guichet (ce n’est pas un fichier SQLite). Rien n’a été restauré : choisissez un fichier écrit par « guichet backup ».</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="194"/>
        <source>{path} is an SQLite file but not a Guichet database. Nothing was restored: choose a file written by &apos;guichet backup&apos;.</source>
        <translation>{path} est un fichier SQLite mais pas une base Guichet. Rien n’a été restauré : choisissez un fichier écrit par « guichet backup ».</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="195"/>
        <source>The backup {path} is damaged ({problem}). Nothing was restored: choose an older backup.</source>
        <translation>La sauvegarde {path} est endommagée ({problem}). Rien n’a été restauré : choisissez une sauvegarde plus ancienne.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="196"/>
        <source>The backup {path} comes from a newer version of Guichet (schema {revision}). Nothing was restored: install that version first.</source>
        <translation>La sauvegarde {path} provient d’une version plus récente de Guichet (schéma {revision}). Rien n’a été restauré : installez d’abord cette version.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="197"/>
        <source>The journal in the backup {path} is broken at entry {seq}: {reason}. Nothing was restored: choose another backup and call the branch manager.</source>
        <translation>Le journal de la sauvegarde {path} est rompu à l’écriture {seq} : {reason}. Rien n’a été restauré : choisissez une autre sauvegarde et appelez le chef d’agence.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="198"/>
        <source>The restore could not finish ({problem}). The database {path} was left as it was; check the disk and retry.</source>
        <translation>La restauration n’a pas pu aboutir ({problem}). La base {path} est restée telle quelle ; vérifiez le disque et réessayez.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="199"/>
        <source>Required: fill in this field.</source>
        <translation>Obligatoire : remplissez ce champ.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="200"/>
        <source>Too long: {limit} characters at most.</source>
        <translation>Trop long : {limit} caractères au plus.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="201"/>
        <source>&apos;{text}&apos; is not a valid code: use letters, digits, - or _ only, without spaces.</source>
        <translation>« {text} » n’est pas un code valide : lettres, chiffres, - ou _ seulement, sans espace.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="202"/>
        <source>&apos;{text}&apos; is not a central database address such as postgresql://agency_2401@central.example.dz/guichet.</source>
        <translation>« {text} » n’est pas une adresse de base centrale comme postgresql://agency_2401@central.example.dz/guichet.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="203"/>
        <source>Do not type the password in the address: it would be kept in every backup. Put it in a credentials file and name that file below.</source>
        <translation>Ne tapez pas le mot de passe dans l’adresse : il serait gardé dans chaque sauvegarde. Mettez-le dans un fichier d’identifiants et indiquez ce fichier ci-dessous.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="204"/>
        <source>The currency cannot be changed once amounts are recorded.</source>
        <translation>La devise ne peut plus changer une fois des montants enregistrés.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="205"/>
        <source>A till is open on this terminal: close it before changing the agency or terminal code.</source>
        <translation>Une caisse est ouverte sur ce poste : fermez-la avant de changer le code d’agence ou de poste.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="206"/>
        <source>&apos;{uri}&apos; is not a printer address. Use tcp://HOST:9100, usb://VID:PID, serial:///dev/ttyUSB0, cups://QUEUE, win://NAME or file:///PATH.</source>
        <translation>« {uri} » n’est pas une adresse d’imprimante. Utilisez tcp://HÔTE:9100, usb://VID:PID, serial:///dev/ttyUSB0, cups://FILE, win://NOM ou file:///CHEMIN.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="207"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Les deux mots de passe diffèrent. Saisissez deux fois le même.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="182"/>
        <source>Unexpected error: {detail}. Try again; if it persists, call support.</source>
        <translation>Erreur inattendue : {detail}. Réessayez ; si elle persiste, appelez le support.</translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <location filename="../explain_dialog.py" line="92"/>
        <source>Explain bill {bill}</source>
        <translation>Explication de la facture {bill}</translation>
    </message>
    <message>
        <location filename="../explain_dialog.py" line="93"/>
        <source>How the bill was priced</source>
        <translation>Comment la facture a été calculée</translation>
    </message>
    <message>
        <location filename="../explain_dialog.py" line="110"/>
        <source>Bill {bill} · meter {meter} · {start} – {end} · {quantity} · {amount}</source>
        <translation>Facture {bill} · compteur {meter} · {start} – {end} · {quantity} · {amount}</translation>
    </message>
    <message>
        <location filename="../explain_dialog.py" line="121"/>
        <source>Estimated bill: no meter reading for this period. The consumption is estimated from the same period of the previous years; it will be regularised, month by month, when the meter is read.</source>
        <translation>Facture estimée : aucun relevé du compteur pour cette période. La consommation est estimée d’après la même période des années précédentes ; elle sera régularisée, mois par mois, au prochain relevé.</translation>
    </message>
    <message>
        <location filename="../explain_dialog.py" line="127"/>
        <source>Estimated bill, since regularised with an actual reading (below).</source>
        <translation>Facture estimée, régularisée depuis avec un relevé réel (ci-dessous).</translation>
    </message>
    <message>
        <location filename="../explain_dialog.py" line="130"/>
        <source>Bill based on an actual meter reading.</source>
        <translation>Facture établie sur un relevé réel du compteur.</translation>
    </message>
    <message>
        <location filename="../explain_dialog.py" line="150"/>
        <source>Regularisation of {start} – {end} ({status})</source>
        <translation>Régularisation du {start} au {end} ({status})</translation>
    </message>
    <message>
        <location filename="../explain_dialog.py" line="154"/>
        <source>replaced by a corrected reading</source>
        <translation>remplacée par un relevé corrigé</translation>
    </message>
    <message>
        <location filename="../explain_dialog.py" line="159"/>
        <source>{quantity} measured since the last actual reading, split over the months by their number of days; each month is priced at its own tariff tiers.</source>
        <translation>{quantity} mesurés depuis le dernier relevé réel, répartis sur les mois selon leur nombre de jours ; chaque mois est facturé selon ses propres tranches.</translation>
    </message>
    <message>
        <location filename="../explain_dialog.py" line="173"/>
        <source>Actual {actual} · estimated {estimated} · already billed {billed}</source>
        <translation>Réel {actual} · estimé {estimated} · déjà facturé {billed}</translation>
    </message>
    <message>
        <location filename="../explain_dialog.py" line="187"/>
        <source>{quantity} after the last estimated bill go to the next bill.</source>
        <translation>{quantity} après la dernière facture estimée iront sur la prochaine facture.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="233"/>
        <source>Guichet — first start</source>
        <translation>Guichet — premier démarrage</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="236"/>
        <source>This database has no configuration yet. Describe this counter and create the administrator account; everything can be changed later in the settings.</source>
        <translation>Cette base n’est pas encore configurée. Décrivez ce guichet et créez le compte administrateur ; tout pourra être modifié ensuite dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="245"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="246"/>
        <source>Agency code</source>
        <translation>Code agence</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="247"/>
        <source>Agency name</source>
        <translation>Nom de l’agence</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="248"/>
        <source>Terminal</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="249"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="250"/>
        <source>Default language</source>
        <translation>Langue par défaut</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="251"/>
        <source>Administrator user name</source>
        <translation>Identifiant de l’administrateur</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="252"/>
        <source>Administrator full name</source>
        <translation>Nom complet de l’administrateur</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="253"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="254"/>
        <source>Password again</source>
        <translation>Mot de passe (confirmation)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="277"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="278"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="307"/>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Rien n’a été enregistré : corrigez les champs signalés en rouge.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../login.py" line="175"/>
        <source>Screen locked</source>
        <translation>Écran verrouillé</translation>
    </message>
    <message>
        <location filename="../login.py" line="177"/>
        <source>Locked. {name}, type your password to unlock.</source>
        <translation>Verrouillé. {name}, tapez votre mot de passe pour déverrouiller.</translation>
    </message>
    <message>
        <location filename="../login.py" line="189"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../login.py" line="192"/>
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
        <location filename="../login.py" line="121"/>
        <source>Type your user name.</source>
        <translation>Tapez votre nom d’utilisateur.</translation>
    </message>
    <message>
        <location filename="../login.py" line="125"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="294"/>
        <source>Guichet — {agency}</source>
        <translation>Guichet — {agency}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="297"/>
        <source>{name} ({role}) · {agency} ({code}) · Terminal {terminal}</source>
        <translation>{name} ({role}) · {agency} ({code}) · Poste {terminal}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="306"/>
        <source>Scan a bill or type an account, meter, phone or name (Ctrl+F)</source>
        <translation>Scannez une facture ou tapez un compte, un compteur, un téléphone ou un nom (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="308"/>
        <source>&amp;Counter</source>
        <translation>&amp;Guichet</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="309"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="310"/>
        <source>Search &amp;other agencies</source>
        <translation>Chercher dans les &amp;autres agences</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="311"/>
        <source>&amp;Pay</source>
        <translation>&amp;Encaisser</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="312"/>
        <source>P&amp;rint the receipt again</source>
        <translation>&amp;Réimprimer le reçu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="313"/>
        <source>&amp;Lock screen</source>
        <translation>&amp;Verrouiller l’écran</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="314"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="387"/>
        <source>Nothing found. Check the number or try a name.</source>
        <translation>Aucun résultat. Vérifiez le numéro ou essayez un nom.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="404"/>
        <source>Type or scan an exact account, bill or meter number first: other agencies&apos; accounts are never searched by name.</source>
        <translation>Tapez ou scannez d’abord un numéro exact de compte, de facture ou de compteur : les comptes des autres agences ne sont jamais recherchés par nom.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="446"/>
        <source>Open an account first (scan a bill or search).</source>
        <translation>Ouvrez d’abord un compte (scannez une facture ou cherchez).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="470"/>
        <source>Receipt {receipt} · paid {amount} · change {change} · new balance {balance}</source>
        <translation>Reçu {receipt} · payé {amount} · monnaie {change} · nouveau solde {balance}</translation>
    </message>
</context>
<context>
    <name>ManagerCredentials</name>
    <message>
        <location filename="../approval.py" line="46"/>
        <source>Manager approval (the manager types their own credentials)</source>
        <translation>Accord du responsable (il saisit lui-même ses identifiants)</translation>
    </message>
    <message>
        <location filename="../approval.py" line="47"/>
        <source>Manager user name</source>
        <translation>Identifiant du responsable</translation>
    </message>
    <message>
        <location filename="../approval.py" line="48"/>
        <source>Manager password</source>
        <translation>Mot de passe du responsable</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../users_dialog.py" line="137"/>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="139"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="140"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="141"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="142"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="143"/>
        <source>First password</source>
        <translation>Premier mot de passe</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="144"/>
        <source>Password again</source>
        <translation>Mot de passe (encore)</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="147"/>
        <source>8 characters or more, not only digits, not the user name.</source>
        <translation>8 caractères ou plus, pas seulement des chiffres, pas le nom d’utilisateur.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../operations.py" line="31"/>
        <source>Searching</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../operations.py" line="32"/>
        <source>Loading the account</source>
        <translation>Chargement du compte</translation>
    </message>
    <message>
        <location filename="../operations.py" line="33"/>
        <source>Saving the contacts</source>
        <translation>Enregistrement des coordonnées</translation>
    </message>
    <message>
        <location filename="../operations.py" line="34"/>
        <source>Loading the contacts</source>
        <translation>Chargement des coordonnées</translation>
    </message>
    <message>
        <location filename="../operations.py" line="35"/>
        <source>Recording the payment</source>
        <translation>Enregistrement du paiement</translation>
    </message>
    <message>
        <location filename="../operations.py" line="36"/>
        <source>Allocating the payment</source>
        <translation>Répartition du paiement</translation>
    </message>
    <message>
        <location filename="../operations.py" line="37"/>
        <source>Voiding the payment</source>
        <translation>Annulation du paiement</translation>
    </message>
    <message>
        <location filename="../operations.py" line="38"/>
        <source>Correcting the payment</source>
        <translation>Correction du paiement</translation>
    </message>
    <message>
        <location filename="../operations.py" line="39"/>
        <source>Creating the installment plan</source>
        <translation>Création de l’échéancier</translation>
    </message>
    <message>
        <location filename="../operations.py" line="40"/>
        <source>Writing the agreement</source>
        <translation>Rédaction de l’accord</translation>
    </message>
    <message>
        <location filename="../operations.py" line="41"/>
        <source>Computing the installment plan</source>
        <translation>Calcul de l’échéancier</translation>
    </message>
    <message>
        <location filename="../operations.py" line="42"/>
        <source>Recording the meter reading</source>
        <translation>Enregistrement du relevé de compteur</translation>
    </message>
    <message>
        <location filename="../operations.py" line="43"/>
        <source>Opening the till</source>
        <translation>Ouverture de la caisse</translation>
    </message>
    <message>
        <location filename="../operations.py" line="44"/>
        <source>Closing the till</source>
        <translation>Fermeture de la caisse</translation>
    </message>
    <message>
        <location filename="../operations.py" line="45"/>
        <source>Checking the till</source>
        <translation>Vérification de la caisse</translation>
    </message>
    <message>
        <location filename="../operations.py" line="46"/>
        <source>Writing the statement</source>
        <translation>Préparation du relevé</translation>
    </message>
    <message>
        <location filename="../operations.py" line="47"/>
        <source>Writing the certificate</source>
        <translation>Préparation de l’attestation</translation>
    </message>
    <message>
        <location filename="../operations.py" line="48"/>
        <source>Closing the day</source>
        <translation>Clôture de la journée</translation>
    </message>
    <message>
        <location filename="../operations.py" line="49"/>
        <source>Writing the Z report</source>
        <translation>Préparation du rapport Z</translation>
    </message>
    <message>
        <location filename="../operations.py" line="50"/>
        <source>Loading the dashboard</source>
        <translation>Chargement du tableau de bord</translation>
    </message>
    <message>
        <location filename="../operations.py" line="51"/>
        <location filename="../operations.py" line="52"/>
        <source>Saving the settings</source>
        <translation>Enregistrement des paramètres</translation>
    </message>
    <message>
        <location filename="../operations.py" line="53"/>
        <source>Loading the settings</source>
        <translation>Chargement des paramètres</translation>
    </message>
    <message>
        <location filename="../operations.py" line="54"/>
        <source>Loading the users</source>
        <translation>Chargement des utilisateurs</translation>
    </message>
    <message>
        <location filename="../operations.py" line="55"/>
        <source>Updating the users</source>
        <translation>Mise à jour des utilisateurs</translation>
    </message>
    <message>
        <location filename="../operations.py" line="56"/>
        <source>Changing the password</source>
        <translation>Changement du mot de passe</translation>
    </message>
    <message>
        <location filename="../operations.py" line="57"/>
        <source>Saving the language</source>
        <translation>Enregistrement de la langue</translation>
    </message>
    <message>
        <location filename="../operations.py" line="58"/>
        <source>Checking the password</source>
        <translation>Vérification du mot de passe</translation>
    </message>
    <message>
        <location filename="../operations.py" line="59"/>
        <location filename="../operations.py" line="65"/>
        <source>Reading the central address</source>
        <translation>Lecture de l’adresse du serveur central</translation>
    </message>
    <message>
        <location filename="../operations.py" line="60"/>
        <source>Reading the sync state</source>
        <translation>Lecture de l’état de la synchro</translation>
    </message>
    <message>
        <location filename="../operations.py" line="61"/>
        <source>Loading the sync problems</source>
        <translation>Chargement des problèmes de synchro</translation>
    </message>
    <message>
        <location filename="../operations.py" line="62"/>
        <source>Updating the sync problems</source>
        <translation>Mise à jour des problèmes de synchro</translation>
    </message>
    <message>
        <location filename="../operations.py" line="63"/>
        <source>Explaining the bill</source>
        <translation>Explication de la facture</translation>
    </message>
    <message>
        <location filename="../operations.py" line="64"/>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location filename="../operations.py" line="66"/>
        <source>Searching other agencies</source>
        <translation>Recherche dans les autres agences</translation>
    </message>
    <message>
        <location filename="../operations.py" line="68"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../payment_dialog.py" line="86"/>
        <source>Payment — {account}</source>
        <translation>Encaissement — {account}</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="96"/>
        <source>Selected bills: {bills}</source>
        <translation>Factures sélectionnées : {bills}</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="98"/>
        <source>All open bills, oldest first</source>
        <translation>Toutes les factures impayées, la plus ancienne d’abord</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="105"/>
        <source>&amp;Cash</source>
        <translation>&amp;Espèces</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="106"/>
        <source>C&amp;ard</source>
        <translation>&amp;Carte</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="131"/>
        <source>Confirm (Enter)</source>
        <translation>Valider (Entrée)</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="136"/>
        <source>Cancel (Esc)</source>
        <translation>Annuler (Échap)</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="143"/>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="145"/>
        <source>Tender</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="151"/>
        <source>Allocation</source>
        <translation>Imputation</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="169"/>
        <source>exact amount</source>
        <translation>montant exact</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="175"/>
        <source>Add one note to the amount tendered</source>
        <translation>Ajouter un billet au montant remis</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="183"/>
        <source>&amp;Tendered</source>
        <translation>&amp;Remis</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="186"/>
        <source>Quick notes</source>
        <translation>Billets</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="187"/>
        <source>Change</source>
        <translation>Monnaie à rendre</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="205"/>
        <source>Card &amp;scheme</source>
        <translation>Ré&amp;seau</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="206"/>
        <source>&amp;Last 4 digits</source>
        <translation>&amp;4 derniers chiffres</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="207"/>
        <source>Au&amp;thorisation code</source>
        <translation>Code d’au&amp;torisation</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="208"/>
        <source>Terminal &amp;reference</source>
        <translation>Référence &amp;TPE</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="262"/>
        <source>To account credit: {amount}</source>
        <translation>Versé en avoir : {amount}</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="274"/>
        <source>{amount} will be left as credit on the account: tick to confirm</source>
        <translation>{amount} resteront en avoir sur le compte : cochez pour confirmer</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../plan_dialog.py" line="77"/>
        <source>Installment plan — account {account}</source>
        <translation>Échéancier — compte {account}</translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="84"/>
        <source>Number of installments</source>
        <translation>Nombre d’échéances</translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="85"/>
        <source>Installment amount</source>
        <translation>Montant de l’échéance</translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="108"/>
        <source>&amp;Down payment</source>
        <translation>&amp;Acompte</translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="121"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="121"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="121"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="131"/>
        <source>Why the manager approves (kept with the plan)</source>
        <translation>Pourquoi le responsable approuve (gardé avec l’échéancier)</translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="132"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="138"/>
        <source>Take the down payment and create the plan</source>
        <translation>Encaisser l’acompte et créer l’échéancier</translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="144"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="150"/>
        <source>Bills in the plan (overdue ones are ticked)</source>
        <translation>Factures de l’échéancier (les échues sont cochées)</translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="179"/>
        <source>{bill} · due {date} · {amount}</source>
        <translation>{bill} · échéance {date} · {amount}</translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="240"/>
        <source>Total {total} · down payment {down} · {n} installments of {financed} in all</source>
        <translation>Total {total} · acompte {down} · {n} échéances pour {financed} au total</translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="292"/>
        <source>The manager must type their user name and password.</source>
        <translation>Le responsable doit taper son nom d’utilisateur et son mot de passe.</translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="299"/>
        <source>Recording…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="308"/>
        <source>Plan {reference} created.</source>
        <translation>Échéancier {reference} créé.</translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="310"/>
        <source>Down payment receipt {receipt}.</source>
        <translation>Reçu de l’acompte {receipt}.</translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="316"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>QuoteTab</name>
    <message>
        <location filename="../quote_tab.py" line="124"/>
        <source>&amp;Tariff</source>
        <translation>&amp;Tarif</translation>
    </message>
    <message>
        <location filename="../quote_tab.py" line="125"/>
        <source>Prices in force on</source>
        <translation>Prix en vigueur le</translation>
    </message>
    <message>
        <location filename="../quote_tab.py" line="126"/>
        <source>&amp;Consumption</source>
        <translation>&amp;Consommation</translation>
    </message>
    <message>
        <location filename="../quote_tab.py" line="129"/>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <location filename="../quote_tab.py" line="130"/>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <location filename="../quote_tab.py" line="131"/>
        <source>Fixed fees</source>
        <translation>Redevances fixes</translation>
    </message>
    <message>
        <location filename="../quote_tab.py" line="132"/>
        <source>Taxes</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <location filename="../quote_tab.py" line="133"/>
        <source>Total to pay</source>
        <translation>Total à payer</translation>
    </message>
    <message>
        <location filename="../quote_tab.py" line="179"/>
        <source>Tier bounds are {period}; valid from {start}.</source>
        <translation>Les tranches s’entendent {period} ; tarif en vigueur depuis le {start}.</translation>
    </message>
    <message>
        <location filename="../quote_tab.py" line="183"/>
        <source>Fees or taxes marked by the data as examples are not official.</source>
        <translation>Les redevances ou taxes marquées comme exemples ne sont pas officielles.</translation>
    </message>
</context>
<context>
    <name>ReadingDialog</name>
    <message>
        <location filename="../reading_dialog.py" line="68"/>
        <source>Meter reading — account {account}</source>
        <translation>Relevé de compteur — compte {account}</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="74"/>
        <source>{service} · meter {meter}</source>
        <translation>{service} · compteur {meter}</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="80"/>
        <source>Index read on the meter</source>
        <translation>Index lu sur le compteur</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="86"/>
        <source>The meter was &amp;replaced since the last reading</source>
        <translation>Le compteur a été &amp;remplacé depuis le dernier relevé</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="89"/>
        <source>if known</source>
        <translation>si connu</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="92"/>
        <source>The register passed its maximum and restarted at &amp;zero</source>
        <translation>Le totalisateur a dépassé son maximum et est repassé à &amp;zéro</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="95"/>
        <source>as many as the previous index</source>
        <translation>autant que l’index précédent</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="100"/>
        <location filename="../reading_dialog.py" line="194"/>
        <source>Last index of the old meter</source>
        <translation>Dernier index de l’ancien compteur</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="101"/>
        <location filename="../reading_dialog.py" line="196"/>
        <source>Starting index of the new meter</source>
        <translation>Index de départ du nouveau compteur</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="106"/>
        <location filename="../reading_dialog.py" line="199"/>
        <source>Digits of the register</source>
        <translation>Chiffres du totalisateur</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="114"/>
        <source>Confirm the unusual consumption</source>
        <translation>Confirmer la consommation inhabituelle</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="131"/>
        <source>Record the reading</source>
        <translation>Enregistrer le relevé</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="136"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="142"/>
        <source>&amp;Meter</source>
        <translation>&amp;Compteur</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="143"/>
        <source>&amp;Index</source>
        <translation>&amp;Index</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="144"/>
        <source>&amp;Date read</source>
        <translation>&amp;Date du relevé</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="157"/>
        <source>This account has no meter.</source>
        <translation>Ce compte n’a aucun compteur.</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="185"/>
        <source>type a whole number, 0 or more</source>
        <translation>tapez un nombre entier, 0 ou plus</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="189"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="225"/>
        <source>Recording…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="240"/>
        <source>Reading recorded: index {index} on {date} (first reading of this meter).</source>
        <translation>Relevé enregistré : index {index} le {date} (premier relevé de ce compteur).</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="246"/>
        <source>Reading recorded: index {index} on {date}, consumption {consumption} in {days} days.</source>
        <translation>Relevé enregistré : index {index} le {date}, consommation {consumption} en {days} jours.</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="257"/>
        <source>Unusual consumption (usual about {usual}): listed for follow-up.</source>
        <translation>Consommation inhabituelle (habituellement environ {usual}) : inscrite pour suivi.</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="263"/>
        <source>Estimated bills regularised: adjustment {amount}.</source>
        <translation>Factures estimées régularisées : ajustement {amount}.</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="271"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <location filename="../printing.py" line="49"/>
        <source>Printing receipt {receipt}…</source>
        <translation>Impression du reçu {receipt}…</translation>
    </message>
    <message>
        <location filename="../printing.py" line="59"/>
        <source>Printing again…</source>
        <translation>Nouvelle impression…</translation>
    </message>
    <message>
        <location filename="../printing.py" line="66"/>
        <source>No receipt to print yet.</source>
        <translation>Aucun reçu à imprimer pour l’instant.</translation>
    </message>
    <message>
        <location filename="../printing.py" line="72"/>
        <source>Receipt {receipt} printed.</source>
        <translation>Reçu {receipt} imprimé.</translation>
    </message>
    <message>
        <location filename="../printing.py" line="79"/>
        <location filename="../printing.py" line="87"/>
        <source>Receipt {receipt} not printed: {problem} The payment is saved; F8 prints again.</source>
        <translation>Reçu {receipt} non imprimé : {problem} Le paiement est enregistré ; F8 pour réimprimer.</translation>
    </message>
</context>
<context>
    <name>Regularisation</name>
    <message>
        <location filename="../explain_dialog.py" line="196"/>
        <source>debit waiting for the next bill</source>
        <translation>débit en attente de la prochaine facture</translation>
    </message>
    <message>
        <location filename="../explain_dialog.py" line="197"/>
        <source>credited to the account</source>
        <translation>crédité au compte</translation>
    </message>
    <message>
        <location filename="../explain_dialog.py" line="198"/>
        <source>nothing to adjust</source>
        <translation>rien à ajuster</translation>
    </message>
    <message>
        <location filename="../tariff_models.py" line="133"/>
        <source>Debit on the next bill: {amount}</source>
        <translation>Débit sur la prochaine facture : {amount}</translation>
    </message>
    <message>
        <location filename="../tariff_models.py" line="137"/>
        <source>Credit to the account: {amount}</source>
        <translation>Crédit au compte : {amount}</translation>
    </message>
    <message>
        <location filename="../tariff_models.py" line="140"/>
        <source>No adjustment: the estimates were right.</source>
        <translation>Aucun ajustement : les estimations étaient justes.</translation>
    </message>
</context>
<context>
    <name>RegularisationTab</name>
    <message>
        <location filename="../regularisation_tab.py" line="132"/>
        <source>&amp;Tariff</source>
        <translation>&amp;Tarif</translation>
    </message>
    <message>
        <location filename="../regularisation_tab.py" line="133"/>
        <source>&amp;From (day after the last actual reading)</source>
        <translation>&amp;Du (lendemain du dernier relevé réel)</translation>
    </message>
    <message>
        <location filename="../regularisation_tab.py" line="134"/>
        <source>&amp;To (day of the new reading)</source>
        <translation>&amp;Au (jour du nouveau relevé)</translation>
    </message>
    <message>
        <location filename="../regularisation_tab.py" line="135"/>
        <source>&amp;Measured consumption</source>
        <translation>Consommation &amp;mesurée</translation>
    </message>
    <message>
        <location filename="../regularisation_tab.py" line="136"/>
        <source>Estimated energy already billed, per period</source>
        <translation>Énergie estimée déjà facturée, par période</translation>
    </message>
    <message>
        <location filename="../regularisation_tab.py" line="138"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../regularisation_tab.py" line="138"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../regularisation_tab.py" line="138"/>
        <source>Estimated amount</source>
        <translation>Montant estimé</translation>
    </message>
    <message>
        <location filename="../regularisation_tab.py" line="140"/>
        <source>Actual against estimated</source>
        <translation>Réel contre estimé</translation>
    </message>
    <message>
        <location filename="../regularisation_tab.py" line="141"/>
        <source>At actual consumption</source>
        <translation>À la consommation réelle</translation>
    </message>
    <message>
        <location filename="../regularisation_tab.py" line="142"/>
        <source>Estimated (already billed)</source>
        <translation>Estimé (déjà facturé)</translation>
    </message>
    <message>
        <location filename="../regularisation_tab.py" line="143"/>
        <source>Billed as one period it would cost</source>
        <translation>Facturé en une seule période, cela coûterait</translation>
    </message>
</context>
<context>
    <name>RemoteLookupOffer</name>
    <message>
        <location filename="../remote_lookup.py" line="67"/>
        <source>Nothing in this agency matches {query}: it may belong to another agency.</source>
        <translation>Rien dans cette agence ne correspond à {query} : il appartient peut-être à une autre agence.</translation>
    </message>
    <message>
        <location filename="../remote_lookup.py" line="71"/>
        <source>Searching other agencies…</source>
        <translation>Recherche dans les autres agences…</translation>
    </message>
    <message>
        <location filename="../remote_lookup.py" line="73"/>
        <source>Search other agencies ({key})</source>
        <translation>Chercher dans les autres agences ({key})</translation>
    </message>
</context>
<context>
    <name>ResetUserDialog</name>
    <message>
        <location filename="../users_dialog.py" line="191"/>
        <source>Unlock {user} / new password</source>
        <translation>Débloquer {user} / nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="192"/>
        <source>Leave the password empty to unlock only.</source>
        <translation>Laissez le mot de passe vide pour seulement débloquer.</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="195"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="196"/>
        <source>Password again</source>
        <translation>Mot de passe (encore)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="93"/>
        <source>Terminal settings</source>
        <translation>Paramètres du poste</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="116"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="117"/>
        <source>Agency code</source>
        <translation>Code agence</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="118"/>
        <source>Agency name</source>
        <translation>Nom de l’agence</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="119"/>
        <source>Terminal</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="120"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="121"/>
        <source>Default language</source>
        <translation>Langue par défaut</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="122"/>
        <source>Receipt header</source>
        <translation>En-tête du reçu</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="123"/>
        <source>Receipt footer</source>
        <translation>Pied du reçu</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="124"/>
        <source>Receipt printer</source>
        <translation>Imprimante de reçus</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="125"/>
        <source>Central server</source>
        <translation>Serveur central</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="126"/>
        <source>Central password file</source>
        <translation>Fichier du mot de passe central</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="127"/>
        <source>Credit</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="128"/>
        <source>Largest payment</source>
        <translation>Paiement maximal</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="129"/>
        <source>Confirm a credit above</source>
        <translation>Confirmer un avoir au-delà de</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="133"/>
        <source>Keep overpayments as account credit</source>
        <translation>Garder les trop-perçus en avoir sur le compte</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="140"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="141"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="210"/>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Rien n’a été enregistré : corrigez les champs signalés en rouge.</translation>
    </message>
</context>
<context>
    <name>SimulatorDialog</name>
    <message>
        <location filename="../simulator_dialog.py" line="41"/>
        <source>Tariff simulator</source>
        <translation>Simulateur de tarifs</translation>
    </message>
    <message>
        <location filename="../simulator_dialog.py" line="42"/>
        <source>&amp;Price of a consumption</source>
        <translation>&amp;Prix d’une consommation</translation>
    </message>
    <message>
        <location filename="../simulator_dialog.py" line="43"/>
        <source>&amp;Regularisation of estimates</source>
        <translation>&amp;Régularisation des estimations</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../statement_dialog.py" line="88"/>
        <source>Statement — {account}</source>
        <translation>Relevé — {account}</translation>
    </message>
    <message>
        <location filename="../statement_dialog.py" line="100"/>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location filename="../statement_dialog.py" line="101"/>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <location filename="../statement_dialog.py" line="102"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../statement_dialog.py" line="107"/>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../statement_dialog.py" line="111"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../statement_dialog.py" line="128"/>
        <source>Save the statement</source>
        <translation>Enregistrer le relevé</translation>
    </message>
    <message>
        <location filename="../statement_dialog.py" line="128"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../statement_dialog.py" line="138"/>
        <source>Preparing the statement…</source>
        <translation>Préparation du relevé…</translation>
    </message>
    <message>
        <location filename="../statement_dialog.py" line="149"/>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../sync_views.py" line="38"/>
        <source>sent before with different content</source>
        <translation>déjà envoyé avec un contenu différent</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="39"/>
        <source>receipt number already used by another payment (cloned or restored terminal?)</source>
        <translation>numéro de reçu déjà utilisé par un autre paiement (poste cloné ou restauré ?)</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="42"/>
        <source>belongs to another agency</source>
        <translation>appartient à une autre agence</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="43"/>
        <source>refused as invalid by central</source>
        <translation>refusé comme invalide par le central</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="44"/>
        <source>identifier already used by another agency</source>
        <translation>identifiant déjà utilisé par une autre agence</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="45"/>
        <source>refers to a payment central does not have</source>
        <translation>concerne un paiement que le central n’a pas</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="46"/>
        <source>payment already corrected centrally</source>
        <translation>paiement déjà corrigé au central</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="47"/>
        <source>payment already voided centrally</source>
        <translation>paiement déjà annulé au central</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="48"/>
        <source>amount refused by central (not a valid amount, or above the limit)</source>
        <translation>montant refusé par le central (montant invalide ou au-delà de la limite)</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="51"/>
        <source>bills paid do not add up to the amount</source>
        <translation>les factures réglées ne totalisent pas le montant</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="52"/>
        <source>date refused by central (check this computer&apos;s clock)</source>
        <translation>date refusée par le central (vérifiez l&apos;horloge de cet ordinateur)</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="53"/>
        <source>credit on the account is not allowed for this agency</source>
        <translation>l&apos;avoir sur le compte n&apos;est pas autorisé pour cette agence</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="56"/>
        <source>currency is not the agency&apos;s</source>
        <translation>la devise n&apos;est pas celle de l&apos;agence</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="57"/>
        <source>account unknown to central for this agency</source>
        <translation>compte inconnu du central pour cette agence</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="58"/>
        <source>bill is not one of the account&apos;s bills at central</source>
        <translation>la facture n&apos;est pas une facture du compte au central</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="59"/>
        <source>only this agency&apos;s counter payments can be voided or corrected</source>
        <translation>seuls les paiements au guichet de cette agence peuvent être annulés ou corrigés</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="62"/>
        <source>item too large for central</source>
        <translation>élément trop volumineux pour le central</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="63"/>
        <source>item malformed (nested too deep)</source>
        <translation>élément mal formé (imbrication trop profonde)</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="64"/>
        <source>refused by central</source>
        <translation>refusé par le central</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="69"/>
        <source>received from central with an unusable number</source>
        <translation>reçu du central avec un numéro inutilisable</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="70"/>
        <source>received from central with an impossible date</source>
        <translation>reçu du central avec une date impossible</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="71"/>
        <source>received from central with an impossible amount</source>
        <translation>reçu du central avec un montant impossible</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="72"/>
        <source>received from central in another currency than this agency&apos;s</source>
        <translation>reçu du central dans une autre devise que celle de l’agence</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="75"/>
        <source>received from central with a text far too long</source>
        <translation>reçu du central avec un texte beaucoup trop long</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="76"/>
        <source>received from central damaged or incomplete</source>
        <translation>reçu du central endommagé ou incomplet</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="77"/>
        <source>waits for its account or meter, itself set aside</source>
        <translation>attend son compte ou son compteur, lui-même mis de côté</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="82"/>
        <source>payment</source>
        <translation>paiement</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="83"/>
        <source>regularisation</source>
        <translation>régularisation</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="84"/>
        <location filename="../sync_views.py" line="85"/>
        <source>meter reading</source>
        <translation>relevé de compteur</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="86"/>
        <source>correction</source>
        <translation>correction</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="87"/>
        <source>till</source>
        <translation>caisse</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="88"/>
        <source>cash movement</source>
        <translation>mouvement de caisse</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="89"/>
        <source>day close</source>
        <translation>clôture de journée</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="90"/>
        <source>installment plan</source>
        <translation>échéancier</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="91"/>
        <source>installment payment</source>
        <translation>paiement d’échéance</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="92"/>
        <source>contact details</source>
        <translation>coordonnées</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="93"/>
        <source>notification</source>
        <translation>notification</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="94"/>
        <source>sync problem decision</source>
        <translation>décision sur un problème de synchro</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="95"/>
        <source>account from central</source>
        <translation>compte venu du central</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="96"/>
        <source>meter from central</source>
        <translation>compteur venu du central</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="97"/>
        <source>bill from central</source>
        <translation>facture venue du central</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="98"/>
        <source>online payment from central</source>
        <translation>paiement en ligne venu du central</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="118"/>
        <source>Sync: offline — no central configured</source>
        <translation>Synchro : hors ligne — aucun serveur central configuré</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="124"/>
        <source>Sync: connecting…</source>
        <translation>Synchro : connexion…</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="126"/>
        <source>Sync: synchronising…</source>
        <translation>Synchro : en cours…</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="128"/>
        <source>Sync: online</source>
        <translation>Synchro : en ligne</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="130"/>
        <source>Sync: offline</source>
        <translation>Synchro : hors ligne</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="131"/>
        <source>{count} waiting</source>
        <translation>{count} en attente</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="134"/>
        <source>last {time}</source>
        <translation>dernière {time}</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="139"/>
        <source>never synchronised</source>
        <translation>jamais synchronisé</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="142"/>
        <source>{count} problem(s)</source>
        <translation>{count} problème(s)</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="159"/>
        <source>void</source>
        <translation>annulation</translation>
    </message>
</context>
<context>
    <name>SyncProblemsDialog</name>
    <message>
        <location filename="../sync_views.py" line="252"/>
        <source>Sync problems</source>
        <translation>Problèmes de synchronisation</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="255"/>
        <source>Items the central database refused, and rows it sent that this counter cannot use. Neither blocks the sync and nothing was lost: check each one with support, then send it again or say what was done. A payment refused by central keeps its bills paid here until you resolve it.</source>
        <translation>Éléments refusés par la base centrale, et lignes qu’elle a envoyées que ce guichet ne peut pas utiliser. Rien ne bloque la synchronisation et rien n’est perdu : vérifiez chacun avec le support, puis renvoyez-le ou dites ce qui a été fait. Un paiement refusé par le central garde ses factures payées ici jusqu’à ce que vous le régliez.</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="262"/>
        <source>What was done (required to mark as handled)</source>
        <translation>Ce qui a été fait (obligatoire pour marquer comme traité)</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="263"/>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="264"/>
        <source>Mark as handled</source>
        <translation>Marquer comme traité</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="261"/>
        <source>No sync problem: everything sent was accepted.</source>
        <translation>Aucun problème de synchronisation : tout ce qui a été envoyé a été accepté.</translation>
    </message>
</context>
<context>
    <name>Tariffs</name>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="333"/>
        <source>Lydec residential electricity (2017)</source>
        <translation>Lydec électricité résidentielle (2017)</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="334"/>
        <source>Lydec residential water (example prices)</source>
        <translation>Lydec eau résidentielle (prix d’exemple)</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="335"/>
        <source>Sonelgaz residential electricity (low voltage, 2016)</source>
        <translation>Sonelgaz électricité résidentielle (basse tension, 2016)</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="336"/>
        <source>Sonelgaz residential gas (2016, example prices)</source>
        <translation>Sonelgaz gaz résidentiel (2016, prix d’exemple)</translation>
    </message>
    <message>
        <location filename="../tariff_text.py" line="27"/>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <location filename="../tariff_text.py" line="28"/>
        <source>per two months</source>
        <translation>par bimestre</translation>
    </message>
    <message>
        <location filename="../tariff_text.py" line="29"/>
        <source>per quarter</source>
        <translation>par trimestre</translation>
    </message>
    <message>
        <location filename="../tariff_text.py" line="90"/>
        <source>above {quantity}</source>
        <translation>au-delà de {quantity}</translation>
    </message>
    <message>
        <location filename="../tariff_text.py" line="95"/>
        <source>{low} to {high}</source>
        <translation>{low}–{high}</translation>
    </message>
    <message>
        <location filename="../tariff_text.py" line="101"/>
        <source>Whole consumption, {range}</source>
        <translation>Toute la consommation, tranche {range}</translation>
    </message>
    <message>
        <location filename="../tariff_text.py" line="104"/>
        <source>Tier {range}</source>
        <translation>Tranche {range}</translation>
    </message>
    <message>
        <location filename="../tariff_text.py" line="108"/>
        <source>VAT {rate}</source>
        <translation>TVA {rate}</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="__init__.py" line="214"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
</context>
<context>
    <name>TillDialog</name>
    <message>
        <location filename="../till_dialog.py" line="47"/>
        <location filename="../till_dialog.py" line="67"/>
        <source>Open the till</source>
        <translation>Ouvrir la caisse</translation>
    </message>
    <message>
        <location filename="../till_dialog.py" line="48"/>
        <source>Count the notes and coins in the drawer, then press Enter.</source>
        <translation>Comptez les billets et pièces du tiroir, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <location filename="../till_dialog.py" line="70"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../till_dialog.py" line="88"/>
        <source>Float: {amount}</source>
        <translation>Fonds de caisse : {amount}</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <location filename="../users_dialog.py" line="39"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="41"/>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../users_dialog.py" line="294"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="295"/>
        <source>&amp;Add a user…</source>
        <translation>&amp;Ajouter un utilisateur…</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="296"/>
        <source>&amp;Unlock / new password…</source>
        <translation>&amp;Débloquer / nouveau mot de passe…</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="344"/>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="344"/>
        <source>&amp;Enable</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="350"/>
        <source>User {user} added.</source>
        <translation>Utilisateur {user} ajouté.</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="362"/>
        <source>User {user} unlocked.</source>
        <translation>Utilisateur {user} débloqué.</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="373"/>
        <source>User {user} enabled.</source>
        <translation>Utilisateur {user} activé.</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="373"/>
        <source>User {user} disabled.</source>
        <translation>Utilisateur {user} désactivé.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="256"/>
        <source>clerk</source>
        <comment>role.clerk</comment>
        <translation>guichetier</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="257"/>
        <source>manager</source>
        <comment>role.manager</comment>
        <translation>chef d’agence</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="258"/>
        <source>admin</source>
        <comment>role.admin</comment>
        <translation>administrateur</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="259"/>
        <source>take payments</source>
        <comment>action.take payment</comment>
        <translation>encaisser des paiements</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="260"/>
        <source>change the settings</source>
        <comment>action.manage settings</comment>
        <translation>modifier les paramètres</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="261"/>
        <source>manage users</source>
        <comment>action.manage users</comment>
        <translation>gérer les utilisateurs</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="262"/>
        <source>see the users</source>
        <comment>action.view users</comment>
        <translation>voir les utilisateurs</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="263"/>
        <source>approve</source>
        <comment>action.approve</comment>
        <translation>approuver</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="264"/>
        <source>electricity</source>
        <comment>service.electricity</comment>
        <translation>électricité</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="265"/>
        <source>gas</source>
        <comment>service.gas</comment>
        <translation>gaz</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="266"/>
        <source>water</source>
        <comment>service.water</comment>
        <translation>eau</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="267"/>
        <source>sanitation</source>
        <comment>service.sanitation</comment>
        <translation>assainissement</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="268"/>
        <source>kWh</source>
        <comment>unit.kWh</comment>
        <translation>kWh</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="269"/>
        <source>m³</source>
        <comment>unit.m3</comment>
        <translation>m³</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="270"/>
        <source>th</source>
        <comment>unit.th</comment>
        <translation>thermies</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="271"/>
        <source>Meter rental</source>
        <comment>fee.meter_rental</comment>
        <translation>Location du compteur</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="272"/>
        <source>Fixed charge</source>
        <comment>fee.fixed_charge</comment>
        <translation>Redevance fixe</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="273"/>
        <source>a device</source>
        <comment>file_kind.a device</comment>
        <translation>un périphérique</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="274"/>
        <source>a named pipe (FIFO)</source>
        <comment>file_kind.a named pipe (FIFO)</comment>
        <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="275"/>
        <source>a socket</source>
        <comment>file_kind.a socket</comment>
        <translation>une socket</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="276"/>
        <source>a special file</source>
        <comment>file_kind.a special file</comment>
        <translation>un fichier spécial</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="277"/>
        <source>cash</source>
        <comment>tender.cash</comment>
        <translation>espèces</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="278"/>
        <source>card</source>
        <comment>tender.card</comment>
        <translation>carte</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="279"/>
        <source>counter</source>
        <comment>channel.counter</comment>
        <translation>guichet</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="280"/>
        <source>online</source>
        <comment>channel.online</comment>
        <translation>en ligne</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="281"/>
        <source>post office</source>
        <comment>channel.post</comment>
        <translation>bureau de poste</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="282"/>
        <source>agency</source>
        <comment>channel.agency</comment>
        <translation>agence</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="283"/>
        <source>other channel</source>
        <comment>channel.other</comment>
        <translation>autre canal</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="284"/>
        <source>valid</source>
        <comment>payment_status.valid</comment>
        <translation>valide</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="285"/>
        <source>held by central</source>
        <comment>payment_status.held_by_central</comment>
        <translation>retenu par le central</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="286"/>
        <source>void</source>
        <comment>payment_status.void</comment>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="287"/>
        <source>void</source>
        <comment>payment_status.voided</comment>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="288"/>
        <source>active</source>
        <comment>account_status.active</comment>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="289"/>
        <source>closed</source>
        <comment>account_status.closed</comment>
        <translation>clôturé</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="290"/>
        <source>monthly</source>
        <comment>frequency.monthly</comment>
        <translation>mensuelle</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="291"/>
        <source>every two months</source>
        <comment>frequency.bimonthly</comment>
        <translation>bimestrielle</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="292"/>
        <source>quarterly</source>
        <comment>frequency.quarterly</comment>
        <translation>trimestrielle</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="293"/>
        <source>residential, individual</source>
        <comment>category.residential_individual</comment>
        <translation>résidentiel, individuel</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="294"/>
        <source>residential, collective</source>
        <comment>category.residential_collective</comment>
        <translation>résidentiel, collectif</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="295"/>
        <source>professional</source>
        <comment>category.professional</comment>
        <translation>professionnel</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="296"/>
        <source>administration</source>
        <comment>category.administration</comment>
        <translation>administration</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="297"/>
        <source>account</source>
        <comment>search.account</comment>
        <translation>compte</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="298"/>
        <source>bill</source>
        <comment>search.bill</comment>
        <translation>facture</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="299"/>
        <source>meter</source>
        <comment>search.meter</comment>
        <translation>compteur</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="300"/>
        <source>phone</source>
        <comment>search.phone</comment>
        <translation>téléphone</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="301"/>
        <source>name</source>
        <comment>search.name</comment>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="302"/>
        <source>name (other spelling)</source>
        <comment>search.name_variant</comment>
        <translation>nom (autre graphie)</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="303"/>
        <source>start of the name</source>
        <comment>search.name_prefix</comment>
        <translation>début du nom</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="304"/>
        <source>name (one letter differs)</source>
        <comment>search.name_typo</comment>
        <translation>nom (une lettre diffère)</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="305"/>
        <source>address</source>
        <comment>search.address</comment>
        <translation>adresse</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="306"/>
        <source>open</source>
        <comment>till_state.open</comment>
        <translation>ouverte</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="307"/>
        <source>not opened</source>
        <comment>till_state.none</comment>
        <translation>non ouverte</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="308"/>
        <source>0–30 days</source>
        <comment>aging.0-30</comment>
        <translation>0 à 30 jours</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="309"/>
        <source>31–90 days</source>
        <comment>aging.31-90</comment>
        <translation>31 à 90 jours</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="310"/>
        <source>91–180 days</source>
        <comment>aging.91-180</comment>
        <translation>91 à 180 jours</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="311"/>
        <source>over 180 days</source>
        <comment>aging.&gt;180</comment>
        <translation>plus de 180 jours</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="312"/>
        <source>wrong amount</source>
        <comment>void_reason.wrong_amount</comment>
        <translation>montant erroné</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="313"/>
        <source>wrong account</source>
        <comment>void_reason.wrong_account</comment>
        <translation>mauvais compte</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="314"/>
        <source>wrong tender</source>
        <comment>void_reason.wrong_tender</comment>
        <translation>mauvais moyen de paiement</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="315"/>
        <source>duplicate payment</source>
        <comment>void_reason.duplicate</comment>
        <translation>paiement en double</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="316"/>
        <source>customer request</source>
        <comment>void_reason.customer_request</comment>
        <translation>demande du client</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="317"/>
        <source>other (describe)</source>
        <comment>void_reason.other</comment>
        <translation>autre (préciser)</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="318"/>
        <source>action</source>
        <comment>input_field.action</comment>
        <translation>action</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="319"/>
        <source>denominations</source>
        <comment>input_field.denominations</comment>
        <translation>coupures</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="320"/>
        <source>index</source>
        <comment>input_field.index</comment>
        <translation>index</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="321"/>
        <source>final index of the old meter</source>
        <comment>input_field.old_final</comment>
        <translation>index final de l’ancien compteur</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="322"/>
        <source>first index of the new meter</source>
        <comment>input_field.new_start</comment>
        <translation>index de départ du nouveau compteur</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="323"/>
        <source>kind</source>
        <comment>input_field.kind</comment>
        <translation>type</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="324"/>
        <source>language</source>
        <comment>input_field.language</comment>
        <translation>langue</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="325"/>
        <source>note</source>
        <comment>input_field.note</comment>
        <translation>note</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="326"/>
        <source>image fragment height</source>
        <comment>input_field.printer_fragment_height</comment>
        <translation>hauteur des fragments d’image</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="327"/>
        <source>reason</source>
        <comment>input_field.reason</comment>
        <translation>motif</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="328"/>
        <source>role</source>
        <comment>input_field.role</comment>
        <translation>rôle</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="329"/>
        <source>set-up</source>
        <comment>input_field.setup</comment>
        <translation>configuration</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="330"/>
        <source>terminal reference</source>
        <comment>input_field.terminal_ref</comment>
        <translation>référence TPE</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="331"/>
        <source>time zone</source>
        <comment>input_field.timezone</comment>
        <translation>fuseau horaire</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="332"/>
        <source>user</source>
        <comment>input_field.user</comment>
        <translation>utilisateur</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../void_dialog.py" line="67"/>
        <source>Void a payment</source>
        <translation>Annuler un paiement</translation>
    </message>
    <message>
        <location filename="../void_dialog.py" line="67"/>
        <source>Correct a payment</source>
        <translation>Corriger un paiement</translation>
    </message>
    <message>
        <location filename="../void_dialog.py" line="71"/>
        <source>Receipt {receipt} · {amount} · {tender} · {date}</source>
        <translation>Reçu {receipt} · {amount} · {tender} · {date}</translation>
    </message>
    <message>
        <location filename="../void_dialog.py" line="85"/>
        <source>The till of this payment is closed, so it can no longer be voided. A correction records a reversing payment in your open till, with its own receipt marked CORRECTION; the original receipt stays as it was.</source>
        <translation>La caisse de ce paiement est clôturée : il ne peut plus être annulé. Une correction enregistre un paiement inverse dans votre caisse ouverte, avec son propre reçu marqué CORRECTION ; le reçu d’origine reste tel quel.</translation>
    </message>
    <message>
        <location filename="../void_dialog.py" line="95"/>
        <source>Details (required for &apos;other&apos;)</source>
        <translation>Précisions (obligatoires pour « autre »)</translation>
    </message>
    <message>
        <location filename="../void_dialog.py" line="99"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <location filename="../void_dialog.py" line="100"/>
        <source>&amp;Details</source>
        <translation>&amp;Précisions</translation>
    </message>
    <message>
        <location filename="../void_dialog.py" line="109"/>
        <source>Void the payment</source>
        <translation>Annuler le paiement</translation>
    </message>
    <message>
        <location filename="../void_dialog.py" line="109"/>
        <source>Record the correction</source>
        <translation>Enregistrer la correction</translation>
    </message>
    <message>
        <location filename="../void_dialog.py" line="116"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../void_dialog.py" line="147"/>
        <source>The manager must type their user name and password.</source>
        <translation>Le responsable doit saisir son identifiant et son mot de passe.</translation>
    </message>
    <message>
        <location filename="../void_dialog.py" line="158"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../void_dialog.py" line="172"/>
        <source>Receipt {receipt} is corrected by receipt {correction}, approved by {manager}.</source>
        <translation>Le reçu {receipt} est corrigé par le reçu {correction}, approuvé par {manager}.</translation>
    </message>
    <message>
        <location filename="../void_dialog.py" line="181"/>
        <source>Receipt {receipt} is void, approved by {manager}.</source>
        <translation>Le reçu {receipt} est annulé, avec l’accord de {manager}.</translation>
    </message>
    <message>
        <location filename="../void_dialog.py" line="187"/>
        <source>Give back {amount} in cash.</source>
        <translation>Rendez {amount} en espèces.</translation>
    </message>
    <message>
        <location filename="../void_dialog.py" line="191"/>
        <source>Cancel or refund {amount} on the card terminal.</source>
        <translation>Annulez ou remboursez {amount} sur le terminal de paiement.</translation>
    </message>
    <message>
        <location filename="../void_dialog.py" line="197"/>
        <source>Bills open again: {bills}</source>
        <translation>Factures de nouveau dues : {bills}</translation>
    </message>
    <message>
        <location filename="../void_dialog.py" line="210"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
</TS>
