<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>CustomerReport</name>
    <message>
        <location filename="../customer.py" line="+58"/>
        <source>Net spend</source>
        <translation>صافي الإنفاق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer profile</source>
        <translation>ملف العميل</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2 years, %3 months)</source>
        <translation>%1 (%2 سنة، %3 شهر)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer since</source>
        <translation>عميل منذ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures as of</source>
        <translation>الأرقام حتى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged into</source>
        <translation>دُمج في</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figures</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Purchase days</source>
        <translation>أيام الشراء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total spent (net of refunds)</source>
        <translation>إجمالي الإنفاق (بعد المرتجعات)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average order value</source>
        <translation>متوسط قيمة الطلب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First purchase</source>
        <translation>أول شراء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last purchase</source>
        <translation>آخر شراء</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Points balance</source>
        <translation>رصيد النقاط</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Open tickets</source>
        <translation>التذاكر المفتوحة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P(alive)</source>
        <translation>احتمال البقاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected purchase days, next %1 months</source>
        <translation>أيام الشراء المتوقعة خلال %1 شهرًا القادمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicted CLV, next %1 months</source>
        <translation>القيمة الدائمة المتوقعة خلال %1 شهرًا القادمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models fitted on the data to</source>
        <translation>النماذج مُقدَّرة على البيانات حتى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net spend by month</source>
        <translation>صافي الإنفاق حسب الشهر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The newest %1 of %2 orders.</source>
        <translation>أحدث %1 من أصل %2 طلبًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <location line="+17"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>البنود</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>المسترد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net</source>
        <translation>الصافي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No orders.</source>
        <translation>لا توجد طلبات.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loyalty</source>
        <translation>الولاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badges</source>
        <translation>الشارات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coupons</source>
        <translation>القسائم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Discount</source>
        <translation>الخصم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>ينتهي في</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points ledger</source>
        <translation>سجل النقاط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No points yet.</source>
        <translation>لا توجد نقاط بعد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tickets</source>
        <translation>التذاكر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation>التذكرة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>أُنشئت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>حُلّت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tickets.</source>
        <translation>لا توجد تذاكر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback</source>
        <translation>الآراء</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No feedback.</source>
        <translation>لا توجد آراء.</translation>
    </message>
</context>
<context>
    <name>KpiText</name>
    <message>
        <location filename="../kpis.py" line="+92"/>
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
        <translation>معدل الاحتفاظ = (E − N) / S × 100 = (%1 − %2) / %3 × 100 = %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Churn rate: no customer was active at the start of the period</source>
        <translation>معدل التسرب: لم يكن أي عميل نشطًا في بداية الفترة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn rate = L / S × 100 = %1 / %2 × 100 = %3</source>
        <translation>معدل التسرب = L / S × 100 = %1 / %2 × 100 = %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Repeat purchase rate: no customer has bought yet</source>
        <translation>معدل تكرار الشراء: لم يشترِ أي عميل بعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat purchase rate = customers with 2+ purchase days / customers = %1 / %2 × 100 = %3</source>
        <translation>معدل تكرار الشراء = العملاء ذوو يومي شراء فأكثر / العملاء = %1 / %2 × 100 = %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Purchase frequency: no buyer in the period</source>
        <translation>تكرار الشراء: لا يوجد مشترٍ في الفترة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase frequency = purchase days / buyers = %1 / %2 = %3</source>
        <translation>تكرار الشراء = أيام الشراء / المشترون = %1 / %2 = %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AOV: no order in the period</source>
        <translation>متوسط قيمة الطلب: لا توجد طلبات في الفترة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AOV = revenue / orders = %1 / %2 = %3</source>
        <translation>متوسط قيمة الطلب = الإيرادات / الطلبات = %1 / %2 = %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revenue = net amount of the %1 orders in the period (order totals − their refunds) = %2</source>
        <translation>الإيرادات = صافي مبلغ الطلبات الـ %1 في الفترة (إجمالي الطلبات − مرتجعاتها) = %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Historical CLV: not enough history to estimate a lifespan</source>
        <translation>القيمة الدائمة التاريخية: لا يكفي التاريخ لتقدير مدة البقاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLV = average purchase value × purchases per year × lifespan in years = %1 × %2 × %3 = %4</source>
        <translation>القيمة الدائمة = متوسط قيمة الشراء × عدد المشتريات سنويًا × مدة البقاء بالسنوات = %1 × %2 × %3 = %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Predicted CLV: the models could not be fitted (%1)</source>
        <translation>القيمة الدائمة المتوقعة: تعذّر تقدير النماذج (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicted CLV per customer = Σ over the next %1 months of expected purchase days (BG/NBD) × expected spend (Gamma-Gamma), discounted %2 per month = %3 / %4 customers = %5</source>
        <translation>القيمة الدائمة المتوقعة لكل عميل = مجموع أيام الشراء المتوقعة (BG/NBD) × الإنفاق المتوقع (Gamma-Gamma) خلال %1 شهرًا القادمة، بخصم %2 شهريًا = %3 / %4 عميل = %5</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>NPS: no survey answer in the period</source>
        <translation>صافي نقاط الترويج: لا توجد إجابات في الفترة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NPS = % promoters − % detractors = %1 − %2 = %3 (%4 promoters, %5 passives, %6 detractors of %7 answers)</source>
        <translation>صافي نقاط الترويج = ٪ المروّجين − ٪ المنتقدين = %1 − %2 = %3 (%4 مروّج، %5 محايد، %6 منتقد من %7 إجابة)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CSAT: no answer in the period</source>
        <translation>رضا العملاء: لا توجد إجابات في الفترة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT = answers 4–5 / answers × 100 = %1 / %2 × 100 = %3</source>
        <translation>رضا العملاء = الإجابات 4–5 / الإجابات × 100 = %1 / %2 × 100 = %3</translation>
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
        <translation>صافي نقاط الترويج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT</source>
        <translation>رضا العملاء</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../parts.py" line="+58"/>
        <source>Generated %1 · Retain CRM</source>
        <translation>أُنشئ في %1 · Retain CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <location filename="../pdf.py" line="+172"/>
        <source>Q%1 %2</source>
        <translation>الربع %1 %2</translation>
    </message>
    <message>
        <location filename="../retention.py" line="+145"/>
        <location filename="../support.py" line="+57"/>
        <location line="+45"/>
        <source>NPS</source>
        <translation>صافي نقاط الترويج</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../support.py" line="-45"/>
        <location line="+42"/>
        <source>CSAT</source>
        <translation>رضا العملاء</translation>
    </message>
    <message>
        <location filename="../parts.py" line="-31"/>
        <location filename="../retention.py" line="+190"/>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(to date)</source>
        <translation>(حتى الآن)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="-120"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of</source>
        <translation>حتى تاريخ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location filename="../parts.py" line="-12"/>
        <source>month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>quarter</source>
        <translation>الربع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <location filename="../support.py" line="-46"/>
        <location line="+41"/>
        <source>First response SLA attainment</source>
        <translation>الالتزام بمهلة الرد الأول</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+42"/>
        <source>Resolution SLA attainment</source>
        <translation>الالتزام بمهلة الحل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>answers 4–5 / answers × 100 = %1 / %2 × 100 = %3</source>
        <translation>الإجابات 4–5 / الإجابات × 100 = %1 / %2 × 100 = %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>% promoters (9–10) − % detractors (0–6) = %1 − %2 = %3 (%4 answers)</source>
        <translation>٪ المروّجين (9–10) − ٪ المنتقدين (0–6) = %1 − %2 = %3 (%4 إجابة)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>met / (met + breached) × 100 = %1 / (%1 + %2) × 100 = %3</source>
        <translation>الملتزَم / (الملتزَم + المتجاوَز) × 100 = %1 / (%1 + %2) × 100 = %3</translation>
    </message>
</context>
<context>
    <name>RetentionReport</name>
    <message>
        <location filename="../retention.py" line="-172"/>
        <location line="+257"/>
        <source>Retention report</source>
        <translation>تقرير الاحتفاظ بالعملاء</translation>
    </message>
    <message>
        <location line="-205"/>
        <location line="+177"/>
        <source>CRR</source>
        <translation>معدل الاحتفاظ</translation>
    </message>
    <message>
        <location line="-177"/>
        <location line="+125"/>
        <location line="+53"/>
        <source>Churn rate</source>
        <translation>معدل التسرب</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>{} a year earlier</source>
        <translation>{} قبل عام</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Months since the first purchase</source>
        <translation>الأشهر منذ أول شراء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarters since the first purchase</source>
        <translation>الأرباع منذ أول شراء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years since the first purchase</source>
        <translation>السنوات منذ أول شراء</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+109"/>
        <source>Revenue</source>
        <translation>الإيرادات</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+123"/>
        <source>A year earlier</source>
        <translation>قبل عام</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+8"/>
        <location line="+80"/>
        <location line="+130"/>
        <source>Predicted CLV</source>
        <translation>القيمة الدائمة المتوقعة</translation>
    </message>
    <message>
        <location line="-222"/>
        <location line="+5"/>
        <location line="+7"/>
        <location line="+150"/>
        <location line="+11"/>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Mean</source>
        <translation>المتوسط</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+212"/>
        <source>P(alive)</source>
        <translation>احتمال البقاء</translation>
    </message>
    <message>
        <location line="-210"/>
        <location line="+220"/>
        <source>Win-back list</source>
        <translation>قائمة الاستعادة</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Churn window</source>
        <translation>فترة التسرب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days without a purchase</source>
        <translation>%1 يومًا بلا شراء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next %1 months, discounted %2 per month</source>
        <translation>الأشهر الـ %1 القادمة، بخصم %2 شهريًا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At a glance</source>
        <translation>نظرة سريعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer retention rate (CRR)</source>
        <translation>معدل الاحتفاظ بالعملاء (CRR)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active customers</source>
        <translation>العملاء النشطون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicted CLV per customer</source>
        <translation>القيمة الدائمة المتوقعة لكل عميل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key figures</source>
        <translation>الأرقام الرئيسية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; compared with the previous period (%2) and the same period a year earlier (%3).</source>
        <translation>%1؛ مقارنةً بالفترة السابقة (%2) وبالفترة نفسها قبل عام (%3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Figure</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous period</source>
        <translation>الفترة السابقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How each figure is computed</source>
        <translation>كيف يُحسب كل مؤشر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retention</source>
        <translation>الاحتفاظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRR and churn rate by %1, with the year before</source>
        <translation>معدل الاحتفاظ ومعدل التسرب حسب %1، مع العام السابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort retention (% of each cohort buying in each period)</source>
        <translation>الاحتفاظ حسب الفوج (٪ من كل فوج اشترى في كل فترة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue and loyalty tiers</source>
        <translation>الإيرادات وفئات الولاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue by month</source>
        <translation>الإيرادات حسب الشهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers by loyalty tier</source>
        <translation>العملاء حسب فئة الولاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicted customer value</source>
        <translation>القيمة المتوقعة للعملاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribution of predicted CLV</source>
        <translation>توزيع القيمة الدائمة المتوقعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P(alive) against predicted CLV</source>
        <translation>احتمال البقاء مقابل القيمة الدائمة المتوقعة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A random %1 of the %2 customers with a prediction, and every customer of the win-back list.</source>
        <translation>عينة عشوائية من %1 من أصل %2 عميلًا لديهم توقع، إضافةً إلى كل عملاء قائمة الاستعادة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer satisfaction</source>
        <translation>رضا العملاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../support.py" line="-40"/>
        <source>NPS and CSAT by %1</source>
        <translation>صافي نقاط الترويج ورضا العملاء حسب %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../support.py" line="+4"/>
        <source>Pain points: ticket categories, %1 – %2</source>
        <translation>نقاط الألم: فئات التذاكر، %1 – %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retention and historical CLV per segment, %1 – %2.</source>
        <translation>الاحتفاظ والقيمة الدائمة التاريخية لكل شريحة، %1 – %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>At start (S)</source>
        <translation>في البداية (S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At end (E)</source>
        <translation>في النهاية (E)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New (N)</source>
        <translation>جدد (N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost (L)</source>
        <translation>مفقودون (L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Historical CLV</source>
        <translation>القيمة الدائمة التاريخية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customers by activity on the as-of date</source>
        <translation>العملاء حسب النشاط في تاريخ التقرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>RFM segments on the as-of date</source>
        <translation>شرائح RFM في تاريخ التقرير</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No data for this chart in the period.</source>
        <translation>لا توجد بيانات لهذا الرسم في الفترة.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Usual gap (days)</source>
        <translation>الفاصل المعتاد (أيام)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days since last purchase</source>
        <translation>أيام منذ آخر شراء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected purchase days</source>
        <translation>أيام الشراء المتوقعة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customers who brought the most and are probably gone (P(alive) below 50 %), highest historical value first.</source>
        <translation>العملاء الأكثر قيمة الذين رحلوا على الأرجح (احتمال البقاء أقل من 50 ٪)، الأعلى قيمة تاريخية أولًا.</translation>
    </message>
    <message>
        <location line="-15"/>
        <location filename="../support.py" line="+24"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../support.py" line="+0"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Historical value</source>
        <translation>القيمة التاريخية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last purchase</source>
        <translation>آخر شراء</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No customer qualifies.</source>
        <translation>لا يوجد عميل مطابق.</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Model details</source>
        <translation>تفاصيل النموذج</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>%1 customers above %2</source>
        <translation>%1 عميلًا فوق %2</translation>
    </message>
    <message>
        <location line="+230"/>
        <source>Customers at risk</source>
        <translation>العملاء المعرّضون للتسرب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No purchase for longer than their usual gap between purchases (1.5 × their mean gap), still inside the churn window; highest predicted CLV first.</source>
        <translation>لم يشتروا منذ مدة أطول من فاصلهم المعتاد بين المشتريات (1.5 × متوسط الفاصل) وما زالوا داخل فترة التسرب؛ الأعلى قيمة دائمة متوقعة أولًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Top customers by predicted CLV</source>
        <translation>أعلى العملاء قيمةً دائمة متوقعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The highest predicted CLV over the next %1 months (closed accounts left out).</source>
        <translation>أعلى قيمة دائمة متوقعة خلال %1 شهرًا القادمة (دون الحسابات المغلقة).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>BG/NBD r, α (purchase rate)</source>
        <translation>BG/NBD r، α (معدل الشراء)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BG/NBD a, b (dropout)</source>
        <translation>BG/NBD a، b (التسرب)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers in the fit (with repeat purchases)</source>
        <translation>العملاء في التقدير (ذوو الشراء المتكرر)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BG/NBD</source>
        <translation>BG/NBD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gamma-Gamma p, q, γ (spend)</source>
        <translation>Gamma-Gamma p، q، γ (الإنفاق)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean spend per purchase day</source>
        <translation>متوسط الإنفاق لكل يوم شراء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gamma-Gamma</source>
        <translation>Gamma-Gamma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected purchase days over the horizon</source>
        <translation>أيام الشراء المتوقعة خلال الأفق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean P(alive)</source>
        <translation>متوسط احتمال البقاء</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Segments by activity</source>
        <translation>الشرائح حسب النشاط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments by tier</source>
        <translation>الشرائح حسب الفئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments by RFM</source>
        <translation>الشرائح حسب RFM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments by cohort</source>
        <translation>الشرائح حسب الفوج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments by tag</source>
        <translation>الشرائح حسب الوسم</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <location filename="../common.py" line="+97"/>
        <source>Prospect</source>
        <translation>محتمل</translation>
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
        <translation>عائد</translation>
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
        <translation>الأوفياء</translation>
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
        <location filename="../customer.py" line="-86"/>
        <location filename="../retention.py" line="-288"/>
        <source>(no tier)</source>
        <translation>(بلا فئة)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no tag)</source>
        <translation>(بلا وسم)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
</context>
<context>
    <name>SupportReport</name>
    <message>
        <location filename="../parts.py" line="+26"/>
        <location filename="../support.py" line="-18"/>
        <source>(no category)</source>
        <translation>(بلا فئة)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../support.py" line="-77"/>
        <location line="+73"/>
        <source>Tickets</source>
        <translation>التذاكر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low CSAT (1–2), % of answers</source>
        <translation>رضا منخفض (1–2)، ٪ من الإجابات</translation>
    </message>
    <message>
        <location filename="../support.py" line="-63"/>
        <location line="+14"/>
        <location line="+76"/>
        <source>Support report</source>
        <translation>تقرير الدعم</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>%1 h</source>
        <translation>%1 ساعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key figures</source>
        <translation>الأرقام الرئيسية</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Figure</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it is computed</source>
        <translation>طريقة الحساب</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Tickets created</source>
        <translation>التذاكر المنشأة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered / resolved</source>
        <translation>مُجاب / محلول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response time (median)</source>
        <translation>زمن الرد الأول (الوسيط)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>median of (first response − created) over %1 answered tickets; mean %2</source>
        <translation>وسيط (الرد الأول − الإنشاء) على %1 تذكرة مُجابة؛ المتوسط %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution time (median)</source>
        <translation>زمن الحل (الوسيط)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>median of (resolved − created) over %1 resolved tickets; mean %2</source>
        <translation>وسيط (الحل − الإنشاء) على %1 تذكرة محلولة؛ المتوسط %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SLA attainment, both targets</source>
        <translation>الالتزام بمستوى الخدمة، الهدفان معًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>no answers</source>
        <translation>لا توجد إجابات</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SLA: a ticket meets its target when answered/resolved by its due time; it is breached when done late, or not done and already due on the as-of date.</source>
        <translation>اتفاقية مستوى الخدمة: تلتزم التذكرة بهدفها إذا رُدّ عليها/حُلّت قبل موعدها؛ وتُعدّ متجاوزة إذا أُنجزت متأخرة، أو لم تُنجز وقد حلّ موعدها في تاريخ التقرير.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trends</source>
        <translation>الاتجاهات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tickets and SLA attainment by %1</source>
        <translation>التذاكر والالتزام بمستوى الخدمة حسب %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pain points</source>
        <translation>نقاط الألم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period before</source>
        <translation>الفترة السابقة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>التغير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT answers</source>
        <translation>إجابات الرضا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Low CSAT (1–2)</source>
        <translation>رضا منخفض (1–2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detractors</source>
        <translation>المنتقدون</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No tickets in the period.</source>
        <translation>لا توجد تذاكر في الفترة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback by source</source>
        <translation>الآراء حسب المصدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Survey</source>
        <translation>الاستبيان</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bad answers</source>
        <translation>الإجابات السيئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Unhappy customers who have not bought since</source>
        <translation>عملاء غير راضين لم يشتروا منذ ذلك الحين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their latest answer was CSAT 1–2 or NPS 0–6 and they have not ordered since (newest first).</source>
        <translation>كانت آخر إجابة لهم رضا 1–2 أو ترويج 0–6 ولم يطلبوا منذ ذلك الحين (الأحدث أولًا).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody.</source>
        <translation>لا أحد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no ticket due yet</source>
        <translation>لا توجد تذكرة مستحقة بعد</translation>
    </message>
</context>
</TS>
