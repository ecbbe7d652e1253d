<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar_EG">
<context>
    <name>Activity</name>
    <message>
        <location filename="../../ui/profile_header.py" line="16" />
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../ui/profile_header.py" line="17" />
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../../ui/profile_header.py" line="18" />
        <source>At risk</source>
        <translation>معرّض للفقد</translation>
    </message>
    <message>
        <location filename="../../ui/profile_header.py" line="19" />
        <source>Reactivated</source>
        <translation>عائد</translation>
    </message>
    <message>
        <location filename="../../ui/profile_header.py" line="20" />
        <source>Lapsed</source>
        <translation>منقطع</translation>
    </message>
    <message>
        <location filename="../../ui/profile_header.py" line="21" />
        <source>No purchase yet</source>
        <translation>لا مشتريات بعد</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="45" />
        <source>Retain CRM</source>
        <translation>Retain CRM</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="46" />
        <source>Cannot open the database:
%1</source>
        <translation>تعذّر فتح قاعدة البيانات:
%1</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../ui/customer_form.py" line="26" />
        <source>Edit customer</source>
        <translation>تعديل العميل</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="26" />
        <source>New customer</source>
        <translation>عميل جديد</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="38" />
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="42" />
        <source>&amp;Phone</source>
        <translation>ال&amp;هاتف</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="43" />
        <source>Phone &amp;2</source>
        <translation>الهاتف &amp;2</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="44" />
        <source>E&amp;mail</source>
        <translation>البريد ال&amp;إلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="45" />
        <source>Email 2</source>
        <translation>البريد الإلكتروني 2</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="49" />
        <source>C&amp;ode</source>
        <translation>الر&amp;مز</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="50" />
        <source>assigned automatically</source>
        <translation>يُعيَّن تلقائيًا</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="54" />
        <source>not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="58" />
        <source>&amp;Birthday</source>
        <translation>تاريخ المي&amp;لاد</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="59" />
        <source>Co&amp;untry</source>
        <translation>ال&amp;بلد</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="63" />
        <source>(not set)</source>
        <translation>(غير محدد)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="68" />
        <source>&amp;Language</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="69" />
        <source>&amp;Tags</source>
        <translation>الو&amp;سوم</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="70" />
        <source>comma separated</source>
        <translation>مفصولة بفواصل</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="71" />
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="72" />
        <source>SMS</source>
        <translation>الرسائل النصية</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="73" />
        <source>Phone calls</source>
        <translation>المكالمات الهاتفية</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="80" />
        <source>Marketing consent</source>
        <translation>الموافقة التسويقية</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="132" />
        <source>Changed by someone else</source>
        <translation>غيّره شخص آخر</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="137" />
        <source>Could not save: %1</source>
        <translation>تعذّر الحفظ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="144" />
        <source>Please correct the marked fields. Nothing was saved.</source>
        <translation>يرجى تصحيح الحقول المحددة. لم يُحفظ شيء.</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../ui/customer_model.py" line="14" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/customer_model.py" line="15" />
        <source>Main phone</source>
        <translation>الهاتف الرئيسي</translation>
    </message>
    <message>
        <location filename="../../ui/customer_model.py" line="16" />
        <source>Tier</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../ui/customer_model.py" line="17" />
        <source>Last purchase</source>
        <translation>آخر شراء</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../ui/customers_view.py" line="74" />
        <source>Could not load customers: %1</source>
        <translation>تعذّر تحميل العملاء: %1</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="95" />
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="108" />
        <source>No customer matches “%1”</source>
        <translation>لا يوجد عميل يطابق «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="109" />
        <source>%1 matches for “%2”</source>
        <translation>%1 نتيجة لـ «%2»</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="114" />
        <source>Search failed: %1</source>
        <translation>فشل البحث: %1</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="120" />
        <source>All customers, by name</source>
        <translation>كل العملاء، حسب الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="124" />
        <source>All %1 customers, by name</source>
        <translation>كل العملاء (%1)، حسب الاسم</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="39" />
        <source>Retain CRM</source>
        <translation>Retain CRM</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="44" />
        <source>Search customers: name, phone, email, code or tag  (Ctrl+K)</source>
        <translation>ابحث عن عميل: الاسم أو الهاتف أو البريد أو الرمز أو الوسم  (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="47" />
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="60" />
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="61" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79" />
        <source>%1 results in %2 ms</source>
        <translation>%1 نتيجة في %2 ميلي ثانية</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81" />
        <source>Settings saved</source>
        <translation>حُفظت الإعدادات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93" />
        <source>&amp;New customer…</source>
        <translation>عميل &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101" />
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105" />
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106" />
        <source>&amp;About Retain CRM</source>
        <translation>&amp;حول Retain CRM</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156" />
        <source>About Retain CRM</source>
        <translation>حول Retain CRM</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157" />
        <source>Retain CRM %1
Customer retention for small businesses.</source>
        <translation>Retain CRM %1
الاحتفاظ بالعملاء للشركات الصغيرة.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/merge_dialog.py" line="17" />
        <source>Merge %1 with…</source>
        <translation>دمج %1 مع…</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="21" />
        <source>Find the duplicate: name, phone, email or code</source>
        <translation>ابحث عن المكرر: الاسم أو الهاتف أو البريد أو الرمز</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="30" />
        <source>Keep %1 (%2); fold the other one into it</source>
        <translation>الإبقاء على %1 (%2) ودمج الآخر فيه</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="32" />
        <source>Keep the selected customer; fold %1 into it</source>
        <translation>الإبقاء على العميل المحدد ودمج %1 فيه</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="35" />
        <source>All orders, points, tickets, feedback and notes move to the customer you keep. The merge is recorded in the audit log and the timeline.</source>
        <translation>تنتقل كل الطلبات والنقاط والتذاكر والتقييمات والملاحظات إلى العميل الذي تبقيه. يُسجَّل الدمج في سجل التدقيق والخط الزمني.</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="39" />
        <source>&amp;Merge</source>
        <translation>&amp;دمج</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="61" />
        <source>Select the duplicate customer first.</source>
        <translation>اختر العميل المكرر أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="73" />
        <source>Merge failed</source>
        <translation>فشل الدمج</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/note_dialog.py" line="10" />
        <source>Add note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/note_dialog.py" line="13" />
        <source>What happened, what was promised…</source>
        <translation>ما الذي حدث، وما الذي وُعد به…</translation>
    </message>
    <message>
        <location filename="../../ui/note_dialog.py" line="29" />
        <source>The note is empty.</source>
        <translation>الملاحظة فارغة.</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../ui/order_form.py" line="27" />
        <source>Record purchase</source>
        <translation>تسجيل شراء</translation>
    </message>
    <message>
        <location filename="../../ui/order_form.py" line="33" />
        <source>optional, e.g. the receipt number</source>
        <translation>اختياري، مثل رقم الإيصال</translation>
    </message>
    <message>
        <location filename="../../ui/order_form.py" line="35" />
        <source>&amp;Date</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/order_form.py" line="36" />
        <source>Order &amp;number</source>
        <translation>&amp;رقم الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/order_form.py" line="39" />
        <source>Item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <location filename="../../ui/order_form.py" line="39" />
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../ui/order_form.py" line="40" />
        <source>Unit price (%1)</source>
        <translation>سعر الوحدة (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/order_form.py" line="43" />
        <source>&amp;Add line</source>
        <translation>إ&amp;ضافة سطر</translation>
    </message>
    <message>
        <location filename="../../ui/order_form.py" line="45" />
        <source>&amp;Remove line</source>
        <translation>&amp;حذف سطر</translation>
    </message>
    <message>
        <location filename="../../ui/order_form.py" line="114" />
        <source>Total: %1</source>
        <translation>الإجمالي: %1</translation>
    </message>
    <message>
        <location filename="../../ui/order_form.py" line="116" />
        <source>Total: —</source>
        <translation>الإجمالي: —</translation>
    </message>
    <message>
        <location filename="../../ui/order_form.py" line="139" />
        <source>Could not save: %1</source>
        <translation>تعذّر الحفظ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/order_form.py" line="151" />
        <source>Nothing was saved.</source>
        <translation>لم يُحفظ شيء.</translation>
    </message>
</context>
<context>
    <name>ProfileHeader</name>
    <message>
        <location filename="../../ui/profile_header.py" line="28" />
        <source>No purchase yet</source>
        <translation>لا مشتريات بعد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/profile_header.py" line="31" />
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n سنة</numerusform><numerusform>سنة واحدة</numerusform><numerusform>سنتان</numerusform><numerusform>%n سنوات</numerusform><numerusform>%n سنة</numerusform><numerusform>%n سنة</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/profile_header.py" line="33" />
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n شهر</numerusform><numerusform>شهر واحد</numerusform><numerusform>شهران</numerusform><numerusform>%n أشهر</numerusform><numerusform>%n شهرًا</numerusform><numerusform>%n شهر</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/profile_header.py" line="34" />
        <source>Customer for %1, since %2</source>
        <translation>عميل منذ %1، منذ %2</translation>
    </message>
    <message>
        <location filename="../../ui/profile_header.py" line="79" />
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <location filename="../../ui/profile_header.py" line="79" />
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location filename="../../ui/profile_header.py" line="79" />
        <source>Total spent</source>
        <translation>إجمالي الإنفاق</translation>
    </message>
    <message>
        <location filename="../../ui/profile_header.py" line="80" />
        <source>Average order</source>
        <translation>متوسط الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/profile_header.py" line="80" />
        <source>First purchase</source>
        <translation>أول شراء</translation>
    </message>
    <message>
        <location filename="../../ui/profile_header.py" line="81" />
        <source>Last purchase</source>
        <translation>آخر شراء</translation>
    </message>
    <message>
        <location filename="../../ui/profile_header.py" line="81" />
        <source>Open tickets</source>
        <translation>تذاكر مفتوحة</translation>
    </message>
    <message>
        <location filename="../../ui/profile_header.py" line="82" />
        <source>P(alive)</source>
        <translation>احتمال النشاط</translation>
    </message>
    <message>
        <location filename="../../ui/profile_header.py" line="82" />
        <source>Predicted CLV</source>
        <translation>القيمة الدائمة المتوقعة</translation>
    </message>
    <message>
        <location filename="../../ui/profile_header.py" line="110" />
        <source>No phone or email</source>
        <translation>لا هاتف ولا بريد</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <location filename="../../ui/profile_view.py" line="46" />
        <source>Type a name, phone, email or code in the search box (Ctrl+K),
then press Enter to open the customer.</source>
        <translation>اكتب اسمًا أو هاتفًا أو بريدًا أو رمزًا في مربع البحث (Ctrl+K)،
ثم اضغط Enter لفتح العميل.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="51" />
        <source>&amp;Edit</source>
        <translation>&amp;تعديل</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="52" />
        <source>Record &amp;purchase</source>
        <translation>تسجيل &amp;شراء</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="53" />
        <source>Add &amp;note</source>
        <translation>إضافة &amp;ملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="54" />
        <source>&amp;Merge…</source>
        <translation>&amp;دمج…</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="65" />
        <location filename="../../ui/profile_view.py" line="96" />
        <location filename="../../ui/profile_view.py" line="118" />
        <location filename="../../ui/profile_view.py" line="122" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="66" />
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="67" />
        <source>Lines</source>
        <translation>الأسطر</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="68" />
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="69" />
        <source>Refunded</source>
        <translation>المسترد</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="70" />
        <source>Net</source>
        <translation>الصافي</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="73" />
        <source>Item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="74" />
        <source>Qty</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="75" />
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="76" />
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="93" />
        <source>Badge</source>
        <translation>الشارة</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="94" />
        <source>Earned</source>
        <translation>تاريخ الحصول</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="96" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="97" />
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="98" />
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="99" />
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="101" />
        <source>Coupon</source>
        <translation>القسيمة</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="101" />
        <source>Discount</source>
        <translation>الخصم</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="102" />
        <location filename="../../ui/profile_view.py" line="114" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="102" />
        <source>Expires</source>
        <translation>تنتهي</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="113" />
        <source>Opened</source>
        <translation>فُتحت</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="113" />
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="114" />
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="115" />
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="115" />
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="116" />
        <source>Resolved</source>
        <translation>حُلّت</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="118" />
        <source>Survey</source>
        <translation>الاستبيان</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="119" />
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="119" />
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="120" />
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="122" />
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="123" />
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="125" />
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="125" />
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="126" />
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="130" />
        <source>Purchases</source>
        <translation>المشتريات</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="131" />
        <source>Loyalty</source>
        <translation>الولاء</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="132" />
        <source>Tickets</source>
        <translation>التذاكر</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="133" />
        <source>Feedback</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="134" />
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="135" />
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="180" />
        <source>Tickets (%1)</source>
        <translation>التذاكر (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="181" />
        <source>Feedback (%1)</source>
        <translation>التقييمات (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="182" />
        <source>Notes (%1)</source>
        <translation>الملاحظات (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="202" />
        <source>no tier yet</source>
        <translation>لا فئة بعد</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="203" />
        <source>Balance: %1 points · Tier: %2</source>
        <translation>الرصيد: %1 نقطة · الفئة: %2</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="212" />
        <source>Retain CRM</source>
        <translation>Retain CRM</translation>
    </message>
    <message>
        <location filename="../../ui/profile_view.py" line="250" />
        <source>Note not saved</source>
        <translation>لم تُحفظ الملاحظة</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/settings_view.py" line="26" />
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="30" />
        <source>Business</source>
        <translation>النشاط التجاري</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="32" />
        <source>Business name</source>
        <translation>اسم النشاط</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="33" />
        <source>Currency (ISO code)</source>
        <translation>العملة (رمز ISO)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="34" />
        <source>Default phone region</source>
        <translation>منطقة الهاتف الافتراضية</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="35" />
        <source>Churn window</source>
        <translation>نافذة الانقطاع</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="36" />
        <source>This computer</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="38" />
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="39" />
        <source>A new language applies when the app starts again.</source>
        <translation>تُطبَّق اللغة الجديدة عند إعادة تشغيل التطبيق.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="41" />
        <source>&amp;Save settings</source>
        <translation>&amp;حفظ الإعدادات</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="66" />
        <source>Use a three-letter currency code and a two-letter region code.</source>
        <translation>استخدم رمز عملة من ثلاثة أحرف ورمز منطقة من حرفين.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_view.py" line="73" />
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
</context>
<context>
    <name>SpendChart</name>
    <message>
        <location filename="../../ui/charts.py" line="26" />
        <source>No purchases to chart</source>
        <translation>لا مشتريات لعرضها</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="49" />
        <source>Net spend per month</source>
        <translation>صافي الإنفاق شهريًا</translation>
    </message>
</context>
</TS>