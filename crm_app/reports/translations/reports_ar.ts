<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar_EG">
<context>
    <name>CustomerReport</name>
    <message>
        <location filename="../customer.py" line="58" />
        <source>Net spend</source>
        <translation>صافي الإنفاق</translation>
    </message>
    <message>
        <location filename="../customer.py" line="60" />
        <source>Customer profile</source>
        <translation>ملف العميل</translation>
    </message>
    <message>
        <location filename="../customer.py" line="114" />
        <source>status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <location filename="../customer.py" line="117" />
        <source>%1 (%2 years, %3 months)</source>
        <translation>%1 (%2 سنة، %3 شهر)</translation>
    </message>
    <message>
        <location filename="../customer.py" line="119" />
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../customer.py" line="120" />
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../customer.py" line="121" />
        <source>Customer since</source>
        <translation>عميل منذ</translation>
    </message>
    <message>
        <location filename="../customer.py" line="122" />
        <source>Figures as of</source>
        <translation>الأرقام حتى</translation>
    </message>
    <message>
        <location filename="../customer.py" line="124" />
        <source>Merged into</source>
        <translation>دُمج في</translation>
    </message>
    <message>
        <location filename="../customer.py" line="127" />
        <source>Figures</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <location filename="../customer.py" line="128" />
        <location filename="../customer.py" line="146" />
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location filename="../customer.py" line="129" />
        <source>Purchase days</source>
        <translation>أيام الشراء</translation>
    </message>
    <message>
        <location filename="../customer.py" line="130" />
        <source>Total spent (net of refunds)</source>
        <translation>إجمالي الإنفاق (بعد المرتجعات)</translation>
    </message>
    <message>
        <location filename="../customer.py" line="131" />
        <source>Average order value</source>
        <translation>متوسط قيمة الطلب</translation>
    </message>
    <message>
        <location filename="../customer.py" line="132" />
        <source>First purchase</source>
        <translation>أول شراء</translation>
    </message>
    <message>
        <location filename="../customer.py" line="133" />
        <source>Last purchase</source>
        <translation>آخر شراء</translation>
    </message>
    <message>
        <location filename="../customer.py" line="134" />
        <location filename="../customer.py" line="161" />
        <source>Points balance</source>
        <translation>رصيد النقاط</translation>
    </message>
    <message>
        <location filename="../customer.py" line="135" />
        <source>Open tickets</source>
        <translation>التذاكر المفتوحة</translation>
    </message>
    <message>
        <location filename="../customer.py" line="137" />
        <source>P(alive)</source>
        <translation>احتمال البقاء</translation>
    </message>
    <message>
        <location filename="../customer.py" line="138" />
        <source>Expected purchase days, next %1 months</source>
        <translation>أيام الشراء المتوقعة خلال %1 شهرًا القادمة</translation>
    </message>
    <message>
        <location filename="../customer.py" line="140" />
        <source>Predicted CLV, next %1 months</source>
        <translation>القيمة الدائمة المتوقعة خلال %1 شهرًا القادمة</translation>
    </message>
    <message>
        <location filename="../customer.py" line="144" />
        <source>Net spend by month</source>
        <translation>صافي الإنفاق حسب الشهر</translation>
    </message>
    <message>
        <location filename="../customer.py" line="148" />
        <source>The newest %1 of %2 orders.</source>
        <translation>أحدث %1 من أصل %2 طلبًا.</translation>
    </message>
    <message>
        <location filename="../customer.py" line="150" />
        <location filename="../customer.py" line="171" />
        <location filename="../customer.py" line="188" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../customer.py" line="150" />
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location filename="../customer.py" line="151" />
        <source>Lines</source>
        <translation>البنود</translation>
    </message>
    <message>
        <location filename="../customer.py" line="151" />
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <location filename="../customer.py" line="152" />
        <source>Refunded</source>
        <translation>المسترد</translation>
    </message>
    <message>
        <location filename="../customer.py" line="152" />
        <source>Net</source>
        <translation>الصافي</translation>
    </message>
    <message>
        <location filename="../customer.py" line="153" />
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location filename="../customer.py" line="157" />
        <source>No orders.</source>
        <translation>لا توجد طلبات.</translation>
    </message>
    <message>
        <location filename="../customer.py" line="159" />
        <source>Loyalty</source>
        <translation>الولاء</translation>
    </message>
    <message>
        <location filename="../customer.py" line="160" />
        <source>Tier</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../customer.py" line="162" />
        <source>Badges</source>
        <translation>الشارات</translation>
    </message>
    <message>
        <location filename="../customer.py" line="165" />
        <source>Coupons</source>
        <translation>القسائم</translation>
    </message>
    <message>
        <location filename="../customer.py" line="166" />
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../customer.py" line="166" />
        <location filename="../customer.py" line="181" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../customer.py" line="167" />
        <source>Discount</source>
        <translation>الخصم</translation>
    </message>
    <message>
        <location filename="../customer.py" line="167" />
        <source>Expires</source>
        <translation>ينتهي في</translation>
    </message>
    <message>
        <location filename="../customer.py" line="170" />
        <source>Points ledger</source>
        <translation>سجل النقاط</translation>
    </message>
    <message>
        <location filename="../customer.py" line="171" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../customer.py" line="172" />
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <location filename="../customer.py" line="172" />
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <location filename="../customer.py" line="173" />
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../customer.py" line="176" />
        <source>No points yet.</source>
        <translation>لا توجد نقاط بعد.</translation>
    </message>
    <message>
        <location filename="../customer.py" line="178" />
        <source>Tickets</source>
        <translation>التذاكر</translation>
    </message>
    <message>
        <location filename="../customer.py" line="179" />
        <source>Ticket</source>
        <translation>التذكرة</translation>
    </message>
    <message>
        <location filename="../customer.py" line="179" />
        <source>Created</source>
        <translation>أُنشئت</translation>
    </message>
    <message>
        <location filename="../customer.py" line="180" />
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../customer.py" line="180" />
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../customer.py" line="181" />
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../customer.py" line="182" />
        <source>Resolved</source>
        <translation>حُلّت</translation>
    </message>
    <message>
        <location filename="../customer.py" line="185" />
        <source>No tickets.</source>
        <translation>لا توجد تذاكر.</translation>
    </message>
    <message>
        <location filename="../customer.py" line="187" />
        <source>Feedback</source>
        <translation>الآراء</translation>
    </message>
    <message>
        <location filename="../customer.py" line="188" />
        <source>Survey</source>
        <translation>الاستبيان</translation>
    </message>
    <message>
        <location filename="../customer.py" line="189" />
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location filename="../customer.py" line="189" />
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <location filename="../customer.py" line="190" />
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../customer.py" line="193" />
        <source>No feedback.</source>
        <translation>لا توجد آراء.</translation>
    </message>
</context>
<context>
    <name>KpiText</name>
    <message>
        <location filename="../kpis.py" line="92" />
        <source>pp</source>
        <translation>نقطة مئوية</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="92" />
        <source>points</source>
        <translation>نقطة</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="121" />
        <source>CRR: no customer was active at the start of the period</source>
        <translation>معدل الاحتفاظ: لم يكن أي عميل نشطًا في بداية الفترة</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="122" />
        <source>CRR = (E − N) / S × 100 = (%1 − %2) / %3 × 100 = %4</source>
        <translation>معدل الاحتفاظ = (E − N) / S × 100 = (%1 − %2) / %3 × 100 = %4</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="129" />
        <source>Churn rate: no customer was active at the start of the period</source>
        <translation>معدل التسرب: لم يكن أي عميل نشطًا في بداية الفترة</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="130" />
        <source>Churn rate = L / S × 100 = %1 / %2 × 100 = %3</source>
        <translation>معدل التسرب = L / S × 100 = %1 / %2 × 100 = %3</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="138" />
        <source>Repeat purchase rate: no customer has bought yet</source>
        <translation>معدل تكرار الشراء: لم يشترِ أي عميل بعد</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="140" />
        <source>Repeat purchase rate = customers with 2+ purchase days / customers = %1 / %2 × 100 = %3</source>
        <translation>معدل تكرار الشراء = العملاء ذوو يومي شراء فأكثر / العملاء = %1 / %2 × 100 = %3</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="148" />
        <source>Purchase frequency: no buyer in the period</source>
        <translation>تكرار الشراء: لا يوجد مشترٍ في الفترة</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="149" />
        <source>Purchase frequency = purchase days / buyers = %1 / %2 = %3</source>
        <translation>تكرار الشراء = أيام الشراء / المشترون = %1 / %2 = %3</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="156" />
        <source>AOV: no order in the period</source>
        <translation>متوسط قيمة الطلب: لا توجد طلبات في الفترة</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="157" />
        <source>AOV = revenue / orders = %1 / %2 = %3</source>
        <translation>متوسط قيمة الطلب = الإيرادات / الطلبات = %1 / %2 = %3</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="163" />
        <source>Revenue = net amount of the %1 orders in the period (order totals − their refunds) = %2</source>
        <translation>الإيرادات = صافي مبلغ الطلبات الـ %1 في الفترة (إجمالي الطلبات − مرتجعاتها) = %2</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="169" />
        <source>Historical CLV: not enough history to estimate a lifespan</source>
        <translation>القيمة الدائمة التاريخية: لا يكفي التاريخ لتقدير مدة البقاء</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="170" />
        <source>CLV = average purchase value × purchases per year × lifespan in years = %1 × %2 × %3 = %4</source>
        <translation>القيمة الدائمة = متوسط قيمة الشراء × عدد المشتريات سنويًا × مدة البقاء بالسنوات = %1 × %2 × %3 = %4</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="179" />
        <source>Predicted CLV: the models could not be fitted (%1)</source>
        <translation>القيمة الدائمة المتوقعة: تعذّر تقدير النماذج (%1)</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="181" />
        <source>Predicted CLV per customer = Σ over the next %1 months of expected purchase days (BG/NBD) × expected spend (Gamma-Gamma), discounted %2 per month = %3 / %4 customers = %5</source>
        <translation>القيمة الدائمة المتوقعة لكل عميل = مجموع أيام الشراء المتوقعة (BG/NBD) × الإنفاق المتوقع (Gamma-Gamma) خلال %1 شهرًا القادمة، بخصم %2 شهريًا = %3 / %4 عميل = %5</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="190" />
        <source>NPS: no survey answer in the period</source>
        <translation>صافي نقاط الترويج: لا توجد إجابات في الفترة</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="192" />
        <source>NPS = % promoters − % detractors = %1 − %2 = %3 (%4 promoters, %5 passives, %6 detractors of %7 answers)</source>
        <translation>صافي نقاط الترويج = ٪ المروّجين − ٪ المنتقدين = %1 − %2 = %3 (%4 مروّج، %5 محايد، %6 منتقد من %7 إجابة)</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="202" />
        <source>CSAT: no answer in the period</source>
        <translation>رضا العملاء: لا توجد إجابات في الفترة</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="203" />
        <source>CSAT = answers 4–5 / answers × 100 = %1 / %2 × 100 = %3</source>
        <translation>رضا العملاء = الإجابات 4–5 / الإجابات × 100 = %1 / %2 × 100 = %3</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="210" />
        <source>SLA attainment: no ticket was due in the period</source>
        <translation>الالتزام بمستوى الخدمة: لم تستحق أي تذكرة في الفترة</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="211" />
        <source>SLA attainment = met / (met + breached) × 100 = %1 / (%1 + %2) × 100 = %3</source>
        <translation>الالتزام بمستوى الخدمة = الملتزَم / (الملتزَم + المتجاوَز) × 100 = %1 / (%1 + %2) × 100 = %3</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="223" />
        <source>Customer retention rate</source>
        <translation>معدل الاحتفاظ بالعملاء</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="223" />
        <source>Churn rate</source>
        <translation>معدل التسرب</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="224" />
        <source>Repeat purchase rate</source>
        <translation>معدل تكرار الشراء</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="225" />
        <source>Purchase frequency</source>
        <translation>تكرار الشراء</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="225" />
        <source>Average order value</source>
        <translation>متوسط قيمة الطلب</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="226" />
        <source>Revenue</source>
        <translation>الإيرادات</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="226" />
        <source>Historical CLV</source>
        <translation>القيمة الدائمة التاريخية</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="227" />
        <source>Predicted CLV per customer</source>
        <translation>القيمة الدائمة المتوقعة لكل عميل</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="227" />
        <source>NPS</source>
        <translation>صافي نقاط الترويج</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="228" />
        <source>CSAT</source>
        <translation>رضا العملاء</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="228" />
        <source>First response SLA</source>
        <translation>مهلة الرد الأول</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="229" />
        <source>Resolution SLA</source>
        <translation>مهلة الحل</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../customer.py" line="64" />
        <location filename="../retention.py" line="61" />
        <location filename="../support.py" line="75" />
        <source>Generated %1 · Retain CRM</source>
        <translation>أُنشئ في %1 · Retain CRM</translation>
    </message>
    <message>
        <location filename="../customer.py" line="65" />
        <location filename="../retention.py" line="62" />
        <location filename="../support.py" line="76" />
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <location filename="../pdf.py" line="169" />
        <source>Q%1 %2</source>
        <translation>الربع %1 %2</translation>
    </message>
    <message>
        <location filename="../retention.py" line="115" />
        <location filename="../support.py" line="65" />
        <location filename="../support.py" line="115" />
        <source>NPS</source>
        <translation>صافي نقاط الترويج</translation>
    </message>
    <message>
        <location filename="../retention.py" line="115" />
        <location filename="../support.py" line="65" />
        <location filename="../support.py" line="112" />
        <source>CSAT</source>
        <translation>رضا العملاء</translation>
    </message>
    <message>
        <location filename="../retention.py" line="153" />
        <location filename="../support.py" line="89" />
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="156" />
        <location filename="../support.py" line="90" />
        <source>(to date)</source>
        <translation>(حتى الآن)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="165" />
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../retention.py" line="166" />
        <source>As of</source>
        <translation>حتى تاريخ</translation>
    </message>
    <message>
        <location filename="../retention.py" line="172" />
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../retention.py" line="173" />
        <source>Generated</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location filename="../retention.py" line="303" />
        <location filename="../support.py" line="125" />
        <source>month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <location filename="../retention.py" line="303" />
        <location filename="../support.py" line="125" />
        <source>quarter</source>
        <translation>الربع</translation>
    </message>
    <message>
        <location filename="../retention.py" line="304" />
        <location filename="../support.py" line="126" />
        <source>year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <location filename="../support.py" line="61" />
        <location filename="../support.py" line="108" />
        <source>First response SLA attainment</source>
        <translation>الالتزام بمهلة الرد الأول</translation>
    </message>
    <message>
        <location filename="../support.py" line="62" />
        <location filename="../support.py" line="110" />
        <source>Resolution SLA attainment</source>
        <translation>الالتزام بمهلة الحل</translation>
    </message>
    <message>
        <location filename="../support.py" line="113" />
        <source>answers 4–5 / answers × 100 = %1 / %2 × 100 = %3</source>
        <translation>الإجابات 4–5 / الإجابات × 100 = %1 / %2 × 100 = %3</translation>
    </message>
    <message>
        <location filename="../support.py" line="116" />
        <source>% promoters (9–10) − % detractors (0–6) = %1 − %2 = %3 (%4 answers)</source>
        <translation>٪ المروّجين (9–10) − ٪ المنتقدين (0–6) = %1 − %2 = %3 (%4 إجابة)</translation>
    </message>
    <message>
        <location filename="../support.py" line="168" />
        <source>met / (met + breached) × 100 = %1 / (%1 + %2) × 100 = %3</source>
        <translation>الملتزَم / (الملتزَم + المتجاوَز) × 100 = %1 / (%1 + %2) × 100 = %3</translation>
    </message>
</context>
<context>
    <name>RetentionReport</name>
    <message>
        <location filename="../retention.py" line="58" />
        <location filename="../retention.py" line="289" />
        <source>Retention report</source>
        <translation>تقرير الاحتفاظ بالعملاء</translation>
    </message>
    <message>
        <location filename="../retention.py" line="83" />
        <location filename="../retention.py" line="230" />
        <source>CRR</source>
        <translation>معدل الاحتفاظ</translation>
    </message>
    <message>
        <location filename="../retention.py" line="83" />
        <location filename="../retention.py" line="178" />
        <location filename="../retention.py" line="231" />
        <source>Churn rate</source>
        <translation>معدل التسرب</translation>
    </message>
    <message>
        <location filename="../retention.py" line="84" />
        <source>{} a year earlier</source>
        <translation>{} قبل عام</translation>
    </message>
    <message>
        <location filename="../retention.py" line="88" />
        <source>Months since the first purchase</source>
        <translation>الأشهر منذ أول شراء</translation>
    </message>
    <message>
        <location filename="../retention.py" line="89" />
        <source>Quarters since the first purchase</source>
        <translation>الأرباع منذ أول شراء</translation>
    </message>
    <message>
        <location filename="../retention.py" line="90" />
        <source>Years since the first purchase</source>
        <translation>السنوات منذ أول شراء</translation>
    </message>
    <message>
        <location filename="../retention.py" line="94" />
        <location filename="../retention.py" line="179" />
        <source>Revenue</source>
        <translation>الإيرادات</translation>
    </message>
    <message>
        <location filename="../retention.py" line="94" />
        <location filename="../retention.py" line="193" />
        <source>A year earlier</source>
        <translation>قبل عام</translation>
    </message>
    <message>
        <location filename="../retention.py" line="96" />
        <location filename="../retention.py" line="104" />
        <location filename="../retention.py" line="169" />
        <location filename="../retention.py" line="253" />
        <source>Predicted CLV</source>
        <translation>القيمة الدائمة المتوقعة</translation>
    </message>
    <message>
        <location filename="../retention.py" line="97" />
        <location filename="../retention.py" line="101" />
        <location filename="../retention.py" line="105" />
        <location filename="../retention.py" line="239" />
        <location filename="../retention.py" line="245" />
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location filename="../retention.py" line="97" />
        <source>Mean</source>
        <translation>المتوسط</translation>
    </message>
    <message>
        <location filename="../retention.py" line="98" />
        <source>{} customers above {} not shown</source>
        <translation>{} عميلًا فوق {} غير معروضين</translation>
    </message>
    <message>
        <location filename="../retention.py" line="104" />
        <location filename="../retention.py" line="254" />
        <source>P(alive)</source>
        <translation>احتمال البقاء</translation>
    </message>
    <message>
        <location filename="../retention.py" line="106" />
        <location filename="../retention.py" line="249" />
        <source>Win-back list</source>
        <translation>قائمة الاستعادة</translation>
    </message>
    <message>
        <location filename="../retention.py" line="107" />
        <source>{} of {} customers shown</source>
        <translation>معروض {} من {} عميل</translation>
    </message>
    <message>
        <location filename="../retention.py" line="167" />
        <source>Churn window</source>
        <translation>نافذة التسرب</translation>
    </message>
    <message>
        <location filename="../retention.py" line="168" />
        <source>%1 days without a purchase</source>
        <translation>%1 يومًا بلا شراء</translation>
    </message>
    <message>
        <location filename="../retention.py" line="170" />
        <source>next %1 months, discounted %2 per month</source>
        <translation>الأشهر الـ %1 القادمة، بخصم %2 شهريًا</translation>
    </message>
    <message>
        <location filename="../retention.py" line="175" />
        <source>At a glance</source>
        <translation>نظرة سريعة</translation>
    </message>
    <message>
        <location filename="../retention.py" line="177" />
        <source>Customer retention rate (CRR)</source>
        <translation>معدل الاحتفاظ بالعملاء (CRR)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="180" />
        <source>Active customers</source>
        <translation>العملاء النشطون</translation>
    </message>
    <message>
        <location filename="../retention.py" line="181" />
        <source>Predicted CLV per customer</source>
        <translation>القيمة الدائمة المتوقعة لكل عميل</translation>
    </message>
    <message>
        <location filename="../retention.py" line="186" />
        <source>Key figures</source>
        <translation>الأرقام الرئيسية</translation>
    </message>
    <message>
        <location filename="../retention.py" line="187" />
        <source>%1; compared with the previous period (%2) and the same period a year earlier (%3).</source>
        <translation>%1؛ مقارنةً بالفترة السابقة (%2) وبالفترة نفسها قبل عام (%3).</translation>
    </message>
    <message>
        <location filename="../retention.py" line="192" />
        <source>Figure</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location filename="../retention.py" line="192" />
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../retention.py" line="193" />
        <source>Previous period</source>
        <translation>الفترة السابقة</translation>
    </message>
    <message>
        <location filename="../retention.py" line="195" />
        <source>How each figure is computed</source>
        <translation>كيف يُحسب كل مؤشر</translation>
    </message>
    <message>
        <location filename="../retention.py" line="202" />
        <source>Retention</source>
        <translation>الاحتفاظ</translation>
    </message>
    <message>
        <location filename="../retention.py" line="203" />
        <source>CRR and churn rate by %1, with the year before</source>
        <translation>معدل الاحتفاظ ومعدل التسرب حسب %1، مع العام السابق</translation>
    </message>
    <message>
        <location filename="../retention.py" line="205" />
        <source>Cohort retention (% of each cohort buying in each period)</source>
        <translation>الاحتفاظ حسب الفوج (٪ من كل فوج اشترى في كل فترة)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="207" />
        <source>Revenue and loyalty tiers</source>
        <translation>الإيرادات وفئات الولاء</translation>
    </message>
    <message>
        <location filename="../retention.py" line="208" />
        <source>Revenue by month</source>
        <translation>الإيرادات حسب الشهر</translation>
    </message>
    <message>
        <location filename="../retention.py" line="209" />
        <source>Customers by loyalty tier</source>
        <translation>العملاء حسب فئة الولاء</translation>
    </message>
    <message>
        <location filename="../retention.py" line="211" />
        <source>Predicted customer value</source>
        <translation>القيمة المتوقعة للعملاء</translation>
    </message>
    <message>
        <location filename="../retention.py" line="212" />
        <source>Distribution of predicted CLV</source>
        <translation>توزيع القيمة الدائمة المتوقعة</translation>
    </message>
    <message>
        <location filename="../retention.py" line="213" />
        <source>P(alive) against predicted CLV</source>
        <translation>احتمال البقاء مقابل القيمة الدائمة المتوقعة</translation>
    </message>
    <message>
        <location filename="../retention.py" line="214" />
        <source>Customer satisfaction</source>
        <translation>رضا العملاء</translation>
    </message>
    <message>
        <location filename="../retention.py" line="215" />
        <location filename="../support.py" line="128" />
        <source>NPS and CSAT by %1</source>
        <translation>صافي نقاط الترويج ورضا العملاء حسب %1</translation>
    </message>
    <message>
        <location filename="../retention.py" line="218" />
        <location filename="../support.py" line="132" />
        <source>Pain points: ticket categories, %1 – %2</source>
        <translation>نقاط الألم: فئات التذاكر، %1 – %2</translation>
    </message>
    <message>
        <location filename="../retention.py" line="226" />
        <source>Retention and historical CLV per segment, %1 – %2.</source>
        <translation>الاحتفاظ والقيمة الدائمة التاريخية لكل شريحة، %1 – %2.</translation>
    </message>
    <message>
        <location filename="../retention.py" line="228" />
        <location filename="../retention.py" line="245" />
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <location filename="../retention.py" line="228" />
        <source>At start (S)</source>
        <translation>في البداية (S)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="229" />
        <source>At end (E)</source>
        <translation>في النهاية (E)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="229" />
        <source>New (N)</source>
        <translation>جدد (N)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="230" />
        <source>Lost (L)</source>
        <translation>مفقودون (L)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="231" />
        <source>Historical CLV</source>
        <translation>القيمة الدائمة التاريخية</translation>
    </message>
    <message>
        <location filename="../retention.py" line="238" />
        <source>Customers by activity on the as-of date</source>
        <translation>العملاء حسب النشاط في تاريخ التقرير</translation>
    </message>
    <message>
        <location filename="../retention.py" line="239" />
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <location filename="../retention.py" line="244" />
        <source>RFM segments on the as-of date</source>
        <translation>شرائح RFM في تاريخ التقرير</translation>
    </message>
    <message>
        <location filename="../retention.py" line="250" />
        <source>Customers who brought the most and are probably gone (P(alive) below 50 %), highest historical value first.</source>
        <translation>العملاء الأكثر قيمة الذين رحلوا على الأرجح (احتمال البقاء أقل من 50 ٪)، الأعلى قيمة تاريخية أولًا.</translation>
    </message>
    <message>
        <location filename="../retention.py" line="252" />
        <location filename="../support.py" line="156" />
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../retention.py" line="252" />
        <location filename="../support.py" line="156" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../retention.py" line="253" />
        <source>Historical value</source>
        <translation>القيمة التاريخية</translation>
    </message>
    <message>
        <location filename="../retention.py" line="254" />
        <source>Last purchase</source>
        <translation>آخر شراء</translation>
    </message>
    <message>
        <location filename="../retention.py" line="259" />
        <source>No customer qualifies.</source>
        <translation>لا يوجد عميل مطابق.</translation>
    </message>
    <message>
        <location filename="../retention.py" line="262" />
        <source>Model details</source>
        <translation>تفاصيل النموذج</translation>
    </message>
    <message>
        <location filename="../retention.py" line="266" />
        <source>BG/NBD r, α (purchase rate)</source>
        <translation>BG/NBD r، α (معدل الشراء)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="268" />
        <source>BG/NBD a, b (dropout)</source>
        <translation>BG/NBD a، b (الانقطاع)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="270" />
        <source>Customers in the fit (with repeat purchases)</source>
        <translation>العملاء في التقدير (ذوو الشراء المتكرر)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="273" />
        <source>BG/NBD</source>
        <translation>BG/NBD</translation>
    </message>
    <message>
        <location filename="../retention.py" line="275" />
        <source>Gamma-Gamma p, q, γ (spend)</source>
        <translation>Gamma-Gamma p، q، γ (الإنفاق)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="277" />
        <source>Mean spend per purchase day</source>
        <translation>متوسط الإنفاق لكل يوم شراء</translation>
    </message>
    <message>
        <location filename="../retention.py" line="279" />
        <source>Gamma-Gamma</source>
        <translation>Gamma-Gamma</translation>
    </message>
    <message>
        <location filename="../retention.py" line="281" />
        <source>Expected purchase days over the horizon</source>
        <translation>أيام الشراء المتوقعة خلال الأفق</translation>
    </message>
    <message>
        <location filename="../retention.py" line="283" />
        <source>Mean P(alive)</source>
        <translation>متوسط احتمال البقاء</translation>
    </message>
    <message>
        <location filename="../retention.py" line="309" />
        <source>Segments by activity</source>
        <translation>الشرائح حسب النشاط</translation>
    </message>
    <message>
        <location filename="../retention.py" line="310" />
        <source>Segments by tier</source>
        <translation>الشرائح حسب الفئة</translation>
    </message>
    <message>
        <location filename="../retention.py" line="311" />
        <source>Segments by RFM</source>
        <translation>الشرائح حسب RFM</translation>
    </message>
    <message>
        <location filename="../retention.py" line="312" />
        <source>Segments by cohort</source>
        <translation>الشرائح حسب الفوج</translation>
    </message>
    <message>
        <location filename="../retention.py" line="313" />
        <source>Segments by tag</source>
        <translation>الشرائح حسب الوسم</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <location filename="../common.py" line="94" />
        <source>Prospect</source>
        <translation>محتمل</translation>
    </message>
    <message>
        <location filename="../common.py" line="94" />
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../common.py" line="95" />
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../common.py" line="95" />
        <location filename="../common.py" line="104" />
        <source>At risk</source>
        <translation>معرّض للفقد</translation>
    </message>
    <message>
        <location filename="../common.py" line="96" />
        <source>Reactivated</source>
        <translation>عائد</translation>
    </message>
    <message>
        <location filename="../common.py" line="96" />
        <source>Lapsed</source>
        <translation>منقطع</translation>
    </message>
    <message>
        <location filename="../common.py" line="100" />
        <source>Champions</source>
        <translation>الأبطال</translation>
    </message>
    <message>
        <location filename="../common.py" line="100" />
        <source>Loyal</source>
        <translation>الأوفياء</translation>
    </message>
    <message>
        <location filename="../common.py" line="101" />
        <source>Potential loyalists</source>
        <translation>أوفياء محتملون</translation>
    </message>
    <message>
        <location filename="../common.py" line="102" />
        <source>New customers</source>
        <translation>عملاء جدد</translation>
    </message>
    <message>
        <location filename="../common.py" line="102" />
        <source>Promising</source>
        <translation>واعدون</translation>
    </message>
    <message>
        <location filename="../common.py" line="103" />
        <source>Need attention</source>
        <translation>بحاجة إلى اهتمام</translation>
    </message>
    <message>
        <location filename="../common.py" line="104" />
        <source>About to sleep</source>
        <translation>على وشك الخمول</translation>
    </message>
    <message>
        <location filename="../common.py" line="105" />
        <source>Cannot lose them</source>
        <translation>لا يمكن خسارتهم</translation>
    </message>
    <message>
        <location filename="../common.py" line="105" />
        <source>Hibernating</source>
        <translation>خاملون</translation>
    </message>
    <message>
        <location filename="../common.py" line="106" />
        <source>(no purchase yet)</source>
        <translation>(لم يشترِ بعد)</translation>
    </message>
    <message>
        <location filename="../common.py" line="114" />
        <location filename="../customer.py" line="111" />
        <location filename="../retention.py" line="100" />
        <source>(no tier)</source>
        <translation>(بلا فئة)</translation>
    </message>
    <message>
        <location filename="../common.py" line="114" />
        <source>(no tag)</source>
        <translation>(بلا وسم)</translation>
    </message>
    <message>
        <location filename="../common.py" line="115" />
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
</context>
<context>
    <name>SupportReport</name>
    <message>
        <location filename="../retention.py" line="109" />
        <location filename="../support.py" line="68" />
        <location filename="../support.py" line="138" />
        <source>(no category)</source>
        <translation>(بلا فئة)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="111" />
        <location filename="../support.py" line="60" />
        <location filename="../support.py" line="70" />
        <location filename="../support.py" line="134" />
        <source>Tickets</source>
        <translation>التذاكر</translation>
    </message>
    <message>
        <location filename="../retention.py" line="112" />
        <location filename="../support.py" line="71" />
        <source>Low CSAT (1–2), % of answers</source>
        <translation>رضا منخفض (1–2)، ٪ من الإجابات</translation>
    </message>
    <message>
        <location filename="../support.py" line="72" />
        <location filename="../support.py" line="88" />
        <location filename="../support.py" line="161" />
        <source>Support report</source>
        <translation>تقرير الدعم</translation>
    </message>
    <message>
        <location filename="../support.py" line="95" />
        <source>%1 h</source>
        <translation>%1 ساعة</translation>
    </message>
    <message>
        <location filename="../support.py" line="97" />
        <source>Key figures</source>
        <translation>الأرقام الرئيسية</translation>
    </message>
    <message>
        <location filename="../support.py" line="98" />
        <source>Figure</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location filename="../support.py" line="98" />
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../support.py" line="99" />
        <source>How it is computed</source>
        <translation>طريقة الحساب</translation>
    </message>
    <message>
        <location filename="../support.py" line="100" />
        <source>Tickets created</source>
        <translation>التذاكر المنشأة</translation>
    </message>
    <message>
        <location filename="../support.py" line="101" />
        <source>Answered / resolved</source>
        <translation>مُجاب / محلول</translation>
    </message>
    <message>
        <location filename="../support.py" line="102" />
        <source>First response time (median)</source>
        <translation>زمن الرد الأول (الوسيط)</translation>
    </message>
    <message>
        <location filename="../support.py" line="103" />
        <source>median of (first response − created) over %1 answered tickets; mean %2</source>
        <translation>وسيط (الرد الأول − الإنشاء) على %1 تذكرة مُجابة؛ المتوسط %2</translation>
    </message>
    <message>
        <location filename="../support.py" line="105" />
        <source>Resolution time (median)</source>
        <translation>زمن الحل (الوسيط)</translation>
    </message>
    <message>
        <location filename="../support.py" line="106" />
        <source>median of (resolved − created) over %1 resolved tickets; mean %2</source>
        <translation>وسيط (الحل − الإنشاء) على %1 تذكرة محلولة؛ المتوسط %2</translation>
    </message>
    <message>
        <location filename="../support.py" line="114" />
        <location filename="../support.py" line="118" />
        <source>no answers</source>
        <translation>لا توجد إجابات</translation>
    </message>
    <message>
        <location filename="../support.py" line="120" />
        <source>SLA: a ticket meets its target when answered/resolved by its due time; it is breached when done late, or not done and already due on the as-of date.</source>
        <translation>اتفاقية مستوى الخدمة: تلتزم التذكرة بهدفها إذا رُدّ عليها/حُلّت قبل موعدها؛ وتُعدّ متجاوزة إذا أُنجزت متأخرة، أو لم تُنجز وقد حلّ موعدها في تاريخ التقرير.</translation>
    </message>
    <message>
        <location filename="../support.py" line="124" />
        <source>Trends</source>
        <translation>الاتجاهات</translation>
    </message>
    <message>
        <location filename="../support.py" line="127" />
        <source>Tickets and SLA attainment by %1</source>
        <translation>التذاكر والالتزام بمستوى الخدمة حسب %1</translation>
    </message>
    <message>
        <location filename="../support.py" line="130" />
        <source>Pain points</source>
        <translation>نقاط الألم</translation>
    </message>
    <message>
        <location filename="../support.py" line="134" />
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../support.py" line="135" />
        <source>Period before</source>
        <translation>الفترة السابقة</translation>
    </message>
    <message>
        <location filename="../support.py" line="135" />
        <source>Change</source>
        <translation>التغير</translation>
    </message>
    <message>
        <location filename="../support.py" line="136" />
        <source>CSAT answers</source>
        <translation>إجابات الرضا</translation>
    </message>
    <message>
        <location filename="../support.py" line="136" />
        <source>Low CSAT (1–2)</source>
        <translation>رضا منخفض (1–2)</translation>
    </message>
    <message>
        <location filename="../support.py" line="137" />
        <source>Detractors</source>
        <translation>المنتقدون</translation>
    </message>
    <message>
        <location filename="../support.py" line="143" />
        <source>No tickets in the period.</source>
        <translation>لا توجد تذاكر في الفترة.</translation>
    </message>
    <message>
        <location filename="../support.py" line="145" />
        <source>Feedback by source</source>
        <translation>الآراء حسب المصدر</translation>
    </message>
    <message>
        <location filename="../support.py" line="146" />
        <location filename="../support.py" line="157" />
        <source>Survey</source>
        <translation>الاستبيان</translation>
    </message>
    <message>
        <location filename="../support.py" line="146" />
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../support.py" line="147" />
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <location filename="../support.py" line="147" />
        <source>Bad answers</source>
        <translation>الإجابات السيئة</translation>
    </message>
    <message>
        <location filename="../support.py" line="148" />
        <location filename="../support.py" line="157" />
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location filename="../support.py" line="153" />
        <source>Unhappy customers who have not bought since</source>
        <translation>عملاء غير راضين لم يشتروا منذ ذلك الحين</translation>
    </message>
    <message>
        <location filename="../support.py" line="154" />
        <source>Their latest answer was CSAT 1–2 or NPS 0–6 and they have not ordered since (newest first).</source>
        <translation>كانت آخر إجابة لهم رضا 1–2 أو ترويج 0–6 ولم يطلبوا منذ ذلك الحين (الأحدث أولًا).</translation>
    </message>
    <message>
        <location filename="../support.py" line="158" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../support.py" line="158" />
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <location filename="../support.py" line="160" />
        <source>Nobody.</source>
        <translation>لا أحد.</translation>
    </message>
    <message>
        <location filename="../support.py" line="167" />
        <source>no ticket due yet</source>
        <translation>لا توجد تذكرة مستحقة بعد</translation>
    </message>
</context>
</TS>