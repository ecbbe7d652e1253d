<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>Activity</name>
    <message>
        <location filename="../../ui/profile_header.py" line="+17"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>معرّض للتسرب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactivated</source>
        <translation>عاد للنشاط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lapsed</source>
        <translation>منقطع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No purchase yet</source>
        <translation>لم يشترِ بعد</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../ui/loyalty_dialogs.py" line="+95"/>
        <source>Adjust points</source>
        <translation>تعديل النقاط</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why (required; kept in the audit log)</source>
        <translation>السبب (إلزامي؛ يُحفظ في سجل التدقيق)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points (+/−)</source>
        <translation>النقاط (+/−)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A manual adjustment needs a reason.</source>
        <translation>يحتاج التعديل اليدوي إلى سبب.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the points to add (+) or take away (−).</source>
        <translation>أدخل النقاط المراد إضافتها (+) أو خصمها (−).</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="+84"/>
        <source>Retain CRM</source>
        <translation>Retain CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open the database:
%1</source>
        <translation>تعذّر فتح قاعدة البيانات:
⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>BadgeTile</name>
    <message>
        <location filename="../../ui/loyalty_tab.py" line="+49"/>
        <source>not yet</source>
        <translation>لم تُكتسب بعد</translation>
    </message>
</context>
<context>
    <name>CampaignsView</name>
    <message>
        <location filename="../../ui/campaigns_view.py" line="+37"/>
        <source>Leaderboard: points earned</source>
        <translation>لوحة الصدارة: النقاط المكتسبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthdays this week</source>
        <translation>أعياد الميلاد هذا الأسبوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anniversaries this month</source>
        <translation>الذكريات السنوية هذا الشهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points expiring in 30 days</source>
        <translation>نقاط تنتهي صلاحيتها خلال ٣٠ يومًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close to the next tier</source>
        <translation>قريبون من المستوى التالي</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+58"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Tier</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points earned</source>
        <translation>النقاط المكتسبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turns</source>
        <translation>يبلغ من العمر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First purchase</source>
        <translation>أول شراء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years</source>
        <translation>السنوات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points expiring</source>
        <translation>نقاط ستنتهي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First expiry</source>
        <translation>أقرب انتهاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend (12 months)</source>
        <translation>الإنفاق (١٢ شهرًا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next tier</source>
        <translation>المستوى التالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>المتبقي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%Ln customers (the first %1; export for all)</source>
        <translation>
            <numerusform>%Ln عميل (تُعرض أول %1 فقط؛ صدِّر للحصول على الكل)</numerusform>
            <numerusform>عميل واحد (تُعرض أول %1 فقط؛ صدِّر للحصول على الكل)</numerusform>
            <numerusform>عميلان (تُعرض أول %1 فقط؛ صدِّر للحصول على الكل)</numerusform>
            <numerusform>%Ln عملاء (تُعرض أول %1 فقط؛ صدِّر للحصول على الكل)</numerusform>
            <numerusform>%Ln عميلًا (تُعرض أول %1 فقط؛ صدِّر للحصول على الكل)</numerusform>
            <numerusform>%Ln عميل (تُعرض أول %1 فقط؛ صدِّر للحصول على الكل)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln customers</source>
        <translation>
            <numerusform>لا يوجد عملاء</numerusform>
            <numerusform>عميل واحد</numerusform>
            <numerusform>عميلان</numerusform>
            <numerusform>%Ln عملاء</numerusform>
            <numerusform>%Ln عميلًا</numerusform>
            <numerusform>%Ln عميل</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export CSV</source>
        <translation>تصدير CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln rows written to %1</source>
        <translation>
            <numerusform>لم يُكتب أي صف في ⁨%1⁩</numerusform>
            <numerusform>كُتب صف واحد في ⁨%1⁩</numerusform>
            <numerusform>كُتب صفان في ⁨%1⁩</numerusform>
            <numerusform>كُتبت %Ln صفوف في ⁨%1⁩</numerusform>
            <numerusform>كُتب %Ln صفًا في ⁨%1⁩</numerusform>
            <numerusform>كُتب %Ln صف في ⁨%1⁩</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="+394"/>
        <source>Check every row</source>
        <translation>فحص كل الصفوف</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <location line="+25"/>
        <source>Nothing has been imported yet. Rows with problems are listed below.</source>
        <translation>لم يُستورد شيء بعد. الصفوف التي فيها مشكلات مدرجة أدناه.</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+208"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location line="-207"/>
        <location line="+209"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location line="-208"/>
        <location line="+210"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;حفظ الصفوف المرفوضة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the valid rows and leave out the rejected ones</source>
        <translation>استيراد الصفوف الصالحة وترك المرفوضة</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Checking every row…</source>
        <translation>جارٍ فحص كل الصفوف…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Every row can be imported. Nothing has been imported yet.</source>
        <translation>يمكن استيراد كل الصفوف. لم يُستورد شيء بعد.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file cannot be imported: %1</source>
        <translation>لا يمكن استيراد الملف: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save rejected rows</source>
        <translation>حفظ الصفوف المرفوضة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>CouponDialog</name>
    <message>
        <location filename="../../ui/loyalty_dialogs.py" line="+10"/>
        <source>Issue coupon</source>
        <translation>إصدار قسيمة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Percentage</source>
        <translation>نسبة مئوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (%1)</source>
        <translation>مبلغ (⁨%1⁩)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Discount</source>
        <translation>الخصم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value (percent or whole currency units)</source>
        <translation>القيمة (نسبة مئوية أو وحدات عملة كاملة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid for (days)</source>
        <translation>مدة الصلاحية (أيام)</translation>
    </message>
</context>
<context>
    <name>CouponRuleBox</name>
    <message>
        <location filename="../../ui/loyalty_settings.py" line="+58"/>
        <source>Issue automatically</source>
        <translation>إصدار تلقائي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Percentage</source>
        <translation>نسبة مئوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>مبلغ ثابت</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Discount</source>
        <translation>الخصم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid for (days)</source>
        <translation>مدة الصلاحية (أيام)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After orders from</source>
        <translation>للطلبات ابتداءً من</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the percentage must be a whole number from 1 to 100</source>
        <translation>%1: يجب أن تكون النسبة عددًا صحيحًا من ١ إلى ١٠٠</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the amount must be above zero</source>
        <translation>%1: يجب أن يكون المبلغ أكبر من صفر</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../ui/customer_form.py" line="+26"/>
        <source>Edit customer</source>
        <translation>تعديل العميل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New customer</source>
        <translation>عميل جديد</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Phone</source>
        <translation>ال&amp;هاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone &amp;2</source>
        <translation>الهاتف ال&amp;ثاني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;mail</source>
        <translation>البريد ال&amp;إلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email 2</source>
        <translation>البريد الإلكتروني الثاني</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;ode</source>
        <translation>الر&amp;مز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assigned automatically</source>
        <translation>يُعيَّن تلقائيًا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Birthday</source>
        <translation>تاريخ المي&amp;لاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;untry</source>
        <translation>ال&amp;بلد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not set)</source>
        <translation>(غير محدد)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags</source>
        <translation>الو&amp;سوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma separated</source>
        <translation>مفصولة بفواصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>الرسائل النصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone calls</source>
        <translation>المكالمات الهاتفية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Marketing consent</source>
        <translation>الموافقة على التسويق</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Changed by someone else</source>
        <translation>عدّله شخص آخر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not save: %1</source>
        <translation>تعذّر الحفظ: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please correct the marked fields. Nothing was saved.</source>
        <translation>يرجى تصحيح الحقول المحددة. لم يُحفظ شيء.</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../ui/customer_model.py" line="+15"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main phone</source>
        <translation>الهاتف الرئيسي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last purchase</source>
        <translation>آخر شراء</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../ui/customers_view.py" line="+73"/>
        <source>Could not load customers: %1</source>
        <translation>تعذّر تحميل العملاء: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No customer matches “%1”</source>
        <translation>لا يوجد عميل يطابق «⁨%1⁩»</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln matches for “%1”</source>
        <translation>
            <numerusform>لا نتائج للبحث عن «⁨%1⁩»</numerusform>
            <numerusform>نتيجة واحدة للبحث عن «⁨%1⁩»</numerusform>
            <numerusform>نتيجتان للبحث عن «⁨%1⁩»</numerusform>
            <numerusform>%Ln نتائج للبحث عن «⁨%1⁩»</numerusform>
            <numerusform>%Ln نتيجةً للبحث عن «⁨%1⁩»</numerusform>
            <numerusform>%Ln نتيجة للبحث عن «⁨%1⁩»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>All %Ln customers, by name</source>
        <translation>
            <numerusform>لا يوجد عملاء</numerusform>
            <numerusform>عميل واحد، حسب الاسم</numerusform>
            <numerusform>عميلان، حسب الاسم</numerusform>
            <numerusform>%Ln عملاء، حسب الاسم</numerusform>
            <numerusform>%Ln عميلًا، حسب الاسم</numerusform>
            <numerusform>%Ln عميل، حسب الاسم</numerusform>
        </translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Search failed: %1</source>
        <translation>فشل البحث: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All customers, by name</source>
        <translation>كل العملاء، حسب الاسم</translation>
    </message>
</context>
<context>
    <name>FormMessages</name>
    <message>
        <location filename="../../ui/forms.py" line="+15"/>
        <source>the name is longer than 200 characters</source>
        <translation>الاسم أطول من ٢٠٠ حرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an order needs at least one line</source>
        <translation>يحتاج الطلب إلى سطر واحد على الأقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use a three-letter currency code</source>
        <translation>استخدم رمز عملة من ثلاثة أحرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>describe what was bought</source>
        <translation>اكتب ما الذي اشتُري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the quantity must be a whole number above 0</source>
        <translation>يجب أن تكون الكمية عددًا صحيحًا أكبر من ٠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the price cannot be negative</source>
        <translation>لا يمكن أن يكون السعر سالبًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the subject is longer than 200 characters</source>
        <translation>الموضوع أطول من ٢٠٠ حرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many tags</source>
        <translation>عدد الوسوم كبير جدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>points per unit cannot be negative</source>
        <translation>لا يمكن أن تكون النقاط لكل وحدة سالبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the spend unit must be above zero</source>
        <translation>يجب أن تكون وحدة الإنفاق أكبر من صفر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expiry cannot be negative (0 = never)</source>
        <translation>لا يمكن أن تكون مدة الصلاحية سالبة (٠ = أبدًا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the tier window must be at least one month</source>
        <translation>يجب ألا تقل فترة احتساب المستوى عن شهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a bonus cannot be negative</source>
        <translation>لا يمكن أن تكون المكافأة سالبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least one tier is needed</source>
        <translation>يلزم مستوى واحد على الأقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the entry tier must start at zero spend</source>
        <translation>يجب أن يبدأ المستوى الأول من إنفاق صفر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must need more spend than %2</source>
        <translation>يجب أن يتطلب المستوى ⁨%1⁩ إنفاقًا أكبر من ⁨%2⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the multiplier cannot be negative</source>
        <translation>المستوى ⁨%1⁩: لا يمكن أن يكون المضاعِف سالبًا</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../ui/import_labels.py" line="+18"/>
        <source>Customer code</source>
        <translation>رمز العميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle name</source>
        <translation>الاسم الأوسط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second phone</source>
        <translation>الهاتف الثاني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second email</source>
        <translation>البريد الإلكتروني الثاني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country (2 letters)</source>
        <translation>البلد (حرفان)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer since</source>
        <translation>عميل منذ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email consent</source>
        <translation>الموافقة على البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS consent</source>
        <translation>الموافقة على الرسائل النصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order number</source>
        <translation>رقم الطلب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer name</source>
        <translation>اسم العميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>تاريخ الحل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>تاريخ الإغلاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind (nps/csat)</source>
        <translation>النوع (nps/csat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS score (0–10)</source>
        <translation>درجة NPS (٠–١٠)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT score (1–5)</source>
        <translation>درجة CSAT (١–٥)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <location line="+36"/>
        <source>&apos;%1&apos; is not a valid date</source>
        <translation>«%1» ليس تاريخًا صالحًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a date (use YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>القيمة «⁨%1⁩» ليست تاريخًا (استخدم YYYY-MM-DD أو DD/MM/YYYY)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; could be day/month or month/day; choose the date format</source>
        <translation>القيمة «⁨%1⁩» قد تكون يوم/شهر أو شهر/يوم؛ اختر صيغة التاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a date in the day/month/year format of this column</source>
        <translation>القيمة «⁨%1⁩» ليست تاريخًا بصيغة يوم/شهر/سنة المعتمدة لهذا العمود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a date in the month/day/year format of this column</source>
        <translation>القيمة «⁨%1⁩» ليست تاريخًا بصيغة شهر/يوم/سنة المعتمدة لهذا العمود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos;: the year %2 is out of range</source>
        <translation>التاريخ «⁨%1⁩»: السنة ⁨%2⁩ خارج النطاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is in the future</source>
        <translation>التاريخ «⁨%1⁩» في المستقبل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date is in the future</source>
        <translation>التاريخ في المستقبل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date is before the ticket was created</source>
        <translation>التاريخ يسبق إنشاء التذكرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a valid Persian date</source>
        <translation>القيمة ⁨%1⁩ ليست تاريخًا هجريًا شمسيًا صالحًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a number, not a date</source>
        <translation>القيمة ⁨%1⁩ رقم وليست تاريخًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date is empty</source>
        <translation>التاريخ فارغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter the date</source>
        <translation>أدخل التاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter the amount</source>
        <translation>أدخل المبلغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter the customer code</source>
        <translation>أدخل رمز العميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter the score</source>
        <translation>أدخل الدرجة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not an amount (digit groups are not of three)</source>
        <translation>القيمة «⁨%1⁩» ليست مبلغًا (مجموعات الأرقام ليست ثلاثية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not an amount</source>
        <translation>القيمة «⁨%1⁩» ليست مبلغًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the amount is not a number</source>
        <translation>المبلغ ليس رقمًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the amount is empty</source>
        <translation>المبلغ فارغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the amount is too large</source>
        <translation>المبلغ كبير جدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a negative amount is a refund, not a purchase; leave it out</source>
        <translation>المبلغ السالب استرداد وليس شراءً؛ احذفه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>القيمة «⁨%1⁩» ليست عددًا صحيحًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the %1 must be at least %2</source>
        <translation>يجب ألا يقل ⁨%1⁩ عن ⁨%2⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the %1 must be at most %2</source>
        <translation>يجب ألا يزيد ⁨%1⁩ على ⁨%2⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the %1 is empty</source>
        <translation>الحقل ⁨%1⁩ فارغ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the %1 is longer than %2 characters</source>
        <translation>الحقل ⁨%1⁩ أطول من ⁨%2⁩ حرفًا</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&apos;%1&apos; is not a three-letter currency code</source>
        <translation>القيمة «⁨%1⁩» ليست رمز عملة من ثلاثة أحرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>القيمة «⁨%1⁩» ليست نعم أو لا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a customer code is 1–32 characters without spaces</source>
        <translation>رمز العميل من ١ إلى ٣٢ حرفًا بلا مسافات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no customer has the code %1</source>
        <translation>لا يوجد عميل بالرمز ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order %1 is for another customer (row %2)</source>
        <translation>الطلب ⁨%1⁩ لعميل آخر (الصف ⁨%2⁩)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order %1 is in %2 (row %3)</source>
        <translation>الطلب ⁨%1⁩ بعملة ⁨%2⁩ (الصف ⁨%3⁩)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order number %1 is already in the database for another customer</source>
        <translation>رقم الطلب ⁨%1⁩ موجود مسبقًا في قاعدة البيانات لعميل آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another line of order %1 (row %2) was rejected; fix that line and import the whole order again</source>
        <translation>رُفض سطر آخر من الطلب ⁨%1⁩ (الصف ⁨%2⁩)؛ صحّح ذلك السطر واستورد الطلب كاملًا من جديد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no order numbered %1</source>
        <translation>لا يوجد طلب بالرقم ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter the customer&apos;s name</source>
        <translation>أدخل اسم العميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the two-letter country code (SA, IR, RU, US, ...)</source>
        <translation>استخدم رمز البلد من حرفين (SA، IR، RU، US، …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the birthday must be a past date after 1900</source>
        <translation>يجب أن يكون تاريخ الميلاد تاريخًا ماضيًا بعد ١٩٠٠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter a phone number</source>
        <translation>أدخل رقم الهاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter an email address</source>
        <translation>أدخل البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a valid phone number</source>
        <translation>رقم الهاتف «⁨%1⁩» غير صالح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a phone number</source>
        <translation>القيمة «⁨%1⁩» ليست رقم هاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a valid email address: %2</source>
        <translation>البريد الإلكتروني «⁨%1⁩» غير صالح: ⁨%2⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tag is longer than 64 characters</source>
        <translation>أحد الوسوم أطول من ٦٤ حرفًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter a subject</source>
        <translation>أدخل الموضوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown channel %1</source>
        <translation>قناة غير معروفة ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown priority %1</source>
        <translation>أولوية غير معروفة ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown status %1 (new, open, pending, resolved, closed)</source>
        <translation>حالة غير معروفة ⁨%1⁩ (new، open، pending، resolved، closed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown kind %1 (nps or csat)</source>
        <translation>نوع غير معروف ⁨%1⁩ (nps أو csat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say whether the score is nps (0–10) or csat (1–5)</source>
        <translation>حدّد ما إذا كانت الدرجة nps (٠–١٠) أو csat (١–٥)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT is a score from 1 to 5</source>
        <translation>درجة CSAT من ١ إلى ٥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS is a score from 0 to 10</source>
        <translation>درجة NPS من ٠ إلى ١٠</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="-390"/>
        <source>Import data</source>
        <translation>استيراد البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="-82"/>
        <source>Rows read: %1.</source>
        <translation>الصفوف المقروءة: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported: %1.</source>
        <translation>المستورد: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can be imported: %1.</source>
        <translation>قابل للاستيراد: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders: %1.</source>
        <translation>الطلبات: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already in the database (left as they are): %1.</source>
        <translation>موجود مسبقًا في قاعدة البيانات (تُرك كما هو): %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total lines left out: %1.</source>
        <translation>أسطر الإجمالي المتروكة: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New customers for unknown codes: %1.</source>
        <translation>عملاء جدد لرموز غير معروفة: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejected: %1.</source>
        <translation>المرفوض: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible duplicates of existing customers: %1.</source>
        <translation>تكرارات محتملة لعملاء موجودين: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is nothing new to import.</source>
        <translation>لا يوجد جديد لاستيراده.</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <location filename="../../ui/metrics_cards.py" line="+54"/>
        <source>vs previous period</source>
        <translation>مقارنةً بالفترة السابقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs a year earlier</source>
        <translation>مقارنةً بالعام السابق</translation>
    </message>
</context>
<context>
    <name>KpiText</name>
    <message>
        <location filename="../../reports/kpis.py" line="+92"/>
        <source>pp</source>
        <translation>نقطة مئوية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>points</source>
        <translation>نقطة</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>CRR: no customer was active at the start of the period</source>
        <translation>معدل الاحتفاظ: لم يكن أي عميل نشطًا في بداية الفترة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRR = (E − N) / S × 100 = (%1 − %2) / %3 × 100 = %4</source>
        <translation>معدل الاحتفاظ = (النشطون في النهاية − الجدد) / النشطون في البداية × ١٠٠ = (%1 − %2) / %3 × ١٠٠ = %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Churn rate: no customer was active at the start of the period</source>
        <translation>معدل التسرب: لم يكن أي عميل نشطًا في بداية الفترة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn rate = L / S × 100 = %1 / %2 × 100 = %3</source>
        <translation>معدل التسرب = المفقودون / النشطون في البداية × ١٠٠ = %1 / %2 × ١٠٠ = %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Repeat purchase rate: no customer has bought yet</source>
        <translation>معدل تكرار الشراء: لم يشترِ أي عميل بعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat purchase rate = customers with 2+ purchase days / customers = %1 / %2 × 100 = %3</source>
        <translation>معدل تكرار الشراء = العملاء الذين اشتروا في يومين أو أكثر / العملاء = %1 / %2 × ١٠٠ = %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Purchase frequency: no buyer in the period</source>
        <translation>تكرار الشراء: لا مشترين في الفترة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase frequency = purchase days / buyers = %1 / %2 = %3</source>
        <translation>تكرار الشراء = أيام الشراء / المشترون = %1 / %2 = %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AOV: no order in the period</source>
        <translation>متوسط قيمة الطلب: لا طلبات في الفترة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AOV = revenue / orders = %1 / %2 = %3</source>
        <translation>متوسط قيمة الطلب = الإيرادات / الطلبات = %1 / %2 = %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revenue = net amount of the %1 orders in the period (order totals − their refunds) = %2</source>
        <translation>الإيرادات = صافي مبلغ الطلبات (%1) في الفترة (إجماليات الطلبات − مبالغها المستردة) = %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Historical CLV: not enough history to estimate a lifespan</source>
        <translation>القيمة الدائمة التاريخية: لا يكفي التاريخ لتقدير مدة بقاء العميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLV = average purchase value × purchases per year × lifespan in years = %1 × %2 × %3 = %4</source>
        <translation>القيمة الدائمة = متوسط قيمة الشراء × عدد المشتريات في السنة × مدة البقاء بالسنوات = %1 × %2 × %3 = %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Predicted CLV: the models could not be fitted (%1)</source>
        <translation>القيمة الدائمة المتوقعة: تعذّر ضبط النماذج (⁨%1⁩)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicted CLV per customer = Σ over the next %1 months of expected purchase days (BG/NBD) × expected spend (Gamma-Gamma), discounted %2 per month = %3 / %4 customers = %5</source>
        <translation>القيمة الدائمة المتوقعة لكل عميل = مجموع أيام الشراء المتوقعة (BG/NBD) × الإنفاق المتوقع (Gamma-Gamma) خلال الأشهر الـ%1 القادمة، بخصم %2 شهريًا = %3 / %4 عميل = %5</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>NPS: no survey answer in the period</source>
        <translation>صافي نقاط الترويج: لا إجابات على الاستبيان في الفترة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NPS = % promoters − % detractors = %1 − %2 = %3 (%4 promoters, %5 passives, %6 detractors of %7 answers)</source>
        <translation>صافي نقاط الترويج (NPS) = ٪ المروّجين − ٪ المنتقدين = %1 − %2 = %3 (المروّجون %4، المحايدون %5، المنتقدون %6 من أصل %7 إجابة)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CSAT: no answer in the period</source>
        <translation>رضا العملاء: لا إجابات في الفترة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT = answers 4–5 / answers × 100 = %1 / %2 × 100 = %3</source>
        <translation>رضا العملاء (CSAT) = إجابات ٤–٥ / كل الإجابات × ١٠٠ = %1 / %2 × ١٠٠ = %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SLA attainment: no ticket was due in the period</source>
        <translation>الالتزام بمستوى الخدمة: لم تحلّ مهلة أي تذكرة في الفترة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLA attainment = targets met / targets due × 100 = (%1 + %2) / (%3 + %4) × 100 = %5 (first response %6, resolution %7)</source>
        <translation>الالتزام بمستوى الخدمة = الأهداف الملتزَم بها / الأهداف المستحقة × ١٠٠ = (%1 + %2) / (%3 + %4) × ١٠٠ = %5 (الرد الأول %6، الحل %7)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SLA attainment</source>
        <translation>الالتزام بمستوى الخدمة (SLA)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Customer retention rate</source>
        <translation>معدل الاحتفاظ بالعملاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Churn rate</source>
        <translation>معدل التسرب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat purchase rate</source>
        <translation>معدل تكرار الشراء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase frequency</source>
        <translation>تكرار الشراء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average order value</source>
        <translation>متوسط قيمة الطلب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>الإيرادات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Historical CLV</source>
        <translation>القيمة الدائمة التاريخية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicted CLV per customer</source>
        <translation>القيمة الدائمة المتوقعة لكل عميل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NPS</source>
        <translation>صافي نقاط الترويج (NPS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT</source>
        <translation>رضا العملاء (CSAT)</translation>
    </message>
</context>
<context>
    <name>LoyaltySettingsPage</name>
    <message>
        <location filename="../../ui/loyalty_settings.py" line="-56"/>
        <source>%1: not a number</source>
        <translation>%1: ليس رقمًا</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Earning</source>
        <translation>كسب النقاط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>points for every</source>
        <translation>نقطة لكل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bonus points</source>
        <translation>نقاط المكافأة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First purchase</source>
        <translation>أول شراء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birthday</source>
        <translation>عيد الميلاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback given</source>
        <translation>تقديم رأي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referral</source>
        <translation>إحالة عميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anniversary</source>
        <translation>الذكرى السنوية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expiry and windows</source>
        <translation>انتهاء الصلاحية والفترات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points expire after (months)</source>
        <translation>تنتهي صلاحية النقاط بعد (أشهر)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier spend window (months)</source>
        <translation>فترة احتساب الإنفاق للمستوى (أشهر)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday/anniversary grace (days)</source>
        <translation>مهلة عيد الميلاد والذكرى السنوية (أيام)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+106"/>
        <source>From spend</source>
        <translation>ابتداءً من إنفاق</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+103"/>
        <source>Multiplier</source>
        <translation>المضاعِف</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Perks</source>
        <translation>المزايا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add tier</source>
        <translation>إضافة مستوى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove tier</source>
        <translation>حذف مستوى</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tiers (by net spend over the window)</source>
        <translation>المستويات (حسب صافي الإنفاق خلال الفترة)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Thank-you coupon after a purchase</source>
        <translation>قسيمة شكر بعد الشراء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday offer</source>
        <translation>عرض عيد الميلاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer after six months with us</source>
        <translation>عرض بعد ستة أشهر معنا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save as new version</source>
        <translation>حفظ كإصدار جديد</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Current rules: version %1</source>
        <translation>القواعد الحالية: الإصدار %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current rules: defaults (not saved yet)</source>
        <translation>القواعد الحالية: الافتراضية (لم تُحفظ بعد)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Tier %1 needs a code</source>
        <translation>المستوى %1 يحتاج إلى رمز</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Spend unit</source>
        <translation>وحدة الإنفاق</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved as version %1</source>
        <translation>حُفظت كإصدار %1</translation>
    </message>
</context>
<context>
    <name>LoyaltyTab</name>
    <message>
        <location filename="../../ui/loyalty_tab.py" line="+34"/>
        <source>Redeem…</source>
        <translation>استبدال…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adjust…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue coupon…</source>
        <translation>إصدار قسيمة…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Points balance</source>
        <translation>رصيد النقاط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tier</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Badges</source>
        <translation>الشارات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry</source>
        <translation>القيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Expires</source>
        <translation>تنتهي في</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer</source>
        <translation>العرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <comment>date column</comment>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Redeemed (order %1)</source>
        <comment>coupon status</comment>
        <translation>مُستخدَمة (الطلب %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <comment>coupon status</comment>
        <translation>صالحة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redeemed</source>
        <comment>coupon status</comment>
        <translation>مُستخدَمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <comment>coupon status</comment>
        <translation>منتهية</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Points ledger</source>
        <translation>سجل النقاط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coupons</source>
        <translation>القسائم</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Earned</source>
        <translation>اكتساب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bonus</source>
        <translation>مكافأة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redeemed</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>انتهاء صلاحية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adjustment</source>
        <translation>تعديل يدوي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund reversal</source>
        <translation>عكس بسبب استرداد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1</source>
        <translation>الطلب %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oldest points, due by %1</source>
        <translation>أقدم النقاط، المستحقة حتى %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reward</source>
        <translation>المكافأة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thank-you</source>
        <translation>شكر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birthday</source>
        <translation>عيد الميلاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anniversary</source>
        <translation>الذكرى السنوية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By hand</source>
        <translation>يدويًا</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not load the loyalty data: %1</source>
        <translation>تعذّر تحميل بيانات الولاء: ⁨%1⁩</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln points</source>
        <translation>
            <numerusform>%Ln نقطة</numerusform>
            <numerusform>نقطة واحدة</numerusform>
            <numerusform>نقطتان</numerusform>
            <numerusform>%Ln نقاط</numerusform>
            <numerusform>%Ln نقطةً</numerusform>
            <numerusform>%Ln نقطة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Top tier</source>
        <translation>أعلى مستوى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend in the last 12 months: %1</source>
        <translation>الإنفاق في آخر ١٢ شهرًا: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spend in the last 12 months: %1 · %2 more to reach %3</source>
        <translation>الإنفاق في آخر ١٢ شهرًا: ⁨%1⁩ · يلزم ⁨%2⁩ إضافية للوصول إلى ⁨%3⁩</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln points expire by %1</source>
        <translation>
            <numerusform>لا نقاط تنتهي بحلول %1</numerusform>
            <numerusform>تنتهي نقطة واحدة بحلول %1</numerusform>
            <numerusform>تنتهي نقطتان بحلول %1</numerusform>
            <numerusform>تنتهي %Ln نقاط بحلول %1</numerusform>
            <numerusform>تنتهي %Ln نقطةً بحلول %1</numerusform>
            <numerusform>تنتهي %Ln نقطة بحلول %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No points expire in the next 30 days</source>
        <translation>لا تنتهي أي نقاط خلال الـ٣٠ يومًا القادمة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+40"/>
        <source>Retain CRM</source>
        <translation>Retain CRM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search customers: name, phone, email, code or tag  (Ctrl+K)</source>
        <translation>ابحث عن عميل: الاسم أو الهاتف أو البريد أو الرمز أو الوسم  (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support</source>
        <translation>الدعم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyalty</source>
        <translation>الولاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%Ln results in %1 ms</source>
        <translation>
            <numerusform>لا نتائج (%1 مللي ثانية)</numerusform>
            <numerusform>نتيجة واحدة في %1 مللي ثانية</numerusform>
            <numerusform>نتيجتان في %1 مللي ثانية</numerusform>
            <numerusform>%Ln نتائج في %1 مللي ثانية</numerusform>
            <numerusform>%Ln نتيجةً في %1 مللي ثانية</numerusform>
            <numerusform>%Ln نتيجة في %1 مللي ثانية</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Settings saved</source>
        <translation>حُفظت الإعدادات</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File</source>
        <translation>م&amp;لف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New customer…</source>
        <translation>عميل &amp;جديد…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export a &amp;report…</source>
        <translation>تصدير &amp;تقرير…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;all data…</source>
        <translation>تصدير &amp;كل البيانات…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Retain CRM</source>
        <translation>&amp;حول Retain CRM</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+5"/>
        <location line="+13"/>
        <source>Export all data</source>
        <translation>تصدير كل البيانات</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Zipped CSV files (*.zip);;Excel workbook (*.xlsx)</source>
        <translation>ملفات CSV مضغوطة (*.zip);;مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting all data…</source>
        <translation>جارٍ تصدير كل البيانات…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 rows of %2 tables saved to %3</source>
        <translation>حُفظت الصفوف (%1) من الجداول (%2) في ⁨%3⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The export failed: %1</source>
        <translation>فشل التصدير: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Loyalty: today&apos;s evaluation is done (%1 changes: expiries, birthdays, tiers, badges, coupons)</source>
        <translation>الولاء: اكتمل تقييم اليوم (التغييرات: %1 — انتهاء الصلاحية، أعياد الميلاد، المستويات، الشارات، القسائم)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>About Retain CRM</source>
        <translation>حول Retain CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retain CRM %1
Customer retention for small businesses.</source>
        <translation>Retain CRM %1
الاحتفاظ بالعملاء للشركات الصغيرة.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="+143"/>
        <source>Match the columns</source>
        <translation>مطابقة الأعمدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what each column holds. The preview shows the first rows as they will be imported.</source>
        <translation>تحقّق مما يحتويه كل عمود. تعرض المعاينة الصفوف الأولى كما ستُستورد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Column in the file</source>
        <translation>العمود في الملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported as</source>
        <translation>يُستورد بوصفه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First value</source>
        <translation>القيمة الأولى</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Preview (first rows, as they will be imported):</source>
        <translation>معاينة (الصفوف الأولى كما ستُستورد):</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading the file…</source>
        <translation>جارٍ قراءة الملف…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This file cannot be imported: %1</source>
        <translation>لا يمكن استيراد هذا الملف: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>day/month/year</source>
        <translation>يوم/شهر/سنة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>month/day/year</source>
        <translation>شهر/يوم/سنة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab</source>
        <translation>مسافة جدولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encoding %1</source>
        <translation>الترميز %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delimiter %1</source>
        <translation>الفاصل %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sheet %1</source>
        <translation>الورقة %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dates %1</source>
        <translation>التواريخ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decimal mark “%1”</source>
        <translation>الفاصلة العشرية «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 columns</source>
        <translation>عدد الأعمدة: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No column is imported as: %1</source>
        <translation>لا يوجد عمود يُستورد بوصفه: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(no header)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— not imported —</source>
        <translation>— لا يُستورد —</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A total line: left out</source>
        <translation>سطر إجمالي: تُرك</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/merge_dialog.py" line="+17"/>
        <source>Merge %1 with…</source>
        <translation>دمج ⁨%1⁩ مع…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find the duplicate: name, phone, email or code</source>
        <translation>ابحث عن المكرر: الاسم أو الهاتف أو البريد أو الرمز</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep %1 (%2); fold the other one into it</source>
        <translation>الإبقاء على ⁨%1⁩ (⁨%2⁩) ودمج الآخر فيه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the selected customer; fold %1 into it</source>
        <translation>الإبقاء على العميل المحدد ودمج ⁨%1⁩ فيه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All orders, points, tickets, feedback and notes move to the customer you keep. The merge is recorded in the audit log and the timeline.</source>
        <translation>تنتقل كل الطلبات والنقاط والتذاكر والتقييمات والملاحظات إلى العميل الذي تبقيه. يُسجَّل الدمج في سجل التدقيق والخط الزمني.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Merge</source>
        <translation>&amp;دمج</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select the duplicate customer first.</source>
        <translation>اختر العميل المكرر أولًا.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Merge failed</source>
        <translation>فشل الدمج</translation>
    </message>
</context>
<context>
    <name>MetricsCharts</name>
    <message>
        <location filename="../../ui/metrics_charts.py" line="+61"/>
        <source>No retention history yet.</source>
        <translation>لا يوجد سجل للاحتفاظ بعد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retention and churn by period, with the year before</source>
        <translation>الاحتفاظ والتسرب حسب الفترة، مع العام السابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRR</source>
        <translation>معدل الاحتفاظ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Churn rate</source>
        <translation>معدل التسرب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 a year earlier</source>
        <translation>%1 قبل عام</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No cohorts yet.</source>
        <translation>لا توجد أفواج بعد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cohort retention (% of the cohort buying)</source>
        <translation>الاحتفاظ حسب الفوج (٪ من الفوج ممن اشتروا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periods since the first purchase</source>
        <translation>الفترات منذ أول شراء</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No revenue yet.</source>
        <translation>لا توجد إيرادات بعد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revenue by month</source>
        <translation>الإيرادات حسب الشهر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenue</source>
        <translation>الإيرادات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A year earlier</source>
        <translation>قبل عام</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Predicted CLV needs fitted models (see the Predicted CLV card).</source>
        <translation>تحتاج القيمة الدائمة المتوقعة إلى نماذج مضبوطة (انظر بطاقة «القيمة الدائمة المتوقعة لكل عميل»).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicted CLV per customer</source>
        <translation>القيمة الدائمة المتوقعة لكل عميل</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <source>Predicted CLV</source>
        <translation>القيمة الدائمة المتوقعة</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+9"/>
        <location line="+15"/>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Mean</source>
        <translation>المتوسط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 customers above %2</source>
        <translation>%1 من العملاء فوق %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No loyalty tiers yet.</source>
        <translation>لا توجد مستويات ولاء بعد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tier</source>
        <translation>بلا مستوى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers by loyalty tier</source>
        <translation>العملاء حسب مستوى الولاء</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P(alive) needs a fitted BG/NBD model.</source>
        <translation>يحتاج احتمال البقاء إلى نموذج BG/NBD مضبوط.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>P(alive) and predicted CLV</source>
        <translation>احتمال البقاء والقيمة الدائمة المتوقعة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P(alive)</source>
        <translation>احتمال البقاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Win-back candidates</source>
        <translation>مرشّحون للاستعادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 customers shown</source>
        <translation>العملاء المعروضون: %1 من أصل %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No tickets in the period.</source>
        <translation>لا توجد تذاكر في الفترة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uncategorised</source>
        <translation>بلا تصنيف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain points: tickets by category</source>
        <translation>مواطن الشكوى: التذاكر حسب التصنيف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low CSAT (1–2), % of answers</source>
        <translation>إجابات CSAT المنخفضة (١–٢)، ٪</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tickets</source>
        <translation>التذاكر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No survey answers yet.</source>
        <translation>لا توجد إجابات استبيان بعد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NPS and CSAT by period</source>
        <translation>صافي نقاط الترويج ورضا العملاء حسب الفترة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NPS</source>
        <translation>صافي نقاط الترويج (NPS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT</source>
        <translation>رضا العملاء (CSAT)</translation>
    </message>
</context>
<context>
    <name>MetricsTable</name>
    <message>
        <location filename="../../ui/metrics_tables.py" line="+64"/>
        <source>&amp;Export…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Export table</source>
        <translation>تصدير الجدول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>مصنف Excel (*.xlsx);;ملف CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 rows saved to %2</source>
        <translation>حُفظت الصفوف (⁨%1⁩) في ⁨%2⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not save the file: %1</source>
        <translation>تعذّر حفظ الملف: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>MetricsView</name>
    <message>
        <location filename="../../ui/metrics_view.py" line="+46"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarter</source>
        <translation>ربع سنة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>سنة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No segments</source>
        <translation>بلا شرائح</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tier</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity segment</source>
        <translation>شريحة النشاط</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RFM segment</source>
        <translation>شريحة RFM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acquisition cohort</source>
        <translation>فوج الاكتساب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> months</source>
        <translation> شهرًا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> % a month</source>
        <translation> ٪ شهريًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of</source>
        <translation>حتى تاريخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn window</source>
        <translation>فترة التسرب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segments by</source>
        <translation>التقسيم حسب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLV horizon</source>
        <translation>أفق القيمة الدائمة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discount rate</source>
        <translation>معدل الخصم</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Cancel</source>
        <translation>إ&amp;لغاء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PDF &amp;report…</source>
        <translation>تصدير ت&amp;قرير PDF…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Click a figure to see how it is calculated.</source>
        <translation>انقر على رقم لترى طريقة حسابه.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active at start</source>
        <translation>النشطون في البداية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active at end</source>
        <translation>النشطون في النهاية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>الجدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>المفقودون</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CRR</source>
        <translation>معدل الاحتفاظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn rate</source>
        <translation>معدل التسرب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Historical CLV</source>
        <translation>القيمة الدائمة التاريخية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+8"/>
        <source>Spent to date</source>
        <translation>الإنفاق حتى الآن</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+9"/>
        <source>Predicted CLV</source>
        <translation>القيمة الدائمة المتوقعة</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+6"/>
        <location line="+5"/>
        <source>P(alive)</source>
        <translation>احتمال البقاء</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+5"/>
        <source>Last purchase</source>
        <translation>آخر شراء</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Usual gap (days)</source>
        <translation>الفاصل المعتاد (أيام)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since last purchase</source>
        <translation>أيام منذ آخر شراء</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected purchases</source>
        <translation>المشتريات المتوقعة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segments</source>
        <translation>الشرائح</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Win-back</source>
        <translation>الاستعادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>معرّضون للتسرب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top predicted CLV</source>
        <translation>الأعلى قيمة متوقعة</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Computing…</source>
        <translation>جارٍ الحساب…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unchanged data: shown from memory</source>
        <translation>البيانات لم تتغير: معروضة من الذاكرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computed in %1 s</source>
        <translation>حُسبت في %1 ث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 customers, %2 with purchases</source>
        <translation>العملاء: %1، منهم %2 لديهم مشتريات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Computing… %1</source>
        <translation>جارٍ الحساب… %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled; the figures shown are from before.</source>
        <translation>أُلغي؛ الأرقام المعروضة من الحساب السابق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reading orders</source>
        <translation>قراءة الطلبات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reading feedback</source>
        <translation>قراءة التقييمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reading tickets</source>
        <translation>قراءة التذاكر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>data loaded</source>
        <translation>تم تحميل البيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data from cache</source>
        <translation>البيانات من الذاكرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fitting BG/NBD</source>
        <translation>ضبط نموذج BG/NBD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fitting Gamma-Gamma</source>
        <translation>ضبط نموذج Gamma-Gamma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>predicting</source>
        <translation>التنبؤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected purchases</source>
        <translation>المشتريات المتوقعة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CLV done</source>
        <translation>اكتملت القيمة الدائمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feedback and tickets</source>
        <translation>التقييمات والتذاكر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cohorts and RFM</source>
        <translation>الأفواج وRFM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>customer lists</source>
        <translation>قوائم العملاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>previous periods</source>
        <translation>الفترات السابقة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not compute the metrics: %1</source>
        <translation>تعذّر حساب المؤشرات: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2 – %3 (as of %4)</source>
        <translation>%1: %2 – %3 (حتى %4)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose “Segments by” above to compare segments.</source>
        <translation>اختر «التقسيم حسب» في الأعلى لمقارنة الشرائح.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valuable customers the model thinks are probably gone (P(alive) &lt; 0.5).</source>
        <translation>عملاء ذوو قيمة يرجّح النموذج أنهم رحلوا (احتمال البقاء &lt; ٠٫٥).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No purchase for longer than their usual gap, still inside the churn window.</source>
        <translation>لم يشتروا منذ مدة أطول من الفاصل المعتاد، وما زالوا ضمن فترة التسرب.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers with the highest predicted value over the horizon.</source>
        <translation>العملاء ذوو أعلى قيمة متوقعة خلال الأفق.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/note_dialog.py" line="+12"/>
        <source>Add note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened, what was promised…</source>
        <translation>ما الذي حدث، وما الذي وُعد به…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The note is empty.</source>
        <translation>الملاحظة فارغة.</translation>
    </message>
</context>
<context>
    <name>NpsDialog</name>
    <message>
        <location filename="../../ui/nps_dialog.py" line="+28"/>
        <source>Record NPS answer</source>
        <translation>تسجيل إجابة NPS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>choose 0–10</source>
        <translation>اختر من ٠ إلى ١٠</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Survey</source>
        <translation>استبيان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In store</source>
        <translation>في المتجر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Social</source>
        <translation>وسائل التواصل</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How likely to &amp;recommend us (0–10)</source>
        <translation>ما مدى احتمال أن &amp;يوصي بنا (٠–١٠)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation>ال&amp;مصدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comment</source>
        <translation>ال&amp;تعليق</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a score from 0 to 10.</source>
        <translation>اختر درجة من ٠ إلى ١٠.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing was saved. %1</source>
        <translation>لم يُحفظ شيء. ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../ui/order_form.py" line="+27"/>
        <source>Record purchase</source>
        <translation>تسجيل شراء</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>optional, e.g. the receipt number</source>
        <translation>اختياري، مثل رقم الإيصال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order &amp;number</source>
        <translation>&amp;رقم الطلب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price (%1)</source>
        <translation>سعر الوحدة (⁨%1⁩)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add line</source>
        <translation>إ&amp;ضافة سطر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove line</source>
        <translation>&amp;حذف سطر</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Total: %1</source>
        <translation>الإجمالي: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total: —</source>
        <translation>الإجمالي: —</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not save: %1</source>
        <translation>تعذّر الحفظ: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was saved.</source>
        <translation>لم يُحفظ شيء.</translation>
    </message>
</context>
<context>
    <name>PainPointsView</name>
    <message>
        <location filename="../../ui/painpoints_view.py" line="+52"/>
        <source>By volume</source>
        <translation>حسب العدد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By share of low CSAT</source>
        <translation>حسب نسبة CSAT المنخفض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By share of detractors</source>
        <translation>حسب نسبة المنتقدين</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By trend</source>
        <translation>حسب الاتجاه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Rank:</source>
        <translation>&amp;الترتيب:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Category</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(بلا تصنيف)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets</source>
        <translation>التذاكر</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>Trend</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>%1 in the previous period</source>
        <translation>%1 في الفترة السابقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln answers</source>
        <translation>
            <numerusform>لا إجابات</numerusform>
            <numerusform>إجابة واحدة</numerusform>
            <numerusform>إجابتان</numerusform>
            <numerusform>%Ln إجابات</numerusform>
            <numerusform>%Ln إجابةً</numerusform>
            <numerusform>%Ln إجابة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low CSAT (1–2)</source>
        <translation>CSAT منخفض (١–٢)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detractors</source>
        <translation>المنتقدون</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %Ln customers with an NPS answer</source>
        <translation>
            <numerusform>%1 من أصل %Ln عميل لديهم إجابة NPS</numerusform>
            <numerusform>%1 من أصل عميل واحد لديه إجابة NPS</numerusform>
            <numerusform>%1 من أصل عميلين لديهما إجابة NPS</numerusform>
            <numerusform>%1 من أصل %Ln عملاء لديهم إجابة NPS</numerusform>
            <numerusform>%1 من أصل %Ln عميلًا لديهم إجابة NPS</numerusform>
            <numerusform>%1 من أصل %Ln عميل لديهم إجابة NPS</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>تاريخ الفتح</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All tickets of the category</source>
        <translation>كل تذاكر التصنيف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only tickets rated CSAT 1–2</source>
        <translation>التذاكر ذات تقييم CSAT ١–٢ فقط</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Survey</source>
        <translation>الاستبيان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad (CSAT 1–2 / NPS 0–6)</source>
        <translation>سلبي (CSAT ١–٢ / NPS ٠–٦)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last feedback</source>
        <translation>آخر تقييم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation>التذكرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ticket categories</source>
        <translation>تصنيفات التذاكر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unhappy, not back</source>
        <translation>غير راضين ولم يعودوا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last 90 days: %1 – %2, compared with the 90 days before</source>
        <translation>آخر ٩٠ يومًا: %1 – %2، مقارنةً بالـ٩٠ يومًا السابقة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unhappy, not back (%1)</source>
        <translation>غير راضين ولم يعودوا (%1)</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <location filename="../../ui/i18n.py" line="+112"/>
        <source>Q%1 %2</source>
        <translation>الربع %1 %2</translation>
    </message>
</context>
<context>
    <name>ProfileHeader</name>
    <message>
        <location filename="../../ui/profile_header.py" line="+7"/>
        <source>No purchase yet</source>
        <translation>لا مشتريات بعد</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln year(s)</source>
        <translation>
            <numerusform>%Ln سنة</numerusform>
            <numerusform>سنة واحدة</numerusform>
            <numerusform>سنتان</numerusform>
            <numerusform>%Ln سنوات</numerusform>
            <numerusform>%Ln سنةً</numerusform>
            <numerusform>%Ln سنة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>أقل من شهر</numerusform>
            <numerusform>شهر واحد</numerusform>
            <numerusform>شهران</numerusform>
            <numerusform>%Ln أشهر</numerusform>
            <numerusform>%Ln شهرًا</numerusform>
            <numerusform>%Ln شهر</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer for %1, since %2</source>
        <translation>عميل منذ %2 (%1)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total spent</source>
        <translation>إجمالي الإنفاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average order</source>
        <translation>متوسط الطلب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First purchase</source>
        <translation>أول شراء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last purchase</source>
        <translation>آخر شراء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open tickets</source>
        <translation>تذاكر مفتوحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P(alive)</source>
        <translation>احتمال البقاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Predicted CLV</source>
        <translation>القيمة الدائمة المتوقعة</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No phone or email</source>
        <translation>لا يوجد هاتف أو بريد إلكتروني</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open the Metrics page once to fit the models that predict these.</source>
        <translation>افتح صفحة «المؤشرات» مرة واحدة لضبط النماذج التي تتنبأ بهذه القيم.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>BG/NBD and Gamma-Gamma fitted on the data to %1; next %Ln month(s): %2 purchase days expected.</source>
        <translation>
            <numerusform>ضُبط نموذجا BG/NBD وGamma-Gamma على البيانات حتى %1؛ أيام الشراء المتوقعة خلال %Ln شهر: %2.</numerusform>
            <numerusform>ضُبط نموذجا BG/NBD وGamma-Gamma على البيانات حتى %1؛ أيام الشراء المتوقعة خلال الشهر القادم: %2.</numerusform>
            <numerusform>ضُبط نموذجا BG/NBD وGamma-Gamma على البيانات حتى %1؛ أيام الشراء المتوقعة خلال الشهرين القادمين: %2.</numerusform>
            <numerusform>ضُبط نموذجا BG/NBD وGamma-Gamma على البيانات حتى %1؛ أيام الشراء المتوقعة خلال الأشهر الـ%Ln القادمة: %2.</numerusform>
            <numerusform>ضُبط نموذجا BG/NBD وGamma-Gamma على البيانات حتى %1؛ أيام الشراء المتوقعة خلال الـ%Ln شهرًا القادمة: %2.</numerusform>
            <numerusform>ضُبط نموذجا BG/NBD وGamma-Gamma على البيانات حتى %1؛ أيام الشراء المتوقعة خلال الـ%Ln شهر القادمة: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <location filename="../../ui/profile_view.py" line="+100"/>
        <source>Type a name, phone, email or code in the search box (Ctrl+K),
then press Enter to open the customer.</source>
        <translation>اكتب اسمًا أو هاتفًا أو بريدًا أو رمزًا في مربع البحث (Ctrl+K)،
ثم اضغط Enter لفتح العميل.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;تعديل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;purchase</source>
        <translation>تسجيل &amp;شراء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;note</source>
        <translation>إضافة &amp;ملاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge…</source>
        <translation>&amp;دمج…</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+40"/>
        <location line="+4"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>الأسطر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>المسترد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>الصافي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qty</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Opened</source>
        <translation>تاريخ الفتح</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Profile &amp;report…</source>
        <translation>ت&amp;قرير الملف…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data &amp;privacy</source>
        <translation>&amp;خصوصية البيانات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export all of this customer&apos;s data…</source>
        <translation>تصدير كل بيانات هذا العميل…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase this customer&apos;s personal data…</source>
        <translation>محو البيانات الشخصية لهذا العميل…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>تاريخ الحل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survey</source>
        <translation>الاستبيان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purchases</source>
        <translation>المشتريات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyalty</source>
        <translation>الولاء</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;ticket…</source>
        <translation>تذكرة &amp;جديدة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open ticket</source>
        <translation>&amp;فتح التذكرة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tickets</source>
        <translation>التذاكر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record NPS &amp;answer…</source>
        <translation>تسجيل &amp;إجابة NPS…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feedback</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Tickets (%1)</source>
        <translation>التذاكر (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback (%1)</source>
        <translation>التقييمات (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes (%1)</source>
        <translation>الملاحظات (%1)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Retain CRM</source>
        <translation>Retain CRM</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Note not saved</source>
        <translation>لم تُحفظ الملاحظة</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Save the customer&apos;s data as</source>
        <translation>حفظ بيانات العميل باسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zip archive (*.zip)</source>
        <translation>أرشيف Zip (*.zip)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customer data exported</source>
        <translation>صُدّرت بيانات العميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All data of %1 was saved to %2.</source>
        <translation>حُفظت كل بيانات ⁨%1⁩ في ⁨%2⁩.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+7"/>
        <source>Erase personal data</source>
        <translation>محو البيانات الشخصية</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>This removes the name, phones, emails, notes and texts of %1 (%2) for good. Orders, points, tickets and scores stay, without the person.

Why (e.g. the customer&apos;s request of today)?</source>
        <translation>سيُحذف اسم ⁨%1⁩ (⁨%2⁩) وهواتفه وعناوين بريده الإلكتروني وملاحظاته ونصوصه نهائيًا. تبقى الطلبات والنقاط والتذاكر والتقييمات، لكن دون ربطها بالشخص.

ما السبب (مثلًا: طلب العميل اليوم)؟</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was erased: a reason is needed for the audit log.</source>
        <translation>لم يُمحَ شيء: السبب مطلوب لسجل التدقيق.</translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <location filename="../../ui/loyalty_dialogs.py" line="-93"/>
        <source>Redeem points</source>
        <translation>استبدال النقاط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points only (no coupon)</source>
        <translation>نقاط فقط (بلا قسيمة)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 — %Ln points (%2)</source>
        <translation>
            <numerusform>⁨%1⁩ — %Ln نقطة (%2)</numerusform>
            <numerusform>⁨%1⁩ — نقطة واحدة (%2)</numerusform>
            <numerusform>⁨%1⁩ — نقطتان (%2)</numerusform>
            <numerusform>⁨%1⁩ — %Ln نقاط (%2)</numerusform>
            <numerusform>⁨%1⁩ — %Ln نقطةً (%2)</numerusform>
            <numerusform>⁨%1⁩ — %Ln نقطة (%2)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the points were spent on</source>
        <translation>فيمَ أُنفقت النقاط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward</source>
        <translation>المكافأة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <location filename="../../ui/reference_labels.py" line="+11"/>
        <source>Bronze</source>
        <translation>برونزي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Silver</source>
        <translation>فضي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gold</source>
        <translation>ذهبي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First purchase</source>
        <translation>أول شراء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>5 visits</source>
        <translation>٥ زيارات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 visits</source>
        <translation>١٠ زيارات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One year with us</source>
        <translation>عام معنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Five years with us</source>
        <translation>خمسة أعوام معنا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Big spender</source>
        <translation>كبير المنفقين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer</source>
        <translation>صاحب رأي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referrer</source>
        <translation>صاحب إحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comeback</source>
        <translation>العودة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3-month streak</source>
        <translation>٣ أشهر متتالية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery delay</source>
        <translation>تأخر التوصيل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Damaged item</source>
        <translation>منتج تالف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong item</source>
        <translation>منتج خاطئ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Billing</source>
        <translation>الفواتير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund request</source>
        <translation>طلب استرداد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product question</source>
        <translation>سؤال عن منتج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account and login</source>
        <translation>الحساب وتسجيل الدخول</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loyalty points</source>
        <translation>نقاط الولاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store experience</source>
        <translation>تجربة المتجر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Website and app</source>
        <translation>الموقع والتطبيق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>5.00 off</source>
        <translation>خصم ٥٫٠٠</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>10 % off</source>
        <translation>خصم ١٠٪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>25.00 off</source>
        <translation>خصم ٢٥٫٠٠</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/report_dialog.py" line="+37"/>
        <source>Export a PDF report</source>
        <translation>تصدير تقرير PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retention report</source>
        <translation>تقرير الاحتفاظ بالعملاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer profile</source>
        <translation>ملف العميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support report</source>
        <translation>تقرير الدعم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>customer code, e.g. C0000042</source>
        <translation>رمز العميل، مثل C0000042</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Report</source>
        <translation>ال&amp;تقرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ustomer</source>
        <translation>ال&amp;عميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper</source>
        <translation>ال&amp;ورق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as</source>
        <translation>&amp;حفظ باسم</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Create PDF</source>
        <translation>إ&amp;نشاء PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view and print…</source>
        <translation>&amp;معاينة وطباعة…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Save the report as</source>
        <translation>حفظ التقرير باسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter the customer&apos;s code.</source>
        <translation>أدخل رمز العميل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a file in an existing folder.</source>
        <translation>اختر ملفًا في مجلد موجود.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Saved %1 (%Ln page(s)).</source>
        <translation>
            <numerusform>حُفظ ⁨%1⁩ (بلا صفحات).</numerusform>
            <numerusform>حُفظ ⁨%1⁩ (صفحة واحدة).</numerusform>
            <numerusform>حُفظ ⁨%1⁩ (صفحتان).</numerusform>
            <numerusform>حُفظ ⁨%1⁩ (%Ln صفحات).</numerusform>
            <numerusform>حُفظ ⁨%1⁩ (%Ln صفحةً).</numerusform>
            <numerusform>حُفظ ⁨%1⁩ (%Ln صفحة).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The report could not be made: %1</source>
        <translation>تعذّر إنشاء التقرير: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled; no file was written.</source>
        <translation>أُلغي؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Building the report…</source>
        <translation>جارٍ إنشاء التقرير…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Preview: %1</source>
        <translation>معاينة: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="+136"/>
        <source>Import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A backup of the database is taken first. Cancelling leaves the database as it was.</source>
        <translation>تُؤخذ نسخة احتياطية من قاعدة البيانات أولًا. الإلغاء يترك قاعدة البيانات كما كانت.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+12"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Importing… (a backup is taken first)</source>
        <translation>جارٍ الاستيراد… (تُؤخذ نسخة احتياطية أولًا)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing was imported: rows were rejected. Go back to see them.</source>
        <translation>لم يُستورد شيء: رُفضت بعض الصفوف. ارجع لرؤيتها.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import cancelled. The database is unchanged.</source>
        <translation>أُلغي الاستيراد. لم تتغير قاعدة البيانات.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The import failed and nothing was changed: %1</source>
        <translation>فشل الاستيراد ولم يتغير شيء: %1</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <location filename="../../reports/common.py" line="+97"/>
        <source>Prospect</source>
        <translation>محتمل (لم يشترِ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>At risk</source>
        <translation>معرّض للتسرب</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Reactivated</source>
        <translation>عاد للنشاط</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lapsed</source>
        <translation>منقطع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Champions</source>
        <translation>الأبطال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loyal</source>
        <translation>أوفياء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Potential loyalists</source>
        <translation>أوفياء محتملون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customers</source>
        <translation>عملاء جدد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Promising</source>
        <translation>واعدون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Need attention</source>
        <translation>بحاجة إلى اهتمام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About to sleep</source>
        <translation>على وشك الخمول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot lose them</source>
        <translation>لا يمكن خسارتهم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hibernating</source>
        <translation>خاملون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no purchase yet)</source>
        <translation>(لم يشترِ بعد)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(no tier)</source>
        <translation>(بلا مستوى)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no tag)</source>
        <translation>(بلا وسم)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(بلا)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages.py" line="+85"/>
        <source>Business</source>
        <translation>النشاط التجاري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyalty program</source>
        <translation>برنامج الولاء</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/settings_view.py" line="+28"/>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an image for the cover of the reports (optional)</source>
        <translation>صورة لغلاف التقارير (اختياري)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Business</source>
        <translation>النشاط التجاري</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business name</source>
        <translation>اسم النشاط التجاري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency (ISO code)</source>
        <translation>العملة (رمز ISO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default phone region</source>
        <translation>منطقة الهاتف الافتراضية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn window</source>
        <translation>فترة التسرب</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Logo for reports</source>
        <translation>شعار التقارير</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>This computer</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies when the app starts again.</source>
        <translation>تُطبَّق اللغة الجديدة عند إعادة تشغيل التطبيق.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save settings</source>
        <translation>&amp;حفظ الإعدادات</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use a three-letter currency code and a two-letter region code.</source>
        <translation>استخدم رمز عملة من ثلاثة أحرف ورمز منطقة من حرفين.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The logo file does not exist: %1</source>
        <translation>ملف الشعار غير موجود: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="-425"/>
        <source>Choose a file</source>
        <translation>اختر ملفًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV file (any delimiter and encoding) or an Excel workbook (.xlsx).</source>
        <translation>ملف CSV (بأي فاصل وترميز) أو مصنف Excel (.xlsx).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File to import</source>
        <translation>الملف المراد استيراده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purchases</source>
        <translation>المشتريات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support tickets</source>
        <translation>تذاكر الدعم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feedback (NPS, CSAT)</source>
        <translation>التقييمات (NPS وCSAT)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Detect automatically</source>
        <translation>اكتشاف تلقائي</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Windows-1256 (Arabic)</source>
        <translation>Windows-1256 (العربية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (السيريلية)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma</source>
        <translation>فاصلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon</source>
        <translation>فاصلة منقوطة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tab</source>
        <translation>مسافة جدولة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vertical bar</source>
        <translation>خط عمودي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detect from the file</source>
        <translation>اكتشاف من الملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day/month/year</source>
        <translation>يوم/شهر/سنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month/day/year</source>
        <translation>شهر/يوم/سنة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create customers for unknown customer codes</source>
        <translation>إنشاء عملاء لرموز العملاء غير المعروفة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it holds:</source>
        <translation>المحتوى:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding:</source>
        <translation>الترميز:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimiter:</source>
        <translation>الفاصل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates like 03/04/2024:</source>
        <translation>تواريخ مثل 03/04/2024:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 or %2</source>
        <translation>%1 أو %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needed columns: %1. Optional: %2. Headers are recognized in English, Arabic, Persian and Russian, and you can match any column by hand on the next page.</source>
        <translation>الأعمدة المطلوبة: %1. الاختيارية: %2. تُتعرَّف العناوين بالإنجليزية والعربية والفارسية والروسية، ويمكنك مطابقة أي عمود يدويًا في الصفحة التالية.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a file</source>
        <translation>استيراد ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>جداول البيانات (*.csv *.txt *.tsv *.xlsx);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>SpendChart</name>
    <message>
        <location filename="../../ui/charts.py" line="+136"/>
        <source>No purchases to chart</source>
        <translation>لا مشتريات لعرضها</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Net spend per month</source>
        <translation>صافي الإنفاق شهريًا</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="+366"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data is in the database.</source>
        <translation>أصبحت البيانات في قاعدة البيانات.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Possible duplicates of existing customers: choose one and Merge, or double-click it.</source>
        <translation>تكرارات محتملة لعملاء موجودين: اختر أحدها ثم «دمج»، أو انقر عليه نقرًا مزدوجًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customer</source>
        <translation>عميل جديد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Existing customer</source>
        <translation>العميل الموجود</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>same name</source>
        <translation>الاسم نفسه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same email or phone</source>
        <translation>البريد أو الهاتف نفسه</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Merge…</source>
        <translation>&amp;دمج…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge the new customer into the existing one</source>
        <translation>دمج العميل الجديد في العميل الموجود</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;حفظ الصفوف المرفوضة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows left out (not imported):</source>
        <translation>الصفوف المتروكة (لم تُستورد):</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Took %1 s.</source>
        <translation>استغرق %1 ث.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup taken before the import: %1</source>
        <translation>النسخة الاحتياطية قبل الاستيراد: %1</translation>
    </message>
</context>
<context>
    <name>Support</name>
    <message>
        <location filename="../../ui/support_labels.py" line="+10"/>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>محلولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>عاجلة</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Email</source>
        <translation>البريد</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Chat</source>
        <translation>الدردشة</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+15"/>
        <source>Social</source>
        <translation>وسائل التواصل</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+12"/>
        <source>In person</source>
        <translation>حضوريًا</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Web</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Survey</source>
        <translation>استبيان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation>تذكرة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In store</source>
        <translation>في المتجر</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>التصنيف</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <location filename="../../ui/pages.py" line="-31"/>
        <source>Ticket queue</source>
        <translation>قائمة التذاكر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain points</source>
        <translation>مواطن الشكوى</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <location filename="../../ui/ticket_dialog.py" line="+83"/>
        <source>Please correct the marked fields.</source>
        <translation>يرجى تصحيح الحقول المحددة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong; nothing was saved.
%1</source>
        <translation>حدث خطأ؛ لم يُحفظ شيء.
⁨%1⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New ticket</source>
        <translation>تذكرة جديدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+201"/>
        <source>No customer</source>
        <translation>بلا عميل</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>What is the problem, in a few words</source>
        <translation>ما المشكلة، في كلمات قليلة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details, order number, what was promised…</source>
        <translation>التفاصيل، رقم الطلب، ما الذي وُعد به…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject</source>
        <translation>ال&amp;موضوع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Details</source>
        <translation>ال&amp;تفاصيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel</source>
        <translation>ال&amp;قناة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ca&amp;tegory</source>
        <translation>الت&amp;صنيف</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+97"/>
        <source>&amp;Priority</source>
        <translation>الأ&amp;ولوية</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>&amp;Assignee</source>
        <translation>الم&amp;سؤول</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create ticket</source>
        <translation>إنشاء التذكرة</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>(none)</source>
        <translation>(بلا تصنيف)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(unassigned)</source>
        <translation>(غير مُسنَدة)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter a subject.</source>
        <translation>أدخل موضوعًا.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ticket #%1</source>
        <translation>التذكرة #%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Sa&amp;ve changes</source>
        <translation>حفظ التغ&amp;ييرات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;tatus</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assi&amp;gnee</source>
        <translation>الم&amp;سؤول</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Categor&amp;y</source>
        <translation>الت&amp;صنيف</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Write a reply to the customer (Ctrl+Enter sends)…</source>
        <translation>اكتب ردًا إلى العميل (Ctrl+Enter للإرسال)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Internal note (not sent to the customer)</source>
        <translation>ملاحظة &amp;داخلية (لا تُرسل إلى العميل)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Send</source>
        <translation>إ&amp;رسال</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not asked</source>
        <translation>لم يُسأل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resolve</source>
        <translation>&amp;تعيين كمحلولة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolve</source>
        <translation>الحل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer satisfaction (&amp;CSAT):</source>
        <translation>رضا العميل (&amp;CSAT):</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>very satisfied</source>
        <translation>راضٍ جدًا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>satisfied</source>
        <translation>راضٍ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>neutral</source>
        <translation>محايد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dissatisfied</source>
        <translation>غير راضٍ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>very dissatisfied</source>
        <translation>غير راضٍ إطلاقًا</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Opened %1 by %2</source>
        <translation>فُتحت في %1 عبر %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>first response %1</source>
        <translation>أول رد %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolved %1</source>
        <translation>حُلّت %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSAT %1 of 5</source>
        <translation>CSAT %1 من ٥</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: no target</source>
        <translation>%1: بلا موعد محدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: due %2</source>
        <translation>%1: الموعد %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — breached</source>
        <translation>%1 — تجاوز الموعد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First response</source>
        <translation>أول رد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution</source>
        <translation>الحل</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>System</source>
        <translation>النظام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 ← %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Internal note</source>
        <translation>ملاحظة داخلية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reply</source>
        <translation>رد</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The reply is empty.</source>
        <translation>الرد فارغ.</translation>
    </message>
</context>
<context>
    <name>TicketsView</name>
    <message>
        <location filename="../../ui/tickets_view.py" line="+91"/>
        <source>Open work</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New ticket…</source>
        <translation>تذكرة &amp;جديدة…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search subject, or #number</source>
        <translation>ابحث في الموضوع، أو #الرقم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any priority</source>
        <translation>أي أولوية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any channel</source>
        <translation>أي قناة</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+111"/>
        <source>Anyone</source>
        <translation>أي شخص</translation>
    </message>
    <message>
        <location line="-111"/>
        <location line="+111"/>
        <source>Unassigned</source>
        <translation>غير مُسنَدة</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+111"/>
        <source>Any category</source>
        <translation>أي تصنيف</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Any SLA</source>
        <translation>أي SLA</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+159"/>
        <source>SLA breached</source>
        <translation>تجاوز SLA</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Due within 4 hours</source>
        <translation>مستحقة خلال ٤ ساعات</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>تاريخ الفتح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next due</source>
        <translation>الموعد التالي</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Set s&amp;tatus</source>
        <translation>تعيين ال&amp;حالة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Assign to</source>
        <translation>إ&amp;سناد إلى</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;customer</source>
        <translation>فتح ال&amp;عميل</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Nobody (unassign)</source>
        <translation>لا أحد (إلغاء الإسناد)</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <comment>status button: name (count)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>First response due: %1</source>
        <translation>موعد أول رد: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution due: %1</source>
        <translation>موعد الحل: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln tickets loaded; scroll for more</source>
        <translation>
            <numerusform>لم تُحمَّل أي تذكرة</numerusform>
            <numerusform>حُمّلت تذكرة واحدة؛ مرّر لعرض المزيد</numerusform>
            <numerusform>حُمّلت تذكرتان؛ مرّر لعرض المزيد</numerusform>
            <numerusform>حُمّلت %Ln تذاكر؛ مرّر لعرض المزيد</numerusform>
            <numerusform>حُمّلت %Ln تذكرةً؛ مرّر لعرض المزيد</numerusform>
            <numerusform>حُمّلت %Ln تذكرة؛ مرّر لعرض المزيد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln tickets</source>
        <translation>
            <numerusform>لا تذاكر</numerusform>
            <numerusform>تذكرة واحدة</numerusform>
            <numerusform>تذكرتان</numerusform>
            <numerusform>%Ln تذاكر</numerusform>
            <numerusform>%Ln تذكرةً</numerusform>
            <numerusform>%Ln تذكرة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This column cannot be sorted.</source>
        <translation>لا يمكن الفرز حسب هذا العمود.</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%Ln tickets changed</source>
        <translation>
            <numerusform>لم تتغير أي تذكرة</numerusform>
            <numerusform>تغيّرت تذكرة واحدة</numerusform>
            <numerusform>تغيّرت تذكرتان</numerusform>
            <numerusform>تغيّرت %Ln تذاكر</numerusform>
            <numerusform>تغيّرت %Ln تذكرةً</numerusform>
            <numerusform>تغيّرت %Ln تذكرة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The change failed; nothing was saved.</source>
        <translation>فشل التغيير؛ لم يُحفظ شيء.</translation>
    </message>
</context>
</TS>
