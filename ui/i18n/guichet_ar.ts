<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AccountPanel</name>
    <message>
        <location filename="../account_view.py" line="223"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="224"/>
        <source>Category</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="225"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="226"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="227"/>
        <source>Phones</source>
        <translation>الهواتف</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="228"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="232"/>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="233"/>
        <source>Still due (credit deducted)</source>
        <translation>المبلغ المستحق (بعد خصم الرصيد الدائن)</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="234"/>
        <source>Open bills (select to pay only some)</source>
        <translation>الفواتير غير المسددة (حدّد بعضها لتسديدها وحدها)</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="235"/>
        <source>Payments</source>
        <translation>التسديدات</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="236"/>
        <source>Consumption</source>
        <translation>الاستهلاك</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="237"/>
        <source>Service points</source>
        <translation>نقاط الخدمة</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="238"/>
        <source>Statement (PDF)… (Ctrl+P)</source>
        <translation>كشف الحساب (PDF)… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="239"/>
        <source>Void this payment… (Ctrl+Shift+V)</source>
        <translation>إلغاء هذه الدفعة… (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="240"/>
        <source>Correct this payment… (Ctrl+Shift+V)</source>
        <translation>تصحيح هذه الدفعة… (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="242"/>
        <source>Print again (duplicate) (Ctrl+Shift+R)</source>
        <translation>إعادة الطباعة (نسخة ثانية) (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="243"/>
        <source>No-debt certificate (PDF)…</source>
        <translation>شهادة براءة الذمة (PDF)…</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="244"/>
        <source>Payment certificate (PDF)…</source>
        <translation>شهادة تسديد (PDF)…</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="245"/>
        <source>Explain this bill… (Ctrl+E)</source>
        <translation>شرح هذه الفاتورة… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="248"/>
        <source>Payments of today&apos;s open till are voided; those of a closed till are corrected by a reversing payment.</source>
        <translation>تُلغى دفعات الصندوق المفتوح اليوم؛ أمّا دفعات صندوق مُغلق فتُصحَّح بدفعة عكسية.</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="303"/>
        <source>Agency {agency} · account of another agency, open amounts as of {time}</source>
        <translation>الوكالة {agency} · حساب تابع لوكالة أخرى، المبالغ المستحقة كما كانت في {time}</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="311"/>
        <source>Found by a look-up of other agencies. This agency&apos;s sync does not refresh it: search other agencies again for the latest amounts.</source>
        <translation>عُثر عليه بالبحث في الوكالات الأخرى. مزامنة هذه الوكالة لا تحدّثه: ابحث في الوكالات الأخرى مجددًا للحصول على آخر المبالغ.</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="323"/>
        <source>Credit: {amount}</source>
        <translation>الرصيد الدائن: {amount}</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="326"/>
        <source>Including {amount} of regularisation pending for the next bill</source>
        <translation>منها {amount} تسوية في انتظار الفاتورة القادمة</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="337"/>
        <source>Payments held by central: {count}. The bills they paid stay paid at this counter until a manager resolves them under Sync problems: do not ask the customer again.</source>
        <translation>مدفوعات محتجزة لدى الخادم المركزي: {count}. تبقى الفواتير التي سدّدتها مسدّدة في هذا الشباك إلى أن يعالجها المسؤول في مشاكل المزامنة: لا تطلب من الزبون الدفع مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="353"/>
        <source>actual reading</source>
        <translation>قراءة فعلية</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="353"/>
        <source>estimated</source>
        <translation>تقديرية</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="358"/>
        <source>{service} — meter {meter}</source>
        <translation>{service} — العداد {meter}</translation>
    </message>
</context>
<context>
    <name>AmountPreview</name>
    <message>
        <location filename="../amount_field.py" line="59"/>
        <source>Will be recorded as {amount}</source>
        <translation>سيسجل المبلغ: {amount}</translation>
    </message>
</context>
<context>
    <name>BackOffice</name>
    <message>
        <location filename="../back_office.py" line="92"/>
        <source>&amp;Till</source>
        <translation>ال&amp;صندوق</translation>
    </message>
    <message>
        <location filename="../back_office.py" line="93"/>
        <source>&amp;Manager</source>
        <translation>ال&amp;مسؤول</translation>
    </message>
    <message>
        <location filename="../back_office.py" line="94"/>
        <source>&amp;Open my till…</source>
        <translation>&amp;فتح صندوقي…</translation>
    </message>
    <message>
        <location filename="../back_office.py" line="95"/>
        <source>&amp;Close my till…</source>
        <translation>&amp;إغلاق صندوقي…</translation>
    </message>
    <message>
        <location filename="../back_office.py" line="96"/>
        <source>&amp;Void the selected payment…</source>
        <translation>&amp;إلغاء الدفعة المحددة…</translation>
    </message>
    <message>
        <location filename="../back_office.py" line="97"/>
        <source>S&amp;tatement (PDF)…</source>
        <translation>&amp;كشف الحساب (PDF)…</translation>
    </message>
    <message>
        <location filename="../back_office.py" line="98"/>
        <source>&amp;Installment plan…</source>
        <translation>رزنامة ت&amp;سديد بالتقسيط…</translation>
    </message>
    <message>
        <location filename="../back_office.py" line="99"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;لوحة المتابعة</translation>
    </message>
    <message>
        <location filename="../back_office.py" line="100"/>
        <source>&amp;Settings…</source>
        <translation>ال&amp;إعدادات…</translation>
    </message>
    <message>
        <location filename="../back_office.py" line="108"/>
        <source>Till open</source>
        <translation>الصندوق مفتوح</translation>
    </message>
    <message>
        <location filename="../back_office.py" line="113"/>
        <source>Till closed — open it to take payments (Ctrl+Shift+O)</source>
        <translation>الصندوق مغلق — افتحه لتحصيل الدفعات (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../back_office.py" line="141"/>
        <source>Your till is already open.</source>
        <translation>صندوقك مفتوح بالفعل.</translation>
    </message>
    <message>
        <location filename="../back_office.py" line="161"/>
        <source>Your till is already closed.</source>
        <translation>صندوقك مغلق بالفعل.</translation>
    </message>
    <message>
        <location filename="../back_office.py" line="175"/>
        <source>Your till is closed: open a new till before taking payments.</source>
        <translation>صندوقك مغلق: افتح صندوقًا جديدًا قبل تحصيل الدفعات.</translation>
    </message>
    <message>
        <location filename="../back_office.py" line="187"/>
        <source>Select a counter payment in the payment history first.</source>
        <translation>اختر أولًا دفعة شباك في سجل المدفوعات.</translation>
    </message>
    <message>
        <location filename="../back_office.py" line="197"/>
        <source>Receipt {receipt} corrected by {correction} · {amount} given back</source>
        <translation>الوصل {receipt} صُحِّح بالوصل {correction} · أُعيد {amount}</translation>
    </message>
    <message>
        <location filename="../back_office.py" line="200"/>
        <source>Receipt {receipt} voided · {amount} given back</source>
        <translation>الوصل {receipt} ملغى · أُعيد {amount}</translation>
    </message>
    <message>
        <location filename="../back_office.py" line="215"/>
        <location filename="../back_office.py" line="237"/>
        <source>Open an account first (scan a bill or search).</source>
        <translation>افتح حسابًا أولًا (امسح فاتورة أو ابحث).</translation>
    </message>
    <message>
        <location filename="../back_office.py" line="249"/>
        <source>Installment plan {reference} created</source>
        <translation>أُنشئت رزنامة التسديد {reference}</translation>
    </message>
    <message>
        <location filename="../back_office.py" line="256"/>
        <source>Save the agreement</source>
        <translation>حفظ الاتفاقية</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../certificate_dialog.py" line="83"/>
        <source>No-debt certificate — {account}</source>
        <translation>شهادة براءة الذمة — {account}</translation>
    </message>
    <message>
        <location filename="../certificate_dialog.py" line="85"/>
        <source>Payment certificate — {receipt}</source>
        <translation>شهادة تسديد — {receipt}</translation>
    </message>
    <message>
        <location filename="../certificate_dialog.py" line="93"/>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location filename="../certificate_dialog.py" line="96"/>
        <source>Issuing registers the certificate under your name, with its number and verification code.</source>
        <translation>يسجّل الإصدار الشهادة باسمك، مع رقمها ورمز التحقق منها.</translation>
    </message>
    <message>
        <location filename="../certificate_dialog.py" line="106"/>
        <source>Issue and save as PDF…</source>
        <translation>إصدار وحفظ بصيغة PDF…</translation>
    </message>
    <message>
        <location filename="../certificate_dialog.py" line="110"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../certificate_dialog.py" line="127"/>
        <source>Save the certificate</source>
        <translation>حفظ الشهادة</translation>
    </message>
    <message>
        <location filename="../certificate_dialog.py" line="127"/>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../certificate_dialog.py" line="136"/>
        <source>Issuing the certificate…</source>
        <translation>جارٍ إصدار الشهادة…</translation>
    </message>
    <message>
        <location filename="../certificate_dialog.py" line="149"/>
        <source>Certificate {number} saved to {path}</source>
        <translation>حُفظت الشهادة {number} في {path}</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../users_dialog.py" line="226"/>
        <source>Change my password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="227"/>
        <source>Current password</source>
        <translation>كلمة المرور الحالية</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="228"/>
        <source>New password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="229"/>
        <source>Password again</source>
        <translation>أعد كتابة كلمة المرور</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="230"/>
        <source>8 characters or more, not only digits, not the user name.</source>
        <translation>8 أحرف أو أكثر، ليست أرقامًا فقط، وليست اسم المستخدم.</translation>
    </message>
</context>
<context>
    <name>CloseTillDialog</name>
    <message>
        <location filename="../close_till_dialog.py" line="70"/>
        <source>Close my till</source>
        <translation>إغلاق صندوقي</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="74"/>
        <source>Count the notes and coins in the drawer and add up the card slips. The expected amounts are shown only after you confirm the count.</source>
        <translation>عُدّ الأوراق والقطع النقدية في الدرج واجمع قسائم البطاقات. لا تُعرض المبالغ المتوقعة إلا بعد تأكيد العدّ.</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="79"/>
        <source>Blind count</source>
        <translation>العدّ دون رؤية المتوقع</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="87"/>
        <source>Card slips total</source>
        <translation>مجموع قسائم البطاقات</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="90"/>
        <source>Cash counted</source>
        <translation>النقد المعدود</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="95"/>
        <source>Expected and counted</source>
        <translation>المتوقع والمعدود</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="101"/>
        <source>Why does the count differ? (required)</source>
        <translation>لماذا يختلف العدّ؟ (إلزامي)</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="103"/>
        <source>Justification</source>
        <translation>التبرير</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="113"/>
        <source>Confirm the count</source>
        <translation>تأكيد العدّ</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="119"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="200"/>
        <source>The manager must type their user name and password.</source>
        <translation>يجب على المسؤول كتابة اسم المستخدم وكلمة المرور الخاصين به.</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="221"/>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="236"/>
        <source>The difference is beyond the tolerance: a manager must validate it and write why the count differs.</source>
        <translation>الفرق يتجاوز الهامش المسموح: يجب أن يصادق عليه مسؤول مع كتابة سبب اختلاف العدّ.</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="241"/>
        <source>Validate and close</source>
        <translation>المصادقة والإغلاق</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="245"/>
        <source>Till closed. Hand the cash and the card slips to the manager.</source>
        <translation>أُغلق الصندوق. سلّم النقد وقسائم البطاقات إلى المسؤول.</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="247"/>
        <source>Validated by {manager}.</source>
        <translation>صادق عليه {manager}.</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="251"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="268"/>
        <source>Tender</source>
        <translation>وسيلة الدفع</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="269"/>
        <source>Expected</source>
        <translation>المتوقع</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="270"/>
        <source>Counted</source>
        <translation>المعدود</translation>
    </message>
    <message>
        <location filename="../close_till_dialog.py" line="271"/>
        <source>Over / short</source>
        <translation>فائض / عجز</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../models.py" line="125"/>
        <source>agency {code}</source>
        <translation>الوكالة {code}</translation>
    </message>
    <message>
        <location filename="../models.py" line="134"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../models.py" line="135"/>
        <source>Name (Arabic)</source>
        <translation>الاسم (بالعربية)</translation>
    </message>
    <message>
        <location filename="../models.py" line="136"/>
        <source>Name (Latin)</source>
        <translation>الاسم (بالحروف اللاتينية)</translation>
    </message>
    <message>
        <location filename="../models.py" line="137"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../models.py" line="138"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../models.py" line="139"/>
        <source>Found by</source>
        <translation>وُجد عبر</translation>
    </message>
    <message>
        <location filename="../models.py" line="161"/>
        <source>Bill</source>
        <translation>الفاتورة</translation>
    </message>
    <message>
        <location filename="../models.py" line="162"/>
        <location filename="../models.py" line="230"/>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <location filename="../models.py" line="163"/>
        <location filename="../tariff_models.py" line="77"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../models.py" line="164"/>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <location filename="../models.py" line="166"/>
        <source>Days overdue</source>
        <translation>أيام التأخير</translation>
    </message>
    <message>
        <location filename="../dashboard_models.py" line="31"/>
        <location filename="../dashboard_models.py" line="50"/>
        <location filename="../dashboard_models.py" line="91"/>
        <source>Clerk</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <location filename="../dashboard_models.py" line="32"/>
        <location filename="../dashboard_models.py" line="92"/>
        <source>Terminal</source>
        <translation>المحطة</translation>
    </message>
    <message>
        <location filename="../dashboard_models.py" line="33"/>
        <source>Opened</source>
        <translation>فُتح في</translation>
    </message>
    <message>
        <location filename="../dashboard_models.py" line="34"/>
        <location filename="../dashboard_models.py" line="52"/>
        <source>Payments</source>
        <translation>الدفعات</translation>
    </message>
    <message>
        <location filename="../dashboard_models.py" line="36"/>
        <source>Expected cash</source>
        <translation>النقد المتوقع</translation>
    </message>
    <message>
        <location filename="../dashboard_models.py" line="41"/>
        <source>Card</source>
        <translation>البطاقة</translation>
    </message>
    <message>
        <location filename="../dashboard_models.py" line="53"/>
        <location filename="../dashboard_models.py" line="63"/>
        <location filename="../models.py" line="171"/>
        <location filename="../models.py" line="206"/>
        <location filename="../sync_views.py" line="185"/>
        <location filename="../tariff_models.py" line="39"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../dashboard_models.py" line="66"/>
        <source>Clerk → approver</source>
        <translation>الموظف ← الموافق</translation>
    </message>
    <message>
        <location filename="../dashboard_models.py" line="71"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../dashboard_models.py" line="93"/>
        <source>Cash over/short</source>
        <translation>فرق النقد</translation>
    </message>
    <message>
        <location filename="../dashboard_models.py" line="94"/>
        <source>Card over/short</source>
        <translation>فرق البطاقة</translation>
    </message>
    <message>
        <location filename="../dashboard_models.py" line="96"/>
        <source>Validated</source>
        <translation>مصادق عليه</translation>
    </message>
    <message>
        <location filename="../dashboard_models.py" line="100"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../dashboard_models.py" line="100"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../dashboard_models.py" line="108"/>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../models.py" line="173"/>
        <source>Open</source>
        <translation>المتبقي</translation>
    </message>
    <message>
        <location filename="../models.py" line="174"/>
        <source>Reading</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <location filename="../models.py" line="196"/>
        <source>estimated</source>
        <translation>تقديرية</translation>
    </message>
    <message>
        <location filename="../models.py" line="197"/>
        <source>actual</source>
        <translation>فعلية</translation>
    </message>
    <message>
        <location filename="../models.py" line="204"/>
        <location filename="../sync_views.py" line="179"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../dashboard_models.py" line="62"/>
        <location filename="../models.py" line="205"/>
        <location filename="../sync_views.py" line="182"/>
        <source>Receipt</source>
        <translation>الوصل</translation>
    </message>
    <message>
        <location filename="../dashboard_models.py" line="51"/>
        <location filename="../models.py" line="207"/>
        <source>Tender</source>
        <translation>طريقة الدفع</translation>
    </message>
    <message>
        <location filename="../models.py" line="208"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location filename="../models.py" line="209"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../models.py" line="210"/>
        <source>Bills</source>
        <translation>الفواتير</translation>
    </message>
    <message>
        <location filename="../models.py" line="231"/>
        <source>Meter</source>
        <translation>العداد</translation>
    </message>
    <message>
        <location filename="../models.py" line="232"/>
        <source>Tariff</source>
        <translation>التعريفة</translation>
    </message>
    <message>
        <location filename="../models.py" line="233"/>
        <source>Billing</source>
        <translation>الفوترة</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="180"/>
        <source>What</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../dashboard_models.py" line="64"/>
        <location filename="../sync_views.py" line="187"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="191"/>
        <source>Central&apos;s words</source>
        <translation>رسالة الخادم المركزي</translation>
    </message>
    <message>
        <location filename="../tariff_models.py" line="33"/>
        <source>Line</source>
        <translation>البند</translation>
    </message>
    <message>
        <location filename="../tariff_models.py" line="36"/>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../tariff_models.py" line="37"/>
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <location filename="../tariff_models.py" line="78"/>
        <source>Days</source>
        <translation>الأيام</translation>
    </message>
    <message>
        <location filename="../tariff_models.py" line="80"/>
        <source>Estimated consumption</source>
        <translation>الاستهلاك التقديري</translation>
    </message>
    <message>
        <location filename="../tariff_models.py" line="85"/>
        <source>Actual consumption</source>
        <translation>الاستهلاك الفعلي</translation>
    </message>
    <message>
        <location filename="../tariff_models.py" line="90"/>
        <source>Actual amount</source>
        <translation>المبلغ الفعلي</translation>
    </message>
    <message>
        <location filename="../tariff_models.py" line="95"/>
        <source>Estimated</source>
        <translation>التقديري</translation>
    </message>
    <message>
        <location filename="../tariff_models.py" line="100"/>
        <source>Already billed</source>
        <translation>المفوتر سابقًا</translation>
    </message>
    <message>
        <location filename="../tariff_models.py" line="105"/>
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="49"/>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="50"/>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="51"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="52"/>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="53"/>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../contact_dialog.py" line="53"/>
        <source>Contacts — account {account}</source>
        <translation>بيانات الاتصال — الحساب {account}</translation>
    </message>
    <message>
        <location filename="../contact_dialog.py" line="57"/>
        <source>e.g. 0661 23 45 67 or +212 6 12 34 56 78</source>
        <translation>مثلا 0661 23 45 67 أو +212 6 12 34 56 78</translation>
    </message>
    <message>
        <location filename="../contact_dialog.py" line="59"/>
        <source>name@domain.tld</source>
        <translation>name@domain.tld</translation>
    </message>
    <message>
        <location filename="../contact_dialog.py" line="62"/>
        <source>SMS</source>
        <translation>رسالة قصيرة SMS</translation>
    </message>
    <message>
        <location filename="../contact_dialog.py" line="63"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../contact_dialog.py" line="64"/>
        <source>Post</source>
        <translation>البريد العادي</translation>
    </message>
    <message>
        <location filename="../contact_dialog.py" line="68"/>
        <source>Receives e-&amp;bills instead of paper bills</source>
        <translation>يتلقى ال&amp;فواتير الإلكترونية بدل الورقية</translation>
    </message>
    <message>
        <location filename="../contact_dialog.py" line="87"/>
        <source>&amp;E-mail</source>
        <translation>ال&amp;بريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../contact_dialog.py" line="75"/>
        <source>Save the contacts</source>
        <translation>حفظ بيانات الاتصال</translation>
    </message>
    <message>
        <location filename="../contact_dialog.py" line="80"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../contact_dialog.py" line="86"/>
        <source>&amp;Mobile</source>
        <translation>ال&amp;هاتف المحمول</translation>
    </message>
    <message>
        <location filename="../contact_dialog.py" line="88"/>
        <source>Preferred &amp;channel</source>
        <translation>ال&amp;قناة المفضلة</translation>
    </message>
    <message>
        <location filename="../contact_dialog.py" line="96"/>
        <source>Loading…</source>
        <translation>جار التحميل…</translation>
    </message>
    <message>
        <location filename="../contact_dialog.py" line="135"/>
        <source>Saving…</source>
        <translation>جار الحفظ…</translation>
    </message>
    <message>
        <location filename="../contact_dialog.py" line="145"/>
        <source>Contacts saved.</source>
        <translation>تم حفظ بيانات الاتصال.</translation>
    </message>
    <message>
        <location filename="../contact_dialog.py" line="145"/>
        <source>Nothing changed.</source>
        <translation>لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../contact_dialog.py" line="148"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>CounterTools</name>
    <message>
        <location filename="../counter_tools.py" line="84"/>
        <source>T&amp;ools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <location filename="../counter_tools.py" line="85"/>
        <source>Tariff &amp;simulator…</source>
        <translation>&amp;محاكي التعريفات…</translation>
    </message>
    <message>
        <location filename="../counter_tools.py" line="86"/>
        <source>&amp;Explain this bill…</source>
        <translation>&amp;شرح هذه الفاتورة…</translation>
    </message>
    <message>
        <location filename="../counter_tools.py" line="87"/>
        <source>Print the selected receipt a&amp;gain</source>
        <translation>إعادة &amp;طباعة الوصل المحدد</translation>
    </message>
    <message>
        <location filename="../counter_tools.py" line="88"/>
        <source>S&amp;ync now</source>
        <translation>م&amp;زامنة الآن</translation>
    </message>
    <message>
        <location filename="../counter_tools.py" line="89"/>
        <source>&amp;Change my password…</source>
        <translation>&amp;تغيير كلمة المرور…</translation>
    </message>
    <message>
        <location filename="../counter_tools.py" line="90"/>
        <source>Sync &amp;problems…</source>
        <translation>م&amp;شاكل المزامنة…</translation>
    </message>
    <message>
        <location filename="../counter_tools.py" line="91"/>
        <source>&amp;Users…</source>
        <translation>&amp;المستخدمون…</translation>
    </message>
    <message>
        <location filename="../counter_tools.py" line="92"/>
        <source>&amp;Meter reading…</source>
        <translation>قراءة ال&amp;عداد…</translation>
    </message>
    <message>
        <location filename="../counter_tools.py" line="93"/>
        <source>Co&amp;ntacts…</source>
        <translation>بيانات ال&amp;اتصال…</translation>
    </message>
    <message>
        <location filename="../counter_tools.py" line="105"/>
        <source>No central server is configured: an administrator sets it in Settings. Payments are kept here meanwhile.</source>
        <translation>لم يُضبط أي خادم مركزي: يضبطه المدير في الإعدادات. تبقى المدفوعات محفوظة هنا في الأثناء.</translation>
    </message>
    <message>
        <location filename="../counter_tools.py" line="140"/>
        <source>Select a bill of the account first (scan it or click it).</source>
        <translation>اختر أولًا فاتورة من الحساب (امسحها أو انقر عليها).</translation>
    </message>
    <message>
        <location filename="../counter_tools.py" line="150"/>
        <source>Select a counter payment in the payment history first.</source>
        <translation>اختر أولًا دفعة شباك في سجل المدفوعات.</translation>
    </message>
    <message>
        <location filename="../counter_tools.py" line="153"/>
        <source>Duplicate of receipt {receipt} sent to the printer.</source>
        <translation>أُرسلت نسخة ثانية من الوصل {receipt} إلى الطابعة.</translation>
    </message>
    <message>
        <location filename="../counter_tools.py" line="171"/>
        <location filename="../counter_tools.py" line="180"/>
        <source>Open an account first (scan a bill or search).</source>
        <translation>افتح حسابا أولا (امسح فاتورة أو ابحث).</translation>
    </message>
    <message>
        <location filename="../counter_tools.py" line="188"/>
        <source>Your password was changed.</source>
        <translation>تم تغيير كلمة المرور.</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <location filename="../dashboard.py" line="86"/>
        <source>Manager dashboard</source>
        <translation>لوحة متابعة المسؤول</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="103"/>
        <source>Open tills</source>
        <translation>الصناديق المفتوحة</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="104"/>
        <source>Today&apos;s takings by clerk and tender</source>
        <translation>تحصيلات اليوم حسب الموظف ووسيلة الدفع</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="105"/>
        <source>Discrepancies of closed tills</source>
        <translation>فروق الصناديق المغلقة</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="106"/>
        <source>Outstanding debt by customer category and age</source>
        <translation>الديون المستحقة حسب فئة الزبون والأقدمية</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="107"/>
        <source>Voided today</source>
        <translation>الدفعات الملغاة اليوم</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="126"/>
        <source>Refresh (F5)</source>
        <translation>تحديث (F5)</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="129"/>
        <source>Close the day…</source>
        <translation>إقفال اليوم…</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="131"/>
        <source>Save Z report as PDF…</source>
        <translation>حفظ تقرير Z بصيغة PDF…</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="137"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="166"/>
        <source>Agency {agency} · {day} · day {status} · taken today {taken} · outstanding debt {debt}</source>
        <translation>الوكالة {agency} · {day} · اليوم: {status} · المحصّل اليوم {taken} · الديون المستحقة {debt}</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="196"/>
        <source>Close the day</source>
        <translation>إقفال اليوم</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="198"/>
        <source>Close the business day now? Nothing more can be recorded for today afterwards.</source>
        <translation>هل تريد إقفال يوم العمل الآن؟ لن يمكن تسجيل أي شيء لهذا اليوم بعد ذلك.</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="218"/>
        <source>Z report no. {number} of {day} closed by {manager}.</source>
        <translation>تقرير Z رقم {number} ليوم {day}، أقفله {manager}.</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="221"/>
        <source>Day total {total} in {count} payments · voids {voids} ({void_amount})</source>
        <translation>مجموع اليوم {total} في {count} دفعة · الإلغاءات {voids} ({void_amount})</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="230"/>
        <source>Grand total {total}</source>
        <translation>المجموع التراكمي {total}</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="245"/>
        <source>Save the Z report</source>
        <translation>حفظ تقرير Z</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="245"/>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="5"/>
        <source>Cannot combine {left} and {right} amounts. Enter the amount in {left}.</source>
        <translation>لا يمكن الجمع بين مبالغ بـ{left} و{right}. أدخل المبلغ بـ{left}.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="6"/>
        <source>No amount was entered. Type an amount such as 1250,00.</source>
        <translation>لم يُدخل أي مبلغ. اكتب مبلغًا مثل 1250,00.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="7"/>
        <source>&apos;{text}&apos; is not an amount. Type digits, e.g. 1250,50.</source>
        <translation>«{text}» ليس مبلغًا. اكتب أرقامًا، مثلًا 1250,50.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="8"/>
        <source>Amounts must be positive (&apos;{text}&apos;). Enter the amount received.</source>
        <translation>يجب أن يكون المبلغ موجبًا («{text}»). أدخل المبلغ المستلم.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="9"/>
        <source>The amount is zero. Enter the amount received.</source>
        <translation>المبلغ صفر. أدخل المبلغ المستلم.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="10"/>
        <source>&apos;{text}&apos; has more than {decimals} decimals. Round it to the centime.</source>
        <translation>«{text}» فيه أكثر من {decimals} أرقام عشرية. قرّبه إلى السنتيم.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="11"/>
        <source>&apos;{text}&apos; is too large. Check the amount and type it again.</source>
        <translation>«{text}» كبير جدًا. تحقق من المبلغ واكتبه من جديد.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="16"/>
        <source>{amount} is above the maximum of {maximum} for one payment. Split it or ask the branch manager.</source>
        <translation>{amount} يتجاوز الحد الأقصى {maximum} للتسديد الواحد. قسّمه أو اطلب رئيس الوكالة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="17"/>
        <source>No account {account_no}. Check the number or search by name.</source>
        <translation>لا يوجد حساب {account_no}. تحقق من الرقم أو ابحث بالاسم.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="18"/>
        <source>Account {account_no} is closed: payments are refused. Send the customer to the branch manager.</source>
        <translation>الحساب {account_no} مغلق: التسديدات مرفوضة. وجّه الزبون إلى رئيس الوكالة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="19"/>
        <source>No bill {bill_no} on account {account_no}. Check the reference on the bill.</source>
        <translation>لا توجد فاتورة {bill_no} في الحساب {account_no}. تحقق من المرجع المكتوب على الفاتورة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="20"/>
        <source>Bill {bill_no} is already paid. Remove it from the selection.</source>
        <translation>الفاتورة {bill_no} مسددة من قبل. أزلها من التحديد.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="21"/>
        <source>Bill {bill_no} is listed twice. List each bill once.</source>
        <translation>الفاتورة {bill_no} مذكورة مرتين. اذكر كل فاتورة مرة واحدة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="22"/>
        <source>{amount} is more than the {due} due, and this agency does not keep credit. Take {due} at most.</source>
        <translation>{amount} أكثر من المستحق {due}، وهذه الوكالة لا تحتفظ برصيد دائن. استلم {due} على الأكثر.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="23"/>
        <source>Nothing is due on account {account_no} and this agency does not keep credit. No payment is needed.</source>
        <translation>لا شيء مستحق على الحساب {account_no} وهذه الوكالة لا تحتفظ برصيد دائن. لا حاجة إلى التسديد.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="25"/>
        <source>{tendered} tendered is less than the {amount} to pay. Ask for more cash or lower the amount.</source>
        <translation>المبلغ المقدَّم {tendered} أقل من المبلغ الواجب دفعه {amount}. اطلب نقودًا أكثر أو خفّض المبلغ.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="26"/>
        <source>Unknown tender &apos;{tender}&apos;. Use cash or card.</source>
        <translation>طريقة دفع غير معروفة «{tender}». استعمل النقد أو البطاقة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="27"/>
        <source>Card: type the last 4 digits only (got &apos;{text}&apos;). Never type the full card number.</source>
        <translation>البطاقة: اكتب الأرقام الأربعة الأخيرة فقط (أُدخل «{text}»). لا تكتب رقم البطاقة كاملًا أبدًا.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="28"/>
        <source>Card: the authorisation code from the terminal slip is missing. Copy it from the slip.</source>
        <translation>البطاقة: رمز الترخيص المطبوع على وصل الجهاز مفقود. انسخه من الوصل.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="29"/>
        <source>Card: authorisation code &apos;{text}&apos; is not valid (2 to 12 letters or digits). Copy it from the slip.</source>
        <translation>البطاقة: رمز الترخيص «{text}» غير صالح (من 2 إلى 12 حرفًا أو رقمًا). انسخه من الوصل.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="30"/>
        <source>Unknown card scheme &apos;{scheme}&apos;. Use one of: {supported}.</source>
        <translation>شبكة بطاقة غير معروفة «{scheme}». استعمل إحدى: {supported}.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="31"/>
        <source>&apos;Tendered&apos; only applies to cash. Remove it for a card payment.</source>
        <translation>«المبلغ المقدَّم» خاص بالدفع نقدًا. امسحه عند الدفع بالبطاقة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="32"/>
        <source>Unknown user or wrong password. Check both and try again.</source>
        <translation>مستخدم غير معروف أو كلمة مرور خاطئة. تحقق منهما وأعد المحاولة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="33"/>
        <source>User {username} is locked after too many wrong passwords. Ask an administrator.</source>
        <translation>المستخدم {username} موقوف بعد محاولات كثيرة بكلمة مرور خاطئة. اتصل بالمسؤول.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="34"/>
        <source>User {username} is disabled. Ask an administrator.</source>
        <translation>المستخدم {username} معطَّل. اتصل بالمسؤول.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="35"/>
        <source>User {username} ({role}) may not {action}. Ask a {needed}.</source>
        <translation>لا يحق للمستخدم {username} ({role}) القيام بـ: {action}. اطلب: {needed}.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="36"/>
        <source>No configuration: {what}. Run &apos;guichet init&apos; or the first-run assistant.</source>
        <translation>لا توجد إعدادات: {what}. شغّل «guichet init» أو مساعد التشغيل الأول.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="41"/>
        <source>Database {path} has no Guichet schema. Run &apos;guichet init --db {path}&apos; first.</source>
        <translation>قاعدة البيانات {path} لا تحتوي على مخطط Guichet. شغّل أولًا «guichet init --db {path}».</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="42"/>
        <source>Database {path} is at an older version. Run &apos;guichet init --db {path}&apos; to upgrade it.</source>
        <translation>قاعدة البيانات {path} بإصدار قديم. شغّل «guichet init --db {path}» لتحديثها.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="43"/>
        <source>Type at least one letter or digit to search.</source>
        <translation>اكتب حرفًا أو رقمًا واحدًا على الأقل للبحث.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="44"/>
        <source>Unknown demo profile &apos;{profile}&apos;. Use dz or ma.</source>
        <translation>ملف العرض التجريبي «{profile}» غير معروف. استعمل dz أو ma.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="45"/>
        <source>Database {path} already holds {count} accounts. Use a new --db path.</source>
        <translation>قاعدة البيانات {path} تحتوي من قبل على حسابات (عددها {count}). استعمل مسارًا جديدًا مع ‎--db.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="46"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="47"/>
        <source>{username} has no open cash session on terminal {terminal}. Open one with the counted float first.</source>
        <translation>ليس لـ{username} صندوق مفتوح في الشباك {terminal}. افتح الصندوق أولًا بالمبلغ الابتدائي المعدود.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="48"/>
        <source>Terminal {terminal} already has an open cash session ({username}). Close it before opening another.</source>
        <translation>في الشباك {terminal} صندوق مفتوح من قبل ({username}). أغلقه قبل فتح صندوق آخر.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="49"/>
        <source>A pickup of {amount} is more than the {available} in the till. Count again and enter a smaller amount.</source>
        <translation>مبلغ السحب {amount} أكبر من المبلغ الموجود في الصندوق {available}. أعد العدّ وأدخل مبلغًا أقل.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="53"/>
        <source>No cash session {session}. Check the reference.</source>
        <translation>لا توجد جلسة صندوق بالمرجع {session}. تحقق من المرجع.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="62"/>
        <source>Unknown void reason &apos;{reason}&apos;. Use one of: {known}.</source>
        <translation>سبب الإلغاء «{reason}» غير معروف. استعمل أحد الأسباب التالية: {known}.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="67"/>
        <source>The journal is broken at entry {seq}: {reason}. Keep the database as it is and call the branch manager.</source>
        <translation>سجل العمليات معطوب عند القيد رقم {seq}: {reason}. اترك قاعدة البيانات على حالها واتصل برئيس الوكالة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="71"/>
        <source>No user {username}. Check the name with &apos;guichet user list&apos;.</source>
        <translation>لا يوجد مستخدم باسم {username}. تحقق من الاسم بالأمر «guichet user list».</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="72"/>
        <source>{username} cannot disable their own account. Ask another administrator.</source>
        <translation>لا يمكن لـ {username} تعطيل حسابه بنفسه. اطلب ذلك من مسؤول آخر.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="73"/>
        <source>User {username} already exists. Choose another name.</source>
        <translation>المستخدم {username} موجود من قبل. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="74"/>
        <source>{value} is not a {currency} note or coin here. Count with the listed denominations.</source>
        <translation>{value} ليست ورقة نقدية ولا قطعة بـ{currency} هنا. عُدّ بالفئات المذكورة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="75"/>
        <source>The count for {value} must be a whole number of 0 or more (got {count}). Count again.</source>
        <translation>عدد الفئة {value} يجب أن يكون عددًا صحيحًا يساوي 0 أو أكثر (أُدخل {count}). أعد العد.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="4"/>
        <source>Unknown currency {currency}. Use one of: {supported}.</source>
        <translation>عملة غير معروفة {currency}. استعمل إحدى: {supported}.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="50"/>
        <source>The {tender} count differs by {difference} (tolerance {tolerance}). A manager must validate it with a justification.</source>
        <translation>يختلف عدّ {tender} بمقدار {difference} (الهامش المسموح {tolerance}). يجب أن يصادق عليه مسؤول مع تبرير.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="51"/>
        <source>Write why the count differs before the manager validates it.</source>
        <translation>اكتب سبب اختلاف العدّ قبل أن يصادق عليه المسؤول.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="57"/>
        <source>{username} cannot approve their own request: another manager must type their credentials.</source>
        <translation>لا يمكن لـ {username} الموافقة على طلبه بنفسه: يجب أن يكتب مسؤول آخر بيانات دخوله.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="54"/>
        <source>The business day {day} is closed: nothing more can be recorded for it. Open a session tomorrow.</source>
        <translation>يوم العمل {day} مُقفل: لا يمكن تسجيل أي شيء فيه. افتح جلسة غدًا.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="55"/>
        <source>The day cannot be closed: sessions still open on {terminals}. Close them first.</source>
        <translation>لا يمكن إقفال اليوم: ما زالت صناديق مفتوحة في {terminals}. أغلقها أولًا.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="56"/>
        <source>No business day {day} to close: no session was opened that day.</source>
        <translation>لا يوجد يوم عمل {day} لإقفاله: لم يُفتح أي صندوق في ذلك اليوم.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="58"/>
        <source>No payment with receipt {receipt_no}. Check the receipt number.</source>
        <translation>لا توجد دفعة بالوصل {receipt_no}. تحقق من رقم الوصل.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="59"/>
        <source>Receipt {receipt_no} is from {day}: only payments of today&apos;s open session can be voided. Record a correction instead.</source>
        <translation>الوصل {receipt_no} بتاريخ {day}: لا يمكن إلغاء إلا دفعات الصندوق المفتوح اليوم. سجّل تصحيحًا بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="60"/>
        <source>The cash session of receipt {receipt_no} is closed: it can no longer be voided. Record a correction instead.</source>
        <translation>صندوق الوصل {receipt_no} مغلق: لم يعد ممكنًا إلغاؤه. سجّل تصحيحًا بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="61"/>
        <source>Receipt {receipt_no} is already voided.</source>
        <translation>الوصل {receipt_no} ملغى بالفعل.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="66"/>
        <source>Receipt {receipt_no} put {credit} on the account credit, and only {available} is left. Settle that first with the branch manager.</source>
        <translation>أضاف الوصل {receipt_no} مبلغ {credit} إلى رصيد الحساب الدائن ولم يبقَ إلا {available}. سوِّ ذلك أولًا مع رئيس الوكالة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="70"/>
        <source>That password is too weak: use 8 characters or more, not only digits, not the user name.</source>
        <translation>كلمة المرور هذه ضعيفة جدًا: استعمل 8 أحرف أو أكثر، ليست أرقامًا فقط، وليست اسم المستخدم.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="76"/>
        <source>Unknown tariff &apos;{tariff}&apos;. Use one of: {known}.</source>
        <translation>التسعيرة «{tariff}» غير معروفة. استعمل إحدى التسعيرات التالية: {known}.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="77"/>
        <source>Consumption {quantity} is negative. Check the meter readings: the new index must not be below the previous one.</source>
        <translation>الاستهلاك {quantity} سالب. تحقق من قراءات العداد: يجب ألا يكون المؤشر الجديد أقل من المؤشر السابق.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="78"/>
        <source>Tariff file {file} is not valid: {problem}. Correct the file or reinstall the tariff data.</source>
        <translation>ملف التسعيرة {file} غير صالح: {problem}. صحّح الملف أو أعد تثبيت بيانات التسعيرات.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="79"/>
        <source>No receipt {receipt_no}. Check the number printed on the receipt or find the payment on the account.</source>
        <translation>لا يوجد وصل استلام {receipt_no}. تحقق من الرقم المطبوع على الوصل أو ابحث عن الدفعة في الحساب.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="81"/>
        <source>Printer width {width} is not supported. Use 384, 512 or 576 dots.</source>
        <translation>عرض الطابعة {width} غير مدعوم. استعمل 384 أو 512 أو 576 نقطة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="82"/>
        <source>Printer {printer} does not answer ({detail}). Check that it is switched on and connected, then retry: the receipt stays in the print queue.</source>
        <translation>الطابعة {printer} لا تستجيب ({detail}). تأكد أنها مشغّلة وموصولة، ثم أعد المحاولة: يبقى الوصل في قائمة انتظار الطباعة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="83"/>
        <source>Printer {printer} did not answer within {seconds} s. Check the cable or network and that the printer is not busy, then retry: the receipt stays in the print queue.</source>
        <translation>لم تستجب الطابعة {printer} خلال {seconds} ثانية. تحقق من الكابل أو الشبكة ومن أن الطابعة غير مشغولة، ثم أعد المحاولة: يبقى الوصل في قائمة انتظار الطباعة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="84"/>
        <source>Printer {printer} is out of paper. Load a new roll and close the cover, then retry: the receipt stays in the print queue.</source>
        <translation>نفد الورق في الطابعة {printer}. ضع لفافة جديدة وأغلق الغطاء، ثم أعد المحاولة: يبقى الوصل في قائمة انتظار الطباعة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="85"/>
        <source>Printer {printer} reports an error or an open cover. Close the cover and clear any paper jam, then retry: the receipt stays in the print queue.</source>
        <translation>تُبلغ الطابعة {printer} عن خطأ أو عن غطاء مفتوح. أغلق الغطاء وأزل أي ورق عالق، ثم أعد المحاولة: يبقى الوصل في قائمة انتظار الطباعة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="86"/>
        <source>Printer {printer} was disconnected while printing ({detail}). Reconnect it and retry; check the printed receipt, and reprint it if it is incomplete.</source>
        <translation>انقطع اتصال الطابعة {printer} أثناء الطباعة ({detail}). أعد توصيلها ثم أعد المحاولة؛ وافحص الوصل المطبوع وأعد طباعته إن كان ناقصًا.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="87"/>
        <source>Printing to {printer} needs {package}, which is not installed. Install it (pip install {package}) or choose another printer connection.</source>
        <translation>الطباعة على {printer} تتطلب الحزمة {package} وهي غير مثبتة. ثبّتها (pip install {package}) أو اختر طريقة توصيل أخرى للطابعة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="88"/>
        <source>Printer {printer} refused the job: {detail}. Check the printer and its settings, then retry.</source>
        <translation>رفضت الطابعة {printer} مهمة الطباعة: {detail}. تحقق من الطابعة وإعداداتها، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="89"/>
        <source>Printing on {printer} was interrupted (the program stopped while printing). Check whether the receipt came out; retry the job if it did not.</source>
        <translation>توقفت الطباعة على {printer} (توقف البرنامج أثناء الطباعة). تحقق هل خرج الوصل؛ وإن لم يخرج فأعد مهمة الطباعة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="90"/>
        <source>No print job {job}. Refresh the print queue and pick a job from it.</source>
        <translation>لا توجد مهمة طباعة {job}. حدّث قائمة انتظار الطباعة واختر مهمة منها.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="91"/>
        <source>Print job {job} has already been printed. Use reprint to print a duplicate.</source>
        <translation>مهمة الطباعة {job} طُبعت من قبل. استعمل إعادة الطباعة لطباعة نسخة ثانية.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="92"/>
        <source>No receipt printer is configured for this terminal. Set one in the settings (printer_uri) or pass --printer URI.</source>
        <translation>لا توجد طابعة وصولات مضبوطة لهذا الشباك. اضبطها في الإعدادات (printer_uri) أو مرّر ‎--printer URI.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="93"/>
        <source>The period starts on {date_from}, after it ends on {date_to}. Swap the two dates.</source>
        <translation>تبدأ الفترة في {date_from} بعد نهايتها في {date_to}. بدّل التاريخين.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="94"/>
        <source>{field} &apos;{text}&apos; is not a date. Type it as YYYY-MM-DD, e.g. 2024-03-31.</source>
        <translation>{field}: «{text}» ليس تاريخًا. اكتبه بالشكل YYYY-MM-DD، مثلًا 2024-03-31.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="98"/>
        <source>Receipt {receipt_no} was voided: no payment certificate can be issued for it. Check the receipt number, or issue the certificate of the payment that replaced it.</source>
        <translation>الوصل {receipt_no} ملغى: لا يمكن إصدار شهادة دفع له. تحقق من رقم الوصل، أو أصدر شهادة الدفعة التي حلّت محله.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="99"/>
        <source>Account {account_no} still owes {due} in all, with {count} open bill(s): {bills}. A no-debt certificate is issued only when nothing is due: take the payment first.</source>
        <oldsource>Account {account_no} still owes {due} on {count} bill(s): {bills}. A no-debt certificate is issued only when nothing is due: take the payment first.</oldsource>
        <translation>ما زال على الحساب {account_no} مبلغ {due} في المجموع، منه {count} فاتورة مفتوحة: {bills}. لا تُسلَّم شهادة براءة الذمة إلا إذا لم يبقَ أي مبلغ مستحق: استلم التسديد أولًا.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="100"/>
        <source>Cannot write the PDF to {path} ({problem}). Choose a file in a folder that exists and that you may write to.</source>
        <translation>تعذّر حفظ ملف PDF في {path} ({problem}). اختر ملفًا في مجلد موجود يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="80"/>
        <source>Printer address &apos;{uri}&apos; is not valid: {problem}. Use tcp://HOST:9100, usb://VID:PID, serial:///dev/ttyUSB0?baudrate=19200, cups://QUEUE, win://NAME or file:///PATH.</source>
        <translation>عنوان الطابعة &apos;{uri}&apos; غير صالح: {problem}. استعمل tcp://HOST:9100 أو usb://VID:PID أو serial:///dev/ttyUSB0?baudrate=19200 أو cups://QUEUE أو win://NAME أو file:///PATH.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="12"/>
        <source>&apos;{text}&apos; could be {small} or {large}: type {large_typed} or {small}, as meant.</source>
        <translation>&apos;{text}&apos; قد يعني {small} أو {large}: اكتب {large_typed} أو {small} حسب المقصود.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="13"/>
        <source>&apos;{text}&apos; could be {large}, or {small} which has more than {decimals} decimals. Type {large_typed} for {large}.</source>
        <translation>&apos;{text}&apos; قد يعني {large}، أو {small} وفيه أكثر من {decimals} أرقام عشرية. اكتب {large_typed} للمبلغ {large}.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="14"/>
        <source>&apos;{text}&apos; is not grouped by three digits (1 234 567,50). Check the amount and type it again, or without grouping (1234567,50).</source>
        <translation>&apos;{text}&apos; غير مجمّع بثلاثة أرقام (1 234 567,50). تحقق من المبلغ وأعد كتابته، أو اكتبه دون تجميع (1234567,50).</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="15"/>
        <source>&apos;{text}&apos; is in another currency ({found}): this terminal takes {currency} only. Type the amount in {currency}.</source>
        <translation>&apos;{text}&apos; بعملة أخرى ({found}): هذا الشباك يقبل {currency} فقط. اكتب المبلغ بـ {currency}.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="24"/>
        <source>{credit} of the {amount} would be left as account credit (more than {threshold}). Check the amount; if it is meant, tick the confirmation box.</source>
        <translation>سيبقى {credit} من {amount} رصيدا دائنا في الحساب (أكثر من {threshold}). تحقق من المبلغ؛ إن كان مقصودا، أشّر على خانة التأكيد.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="37"/>
        <source>{path} is the database itself: {option} must name another file, or every payment in it would be lost.</source>
        <translation>{path} هو قاعدة البيانات نفسها: يجب أن يسمّي {option} ملفًا آخر، وإلا ضاعت كل المدفوعات المسجلة فيها.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="38"/>
        <source>Cannot use the file {path} ({problem}). Check the name (not too long, no forbidden characters), that its folder exists and that you may use it, then retry.</source>
        <translation>تعذّر استعمال الملف {path} ({problem}). تحقّق من الاسم (غير طويل جدًا وبلا محارف ممنوعة) ومن وجود مجلده ومن أنه يحق لك استعماله، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="39"/>
        <source>The setting {key} is &apos;{value}&apos;, not {expected}. Ask an administrator to correct it in the terminal settings.</source>
        <translation>قيمة الإعداد {key} هي «{value}» وليست {expected}. اطلب من المسؤول تصحيحها في إعدادات المحطة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="40"/>
        <source>The set-up was refused: {problems}. Correct these and run it again.</source>
        <translation>رُفضت التهيئة: {problems}. صحّح ذلك ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="63"/>
        <source>The till of receipt {receipt_no} is still open: void the payment instead of correcting it.</source>
        <translation>صندوق الوصل {receipt_no} لا يزال مفتوحاً: ألغِ التسديد بدلاً من تصحيحه.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="64"/>
        <source>Receipt {receipt_no} has already been corrected. Look for its correction in the payment history.</source>
        <translation>سبق تصحيح الوصل {receipt_no}. ابحث عن تصحيحه في سجل التسديدات.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="65"/>
        <source>Receipt {receipt_no} is itself a correction and cannot be corrected. Take a new payment instead.</source>
        <translation>الوصل {receipt_no} هو نفسه تصحيح ولا يمكن تصحيحه. سجّل تسديداً جديداً بدلاً من ذلك.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="68"/>
        <source>The journal audit found {count} problem(s), the first: {first}. Keep the database as it is and call the branch manager.</source>
        <translation>وجد تدقيق السجل {count} مشكلة، أولها: {first}. اترك قاعدة البيانات كما هي واتصل بمدير الوكالة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="69"/>
        <source>The journal could not be compared with what central acknowledged ({problem}). Check the network and run the audit again, or add --local to check this file alone.</source>
        <translation>تعذّرت مقارنة السجل بما أكّد المركز استلامه ({problem}). تحقّق من الشبكة وأعد التدقيق، أو أضف ‎--local‎ لتدقيق هذا الملف وحده.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="121"/>
        <source>The central audit needs an administrator login that may read every agency&apos;s rows (a superuser, or a role with BYPASSRLS); &apos;{user}&apos; may not. Use the administrator address of &apos;guichet central init&apos;.</source>
        <translation>يتطلب التدقيق المركزي حساب مسؤول يمكنه قراءة صفوف كل الوكالات (مستخدم خارق أو دور يملك BYPASSRLS)؛ و«{user}» لا يملك ذلك. استعمل عنوان المسؤول الخاص بـ ‎&apos;guichet central init&apos;‎.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="95"/>
        <source>{day} is too far in the past or the future for this. Check the date (YYYY-MM-DD).</source>
        <translation>{day} بعيد جدًا في الماضي أو المستقبل لهذا الغرض. تحقّق من التاريخ (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="97"/>
        <source>Account {account_no} still owes {due}: a regularisation debit of {pending} (meter {meter_no}, {period_start} to {period_end}) is decided and waits for the next bill. A no-debt certificate is issued only when nothing is due: take {due} as an advance payment, or wait for the bill and take its payment.</source>
        <translation>ما زال على الحساب {account_no} مبلغ {due}: تسوية مدينة قدرها {pending} (العداد {meter_no}، من {period_start} إلى {period_end}) تقررت وتنتظر الفاتورة القادمة. لا تُسلَّم شهادة براءة الذمة إلا إذا لم يبقَ أي مبلغ مستحق: استلم {due} تسبيقًا، أو انتظر الفاتورة واستلم تسديدها.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="96"/>
        <source>{field} looks like a full card number (ending {last4}): nothing was saved. Type only the last 4 digits of a card, never the whole number.</source>
        <translation>{field} يبدو رقم بطاقة كاملًا (ينتهي بـ {last4}): لم يُحفظ شيء. اكتب آخر 4 أرقام من البطاقة فقط، ولا تكتب الرقم كاملًا أبدًا.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="101"/>
        <source>The business day {day} is closed (Z {z_number}) but its report could not be written to {path} ({problem}). The totals are stored: reprint the report with &apos;guichet z-report --day {day} --report FILE.pdf&apos;.</source>
        <translation>أُقفل يوم العمل {day} (تقرير Z رقم {z_number}) لكن تعذّر حفظ تقريره في {path} ({problem}). المجاميع محفوظة: أعد طباعة التقرير بالأمر «guichet z-report --day {day} --report FILE.pdf».</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="102"/>
        <source>The business day {day} is still open: it has no Z report yet. Close it first with &apos;guichet close-day --user MANAGER --day {day} --report FILE.pdf&apos;.</source>
        <translation>يوم العمل {day} ما زال مفتوحًا: ليس له تقرير Z بعد. أقفله أولًا بالأمر «guichet close-day --user MANAGER --day {day} --report FILE.pdf».</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="103"/>
        <source>No business day {day} for agency {agency}: no cash session was opened that day. Check the date (YYYY-MM-DD).</source>
        <translation>لا يوجد يوم عمل {day} للوكالة {agency}: لم يُفتح أي صندوق في ذلك اليوم. تحقق من التاريخ (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="104"/>
        <source>The central database cannot be reached ({problem}). Keep working: payments wait in the queue and are sent when the network is back.</source>
        <translation>تعذّر الوصول إلى قاعدة البيانات المركزية ({problem}). واصل العمل: تبقى التسديدات في قائمة الانتظار وتُرسَل عند عودة الشبكة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="105"/>
        <source>The central database is busy ({problem}). Nothing was lost: sync again in a minute.</source>
        <translation>قاعدة البيانات المركزية مشغولة ({problem}). لم يضِع أي شيء: أعد المزامنة بعد دقيقة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="106"/>
        <source>Synchronisation stopped ({problem}). Nothing was lost: payments stay in the queue. Tell support if it repeats.</source>
        <translation>توقفت المزامنة ({problem}). لم يضِع أي شيء: تبقى التسديدات في قائمة الانتظار. أبلغ الدعم إن تكرر ذلك.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="107"/>
        <source>The central login &apos;{user}&apos; is not an agency login. Use the connection settings printed by &apos;guichet central add-agency&apos;.</source>
        <translation>حساب الدخول المركزي «{user}» ليس حساب وكالة. استعمل إعدادات الاتصال التي يطبعها الأمر «guichet central add-agency».</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="109"/>
        <source>Say in a note (at least {minimum} characters) what was done about this item: customer refunded, duplicate confirmed with support... The note is kept in the journal.</source>
        <translation>اكتب في ملاحظة (على الأقل {minimum} أحرف) ما تمّ بشأن هذا العنصر: إرجاع المبلغ للزبون، تأكيد التكرار مع الدعم… تُحفَظ الملاحظة في السجل.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="110"/>
        <source>Sync problem {item} is not in the list any more. Close and reopen the list.</source>
        <translation>مشكل المزامنة {item} لم يعد في القائمة. أغلق القائمة ثم افتحها من جديد.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="111"/>
        <source>Sync problem {item} was already dealt with by {username} at {at}: nothing to do.</source>
        <translation>مشكل المزامنة {item} عالجه {username} في {at}: لا شيء للقيام به.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="112"/>
        <source>Sync problem {item} is a row central sent that failed its checks: there is nothing to send again. Ask head office to correct it (it then applies by itself), or mark it handled with a note.</source>
        <translation>مشكلة المزامنة {item} سطر أرسله الخادم المركزي ولم يجتز الفحوص: لا يوجد ما يُعاد إرساله. اطلب من المديرية تصحيحه (فيُطبَّق تلقائيًا)، أو علِّمه كمعالَج مع ملاحظة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="108"/>
        <source>This terminal belongs to agency {local}, but the central login is agency {remote}&apos;s. Use this agency&apos;s connection settings; nothing was sent.</source>
        <translation>هذا الشباك تابع للوكالة {local}، لكن حساب الدخول المركزي خاص بالوكالة {remote}. استعمل إعدادات اتصال هذه الوكالة؛ لم يُرسَل أي شيء.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="52"/>
        <source>{username}, this is your own till: close it with Close my till, counting it yourself.</source>
        <translation>{username}، هذا صندوقك أنت: أغلقه من «إغلاق صندوقي» وعُدَّه بنفسك.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="113"/>
        <source>No central database address. Pass --url or set $GUICHET_CENTRAL_URL.</source>
        <translation>لا يوجد عنوان لقاعدة البيانات المركزية. مرّر ‎--url أو اضبط ‎$GUICHET_CENTRAL_URL.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="114"/>
        <source>&apos;{url}&apos; is not a PostgreSQL address. Use postgresql://USER@HOST:5432/DATABASE.</source>
        <translation>«{url}» ليس عنوان PostgreSQL. استعمل postgresql://USER@HOST:5432/DATABASE.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="115"/>
        <source>The central database {url} has no Guichet schema. Run &apos;guichet central init --url ...&apos; first.</source>
        <translation>قاعدة البيانات المركزية {url} لا تحتوي على مخطط Guichet. شغّل أولًا «guichet central init --url ...».</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="116"/>
        <source>Agency {code} already exists. Use --new-password to give it a new password.</source>
        <translation>الوكالة {code} موجودة من قبل. استعمل ‎--new-password لمنحها كلمة مرور جديدة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="117"/>
        <source>Cannot use the central database {url} ({problem}). Check the address, that PostgreSQL runs and that this login may connect.</source>
        <translation>تعذّر استعمال قاعدة البيانات المركزية {url} ({problem}). تحقق من العنوان ومن أن PostgreSQL يعمل وأن حساب الدخول هذا مسموح له بالاتصال.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="118"/>
        <source>Agency {code} is not registered centrally. Add it with &apos;guichet central add-agency {code}&apos;.</source>
        <translation>الوكالة {code} غير مسجلة لدى المركز. أضفها بالأمر &apos;guichet central add-agency {code}&apos;.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="119"/>
        <source>&apos;{currency}&apos; is not a currency code: use three capital letters, e.g. DZD or MAD.</source>
        <translation>&apos;{currency}&apos; ليس رمز عملة: استعمل ثلاثة أحرف لاتينية كبيرة، مثل DZD أو MAD.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="120"/>
        <source>The largest payment must be above zero (got {amount}).</source>
        <translation>يجب أن يكون أكبر مبلغ للدفع أكبر من الصفر (القيمة المدخلة {amount}).</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="122"/>
        <source>&apos;{code}&apos; is not an agency code: use 1 to 16 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>«{code}» ليس رمز وكالة: استعمل من 1 إلى 16 حرفًا أو رقمًا أو «-» أو «_».</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="123"/>
        <source>{path} already exists: a credentials file is never overwritten. Choose a new file name.</source>
        <translation>{path} موجود مسبقًا: لا يُستبدل ملف بيانات الدخول أبدًا. اختر اسم ملف آخر.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="124"/>
        <source>Cannot create the credentials file {path} ({problem}). Choose a folder that exists and that you may write to.</source>
        <translation>تعذّر إنشاء ملف بيانات الدخول {path} ({problem}). اختر مجلدًا موجودًا يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="125"/>
        <source>No credentials file {path}. Copy there the file written by &apos;guichet central add-agency --save&apos;, or correct the path.</source>
        <translation>لا يوجد ملف بيانات دخول {path}. انسخ إليه الملف الذي كتبه «guichet central add-agency --save» أو صحّح المسار.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="126"/>
        <source>The credentials file {path} may be read or changed by other users (mode {mode}). Make it private with &apos;chmod 600 {path}&apos; (owned by this user), then retry.</source>
        <translation>ملف بيانات الدخول {path} يمكن لمستخدمين آخرين قراءته أو تعديله (الوضع {mode}). اجعله خاصًا بالأمر «chmod 600 {path}» (ويملكه هذا المستخدم)، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="127"/>
        <source>{path} is not a Guichet credentials file ({problem}). Write it again with &apos;guichet central add-agency --save FILE&apos;.</source>
        <translation>{path} ليس ملف بيانات دخول لـ Guichet ({problem}). أعد كتابته بالأمر «guichet central add-agency --save FILE».</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="128"/>
        <source>The credentials file {path} is for {user}, but the central address logs in as {url_user}. Use this agency&apos;s file and address.</source>
        <translation>ملف بيانات الدخول {path} خاص بـ {user}، لكن عنوان الخادم المركزي يتصل باسم {url_user}. استعمل ملف هذه الوكالة وعنوانها.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="129"/>
        <source>The central server cannot be reached ({problem}): look-up of other agencies&apos; accounts needs the network. Try again when it is back; this agency&apos;s own accounts can still be paid.</source>
        <translation>تعذّر الوصول إلى الخادم المركزي ({problem}): البحث عن حسابات الوكالات الأخرى يحتاج إلى الشبكة. أعد المحاولة عند عودتها؛ يمكن مواصلة تسديد حسابات هذه الوكالة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="130"/>
        <source>&apos;{query}&apos; is not an account, bill or meter number. Other agencies&apos; accounts are looked up by their exact number only: type the whole number from the bill or the meter.</source>
        <translation>«{query}» ليس رقم حساب ولا فاتورة ولا عدّاد. لا يُبحث عن حسابات الوكالات الأخرى إلا برقمها الكامل: اكتب الرقم كاملًا كما هو على الفاتورة أو العدّاد.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="131"/>
        <source>No account, bill or meter {query} in any agency. Check the number on the bill or the meter.</source>
        <translation>لا يوجد حساب ولا فاتورة ولا عدّاد {query} في أي وكالة. تحقّق من الرقم على الفاتورة أو العدّاد.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="132"/>
        <source>Too many look-ups of other agencies&apos; accounts in the last minute. Wait a minute, then try again.</source>
        <translation>عمليات بحث كثيرة جدًا في حسابات الوكالات الأخرى خلال الدقيقة الأخيرة. انتظر دقيقة ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="133"/>
        <source>No central server is configured, so other agencies&apos; accounts cannot be looked up. An administrator sets its address in the settings (central_url).</source>
        <translation>لم يُضبط أي خادم مركزي، لذا لا يمكن البحث عن حسابات الوكالات الأخرى. يضبط المسؤول عنوانه في الإعدادات (central_url).</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="134"/>
        <source>Central&apos;s data for {query} failed the checks of this counter (a date, an amount or a currency it cannot use): nothing was imported. The manager sees why under Sync problems; ask head office to correct it.</source>
        <translation>بيانات الخادم المركزي الخاصة بـ {query} لم تجتز فحوص هذا الشباك (تاريخ أو مبلغ أو عملة غير قابلة للاستعمال): لم يُستورد شيء. يرى المسؤول السبب في مشاكل المزامنة؛ اطلب من المديرية تصحيحها.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="135"/>
        <source>Tariff {tariff} has no version in force on {day} (versions: {valid}). Check the date, or install the tariff file for that period.</source>
        <translation>التسعيرة {tariff} ليس لها إصدار ساري المفعول في {day} (الإصدارات: {valid}). تحقق من التاريخ، أو ثبّت ملف التسعيرة الخاص بتلك الفترة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="136"/>
        <source>The span covers {periods} billing period(s) ({months}) but {given} estimated amount(s) were given. Give one amount per period, 0 for a period not billed.</source>
        <translation>تشمل المدة فترات فوترة عددها {periods} ({months}) لكن عدد المبالغ التقديرية المُدخلة {given}. أدخل مبلغًا واحدًا لكل فترة، و0 للفترة التي لم تُفوتر.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="137"/>
        <source>No meter {meter_no}. Check the number on the meter or search the account.</source>
        <translation>لا يوجد عداد {meter_no}. تحقق من الرقم المكتوب على العداد أو ابحث في الحساب.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="138"/>
        <source>The reading date {day} is in the future. Type the day the meter was read.</source>
        <translation>تاريخ قراءة العداد {day} في المستقبل. اكتب اليوم الذي قُرئ فيه العداد.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="139"/>
        <source>Index {index} is below the previous index {previous} ({day}). Check the meter again; if the meter was replaced or its register restarted at zero, record it as such.</source>
        <translation>المؤشر {index} أقل من المؤشر السابق {previous} ({day}). أعد التحقق من العداد؛ وإن استُبدل العداد أو عاد عدّاده إلى الصفر فسجّل القراءة على هذا الأساس.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="140"/>
        <source>Index {index} is not below the previous index {previous}: this is not a roll-over. Record it as a normal reading.</source>
        <translation>المؤشر {index} ليس أقل من المؤشر السابق {previous}: هذه ليست عودة للعداد إلى الصفر. سجّلها قراءة عادية.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="141"/>
        <source>A reading is either a meter replacement or a roll-over, not both. Choose one.</source>
        <translation>القراءة إما استبدال للعداد وإما عودة للعداد إلى الصفر، لا الاثنان معًا. اختر أحدهما.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="142"/>
        <source>Meter {meter_no} already has index {index} on {day}. To replace it, record the reading again as a correction.</source>
        <translation>للعداد {meter_no} مؤشر {index} مسجَّل من قبل في {day}. لاستبداله، سجّل القراءة من جديد بصفتها تصحيحًا.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="143"/>
        <source>Meter {meter_no} has no reading on {day} to correct. Record it as a new reading.</source>
        <translation>ليس للعداد {meter_no} قراءة في {day} لتصحيحها. سجّلها قراءة جديدة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="144"/>
        <source>The reading date {day} is before the last reading ({last}). Type the date the meter was read, or correct the last reading instead.</source>
        <translation>تاريخ القراءة {day} سابق لتاريخ آخر قراءة ({last}). اكتب التاريخ الذي قُرئ فيه العداد، أو صحّح آخر قراءة بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="145"/>
        <source>A consumption of {consumption} in {days} days is more than {factor} times the usual {usual}. Check the index with the customer, then confirm the unusual consumption.</source>
        <translation>استهلاك {consumption} خلال {days} يومًا يزيد على {factor} أضعاف الاستهلاك المعتاد {usual}. تحقق من المؤشر مع الزبون، ثم أكّد الاستهلاك غير العادي.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="146"/>
        <source>The setting {key} is &apos;{value}&apos;, not a number of 1 or more. Ask an administrator to set it, e.g. 3.</source>
        <translation>قيمة الإعداد {key} هي «{value}»، وهي ليست عددًا يساوي 1 أو أكثر. اطلب من المسؤول ضبطها، مثلًا على 3.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="147"/>
        <source>&apos;{text}&apos; is not a mobile number. Type 10 digits (05, 06 or 07 in Algeria; 06 or 07 in Morocco) or the international form +213... / +212....</source>
        <translation>«{text}» ليس رقم هاتف نقال. اكتب 10 أرقام (05 أو 06 أو 07 في الجزائر؛ 06 أو 07 في المغرب) أو الصيغة الدولية ‎+213...‎ / ‎+212...‎.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="148"/>
        <source>&apos;{text}&apos; is not an e-mail address. Type it as name@domain.tld.</source>
        <translation>«{text}» ليس عنوان بريد إلكتروني. اكتبه بالشكل name@domain.tld.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="149"/>
        <source>Unknown channel &apos;{channel}&apos;. Use one of: {known}.</source>
        <translation>قناة الإشعار «{channel}» غير معروفة. استعمل إحدى القنوات التالية: {known}.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="150"/>
        <source>Channel {channel} needs {needed}. Enter it first, or choose another channel.</source>
        <translation>القناة {channel} تتطلب {needed}. أدخل ذلك أولًا، أو اختر قناة أخرى.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="151"/>
        <source>An e-bill needs the SMS or e-mail channel. Choose one of them, or keep paper bills.</source>
        <translation>الفاتورة الإلكترونية تتطلب قناة الرسائل القصيرة (SMS) أو البريد الإلكتروني. اختر إحداهما، أو احتفظ بالفواتير الورقية.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="152"/>
        <source>Unknown notification &apos;{kind}&apos;. Use one of: {known}.</source>
        <translation>نوع الإشعار «{kind}» غير معروف. استعمل أحد الأنواع التالية: {known}.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="153"/>
        <source>Customers of category {category} are not offered installment plans. Only a branch manager can approve an exception.</source>
        <translation>لا تُمنح رزنامة تسديد بالتقسيط لزبائن الفئة {category}. وحده رئيس الوكالة يمكنه الموافقة على استثناء.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="154"/>
        <source>Account {account_no} already has an active plan {reference}. Renegotiate that plan instead of adding a second one.</source>
        <translation>للحساب {account_no} رزنامة تسديد سارية من قبل ({reference}). أعد التفاوض على تلك الرزنامة بدلًا من إضافة رزنامة ثانية.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="155"/>
        <source>Account {account_no} broke plan {reference} on {date} (within {days} days): a branch manager must approve a new plan.</source>
        <translation>أخلّ الحساب {account_no} برزنامة التسديد {reference} في {date} (خلال آخر {days} يومًا): يجب أن يوافق رئيس الوكالة على أي رزنامة جديدة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="156"/>
        <source>Bill {bill_no} is not overdue yet (due {due_date}): only overdue bills go into a plan. Leave it out, or ask a manager to approve.</source>
        <translation>الفاتورة {bill_no} لم يحلّ أجلها بعد (تاريخ الاستحقاق {due_date}): لا تدخل في رزنامة التسديد إلا الفواتير المتأخرة. استبعدها، أو اطلب موافقة رئيس الوكالة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="157"/>
        <source>The down payment {down} is below the minimum of {minimum} ({percent}% of {total}). Ask for more, or ask a manager to approve.</source>
        <translation>الدفعة الأولى {down} أقل من الحد الأدنى {minimum} ({percent}% من {total}). اطلب مبلغًا أكبر، أو اطلب موافقة رئيس الوكالة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="158"/>
        <source>{count} installments are more than the {maximum} allowed. Choose {maximum} or fewer, or ask a manager to approve.</source>
        <translation>عدد الأقساط {count} يتجاوز الحد المسموح به {maximum}. اختر عددًا لا يتجاوز {maximum}، أو اطلب موافقة رئيس الوكالة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="159"/>
        <source>Installments of {amount} are below the minimum of {minimum}. Choose fewer installments, or ask a manager to approve.</source>
        <translation>مبلغ القسط {amount} أقل من الحد الأدنى {minimum}. اختر عددًا أقل من الأقساط، أو اطلب موافقة رئيس الوكالة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="160"/>
        <source>The installment policy for {category} is not valid: {problem}. Correct the plan_policy setting.</source>
        <translation>سياسة التقسيط الخاصة بالفئة {category} غير صالحة: {problem}. صحّح الإعداد plan_policy.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="166"/>
        <source>{count} is not a number of installments. Give 1 or more.</source>
        <translation>العدد {count} ليس عددًا صالحًا للأقساط. أدخل 1 أو أكثر.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="208"/>
        <source>use one of {choices}</source>
        <translation>اختر واحدا من: {choices}</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="209"/>
        <source>a name and a password of 4+ characters</source>
        <translation>يلزم اسم وكلمة مرور من 4 أحرف على الأقل</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="210"/>
        <source>unknown time zone &apos;{name}&apos;; use an IANA name such as Africa/Algiers.</source>
        <translation>المنطقة الزمنية «{name}» غير معروفة؛ استعمل اسما من قائمة IANA مثل Africa/Algiers.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="211"/>
        <source>use pickup or topup</source>
        <translation>اختر سحبا أو تزويدا</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="212"/>
        <source>say why the cash moves</source>
        <translation>اذكر سبب حركة النقود</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="213"/>
        <source>this database is already configured</source>
        <translation>قاعدة البيانات هذه معدّة من قبل</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="214"/>
        <source>describe the reason for &apos;other&apos;</source>
        <translation>اشرح السبب عند اختيار «سبب آخر»</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="215"/>
        <source>type the terminal reference from the slip (32 characters at most)</source>
        <translation>اكتب مرجع جهاز الدفع كما في الوصل (32 حرفا على الأكثر)</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="216"/>
        <source>use self or actual</source>
        <translation>اختر قراءة ذاتية أو قراءة فعلية</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="217"/>
        <source>an index is 0 or more</source>
        <translation>المؤشر يساوي 0 أو أكثر</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="218"/>
        <source>{value} is too large for a meter register</source>
        <translation>{value} أكبر مما يسعه مؤشر العداد</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="219"/>
        <source>the plan_policy setting is not JSON</source>
        <translation>الإعداد plan_policy ليس بصيغة JSON</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="220"/>
        <source>the plan_policy setting must be a JSON object</source>
        <translation>يجب أن يكون الإعداد plan_policy كائن JSON</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="221"/>
        <source>text that is not UTF-8: {detail}</source>
        <translation>نص ليس بترميز UTF-8: {detail}</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="222"/>
        <source>the folder {folder} is read-only</source>
        <translation>المجلد {folder} للقراءة فقط</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="223"/>
        <source>not an SQLite database file</source>
        <translation>ليس ملف قاعدة بيانات SQLite</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="224"/>
        <source>the file is read-only</source>
        <translation>الملف للقراءة فقط</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="225"/>
        <source>give a file name</source>
        <translation>اكتب اسم ملف</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="226"/>
        <source>the folder does not exist</source>
        <translation>المجلد غير موجود</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="227"/>
        <source>the folder {folder} does not exist</source>
        <translation>المجلد {folder} غير موجود</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="228"/>
        <source>cannot write in {folder}</source>
        <translation>تتعذر الكتابة في {folder}</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="229"/>
        <source>the user or password holds a line break</source>
        <translation>اسم المستخدم أو كلمة المرور يحتوي على سطر جديد</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="230"/>
        <source>not a file</source>
        <translation>ليس ملفا</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="231"/>
        <source>the file is too large</source>
        <translation>الملف كبير جدا</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="232"/>
        <source>it is not UTF-8 text</source>
        <translation>ليس نصا بترميز UTF-8</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="233"/>
        <source>a line is not user=... or password=...</source>
        <translation>أحد الأسطر ليس على شكل user=... أو password=...</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="234"/>
        <source>no password line</source>
        <translation>لا يوجد سطر لكلمة المرور</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="235"/>
        <source>use 1 or more</source>
        <translation>استعمل 1 أو أكثر</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="236"/>
        <source>log in first</source>
        <translation>سجّل الدخول أولًا</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="237"/>
        <source>no agency {agency} in the central database</source>
        <translation>لا توجد وكالة {agency} في قاعدة البيانات المركزية</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="238"/>
        <source>at most {limit} characters; shorten it</source>
        <translation>{limit} حرفا على الأكثر؛ اختصره</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="239"/>
        <source>use minor units separated by commas</source>
        <translation>اكتب القيم بالوحدات الصغرى مفصولة بفواصل</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="240"/>
        <source>values must be positive</source>
        <translation>يجب أن تكون القيم موجبة</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="241"/>
        <source>not UTF-8 text</source>
        <translation>ليس نصا بترميز UTF-8</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="242"/>
        <source>values are nested too deeply</source>
        <translation>القيم متداخلة بعمق زائد</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="243"/>
        <source>TOML syntax: {detail}</source>
        <translation>خطأ في صيغة TOML: {detail}</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="244"/>
        <source>its validity dates overlap those of &apos;{other}&apos; (same family &apos;{family}&apos;)</source>
        <translation>تتداخل تواريخ صلاحيته مع تواريخ «{other}» (من العائلة نفسها «{family}»)</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="245"/>
        <source>unknown key &apos;{key}&apos;</source>
        <translation>المفتاح «{key}» غير معروف</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="246"/>
        <source>&apos;{key}&apos; must be true/false</source>
        <translation>يجب أن تكون قيمة «{key}» true أو false</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="247"/>
        <source>&apos;{key}&apos; must be a whole number</source>
        <translation>يجب أن تكون قيمة «{key}» عددا صحيحا</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="248"/>
        <source>&apos;{key}&apos; must not be negative</source>
        <translation>يجب ألا تكون قيمة «{key}» سالبة</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="249"/>
        <source>frequency_months, max_installments and rounding_minor must be 1 or more</source>
        <translation>يجب أن تكون frequency_months وmax_installments وrounding_minor مساوية لـ 1 أو أكثر</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="250"/>
        <source>ceiling_installments must be between max_installments ({low}) and {high}</source>
        <translation>يجب أن يكون ceiling_installments بين max_installments ({low}) و{high}</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="251"/>
        <source>use a number of rows from 8 to 4096, e.g. 256 or 960.</source>
        <translation>اكتب عدد أسطر من 8 إلى 4096، مثلا 256 أو 960.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="252"/>
        <source>&apos;{text}&apos; is not a whole number.</source>
        <translation>«{text}» ليس عددا صحيحا.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="253"/>
        <source>&apos;{text}&apos; is not one of {choices}.</source>
        <translation>«{text}» ليس من بين: {choices}.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="254"/>
        <source>it is a folder</source>
        <translation>إنه مجلد</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="255"/>
        <source>the folder {folder} is not writable</source>
        <translation>لا تمكن الكتابة في المجلد {folder}</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="161"/>
        <source>{count} installments is more than any plan may have ({maximum}), even with a manager&apos;s approval. Give {maximum} installments or fewer.</source>
        <translation>{count} قسطا أكثر مما يسمح به أي اتفاق ({maximum})، حتى بموافقة المدير. حدد {maximum} قسطا أو أقل.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="162"/>
        <source>Installments of {installment} would take {count} installments, more than any plan may have ({maximum}), even with a manager&apos;s approval. Give an installment of at least {minimum}.</source>
        <translation>أقساط بمبلغ {installment} تتطلب {count} قسطا، أكثر مما يسمح به أي اتفاق ({maximum})، حتى بموافقة المدير. حدد قسطا لا يقل عن {minimum}.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="163"/>
        <source>{financed} is split into {count} installments of {regular}, rounded down to a multiple of {unit}; the last one, {last}, takes the remainder.</source>
        <translation>يقسم {financed} على {count} أقساط بمبلغ {regular}، مقربا نحو الأسفل إلى مضاعف {unit}؛ القسط الأخير ({last}) يأخذ الباقي.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="164"/>
        <source>{financed} is paid in installments of {regular} as agreed; the last one, {last}, is what remains.</source>
        <translation>يسدد {financed} بأقساط قدرها {regular} كما اتفق عليه؛ القسط الأخير ({last}) هو الباقي.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="165"/>
        <source>One installment of {amount}: nothing is rounded.</source>
        <translation>قسط واحد بمبلغ {amount}: لا تقريب.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="167"/>
        <source>Give either a number of installments or a target installment amount: one of the two, not both.</source>
        <translation>أدخل إما عدد الأقساط وإما مبلغ القسط المطلوب: واحدًا منهما فقط، لا الاثنين معًا.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="168"/>
        <source>{financed} cannot be split into {count} installments. Choose fewer installments.</source>
        <translation>لا يمكن تقسيم المبلغ {financed} إلى أقساط عددها {count}. اختر عددًا أقل من الأقساط.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="169"/>
        <source>Account {account_no} has no overdue bill to put in a plan. Nothing needs a calendar: take an ordinary payment.</source>
        <translation>ليس للحساب {account_no} أي فاتورة متأخرة لإدراجها في رزنامة تسديد. لا حاجة إلى رزنامة: استلم تسديدًا عاديًا.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="170"/>
        <source>Bill {bill_no} is not an open bill of account {account_no}. Choose among the account&apos;s open bills.</source>
        <translation>الفاتورة {bill_no} ليست من الفواتير غير المسددة للحساب {account_no}. اختر من بين فواتير الحساب غير المسددة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="171"/>
        <source>The down payment {down} covers the whole {total} of the plan. No plan is needed: take it as an ordinary payment.</source>
        <translation>الدفعة الأولى {down} تغطي كامل مبلغ الرزنامة {total}. لا حاجة إلى رزنامة: استلمها تسديدًا عاديًا.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="172"/>
        <source>Account {account_no} has no active installment plan. Create one with &apos;guichet plan create&apos;.</source>
        <translation>ليس للحساب {account_no} رزنامة تسديد بالتقسيط سارية. أنشئ واحدة بالأمر «guichet plan create».</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="173"/>
        <source>No installment plan {reference}. Check the reference printed on the agreement.</source>
        <translation>لا توجد رزنامة تسديد بالمرجع {reference}. تحقق من المرجع المطبوع على الاتفاقية.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="174"/>
        <source>The plan cannot be created: {violations} No approval can lift this.</source>
        <translation>لا يمكن إنشاء رزنامة التسديد: {violations} ولا يمكن لأي موافقة رفع هذا المنع.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="175"/>
        <source>The plan breaks {count} rule(s): {violations} Change the terms, or have another manager approve it with a reason.</source>
        <translation>رزنامة التسديد تخالف قواعد عددها {count}: {violations} غيّر الشروط، أو اطلب من مسؤول آخر الموافقة عليها مع ذكر السبب.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="176"/>
        <source>Plan {reference} was created, but its agreement could not be written to {path} ({problem}). Print it again with &apos;guichet plan agreement {reference} --out FILE.pdf&apos;.</source>
        <translation>أُنشئت رزنامة التسديد {reference}، لكن تعذّر حفظ اتفاقيتها في {path} ({problem}). اطبعها من جديد بالأمر «guichet plan agreement {reference} --out FILE.pdf».</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="177"/>
        <source>Write why the manager approves this: the reason is kept with the plan.</source>
        <translation>اكتب سبب موافقة المسؤول: يُحفظ السبب مع رزنامة التسديد.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="178"/>
        <source>The database {path} cannot be used ({problem}). Check that the disk is not full, the file is writable and no other program holds it, then retry.</source>
        <translation>تعذّر استعمال قاعدة البيانات {path} ({problem}). تأكد أن القرص غير ممتلئ، وأن الملف قابل للكتابة، وأن أي برنامج آخر لا يستعمله، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="179"/>
        <source>The database {path} is busy: another program kept it locked for more than {seconds} s. Finish or close the other Guichet window or command, then retry; nothing was written.</source>
        <translation>قاعدة البيانات {path} مشغولة: أبقاها برنامج آخر مقفلة أكثر من {seconds} ثانية. أنهِ أو أغلق نافذة Guichet الأخرى أو الأمر الآخر، ثم أعد المحاولة؛ لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="180"/>
        <source>The disk holding {path} is full: nothing was written. Free some space (or move the database to a larger disk), then retry.</source>
        <translation>القرص الذي يحتوي على {path} ممتلئ: لم يُكتب أي شيء. حرّر بعض المساحة (أو انقل قاعدة البيانات إلى قرص أكبر)، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="181"/>
        <source>The database {path} cannot be written ({problem}): nothing was recorded. Make the file and its folder writable for this user (and the disk not read-only), then retry.</source>
        <translation>لا يمكن الكتابة في قاعدة البيانات {path} ({problem}): لم يُسجَّل أي شيء. اجعل الملف ومجلده قابلين للكتابة لهذا المستخدم (وتأكد أن القرص ليس للقراءة فقط)، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="182"/>
        <source>The database {path} is damaged ({problem}). Stop using it and keep the file; restore the last backup with &apos;guichet restore --from BACKUP --db {path}&apos;.</source>
        <translation>قاعدة البيانات {path} تالفة ({problem}). توقف عن استعمالها واحتفظ بالملف؛ استرجع آخر نسخة احتياطية بالأمر «guichet restore --from BACKUP --db {path}».</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="183"/>
        <source>The disk holding {path} reported an error ({problem}): nothing was written. Check that the disk is not full or failing, then retry and take a backup.</source>
        <translation>أبلغ القرص الذي يحتوي على {path} عن خطأ ({problem}): لم يُكتب أي شيء. تأكد أن القرص غير ممتلئ وغير معطوب، ثم أعد المحاولة وخذ نسخة احتياطية.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="184"/>
        <source>The database {path} is open in another Guichet window or command. Close it, then run the restore again; nothing was changed.</source>
        <translation>قاعدة البيانات {path} مفتوحة في نافذة Guichet أخرى أو في أمر آخر. أغلقها، ثم أعد تشغيل الاسترجاع؛ لم يتغير أي شيء.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="185"/>
        <source>{path} is a folder, not a database file: nothing was written. Give the database file itself (for example {path}/guichet.db) with --db or $GUICHET_DB.</source>
        <translation>{path} مجلد وليس ملف قاعدة بيانات: لم يُكتب أي شيء. حدّد ملف قاعدة البيانات نفسه (مثلًا {path}/guichet.db) عبر --db أو $GUICHET_DB.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="186"/>
        <source>{path} is {kind}, not a database file: nothing was read or written. Give a database file with --db or $GUICHET_DB.</source>
        <translation>{path} هو {kind} وليس ملف قاعدة بيانات: لم يُقرأ ولم يُكتب أي شيء. حدّد ملف قاعدة بيانات عبر --db أو $GUICHET_DB.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="187"/>
        <source>The argument {name} (&apos;{shown}&apos;) is not UTF-8 text. Type it again in UTF-8 (check the terminal&apos;s encoding); nothing was done.</source>
        <translation>المعامل {name} (‏«{shown}») ليس نصًا بترميز UTF-8. اكتبه من جديد بترميز UTF-8 (تحقق من ترميز الطرفية)؛ لم يُنفَّذ أي شيء.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="188"/>
        <source>The environment variable {name} is not UTF-8 text. Set it again in UTF-8; nothing was done.</source>
        <translation>متغير البيئة {name} ليس نصًا بترميز UTF-8. عرّفه من جديد بترميز UTF-8؛ لم يُنفَّذ أي شيء.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="189"/>
        <source>{path} already exists. Choose a new file name, or add --force to replace it.</source>
        <translation>الملف {path} موجود من قبل. اختر اسم ملف جديدًا، أو أضف ‎--force لاستبداله.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="190"/>
        <source>{path} is the database itself: a backup must be another file. Choose another file.</source>
        <translation>الملف {path} هو قاعدة البيانات نفسها: يجب أن تكون النسخة الاحتياطية ملفًا آخر. اختر ملفًا آخر.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="191"/>
        <source>Cannot write the backup to {path} ({problem}). Nothing was left half-written: choose a folder that exists, has room and that you may write to.</source>
        <translation>تعذّر حفظ النسخة الاحتياطية في {path} ({problem}). لم يبقَ أي ملف مكتوب جزئيًا: اختر مجلدًا موجودًا فيه مساحة كافية ويمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="192"/>
        <source>No backup file {path}. Check the name and the folder.</source>
        <translation>لا يوجد ملف نسخة احتياطية {path}. تحقق من الاسم والمجلد.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="193"/>
        <source>{path} is not a Guichet backup (not an SQLite file). Nothing was restored: choose a file written by &apos;guichet backup&apos;.</source>
        <translation>الملف {path} ليس نسخة احتياطية لـ Guichet (ليس ملف SQLite). لم يُسترجع أي شيء: اختر ملفًا أنشأه الأمر «guichet backup».</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="194"/>
        <source>{path} is an SQLite file but not a Guichet database. Nothing was restored: choose a file written by &apos;guichet backup&apos;.</source>
        <translation>الملف {path} ملف SQLite لكنه ليس قاعدة بيانات Guichet. لم يُسترجع أي شيء: اختر ملفًا أنشأه الأمر «guichet backup».</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="195"/>
        <source>The backup {path} is damaged ({problem}). Nothing was restored: choose an older backup.</source>
        <translation>النسخة الاحتياطية {path} تالفة ({problem}). لم يُسترجع أي شيء: اختر نسخة احتياطية أقدم.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="196"/>
        <source>The backup {path} comes from a newer version of Guichet (schema {revision}). Nothing was restored: install that version first.</source>
        <translation>النسخة الاحتياطية {path} صادرة عن إصدار أحدث من Guichet (المخطط {revision}). لم يُسترجع أي شيء: ثبّت ذلك الإصدار أولًا.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="197"/>
        <source>The journal in the backup {path} is broken at entry {seq}: {reason}. Nothing was restored: choose another backup and call the branch manager.</source>
        <translation>سجل العمليات في النسخة الاحتياطية {path} معطوب عند القيد رقم {seq}: {reason}. لم يُسترجع أي شيء: اختر نسخة احتياطية أخرى واتصل برئيس الوكالة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="198"/>
        <source>The restore could not finish ({problem}). The database {path} was left as it was; check the disk and retry.</source>
        <translation>تعذّر إتمام الاسترجاع ({problem}). بقيت قاعدة البيانات {path} على حالها؛ تحقق من القرص وأعد المحاولة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="199"/>
        <source>Required: fill in this field.</source>
        <translation>إلزامي: املأ هذا الحقل.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="200"/>
        <source>Too long: {limit} characters at most.</source>
        <translation>طويل جدًا: {limit} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="201"/>
        <source>&apos;{text}&apos; is not a valid code: use letters, digits, - or _ only, without spaces.</source>
        <translation>&apos;{text}&apos; ليس رمزًا صالحًا: استعمل الحروف والأرقام و- أو _ فقط، دون فراغات.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="202"/>
        <source>&apos;{text}&apos; is not a central database address such as postgresql://agency_2401@central.example.dz/guichet.</source>
        <translation>‏«{text}» ليس عنوان قاعدة بيانات مركزية مثل postgresql://agency_2401@central.example.dz/guichet.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="203"/>
        <source>Do not type the password in the address: it would be kept in every backup. Put it in a credentials file and name that file below.</source>
        <translation>لا تكتب كلمة المرور في العنوان: ستُحفَظ في كل نسخة احتياطية. ضعها في ملف بيانات الدخول واذكر هذا الملف أدناه.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="204"/>
        <source>The currency cannot be changed once amounts are recorded.</source>
        <translation>لا يمكن تغيير العملة بعد تسجيل مبالغ.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="205"/>
        <source>A till is open on this terminal: close it before changing the agency or terminal code.</source>
        <translation>يوجد صندوق مفتوح في هذه المحطة: أغلقه قبل تغيير رمز الوكالة أو المحطة.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="206"/>
        <source>&apos;{uri}&apos; is not a printer address. Use tcp://HOST:9100, usb://VID:PID, serial:///dev/ttyUSB0, cups://QUEUE, win://NAME or file:///PATH.</source>
        <translation>&apos;{uri}&apos; ليس عنوان طابعة. استعمل tcp://HOST:9100 أو usb://VID:PID أو serial:///dev/ttyUSB0 أو cups://QUEUE أو win://NAME أو file:///PATH.</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="207"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>كلمتا المرور مختلفتان. اكتب كلمة المرور نفسها مرتين.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="182"/>
        <source>Unexpected error: {detail}. Try again; if it persists, call support.</source>
        <translation>خطأ غير متوقع: {detail}. أعد المحاولة؛ وإن تكرر فاتصل بالدعم.</translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <location filename="../explain_dialog.py" line="92"/>
        <source>Explain bill {bill}</source>
        <translation>شرح الفاتورة {bill}</translation>
    </message>
    <message>
        <location filename="../explain_dialog.py" line="93"/>
        <source>How the bill was priced</source>
        <translation>كيف حُسبت الفاتورة</translation>
    </message>
    <message>
        <location filename="../explain_dialog.py" line="110"/>
        <source>Bill {bill} · meter {meter} · {start} – {end} · {quantity} · {amount}</source>
        <translation>الفاتورة {bill} · العداد {meter} · {start} – {end} · {quantity} · {amount}</translation>
    </message>
    <message>
        <location filename="../explain_dialog.py" line="121"/>
        <source>Estimated bill: no meter reading for this period. The consumption is estimated from the same period of the previous years; it will be regularised, month by month, when the meter is read.</source>
        <translation>فاتورة تقديرية: لا توجد قراءة للعداد في هذه الفترة. قُدّر الاستهلاك من نفس الفترة في السنوات السابقة، وستُسوّى شهرًا بشهر عند قراءة العداد.</translation>
    </message>
    <message>
        <location filename="../explain_dialog.py" line="127"/>
        <source>Estimated bill, since regularised with an actual reading (below).</source>
        <translation>فاتورة تقديرية، سُوّيت بعد ذلك بقراءة فعلية (أدناه).</translation>
    </message>
    <message>
        <location filename="../explain_dialog.py" line="130"/>
        <source>Bill based on an actual meter reading.</source>
        <translation>فاتورة مبنية على قراءة فعلية للعداد.</translation>
    </message>
    <message>
        <location filename="../explain_dialog.py" line="150"/>
        <source>Regularisation of {start} – {end} ({status})</source>
        <translation>تسوية الفترة {start} – {end} ({status})</translation>
    </message>
    <message>
        <location filename="../explain_dialog.py" line="154"/>
        <source>replaced by a corrected reading</source>
        <translation>استُبدلت بقراءة مصححة</translation>
    </message>
    <message>
        <location filename="../explain_dialog.py" line="159"/>
        <source>{quantity} measured since the last actual reading, split over the months by their number of days; each month is priced at its own tariff tiers.</source>
        <translation>{quantity} مقيسة منذ آخر قراءة فعلية، موزعة على الأشهر حسب عدد أيامها؛ ويُحسب كل شهر بشرائح تعريفته.</translation>
    </message>
    <message>
        <location filename="../explain_dialog.py" line="173"/>
        <source>Actual {actual} · estimated {estimated} · already billed {billed}</source>
        <translation>الفعلي {actual} · التقديري {estimated} · المفوتر سابقًا {billed}</translation>
    </message>
    <message>
        <location filename="../explain_dialog.py" line="187"/>
        <source>{quantity} after the last estimated bill go to the next bill.</source>
        <translation>{quantity} بعد آخر فاتورة تقديرية تُضاف إلى الفاتورة القادمة.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="233"/>
        <source>Guichet — first start</source>
        <translation>Guichet — التشغيل الأول</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="236"/>
        <source>This database has no configuration yet. Describe this counter and create the administrator account; everything can be changed later in the settings.</source>
        <translation>قاعدة البيانات هذه غير مهيأة بعد. صف هذا الشباك وأنشئ حساب المدير؛ يمكن تغيير كل شيء لاحقًا في الإعدادات.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="245"/>
        <source>Company</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="246"/>
        <source>Agency code</source>
        <translation>رمز الوكالة</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="247"/>
        <source>Agency name</source>
        <translation>اسم الوكالة</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="248"/>
        <source>Terminal</source>
        <translation>المحطة</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="249"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="250"/>
        <source>Default language</source>
        <translation>اللغة الافتراضية</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="251"/>
        <source>Administrator user name</source>
        <translation>اسم مستخدم المدير</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="252"/>
        <source>Administrator full name</source>
        <translation>الاسم الكامل للمدير</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="253"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="254"/>
        <source>Password again</source>
        <translation>كلمة المرور مرة أخرى</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="277"/>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="278"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="307"/>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>لم يُحفظ شيء: صحّح الحقول المشار إليها بالأحمر.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../login.py" line="175"/>
        <source>Screen locked</source>
        <translation>الشاشة مقفلة</translation>
    </message>
    <message>
        <location filename="../login.py" line="177"/>
        <source>Locked. {name}, type your password to unlock.</source>
        <translation>مقفلة. {name}، اكتب كلمة المرور لفتحها.</translation>
    </message>
    <message>
        <location filename="../login.py" line="189"/>
        <source>Unlock</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../login.py" line="192"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../login.py" line="94"/>
        <source>Guichet — log in</source>
        <translation>Guichet — تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../login.py" line="95"/>
        <source>Counter log-in</source>
        <translation>الدخول إلى الشباك</translation>
    </message>
    <message>
        <location filename="../login.py" line="96"/>
        <source>&amp;User name</source>
        <translation>اسم ال&amp;مستخدم</translation>
    </message>
    <message>
        <location filename="../login.py" line="97"/>
        <source>&amp;Password</source>
        <translation>&amp;كلمة المرور</translation>
    </message>
    <message>
        <location filename="../login.py" line="98"/>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location filename="../login.py" line="99"/>
        <source>Log in</source>
        <translation>دخول</translation>
    </message>
    <message>
        <location filename="../login.py" line="100"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../login.py" line="121"/>
        <source>Type your user name.</source>
        <translation>اكتب اسم المستخدم.</translation>
    </message>
    <message>
        <location filename="../login.py" line="125"/>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
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
        <translation>{name} ({role}) · {agency} ({code}) · الشباك {terminal}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="306"/>
        <source>Scan a bill or type an account, meter, phone or name (Ctrl+F)</source>
        <translation>امسح فاتورة أو اكتب رقم حساب أو عداد أو هاتف أو اسمًا (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="308"/>
        <source>&amp;Counter</source>
        <translation>ال&amp;شباك</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="309"/>
        <source>&amp;Search</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="310"/>
        <source>Search &amp;other agencies</source>
        <translation>ابحث في الوكالات ال&amp;أخرى</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="311"/>
        <source>&amp;Pay</source>
        <translation>&amp;تسديد</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="312"/>
        <source>P&amp;rint the receipt again</source>
        <translation>إعادة &amp;طباعة الوصل</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="313"/>
        <source>&amp;Lock screen</source>
        <translation>&amp;قفل الشاشة</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="314"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="387"/>
        <source>Nothing found. Check the number or try a name.</source>
        <translation>لا نتيجة. تحقق من الرقم أو جرّب الاسم.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="404"/>
        <source>Type or scan an exact account, bill or meter number first: other agencies&apos; accounts are never searched by name.</source>
        <translation>اكتب أو امسح أولًا رقم حساب أو فاتورة أو عدّاد كاملًا: لا يُبحث أبدًا عن حسابات الوكالات الأخرى بالاسم.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="446"/>
        <source>Open an account first (scan a bill or search).</source>
        <translation>افتح حسابًا أولًا (امسح فاتورة أو ابحث).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="470"/>
        <source>Receipt {receipt} · paid {amount} · change {change} · new balance {balance}</source>
        <translation>الوصل {receipt} · المدفوع {amount} · الباقي للزبون {change} · الرصيد الجديد {balance}</translation>
    </message>
</context>
<context>
    <name>ManagerCredentials</name>
    <message>
        <location filename="../approval.py" line="46"/>
        <source>Manager approval (the manager types their own credentials)</source>
        <translation>موافقة المسؤول (يكتب المسؤول بيانات دخوله بنفسه)</translation>
    </message>
    <message>
        <location filename="../approval.py" line="47"/>
        <source>Manager user name</source>
        <translation>اسم مستخدم المسؤول</translation>
    </message>
    <message>
        <location filename="../approval.py" line="48"/>
        <source>Manager password</source>
        <translation>كلمة مرور المسؤول</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../users_dialog.py" line="137"/>
        <source>Add a user</source>
        <translation>إضافة مستخدم</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="139"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="140"/>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="141"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="142"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="143"/>
        <source>First password</source>
        <translation>كلمة المرور الأولى</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="144"/>
        <source>Password again</source>
        <translation>أعد كتابة كلمة المرور</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="147"/>
        <source>8 characters or more, not only digits, not the user name.</source>
        <translation>8 أحرف أو أكثر، ليست أرقامًا فقط، وليست اسم المستخدم.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../operations.py" line="31"/>
        <source>Searching</source>
        <translation>جارٍ البحث</translation>
    </message>
    <message>
        <location filename="../operations.py" line="32"/>
        <source>Loading the account</source>
        <translation>جارٍ تحميل الحساب</translation>
    </message>
    <message>
        <location filename="../operations.py" line="33"/>
        <source>Saving the contacts</source>
        <translation>جارٍ حفظ بيانات الاتصال</translation>
    </message>
    <message>
        <location filename="../operations.py" line="34"/>
        <source>Loading the contacts</source>
        <translation>جارٍ تحميل بيانات الاتصال</translation>
    </message>
    <message>
        <location filename="../operations.py" line="35"/>
        <source>Recording the payment</source>
        <translation>جارٍ تسجيل الدفعة</translation>
    </message>
    <message>
        <location filename="../operations.py" line="36"/>
        <source>Allocating the payment</source>
        <translation>جارٍ توزيع الدفعة</translation>
    </message>
    <message>
        <location filename="../operations.py" line="37"/>
        <source>Voiding the payment</source>
        <translation>جارٍ إلغاء الدفعة</translation>
    </message>
    <message>
        <location filename="../operations.py" line="38"/>
        <source>Correcting the payment</source>
        <translation>جارٍ تصحيح الدفعة</translation>
    </message>
    <message>
        <location filename="../operations.py" line="39"/>
        <source>Creating the installment plan</source>
        <translation>جارٍ إنشاء رزنامة التسديد</translation>
    </message>
    <message>
        <location filename="../operations.py" line="40"/>
        <source>Writing the agreement</source>
        <translation>جارٍ تحرير الاتفاقية</translation>
    </message>
    <message>
        <location filename="../operations.py" line="41"/>
        <source>Computing the installment plan</source>
        <translation>جارٍ حساب رزنامة التسديد</translation>
    </message>
    <message>
        <location filename="../operations.py" line="42"/>
        <source>Recording the meter reading</source>
        <translation>جارٍ تسجيل قراءة العداد</translation>
    </message>
    <message>
        <location filename="../operations.py" line="43"/>
        <source>Opening the till</source>
        <translation>جارٍ فتح الصندوق</translation>
    </message>
    <message>
        <location filename="../operations.py" line="44"/>
        <source>Closing the till</source>
        <translation>جارٍ إغلاق الصندوق</translation>
    </message>
    <message>
        <location filename="../operations.py" line="45"/>
        <source>Checking the till</source>
        <translation>جارٍ التحقق من الصندوق</translation>
    </message>
    <message>
        <location filename="../operations.py" line="46"/>
        <source>Writing the statement</source>
        <translation>جارٍ إعداد كشف الحساب</translation>
    </message>
    <message>
        <location filename="../operations.py" line="47"/>
        <source>Writing the certificate</source>
        <translation>جارٍ إعداد الشهادة</translation>
    </message>
    <message>
        <location filename="../operations.py" line="48"/>
        <source>Closing the day</source>
        <translation>جارٍ إقفال اليوم</translation>
    </message>
    <message>
        <location filename="../operations.py" line="49"/>
        <source>Writing the Z report</source>
        <translation>جارٍ إعداد تقرير Z</translation>
    </message>
    <message>
        <location filename="../operations.py" line="50"/>
        <source>Loading the dashboard</source>
        <translation>جارٍ تحميل لوحة المتابعة</translation>
    </message>
    <message>
        <location filename="../operations.py" line="51"/>
        <location filename="../operations.py" line="52"/>
        <source>Saving the settings</source>
        <translation>جارٍ حفظ الإعدادات</translation>
    </message>
    <message>
        <location filename="../operations.py" line="53"/>
        <source>Loading the settings</source>
        <translation>جارٍ تحميل الإعدادات</translation>
    </message>
    <message>
        <location filename="../operations.py" line="54"/>
        <source>Loading the users</source>
        <translation>جارٍ تحميل المستخدمين</translation>
    </message>
    <message>
        <location filename="../operations.py" line="55"/>
        <source>Updating the users</source>
        <translation>جارٍ تحديث المستخدمين</translation>
    </message>
    <message>
        <location filename="../operations.py" line="56"/>
        <source>Changing the password</source>
        <translation>جارٍ تغيير كلمة المرور</translation>
    </message>
    <message>
        <location filename="../operations.py" line="57"/>
        <source>Saving the language</source>
        <translation>جارٍ حفظ اللغة</translation>
    </message>
    <message>
        <location filename="../operations.py" line="58"/>
        <source>Checking the password</source>
        <translation>جارٍ التحقق من كلمة المرور</translation>
    </message>
    <message>
        <location filename="../operations.py" line="59"/>
        <location filename="../operations.py" line="65"/>
        <source>Reading the central address</source>
        <translation>جارٍ قراءة عنوان الخادم المركزي</translation>
    </message>
    <message>
        <location filename="../operations.py" line="60"/>
        <source>Reading the sync state</source>
        <translation>جارٍ قراءة حالة المزامنة</translation>
    </message>
    <message>
        <location filename="../operations.py" line="61"/>
        <source>Loading the sync problems</source>
        <translation>جارٍ تحميل مشاكل المزامنة</translation>
    </message>
    <message>
        <location filename="../operations.py" line="62"/>
        <source>Updating the sync problems</source>
        <translation>جارٍ تحديث مشاكل المزامنة</translation>
    </message>
    <message>
        <location filename="../operations.py" line="63"/>
        <source>Explaining the bill</source>
        <translation>جارٍ شرح الفاتورة</translation>
    </message>
    <message>
        <location filename="../operations.py" line="64"/>
        <source>Printing</source>
        <translation>جارٍ الطباعة</translation>
    </message>
    <message>
        <location filename="../operations.py" line="66"/>
        <source>Searching other agencies</source>
        <translation>جارٍ البحث في الوكالات الأخرى</translation>
    </message>
    <message>
        <location filename="../operations.py" line="68"/>
        <source>Working</source>
        <translation>جارٍ المعالجة</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../payment_dialog.py" line="86"/>
        <source>Payment — {account}</source>
        <translation>تسديد — {account}</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="96"/>
        <source>Selected bills: {bills}</source>
        <translation>الفواتير المحددة: {bills}</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="98"/>
        <source>All open bills, oldest first</source>
        <translation>كل الفواتير غير المسددة، الأقدم أولًا</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="105"/>
        <source>&amp;Cash</source>
        <translation>&amp;نقدًا</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="106"/>
        <source>C&amp;ard</source>
        <translation>&amp;بطاقة</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="131"/>
        <source>Confirm (Enter)</source>
        <translation>تأكيد (Enter)</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="136"/>
        <source>Cancel (Esc)</source>
        <translation>إلغاء (Esc)</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="143"/>
        <source>&amp;Amount</source>
        <translation>ال&amp;مبلغ</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="145"/>
        <source>Tender</source>
        <translation>طريقة الدفع</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="151"/>
        <source>Allocation</source>
        <translation>التوزيع على الفواتير</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="169"/>
        <source>exact amount</source>
        <translation>المبلغ بالضبط</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="175"/>
        <source>Add one note to the amount tendered</source>
        <translation>أضف ورقة نقدية إلى المبلغ المقدَّم</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="183"/>
        <source>&amp;Tendered</source>
        <translation>المبلغ الم&amp;قدَّم</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="186"/>
        <source>Quick notes</source>
        <translation>أوراق نقدية</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="187"/>
        <source>Change</source>
        <translation>الباقي للزبون</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="205"/>
        <source>Card &amp;scheme</source>
        <translation>&amp;شبكة البطاقة</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="206"/>
        <source>&amp;Last 4 digits</source>
        <translation>آخر &amp;4 أرقام</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="207"/>
        <source>Au&amp;thorisation code</source>
        <translation>&amp;رمز الترخيص</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="208"/>
        <source>Terminal &amp;reference</source>
        <translation>مرجع ال&amp;جهاز</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="262"/>
        <source>To account credit: {amount}</source>
        <translation>يُضاف إلى الرصيد الدائن: {amount}</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="274"/>
        <source>{amount} will be left as credit on the account: tick to confirm</source>
        <translation>سيبقى {amount} رصيدا دائنا في الحساب: أشّر للتأكيد</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../plan_dialog.py" line="77"/>
        <source>Installment plan — account {account}</source>
        <translation>جدول تقسيط — الحساب {account}</translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="84"/>
        <source>Number of installments</source>
        <translation>عدد الأقساط</translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="85"/>
        <source>Installment amount</source>
        <translation>مبلغ القسط</translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="108"/>
        <source>&amp;Down payment</source>
        <translation>&amp;الدفعة الأولى</translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="121"/>
        <source>No.</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="121"/>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="121"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="131"/>
        <source>Why the manager approves (kept with the plan)</source>
        <translation>سبب موافقة المسؤول (يُحفظ مع الجدول)</translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="132"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="138"/>
        <source>Take the down payment and create the plan</source>
        <translation>استلام الدفعة الأولى وإنشاء الجدول</translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="144"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="150"/>
        <source>Bills in the plan (overdue ones are ticked)</source>
        <translation>الفواتير المشمولة (المتأخرة محددة)</translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="179"/>
        <source>{bill} · due {date} · {amount}</source>
        <translation>{bill} · تستحق في {date} · {amount}</translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="240"/>
        <source>Total {total} · down payment {down} · {n} installments of {financed} in all</source>
        <translation>المجموع {total} · الدفعة الأولى {down} · {n} أقساط بمجموع {financed}</translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="292"/>
        <source>The manager must type their user name and password.</source>
        <translation>على المسؤول كتابة اسم المستخدم وكلمة المرور الخاصين به.</translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="299"/>
        <source>Recording…</source>
        <translation>جارٍ التسجيل…</translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="308"/>
        <source>Plan {reference} created.</source>
        <translation>أُنشئ جدول التقسيط {reference}.</translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="310"/>
        <source>Down payment receipt {receipt}.</source>
        <translation>وصل الدفعة الأولى {receipt}.</translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="316"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>QuoteTab</name>
    <message>
        <location filename="../quote_tab.py" line="124"/>
        <source>&amp;Tariff</source>
        <translation>&amp;التعريفة</translation>
    </message>
    <message>
        <location filename="../quote_tab.py" line="125"/>
        <source>Prices in force on</source>
        <translation>الأسعار السارية في</translation>
    </message>
    <message>
        <location filename="../quote_tab.py" line="126"/>
        <source>&amp;Consumption</source>
        <translation>&amp;الاستهلاك</translation>
    </message>
    <message>
        <location filename="../quote_tab.py" line="129"/>
        <source>Totals</source>
        <translation>المجاميع</translation>
    </message>
    <message>
        <location filename="../quote_tab.py" line="130"/>
        <source>Energy</source>
        <translation>الطاقة</translation>
    </message>
    <message>
        <location filename="../quote_tab.py" line="131"/>
        <source>Fixed fees</source>
        <translation>الرسوم الثابتة</translation>
    </message>
    <message>
        <location filename="../quote_tab.py" line="132"/>
        <source>Taxes</source>
        <translation>الضرائب</translation>
    </message>
    <message>
        <location filename="../quote_tab.py" line="133"/>
        <source>Total to pay</source>
        <translation>المجموع المستحق</translation>
    </message>
    <message>
        <location filename="../quote_tab.py" line="179"/>
        <source>Tier bounds are {period}; valid from {start}.</source>
        <translation>حدود الشرائح {period}؛ سارية منذ {start}.</translation>
    </message>
    <message>
        <location filename="../quote_tab.py" line="183"/>
        <source>Fees or taxes marked by the data as examples are not official.</source>
        <translation>الرسوم أو الضرائب المعلّمة كأمثلة ليست رسمية.</translation>
    </message>
</context>
<context>
    <name>ReadingDialog</name>
    <message>
        <location filename="../reading_dialog.py" line="68"/>
        <source>Meter reading — account {account}</source>
        <translation>قراءة العداد — الحساب {account}</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="74"/>
        <source>{service} · meter {meter}</source>
        <translation>{service} · العداد {meter}</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="80"/>
        <source>Index read on the meter</source>
        <translation>المؤشر المقروء على العداد</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="86"/>
        <source>The meter was &amp;replaced since the last reading</source>
        <translation>تم ا&amp;ستبدال العداد منذ آخر قراءة</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="89"/>
        <source>if known</source>
        <translation>إن كان معروفا</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="92"/>
        <source>The register passed its maximum and restarted at &amp;zero</source>
        <translation>تجاوز المسجل حده الأقصى وعاد إلى ال&amp;صفر</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="95"/>
        <source>as many as the previous index</source>
        <translation>بقدر أرقام المؤشر السابق</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="100"/>
        <location filename="../reading_dialog.py" line="194"/>
        <source>Last index of the old meter</source>
        <translation>آخر مؤشر للعداد القديم</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="101"/>
        <location filename="../reading_dialog.py" line="196"/>
        <source>Starting index of the new meter</source>
        <translation>مؤشر بداية العداد الجديد</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="106"/>
        <location filename="../reading_dialog.py" line="199"/>
        <source>Digits of the register</source>
        <translation>عدد أرقام المسجل</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="114"/>
        <source>Confirm the unusual consumption</source>
        <translation>تأكيد الاستهلاك غير المعتاد</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="131"/>
        <source>Record the reading</source>
        <translation>تسجيل القراءة</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="136"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="142"/>
        <source>&amp;Meter</source>
        <translation>ال&amp;عداد</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="143"/>
        <source>&amp;Index</source>
        <translation>ال&amp;مؤشر</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="144"/>
        <source>&amp;Date read</source>
        <translation>&amp;تاريخ القراءة</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="157"/>
        <source>This account has no meter.</source>
        <translation>لا يوجد عداد لهذا الحساب.</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="185"/>
        <source>type a whole number, 0 or more</source>
        <translation>اكتب عددا صحيحا، 0 أو أكثر</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="189"/>
        <source>Index</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="225"/>
        <source>Recording…</source>
        <translation>جار التسجيل…</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="240"/>
        <source>Reading recorded: index {index} on {date} (first reading of this meter).</source>
        <translation>تم تسجيل القراءة: المؤشر {index} بتاريخ {date} (أول قراءة لهذا العداد).</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="246"/>
        <source>Reading recorded: index {index} on {date}, consumption {consumption} in {days} days.</source>
        <translation>تم تسجيل القراءة: المؤشر {index} بتاريخ {date}، الاستهلاك {consumption} خلال {days} يوما.</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="257"/>
        <source>Unusual consumption (usual about {usual}): listed for follow-up.</source>
        <translation>استهلاك غير معتاد (المعتاد حوالي {usual}): أدرج للمتابعة.</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="263"/>
        <source>Estimated bills regularised: adjustment {amount}.</source>
        <translation>تمت تسوية الفواتير التقديرية: التعديل {amount}.</translation>
    </message>
    <message>
        <location filename="../reading_dialog.py" line="271"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <location filename="../printing.py" line="49"/>
        <source>Printing receipt {receipt}…</source>
        <translation>جارٍ طبع الوصل {receipt}…</translation>
    </message>
    <message>
        <location filename="../printing.py" line="59"/>
        <source>Printing again…</source>
        <translation>جارٍ إعادة الطباعة…</translation>
    </message>
    <message>
        <location filename="../printing.py" line="66"/>
        <source>No receipt to print yet.</source>
        <translation>لا يوجد وصل للطباعة بعد.</translation>
    </message>
    <message>
        <location filename="../printing.py" line="72"/>
        <source>Receipt {receipt} printed.</source>
        <translation>طُبع الوصل {receipt}.</translation>
    </message>
    <message>
        <location filename="../printing.py" line="79"/>
        <location filename="../printing.py" line="87"/>
        <source>Receipt {receipt} not printed: {problem} The payment is saved; F8 prints again.</source>
        <translation>لم يُطبع الوصل {receipt}: {problem} التسديد محفوظ؛ اضغط F8 لإعادة الطباعة.</translation>
    </message>
</context>
<context>
    <name>Regularisation</name>
    <message>
        <location filename="../explain_dialog.py" line="196"/>
        <source>debit waiting for the next bill</source>
        <translation>مبلغ مدين ينتظر الفاتورة القادمة</translation>
    </message>
    <message>
        <location filename="../explain_dialog.py" line="197"/>
        <source>credited to the account</source>
        <translation>أُضيف رصيدًا للحساب</translation>
    </message>
    <message>
        <location filename="../explain_dialog.py" line="198"/>
        <source>nothing to adjust</source>
        <translation>لا شيء للتسوية</translation>
    </message>
    <message>
        <location filename="../tariff_models.py" line="133"/>
        <source>Debit on the next bill: {amount}</source>
        <translation>يُضاف إلى الفاتورة القادمة: {amount}</translation>
    </message>
    <message>
        <location filename="../tariff_models.py" line="137"/>
        <source>Credit to the account: {amount}</source>
        <translation>رصيد لصالح الحساب: {amount}</translation>
    </message>
    <message>
        <location filename="../tariff_models.py" line="140"/>
        <source>No adjustment: the estimates were right.</source>
        <translation>لا تسوية: التقديرات كانت صحيحة.</translation>
    </message>
</context>
<context>
    <name>RegularisationTab</name>
    <message>
        <location filename="../regularisation_tab.py" line="132"/>
        <source>&amp;Tariff</source>
        <translation>&amp;التعريفة</translation>
    </message>
    <message>
        <location filename="../regularisation_tab.py" line="133"/>
        <source>&amp;From (day after the last actual reading)</source>
        <translation>&amp;من (اليوم التالي لآخر قراءة فعلية)</translation>
    </message>
    <message>
        <location filename="../regularisation_tab.py" line="134"/>
        <source>&amp;To (day of the new reading)</source>
        <translation>إ&amp;لى (يوم القراءة الجديدة)</translation>
    </message>
    <message>
        <location filename="../regularisation_tab.py" line="135"/>
        <source>&amp;Measured consumption</source>
        <translation>الاستهلاك ال&amp;مقيس</translation>
    </message>
    <message>
        <location filename="../regularisation_tab.py" line="136"/>
        <source>Estimated energy already billed, per period</source>
        <translation>الطاقة التقديرية المفوترة سابقًا، لكل فترة</translation>
    </message>
    <message>
        <location filename="../regularisation_tab.py" line="138"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../regularisation_tab.py" line="138"/>
        <source>Days</source>
        <translation>الأيام</translation>
    </message>
    <message>
        <location filename="../regularisation_tab.py" line="138"/>
        <source>Estimated amount</source>
        <translation>المبلغ التقديري</translation>
    </message>
    <message>
        <location filename="../regularisation_tab.py" line="140"/>
        <source>Actual against estimated</source>
        <translation>الفعلي مقابل التقديري</translation>
    </message>
    <message>
        <location filename="../regularisation_tab.py" line="141"/>
        <source>At actual consumption</source>
        <translation>حسب الاستهلاك الفعلي</translation>
    </message>
    <message>
        <location filename="../regularisation_tab.py" line="142"/>
        <source>Estimated (already billed)</source>
        <translation>التقديري (المفوتر سابقًا)</translation>
    </message>
    <message>
        <location filename="../regularisation_tab.py" line="143"/>
        <source>Billed as one period it would cost</source>
        <translation>لو فُوتر كفترة واحدة لكلّف</translation>
    </message>
</context>
<context>
    <name>RemoteLookupOffer</name>
    <message>
        <location filename="../remote_lookup.py" line="67"/>
        <source>Nothing in this agency matches {query}: it may belong to another agency.</source>
        <translation>لا شيء في هذه الوكالة يطابق {query}: قد يكون تابعًا لوكالة أخرى.</translation>
    </message>
    <message>
        <location filename="../remote_lookup.py" line="71"/>
        <source>Searching other agencies…</source>
        <translation>جارٍ البحث في الوكالات الأخرى…</translation>
    </message>
    <message>
        <location filename="../remote_lookup.py" line="73"/>
        <source>Search other agencies ({key})</source>
        <translation>ابحث في الوكالات الأخرى ({key})</translation>
    </message>
</context>
<context>
    <name>ResetUserDialog</name>
    <message>
        <location filename="../users_dialog.py" line="191"/>
        <source>Unlock {user} / new password</source>
        <translation>فتح قفل {user} / كلمة مرور جديدة</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="192"/>
        <source>Leave the password empty to unlock only.</source>
        <translation>اترك كلمة المرور فارغة لفتح القفل فقط.</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="195"/>
        <source>New password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="196"/>
        <source>Password again</source>
        <translation>أعد كتابة كلمة المرور</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="93"/>
        <source>Terminal settings</source>
        <translation>إعدادات المحطة</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="116"/>
        <source>Company</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="117"/>
        <source>Agency code</source>
        <translation>رمز الوكالة</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="118"/>
        <source>Agency name</source>
        <translation>اسم الوكالة</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="119"/>
        <source>Terminal</source>
        <translation>المحطة</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="120"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="121"/>
        <source>Default language</source>
        <translation>اللغة الافتراضية</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="122"/>
        <source>Receipt header</source>
        <translation>رأس الوصل</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="123"/>
        <source>Receipt footer</source>
        <translation>تذييل الوصل</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="124"/>
        <source>Receipt printer</source>
        <translation>طابعة الوصولات</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="125"/>
        <source>Central server</source>
        <translation>الخادم المركزي</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="126"/>
        <source>Central password file</source>
        <translation>ملف كلمة مرور المركز</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="127"/>
        <source>Credit</source>
        <translation>الرصيد الدائن</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="128"/>
        <source>Largest payment</source>
        <translation>أقصى مبلغ للدفعة</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="129"/>
        <source>Confirm a credit above</source>
        <translation>تأكيد الرصيد الدائن فوق</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="133"/>
        <source>Keep overpayments as account credit</source>
        <translation>الاحتفاظ بالمبالغ الزائدة رصيدًا دائنًا في الحساب</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="140"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="141"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="210"/>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>لم يُحفظ شيء: صحّح الحقول المشار إليها بالأحمر.</translation>
    </message>
</context>
<context>
    <name>SimulatorDialog</name>
    <message>
        <location filename="../simulator_dialog.py" line="41"/>
        <source>Tariff simulator</source>
        <translation>محاكي التعريفات</translation>
    </message>
    <message>
        <location filename="../simulator_dialog.py" line="42"/>
        <source>&amp;Price of a consumption</source>
        <translation>&amp;سعر استهلاك</translation>
    </message>
    <message>
        <location filename="../simulator_dialog.py" line="43"/>
        <source>&amp;Regularisation of estimates</source>
        <translation>&amp;تسوية التقديرات</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../statement_dialog.py" line="88"/>
        <source>Statement — {account}</source>
        <translation>كشف الحساب — {account}</translation>
    </message>
    <message>
        <location filename="../statement_dialog.py" line="100"/>
        <source>&amp;From</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <location filename="../statement_dialog.py" line="101"/>
        <source>&amp;To</source>
        <translation>إ&amp;لى</translation>
    </message>
    <message>
        <location filename="../statement_dialog.py" line="102"/>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location filename="../statement_dialog.py" line="107"/>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <location filename="../statement_dialog.py" line="111"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../statement_dialog.py" line="128"/>
        <source>Save the statement</source>
        <translation>حفظ كشف الحساب</translation>
    </message>
    <message>
        <location filename="../statement_dialog.py" line="128"/>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../statement_dialog.py" line="138"/>
        <source>Preparing the statement…</source>
        <translation>جارٍ إعداد كشف الحساب…</translation>
    </message>
    <message>
        <location filename="../statement_dialog.py" line="149"/>
        <source>Saved to {path}</source>
        <translation>حُفظ في {path}</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../sync_views.py" line="38"/>
        <source>sent before with different content</source>
        <translation>أُرسل سابقًا بمحتوى مختلف</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="39"/>
        <source>receipt number already used by another payment (cloned or restored terminal?)</source>
        <translation>رقم الوصل مستعمل لدفعة أخرى (جهاز منسوخ أو مُستعاد؟)</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="42"/>
        <source>belongs to another agency</source>
        <translation>تابع لوكالة أخرى</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="43"/>
        <source>refused as invalid by central</source>
        <translation>رفضه الخادم المركزي لعدم صحته</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="44"/>
        <source>identifier already used by another agency</source>
        <translation>المعرّف مستعمل من طرف وكالة أخرى</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="45"/>
        <source>refers to a payment central does not have</source>
        <translation>يخصّ دفعة غير موجودة في المركز</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="46"/>
        <source>payment already corrected centrally</source>
        <translation>الدفعة مصحَّحة مسبقًا في المركز</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="47"/>
        <source>payment already voided centrally</source>
        <translation>الدفعة ملغاة مسبقًا في المركز</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="48"/>
        <source>amount refused by central (not a valid amount, or above the limit)</source>
        <translation>مبلغ رفضه المركز (مبلغ غير صالح أو يتجاوز الحد)</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="51"/>
        <source>bills paid do not add up to the amount</source>
        <translation>مجموع الفواتير المدفوعة لا يساوي المبلغ</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="52"/>
        <source>date refused by central (check this computer&apos;s clock)</source>
        <translation>تاريخ رفضه المركز (تحقق من ساعة هذا الحاسوب)</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="53"/>
        <source>credit on the account is not allowed for this agency</source>
        <translation>الرصيد الدائن في الحساب غير مسموح به لهذه الوكالة</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="56"/>
        <source>currency is not the agency&apos;s</source>
        <translation>العملة ليست عملة الوكالة</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="57"/>
        <source>account unknown to central for this agency</source>
        <translation>حساب غير معروف لدى المركز لهذه الوكالة</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="58"/>
        <source>bill is not one of the account&apos;s bills at central</source>
        <translation>الفاتورة ليست من فواتير الحساب لدى المركز</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="59"/>
        <source>only this agency&apos;s counter payments can be voided or corrected</source>
        <translation>لا يمكن إلغاء أو تصحيح إلا مدفوعات شباك هذه الوكالة</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="62"/>
        <source>item too large for central</source>
        <translation>عنصر أكبر من أن يقبله المركز</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="63"/>
        <source>item malformed (nested too deep)</source>
        <translation>عنصر غير سليم البنية (تداخل عميق جدًا)</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="64"/>
        <source>refused by central</source>
        <translation>رفضه الخادم المركزي</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="69"/>
        <source>received from central with an unusable number</source>
        <translation>وصل من الخادم المركزي برقم غير صالح</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="70"/>
        <source>received from central with an impossible date</source>
        <translation>وصل من الخادم المركزي بتاريخ مستحيل</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="71"/>
        <source>received from central with an impossible amount</source>
        <translation>وصل من الخادم المركزي بمبلغ مستحيل</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="72"/>
        <source>received from central in another currency than this agency&apos;s</source>
        <translation>وصل من الخادم المركزي بعملة غير عملة هذه الوكالة</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="75"/>
        <source>received from central with a text far too long</source>
        <translation>وصل من الخادم المركزي بنص طويل جدًا</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="76"/>
        <source>received from central damaged or incomplete</source>
        <translation>وصل من الخادم المركزي تالفًا أو ناقصًا</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="77"/>
        <source>waits for its account or meter, itself set aside</source>
        <translation>ينتظر حسابه أو عدّاده، المعزول هو أيضًا</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="82"/>
        <source>payment</source>
        <translation>دفعة</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="83"/>
        <source>regularisation</source>
        <translation>تسوية</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="84"/>
        <location filename="../sync_views.py" line="85"/>
        <source>meter reading</source>
        <translation>قراءة عداد</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="86"/>
        <source>correction</source>
        <translation>تصحيح</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="87"/>
        <source>till</source>
        <translation>صندوق</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="88"/>
        <source>cash movement</source>
        <translation>حركة نقدية</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="89"/>
        <source>day close</source>
        <translation>إقفال اليوم</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="90"/>
        <source>installment plan</source>
        <translation>جدول تقسيط</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="91"/>
        <source>installment payment</source>
        <translation>دفع قسط</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="92"/>
        <source>contact details</source>
        <translation>بيانات الاتصال</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="93"/>
        <source>notification</source>
        <translation>إشعار</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="94"/>
        <source>sync problem decision</source>
        <translation>قرار بشأن مشكل مزامنة</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="95"/>
        <source>account from central</source>
        <translation>حساب من الخادم المركزي</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="96"/>
        <source>meter from central</source>
        <translation>عدّاد من الخادم المركزي</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="97"/>
        <source>bill from central</source>
        <translation>فاتورة من الخادم المركزي</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="98"/>
        <source>online payment from central</source>
        <translation>دفع إلكتروني من الخادم المركزي</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="118"/>
        <source>Sync: offline — no central configured</source>
        <translation>المزامنة: غير متصل — لا خادم مركزي مضبوط</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="124"/>
        <source>Sync: connecting…</source>
        <translation>المزامنة: جارٍ الاتصال…</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="126"/>
        <source>Sync: synchronising…</source>
        <translation>المزامنة: جارية…</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="128"/>
        <source>Sync: online</source>
        <translation>المزامنة: متصل</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="130"/>
        <source>Sync: offline</source>
        <translation>المزامنة: غير متصل</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="131"/>
        <source>{count} waiting</source>
        <translation>{count} في الانتظار</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="134"/>
        <source>last {time}</source>
        <translation>آخر مزامنة {time}</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="139"/>
        <source>never synchronised</source>
        <translation>لم تتم أي مزامنة</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="142"/>
        <source>{count} problem(s)</source>
        <translation>{count} مشكلة</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="159"/>
        <source>void</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>SyncProblemsDialog</name>
    <message>
        <location filename="../sync_views.py" line="252"/>
        <source>Sync problems</source>
        <translation>مشاكل المزامنة</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="255"/>
        <source>Items the central database refused, and rows it sent that this counter cannot use. Neither blocks the sync and nothing was lost: check each one with support, then send it again or say what was done. A payment refused by central keeps its bills paid here until you resolve it.</source>
        <translation>عناصر رفضتها قاعدة البيانات المركزية، وأسطر أرسلتها لا يستطيع هذا الشباك استعمالها. لا شيء منها يعطّل المزامنة ولم يضِع شيء: راجع كلًّا منها مع الدعم، ثم أعد إرساله أو اذكر ما تمّ. الدفع الذي رفضه الخادم المركزي يُبقي فواتيره مسدّدة هنا إلى أن تعالجه.</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="262"/>
        <source>What was done (required to mark as handled)</source>
        <translation>ما الذي تمّ (إلزامي لوضع علامة «تمّت المعالجة»)</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="263"/>
        <source>Send again</source>
        <translation>إعادة الإرسال</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="264"/>
        <source>Mark as handled</source>
        <translation>تمّت المعالجة</translation>
    </message>
    <message>
        <location filename="../sync_views.py" line="261"/>
        <source>No sync problem: everything sent was accepted.</source>
        <translation>لا توجد مشاكل مزامنة: قُبل كل ما أُرسل.</translation>
    </message>
</context>
<context>
    <name>Tariffs</name>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="333"/>
        <source>Lydec residential electricity (2017)</source>
        <translation>ليديك كهرباء سكنية (2017)</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="334"/>
        <source>Lydec residential water (example prices)</source>
        <translation>ليديك ماء سكني (أسعار للمثال)</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="335"/>
        <source>Sonelgaz residential electricity (low voltage, 2016)</source>
        <translation>سونلغاز كهرباء سكنية (ضغط منخفض، 2016)</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="336"/>
        <source>Sonelgaz residential gas (2016, example prices)</source>
        <translation>سونلغاز غاز سكني (2016، أسعار للمثال)</translation>
    </message>
    <message>
        <location filename="../tariff_text.py" line="27"/>
        <source>per month</source>
        <translation>شهرية</translation>
    </message>
    <message>
        <location filename="../tariff_text.py" line="28"/>
        <source>per two months</source>
        <translation>لكل شهرين</translation>
    </message>
    <message>
        <location filename="../tariff_text.py" line="29"/>
        <source>per quarter</source>
        <translation>فصلية</translation>
    </message>
    <message>
        <location filename="../tariff_text.py" line="90"/>
        <source>above {quantity}</source>
        <translation>أكثر من {quantity}</translation>
    </message>
    <message>
        <location filename="../tariff_text.py" line="95"/>
        <source>{low} to {high}</source>
        <translation>من {low} إلى {high}</translation>
    </message>
    <message>
        <location filename="../tariff_text.py" line="101"/>
        <source>Whole consumption, {range}</source>
        <translation>كامل الاستهلاك، الشطر {range}</translation>
    </message>
    <message>
        <location filename="../tariff_text.py" line="104"/>
        <source>Tier {range}</source>
        <translation>الشطر {range}</translation>
    </message>
    <message>
        <location filename="../tariff_text.py" line="108"/>
        <source>VAT {rate}</source>
        <translation>الضريبة على القيمة المضافة {rate}</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="__init__.py" line="214"/>
        <source> or </source>
        <translation> أو </translation>
    </message>
</context>
<context>
    <name>TillDialog</name>
    <message>
        <location filename="../till_dialog.py" line="47"/>
        <location filename="../till_dialog.py" line="67"/>
        <source>Open the till</source>
        <translation>فتح الصندوق</translation>
    </message>
    <message>
        <location filename="../till_dialog.py" line="48"/>
        <source>Count the notes and coins in the drawer, then press Enter.</source>
        <translation>عُدّ الأوراق والقطع النقدية في الدرج، ثم اضغط Enter.</translation>
    </message>
    <message>
        <location filename="../till_dialog.py" line="70"/>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <location filename="../till_dialog.py" line="88"/>
        <source>Float: {amount}</source>
        <translation>المبلغ الابتدائي: {amount}</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <location filename="../users_dialog.py" line="39"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="41"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../users_dialog.py" line="294"/>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="295"/>
        <source>&amp;Add a user…</source>
        <translation>&amp;إضافة مستخدم…</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="296"/>
        <source>&amp;Unlock / new password…</source>
        <translation>&amp;فتح القفل / كلمة مرور جديدة…</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="344"/>
        <source>&amp;Disable</source>
        <translation>&amp;تعطيل</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="344"/>
        <source>&amp;Enable</source>
        <translation>ت&amp;فعيل</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="350"/>
        <source>User {user} added.</source>
        <translation>أُضيف المستخدم {user}.</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="362"/>
        <source>User {user} unlocked.</source>
        <translation>فُتح قفل المستخدم {user}.</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="373"/>
        <source>User {user} enabled.</source>
        <translation>فُعّل المستخدم {user}.</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="373"/>
        <source>User {user} disabled.</source>
        <translation>عُطّل المستخدم {user}.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="256"/>
        <source>clerk</source>
        <comment>role.clerk</comment>
        <translation>عون شباك</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="257"/>
        <source>manager</source>
        <comment>role.manager</comment>
        <translation>رئيس وكالة</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="258"/>
        <source>admin</source>
        <comment>role.admin</comment>
        <translation>مسؤول</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="259"/>
        <source>take payments</source>
        <comment>action.take payment</comment>
        <translation>تحصيل الدفعات</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="260"/>
        <source>change the settings</source>
        <comment>action.manage settings</comment>
        <translation>تعديل الإعدادات</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="261"/>
        <source>manage users</source>
        <comment>action.manage users</comment>
        <translation>إدارة المستخدمين</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="262"/>
        <source>see the users</source>
        <comment>action.view users</comment>
        <translation>عرض المستخدمين</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="263"/>
        <source>approve</source>
        <comment>action.approve</comment>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="264"/>
        <source>electricity</source>
        <comment>service.electricity</comment>
        <translation>كهرباء</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="265"/>
        <source>gas</source>
        <comment>service.gas</comment>
        <translation>غاز</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="266"/>
        <source>water</source>
        <comment>service.water</comment>
        <translation>ماء</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="267"/>
        <source>sanitation</source>
        <comment>service.sanitation</comment>
        <translation>تطهير</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="268"/>
        <source>kWh</source>
        <comment>unit.kWh</comment>
        <translation>ك.و.س</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="269"/>
        <source>m³</source>
        <comment>unit.m3</comment>
        <translation>م³</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="270"/>
        <source>th</source>
        <comment>unit.th</comment>
        <translation>ثرمية</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="271"/>
        <source>Meter rental</source>
        <comment>fee.meter_rental</comment>
        <translation>كراء العداد</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="272"/>
        <source>Fixed charge</source>
        <comment>fee.fixed_charge</comment>
        <translation>الإتاوة الثابتة</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="273"/>
        <source>a device</source>
        <comment>file_kind.a device</comment>
        <translation>جهاز</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="274"/>
        <source>a named pipe (FIFO)</source>
        <comment>file_kind.a named pipe (FIFO)</comment>
        <translation>أنبوب مسمّى (FIFO)</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="275"/>
        <source>a socket</source>
        <comment>file_kind.a socket</comment>
        <translation>مقبس (socket)</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="276"/>
        <source>a special file</source>
        <comment>file_kind.a special file</comment>
        <translation>ملف خاص</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="277"/>
        <source>cash</source>
        <comment>tender.cash</comment>
        <translation>نقدا</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="278"/>
        <source>card</source>
        <comment>tender.card</comment>
        <translation>بطاقة</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="279"/>
        <source>counter</source>
        <comment>channel.counter</comment>
        <translation>الشباك</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="280"/>
        <source>online</source>
        <comment>channel.online</comment>
        <translation>عبر الإنترنت</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="281"/>
        <source>post office</source>
        <comment>channel.post</comment>
        <translation>مكتب البريد</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="282"/>
        <source>agency</source>
        <comment>channel.agency</comment>
        <translation>وكالة</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="283"/>
        <source>other channel</source>
        <comment>channel.other</comment>
        <translation>قناة أخرى</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="284"/>
        <source>valid</source>
        <comment>payment_status.valid</comment>
        <translation>صالح</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="285"/>
        <source>held by central</source>
        <comment>payment_status.held_by_central</comment>
        <translation>محتجز لدى الخادم المركزي</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="286"/>
        <source>void</source>
        <comment>payment_status.void</comment>
        <translation>ملغى</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="287"/>
        <source>void</source>
        <comment>payment_status.voided</comment>
        <translation>ملغى</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="288"/>
        <source>active</source>
        <comment>account_status.active</comment>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="289"/>
        <source>closed</source>
        <comment>account_status.closed</comment>
        <translation>مغلق</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="290"/>
        <source>monthly</source>
        <comment>frequency.monthly</comment>
        <translation>شهرية</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="291"/>
        <source>every two months</source>
        <comment>frequency.bimonthly</comment>
        <translation>كل شهرين</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="292"/>
        <source>quarterly</source>
        <comment>frequency.quarterly</comment>
        <translation>فصلية</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="293"/>
        <source>residential, individual</source>
        <comment>category.residential_individual</comment>
        <translation>سكني، فردي</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="294"/>
        <source>residential, collective</source>
        <comment>category.residential_collective</comment>
        <translation>سكني، جماعي</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="295"/>
        <source>professional</source>
        <comment>category.professional</comment>
        <translation>مهني</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="296"/>
        <source>administration</source>
        <comment>category.administration</comment>
        <translation>إدارة</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="297"/>
        <source>account</source>
        <comment>search.account</comment>
        <translation>حساب</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="298"/>
        <source>bill</source>
        <comment>search.bill</comment>
        <translation>فاتورة</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="299"/>
        <source>meter</source>
        <comment>search.meter</comment>
        <translation>عداد</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="300"/>
        <source>phone</source>
        <comment>search.phone</comment>
        <translation>هاتف</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="301"/>
        <source>name</source>
        <comment>search.name</comment>
        <translation>اسم</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="302"/>
        <source>name (other spelling)</source>
        <comment>search.name_variant</comment>
        <translation>الاسم (كتابة أخرى)</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="303"/>
        <source>start of the name</source>
        <comment>search.name_prefix</comment>
        <translation>بداية الاسم</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="304"/>
        <source>name (one letter differs)</source>
        <comment>search.name_typo</comment>
        <translation>الاسم (يختلف بحرف)</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="305"/>
        <source>address</source>
        <comment>search.address</comment>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="306"/>
        <source>open</source>
        <comment>till_state.open</comment>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="307"/>
        <source>not opened</source>
        <comment>till_state.none</comment>
        <translation>غير مفتوح</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="308"/>
        <source>0–30 days</source>
        <comment>aging.0-30</comment>
        <translation>من 0 إلى 30 يوما</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="309"/>
        <source>31–90 days</source>
        <comment>aging.31-90</comment>
        <translation>من 31 إلى 90 يوما</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="310"/>
        <source>91–180 days</source>
        <comment>aging.91-180</comment>
        <translation>من 91 إلى 180 يوما</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="311"/>
        <source>over 180 days</source>
        <comment>aging.&gt;180</comment>
        <translation>أكثر من 180 يوما</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="312"/>
        <source>wrong amount</source>
        <comment>void_reason.wrong_amount</comment>
        <translation>مبلغ خاطئ</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="313"/>
        <source>wrong account</source>
        <comment>void_reason.wrong_account</comment>
        <translation>حساب خاطئ</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="314"/>
        <source>wrong tender</source>
        <comment>void_reason.wrong_tender</comment>
        <translation>وسيلة دفع خاطئة</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="315"/>
        <source>duplicate payment</source>
        <comment>void_reason.duplicate</comment>
        <translation>دفعة مكررة</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="316"/>
        <source>customer request</source>
        <comment>void_reason.customer_request</comment>
        <translation>طلب الزبون</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="317"/>
        <source>other (describe)</source>
        <comment>void_reason.other</comment>
        <translation>سبب آخر (اشرح)</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="318"/>
        <source>action</source>
        <comment>input_field.action</comment>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="319"/>
        <source>denominations</source>
        <comment>input_field.denominations</comment>
        <translation>الفئات النقدية</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="320"/>
        <source>index</source>
        <comment>input_field.index</comment>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="321"/>
        <source>final index of the old meter</source>
        <comment>input_field.old_final</comment>
        <translation>المؤشر الأخير للعداد القديم</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="322"/>
        <source>first index of the new meter</source>
        <comment>input_field.new_start</comment>
        <translation>المؤشر الأول للعداد الجديد</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="323"/>
        <source>kind</source>
        <comment>input_field.kind</comment>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="324"/>
        <source>language</source>
        <comment>input_field.language</comment>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="325"/>
        <source>note</source>
        <comment>input_field.note</comment>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="326"/>
        <source>image fragment height</source>
        <comment>input_field.printer_fragment_height</comment>
        <translation>ارتفاع أجزاء الصورة</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="327"/>
        <source>reason</source>
        <comment>input_field.reason</comment>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="328"/>
        <source>role</source>
        <comment>input_field.role</comment>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="329"/>
        <source>set-up</source>
        <comment>input_field.setup</comment>
        <translation>الإعداد</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="330"/>
        <source>terminal reference</source>
        <comment>input_field.terminal_ref</comment>
        <translation>مرجع جهاز الدفع</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="331"/>
        <source>time zone</source>
        <comment>input_field.timezone</comment>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <location filename="_catalogue_for_lupdate.py" line="332"/>
        <source>user</source>
        <comment>input_field.user</comment>
        <translation>المستخدم</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../void_dialog.py" line="67"/>
        <source>Void a payment</source>
        <translation>إلغاء دفعة</translation>
    </message>
    <message>
        <location filename="../void_dialog.py" line="67"/>
        <source>Correct a payment</source>
        <translation>تصحيح دفعة</translation>
    </message>
    <message>
        <location filename="../void_dialog.py" line="71"/>
        <source>Receipt {receipt} · {amount} · {tender} · {date}</source>
        <translation>الوصل {receipt} · {amount} · {tender} · {date}</translation>
    </message>
    <message>
        <location filename="../void_dialog.py" line="85"/>
        <source>The till of this payment is closed, so it can no longer be voided. A correction records a reversing payment in your open till, with its own receipt marked CORRECTION; the original receipt stays as it was.</source>
        <translation>صندوق هذه الدفعة مُغلق، فلا يمكن إلغاؤها بعد الآن. يسجّل التصحيح دفعة عكسية في صندوقك المفتوح، بوصل خاص بها عليه عبارة «تصحيح»؛ ويبقى الوصل الأصلي كما هو.</translation>
    </message>
    <message>
        <location filename="../void_dialog.py" line="95"/>
        <source>Details (required for &apos;other&apos;)</source>
        <translation>التفاصيل (إلزامية لسبب «آخر»)</translation>
    </message>
    <message>
        <location filename="../void_dialog.py" line="99"/>
        <source>&amp;Reason</source>
        <translation>ال&amp;سبب</translation>
    </message>
    <message>
        <location filename="../void_dialog.py" line="100"/>
        <source>&amp;Details</source>
        <translation>ال&amp;تفاصيل</translation>
    </message>
    <message>
        <location filename="../void_dialog.py" line="109"/>
        <source>Void the payment</source>
        <translation>إلغاء الدفعة</translation>
    </message>
    <message>
        <location filename="../void_dialog.py" line="109"/>
        <source>Record the correction</source>
        <translation>تسجيل التصحيح</translation>
    </message>
    <message>
        <location filename="../void_dialog.py" line="116"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../void_dialog.py" line="147"/>
        <source>The manager must type their user name and password.</source>
        <translation>يجب على المسؤول كتابة اسم المستخدم وكلمة المرور الخاصين به.</translation>
    </message>
    <message>
        <location filename="../void_dialog.py" line="158"/>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <location filename="../void_dialog.py" line="172"/>
        <source>Receipt {receipt} is corrected by receipt {correction}, approved by {manager}.</source>
        <translation>الوصل {receipt} صُحِّح بالوصل {correction}، بموافقة {manager}.</translation>
    </message>
    <message>
        <location filename="../void_dialog.py" line="181"/>
        <source>Receipt {receipt} is void, approved by {manager}.</source>
        <translation>الوصل {receipt} ملغى بموافقة {manager}.</translation>
    </message>
    <message>
        <location filename="../void_dialog.py" line="187"/>
        <source>Give back {amount} in cash.</source>
        <translation>أعِد {amount} نقدًا.</translation>
    </message>
    <message>
        <location filename="../void_dialog.py" line="191"/>
        <source>Cancel or refund {amount} on the card terminal.</source>
        <translation>ألغِ أو استرجع {amount} على جهاز الدفع بالبطاقة.</translation>
    </message>
    <message>
        <location filename="../void_dialog.py" line="197"/>
        <source>Bills open again: {bills}</source>
        <translation>الفواتير المستحقة من جديد: {bills}</translation>
    </message>
    <message>
        <location filename="../void_dialog.py" line="210"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
</context>
</TS>
