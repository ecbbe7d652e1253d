<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>Activity</name>
    <message>
        <location filename="../../ui/profile_header.py" line="+17"/>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>در معرض ریزش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactivated</source>
        <translation>بازگشته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lapsed</source>
        <translation>ریزش‌کرده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No purchase yet</source>
        <translation>هنوز خرید نکرده</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../ui/loyalty_dialogs.py" line="+95"/>
        <source>Adjust points</source>
        <translation>اصلاح امتیاز</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why (required; kept in the audit log)</source>
        <translation>دلیل (الزامی؛ در گزارش ممیزی ثبت می‌شود)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>مانده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points (+/−)</source>
        <translation>امتیاز (+/−)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A manual adjustment needs a reason.</source>
        <translation>برای اصلاح دستی، ذکر دلیل لازم است.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the points to add (+) or take away (−).</source>
        <translation>امتیازی را که باید افزوده (+) یا کسر (−) شود وارد کنید.</translation>
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
        <translation>پایگاه داده باز نشد:
⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>BadgeTile</name>
    <message>
        <location filename="../../ui/loyalty_tab.py" line="+49"/>
        <source>not yet</source>
        <translation>هنوز کسب نشده</translation>
    </message>
</context>
<context>
    <name>CampaignsView</name>
    <message>
        <location filename="../../ui/campaigns_view.py" line="+37"/>
        <source>Leaderboard: points earned</source>
        <translation>جدول برترین‌ها: امتیاز کسب‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthdays this week</source>
        <translation>تولدهای این هفته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anniversaries this month</source>
        <translation>سالگردهای این ماه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points expiring in 30 days</source>
        <translation>امتیازهایی که تا ۳۰ روز دیگر منقضی می‌شوند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close to the next tier</source>
        <translation>نزدیک به سطح بعدی</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Period</source>
        <translation>بازه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>خروجی CSV…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+58"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank</source>
        <translation>رتبه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points earned</source>
        <translation>امتیاز کسب‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turns</source>
        <translation>سن جدید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First purchase</source>
        <translation>اولین خرید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years</source>
        <translation>سال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points expiring</source>
        <translation>امتیاز در آستانهٔ انقضا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>مانده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First expiry</source>
        <translation>نخستین انقضا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend (12 months)</source>
        <translation>خرید (۱۲ ماه)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next tier</source>
        <translation>سطح بعدی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>باقی‌مانده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>پیشرفت</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%Ln customers (the first %1; export for all)</source>
        <translation>
            <numerusform>%Ln مشتری (فقط %1 مورد اول نمایش داده می‌شود؛ برای همه، خروجی بگیرید)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln مشتری</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export CSV</source>
        <translation>خروجی CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting…</source>
        <translation>در حال ساخت خروجی…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln rows written to %1</source>
        <translation>
            <numerusform>%Ln ردیف در ⁨%1⁩ نوشته شد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="+394"/>
        <source>Check every row</source>
        <translation>بررسی همهٔ ردیف‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <location line="+25"/>
        <source>Nothing has been imported yet. Rows with problems are listed below.</source>
        <translation>هنوز چیزی وارد نشده است. ردیف‌های دارای مشکل در زیر آمده‌اند.</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+208"/>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location line="-207"/>
        <location line="+209"/>
        <source>Column</source>
        <translation>ستون</translation>
    </message>
    <message>
        <location line="-208"/>
        <location line="+210"/>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;ذخیرهٔ ردیف‌های ردشده…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the valid rows and leave out the rejected ones</source>
        <translation>ردیف‌های معتبر وارد و ردیف‌های ردشده کنار گذاشته شوند</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Checking every row…</source>
        <translation>در حال بررسی همهٔ ردیف‌ها…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Every row can be imported. Nothing has been imported yet.</source>
        <translation>همهٔ ردیف‌ها قابل ورودند. هنوز چیزی وارد نشده است.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file cannot be imported: %1</source>
        <translation>این فایل قابل ورود نیست: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save rejected rows</source>
        <translation>ذخیرهٔ ردیف‌های ردشده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>CouponDialog</name>
    <message>
        <location filename="../../ui/loyalty_dialogs.py" line="+10"/>
        <source>Issue coupon</source>
        <translation>صدور کوپن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Percentage</source>
        <translation>درصدی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (%1)</source>
        <translation>مبلغ (⁨%1⁩)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Discount</source>
        <translation>تخفیف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value (percent or whole currency units)</source>
        <translation>مقدار (درصد یا واحد کامل پول)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid for (days)</source>
        <translation>مدت اعتبار (روز)</translation>
    </message>
</context>
<context>
    <name>CouponRuleBox</name>
    <message>
        <location filename="../../ui/loyalty_settings.py" line="+58"/>
        <source>Issue automatically</source>
        <translation>صدور خودکار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Percentage</source>
        <translation>درصدی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>مبلغ ثابت</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Discount</source>
        <translation>تخفیف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid for (days)</source>
        <translation>مدت اعتبار (روز)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After orders from</source>
        <translation>برای سفارش‌های از</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the percentage must be a whole number from 1 to 100</source>
        <translation>%1: درصد باید عددی صحیح از ۱ تا ۱۰۰ باشد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the amount must be above zero</source>
        <translation>%1: مبلغ باید بیشتر از صفر باشد</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../ui/customer_form.py" line="+26"/>
        <source>Edit customer</source>
        <translation>ویرایش مشتری</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New customer</source>
        <translation>مشتری جدید</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name</source>
        <translation>&amp;نام</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Phone</source>
        <translation>&amp;تلفن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone &amp;2</source>
        <translation>تلفن &amp;دوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;mail</source>
        <translation>ای&amp;میل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email 2</source>
        <translation>ایمیل دوم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;ode</source>
        <translation>&amp;کد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assigned automatically</source>
        <translation>خودکار تعیین می‌شود</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not known</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Birthday</source>
        <translation>تاریخ ت&amp;ولد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;untry</source>
        <translation>ک&amp;شور</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not set)</source>
        <translation>(تعیین نشده)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags</source>
        <translation>&amp;برچسب‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma separated</source>
        <translation>با کاما جدا کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>پیامک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone calls</source>
        <translation>تماس تلفنی</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Marketing consent</source>
        <translation>رضایت بازاریابی</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Changed by someone else</source>
        <translation>کس دیگری آن را تغییر داده است</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not save: %1</source>
        <translation>ذخیره نشد: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please correct the marked fields. Nothing was saved.</source>
        <translation>لطفاً فیلدهای مشخص‌شده را اصلاح کنید. چیزی ذخیره نشد.</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../ui/customer_model.py" line="+15"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main phone</source>
        <translation>تلفن اصلی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last purchase</source>
        <translation>آخرین خرید</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../ui/customers_view.py" line="+73"/>
        <source>Could not load customers: %1</source>
        <translation>بارگذاری مشتریان ممکن نشد: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Searching…</source>
        <translation>در حال جستجو…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No customer matches “%1”</source>
        <translation>هیچ مشتری‌ای با «⁨%1⁩» مطابقت ندارد</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln matches for “%1”</source>
        <translation>
            <numerusform>%Ln نتیجه برای «⁨%1⁩»</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search failed: %1</source>
        <translation>جستجو ناموفق بود: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All customers, by name</source>
        <translation>همهٔ مشتریان، به ترتیب نام</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>All %Ln customers, by name</source>
        <translation>
            <numerusform>همهٔ %Ln مشتری، به ترتیب نام</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormMessages</name>
    <message>
        <location filename="../../ui/forms.py" line="+15"/>
        <source>the name is longer than 200 characters</source>
        <translation>نام بیش از ۲۰۰ نویسه است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an order needs at least one line</source>
        <translation>سفارش دست‌کم به یک ردیف نیاز دارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use a three-letter currency code</source>
        <translation>کد سه‌حرفی واحد پول را وارد کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>describe what was bought</source>
        <translation>بنویسید چه چیزی خریداری شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the quantity must be a whole number above 0</source>
        <translation>تعداد باید عددی صحیح و بیشتر از ۰ باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the price cannot be negative</source>
        <translation>قیمت نمی‌تواند منفی باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the subject is longer than 200 characters</source>
        <translation>موضوع بیش از ۲۰۰ نویسه است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many tags</source>
        <translation>تعداد برچسب‌ها بیش از حد است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>points per unit cannot be negative</source>
        <translation>امتیاز هر واحد نمی‌تواند منفی باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the spend unit must be above zero</source>
        <translation>واحد خرید باید بیشتر از صفر باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expiry cannot be negative (0 = never)</source>
        <translation>مدت انقضا نمی‌تواند منفی باشد (۰ = هرگز)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the tier window must be at least one month</source>
        <translation>بازهٔ محاسبهٔ سطح باید دست‌کم یک ماه باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a bonus cannot be negative</source>
        <translation>امتیاز هدیه نمی‌تواند منفی باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least one tier is needed</source>
        <translation>دست‌کم یک سطح لازم است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the entry tier must start at zero spend</source>
        <translation>سطح ورودی باید از خرید صفر شروع شود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must need more spend than %2</source>
        <translation>سطح ⁨%1⁩ باید به خرید بیشتری از ⁨%2⁩ نیاز داشته باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the multiplier cannot be negative</source>
        <translation>سطح ⁨%1⁩: ضریب نمی‌تواند منفی باشد</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../ui/import_labels.py" line="+18"/>
        <source>Customer code</source>
        <translation>کد مشتری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle name</source>
        <translation>نام میانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second phone</source>
        <translation>تلفن دوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second email</source>
        <translation>ایمیل دوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country (2 letters)</source>
        <translation>کشور (دو حرف)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer since</source>
        <translation>مشتری از</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email consent</source>
        <translation>رضایت به ایمیل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS consent</source>
        <translation>رضایت به پیامک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order number</source>
        <translation>شمارهٔ سفارش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>قیمت واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>محصول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer name</source>
        <translation>نام مشتری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>کانال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>تاریخ ایجاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>تاریخ حل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>تاریخ بستن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind (nps/csat)</source>
        <translation>نوع (nps/csat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>نمره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS score (0–10)</source>
        <translation>نمرهٔ NPS (۰ تا ۱۰)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT score (1–5)</source>
        <translation>نمرهٔ CSAT (۱ تا ۵)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>نظر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <location line="+36"/>
        <source>&apos;%1&apos; is not a valid date</source>
        <translation>تاریخ «%1» معتبر نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a date (use YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>مقدار «⁨%1⁩» تاریخ نیست (از YYYY-MM-DD یا DD/MM/YYYY استفاده کنید)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; could be day/month or month/day; choose the date format</source>
        <translation>مقدار «⁨%1⁩» می‌تواند روز/ماه یا ماه/روز باشد؛ قالب تاریخ را انتخاب کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a date in the day/month/year format of this column</source>
        <translation>مقدار «⁨%1⁩» در قالب روز/ماه/سال این ستون تاریخ نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a date in the month/day/year format of this column</source>
        <translation>مقدار «⁨%1⁩» در قالب ماه/روز/سال این ستون تاریخ نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos;: the year %2 is out of range</source>
        <translation>تاریخ «⁨%1⁩»: سال ⁨%2⁩ خارج از محدوده است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is in the future</source>
        <translation>تاریخ «⁨%1⁩» در آینده است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date is in the future</source>
        <translation>تاریخ در آینده است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date is before the ticket was created</source>
        <translation>تاریخ پیش از ایجاد تیکت است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a valid Persian date</source>
        <translation>مقدار ⁨%1⁩ تاریخ شمسی معتبری نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a number, not a date</source>
        <translation>مقدار ⁨%1⁩ عدد است، نه تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date is empty</source>
        <translation>تاریخ خالی است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter the date</source>
        <translation>تاریخ را وارد کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter the amount</source>
        <translation>مبلغ را وارد کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter the customer code</source>
        <translation>کد مشتری را وارد کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter the score</source>
        <translation>نمره را وارد کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not an amount (digit groups are not of three)</source>
        <translation>مقدار «⁨%1⁩» مبلغ نیست (گروه‌های رقم سه‌تایی نیستند)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not an amount</source>
        <translation>مقدار «⁨%1⁩» مبلغ نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the amount is not a number</source>
        <translation>مبلغ عدد نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the amount is empty</source>
        <translation>مبلغ خالی است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the amount is too large</source>
        <translation>مبلغ بیش از حد بزرگ است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a negative amount is a refund, not a purchase; leave it out</source>
        <translation>مبلغ منفی مرجوعی است، نه خرید؛ آن را کنار بگذارید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>مقدار «⁨%1⁩» عدد صحیح نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the %1 must be at least %2</source>
        <translation>مقدار ⁨%1⁩ باید دست‌کم ⁨%2⁩ باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the %1 must be at most %2</source>
        <translation>مقدار ⁨%1⁩ باید حداکثر ⁨%2⁩ باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the %1 is empty</source>
        <translation>فیلد ⁨%1⁩ خالی است</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the %1 is longer than %2 characters</source>
        <translation>فیلد ⁨%1⁩ بیش از ⁨%2⁩ نویسه است</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&apos;%1&apos; is not a three-letter currency code</source>
        <translation>مقدار «⁨%1⁩» کد سه‌حرفی واحد پول نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>مقدار «⁨%1⁩» بله یا خیر نیست</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a customer code is 1–32 characters without spaces</source>
        <translation>کد مشتری ۱ تا ۳۲ نویسه و بدون فاصله است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no customer has the code %1</source>
        <translation>هیچ مشتری‌ای کد ⁨%1⁩ را ندارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order %1 is for another customer (row %2)</source>
        <translation>سفارش ⁨%1⁩ برای مشتری دیگری است (ردیف ⁨%2⁩)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order %1 is in %2 (row %3)</source>
        <translation>سفارش ⁨%1⁩ به ⁨%2⁩ است (ردیف ⁨%3⁩)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order number %1 is already in the database for another customer</source>
        <translation>شمارهٔ سفارش ⁨%1⁩ از قبل برای مشتری دیگری در پایگاه داده هست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another line of order %1 (row %2) was rejected; fix that line and import the whole order again</source>
        <translation>سطر دیگری از سفارش ⁨%1⁩ (ردیف ⁨%2⁩) رد شد؛ آن سطر را اصلاح کنید و کل سفارش را دوباره وارد کنید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no order numbered %1</source>
        <translation>سفارشی با شمارهٔ ⁨%1⁩ نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter the customer&apos;s name</source>
        <translation>نام مشتری را وارد کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the two-letter country code (SA, IR, RU, US, ...)</source>
        <translation>از کد دوحرفی کشور استفاده کنید (SA، IR، RU، US، …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the birthday must be a past date after 1900</source>
        <translation>تاریخ تولد باید تاریخی گذشته و پس از ۱۹۰۰ باشد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter a phone number</source>
        <translation>شمارهٔ تلفن را وارد کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter an email address</source>
        <translation>ایمیل را وارد کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a valid phone number</source>
        <translation>شمارهٔ تلفن «⁨%1⁩» معتبر نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a phone number</source>
        <translation>مقدار «⁨%1⁩» شمارهٔ تلفن نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a valid email address: %2</source>
        <translation>ایمیل «⁨%1⁩» معتبر نیست: ⁨%2⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tag is longer than 64 characters</source>
        <translation>یکی از برچسب‌ها بیش از ۶۴ نویسه است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter a subject</source>
        <translation>موضوع را وارد کنید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown channel %1</source>
        <translation>کانال ناشناخته ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown priority %1</source>
        <translation>اولویت ناشناخته ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown status %1 (new, open, pending, resolved, closed)</source>
        <translation>وضعیت ناشناخته ⁨%1⁩ (new، open، pending، resolved، closed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown kind %1 (nps or csat)</source>
        <translation>نوع ناشناخته ⁨%1⁩ (nps یا csat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say whether the score is nps (0–10) or csat (1–5)</source>
        <translation>مشخص کنید نمره nps (۰ تا ۱۰) است یا csat (۱ تا ۵)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT is a score from 1 to 5</source>
        <translation>نمرهٔ CSAT از ۱ تا ۵ است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS is a score from 0 to 10</source>
        <translation>نمرهٔ NPS از ۰ تا ۱۰ است</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="-390"/>
        <source>Import data</source>
        <translation>ورود داده‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="-82"/>
        <source>Rows read: %1.</source>
        <translation>ردیف‌های خوانده‌شده: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported: %1.</source>
        <translation>واردشده: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can be imported: %1.</source>
        <translation>قابل ورود: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders: %1.</source>
        <translation>سفارش‌ها: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already in the database (left as they are): %1.</source>
        <translation>از قبل در پایگاه داده (بدون تغییر ماند): %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total lines left out: %1.</source>
        <translation>سطرهای جمع کنارگذاشته‌شده: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New customers for unknown codes: %1.</source>
        <translation>مشتریان جدید برای کدهای ناشناخته: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejected: %1.</source>
        <translation>ردشده: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible duplicates of existing customers: %1.</source>
        <translation>موارد احتمالاً تکراری از مشتریان موجود: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is nothing new to import.</source>
        <translation>چیز تازه‌ای برای ورود وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <location filename="../../ui/metrics_cards.py" line="+54"/>
        <source>vs previous period</source>
        <translation>نسبت به دورهٔ قبل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs a year earlier</source>
        <translation>نسبت به سال قبل</translation>
    </message>
</context>
<context>
    <name>KpiText</name>
    <message>
        <location filename="../../reports/kpis.py" line="+92"/>
        <source>pp</source>
        <translation>واحد درصد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>points</source>
        <translation>واحد</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>CRR: no customer was active at the start of the period</source>
        <translation>نرخ نگهداشت مشتری: در آغاز دوره هیچ مشتری فعالی نبود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRR = (E − N) / S × 100 = (%1 − %2) / %3 × 100 = %4</source>
        <translation>نرخ نگهداشت مشتری = (فعال در پایان − جدید) / فعال در آغاز × ۱۰۰ = (%1 − %2) / %3 × ۱۰۰ = %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Churn rate: no customer was active at the start of the period</source>
        <translation>نرخ ریزش: در آغاز دوره هیچ مشتری فعالی نبود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn rate = L / S × 100 = %1 / %2 × 100 = %3</source>
        <translation>نرخ ریزش = ازدست‌رفته / فعال در آغاز × ۱۰۰ = %1 / %2 × ۱۰۰ = %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Repeat purchase rate: no customer has bought yet</source>
        <translation>نرخ خرید مجدد: هنوز هیچ مشتری خریدی نکرده است</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat purchase rate = customers with 2+ purchase days / customers = %1 / %2 × 100 = %3</source>
        <translation>نرخ خرید مجدد = مشتریانی که در ۲ روز یا بیشتر خرید کرده‌اند / مشتریان = %1 / %2 × ۱۰۰ = %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Purchase frequency: no buyer in the period</source>
        <translation>دفعات خرید: در این دوره خریداری نبود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase frequency = purchase days / buyers = %1 / %2 = %3</source>
        <translation>دفعات خرید = روزهای خرید / خریداران = %1 / %2 = %3</translation>
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
        <translation>درآمد = مبلغ خالص %1 سفارش این دوره (جمع سفارش‌ها − مبالغ برگشتی آن‌ها) = %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Historical CLV: not enough history to estimate a lifespan</source>
        <translation>ارزش طول عمر تاریخی: سابقه برای برآورد طول عمر مشتری کافی نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLV = average purchase value × purchases per year × lifespan in years = %1 × %2 × %3 = %4</source>
        <translation>ارزش طول عمر = میانگین ارزش خرید × تعداد خرید در سال × طول عمر به سال = %1 × %2 × %3 = %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Predicted CLV: the models could not be fitted (%1)</source>
        <translation>ارزش طول عمر پیش‌بینی‌شده: برازش مدل‌ها ممکن نشد (⁨%1⁩)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicted CLV per customer = Σ over the next %1 months of expected purchase days (BG/NBD) × expected spend (Gamma-Gamma), discounted %2 per month = %3 / %4 customers = %5</source>
        <translation>ارزش طول عمر پیش‌بینی‌شده برای هر مشتری = مجموع روزهای خرید مورد انتظار (BG/NBD) × خرید مورد انتظار (Gamma-Gamma) در %1 ماه آینده، با تنزیل %2 در ماه = %3 / %4 مشتری = %5</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>NPS: no survey answer in the period</source>
        <translation>خالص امتیاز ترویج: در این دوره پاسخی به نظرسنجی نبود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NPS = % promoters − % detractors = %1 − %2 = %3 (%4 promoters, %5 passives, %6 detractors of %7 answers)</source>
        <translation>خالص امتیاز ترویج (NPS) = ٪ مروجان − ٪ منتقدان = %1 − %2 = %3 (%4 مروج، %5 بی‌طرف، %6 منتقد از %7 پاسخ)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CSAT: no answer in the period</source>
        <translation>رضایت مشتری: در این دوره پاسخی نبود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT = answers 4–5 / answers × 100 = %1 / %2 × 100 = %3</source>
        <translation>رضایت مشتری (CSAT) = پاسخ‌های ۴–۵ / همهٔ پاسخ‌ها × ۱۰۰ = %1 / %2 × ۱۰۰ = %3</translation>
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
        <translation>نرخ خرید مجدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase frequency</source>
        <translation>دفعات خرید</translation>
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
        <translation>خالص امتیاز ترویج (NPS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT</source>
        <translation>رضایت مشتری (CSAT)</translation>
    </message>
</context>
<context>
    <name>LoyaltySettingsPage</name>
    <message>
        <location filename="../../ui/loyalty_settings.py" line="-56"/>
        <source>%1: not a number</source>
        <translation>%1: عدد نیست</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Earning</source>
        <translation>کسب امتیاز</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>points for every</source>
        <translation>امتیاز به ازای هر</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bonus points</source>
        <translation>امتیاز هدیه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First purchase</source>
        <translation>اولین خرید</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birthday</source>
        <translation>تولد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback given</source>
        <translation>ثبت بازخورد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referral</source>
        <translation>معرفی مشتری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anniversary</source>
        <translation>سالگرد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expiry and windows</source>
        <translation>انقضا و بازه‌ها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points expire after (months)</source>
        <translation>انقضای امتیاز پس از (ماه)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier spend window (months)</source>
        <translation>بازهٔ محاسبهٔ خرید برای سطح (ماه)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday/anniversary grace (days)</source>
        <translation>مهلت تولد/سالگرد (روز)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+106"/>
        <source>From spend</source>
        <translation>از مبلغ خرید</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+103"/>
        <source>Multiplier</source>
        <translation>ضریب</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Perks</source>
        <translation>مزایا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add tier</source>
        <translation>افزودن سطح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove tier</source>
        <translation>حذف سطح</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tiers (by net spend over the window)</source>
        <translation>سطح‌ها (بر اساس خرید خالص در بازه)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Thank-you coupon after a purchase</source>
        <translation>کوپن تشکر پس از خرید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday offer</source>
        <translation>پیشنهاد تولد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer after six months with us</source>
        <translation>پیشنهاد پس از شش ماه همراهی</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save as new version</source>
        <translation>ذخیره به‌عنوان نسخهٔ جدید</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Current rules: version %1</source>
        <translation>قوانین فعلی: نسخهٔ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current rules: defaults (not saved yet)</source>
        <translation>قوانین فعلی: پیش‌فرض (هنوز ذخیره نشده)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Tier %1 needs a code</source>
        <translation>سطح %1 به کد نیاز دارد</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Spend unit</source>
        <translation>واحد خرید</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved as version %1</source>
        <translation>به‌عنوان نسخهٔ %1 ذخیره شد</translation>
    </message>
</context>
<context>
    <name>LoyaltyTab</name>
    <message>
        <location filename="../../ui/loyalty_tab.py" line="+34"/>
        <source>Redeem…</source>
        <translation>استفاده از امتیاز…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adjust…</source>
        <translation>اصلاح…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue coupon…</source>
        <translation>صدور کوپن…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Points balance</source>
        <translation>موجودی امتیاز</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Badges</source>
        <translation>نشان‌ها</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>مانده</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Expires</source>
        <translation>انقضا</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer</source>
        <translation>پیشنهاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>منشأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <comment>date column</comment>
        <translation>تاریخ صدور</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Redeemed (order %1)</source>
        <comment>coupon status</comment>
        <translation>استفاده‌شده (سفارش %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <comment>coupon status</comment>
        <translation>صادرشده</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redeemed</source>
        <comment>coupon status</comment>
        <translation>استفاده‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <comment>coupon status</comment>
        <translation>منقضی</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Points ledger</source>
        <translation>گردش امتیاز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coupons</source>
        <translation>کوپن‌ها</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Earned</source>
        <translation>کسب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bonus</source>
        <translation>هدیه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redeemed</source>
        <translation>استفاده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>انقضا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adjustment</source>
        <translation>اصلاح دستی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund reversal</source>
        <translation>برگشت به‌دلیل مرجوعی</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1</source>
        <translation>سفارش %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oldest points, due by %1</source>
        <translation>قدیمی‌ترین امتیازها، با سررسید %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reward</source>
        <translation>جایزه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thank-you</source>
        <translation>تشکر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birthday</source>
        <translation>تولد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anniversary</source>
        <translation>سالگرد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By hand</source>
        <translation>دستی</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not load the loyalty data: %1</source>
        <translation>بارگذاری داده‌های وفاداری ممکن نشد: ⁨%1⁩</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln points</source>
        <translation>
            <numerusform>%Ln امتیاز</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Top tier</source>
        <translation>بالاترین سطح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend in the last 12 months: %1</source>
        <translation>خرید در ۱۲ ماه گذشته: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spend in the last 12 months: %1 · %2 more to reach %3</source>
        <translation>خرید در ۱۲ ماه گذشته: ⁨%1⁩ · ⁨%2⁩ دیگر تا رسیدن به ⁨%3⁩</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln points expire by %1</source>
        <translation>
            <numerusform>%Ln امتیاز تا %1 منقضی می‌شود</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No points expire in the next 30 days</source>
        <translation>در ۳۰ روز آینده امتیازی منقضی نمی‌شود</translation>
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
        <translation>جستجوی مشتری: نام، تلفن، ایمیل، کد یا برچسب  (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support</source>
        <translation>پشتیبانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyalty</source>
        <translation>وفاداری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics</source>
        <translation>شاخص‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%Ln results in %1 ms</source>
        <translation>
            <numerusform>%Ln نتیجه در %1 میلی‌ثانیه</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Settings saved</source>
        <translation>تنظیمات ذخیره شد</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New customer…</source>
        <translation>مشتری &amp;جدید…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import…</source>
        <translation>&amp;ورود داده…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export a &amp;report…</source>
        <translation>خروجی &amp;گزارش…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;all data…</source>
        <translation>خروجی &amp;همهٔ داده‌ها…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Retain CRM</source>
        <translation>&amp;درباره Retain CRM</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+5"/>
        <location line="+13"/>
        <source>Export all data</source>
        <translation>خروجی همهٔ داده‌ها</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Zipped CSV files (*.zip);;Excel workbook (*.xlsx)</source>
        <translation>فایل‌های CSV فشرده (*.zip);;کارپوشهٔ اکسل (*.xlsx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting all data…</source>
        <translation>در حال خروجی گرفتن از همهٔ داده‌ها…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 rows of %2 tables saved to %3</source>
        <translation>%1 ردیف از %2 جدول در ⁨%3⁩ ذخیره شد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The export failed: %1</source>
        <translation>خروجی گرفتن ناموفق بود: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export cancelled; no file was written.</source>
        <translation>خروجی لغو شد؛ فایلی نوشته نشد.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Loyalty: today&apos;s evaluation is done (%1 changes: expiries, birthdays, tiers, badges, coupons)</source>
        <translation>وفاداری: ارزیابی امروز انجام شد (%1 تغییر: انقضا، تولدها، سطح‌ها، نشان‌ها، کوپن‌ها)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>About Retain CRM</source>
        <translation>درباره Retain CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retain CRM %1
Customer retention for small businesses.</source>
        <translation>Retain CRM %1
نگهداشت مشتری برای کسب‌وکارهای کوچک.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="+143"/>
        <source>Match the columns</source>
        <translation>تطبیق ستون‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what each column holds. The preview shows the first rows as they will be imported.</source>
        <translation>بررسی کنید هر ستون چه چیزی دارد. پیش‌نمایش، ردیف‌های اول را همان‌طور که وارد خواهند شد نشان می‌دهد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Column in the file</source>
        <translation>ستون در فایل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported as</source>
        <translation>ورود به‌عنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First value</source>
        <translation>نخستین مقدار</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Preview (first rows, as they will be imported):</source>
        <translation>پیش‌نمایش (ردیف‌های اول، همان‌طور که وارد می‌شوند):</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading the file…</source>
        <translation>در حال خواندن فایل…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This file cannot be imported: %1</source>
        <translation>این فایل قابل ورود نیست: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>day/month/year</source>
        <translation>روز/ماه/سال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>month/day/year</source>
        <translation>ماه/روز/سال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab</source>
        <translation>تب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encoding %1</source>
        <translation>کدگذاری %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delimiter %1</source>
        <translation>جداکننده %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sheet %1</source>
        <translation>برگهٔ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dates %1</source>
        <translation>تاریخ‌ها %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decimal mark “%1”</source>
        <translation>ممیز اعشار «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 columns</source>
        <translation>%1 ستون</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No column is imported as: %1</source>
        <translation>هیچ ستونی به این عنوان‌ها وارد نمی‌شود: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(no header)</source>
        <translation>(بدون عنوان)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— not imported —</source>
        <translation>— وارد نمی‌شود —</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems</source>
        <translation>مشکلات</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A total line: left out</source>
        <translation>سطر جمع: کنار گذاشته شد</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/merge_dialog.py" line="+17"/>
        <source>Merge %1 with…</source>
        <translation>ادغام ⁨%1⁩ با…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find the duplicate: name, phone, email or code</source>
        <translation>یافتن مورد تکراری: نام، تلفن، ایمیل یا کد</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep %1 (%2); fold the other one into it</source>
        <translation>مشتری ⁨%1⁩ (⁨%2⁩) بماند و دیگری در آن ادغام شود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the selected customer; fold %1 into it</source>
        <translation>مشتری انتخاب‌شده بماند و ⁨%1⁩ در آن ادغام شود</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All orders, points, tickets, feedback and notes move to the customer you keep. The merge is recorded in the audit log and the timeline.</source>
        <translation>همهٔ سفارش‌ها، امتیازها، تیکت‌ها، بازخوردها و یادداشت‌ها به مشتری‌ای که می‌ماند منتقل می‌شوند. ادغام در گزارش ممیزی و خط زمانی ثبت می‌شود.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Merge</source>
        <translation>&amp;ادغام</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select the duplicate customer first.</source>
        <translation>ابتدا مشتری تکراری را انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Merge failed</source>
        <translation>ادغام ناموفق بود</translation>
    </message>
</context>
<context>
    <name>MetricsCharts</name>
    <message>
        <location filename="../../ui/metrics_charts.py" line="+61"/>
        <source>No retention history yet.</source>
        <translation>هنوز سابقه‌ای از نگهداشت نیست.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retention and churn by period, with the year before</source>
        <translation>نگهداشت و ریزش به تفکیک دوره، همراه با سال قبل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRR</source>
        <translation>نرخ نگهداشت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Churn rate</source>
        <translation>نرخ ریزش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 a year earlier</source>
        <translation>%1 در سال قبل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No cohorts yet.</source>
        <translation>هنوز گروهی نیست.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cohort retention (% of the cohort buying)</source>
        <translation>نگهداشت گروه‌ها (٪ از گروه که خرید کرده‌اند)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periods since the first purchase</source>
        <translation>دوره‌ها از اولین خرید</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No revenue yet.</source>
        <translation>هنوز درآمدی نیست.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revenue by month</source>
        <translation>درآمد به تفکیک ماه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenue</source>
        <translation>درآمد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A year earlier</source>
        <translation>سال قبل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Predicted CLV needs fitted models (see the Predicted CLV card).</source>
        <translation>ارزش طول عمر پیش‌بینی‌شده به مدل‌های برازش‌شده نیاز دارد (کارت «ارزش طول عمر پیش‌بینی‌شده برای هر مشتری» را ببینید).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicted CLV per customer</source>
        <translation>ارزش طول عمر پیش‌بینی‌شده برای هر مشتری</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <source>Predicted CLV</source>
        <translation>ارزش طول عمر پیش‌بینی‌شده</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+9"/>
        <location line="+15"/>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Mean</source>
        <translation>میانگین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 customers above %2</source>
        <translation>%1 مشتری بالای %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No loyalty tiers yet.</source>
        <translation>هنوز سطح وفاداری تعریف نشده است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tier</source>
        <translation>بدون سطح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers by loyalty tier</source>
        <translation>مشتریان به تفکیک سطح وفاداری</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P(alive) needs a fitted BG/NBD model.</source>
        <translation>احتمال ماندگاری به مدل BG/NBD برازش‌شده نیاز دارد.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>P(alive) and predicted CLV</source>
        <translation>احتمال ماندگاری و ارزش طول عمر پیش‌بینی‌شده</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P(alive)</source>
        <translation>احتمال ماندگاری</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Win-back candidates</source>
        <translation>نامزدهای بازگرداندن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 customers shown</source>
        <translation>نمایش %1 از %2 مشتری</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No tickets in the period.</source>
        <translation>در این دوره تیکتی نیست.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uncategorised</source>
        <translation>بدون دسته</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain points: tickets by category</source>
        <translation>نقاط درد: تیکت‌ها به تفکیک دسته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low CSAT (1–2), % of answers</source>
        <translation>پاسخ‌های CSAT پایین (۱–۲)، ٪</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tickets</source>
        <translation>تیکت‌ها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No survey answers yet.</source>
        <translation>هنوز پاسخی به نظرسنجی نیست.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NPS and CSAT by period</source>
        <translation>خالص امتیاز ترویج و رضایت مشتری به تفکیک دوره</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NPS</source>
        <translation>خالص امتیاز ترویج (NPS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT</source>
        <translation>رضایت مشتری (CSAT)</translation>
    </message>
</context>
<context>
    <name>MetricsTable</name>
    <message>
        <location filename="../../ui/metrics_tables.py" line="+64"/>
        <source>&amp;Export…</source>
        <translation>&amp;خروجی…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Export table</source>
        <translation>خروجی جدول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>کارپوشهٔ اکسل (*.xlsx);;فایل CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 rows saved to %2</source>
        <translation>⁨%1⁩ ردیف در ⁨%2⁩ ذخیره شد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not save the file: %1</source>
        <translation>ذخیرهٔ فایل ممکن نشد: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>MetricsView</name>
    <message>
        <location filename="../../ui/metrics_view.py" line="+46"/>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarter</source>
        <translation>فصل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No segments</source>
        <translation>بدون بخش‌بندی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity segment</source>
        <translation>بخش فعالیت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RFM segment</source>
        <translation>بخش RFM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acquisition cohort</source>
        <translation>گروه جذب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tag</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> months</source>
        <translation> ماه</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> % a month</source>
        <translation> ٪ در ماه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of</source>
        <translation>تا تاریخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>بازه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn window</source>
        <translation>بازهٔ ریزش</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segments by</source>
        <translation>بخش‌بندی بر اساس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLV horizon</source>
        <translation>افق CLV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discount rate</source>
        <translation>نرخ تنزیل</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Cancel</source>
        <translation>&amp;لغو</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;به‌روزرسانی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PDF &amp;report…</source>
        <translation>خروجی &amp;گزارش PDF…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Click a figure to see how it is calculated.</source>
        <translation>روی یک شاخص کلیک کنید تا نحوهٔ محاسبه‌اش را ببینید.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Segment</source>
        <translation>بخش</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active at start</source>
        <translation>فعال در آغاز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active at end</source>
        <translation>فعال در پایان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>ازدست‌رفته</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CRR</source>
        <translation>نرخ نگهداشت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn rate</source>
        <translation>نرخ ریزش</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Historical CLV</source>
        <translation>ارزش طول عمر تاریخی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+8"/>
        <source>Spent to date</source>
        <translation>خرید تا امروز</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+9"/>
        <source>Predicted CLV</source>
        <translation>ارزش طول عمر پیش‌بینی‌شده</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+6"/>
        <location line="+5"/>
        <source>P(alive)</source>
        <translation>احتمال ماندگاری</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+5"/>
        <source>Last purchase</source>
        <translation>آخرین خرید</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Usual gap (days)</source>
        <translation>فاصلهٔ معمول (روز)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since last purchase</source>
        <translation>روز از آخرین خرید</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected purchases</source>
        <translation>خریدهای مورد انتظار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segments</source>
        <translation>بخش‌ها</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Win-back</source>
        <translation>بازگرداندن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>در معرض ریزش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top predicted CLV</source>
        <translation>بیشترین CLV پیش‌بینی‌شده</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Computing…</source>
        <translation>در حال محاسبه…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unchanged data: shown from memory</source>
        <translation>داده‌ها تغییری نکرده‌اند: از حافظه نمایش داده شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computed in %1 s</source>
        <translation>در %1 ثانیه محاسبه شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 customers, %2 with purchases</source>
        <translation>%1 مشتری، %2 با خرید</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Computing… %1</source>
        <translation>در حال محاسبه… %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled; the figures shown are from before.</source>
        <translation>لغو شد؛ ارقام نمایش‌داده‌شده مربوط به قبل است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>لغو شد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reading orders</source>
        <translation>خواندن سفارش‌ها</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reading feedback</source>
        <translation>خواندن بازخوردها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reading tickets</source>
        <translation>خواندن تیکت‌ها</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>data loaded</source>
        <translation>داده‌ها بارگذاری شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data from cache</source>
        <translation>داده‌ها از حافظه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fitting BG/NBD</source>
        <translation>برازش BG/NBD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fitting Gamma-Gamma</source>
        <translation>برازش Gamma-Gamma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>predicting</source>
        <translation>پیش‌بینی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected purchases</source>
        <translation>خریدهای مورد انتظار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CLV done</source>
        <translation>ارزش طول عمر محاسبه شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feedback and tickets</source>
        <translation>بازخورد و تیکت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cohorts and RFM</source>
        <translation>گروه‌ها و RFM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>customer lists</source>
        <translation>فهرست‌های مشتریان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>پایان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>previous periods</source>
        <translation>دوره‌های قبلی</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelling…</source>
        <translation>در حال لغو…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not compute the metrics: %1</source>
        <translation>محاسبهٔ شاخص‌ها ممکن نشد: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2 – %3 (as of %4)</source>
        <translation>%1: %2 – %3 (تا %4)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose “Segments by” above to compare segments.</source>
        <translation>برای مقایسهٔ بخش‌ها، «بخش‌بندی بر اساس» را در بالا انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valuable customers the model thinks are probably gone (P(alive) &lt; 0.5).</source>
        <translation>مشتریان باارزشی که به گمان مدل احتمالاً رفته‌اند (احتمال ماندگاری &lt; ۰٫۵).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No purchase for longer than their usual gap, still inside the churn window.</source>
        <translation>بیش از فاصلهٔ معمولشان خرید نکرده‌اند، اما هنوز در بازهٔ ریزش هستند.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers with the highest predicted value over the horizon.</source>
        <translation>مشتریانی با بیشترین ارزش پیش‌بینی‌شده در افق زمانی.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/note_dialog.py" line="+12"/>
        <source>Add note</source>
        <translation>افزودن یادداشت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened, what was promised…</source>
        <translation>چه اتفاقی افتاد، چه قولی داده شد…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The note is empty.</source>
        <translation>یادداشت خالی است.</translation>
    </message>
</context>
<context>
    <name>NpsDialog</name>
    <message>
        <location filename="../../ui/nps_dialog.py" line="+28"/>
        <source>Record NPS answer</source>
        <translation>ثبت پاسخ NPS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>choose 0–10</source>
        <translation>از ۰ تا ۱۰ انتخاب کنید</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Survey</source>
        <translation>نظرسنجی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In store</source>
        <translation>در فروشگاه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Social</source>
        <translation>شبکه‌های اجتماعی</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How likely to &amp;recommend us (0–10)</source>
        <translation>احتمال &amp;توصیهٔ ما به دیگران (۰ تا ۱۰)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation>&amp;منبع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comment</source>
        <translation>&amp;نظر</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a score from 0 to 10.</source>
        <translation>نمره‌ای از ۰ تا ۱۰ انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing was saved. %1</source>
        <translation>چیزی ذخیره نشد. ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../ui/order_form.py" line="+27"/>
        <source>Record purchase</source>
        <translation>ثبت خرید</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>optional, e.g. the receipt number</source>
        <translation>اختیاری، مثلاً شمارهٔ رسید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date</source>
        <translation>&amp;تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order &amp;number</source>
        <translation>&amp;شمارهٔ سفارش</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <translation>کالا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price (%1)</source>
        <translation>قیمت واحد (⁨%1⁩)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add line</source>
        <translation>&amp;افزودن ردیف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove line</source>
        <translation>&amp;حذف ردیف</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Total: %1</source>
        <translation>جمع: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total: —</source>
        <translation>جمع: —</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not save: %1</source>
        <translation>ذخیره نشد: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was saved.</source>
        <translation>چیزی ذخیره نشد.</translation>
    </message>
</context>
<context>
    <name>PainPointsView</name>
    <message>
        <location filename="../../ui/painpoints_view.py" line="+52"/>
        <source>By volume</source>
        <translation>بر اساس تعداد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By share of low CSAT</source>
        <translation>بر اساس سهم CSAT پایین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By share of detractors</source>
        <translation>بر اساس سهم منتقدان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By trend</source>
        <translation>بر اساس روند</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Rank:</source>
        <translation>&amp;رتبه‌بندی:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(بدون دسته)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets</source>
        <translation>تیکت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>Trend</source>
        <translation>روند</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>%1 in the previous period</source>
        <translation>%1 در دورهٔ قبل</translation>
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
            <numerusform>%Ln پاسخ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low CSAT (1–2)</source>
        <translation>CSAT پایین (۱–۲)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detractors</source>
        <translation>منتقدان</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %Ln customers with an NPS answer</source>
        <translation>
            <numerusform>%1 از %Ln مشتری دارای پاسخ NPS</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>تاریخ ثبت</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All tickets of the category</source>
        <translation>همهٔ تیکت‌های این دسته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only tickets rated CSAT 1–2</source>
        <translation>فقط تیکت‌های با CSAT ۱–۲</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Survey</source>
        <translation>نظرسنجی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers</source>
        <translation>پاسخ‌ها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>نمره</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad (CSAT 1–2 / NPS 0–6)</source>
        <translation>منفی (CSAT ۱–۲ / NPS ۰–۶)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last feedback</source>
        <translation>آخرین بازخورد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation>تیکت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>نظر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ticket categories</source>
        <translation>دسته‌های تیکت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback</source>
        <translation>بازخورد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unhappy, not back</source>
        <translation>ناراضی، بازنگشته</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last 90 days: %1 – %2, compared with the 90 days before</source>
        <translation>۹۰ روز اخیر: %1 – %2، در مقایسه با ۹۰ روز پیش از آن</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unhappy, not back (%1)</source>
        <translation>ناراضی، بازنگشته (%1)</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <location filename="../../ui/i18n.py" line="+112"/>
        <source>Q%1 %2</source>
        <translation>فصل %1 %2</translation>
    </message>
</context>
<context>
    <name>ProfileHeader</name>
    <message>
        <location filename="../../ui/profile_header.py" line="+7"/>
        <source>No purchase yet</source>
        <translation>هنوز خریدی ندارد</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln year(s)</source>
        <translation>
            <numerusform>%Ln سال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln ماه</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer for %1, since %2</source>
        <translation>مشتری از %2 (%1)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total spent</source>
        <translation>مجموع خرید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average order</source>
        <translation>میانگین سفارش</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First purchase</source>
        <translation>اولین خرید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last purchase</source>
        <translation>آخرین خرید</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open tickets</source>
        <translation>تیکت‌های باز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P(alive)</source>
        <translation>احتمال ماندگاری</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Predicted CLV</source>
        <translation>ارزش طول عمر پیش‌بینی‌شده</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No phone or email</source>
        <translation>تلفن یا ایمیلی ثبت نشده</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open the Metrics page once to fit the models that predict these.</source>
        <translation>یک بار صفحهٔ «شاخص‌ها» را باز کنید تا مدل‌هایی که این مقادیر را پیش‌بینی می‌کنند برازش شوند.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>BG/NBD and Gamma-Gamma fitted on the data to %1; next %Ln month(s): %2 purchase days expected.</source>
        <translation>
            <numerusform>مدل‌های BG/NBD و Gamma-Gamma با داده‌های تا %1 برازش شده‌اند؛ روزهای خرید مورد انتظار در %Ln ماه آینده: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <location filename="../../ui/profile_view.py" line="+100"/>
        <source>Type a name, phone, email or code in the search box (Ctrl+K),
then press Enter to open the customer.</source>
        <translation>نام، تلفن، ایمیل یا کد را در کادر جستجو (Ctrl+K) بنویسید،
سپس Enter را بزنید تا مشتری باز شود.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;purchase</source>
        <translation>ثبت &amp;خرید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;note</source>
        <translation>افزودن &amp;یادداشت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge…</source>
        <translation>&amp;ادغام…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile &amp;report…</source>
        <translation>&amp;گزارش پرونده…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data &amp;privacy</source>
        <translation>&amp;حریم خصوصی داده‌ها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export all of this customer&apos;s data…</source>
        <translation>خروجی همهٔ داده‌های این مشتری…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase this customer&apos;s personal data…</source>
        <translation>پاک کردن داده‌های شخصی این مشتری…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+40"/>
        <location line="+4"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Order</source>
        <translation>سفارش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>اقلام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>مبلغ برگشتی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>خالص</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <translation>کالا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qty</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>قیمت واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Opened</source>
        <translation>تاریخ ثبت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>کانال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>تاریخ حل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survey</source>
        <translation>نظرسنجی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>نمره</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>نظر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>نویسنده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purchases</source>
        <translation>خریدها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyalty</source>
        <translation>وفاداری</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;ticket…</source>
        <translation>&amp;تیکت جدید…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open ticket</source>
        <translation>&amp;باز کردن تیکت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tickets</source>
        <translation>تیکت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record NPS &amp;answer…</source>
        <translation>ثبت پا&amp;سخ NPS…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feedback</source>
        <translation>بازخورد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Tickets (%1)</source>
        <translation>تیکت‌ها (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback (%1)</source>
        <translation>بازخورد (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes (%1)</source>
        <translation>یادداشت‌ها (%1)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Retain CRM</source>
        <translation>Retain CRM</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Note not saved</source>
        <translation>یادداشت ذخیره نشد</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Save the customer&apos;s data as</source>
        <translation>ذخیرهٔ داده‌های مشتری با نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zip archive (*.zip)</source>
        <translation>بایگانی Zip (*.zip)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customer data exported</source>
        <translation>از داده‌های مشتری خروجی گرفته شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All data of %1 was saved to %2.</source>
        <translation>همهٔ داده‌های ⁨%1⁩ در ⁨%2⁩ ذخیره شد.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+7"/>
        <source>Erase personal data</source>
        <translation>پاک کردن داده‌های شخصی</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>This removes the name, phones, emails, notes and texts of %1 (%2) for good. Orders, points, tickets and scores stay, without the person.

Why (e.g. the customer&apos;s request of today)?</source>
        <translation>با این کار نام، تلفن‌ها، ایمیل‌ها، یادداشت‌ها و متن‌های ⁨%1⁩ (⁨%2⁩) برای همیشه پاک می‌شود. سفارش‌ها، امتیازها، تیکت‌ها و نمره‌ها می‌مانند، اما بدون هویت شخص.

دلیل چیست (مثلاً درخواست امروز مشتری)؟</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was erased: a reason is needed for the audit log.</source>
        <translation>چیزی پاک نشد: برای گزارش ممیزی، دلیل لازم است.</translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <location filename="../../ui/loyalty_dialogs.py" line="-93"/>
        <source>Redeem points</source>
        <translation>استفاده از امتیاز</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points only (no coupon)</source>
        <translation>فقط امتیاز (بدون کوپن)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 — %Ln points (%2)</source>
        <translation>
            <numerusform>⁨%1⁩ — %Ln امتیاز (%2)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the points were spent on</source>
        <translation>امتیاز صرف چه چیزی شد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balance</source>
        <translation>مانده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward</source>
        <translation>جایزه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <location filename="../../ui/reference_labels.py" line="+11"/>
        <source>Bronze</source>
        <translation>برنزی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Silver</source>
        <translation>نقره‌ای</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gold</source>
        <translation>طلایی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First purchase</source>
        <translation>اولین خرید</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>5 visits</source>
        <translation>۵ مراجعه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 visits</source>
        <translation>۱۰ مراجعه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One year with us</source>
        <translation>یک سال با ما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Five years with us</source>
        <translation>پنج سال با ما</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Big spender</source>
        <translation>خریدار بزرگ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer</source>
        <translation>نظردهنده</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referrer</source>
        <translation>معرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comeback</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3-month streak</source>
        <translation>۳ ماه پیاپی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery delay</source>
        <translation>تأخیر در ارسال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Damaged item</source>
        <translation>کالای آسیب‌دیده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong item</source>
        <translation>کالای اشتباه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Billing</source>
        <translation>صورتحساب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund request</source>
        <translation>درخواست بازپرداخت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product question</source>
        <translation>پرسش دربارهٔ محصول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account and login</source>
        <translation>حساب کاربری و ورود</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loyalty points</source>
        <translation>امتیاز وفاداری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store experience</source>
        <translation>تجربهٔ فروشگاه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Website and app</source>
        <translation>وب‌سایت و اپلیکیشن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>5.00 off</source>
        <translation>۵٫۰۰ تخفیف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>10 % off</source>
        <translation>۱۰٪ تخفیف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>25.00 off</source>
        <translation>۲۵٫۰۰ تخفیف</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/report_dialog.py" line="+37"/>
        <source>Export a PDF report</source>
        <translation>خروجی گزارش PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retention report</source>
        <translation>گزارش نگهداشت مشتری</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer profile</source>
        <translation>پروندهٔ مشتری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support report</source>
        <translation>گزارش پشتیبانی</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>customer code, e.g. C0000042</source>
        <translation>کد مشتری، مثلاً C0000042</translation>
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
        <translation>&amp;مرور…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Report</source>
        <translation>&amp;گزارش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ustomer</source>
        <translation>م&amp;شتری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper</source>
        <translation>&amp;کاغذ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as</source>
        <translation>ذخیره &amp;با نام</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Create PDF</source>
        <translation>&amp;ساخت PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view and print…</source>
        <translation>&amp;پیش‌نمایش و چاپ…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Save the report as</source>
        <translation>ذخیرهٔ گزارش با نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>سند PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter the customer&apos;s code.</source>
        <translation>کد مشتری را وارد کنید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a file in an existing folder.</source>
        <translation>فایلی در پوشه‌ای موجود انتخاب کنید.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Saved %1 (%Ln page(s)).</source>
        <translation>
            <numerusform>ذخیره شد: ⁨%1⁩ (%Ln صفحه).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The report could not be made: %1</source>
        <translation>ساخت گزارش ممکن نشد: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled; no file was written.</source>
        <translation>لغو شد؛ فایلی نوشته نشد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Building the report…</source>
        <translation>در حال ساخت گزارش…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling…</source>
        <translation>در حال لغو…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Preview: %1</source>
        <translation>پیش‌نمایش: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="+136"/>
        <source>Import</source>
        <translation>ورود داده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A backup of the database is taken first. Cancelling leaves the database as it was.</source>
        <translation>ابتدا از پایگاه داده پشتیبان گرفته می‌شود. با لغو، پایگاه داده همان‌طور که بود می‌ماند.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel import</source>
        <translation>لغو ورود داده</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+12"/>
        <source>Importing…</source>
        <translation>در حال ورود داده…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Importing… (a backup is taken first)</source>
        <translation>در حال ورود داده… (ابتدا پشتیبان گرفته می‌شود)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling…</source>
        <translation>در حال لغو…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing was imported: rows were rejected. Go back to see them.</source>
        <translation>چیزی وارد نشد: برخی ردیف‌ها رد شدند. برای دیدن آن‌ها به مرحلهٔ قبل برگردید.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import cancelled. The database is unchanged.</source>
        <translation>ورود داده لغو شد. پایگاه داده تغییری نکرد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The import failed and nothing was changed: %1</source>
        <translation>ورود داده ناموفق بود و چیزی تغییر نکرد: %1</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <location filename="../../reports/common.py" line="+97"/>
        <source>Prospect</source>
        <translation>مشتری بالقوه</translation>
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
        <translation>(هنوز خرید نکرده)</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages.py" line="+85"/>
        <source>Business</source>
        <translation>کسب‌وکار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyalty program</source>
        <translation>باشگاه مشتریان</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/settings_view.py" line="+28"/>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an image for the cover of the reports (optional)</source>
        <translation>تصویری برای جلد گزارش‌ها (اختیاری)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;مرور…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Business</source>
        <translation>کسب‌وکار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business name</source>
        <translation>نام کسب‌وکار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency (ISO code)</source>
        <translation>واحد پول (کد ISO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default phone region</source>
        <translation>منطقهٔ پیش‌فرض تلفن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn window</source>
        <translation>بازهٔ ریزش</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Logo for reports</source>
        <translation>لوگوی گزارش‌ها</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>This computer</source>
        <translation>این رایانه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies when the app starts again.</source>
        <translation>زبان جدید پس از اجرای دوبارهٔ برنامه اعمال می‌شود.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save settings</source>
        <translation>&amp;ذخیرهٔ تنظیمات</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>تصاویر (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use a three-letter currency code and a two-letter region code.</source>
        <translation>کد سه‌حرفی واحد پول و کد دوحرفی منطقه را وارد کنید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The logo file does not exist: %1</source>
        <translation>فایل لوگو وجود ندارد: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="-425"/>
        <source>Choose a file</source>
        <translation>انتخاب فایل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV file (any delimiter and encoding) or an Excel workbook (.xlsx).</source>
        <translation>فایل CSV (با هر جداکننده و کدگذاری) یا کارپوشهٔ اکسل (.xlsx).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File to import</source>
        <translation>فایلی که وارد می‌شود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;مرور…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purchases</source>
        <translation>خریدها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support tickets</source>
        <translation>تیکت‌های پشتیبانی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feedback (NPS, CSAT)</source>
        <translation>بازخورد (NPS، CSAT)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Detect automatically</source>
        <translation>تشخیص خودکار</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Windows-1256 (Arabic)</source>
        <translation>Windows-1256 (عربی)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (سیریلیک)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma</source>
        <translation>کاما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon</source>
        <translation>نقطه‌ویرگول</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tab</source>
        <translation>تب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vertical bar</source>
        <translation>خط عمودی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detect from the file</source>
        <translation>تشخیص از روی فایل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day/month/year</source>
        <translation>روز/ماه/سال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month/day/year</source>
        <translation>ماه/روز/سال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create customers for unknown customer codes</source>
        <translation>ساخت مشتری برای کدهای مشتری ناشناخته</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File:</source>
        <translation>فایل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it holds:</source>
        <translation>محتوا:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding:</source>
        <translation>کدگذاری:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimiter:</source>
        <translation>جداکننده:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates like 03/04/2024:</source>
        <translation>تاریخ‌هایی مانند 03/04/2024:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 or %2</source>
        <translation>%1 یا %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needed columns: %1. Optional: %2. Headers are recognized in English, Arabic, Persian and Russian, and you can match any column by hand on the next page.</source>
        <translation>ستون‌های لازم: %1. اختیاری: %2. عنوان ستون‌ها به انگلیسی، عربی، فارسی و روسی شناخته می‌شوند و در صفحهٔ بعد می‌توانید هر ستونی را دستی تطبیق دهید.</translation>
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
        <translation>ورود فایل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>صفحه‌گسترده‌ها (*.csv *.txt *.tsv *.xlsx);;همهٔ فایل‌ها (*)</translation>
    </message>
</context>
<context>
    <name>SpendChart</name>
    <message>
        <location filename="../../ui/charts.py" line="+136"/>
        <source>No purchases to chart</source>
        <translation>خریدی برای نمودار وجود ندارد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Net spend per month</source>
        <translation>خرید خالص ماهانه</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="+366"/>
        <source>Done</source>
        <translation>پایان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data is in the database.</source>
        <translation>داده‌ها در پایگاه داده ثبت شدند.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Possible duplicates of existing customers: choose one and Merge, or double-click it.</source>
        <translation>موارد احتمالاً تکراری از مشتریان موجود: یکی را انتخاب و «ادغام» کنید، یا روی آن دوبار کلیک کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customer</source>
        <translation>مشتری جدید</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Existing customer</source>
        <translation>مشتری موجود</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>same name</source>
        <translation>نام یکسان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same email or phone</source>
        <translation>ایمیل یا تلفن یکسان</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Merge…</source>
        <translation>&amp;ادغام…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge the new customer into the existing one</source>
        <translation>ادغام مشتری جدید در مشتری موجود</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;ذخیرهٔ ردیف‌های ردشده…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows left out (not imported):</source>
        <translation>ردیف‌های کنارگذاشته‌شده (وارد نشدند):</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Took %1 s.</source>
        <translation>%1 ثانیه طول کشید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup taken before the import: %1</source>
        <translation>پشتیبان پیش از ورود داده: %1</translation>
    </message>
</context>
<context>
    <name>Support</name>
    <message>
        <location filename="../../ui/support_labels.py" line="+10"/>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>حل‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>بسته</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Low</source>
        <translation>پایین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>عادی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>بالا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>فوری</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Chat</source>
        <translation>گفتگو</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+15"/>
        <source>Social</source>
        <translation>شبکه‌های اجتماعی</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+12"/>
        <source>In person</source>
        <translation>حضوری</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Web</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Survey</source>
        <translation>نظرسنجی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation>تیکت</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In store</source>
        <translation>در فروشگاه</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <location filename="../../ui/pages.py" line="-31"/>
        <source>Ticket queue</source>
        <translation>صف تیکت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain points</source>
        <translation>نقاط درد</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <location filename="../../ui/ticket_dialog.py" line="+83"/>
        <source>Please correct the marked fields.</source>
        <translation>لطفاً فیلدهای مشخص‌شده را اصلاح کنید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong; nothing was saved.
%1</source>
        <translation>مشکلی پیش آمد؛ چیزی ذخیره نشد.
⁨%1⁩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New ticket</source>
        <translation>تیکت جدید</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+201"/>
        <source>No customer</source>
        <translation>بدون مشتری</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>What is the problem, in a few words</source>
        <translation>مشکل چیست، در چند کلمه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details, order number, what was promised…</source>
        <translation>جزئیات، شمارهٔ سفارش، چه قولی داده شد…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject</source>
        <translation>&amp;موضوع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Details</source>
        <translation>&amp;جزئیات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel</source>
        <translation>&amp;کانال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ca&amp;tegory</source>
        <translation>&amp;دسته</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+97"/>
        <source>&amp;Priority</source>
        <translation>&amp;اولویت</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>&amp;Assignee</source>
        <translation>م&amp;سئول</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create ticket</source>
        <translation>ایجاد تیکت</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>(none)</source>
        <translation>(بدون دسته)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(unassigned)</source>
        <translation>(بدون مسئول)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter a subject.</source>
        <translation>موضوع را وارد کنید.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ticket #%1</source>
        <translation>تیکت #%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Sa&amp;ve changes</source>
        <translation>&amp;ذخیرهٔ تغییرات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;tatus</source>
        <translation>&amp;وضعیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assi&amp;gnee</source>
        <translation>م&amp;سئول</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Categor&amp;y</source>
        <translation>&amp;دسته</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Write a reply to the customer (Ctrl+Enter sends)…</source>
        <translation>پاسخی برای مشتری بنویسید (Ctrl+Enter برای ارسال)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Internal note (not sent to the customer)</source>
        <translation>&amp;یادداشت داخلی (برای مشتری ارسال نمی‌شود)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Send</source>
        <translation>ارسا&amp;ل</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not asked</source>
        <translation>پرسیده نشده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resolve</source>
        <translation>&amp;حل تیکت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolve</source>
        <translation>حل تیکت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer satisfaction (&amp;CSAT):</source>
        <translation>رضایت مشتری (&amp;CSAT):</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>very satisfied</source>
        <translation>بسیار راضی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>satisfied</source>
        <translation>راضی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>neutral</source>
        <translation>بی‌نظر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dissatisfied</source>
        <translation>ناراضی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>very dissatisfied</source>
        <translation>بسیار ناراضی</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Opened %1 by %2</source>
        <translation>ثبت در %1 از طریق %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>first response %1</source>
        <translation>اولین پاسخ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolved %1</source>
        <translation>حل شده %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSAT %1 of 5</source>
        <translation>CSAT %1 از ۵</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: no target</source>
        <translation>%1: بدون مهلت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: due %2</source>
        <translation>%1: مهلت %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — breached</source>
        <translation>%1 — مهلت گذشته</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First response</source>
        <translation>اولین پاسخ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution</source>
        <translation>حل</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>System</source>
        <translation>سیستم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 ← %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Internal note</source>
        <translation>یادداشت داخلی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reply</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The reply is empty.</source>
        <translation>پاسخ خالی است.</translation>
    </message>
</context>
<context>
    <name>TicketsView</name>
    <message>
        <location filename="../../ui/tickets_view.py" line="+91"/>
        <source>Open work</source>
        <translation>کارهای باز</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All</source>
        <translation>همه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New ticket…</source>
        <translation>&amp;تیکت جدید…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search subject, or #number</source>
        <translation>جستجو در موضوع یا #شماره</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any priority</source>
        <translation>هر اولویتی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any channel</source>
        <translation>هر کانالی</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+111"/>
        <source>Anyone</source>
        <translation>هر کسی</translation>
    </message>
    <message>
        <location line="-111"/>
        <location line="+111"/>
        <source>Unassigned</source>
        <translation>بدون مسئول</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+111"/>
        <source>Any category</source>
        <translation>هر دسته‌ای</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Any SLA</source>
        <translation>هر SLA</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+159"/>
        <source>SLA breached</source>
        <translation>نقض SLA</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Due within 4 hours</source>
        <translation>مهلت تا ۴ ساعت دیگر</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>کانال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>تاریخ ثبت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next due</source>
        <translation>مهلت بعدی</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Set s&amp;tatus</source>
        <translation>تعیین &amp;وضعیت</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Assign to</source>
        <translation>وا&amp;گذاری به</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;customer</source>
        <translation>باز کردن &amp;مشتری</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Nobody (unassign)</source>
        <translation>هیچ‌کس (حذف مسئول)</translation>
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
        <translation>مهلت اولین پاسخ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution due: %1</source>
        <translation>مهلت حل: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln tickets loaded; scroll for more</source>
        <translation>
            <numerusform>%Ln تیکت بارگذاری شد؛ برای دیدن بیشتر، پیمایش کنید</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln tickets</source>
        <translation>
            <numerusform>%Ln تیکت</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This column cannot be sorted.</source>
        <translation>این ستون قابل مرتب‌سازی نیست.</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%Ln tickets changed</source>
        <translation>
            <numerusform>%Ln تیکت تغییر کرد</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The change failed; nothing was saved.</source>
        <translation>تغییر ناموفق بود؛ چیزی ذخیره نشد.</translation>
    </message>
</context>
</TS>
