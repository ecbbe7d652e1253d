<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CustomerReport</name>
    <message>
        <location filename="../customer.py" line="+58"/>
        <source>Net spend</source>
        <translation>Чистые покупки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer profile</source>
        <translation>Профиль клиента</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>status: %1</source>
        <translation>статус: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2 years, %3 months)</source>
        <translation>%1 (лет: %2, месяцев: %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer since</source>
        <translation>Клиент с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures as of</source>
        <translation>Данные на</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged into</source>
        <translation>Объединён с</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Purchase days</source>
        <translation>Дни покупок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total spent (net of refunds)</source>
        <translation>Всего потрачено (за вычетом возвратов)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average order value</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First purchase</source>
        <translation>Первая покупка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last purchase</source>
        <translation>Последняя покупка</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Points balance</source>
        <translation>Баланс баллов</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Open tickets</source>
        <translation>Открытые обращения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P(alive)</source>
        <translation>P(активен)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected purchase days, next %1 months</source>
        <translation>Ожидаемые дни покупок за следующие %1 мес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicted CLV, next %1 months</source>
        <translation>Прогноз CLV на %1 мес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models fitted on the data to</source>
        <translation>Модели обучены на данных по</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net spend by month</source>
        <translation>Чистые покупки по месяцам</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The newest %1 of %2 orders.</source>
        <translation>Последние %1 из %2 заказов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <location line="+17"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net</source>
        <translation>Нетто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No orders.</source>
        <translation>Заказов нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loyalty</source>
        <translation>Лояльность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badges</source>
        <translation>Значки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coupons</source>
        <translation>Купоны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points ledger</source>
        <translation>Журнал баллов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Balance</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No points yet.</source>
        <translation>Баллов пока нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tickets</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tickets.</source>
        <translation>Обращений нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback</source>
        <translation>Отзывы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>Опрос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No feedback.</source>
        <translation>Отзывов нет.</translation>
    </message>
</context>
<context>
    <name>KpiText</name>
    <message>
        <location filename="../kpis.py" line="+92"/>
        <source>pp</source>
        <translation>п. п.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>points</source>
        <translation>пунктов</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>CRR: no customer was active at the start of the period</source>
        <translation>CRR: на начало периода активных клиентов не было</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRR = (E − N) / S × 100 = (%1 − %2) / %3 × 100 = %4</source>
        <translation>CRR = (E − N) / S × 100 = (%1 − %2) / %3 × 100 = %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Churn rate: no customer was active at the start of the period</source>
        <translation>Отток: на начало периода активных клиентов не было</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn rate = L / S × 100 = %1 / %2 × 100 = %3</source>
        <translation>Отток = L / S × 100 = %1 / %2 × 100 = %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Repeat purchase rate: no customer has bought yet</source>
        <translation>Доля повторных покупок: покупок ещё не было</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat purchase rate = customers with 2+ purchase days / customers = %1 / %2 × 100 = %3</source>
        <translation>Доля повторных покупок = клиенты с 2+ днями покупок / клиенты = %1 / %2 × 100 = %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Purchase frequency: no buyer in the period</source>
        <translation>Частота покупок: покупателей в периоде нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase frequency = purchase days / buyers = %1 / %2 = %3</source>
        <translation>Частота покупок = дни покупок / покупатели = %1 / %2 = %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AOV: no order in the period</source>
        <translation>Средний чек: заказов в периоде нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AOV = revenue / orders = %1 / %2 = %3</source>
        <translation>Средний чек = выручка / заказы = %1 / %2 = %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revenue = net amount of the %1 orders in the period (order totals − their refunds) = %2</source>
        <translation>Выручка = нетто %1 заказов периода (суммы заказов − их возвраты) = %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Historical CLV: not enough history to estimate a lifespan</source>
        <translation>Исторический CLV: мало истории для оценки срока жизни</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLV = average purchase value × purchases per year × lifespan in years = %1 × %2 × %3 = %4</source>
        <translation>CLV = средняя покупка × покупок в год × срок жизни в годах = %1 × %2 × %3 = %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Predicted CLV: the models could not be fitted (%1)</source>
        <translation>Прогноз CLV: модели не удалось оценить (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicted CLV per customer = Σ over the next %1 months of expected purchase days (BG/NBD) × expected spend (Gamma-Gamma), discounted %2 per month = %3 / %4 customers = %5</source>
        <translation>Прогноз CLV на клиента = Σ за следующие %1 мес. ожидаемых дней покупок (BG/NBD) × ожидаемые траты (Gamma-Gamma) с дисконтом %2 в месяц = %3 / %4 клиентов = %5</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>NPS: no survey answer in the period</source>
        <translation>NPS: ответов за период нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NPS = % promoters − % detractors = %1 − %2 = %3 (%4 promoters, %5 passives, %6 detractors of %7 answers)</source>
        <translation>NPS = % промоутеров − % критиков = %1 − %2 = %3 (промоутеров %4, нейтральных %5, критиков %6 из %7 ответов)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CSAT: no answer in the period</source>
        <translation>CSAT: ответов за период нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT = answers 4–5 / answers × 100 = %1 / %2 × 100 = %3</source>
        <translation>CSAT = ответы 4–5 / ответы × 100 = %1 / %2 × 100 = %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SLA attainment: no ticket was due in the period</source>
        <translation>Соблюдение SLA: в периоде не было обращений со сроком</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLA attainment = targets met / targets due × 100 = (%1 + %2) / (%3 + %4) × 100 = %5 (first response %6, resolution %7)</source>
        <translation>Соблюдение SLA = соблюдённые сроки / наступившие сроки × 100 = (%1 + %2) / (%3 + %4) × 100 = %5 (первый ответ %6, решение %7)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SLA attainment</source>
        <translation>Соблюдение SLA</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Customer retention rate</source>
        <translation>Коэффициент удержания</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Churn rate</source>
        <translation>Отток</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat purchase rate</source>
        <translation>Доля повторных покупок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase frequency</source>
        <translation>Частота покупок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average order value</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Historical CLV</source>
        <translation>Исторический CLV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicted CLV per customer</source>
        <translation>Прогноз CLV на клиента</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../parts.py" line="+58"/>
        <source>Generated %1 · Retain CRM</source>
        <translation>Создано %1 · Retain CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <location filename="../pdf.py" line="+172"/>
        <source>Q%1 %2</source>
        <translation>%1 кв. %2</translation>
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
        <translation>CSAT</translation>
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
        <translation>(на текущую дату)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="-120"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of</source>
        <translation>На дату</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../parts.py" line="-12"/>
        <source>month</source>
        <translation>месяцам</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>quarter</source>
        <translation>кварталам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>годам</translation>
    </message>
    <message>
        <location filename="../support.py" line="-46"/>
        <location line="+41"/>
        <source>First response SLA attainment</source>
        <translation>Соблюдение SLA первого ответа</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+42"/>
        <source>Resolution SLA attainment</source>
        <translation>Соблюдение SLA решения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>answers 4–5 / answers × 100 = %1 / %2 × 100 = %3</source>
        <translation>ответы 4–5 / ответы × 100 = %1 / %2 × 100 = %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>% promoters (9–10) − % detractors (0–6) = %1 − %2 = %3 (%4 answers)</source>
        <translation>% промоутеров (9–10) − % критиков (0–6) = %1 − %2 = %3 (ответов: %4)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>met / (met + breached) × 100 = %1 / (%1 + %2) × 100 = %3</source>
        <translation>соблюдено / (соблюдено + нарушено) × 100 = %1 / (%1 + %2) × 100 = %3</translation>
    </message>
</context>
<context>
    <name>RetentionReport</name>
    <message>
        <location filename="../retention.py" line="-172"/>
        <location line="+257"/>
        <source>Retention report</source>
        <translation>Отчёт об удержании клиентов</translation>
    </message>
    <message>
        <location line="-205"/>
        <location line="+177"/>
        <source>CRR</source>
        <translation>CRR</translation>
    </message>
    <message>
        <location line="-177"/>
        <location line="+125"/>
        <location line="+53"/>
        <source>Churn rate</source>
        <translation>Отток</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>{} a year earlier</source>
        <translation>{} годом ранее</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Months since the first purchase</source>
        <translation>Месяцев с первой покупки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarters since the first purchase</source>
        <translation>Кварталов с первой покупки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years since the first purchase</source>
        <translation>Лет с первой покупки</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+109"/>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+123"/>
        <source>A year earlier</source>
        <translation>Годом ранее</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+8"/>
        <location line="+80"/>
        <location line="+130"/>
        <source>Predicted CLV</source>
        <translation>Прогноз CLV</translation>
    </message>
    <message>
        <location line="-222"/>
        <location line="+5"/>
        <location line="+7"/>
        <location line="+150"/>
        <location line="+11"/>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+212"/>
        <source>P(alive)</source>
        <translation>P(активен)</translation>
    </message>
    <message>
        <location line="-210"/>
        <location line="+220"/>
        <source>Win-back list</source>
        <translation>Список для возврата</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Churn window</source>
        <translation>Окно оттока</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days without a purchase</source>
        <translation>%1 дн. без покупок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next %1 months, discounted %2 per month</source>
        <translation>следующие %1 мес., дисконт %2 в месяц</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At a glance</source>
        <translation>Кратко</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer retention rate (CRR)</source>
        <translation>Коэффициент удержания клиентов (CRR)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active customers</source>
        <translation>Активные клиенты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicted CLV per customer</source>
        <translation>Прогноз CLV на клиента</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key figures</source>
        <translation>Ключевые показатели</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; compared with the previous period (%2) and the same period a year earlier (%3).</source>
        <translation>%1; в сравнении с предыдущим периодом (%2) и тем же периодом годом ранее (%3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How each figure is computed</source>
        <translation>Как считается каждый показатель</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retention</source>
        <translation>Удержание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRR and churn rate by %1, with the year before</source>
        <translation>CRR и отток по %1 в сравнении с прошлым годом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort retention (% of each cohort buying in each period)</source>
        <translation>Удержание когорт (% когорты, купивших в каждом периоде)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue and loyalty tiers</source>
        <translation>Выручка и уровни лояльности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue by month</source>
        <translation>Выручка по месяцам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers by loyalty tier</source>
        <translation>Клиенты по уровням лояльности</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicted customer value</source>
        <translation>Прогнозная ценность клиентов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribution of predicted CLV</source>
        <translation>Распределение прогнозного CLV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P(alive) against predicted CLV</source>
        <translation>P(активен) и прогнозный CLV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A random %1 of the %2 customers with a prediction, and every customer of the win-back list.</source>
        <translation>Случайные %1 из %2 клиентов с прогнозом и все клиенты из списка для возврата.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer satisfaction</source>
        <translation>Удовлетворённость клиентов</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../support.py" line="-40"/>
        <source>NPS and CSAT by %1</source>
        <translation>NPS и CSAT по %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../support.py" line="+4"/>
        <source>Pain points: ticket categories, %1 – %2</source>
        <translation>Болевые точки: категории обращений, %1 – %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retention and historical CLV per segment, %1 – %2.</source>
        <translation>Удержание и исторический CLV по сегментам, %1 – %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>At start (S)</source>
        <translation>На начало (S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At end (E)</source>
        <translation>На конец (E)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New (N)</source>
        <translation>Новые (N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost (L)</source>
        <translation>Потерянные (L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Historical CLV</source>
        <translation>Исторический CLV</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customers by activity on the as-of date</source>
        <translation>Клиенты по активности на дату отчёта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Активность</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>RFM segments on the as-of date</source>
        <translation>Сегменты RFM на дату отчёта</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No data for this chart in the period.</source>
        <translation>Для этого графика нет данных за период.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Usual gap (days)</source>
        <translation>Обычный интервал (дн.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days since last purchase</source>
        <translation>Дней с последней покупки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected purchase days</source>
        <translation>Ожидаемые дни покупок</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customers who brought the most and are probably gone (P(alive) below 50 %), highest historical value first.</source>
        <translation>Клиенты, принёсшие больше всего и, вероятно, ушедшие (P(активен) ниже 50 %), по убыванию исторической ценности.</translation>
    </message>
    <message>
        <location line="-15"/>
        <location filename="../support.py" line="+24"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../support.py" line="+0"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Historical value</source>
        <translation>Историческая ценность</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last purchase</source>
        <translation>Последняя покупка</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No customer qualifies.</source>
        <translation>Подходящих клиентов нет.</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Model details</source>
        <translation>Параметры моделей</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>%1 customers above %2</source>
        <translation>клиентов выше %2: %1</translation>
    </message>
    <message>
        <location line="+230"/>
        <source>Customers at risk</source>
        <translation>Клиенты под угрозой ухода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No purchase for longer than their usual gap between purchases (1.5 × their mean gap), still inside the churn window; highest predicted CLV first.</source>
        <translation>Не покупали дольше своего обычного интервала между покупками (1,5 × средний интервал), но ещё в пределах окна оттока; по убыванию прогноза CLV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Top customers by predicted CLV</source>
        <translation>Лучшие клиенты по прогнозу CLV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The highest predicted CLV over the next %1 months (closed accounts left out).</source>
        <translation>Самый высокий прогноз CLV на следующие %1 мес. (без закрытых счетов).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>BG/NBD r, α (purchase rate)</source>
        <translation>BG/NBD r, α (частота покупок)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BG/NBD a, b (dropout)</source>
        <translation>BG/NBD a, b (уход)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers in the fit (with repeat purchases)</source>
        <translation>Клиентов в оценке (с повторными покупками)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BG/NBD</source>
        <translation>BG/NBD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gamma-Gamma p, q, γ (spend)</source>
        <translation>Gamma-Gamma p, q, γ (траты)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean spend per purchase day</source>
        <translation>Средние траты за день покупки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gamma-Gamma</source>
        <translation>Gamma-Gamma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected purchase days over the horizon</source>
        <translation>Ожидаемые дни покупок за горизонт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean P(alive)</source>
        <translation>Средний P(активен)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Segments by activity</source>
        <translation>Сегменты по активности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments by tier</source>
        <translation>Сегменты по уровням</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments by RFM</source>
        <translation>Сегменты RFM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments by cohort</source>
        <translation>Сегменты по когортам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments by tag</source>
        <translation>Сегменты по меткам</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <location filename="../common.py" line="+97"/>
        <source>Prospect</source>
        <translation>Потенциальный</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Активный</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>At risk</source>
        <translation>Под угрозой ухода</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Reactivated</source>
        <translation>Вернувшийся</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lapsed</source>
        <translation>Ушедший</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Champions</source>
        <translation>Чемпионы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loyal</source>
        <translation>Лояльные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Potential loyalists</source>
        <translation>Потенциально лояльные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customers</source>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Promising</source>
        <translation>Перспективные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Need attention</source>
        <translation>Требуют внимания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About to sleep</source>
        <translation>Засыпающие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot lose them</source>
        <translation>Нельзя терять</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hibernating</source>
        <translation>Спящие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no purchase yet)</source>
        <translation>(ещё без покупок)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../customer.py" line="-86"/>
        <location filename="../retention.py" line="-288"/>
        <source>(no tier)</source>
        <translation>(без уровня)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no tag)</source>
        <translation>(без метки)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
</context>
<context>
    <name>SupportReport</name>
    <message>
        <location filename="../parts.py" line="+26"/>
        <location filename="../support.py" line="-18"/>
        <source>(no category)</source>
        <translation>(без категории)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../support.py" line="-77"/>
        <location line="+73"/>
        <source>Tickets</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low CSAT (1–2), % of answers</source>
        <translation>Низкий CSAT (1–2), % ответов</translation>
    </message>
    <message>
        <location filename="../support.py" line="-63"/>
        <location line="+14"/>
        <location line="+76"/>
        <source>Support report</source>
        <translation>Отчёт службы поддержки</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key figures</source>
        <translation>Ключевые показатели</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it is computed</source>
        <translation>Как считается</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Tickets created</source>
        <translation>Создано обращений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered / resolved</source>
        <translation>С ответом / решено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response time (median)</source>
        <translation>Время первого ответа (медиана)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>median of (first response − created) over %1 answered tickets; mean %2</source>
        <translation>медиана (первый ответ − создание) по %1 обращениям с ответом; среднее %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution time (median)</source>
        <translation>Время решения (медиана)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>median of (resolved − created) over %1 resolved tickets; mean %2</source>
        <translation>медиана (решение − создание) по %1 решённым обращениям; среднее %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SLA attainment, both targets</source>
        <translation>Соблюдение SLA, обе цели</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>no answers</source>
        <translation>ответов нет</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SLA: a ticket meets its target when answered/resolved by its due time; it is breached when done late, or not done and already due on the as-of date.</source>
        <translation>SLA: обращение уложилось в срок, если ответ/решение пришли до срока; нарушено, если позже или срок уже прошёл на дату отчёта.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trends</source>
        <translation>Динамика</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tickets and SLA attainment by %1</source>
        <translation>Обращения и соблюдение SLA по %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pain points</source>
        <translation>Болевые точки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period before</source>
        <translation>Период до</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT answers</source>
        <translation>Ответы CSAT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Low CSAT (1–2)</source>
        <translation>Низкий CSAT (1–2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detractors</source>
        <translation>Критики</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No tickets in the period.</source>
        <translation>За период обращений нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback by source</source>
        <translation>Отзывы по источникам</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Survey</source>
        <translation>Опрос</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bad answers</source>
        <translation>Плохие ответы</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Unhappy customers who have not bought since</source>
        <translation>Недовольные клиенты, не покупавшие с тех пор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their latest answer was CSAT 1–2 or NPS 0–6 and they have not ordered since (newest first).</source>
        <translation>Последний ответ — CSAT 1–2 или NPS 0–6, и с тех пор заказов не было (сначала новые).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody.</source>
        <translation>Таких нет.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no ticket due yet</source>
        <translation>сроки ещё не наступили</translation>
    </message>
</context>
</TS>
