<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AccountPanel</name>
    <message>
        <location filename="../account_view.py" line="140"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="141"/>
        <source>Category</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="142"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="143"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="144"/>
        <source>Phones</source>
        <translation>الهواتف</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="145"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="149"/>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="150"/>
        <source>Still due (credit deducted)</source>
        <translation>المبلغ المستحق (بعد خصم الرصيد الدائن)</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="151"/>
        <source>Open bills (select to pay only some)</source>
        <translation>الفواتير غير المسددة (حدّد بعضها لتسديدها وحدها)</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="152"/>
        <source>Payments</source>
        <translation>التسديدات</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="153"/>
        <source>Consumption</source>
        <translation>الاستهلاك</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="154"/>
        <source>Service points</source>
        <translation>نقاط الخدمة</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="190"/>
        <source>Credit: {amount}</source>
        <translation>الرصيد الدائن: {amount}</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="204"/>
        <source>actual reading</source>
        <translation>قراءة فعلية</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="204"/>
        <source>estimated</source>
        <translation>تقديرية</translation>
    </message>
    <message>
        <location filename="../account_view.py" line="209"/>
        <source>{service} — meter {meter}</source>
        <translation>{service} — العداد {meter}</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../models.py" line="119"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../models.py" line="120"/>
        <source>Name (Arabic)</source>
        <translation>الاسم (بالعربية)</translation>
    </message>
    <message>
        <location filename="../models.py" line="121"/>
        <source>Name (Latin)</source>
        <translation>الاسم (بالحروف اللاتينية)</translation>
    </message>
    <message>
        <location filename="../models.py" line="122"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../models.py" line="123"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../models.py" line="124"/>
        <source>Found by</source>
        <translation>وُجد عبر</translation>
    </message>
    <message>
        <location filename="../models.py" line="144"/>
        <source>Bill</source>
        <translation>الفاتورة</translation>
    </message>
    <message>
        <location filename="../models.py" line="145"/>
        <location filename="../models.py" line="204"/>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <location filename="../models.py" line="146"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../models.py" line="147"/>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <location filename="../models.py" line="149"/>
        <source>Days overdue</source>
        <translation>أيام التأخير</translation>
    </message>
    <message>
        <location filename="../models.py" line="153"/>
        <location filename="../models.py" line="187"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../models.py" line="154"/>
        <source>Open</source>
        <translation>المتبقي</translation>
    </message>
    <message>
        <location filename="../models.py" line="155"/>
        <source>Reading</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <location filename="../models.py" line="177"/>
        <source>estimated</source>
        <translation>تقديرية</translation>
    </message>
    <message>
        <location filename="../models.py" line="178"/>
        <source>actual</source>
        <translation>فعلية</translation>
    </message>
    <message>
        <location filename="../models.py" line="185"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../models.py" line="186"/>
        <source>Receipt</source>
        <translation>الوصل</translation>
    </message>
    <message>
        <location filename="../models.py" line="188"/>
        <source>Tender</source>
        <translation>طريقة الدفع</translation>
    </message>
    <message>
        <location filename="../models.py" line="189"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location filename="../models.py" line="190"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../models.py" line="191"/>
        <source>Bills</source>
        <translation>الفواتير</translation>
    </message>
    <message>
        <location filename="../models.py" line="205"/>
        <source>Meter</source>
        <translation>العداد</translation>
    </message>
    <message>
        <location filename="../models.py" line="206"/>
        <source>Tariff</source>
        <translation>التعريفة</translation>
    </message>
    <message>
        <location filename="../models.py" line="207"/>
        <source>Billing</source>
        <translation>الفوترة</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="__init__.py" line="112"/>
        <source>Cannot combine {left} and {right} amounts. Enter the amount in {left}.</source>
        <translation>لا يمكن الجمع بين مبالغ بـ{left} و{right}. أدخل المبلغ بـ{left}.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="113"/>
        <source>No amount was entered. Type an amount such as 1250,00.</source>
        <translation>لم يُدخل أي مبلغ. اكتب مبلغًا مثل 1250,00.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="114"/>
        <source>&apos;{text}&apos; is not an amount. Type digits, e.g. 1250,50.</source>
        <translation>«{text}» ليس مبلغًا. اكتب أرقامًا، مثلًا 1250,50.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="115"/>
        <source>Amounts must be positive (&apos;{text}&apos;). Enter the amount received.</source>
        <translation>يجب أن يكون المبلغ موجبًا («{text}»). أدخل المبلغ المستلم.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="116"/>
        <source>The amount is zero. Enter the amount received.</source>
        <translation>المبلغ صفر. أدخل المبلغ المستلم.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="117"/>
        <source>&apos;{text}&apos; has more than {decimals} decimals. Round it to the centime.</source>
        <translation>«{text}» فيه أكثر من {decimals} أرقام عشرية. قرّبه إلى السنتيم.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="118"/>
        <source>&apos;{text}&apos; is too large. Check the amount and type it again.</source>
        <translation>«{text}» كبير جدًا. تحقق من المبلغ واكتبه من جديد.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="119"/>
        <source>{amount} is above the maximum of {maximum} for one payment. Split it or ask the branch manager.</source>
        <translation>{amount} يتجاوز الحد الأقصى {maximum} للتسديد الواحد. قسّمه أو اطلب رئيس الوكالة.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="120"/>
        <source>No account {account_no}. Check the number or search by name.</source>
        <translation>لا يوجد حساب {account_no}. تحقق من الرقم أو ابحث بالاسم.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="121"/>
        <source>Account {account_no} is closed: payments are refused. Send the customer to the branch manager.</source>
        <translation>الحساب {account_no} مغلق: التسديدات مرفوضة. وجّه الزبون إلى رئيس الوكالة.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="122"/>
        <source>No bill {bill_no} on account {account_no}. Check the reference on the bill.</source>
        <translation>لا توجد فاتورة {bill_no} في الحساب {account_no}. تحقق من المرجع المكتوب على الفاتورة.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="123"/>
        <source>Bill {bill_no} is already paid. Remove it from the selection.</source>
        <translation>الفاتورة {bill_no} مسددة من قبل. أزلها من التحديد.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="124"/>
        <source>Bill {bill_no} is listed twice. List each bill once.</source>
        <translation>الفاتورة {bill_no} مذكورة مرتين. اذكر كل فاتورة مرة واحدة.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="125"/>
        <source>{amount} is more than the {due} due, and this agency does not keep credit. Take {due} at most.</source>
        <translation>{amount} أكثر من المستحق {due}، وهذه الوكالة لا تحتفظ برصيد دائن. استلم {due} على الأكثر.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="126"/>
        <source>Nothing is due on account {account_no} and this agency does not keep credit. No payment is needed.</source>
        <translation>لا شيء مستحق على الحساب {account_no} وهذه الوكالة لا تحتفظ برصيد دائن. لا حاجة إلى التسديد.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="127"/>
        <source>{tendered} tendered is less than the {amount} to pay. Ask for more cash or lower the amount.</source>
        <translation>المبلغ المقدَّم {tendered} أقل من المبلغ الواجب دفعه {amount}. اطلب نقودًا أكثر أو خفّض المبلغ.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="128"/>
        <source>Unknown tender &apos;{tender}&apos;. Use cash or card.</source>
        <translation>طريقة دفع غير معروفة «{tender}». استعمل النقد أو البطاقة.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="129"/>
        <source>Card: type the last 4 digits only (got &apos;{text}&apos;). Never type the full card number.</source>
        <translation>البطاقة: اكتب الأرقام الأربعة الأخيرة فقط (أُدخل «{text}»). لا تكتب رقم البطاقة كاملًا أبدًا.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="130"/>
        <source>Card: the authorisation code from the terminal slip is missing. Copy it from the slip.</source>
        <translation>البطاقة: رمز الترخيص المطبوع على وصل الجهاز مفقود. انسخه من الوصل.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="131"/>
        <source>Card: authorisation code &apos;{text}&apos; is not valid (2 to 12 letters or digits). Copy it from the slip.</source>
        <translation>البطاقة: رمز الترخيص «{text}» غير صالح (من 2 إلى 12 حرفًا أو رقمًا). انسخه من الوصل.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="132"/>
        <source>Unknown card scheme &apos;{scheme}&apos;. Use one of: {supported}.</source>
        <translation>شبكة بطاقة غير معروفة «{scheme}». استعمل إحدى: {supported}.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="133"/>
        <source>&apos;Tendered&apos; only applies to cash. Remove it for a card payment.</source>
        <translation>«المبلغ المقدَّم» خاص بالدفع نقدًا. امسحه عند الدفع بالبطاقة.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="134"/>
        <location filename="__init__.py" line="135"/>
        <source>Unknown user or wrong password. Check both and try again.</source>
        <translation>مستخدم غير معروف أو كلمة مرور خاطئة. تحقق منهما وأعد المحاولة.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="136"/>
        <source>User {username} is locked after too many wrong passwords. Ask an administrator.</source>
        <translation>المستخدم {username} موقوف بعد محاولات كثيرة بكلمة مرور خاطئة. اتصل بالمسؤول.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="137"/>
        <source>User {username} is disabled. Ask an administrator.</source>
        <translation>المستخدم {username} معطَّل. اتصل بالمسؤول.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="138"/>
        <source>User {username} ({role}) may not {action}. Ask a {needed}.</source>
        <translation>لا يحق للمستخدم {username} ({role}) القيام بـ: {action}. اطلب: {needed}.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="139"/>
        <source>No configuration: {what}. Run &apos;guichet init&apos; or the first-run assistant.</source>
        <translation>لا توجد إعدادات: {what}. شغّل «guichet init» أو مساعد التشغيل الأول.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="140"/>
        <source>Database {path} has no Guichet schema. Run &apos;guichet init --db {path}&apos; first.</source>
        <translation>قاعدة البيانات {path} لا تحتوي على مخطط Guichet. شغّل أولًا «guichet init --db {path}».</translation>
    </message>
    <message>
        <location filename="__init__.py" line="141"/>
        <source>Database {path} is at an older version. Run &apos;guichet init --db {path}&apos; to upgrade it.</source>
        <translation>قاعدة البيانات {path} بإصدار قديم. شغّل «guichet init --db {path}» لتحديثها.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="142"/>
        <source>Type at least one letter or digit to search.</source>
        <translation>اكتب حرفًا أو رقمًا واحدًا على الأقل للبحث.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="143"/>
        <source>{username} has no open cash session on terminal {terminal}. Open one with the counted float first.</source>
        <translation>ليس لـ{username} صندوق مفتوح في الشباك {terminal}. افتح الصندوق أولًا بالمبلغ الابتدائي المعدود.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="144"/>
        <source>Terminal {terminal} already has an open cash session ({username}). Close it before opening another.</source>
        <translation>في الشباك {terminal} صندوق مفتوح من قبل ({username}). أغلقه قبل فتح صندوق آخر.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="145"/>
        <source>{value} is not a {currency} note or coin here. Count with the listed denominations.</source>
        <translation>{value} ليست ورقة نقدية ولا قطعة بـ{currency} هنا. عُدّ بالفئات المذكورة.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="146"/>
        <source>The count for {value} must be a whole number of 0 or more (got {count}). Count again.</source>
        <translation>عدد الفئة {value} يجب أن يكون عددًا صحيحًا يساوي 0 أو أكثر (أُدخل {count}). أعد العد.</translation>
    </message>
    <message>
        <location filename="__init__.py" line="157"/>
        <source>Unexpected error: {detail}. Try again; if it persists, call support.</source>
        <translation>خطأ غير متوقع: {detail}. أعد المحاولة؛ وإن تكرر فاتصل بالدعم.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../login.py" line="163"/>
        <source>Screen locked</source>
        <translation>الشاشة مقفلة</translation>
    </message>
    <message>
        <location filename="../login.py" line="165"/>
        <source>Locked. {name}, type your password to unlock.</source>
        <translation>مقفلة. {name}، اكتب كلمة المرور لفتحها.</translation>
    </message>
    <message>
        <location filename="../login.py" line="174"/>
        <source>Unlock</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../login.py" line="175"/>
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
        <location filename="../login.py" line="120"/>
        <source>Type your user name.</source>
        <translation>اكتب اسم المستخدم.</translation>
    </message>
    <message>
        <location filename="../login.py" line="124"/>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
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
        <translation>{name} ({role}) · وكالة {agency} ({code}) · الشباك {terminal}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="185"/>
        <source>Scan a bill or type an account, meter, phone or name (Ctrl+F)</source>
        <translation>امسح فاتورة أو اكتب رقم حساب أو عداد أو هاتف أو اسمًا (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="187"/>
        <source>&amp;Counter</source>
        <translation>ال&amp;شباك</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="188"/>
        <source>&amp;Search</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="189"/>
        <source>&amp;Pay</source>
        <translation>&amp;تسديد</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="190"/>
        <source>&amp;Lock screen</source>
        <translation>&amp;قفل الشاشة</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="191"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="201"/>
        <source>working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="256"/>
        <source>Nothing found. Check the number or try a name.</source>
        <translation>لا نتيجة. تحقق من الرقم أو جرّب الاسم.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="298"/>
        <source>Open an account first (scan a bill or search).</source>
        <translation>افتح حسابًا أولًا (امسح فاتورة أو ابحث).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="313"/>
        <source>Receipt {receipt} · paid {amount} · change {change} · new balance {balance}</source>
        <translation>الوصل {receipt} · المدفوع {amount} · الباقي للزبون {change} · الرصيد الجديد {balance}</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../payment_dialog.py" line="80"/>
        <source>Payment — {account}</source>
        <translation>تسديد — {account}</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="85"/>
        <source>Selected bills: {bills}</source>
        <translation>الفواتير المحددة: {bills}</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="87"/>
        <source>All open bills, oldest first</source>
        <translation>كل الفواتير غير المسددة، الأقدم أولًا</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="93"/>
        <source>&amp;Cash</source>
        <translation>&amp;نقدًا</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="94"/>
        <source>C&amp;ard</source>
        <translation>&amp;بطاقة</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="116"/>
        <source>Confirm (Enter)</source>
        <translation>تأكيد (Enter)</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="120"/>
        <source>Cancel (Esc)</source>
        <translation>إلغاء (Esc)</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="126"/>
        <source>&amp;Amount</source>
        <translation>ال&amp;مبلغ</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="127"/>
        <source>Tender</source>
        <translation>طريقة الدفع</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="133"/>
        <source>Allocation</source>
        <translation>التوزيع على الفواتير</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="150"/>
        <source>exact amount</source>
        <translation>المبلغ بالضبط</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="156"/>
        <source>Add one note to the amount tendered</source>
        <translation>أضف ورقة نقدية إلى المبلغ المقدَّم</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="164"/>
        <source>&amp;Tendered</source>
        <translation>المبلغ الم&amp;قدَّم</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="165"/>
        <source>Quick notes</source>
        <translation>أوراق نقدية</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="166"/>
        <source>Change</source>
        <translation>الباقي للزبون</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="184"/>
        <source>Card &amp;scheme</source>
        <translation>&amp;شبكة البطاقة</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="185"/>
        <source>&amp;Last 4 digits</source>
        <translation>آخر &amp;4 أرقام</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="186"/>
        <source>Au&amp;thorisation code</source>
        <translation>&amp;رمز الترخيص</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="187"/>
        <source>Terminal &amp;reference</source>
        <translation>مرجع ال&amp;جهاز</translation>
    </message>
    <message>
        <location filename="../payment_dialog.py" line="240"/>
        <source>To account credit: {amount}</source>
        <translation>يُضاف إلى الرصيد الدائن: {amount}</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="__init__.py" line="164"/>
        <source>clerk</source>
        <translation>عون شباك</translation>
    </message>
    <message>
        <location filename="__init__.py" line="165"/>
        <source>manager</source>
        <translation>رئيس وكالة</translation>
    </message>
    <message>
        <location filename="__init__.py" line="166"/>
        <source>admin</source>
        <translation>مسؤول</translation>
    </message>
    <message>
        <location filename="__init__.py" line="167"/>
        <source>electricity</source>
        <translation>كهرباء</translation>
    </message>
    <message>
        <location filename="__init__.py" line="168"/>
        <source>gas</source>
        <translation>غاز</translation>
    </message>
    <message>
        <location filename="__init__.py" line="169"/>
        <source>water</source>
        <translation>ماء</translation>
    </message>
    <message>
        <location filename="__init__.py" line="170"/>
        <source>sanitation</source>
        <translation>تطهير</translation>
    </message>
    <message>
        <location filename="__init__.py" line="171"/>
        <source>cash</source>
        <translation>نقدًا</translation>
    </message>
    <message>
        <location filename="__init__.py" line="172"/>
        <source>card</source>
        <translation>بطاقة</translation>
    </message>
    <message>
        <location filename="__init__.py" line="173"/>
        <source>counter</source>
        <translation>الشباك</translation>
    </message>
    <message>
        <location filename="__init__.py" line="174"/>
        <source>online</source>
        <translation>عبر الإنترنت</translation>
    </message>
    <message>
        <location filename="__init__.py" line="175"/>
        <source>post office</source>
        <translation>مكتب البريد</translation>
    </message>
    <message>
        <location filename="__init__.py" line="176"/>
        <source>valid</source>
        <translation>صالح</translation>
    </message>
    <message>
        <location filename="__init__.py" line="177"/>
        <location filename="__init__.py" line="178"/>
        <source>void</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location filename="__init__.py" line="179"/>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="__init__.py" line="180"/>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <location filename="__init__.py" line="181"/>
        <source>monthly</source>
        <translation>شهرية</translation>
    </message>
    <message>
        <location filename="__init__.py" line="182"/>
        <source>every two months</source>
        <translation>كل شهرين</translation>
    </message>
    <message>
        <location filename="__init__.py" line="183"/>
        <source>quarterly</source>
        <translation>فصلية</translation>
    </message>
    <message>
        <location filename="__init__.py" line="184"/>
        <source>residential, individual</source>
        <translation>سكني، فردي</translation>
    </message>
    <message>
        <location filename="__init__.py" line="185"/>
        <source>residential, collective</source>
        <translation>سكني، جماعي</translation>
    </message>
    <message>
        <location filename="__init__.py" line="186"/>
        <source>professional</source>
        <translation>مهني</translation>
    </message>
    <message>
        <location filename="__init__.py" line="187"/>
        <source>administration</source>
        <translation>إدارة</translation>
    </message>
    <message>
        <location filename="__init__.py" line="188"/>
        <source>account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <location filename="__init__.py" line="189"/>
        <source>bill</source>
        <translation>فاتورة</translation>
    </message>
    <message>
        <location filename="__init__.py" line="190"/>
        <source>meter</source>
        <translation>عداد</translation>
    </message>
    <message>
        <location filename="__init__.py" line="191"/>
        <source>phone</source>
        <translation>هاتف</translation>
    </message>
    <message>
        <location filename="__init__.py" line="192"/>
        <source>name</source>
        <translation>اسم</translation>
    </message>
</context>
<context>
    <name>TillDialog</name>
    <message>
        <location filename="../till_dialog.py" line="46"/>
        <location filename="../till_dialog.py" line="65"/>
        <source>Open the till</source>
        <translation>فتح الصندوق</translation>
    </message>
    <message>
        <location filename="../till_dialog.py" line="47"/>
        <source>Count the notes and coins in the drawer, then press Enter.</source>
        <translation>عُدّ الأوراق والقطع النقدية في الدرج، ثم اضغط Enter.</translation>
    </message>
    <message>
        <location filename="../till_dialog.py" line="67"/>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <location filename="../till_dialog.py" line="85"/>
        <source>Float: {amount}</source>
        <translation>المبلغ الابتدائي: {amount}</translation>
    </message>
</context>
</TS>
