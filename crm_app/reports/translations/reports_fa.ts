<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fa_IR">
<context>
    <name>CustomerReport</name>
    <message>
        <location filename="../customer.py" line="58" />
        <source>Net spend</source>
        <translation>خالص خرید</translation>
    </message>
    <message>
        <location filename="../customer.py" line="60" />
        <source>Customer profile</source>
        <translation>پروندهٔ مشتری</translation>
    </message>
    <message>
        <location filename="../customer.py" line="114" />
        <source>status: %1</source>
        <translation>وضعیت: %1</translation>
    </message>
    <message>
        <location filename="../customer.py" line="117" />
        <source>%1 (%2 years, %3 months)</source>
        <translation>%1 (%2 سال، %3 ماه)</translation>
    </message>
    <message>
        <location filename="../customer.py" line="119" />
        <source>Contacts</source>
        <translation>راه‌های تماس</translation>
    </message>
    <message>
        <location filename="../customer.py" line="120" />
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../customer.py" line="121" />
        <source>Customer since</source>
        <translation>مشتری از</translation>
    </message>
    <message>
        <location filename="../customer.py" line="122" />
        <source>Figures as of</source>
        <translation>ارقام تا تاریخ</translation>
    </message>
    <message>
        <location filename="../customer.py" line="124" />
        <source>Merged into</source>
        <translation>ادغام‌شده در</translation>
    </message>
    <message>
        <location filename="../customer.py" line="127" />
        <source>Figures</source>
        <translation>ارقام</translation>
    </message>
    <message>
        <location filename="../customer.py" line="128" />
        <location filename="../customer.py" line="146" />
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <location filename="../customer.py" line="129" />
        <source>Purchase days</source>
        <translation>روزهای خرید</translation>
    </message>
    <message>
        <location filename="../customer.py" line="130" />
        <source>Total spent (net of refunds)</source>
        <translation>کل خرید (پس از بازپرداخت‌ها)</translation>
    </message>
    <message>
        <location filename="../customer.py" line="131" />
        <source>Average order value</source>
        <translation>میانگین ارزش سفارش</translation>
    </message>
    <message>
        <location filename="../customer.py" line="132" />
        <source>First purchase</source>
        <translation>نخستین خرید</translation>
    </message>
    <message>
        <location filename="../customer.py" line="133" />
        <source>Last purchase</source>
        <translation>آخرین خرید</translation>
    </message>
    <message>
        <location filename="../customer.py" line="134" />
        <location filename="../customer.py" line="161" />
        <source>Points balance</source>
        <translation>موجودی امتیاز</translation>
    </message>
    <message>
        <location filename="../customer.py" line="135" />
        <source>Open tickets</source>
        <translation>تیکت‌های باز</translation>
    </message>
    <message>
        <location filename="../customer.py" line="137" />
        <source>P(alive)</source>
        <translation>احتمال ماندگاری</translation>
    </message>
    <message>
        <location filename="../customer.py" line="138" />
        <source>Expected purchase days, next %1 months</source>
        <translation>روزهای خرید پیش‌بینی‌شده در %1 ماه آینده</translation>
    </message>
    <message>
        <location filename="../customer.py" line="140" />
        <source>Predicted CLV, next %1 months</source>
        <translation>ارزش طول عمر پیش‌بینی‌شده در %1 ماه آینده</translation>
    </message>
    <message>
        <location filename="../customer.py" line="144" />
        <source>Net spend by month</source>
        <translation>خالص خرید به تفکیک ماه</translation>
    </message>
    <message>
        <location filename="../customer.py" line="148" />
        <source>The newest %1 of %2 orders.</source>
        <translation>%1 سفارش تازه از %2 سفارش.</translation>
    </message>
    <message>
        <location filename="../customer.py" line="150" />
        <location filename="../customer.py" line="171" />
        <location filename="../customer.py" line="188" />
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../customer.py" line="150" />
        <source>Order</source>
        <translation>سفارش</translation>
    </message>
    <message>
        <location filename="../customer.py" line="151" />
        <source>Lines</source>
        <translation>اقلام</translation>
    </message>
    <message>
        <location filename="../customer.py" line="151" />
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <location filename="../customer.py" line="152" />
        <source>Refunded</source>
        <translation>بازپرداخت</translation>
    </message>
    <message>
        <location filename="../customer.py" line="152" />
        <source>Net</source>
        <translation>خالص</translation>
    </message>
    <message>
        <location filename="../customer.py" line="153" />
        <source>Channel</source>
        <translation>کانال</translation>
    </message>
    <message>
        <location filename="../customer.py" line="157" />
        <source>No orders.</source>
        <translation>سفارشی ثبت نشده است.</translation>
    </message>
    <message>
        <location filename="../customer.py" line="159" />
        <source>Loyalty</source>
        <translation>وفاداری</translation>
    </message>
    <message>
        <location filename="../customer.py" line="160" />
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <location filename="../customer.py" line="162" />
        <source>Badges</source>
        <translation>نشان‌ها</translation>
    </message>
    <message>
        <location filename="../customer.py" line="165" />
        <source>Coupons</source>
        <translation>کوپن‌ها</translation>
    </message>
    <message>
        <location filename="../customer.py" line="166" />
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <location filename="../customer.py" line="166" />
        <location filename="../customer.py" line="181" />
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../customer.py" line="167" />
        <source>Discount</source>
        <translation>تخفیف</translation>
    </message>
    <message>
        <location filename="../customer.py" line="167" />
        <source>Expires</source>
        <translation>انقضا</translation>
    </message>
    <message>
        <location filename="../customer.py" line="170" />
        <source>Points ledger</source>
        <translation>دفتر امتیازها</translation>
    </message>
    <message>
        <location filename="../customer.py" line="171" />
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../customer.py" line="172" />
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location filename="../customer.py" line="172" />
        <source>Balance</source>
        <translation>مانده</translation>
    </message>
    <message>
        <location filename="../customer.py" line="173" />
        <source>Reason</source>
        <translation>علت</translation>
    </message>
    <message>
        <location filename="../customer.py" line="176" />
        <source>No points yet.</source>
        <translation>هنوز امتیازی نیست.</translation>
    </message>
    <message>
        <location filename="../customer.py" line="178" />
        <source>Tickets</source>
        <translation>تیکت‌ها</translation>
    </message>
    <message>
        <location filename="../customer.py" line="179" />
        <source>Ticket</source>
        <translation>تیکت</translation>
    </message>
    <message>
        <location filename="../customer.py" line="179" />
        <source>Created</source>
        <translation>ایجاد</translation>
    </message>
    <message>
        <location filename="../customer.py" line="180" />
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location filename="../customer.py" line="180" />
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location filename="../customer.py" line="181" />
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location filename="../customer.py" line="182" />
        <source>Resolved</source>
        <translation>حل‌شده</translation>
    </message>
    <message>
        <location filename="../customer.py" line="185" />
        <source>No tickets.</source>
        <translation>تیکتی نیست.</translation>
    </message>
    <message>
        <location filename="../customer.py" line="187" />
        <source>Feedback</source>
        <translation>بازخورد</translation>
    </message>
    <message>
        <location filename="../customer.py" line="188" />
        <source>Survey</source>
        <translation>نظرسنجی</translation>
    </message>
    <message>
        <location filename="../customer.py" line="189" />
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location filename="../customer.py" line="189" />
        <source>Comment</source>
        <translation>نظر</translation>
    </message>
    <message>
        <location filename="../customer.py" line="190" />
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location filename="../customer.py" line="193" />
        <source>No feedback.</source>
        <translation>بازخوردی نیست.</translation>
    </message>
</context>
<context>
    <name>KpiText</name>
    <message>
        <location filename="../kpis.py" line="92" />
        <source>pp</source>
        <translation>واحد درصد</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="92" />
        <source>points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="121" />
        <source>CRR: no customer was active at the start of the period</source>
        <translation>نرخ نگهداشت: در آغاز دوره هیچ مشتری فعالی نبود</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="122" />
        <source>CRR = (E − N) / S × 100 = (%1 − %2) / %3 × 100 = %4</source>
        <translation>نرخ نگهداشت = (E − N) / S × ۱۰۰ = (%1 − %2) / %3 × ۱۰۰ = %4</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="129" />
        <source>Churn rate: no customer was active at the start of the period</source>
        <translation>نرخ ریزش: در آغاز دوره هیچ مشتری فعالی نبود</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="130" />
        <source>Churn rate = L / S × 100 = %1 / %2 × 100 = %3</source>
        <translation>نرخ ریزش = L / S × ۱۰۰ = %1 / %2 × ۱۰۰ = %3</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="138" />
        <source>Repeat purchase rate: no customer has bought yet</source>
        <translation>نرخ خرید تکراری: هنوز مشتری‌ای خرید نکرده</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="140" />
        <source>Repeat purchase rate = customers with 2+ purchase days / customers = %1 / %2 × 100 = %3</source>
        <translation>نرخ خرید تکراری = مشتریان با ۲ روز خرید یا بیشتر / مشتریان = %1 / %2 × ۱۰۰ = %3</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="148" />
        <source>Purchase frequency: no buyer in the period</source>
        <translation>تناوب خرید: در این دوره خریداری نبود</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="149" />
        <source>Purchase frequency = purchase days / buyers = %1 / %2 = %3</source>
        <translation>تناوب خرید = روزهای خرید / خریداران = %1 / %2 = %3</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="156" />
        <source>AOV: no order in the period</source>
        <translation>میانگین ارزش سفارش: در این دوره سفارشی نبود</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="157" />
        <source>AOV = revenue / orders = %1 / %2 = %3</source>
        <translation>میانگین ارزش سفارش = درآمد / سفارش‌ها = %1 / %2 = %3</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="163" />
        <source>Revenue = net amount of the %1 orders in the period (order totals − their refunds) = %2</source>
        <translation>درآمد = مبلغ خالص %1 سفارش دوره (جمع سفارش‌ها − بازپرداخت‌ها) = %2</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="169" />
        <source>Historical CLV: not enough history to estimate a lifespan</source>
        <translation>ارزش طول عمر تاریخی: سابقه برای برآورد طول عمر کافی نیست</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="170" />
        <source>CLV = average purchase value × purchases per year × lifespan in years = %1 × %2 × %3 = %4</source>
        <translation>ارزش طول عمر = میانگین ارزش خرید × خرید در سال × طول عمر به سال = %1 × %2 × %3 = %4</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="179" />
        <source>Predicted CLV: the models could not be fitted (%1)</source>
        <translation>ارزش پیش‌بینی‌شده: مدل‌ها برازش نشدند (%1)</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="181" />
        <source>Predicted CLV per customer = Σ over the next %1 months of expected purchase days (BG/NBD) × expected spend (Gamma-Gamma), discounted %2 per month = %3 / %4 customers = %5</source>
        <translation>ارزش پیش‌بینی‌شده برای هر مشتری = Σ روزهای خرید پیش‌بینی‌شده (BG/NBD) × خرید پیش‌بینی‌شده (Gamma-Gamma) در %1 ماه آینده، با تنزیل %2 در ماه = %3 / %4 مشتری = %5</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="190" />
        <source>NPS: no survey answer in the period</source>
        <translation>NPS: در این دوره پاسخی نبود</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="192" />
        <source>NPS = % promoters − % detractors = %1 − %2 = %3 (%4 promoters, %5 passives, %6 detractors of %7 answers)</source>
        <translation>NPS = ٪ مروجان − ٪ منتقدان = %1 − %2 = %3 (%4 مروج، %5 بی‌طرف، %6 منتقد از %7 پاسخ)</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="202" />
        <source>CSAT: no answer in the period</source>
        <translation>رضایت مشتری: در این دوره پاسخی نبود</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="203" />
        <source>CSAT = answers 4–5 / answers × 100 = %1 / %2 × 100 = %3</source>
        <translation>رضایت مشتری = پاسخ‌های ۴–۵ / پاسخ‌ها × ۱۰۰ = %1 / %2 × ۱۰۰ = %3</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="210" />
        <source>SLA attainment: no ticket was due in the period</source>
        <translation>رعایت SLA: در این دوره تیکتی سررسید نشد</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="211" />
        <source>SLA attainment = met / (met + breached) × 100 = %1 / (%1 + %2) × 100 = %3</source>
        <translation>رعایت SLA = رعایت‌شده / (رعایت‌شده + نقض‌شده) × ۱۰۰ = %1 / (%1 + %2) × ۱۰۰ = %3</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="223" />
        <source>Customer retention rate</source>
        <translation>نرخ نگهداشت مشتری</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="223" />
        <source>Churn rate</source>
        <translation>نرخ ریزش</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="224" />
        <source>Repeat purchase rate</source>
        <translation>نرخ خرید تکراری</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="225" />
        <source>Purchase frequency</source>
        <translation>تناوب خرید</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="225" />
        <source>Average order value</source>
        <translation>میانگین ارزش سفارش</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="226" />
        <source>Revenue</source>
        <translation>درآمد</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="226" />
        <source>Historical CLV</source>
        <translation>ارزش طول عمر تاریخی</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="227" />
        <source>Predicted CLV per customer</source>
        <translation>ارزش طول عمر پیش‌بینی‌شده برای هر مشتری</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="227" />
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="228" />
        <source>CSAT</source>
        <translation>رضایت مشتری</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="228" />
        <source>First response SLA</source>
        <translation>SLA نخستین پاسخ</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="229" />
        <source>Resolution SLA</source>
        <translation>SLA حل</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../customer.py" line="64" />
        <location filename="../retention.py" line="61" />
        <location filename="../support.py" line="75" />
        <source>Generated %1 · Retain CRM</source>
        <translation>تهیه‌شده در %1 · Retain CRM</translation>
    </message>
    <message>
        <location filename="../customer.py" line="65" />
        <location filename="../retention.py" line="62" />
        <location filename="../support.py" line="76" />
        <source>Page %1 of %2</source>
        <translation>صفحهٔ %1 از %2</translation>
    </message>
    <message>
        <location filename="../pdf.py" line="169" />
        <source>Q%1 %2</source>
        <translation>فصل %1 %2</translation>
    </message>
    <message>
        <location filename="../retention.py" line="115" />
        <location filename="../support.py" line="65" />
        <location filename="../support.py" line="115" />
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../retention.py" line="115" />
        <location filename="../support.py" line="65" />
        <location filename="../support.py" line="112" />
        <source>CSAT</source>
        <translation>رضایت مشتری</translation>
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
        <translation>(تا امروز)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="165" />
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <location filename="../retention.py" line="166" />
        <source>As of</source>
        <translation>تا تاریخ</translation>
    </message>
    <message>
        <location filename="../retention.py" line="172" />
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <location filename="../retention.py" line="173" />
        <source>Generated</source>
        <translation>تاریخ تهیه</translation>
    </message>
    <message>
        <location filename="../retention.py" line="303" />
        <location filename="../support.py" line="125" />
        <source>month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <location filename="../retention.py" line="303" />
        <location filename="../support.py" line="125" />
        <source>quarter</source>
        <translation>فصل</translation>
    </message>
    <message>
        <location filename="../retention.py" line="304" />
        <location filename="../support.py" line="126" />
        <source>year</source>
        <translation>سال</translation>
    </message>
    <message>
        <location filename="../support.py" line="61" />
        <location filename="../support.py" line="108" />
        <source>First response SLA attainment</source>
        <translation>رعایت مهلت نخستین پاسخ</translation>
    </message>
    <message>
        <location filename="../support.py" line="62" />
        <location filename="../support.py" line="110" />
        <source>Resolution SLA attainment</source>
        <translation>رعایت مهلت حل</translation>
    </message>
    <message>
        <location filename="../support.py" line="113" />
        <source>answers 4–5 / answers × 100 = %1 / %2 × 100 = %3</source>
        <translation>پاسخ‌های ۴–۵ / پاسخ‌ها × ۱۰۰ = %1 / %2 × ۱۰۰ = %3</translation>
    </message>
    <message>
        <location filename="../support.py" line="116" />
        <source>% promoters (9–10) − % detractors (0–6) = %1 − %2 = %3 (%4 answers)</source>
        <translation>٪ مروجان (۹–۱۰) − ٪ منتقدان (۰–۶) = %1 − %2 = %3 (%4 پاسخ)</translation>
    </message>
    <message>
        <location filename="../support.py" line="168" />
        <source>met / (met + breached) × 100 = %1 / (%1 + %2) × 100 = %3</source>
        <translation>رعایت‌شده / (رعایت‌شده + نقض‌شده) × ۱۰۰ = %1 / (%1 + %2) × ۱۰۰ = %3</translation>
    </message>
</context>
<context>
    <name>RetentionReport</name>
    <message>
        <location filename="../retention.py" line="58" />
        <location filename="../retention.py" line="289" />
        <source>Retention report</source>
        <translation>گزارش نگهداشت مشتری</translation>
    </message>
    <message>
        <location filename="../retention.py" line="83" />
        <location filename="../retention.py" line="230" />
        <source>CRR</source>
        <translation>نرخ نگهداشت</translation>
    </message>
    <message>
        <location filename="../retention.py" line="83" />
        <location filename="../retention.py" line="178" />
        <location filename="../retention.py" line="231" />
        <source>Churn rate</source>
        <translation>نرخ ریزش</translation>
    </message>
    <message>
        <location filename="../retention.py" line="84" />
        <source>{} a year earlier</source>
        <translation>{} یک سال پیش</translation>
    </message>
    <message>
        <location filename="../retention.py" line="88" />
        <source>Months since the first purchase</source>
        <translation>ماه‌ها از نخستین خرید</translation>
    </message>
    <message>
        <location filename="../retention.py" line="89" />
        <source>Quarters since the first purchase</source>
        <translation>فصل‌ها از نخستین خرید</translation>
    </message>
    <message>
        <location filename="../retention.py" line="90" />
        <source>Years since the first purchase</source>
        <translation>سال‌ها از نخستین خرید</translation>
    </message>
    <message>
        <location filename="../retention.py" line="94" />
        <location filename="../retention.py" line="179" />
        <source>Revenue</source>
        <translation>درآمد</translation>
    </message>
    <message>
        <location filename="../retention.py" line="94" />
        <location filename="../retention.py" line="193" />
        <source>A year earlier</source>
        <translation>یک سال پیش</translation>
    </message>
    <message>
        <location filename="../retention.py" line="96" />
        <location filename="../retention.py" line="104" />
        <location filename="../retention.py" line="169" />
        <location filename="../retention.py" line="253" />
        <source>Predicted CLV</source>
        <translation>ارزش طول عمر پیش‌بینی‌شده</translation>
    </message>
    <message>
        <location filename="../retention.py" line="97" />
        <location filename="../retention.py" line="101" />
        <location filename="../retention.py" line="105" />
        <location filename="../retention.py" line="239" />
        <location filename="../retention.py" line="245" />
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location filename="../retention.py" line="97" />
        <source>Mean</source>
        <translation>میانگین</translation>
    </message>
    <message>
        <location filename="../retention.py" line="98" />
        <source>{} customers above {} not shown</source>
        <translation>{} مشتری بالای {} نمایش داده نشده‌اند</translation>
    </message>
    <message>
        <location filename="../retention.py" line="104" />
        <location filename="../retention.py" line="254" />
        <source>P(alive)</source>
        <translation>احتمال ماندگاری</translation>
    </message>
    <message>
        <location filename="../retention.py" line="106" />
        <location filename="../retention.py" line="249" />
        <source>Win-back list</source>
        <translation>فهرست بازگرداندن</translation>
    </message>
    <message>
        <location filename="../retention.py" line="107" />
        <source>{} of {} customers shown</source>
        <translation>{} از {} مشتری نمایش داده شده</translation>
    </message>
    <message>
        <location filename="../retention.py" line="167" />
        <source>Churn window</source>
        <translation>بازهٔ ریزش</translation>
    </message>
    <message>
        <location filename="../retention.py" line="168" />
        <source>%1 days without a purchase</source>
        <translation>%1 روز بدون خرید</translation>
    </message>
    <message>
        <location filename="../retention.py" line="170" />
        <source>next %1 months, discounted %2 per month</source>
        <translation>%1 ماه آینده، با تنزیل %2 در ماه</translation>
    </message>
    <message>
        <location filename="../retention.py" line="175" />
        <source>At a glance</source>
        <translation>در یک نگاه</translation>
    </message>
    <message>
        <location filename="../retention.py" line="177" />
        <source>Customer retention rate (CRR)</source>
        <translation>نرخ نگهداشت مشتری (CRR)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="180" />
        <source>Active customers</source>
        <translation>مشتریان فعال</translation>
    </message>
    <message>
        <location filename="../retention.py" line="181" />
        <source>Predicted CLV per customer</source>
        <translation>ارزش طول عمر پیش‌بینی‌شده برای هر مشتری</translation>
    </message>
    <message>
        <location filename="../retention.py" line="186" />
        <source>Key figures</source>
        <translation>ارقام کلیدی</translation>
    </message>
    <message>
        <location filename="../retention.py" line="187" />
        <source>%1; compared with the previous period (%2) and the same period a year earlier (%3).</source>
        <translation>%1؛ در مقایسه با دورهٔ پیشین (%2) و همین دوره در سال گذشته (%3).</translation>
    </message>
    <message>
        <location filename="../retention.py" line="192" />
        <source>Figure</source>
        <translation>شاخص</translation>
    </message>
    <message>
        <location filename="../retention.py" line="192" />
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location filename="../retention.py" line="193" />
        <source>Previous period</source>
        <translation>دورهٔ پیشین</translation>
    </message>
    <message>
        <location filename="../retention.py" line="195" />
        <source>How each figure is computed</source>
        <translation>هر شاخص چگونه محاسبه می‌شود</translation>
    </message>
    <message>
        <location filename="../retention.py" line="202" />
        <source>Retention</source>
        <translation>نگهداشت</translation>
    </message>
    <message>
        <location filename="../retention.py" line="203" />
        <source>CRR and churn rate by %1, with the year before</source>
        <translation>نرخ نگهداشت و ریزش به تفکیک %1، همراه با سال پیش</translation>
    </message>
    <message>
        <location filename="../retention.py" line="205" />
        <source>Cohort retention (% of each cohort buying in each period)</source>
        <translation>نگهداشت گروه‌ها (٪ هر گروه که در هر دوره خرید کرده)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="207" />
        <source>Revenue and loyalty tiers</source>
        <translation>درآمد و سطوح وفاداری</translation>
    </message>
    <message>
        <location filename="../retention.py" line="208" />
        <source>Revenue by month</source>
        <translation>درآمد به تفکیک ماه</translation>
    </message>
    <message>
        <location filename="../retention.py" line="209" />
        <source>Customers by loyalty tier</source>
        <translation>مشتریان به تفکیک سطح وفاداری</translation>
    </message>
    <message>
        <location filename="../retention.py" line="211" />
        <source>Predicted customer value</source>
        <translation>ارزش پیش‌بینی‌شدهٔ مشتریان</translation>
    </message>
    <message>
        <location filename="../retention.py" line="212" />
        <source>Distribution of predicted CLV</source>
        <translation>توزیع ارزش طول عمر پیش‌بینی‌شده</translation>
    </message>
    <message>
        <location filename="../retention.py" line="213" />
        <source>P(alive) against predicted CLV</source>
        <translation>احتمال ماندگاری در برابر ارزش پیش‌بینی‌شده</translation>
    </message>
    <message>
        <location filename="../retention.py" line="214" />
        <source>Customer satisfaction</source>
        <translation>رضایت مشتریان</translation>
    </message>
    <message>
        <location filename="../retention.py" line="215" />
        <location filename="../support.py" line="128" />
        <source>NPS and CSAT by %1</source>
        <translation>NPS و رضایت مشتری به تفکیک %1</translation>
    </message>
    <message>
        <location filename="../retention.py" line="218" />
        <location filename="../support.py" line="132" />
        <source>Pain points: ticket categories, %1 – %2</source>
        <translation>نقاط درد: دسته‌های تیکت، %1 – %2</translation>
    </message>
    <message>
        <location filename="../retention.py" line="226" />
        <source>Retention and historical CLV per segment, %1 – %2.</source>
        <translation>نگهداشت و ارزش طول عمر تاریخی هر بخش، %1 – %2.</translation>
    </message>
    <message>
        <location filename="../retention.py" line="228" />
        <location filename="../retention.py" line="245" />
        <source>Segment</source>
        <translation>بخش</translation>
    </message>
    <message>
        <location filename="../retention.py" line="228" />
        <source>At start (S)</source>
        <translation>در آغاز (S)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="229" />
        <source>At end (E)</source>
        <translation>در پایان (E)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="229" />
        <source>New (N)</source>
        <translation>جدید (N)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="230" />
        <source>Lost (L)</source>
        <translation>ازدست‌رفته (L)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="231" />
        <source>Historical CLV</source>
        <translation>ارزش طول عمر تاریخی</translation>
    </message>
    <message>
        <location filename="../retention.py" line="238" />
        <source>Customers by activity on the as-of date</source>
        <translation>مشتریان به تفکیک فعالیت در تاریخ گزارش</translation>
    </message>
    <message>
        <location filename="../retention.py" line="239" />
        <source>Activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <location filename="../retention.py" line="244" />
        <source>RFM segments on the as-of date</source>
        <translation>بخش‌های RFM در تاریخ گزارش</translation>
    </message>
    <message>
        <location filename="../retention.py" line="250" />
        <source>Customers who brought the most and are probably gone (P(alive) below 50 %), highest historical value first.</source>
        <translation>مشتریانی که بیشترین خرید را داشته‌اند و احتمالاً رفته‌اند (احتمال ماندگاری کمتر از ۵۰ ٪)، به ترتیب بیشترین ارزش تاریخی.</translation>
    </message>
    <message>
        <location filename="../retention.py" line="252" />
        <location filename="../support.py" line="156" />
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <location filename="../retention.py" line="252" />
        <location filename="../support.py" line="156" />
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../retention.py" line="253" />
        <source>Historical value</source>
        <translation>ارزش تاریخی</translation>
    </message>
    <message>
        <location filename="../retention.py" line="254" />
        <source>Last purchase</source>
        <translation>آخرین خرید</translation>
    </message>
    <message>
        <location filename="../retention.py" line="259" />
        <source>No customer qualifies.</source>
        <translation>مشتری واجد شرایط نیست.</translation>
    </message>
    <message>
        <location filename="../retention.py" line="262" />
        <source>Model details</source>
        <translation>جزئیات مدل</translation>
    </message>
    <message>
        <location filename="../retention.py" line="266" />
        <source>BG/NBD r, α (purchase rate)</source>
        <translation>BG/NBD r، α (نرخ خرید)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="268" />
        <source>BG/NBD a, b (dropout)</source>
        <translation>BG/NBD a، b (ریزش)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="270" />
        <source>Customers in the fit (with repeat purchases)</source>
        <translation>مشتریان در برازش (با خرید تکراری)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="273" />
        <source>BG/NBD</source>
        <translation>BG/NBD</translation>
    </message>
    <message>
        <location filename="../retention.py" line="275" />
        <source>Gamma-Gamma p, q, γ (spend)</source>
        <translation>Gamma-Gamma p، q، γ (هزینه)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="277" />
        <source>Mean spend per purchase day</source>
        <translation>میانگین خرید در هر روز خرید</translation>
    </message>
    <message>
        <location filename="../retention.py" line="279" />
        <source>Gamma-Gamma</source>
        <translation>Gamma-Gamma</translation>
    </message>
    <message>
        <location filename="../retention.py" line="281" />
        <source>Expected purchase days over the horizon</source>
        <translation>روزهای خرید پیش‌بینی‌شده در افق</translation>
    </message>
    <message>
        <location filename="../retention.py" line="283" />
        <source>Mean P(alive)</source>
        <translation>میانگین احتمال ماندگاری</translation>
    </message>
    <message>
        <location filename="../retention.py" line="309" />
        <source>Segments by activity</source>
        <translation>بخش‌ها به تفکیک فعالیت</translation>
    </message>
    <message>
        <location filename="../retention.py" line="310" />
        <source>Segments by tier</source>
        <translation>بخش‌ها به تفکیک سطح</translation>
    </message>
    <message>
        <location filename="../retention.py" line="311" />
        <source>Segments by RFM</source>
        <translation>بخش‌ها به تفکیک RFM</translation>
    </message>
    <message>
        <location filename="../retention.py" line="312" />
        <source>Segments by cohort</source>
        <translation>بخش‌ها به تفکیک گروه</translation>
    </message>
    <message>
        <location filename="../retention.py" line="313" />
        <source>Segments by tag</source>
        <translation>بخش‌ها به تفکیک برچسب</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <location filename="../common.py" line="94" />
        <source>Prospect</source>
        <translation>بالقوه</translation>
    </message>
    <message>
        <location filename="../common.py" line="94" />
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <location filename="../common.py" line="95" />
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location filename="../common.py" line="95" />
        <location filename="../common.py" line="104" />
        <source>At risk</source>
        <translation>در معرض ریزش</translation>
    </message>
    <message>
        <location filename="../common.py" line="96" />
        <source>Reactivated</source>
        <translation>بازگشته</translation>
    </message>
    <message>
        <location filename="../common.py" line="96" />
        <source>Lapsed</source>
        <translation>ازدست‌رفته</translation>
    </message>
    <message>
        <location filename="../common.py" line="100" />
        <source>Champions</source>
        <translation>قهرمانان</translation>
    </message>
    <message>
        <location filename="../common.py" line="100" />
        <source>Loyal</source>
        <translation>وفادار</translation>
    </message>
    <message>
        <location filename="../common.py" line="101" />
        <source>Potential loyalists</source>
        <translation>وفاداران بالقوه</translation>
    </message>
    <message>
        <location filename="../common.py" line="102" />
        <source>New customers</source>
        <translation>مشتریان جدید</translation>
    </message>
    <message>
        <location filename="../common.py" line="102" />
        <source>Promising</source>
        <translation>امیدوارکننده</translation>
    </message>
    <message>
        <location filename="../common.py" line="103" />
        <source>Need attention</source>
        <translation>نیازمند توجه</translation>
    </message>
    <message>
        <location filename="../common.py" line="104" />
        <source>About to sleep</source>
        <translation>در آستانهٔ خواب</translation>
    </message>
    <message>
        <location filename="../common.py" line="105" />
        <source>Cannot lose them</source>
        <translation>نباید از دستشان داد</translation>
    </message>
    <message>
        <location filename="../common.py" line="105" />
        <source>Hibernating</source>
        <translation>خفته</translation>
    </message>
    <message>
        <location filename="../common.py" line="106" />
        <source>(no purchase yet)</source>
        <translation>(هنوز خریدی نکرده)</translation>
    </message>
    <message>
        <location filename="../common.py" line="114" />
        <location filename="../customer.py" line="111" />
        <location filename="../retention.py" line="100" />
        <source>(no tier)</source>
        <translation>(بدون سطح)</translation>
    </message>
    <message>
        <location filename="../common.py" line="114" />
        <source>(no tag)</source>
        <translation>(بدون برچسب)</translation>
    </message>
    <message>
        <location filename="../common.py" line="115" />
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
</context>
<context>
    <name>SupportReport</name>
    <message>
        <location filename="../retention.py" line="109" />
        <location filename="../support.py" line="68" />
        <location filename="../support.py" line="138" />
        <source>(no category)</source>
        <translation>(بدون دسته)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="111" />
        <location filename="../support.py" line="60" />
        <location filename="../support.py" line="70" />
        <location filename="../support.py" line="134" />
        <source>Tickets</source>
        <translation>تیکت‌ها</translation>
    </message>
    <message>
        <location filename="../retention.py" line="112" />
        <location filename="../support.py" line="71" />
        <source>Low CSAT (1–2), % of answers</source>
        <translation>رضایت پایین (۱–۲)، ٪ پاسخ‌ها</translation>
    </message>
    <message>
        <location filename="../support.py" line="72" />
        <location filename="../support.py" line="88" />
        <location filename="../support.py" line="161" />
        <source>Support report</source>
        <translation>گزارش پشتیبانی</translation>
    </message>
    <message>
        <location filename="../support.py" line="95" />
        <source>%1 h</source>
        <translation>%1 ساعت</translation>
    </message>
    <message>
        <location filename="../support.py" line="97" />
        <source>Key figures</source>
        <translation>ارقام کلیدی</translation>
    </message>
    <message>
        <location filename="../support.py" line="98" />
        <source>Figure</source>
        <translation>شاخص</translation>
    </message>
    <message>
        <location filename="../support.py" line="98" />
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location filename="../support.py" line="99" />
        <source>How it is computed</source>
        <translation>روش محاسبه</translation>
    </message>
    <message>
        <location filename="../support.py" line="100" />
        <source>Tickets created</source>
        <translation>تیکت‌های ایجادشده</translation>
    </message>
    <message>
        <location filename="../support.py" line="101" />
        <source>Answered / resolved</source>
        <translation>پاسخ‌داده / حل‌شده</translation>
    </message>
    <message>
        <location filename="../support.py" line="102" />
        <source>First response time (median)</source>
        <translation>زمان نخستین پاسخ (میانه)</translation>
    </message>
    <message>
        <location filename="../support.py" line="103" />
        <source>median of (first response − created) over %1 answered tickets; mean %2</source>
        <translation>میانهٔ (نخستین پاسخ − ایجاد) روی %1 تیکت پاسخ‌داده؛ میانگین %2</translation>
    </message>
    <message>
        <location filename="../support.py" line="105" />
        <source>Resolution time (median)</source>
        <translation>زمان حل (میانه)</translation>
    </message>
    <message>
        <location filename="../support.py" line="106" />
        <source>median of (resolved − created) over %1 resolved tickets; mean %2</source>
        <translation>میانهٔ (حل − ایجاد) روی %1 تیکت حل‌شده؛ میانگین %2</translation>
    </message>
    <message>
        <location filename="../support.py" line="114" />
        <location filename="../support.py" line="118" />
        <source>no answers</source>
        <translation>پاسخی نیست</translation>
    </message>
    <message>
        <location filename="../support.py" line="120" />
        <source>SLA: a ticket meets its target when answered/resolved by its due time; it is breached when done late, or not done and already due on the as-of date.</source>
        <translation>SLA: تیکتی که تا مهلتش پاسخ/حل شود هدف را رعایت کرده؛ اگر دیرتر انجام شود، یا انجام نشده و مهلتش در تاریخ گزارش گذشته باشد، نقض شده است.</translation>
    </message>
    <message>
        <location filename="../support.py" line="124" />
        <source>Trends</source>
        <translation>روندها</translation>
    </message>
    <message>
        <location filename="../support.py" line="127" />
        <source>Tickets and SLA attainment by %1</source>
        <translation>تیکت‌ها و رعایت SLA به تفکیک %1</translation>
    </message>
    <message>
        <location filename="../support.py" line="130" />
        <source>Pain points</source>
        <translation>نقاط درد</translation>
    </message>
    <message>
        <location filename="../support.py" line="134" />
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location filename="../support.py" line="135" />
        <source>Period before</source>
        <translation>دورهٔ پیش</translation>
    </message>
    <message>
        <location filename="../support.py" line="135" />
        <source>Change</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <location filename="../support.py" line="136" />
        <source>CSAT answers</source>
        <translation>پاسخ‌های رضایت</translation>
    </message>
    <message>
        <location filename="../support.py" line="136" />
        <source>Low CSAT (1–2)</source>
        <translation>رضایت پایین (۱–۲)</translation>
    </message>
    <message>
        <location filename="../support.py" line="137" />
        <source>Detractors</source>
        <translation>منتقدان</translation>
    </message>
    <message>
        <location filename="../support.py" line="143" />
        <source>No tickets in the period.</source>
        <translation>در این دوره تیکتی نیست.</translation>
    </message>
    <message>
        <location filename="../support.py" line="145" />
        <source>Feedback by source</source>
        <translation>بازخورد به تفکیک منبع</translation>
    </message>
    <message>
        <location filename="../support.py" line="146" />
        <location filename="../support.py" line="157" />
        <source>Survey</source>
        <translation>نظرسنجی</translation>
    </message>
    <message>
        <location filename="../support.py" line="146" />
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location filename="../support.py" line="147" />
        <source>Answers</source>
        <translation>پاسخ‌ها</translation>
    </message>
    <message>
        <location filename="../support.py" line="147" />
        <source>Bad answers</source>
        <translation>پاسخ‌های بد</translation>
    </message>
    <message>
        <location filename="../support.py" line="148" />
        <location filename="../support.py" line="157" />
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location filename="../support.py" line="153" />
        <source>Unhappy customers who have not bought since</source>
        <translation>مشتریان ناراضی که از آن پس خرید نکرده‌اند</translation>
    </message>
    <message>
        <location filename="../support.py" line="154" />
        <source>Their latest answer was CSAT 1–2 or NPS 0–6 and they have not ordered since (newest first).</source>
        <translation>آخرین پاسخشان رضایت ۱–۲ یا NPS ۰–۶ بوده و از آن پس سفارشی نداده‌اند (تازه‌ترین نخست).</translation>
    </message>
    <message>
        <location filename="../support.py" line="158" />
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../support.py" line="158" />
        <source>Comment</source>
        <translation>نظر</translation>
    </message>
    <message>
        <location filename="../support.py" line="160" />
        <source>Nobody.</source>
        <translation>هیچ‌کس.</translation>
    </message>
    <message>
        <location filename="../support.py" line="167" />
        <source>no ticket due yet</source>
        <translation>هنوز تیکتی سررسید نشده</translation>
    </message>
</context>
</TS>