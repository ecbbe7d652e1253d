<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>CustomerReport</name>
    <message>
        <location filename="../customer.py" line="+58"/>
        <source>Net spend</source>
        <translation>خالص خرید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer profile</source>
        <translation>پروندهٔ مشتری</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>status: %1</source>
        <translation>وضعیت: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2 years, %3 months)</source>
        <translation>%1 (%2 سال، %3 ماه)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts</source>
        <translation>راه‌های تماس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer since</source>
        <translation>مشتری از</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures as of</source>
        <translation>ارقام تا تاریخ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged into</source>
        <translation>ادغام‌شده در</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figures</source>
        <translation>ارقام</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Purchase days</source>
        <translation>روزهای خرید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total spent (net of refunds)</source>
        <translation>کل خرید (پس از بازپرداخت‌ها)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average order value</source>
        <translation>میانگین ارزش سفارش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First purchase</source>
        <translation>نخستین خرید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last purchase</source>
        <translation>آخرین خرید</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Points balance</source>
        <translation>موجودی امتیاز</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Open tickets</source>
        <translation>تیکت‌های باز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P(alive)</source>
        <translation>احتمال ماندگاری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected purchase days, next %1 months</source>
        <translation>روزهای خرید پیش‌بینی‌شده در %1 ماه آینده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicted CLV, next %1 months</source>
        <translation>ارزش طول عمر پیش‌بینی‌شده در %1 ماه آینده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models fitted on the data to</source>
        <translation>برازش مدل‌ها با داده‌های تا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net spend by month</source>
        <translation>خالص خرید به تفکیک ماه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The newest %1 of %2 orders.</source>
        <translation>%1 سفارش تازه از %2 سفارش.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <location line="+17"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Order</source>
        <translation>سفارش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>اقلام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>بازپرداخت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net</source>
        <translation>خالص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>کانال</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No orders.</source>
        <translation>سفارشی ثبت نشده است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loyalty</source>
        <translation>وفاداری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badges</source>
        <translation>نشان‌ها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coupons</source>
        <translation>کوپن‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Discount</source>
        <translation>تخفیف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>انقضا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points ledger</source>
        <translation>دفتر امتیازها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Balance</source>
        <translation>مانده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>علت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No points yet.</source>
        <translation>هنوز امتیازی نیست.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tickets</source>
        <translation>تیکت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation>تیکت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>ایجاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>حل‌شده</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tickets.</source>
        <translation>تیکتی نیست.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback</source>
        <translation>بازخورد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>نظرسنجی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>نظر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No feedback.</source>
        <translation>بازخوردی نیست.</translation>
    </message>
</context>
<context>
    <name>KpiText</name>
    <message>
        <location filename="../kpis.py" line="+92"/>
        <source>pp</source>
        <translation>واحد درصد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>CRR: no customer was active at the start of the period</source>
        <translation>نرخ نگهداشت: در آغاز دوره هیچ مشتری فعالی نبود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRR = (E − N) / S × 100 = (%1 − %2) / %3 × 100 = %4</source>
        <translation>نرخ نگهداشت = (E − N) / S × ۱۰۰ = (%1 − %2) / %3 × ۱۰۰ = %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Churn rate: no customer was active at the start of the period</source>
        <translation>نرخ ریزش: در آغاز دوره هیچ مشتری فعالی نبود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn rate = L / S × 100 = %1 / %2 × 100 = %3</source>
        <translation>نرخ ریزش = L / S × ۱۰۰ = %1 / %2 × ۱۰۰ = %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Repeat purchase rate: no customer has bought yet</source>
        <translation>نرخ خرید تکراری: هنوز مشتری‌ای خرید نکرده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat purchase rate = customers with 2+ purchase days / customers = %1 / %2 × 100 = %3</source>
        <translation>نرخ خرید تکراری = مشتریان با ۲ روز خرید یا بیشتر / مشتریان = %1 / %2 × ۱۰۰ = %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Purchase frequency: no buyer in the period</source>
        <translation>تناوب خرید: در این دوره خریداری نبود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase frequency = purchase days / buyers = %1 / %2 = %3</source>
        <translation>تناوب خرید = روزهای خرید / خریداران = %1 / %2 = %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AOV: no order in the period</source>
        <translation>میانگین ارزش سفارش: در این دوره سفارشی نبود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AOV = revenue / orders = %1 / %2 = %3</source>
        <translation>میانگین ارزش سفارش = درآمد / سفارش‌ها = %1 / %2 = %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revenue = net amount of the %1 orders in the period (order totals − their refunds) = %2</source>
        <translation>درآمد = مبلغ خالص %1 سفارش دوره (جمع سفارش‌ها − بازپرداخت‌ها) = %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Historical CLV: not enough history to estimate a lifespan</source>
        <translation>ارزش طول عمر تاریخی: سابقه برای برآورد طول عمر کافی نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLV = average purchase value × purchases per year × lifespan in years = %1 × %2 × %3 = %4</source>
        <translation>ارزش طول عمر = میانگین ارزش خرید × خرید در سال × طول عمر به سال = %1 × %2 × %3 = %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Predicted CLV: the models could not be fitted (%1)</source>
        <translation>ارزش طول عمر پیش‌بینی‌شده: برازش مدل‌ها ممکن نشد (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicted CLV per customer = Σ over the next %1 months of expected purchase days (BG/NBD) × expected spend (Gamma-Gamma), discounted %2 per month = %3 / %4 customers = %5</source>
        <translation>ارزش طول عمر پیش‌بینی‌شده برای هر مشتری = Σ روزهای خرید پیش‌بینی‌شده (BG/NBD) × خرید پیش‌بینی‌شده (Gamma-Gamma) در %1 ماه آینده، با تنزیل %2 در ماه = %3 / %4 مشتری = %5</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>NPS: no survey answer in the period</source>
        <translation>NPS: در این دوره پاسخی نبود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NPS = % promoters − % detractors = %1 − %2 = %3 (%4 promoters, %5 passives, %6 detractors of %7 answers)</source>
        <translation>NPS = ٪ مروجان − ٪ منتقدان = %1 − %2 = %3 (%4 مروج، %5 بی‌طرف، %6 منتقد از %7 پاسخ)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CSAT: no answer in the period</source>
        <translation>رضایت مشتری: در این دوره پاسخی نبود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT = answers 4–5 / answers × 100 = %1 / %2 × 100 = %3</source>
        <translation>رضایت مشتری = پاسخ‌های ۴–۵ / پاسخ‌ها × ۱۰۰ = %1 / %2 × ۱۰۰ = %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SLA attainment: no ticket was due in the period</source>
        <translation>رعایت SLA: در این دوره مهلت هیچ تیکتی نرسید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLA attainment = targets met / targets due × 100 = (%1 + %2) / (%3 + %4) × 100 = %5 (first response %6, resolution %7)</source>
        <translation>رعایت SLA = مهلت‌های رعایت‌شده / مهلت‌های سررسیده × ۱۰۰ = (%1 + %2) / (%3 + %4) × ۱۰۰ = %5 (اولین پاسخ %6، حل %7)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SLA attainment</source>
        <translation>رعایت SLA</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Customer retention rate</source>
        <translation>نرخ نگهداشت مشتری</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Churn rate</source>
        <translation>نرخ ریزش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat purchase rate</source>
        <translation>نرخ خرید تکراری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase frequency</source>
        <translation>تناوب خرید</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average order value</source>
        <translation>میانگین ارزش سفارش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>درآمد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Historical CLV</source>
        <translation>ارزش طول عمر تاریخی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicted CLV per customer</source>
        <translation>ارزش طول عمر پیش‌بینی‌شده برای هر مشتری</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT</source>
        <translation>رضایت مشتری</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../parts.py" line="+58"/>
        <source>Generated %1 · Retain CRM</source>
        <translation>تهیه‌شده در %1 · Retain CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page %1 of %2</source>
        <translation>صفحهٔ %1 از %2</translation>
    </message>
    <message>
        <location filename="../pdf.py" line="+172"/>
        <source>Q%1 %2</source>
        <translation>فصل %1 %2</translation>
    </message>
    <message>
        <location filename="../retention.py" line="+145"/>
        <location filename="../support.py" line="+57"/>
        <location line="+45"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../support.py" line="-45"/>
        <location line="+42"/>
        <source>CSAT</source>
        <translation>رضایت مشتری</translation>
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
        <translation>(تا امروز)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="-120"/>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of</source>
        <translation>تا تاریخ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <translation>تاریخ تهیه</translation>
    </message>
    <message>
        <location filename="../parts.py" line="-12"/>
        <source>month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>quarter</source>
        <translation>فصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>سال</translation>
    </message>
    <message>
        <location filename="../support.py" line="-46"/>
        <location line="+41"/>
        <source>First response SLA attainment</source>
        <translation>رعایت مهلت نخستین پاسخ</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+42"/>
        <source>Resolution SLA attainment</source>
        <translation>رعایت مهلت حل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>answers 4–5 / answers × 100 = %1 / %2 × 100 = %3</source>
        <translation>پاسخ‌های ۴–۵ / پاسخ‌ها × ۱۰۰ = %1 / %2 × ۱۰۰ = %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>% promoters (9–10) − % detractors (0–6) = %1 − %2 = %3 (%4 answers)</source>
        <translation>٪ مروجان (۹–۱۰) − ٪ منتقدان (۰–۶) = %1 − %2 = %3 (%4 پاسخ)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>met / (met + breached) × 100 = %1 / (%1 + %2) × 100 = %3</source>
        <translation>رعایت‌شده / (رعایت‌شده + نقض‌شده) × ۱۰۰ = %1 / (%1 + %2) × ۱۰۰ = %3</translation>
    </message>
</context>
<context>
    <name>RetentionReport</name>
    <message>
        <location filename="../retention.py" line="-172"/>
        <location line="+257"/>
        <source>Retention report</source>
        <translation>گزارش نگهداشت مشتری</translation>
    </message>
    <message>
        <location line="-205"/>
        <location line="+177"/>
        <source>CRR</source>
        <translation>نرخ نگهداشت</translation>
    </message>
    <message>
        <location line="-177"/>
        <location line="+125"/>
        <location line="+53"/>
        <source>Churn rate</source>
        <translation>نرخ ریزش</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>{} a year earlier</source>
        <translation>{} یک سال پیش</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Months since the first purchase</source>
        <translation>ماه‌ها از نخستین خرید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarters since the first purchase</source>
        <translation>فصل‌ها از نخستین خرید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years since the first purchase</source>
        <translation>سال‌ها از نخستین خرید</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+109"/>
        <source>Revenue</source>
        <translation>درآمد</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+123"/>
        <source>A year earlier</source>
        <translation>یک سال پیش</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+8"/>
        <location line="+80"/>
        <location line="+130"/>
        <source>Predicted CLV</source>
        <translation>ارزش طول عمر پیش‌بینی‌شده</translation>
    </message>
    <message>
        <location line="-222"/>
        <location line="+5"/>
        <location line="+7"/>
        <location line="+150"/>
        <location line="+11"/>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Mean</source>
        <translation>میانگین</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+212"/>
        <source>P(alive)</source>
        <translation>احتمال ماندگاری</translation>
    </message>
    <message>
        <location line="-210"/>
        <location line="+220"/>
        <source>Win-back list</source>
        <translation>فهرست بازگرداندن</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Churn window</source>
        <translation>بازهٔ ریزش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days without a purchase</source>
        <translation>%1 روز بدون خرید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next %1 months, discounted %2 per month</source>
        <translation>%1 ماه آینده، با تنزیل %2 در ماه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At a glance</source>
        <translation>در یک نگاه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer retention rate (CRR)</source>
        <translation>نرخ نگهداشت مشتری (CRR)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active customers</source>
        <translation>مشتریان فعال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicted CLV per customer</source>
        <translation>ارزش طول عمر پیش‌بینی‌شده برای هر مشتری</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key figures</source>
        <translation>ارقام کلیدی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; compared with the previous period (%2) and the same period a year earlier (%3).</source>
        <translation>%1؛ در مقایسه با دورهٔ پیشین (%2) و همین دوره در سال گذشته (%3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Figure</source>
        <translation>شاخص</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous period</source>
        <translation>دورهٔ پیشین</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How each figure is computed</source>
        <translation>هر شاخص چگونه محاسبه می‌شود</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retention</source>
        <translation>نگهداشت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRR and churn rate by %1, with the year before</source>
        <translation>نرخ نگهداشت و ریزش به تفکیک %1، همراه با سال پیش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort retention (% of each cohort buying in each period)</source>
        <translation>نگهداشت گروه‌ها (٪ هر گروه که در هر دوره خرید کرده)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue and loyalty tiers</source>
        <translation>درآمد و سطوح وفاداری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue by month</source>
        <translation>درآمد به تفکیک ماه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers by loyalty tier</source>
        <translation>مشتریان به تفکیک سطح وفاداری</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicted customer value</source>
        <translation>ارزش پیش‌بینی‌شدهٔ مشتریان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribution of predicted CLV</source>
        <translation>توزیع ارزش طول عمر پیش‌بینی‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P(alive) against predicted CLV</source>
        <translation>احتمال ماندگاری در برابر ارزش طول عمر پیش‌بینی‌شده</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A random %1 of the %2 customers with a prediction, and every customer of the win-back list.</source>
        <translation>نمونه‌ای تصادفی از %1 مشتری از میان %2 مشتری دارای پیش‌بینی، به‌همراه همهٔ مشتریان فهرست بازگرداندن.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer satisfaction</source>
        <translation>رضایت مشتریان</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../support.py" line="-40"/>
        <source>NPS and CSAT by %1</source>
        <translation>NPS و رضایت مشتری به تفکیک %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../support.py" line="+4"/>
        <source>Pain points: ticket categories, %1 – %2</source>
        <translation>نقاط درد: دسته‌های تیکت، %1 – %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retention and historical CLV per segment, %1 – %2.</source>
        <translation>نگهداشت و ارزش طول عمر تاریخی هر بخش، %1 – %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>Segment</source>
        <translation>بخش</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>At start (S)</source>
        <translation>در آغاز (S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At end (E)</source>
        <translation>در پایان (E)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New (N)</source>
        <translation>جدید (N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost (L)</source>
        <translation>ازدست‌رفته (L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Historical CLV</source>
        <translation>ارزش طول عمر تاریخی</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customers by activity on the as-of date</source>
        <translation>مشتریان به تفکیک فعالیت در تاریخ گزارش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>RFM segments on the as-of date</source>
        <translation>بخش‌های RFM در تاریخ گزارش</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No data for this chart in the period.</source>
        <translation>برای این نمودار در این دوره داده‌ای نیست.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Usual gap (days)</source>
        <translation>فاصلهٔ معمول (روز)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days since last purchase</source>
        <translation>روز از آخرین خرید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected purchase days</source>
        <translation>روزهای خرید پیش‌بینی‌شده</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customers who brought the most and are probably gone (P(alive) below 50 %), highest historical value first.</source>
        <translation>مشتریانی که بیشترین خرید را داشته‌اند و احتمالاً رفته‌اند (احتمال ماندگاری کمتر از ۵۰ ٪)، به ترتیب بیشترین ارزش تاریخی.</translation>
    </message>
    <message>
        <location line="-15"/>
        <location filename="../support.py" line="+24"/>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../support.py" line="+0"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Historical value</source>
        <translation>ارزش تاریخی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last purchase</source>
        <translation>آخرین خرید</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No customer qualifies.</source>
        <translation>مشتری واجد شرایط نیست.</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Model details</source>
        <translation>جزئیات مدل</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>%1 customers above %2</source>
        <translation>%1 مشتری بالای %2</translation>
    </message>
    <message>
        <location line="+230"/>
        <source>Customers at risk</source>
        <translation>مشتریان در معرض ریزش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No purchase for longer than their usual gap between purchases (1.5 × their mean gap), still inside the churn window; highest predicted CLV first.</source>
        <translation>مدتی طولانی‌تر از فاصلهٔ معمول میان خریدهایشان (۱٫۵ × میانگین فاصله) خرید نکرده‌اند و هنوز در بازهٔ ریزش‌اند؛ به ترتیب بیشترین ارزش طول عمر پیش‌بینی‌شده.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Top customers by predicted CLV</source>
        <translation>برترین مشتریان بر پایهٔ ارزش طول عمر پیش‌بینی‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The highest predicted CLV over the next %1 months (closed accounts left out).</source>
        <translation>بیشترین ارزش طول عمر پیش‌بینی‌شده در %1 ماه آینده (بدون حساب‌های بسته‌شده).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>BG/NBD r, α (purchase rate)</source>
        <translation>BG/NBD r، α (نرخ خرید)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BG/NBD a, b (dropout)</source>
        <translation>BG/NBD a، b (ریزش)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers in the fit (with repeat purchases)</source>
        <translation>مشتریان در برازش (با خرید تکراری)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BG/NBD</source>
        <translation>BG/NBD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gamma-Gamma p, q, γ (spend)</source>
        <translation>Gamma-Gamma p، q، γ (هزینه)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean spend per purchase day</source>
        <translation>میانگین خرید در هر روز خرید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gamma-Gamma</source>
        <translation>Gamma-Gamma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected purchase days over the horizon</source>
        <translation>روزهای خرید پیش‌بینی‌شده در افق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean P(alive)</source>
        <translation>میانگین احتمال ماندگاری</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Segments by activity</source>
        <translation>بخش‌ها به تفکیک فعالیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments by tier</source>
        <translation>بخش‌ها به تفکیک سطح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments by RFM</source>
        <translation>بخش‌ها به تفکیک RFM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments by cohort</source>
        <translation>بخش‌ها به تفکیک گروه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments by tag</source>
        <translation>بخش‌ها به تفکیک برچسب</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <location filename="../common.py" line="+97"/>
        <source>Prospect</source>
        <translation>بالقوه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>At risk</source>
        <translation>در معرض ریزش</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Reactivated</source>
        <translation>بازگشته</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lapsed</source>
        <translation>ریزش‌کرده</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Champions</source>
        <translation>قهرمانان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loyal</source>
        <translation>وفادار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Potential loyalists</source>
        <translation>وفاداران بالقوه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customers</source>
        <translation>مشتریان جدید</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Promising</source>
        <translation>امیدوارکننده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Need attention</source>
        <translation>نیازمند توجه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About to sleep</source>
        <translation>در آستانهٔ خواب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot lose them</source>
        <translation>نباید از دستشان داد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hibernating</source>
        <translation>خفته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no purchase yet)</source>
        <translation>(هنوز خریدی نکرده)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../customer.py" line="-86"/>
        <location filename="../retention.py" line="-288"/>
        <source>(no tier)</source>
        <translation>(بدون سطح)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no tag)</source>
        <translation>(بدون برچسب)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
</context>
<context>
    <name>SupportReport</name>
    <message>
        <location filename="../parts.py" line="+26"/>
        <location filename="../support.py" line="-18"/>
        <source>(no category)</source>
        <translation>(بدون دسته)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../support.py" line="-77"/>
        <location line="+73"/>
        <source>Tickets</source>
        <translation>تیکت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low CSAT (1–2), % of answers</source>
        <translation>رضایت پایین (۱–۲)، ٪ پاسخ‌ها</translation>
    </message>
    <message>
        <location filename="../support.py" line="-63"/>
        <location line="+14"/>
        <location line="+76"/>
        <source>Support report</source>
        <translation>گزارش پشتیبانی</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>%1 h</source>
        <translation>%1 ساعت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key figures</source>
        <translation>ارقام کلیدی</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Figure</source>
        <translation>شاخص</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it is computed</source>
        <translation>روش محاسبه</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Tickets created</source>
        <translation>تیکت‌های ایجادشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered / resolved</source>
        <translation>پاسخ‌داده / حل‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response time (median)</source>
        <translation>زمان نخستین پاسخ (میانه)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>median of (first response − created) over %1 answered tickets; mean %2</source>
        <translation>میانهٔ (نخستین پاسخ − ایجاد) روی %1 تیکت پاسخ‌داده؛ میانگین %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution time (median)</source>
        <translation>زمان حل (میانه)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>median of (resolved − created) over %1 resolved tickets; mean %2</source>
        <translation>میانهٔ (حل − ایجاد) روی %1 تیکت حل‌شده؛ میانگین %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SLA attainment, both targets</source>
        <translation>رعایت SLA، هر دو هدف</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>no answers</source>
        <translation>پاسخی نیست</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SLA: a ticket meets its target when answered/resolved by its due time; it is breached when done late, or not done and already due on the as-of date.</source>
        <translation>SLA: تیکتی که تا مهلتش پاسخ/حل شود هدف را رعایت کرده؛ اگر دیرتر انجام شود، یا انجام نشده و مهلتش در تاریخ گزارش گذشته باشد، نقض شده است.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trends</source>
        <translation>روندها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tickets and SLA attainment by %1</source>
        <translation>تیکت‌ها و رعایت SLA به تفکیک %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pain points</source>
        <translation>نقاط درد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period before</source>
        <translation>دورهٔ پیش</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT answers</source>
        <translation>پاسخ‌های رضایت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Low CSAT (1–2)</source>
        <translation>رضایت پایین (۱–۲)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detractors</source>
        <translation>منتقدان</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No tickets in the period.</source>
        <translation>در این دوره تیکتی نیست.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback by source</source>
        <translation>بازخورد به تفکیک منبع</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Survey</source>
        <translation>نظرسنجی</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers</source>
        <translation>پاسخ‌ها</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bad answers</source>
        <translation>پاسخ‌های بد</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Unhappy customers who have not bought since</source>
        <translation>مشتریان ناراضی که از آن پس خرید نکرده‌اند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their latest answer was CSAT 1–2 or NPS 0–6 and they have not ordered since (newest first).</source>
        <translation>آخرین پاسخشان رضایت ۱–۲ یا NPS ۰–۶ بوده و از آن پس سفارشی نداده‌اند (تازه‌ترین نخست).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>نظر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody.</source>
        <translation>هیچ‌کس.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no ticket due yet</source>
        <translation>هنوز تیکتی سررسید نشده</translation>
    </message>
</context>
</TS>
