<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>CustomerReport</name>
    <message>
        <location filename="../customer.py" line="58" />
        <source>Net spend</source>
        <translation>Чистые покупки</translation>
    </message>
    <message>
        <location filename="../customer.py" line="60" />
        <source>Customer profile</source>
        <translation>Профиль клиента</translation>
    </message>
    <message>
        <location filename="../customer.py" line="114" />
        <source>status: %1</source>
        <translation>статус: %1</translation>
    </message>
    <message>
        <location filename="../customer.py" line="117" />
        <source>%1 (%2 years, %3 months)</source>
        <translation>%1 (лет: %2, месяцев: %3)</translation>
    </message>
    <message>
        <location filename="../customer.py" line="119" />
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../customer.py" line="120" />
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../customer.py" line="121" />
        <source>Customer since</source>
        <translation>Клиент с</translation>
    </message>
    <message>
        <location filename="../customer.py" line="122" />
        <source>Figures as of</source>
        <translation>Данные на</translation>
    </message>
    <message>
        <location filename="../customer.py" line="124" />
        <source>Merged into</source>
        <translation>Объединён с</translation>
    </message>
    <message>
        <location filename="../customer.py" line="127" />
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location filename="../customer.py" line="128" />
        <location filename="../customer.py" line="146" />
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location filename="../customer.py" line="129" />
        <source>Purchase days</source>
        <translation>Дни покупок</translation>
    </message>
    <message>
        <location filename="../customer.py" line="130" />
        <source>Total spent (net of refunds)</source>
        <translation>Всего потрачено (за вычетом возвратов)</translation>
    </message>
    <message>
        <location filename="../customer.py" line="131" />
        <source>Average order value</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <location filename="../customer.py" line="132" />
        <source>First purchase</source>
        <translation>Первая покупка</translation>
    </message>
    <message>
        <location filename="../customer.py" line="133" />
        <source>Last purchase</source>
        <translation>Последняя покупка</translation>
    </message>
    <message>
        <location filename="../customer.py" line="134" />
        <location filename="../customer.py" line="161" />
        <source>Points balance</source>
        <translation>Баланс баллов</translation>
    </message>
    <message>
        <location filename="../customer.py" line="135" />
        <source>Open tickets</source>
        <translation>Открытые обращения</translation>
    </message>
    <message>
        <location filename="../customer.py" line="137" />
        <source>P(alive)</source>
        <translation>P(активен)</translation>
    </message>
    <message>
        <location filename="../customer.py" line="138" />
        <source>Expected purchase days, next %1 months</source>
        <translation>Ожидаемые дни покупок за следующие %1 мес.</translation>
    </message>
    <message>
        <location filename="../customer.py" line="140" />
        <source>Predicted CLV, next %1 months</source>
        <translation>Прогноз CLV на %1 мес.</translation>
    </message>
    <message>
        <location filename="../customer.py" line="144" />
        <source>Net spend by month</source>
        <translation>Чистые покупки по месяцам</translation>
    </message>
    <message>
        <location filename="../customer.py" line="148" />
        <source>The newest %1 of %2 orders.</source>
        <translation>Последние %1 из %2 заказов.</translation>
    </message>
    <message>
        <location filename="../customer.py" line="150" />
        <location filename="../customer.py" line="171" />
        <location filename="../customer.py" line="188" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../customer.py" line="150" />
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../customer.py" line="151" />
        <source>Lines</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <location filename="../customer.py" line="151" />
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../customer.py" line="152" />
        <source>Refunded</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <location filename="../customer.py" line="152" />
        <source>Net</source>
        <translation>Нетто</translation>
    </message>
    <message>
        <location filename="../customer.py" line="153" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../customer.py" line="157" />
        <source>No orders.</source>
        <translation>Заказов нет.</translation>
    </message>
    <message>
        <location filename="../customer.py" line="159" />
        <source>Loyalty</source>
        <translation>Лояльность</translation>
    </message>
    <message>
        <location filename="../customer.py" line="160" />
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../customer.py" line="162" />
        <source>Badges</source>
        <translation>Значки</translation>
    </message>
    <message>
        <location filename="../customer.py" line="165" />
        <source>Coupons</source>
        <translation>Купоны</translation>
    </message>
    <message>
        <location filename="../customer.py" line="166" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../customer.py" line="166" />
        <location filename="../customer.py" line="181" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../customer.py" line="167" />
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location filename="../customer.py" line="167" />
        <source>Expires</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../customer.py" line="170" />
        <source>Points ledger</source>
        <translation>Журнал баллов</translation>
    </message>
    <message>
        <location filename="../customer.py" line="171" />
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../customer.py" line="172" />
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location filename="../customer.py" line="172" />
        <source>Balance</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <location filename="../customer.py" line="173" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../customer.py" line="176" />
        <source>No points yet.</source>
        <translation>Баллов пока нет.</translation>
    </message>
    <message>
        <location filename="../customer.py" line="178" />
        <source>Tickets</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location filename="../customer.py" line="179" />
        <source>Ticket</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../customer.py" line="179" />
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../customer.py" line="180" />
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../customer.py" line="180" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../customer.py" line="181" />
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../customer.py" line="182" />
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <location filename="../customer.py" line="185" />
        <source>No tickets.</source>
        <translation>Обращений нет.</translation>
    </message>
    <message>
        <location filename="../customer.py" line="187" />
        <source>Feedback</source>
        <translation>Отзывы</translation>
    </message>
    <message>
        <location filename="../customer.py" line="188" />
        <source>Survey</source>
        <translation>Опрос</translation>
    </message>
    <message>
        <location filename="../customer.py" line="189" />
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../customer.py" line="189" />
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../customer.py" line="190" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../customer.py" line="193" />
        <source>No feedback.</source>
        <translation>Отзывов нет.</translation>
    </message>
</context>
<context>
    <name>KpiText</name>
    <message>
        <location filename="../kpis.py" line="92" />
        <source>pp</source>
        <translation>п. п.</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="92" />
        <source>points</source>
        <translation>пунктов</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="121" />
        <source>CRR: no customer was active at the start of the period</source>
        <translation>CRR: на начало периода активных клиентов не было</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="122" />
        <source>CRR = (E − N) / S × 100 = (%1 − %2) / %3 × 100 = %4</source>
        <translation>CRR = (E − N) / S × 100 = (%1 − %2) / %3 × 100 = %4</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="129" />
        <source>Churn rate: no customer was active at the start of the period</source>
        <translation>Отток: на начало периода активных клиентов не было</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="130" />
        <source>Churn rate = L / S × 100 = %1 / %2 × 100 = %3</source>
        <translation>Отток = L / S × 100 = %1 / %2 × 100 = %3</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="138" />
        <source>Repeat purchase rate: no customer has bought yet</source>
        <translation>Доля повторных покупок: покупок ещё не было</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="140" />
        <source>Repeat purchase rate = customers with 2+ purchase days / customers = %1 / %2 × 100 = %3</source>
        <translation>Доля повторных покупок = клиенты с 2+ днями покупок / клиенты = %1 / %2 × 100 = %3</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="148" />
        <source>Purchase frequency: no buyer in the period</source>
        <translation>Частота покупок: покупателей в периоде нет</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="149" />
        <source>Purchase frequency = purchase days / buyers = %1 / %2 = %3</source>
        <translation>Частота покупок = дни покупок / покупатели = %1 / %2 = %3</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="156" />
        <source>AOV: no order in the period</source>
        <translation>Средний чек: заказов в периоде нет</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="157" />
        <source>AOV = revenue / orders = %1 / %2 = %3</source>
        <translation>Средний чек = выручка / заказы = %1 / %2 = %3</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="163" />
        <source>Revenue = net amount of the %1 orders in the period (order totals − their refunds) = %2</source>
        <translation>Выручка = нетто %1 заказов периода (суммы заказов − их возвраты) = %2</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="169" />
        <source>Historical CLV: not enough history to estimate a lifespan</source>
        <translation>Исторический CLV: мало истории для оценки срока жизни</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="170" />
        <source>CLV = average purchase value × purchases per year × lifespan in years = %1 × %2 × %3 = %4</source>
        <translation>CLV = средняя покупка × покупок в год × срок жизни в годах = %1 × %2 × %3 = %4</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="179" />
        <source>Predicted CLV: the models could not be fitted (%1)</source>
        <translation>Прогноз CLV: модели не удалось оценить (%1)</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="181" />
        <source>Predicted CLV per customer = Σ over the next %1 months of expected purchase days (BG/NBD) × expected spend (Gamma-Gamma), discounted %2 per month = %3 / %4 customers = %5</source>
        <translation>Прогноз CLV на клиента = Σ за следующие %1 мес. ожидаемых дней покупок (BG/NBD) × ожидаемые траты (Gamma-Gamma) с дисконтом %2 в месяц = %3 / %4 клиентов = %5</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="190" />
        <source>NPS: no survey answer in the period</source>
        <translation>NPS: ответов за период нет</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="192" />
        <source>NPS = % promoters − % detractors = %1 − %2 = %3 (%4 promoters, %5 passives, %6 detractors of %7 answers)</source>
        <translation>NPS = % промоутеров − % критиков = %1 − %2 = %3 (промоутеров %4, нейтральных %5, критиков %6 из %7 ответов)</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="202" />
        <source>CSAT: no answer in the period</source>
        <translation>CSAT: ответов за период нет</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="203" />
        <source>CSAT = answers 4–5 / answers × 100 = %1 / %2 × 100 = %3</source>
        <translation>CSAT = ответы 4–5 / ответы × 100 = %1 / %2 × 100 = %3</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="210" />
        <source>SLA attainment: no ticket was due in the period</source>
        <translation>Соблюдение SLA: в периоде сроков не было</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="211" />
        <source>SLA attainment = met / (met + breached) × 100 = %1 / (%1 + %2) × 100 = %3</source>
        <translation>Соблюдение SLA = соблюдено / (соблюдено + нарушено) × 100 = %1 / (%1 + %2) × 100 = %3</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="223" />
        <source>Customer retention rate</source>
        <translation>Коэффициент удержания</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="223" />
        <source>Churn rate</source>
        <translation>Отток</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="224" />
        <source>Repeat purchase rate</source>
        <translation>Доля повторных покупок</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="225" />
        <source>Purchase frequency</source>
        <translation>Частота покупок</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="225" />
        <source>Average order value</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="226" />
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="226" />
        <source>Historical CLV</source>
        <translation>Исторический CLV</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="227" />
        <source>Predicted CLV per customer</source>
        <translation>Прогноз CLV на клиента</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="227" />
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="228" />
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="228" />
        <source>First response SLA</source>
        <translation>SLA первого ответа</translation>
    </message>
    <message>
        <location filename="../kpis.py" line="229" />
        <source>Resolution SLA</source>
        <translation>SLA решения</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../customer.py" line="64" />
        <location filename="../retention.py" line="61" />
        <location filename="../support.py" line="75" />
        <source>Generated %1 · Retain CRM</source>
        <translation>Создано %1 · Retain CRM</translation>
    </message>
    <message>
        <location filename="../customer.py" line="65" />
        <location filename="../retention.py" line="62" />
        <location filename="../support.py" line="76" />
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <location filename="../pdf.py" line="169" />
        <source>Q%1 %2</source>
        <translation>%1 кв. %2</translation>
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
        <translation>CSAT</translation>
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
        <translation>(на текущую дату)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="165" />
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../retention.py" line="166" />
        <source>As of</source>
        <translation>На дату</translation>
    </message>
    <message>
        <location filename="../retention.py" line="172" />
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../retention.py" line="173" />
        <source>Generated</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../retention.py" line="303" />
        <location filename="../support.py" line="125" />
        <source>month</source>
        <translation>месяцам</translation>
    </message>
    <message>
        <location filename="../retention.py" line="303" />
        <location filename="../support.py" line="125" />
        <source>quarter</source>
        <translation>кварталам</translation>
    </message>
    <message>
        <location filename="../retention.py" line="304" />
        <location filename="../support.py" line="126" />
        <source>year</source>
        <translation>годам</translation>
    </message>
    <message>
        <location filename="../support.py" line="61" />
        <location filename="../support.py" line="108" />
        <source>First response SLA attainment</source>
        <translation>Соблюдение SLA первого ответа</translation>
    </message>
    <message>
        <location filename="../support.py" line="62" />
        <location filename="../support.py" line="110" />
        <source>Resolution SLA attainment</source>
        <translation>Соблюдение SLA решения</translation>
    </message>
    <message>
        <location filename="../support.py" line="113" />
        <source>answers 4–5 / answers × 100 = %1 / %2 × 100 = %3</source>
        <translation>ответы 4–5 / ответы × 100 = %1 / %2 × 100 = %3</translation>
    </message>
    <message>
        <location filename="../support.py" line="116" />
        <source>% promoters (9–10) − % detractors (0–6) = %1 − %2 = %3 (%4 answers)</source>
        <translation>% промоутеров (9–10) − % критиков (0–6) = %1 − %2 = %3 (ответов: %4)</translation>
    </message>
    <message>
        <location filename="../support.py" line="168" />
        <source>met / (met + breached) × 100 = %1 / (%1 + %2) × 100 = %3</source>
        <translation>соблюдено / (соблюдено + нарушено) × 100 = %1 / (%1 + %2) × 100 = %3</translation>
    </message>
</context>
<context>
    <name>RetentionReport</name>
    <message>
        <location filename="../retention.py" line="58" />
        <location filename="../retention.py" line="289" />
        <source>Retention report</source>
        <translation>Отчёт об удержании клиентов</translation>
    </message>
    <message>
        <location filename="../retention.py" line="83" />
        <location filename="../retention.py" line="230" />
        <source>CRR</source>
        <translation>CRR</translation>
    </message>
    <message>
        <location filename="../retention.py" line="83" />
        <location filename="../retention.py" line="178" />
        <location filename="../retention.py" line="231" />
        <source>Churn rate</source>
        <translation>Отток</translation>
    </message>
    <message>
        <location filename="../retention.py" line="84" />
        <source>{} a year earlier</source>
        <translation>{} годом ранее</translation>
    </message>
    <message>
        <location filename="../retention.py" line="88" />
        <source>Months since the first purchase</source>
        <translation>Месяцев с первой покупки</translation>
    </message>
    <message>
        <location filename="../retention.py" line="89" />
        <source>Quarters since the first purchase</source>
        <translation>Кварталов с первой покупки</translation>
    </message>
    <message>
        <location filename="../retention.py" line="90" />
        <source>Years since the first purchase</source>
        <translation>Лет с первой покупки</translation>
    </message>
    <message>
        <location filename="../retention.py" line="94" />
        <location filename="../retention.py" line="179" />
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <location filename="../retention.py" line="94" />
        <location filename="../retention.py" line="193" />
        <source>A year earlier</source>
        <translation>Годом ранее</translation>
    </message>
    <message>
        <location filename="../retention.py" line="96" />
        <location filename="../retention.py" line="104" />
        <location filename="../retention.py" line="169" />
        <location filename="../retention.py" line="253" />
        <source>Predicted CLV</source>
        <translation>Прогноз CLV</translation>
    </message>
    <message>
        <location filename="../retention.py" line="97" />
        <location filename="../retention.py" line="101" />
        <location filename="../retention.py" line="105" />
        <location filename="../retention.py" line="239" />
        <location filename="../retention.py" line="245" />
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../retention.py" line="97" />
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <location filename="../retention.py" line="98" />
        <source>{} customers above {} not shown</source>
        <translation>не показано клиентов выше {1}: {0}</translation>
    </message>
    <message>
        <location filename="../retention.py" line="104" />
        <location filename="../retention.py" line="254" />
        <source>P(alive)</source>
        <translation>P(активен)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="106" />
        <location filename="../retention.py" line="249" />
        <source>Win-back list</source>
        <translation>Список для возврата</translation>
    </message>
    <message>
        <location filename="../retention.py" line="107" />
        <source>{} of {} customers shown</source>
        <translation>показано {} из {} клиентов</translation>
    </message>
    <message>
        <location filename="../retention.py" line="167" />
        <source>Churn window</source>
        <translation>Окно оттока</translation>
    </message>
    <message>
        <location filename="../retention.py" line="168" />
        <source>%1 days without a purchase</source>
        <translation>%1 дн. без покупок</translation>
    </message>
    <message>
        <location filename="../retention.py" line="170" />
        <source>next %1 months, discounted %2 per month</source>
        <translation>следующие %1 мес., дисконт %2 в месяц</translation>
    </message>
    <message>
        <location filename="../retention.py" line="175" />
        <source>At a glance</source>
        <translation>Кратко</translation>
    </message>
    <message>
        <location filename="../retention.py" line="177" />
        <source>Customer retention rate (CRR)</source>
        <translation>Коэффициент удержания клиентов (CRR)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="180" />
        <source>Active customers</source>
        <translation>Активные клиенты</translation>
    </message>
    <message>
        <location filename="../retention.py" line="181" />
        <source>Predicted CLV per customer</source>
        <translation>Прогноз CLV на клиента</translation>
    </message>
    <message>
        <location filename="../retention.py" line="186" />
        <source>Key figures</source>
        <translation>Ключевые показатели</translation>
    </message>
    <message>
        <location filename="../retention.py" line="187" />
        <source>%1; compared with the previous period (%2) and the same period a year earlier (%3).</source>
        <translation>%1; в сравнении с предыдущим периодом (%2) и тем же периодом годом ранее (%3).</translation>
    </message>
    <message>
        <location filename="../retention.py" line="192" />
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../retention.py" line="192" />
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../retention.py" line="193" />
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <location filename="../retention.py" line="195" />
        <source>How each figure is computed</source>
        <translation>Как считается каждый показатель</translation>
    </message>
    <message>
        <location filename="../retention.py" line="202" />
        <source>Retention</source>
        <translation>Удержание</translation>
    </message>
    <message>
        <location filename="../retention.py" line="203" />
        <source>CRR and churn rate by %1, with the year before</source>
        <translation>CRR и отток по %1 в сравнении с прошлым годом</translation>
    </message>
    <message>
        <location filename="../retention.py" line="205" />
        <source>Cohort retention (% of each cohort buying in each period)</source>
        <translation>Удержание когорт (% когорты, купивших в каждом периоде)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="207" />
        <source>Revenue and loyalty tiers</source>
        <translation>Выручка и уровни лояльности</translation>
    </message>
    <message>
        <location filename="../retention.py" line="208" />
        <source>Revenue by month</source>
        <translation>Выручка по месяцам</translation>
    </message>
    <message>
        <location filename="../retention.py" line="209" />
        <source>Customers by loyalty tier</source>
        <translation>Клиенты по уровням лояльности</translation>
    </message>
    <message>
        <location filename="../retention.py" line="211" />
        <source>Predicted customer value</source>
        <translation>Прогнозная ценность клиентов</translation>
    </message>
    <message>
        <location filename="../retention.py" line="212" />
        <source>Distribution of predicted CLV</source>
        <translation>Распределение прогнозного CLV</translation>
    </message>
    <message>
        <location filename="../retention.py" line="213" />
        <source>P(alive) against predicted CLV</source>
        <translation>P(активен) и прогнозный CLV</translation>
    </message>
    <message>
        <location filename="../retention.py" line="214" />
        <source>Customer satisfaction</source>
        <translation>Удовлетворённость клиентов</translation>
    </message>
    <message>
        <location filename="../retention.py" line="215" />
        <location filename="../support.py" line="128" />
        <source>NPS and CSAT by %1</source>
        <translation>NPS и CSAT по %1</translation>
    </message>
    <message>
        <location filename="../retention.py" line="218" />
        <location filename="../support.py" line="132" />
        <source>Pain points: ticket categories, %1 – %2</source>
        <translation>Болевые точки: категории обращений, %1 – %2</translation>
    </message>
    <message>
        <location filename="../retention.py" line="226" />
        <source>Retention and historical CLV per segment, %1 – %2.</source>
        <translation>Удержание и исторический CLV по сегментам, %1 – %2.</translation>
    </message>
    <message>
        <location filename="../retention.py" line="228" />
        <location filename="../retention.py" line="245" />
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location filename="../retention.py" line="228" />
        <source>At start (S)</source>
        <translation>На начало (S)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="229" />
        <source>At end (E)</source>
        <translation>На конец (E)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="229" />
        <source>New (N)</source>
        <translation>Новые (N)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="230" />
        <source>Lost (L)</source>
        <translation>Потерянные (L)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="231" />
        <source>Historical CLV</source>
        <translation>Исторический CLV</translation>
    </message>
    <message>
        <location filename="../retention.py" line="238" />
        <source>Customers by activity on the as-of date</source>
        <translation>Клиенты по активности на дату отчёта</translation>
    </message>
    <message>
        <location filename="../retention.py" line="239" />
        <source>Activity</source>
        <translation>Активность</translation>
    </message>
    <message>
        <location filename="../retention.py" line="244" />
        <source>RFM segments on the as-of date</source>
        <translation>Сегменты RFM на дату отчёта</translation>
    </message>
    <message>
        <location filename="../retention.py" line="250" />
        <source>Customers who brought the most and are probably gone (P(alive) below 50 %), highest historical value first.</source>
        <translation>Клиенты, принёсшие больше всего и, вероятно, ушедшие (P(активен) ниже 50 %), по убыванию исторической ценности.</translation>
    </message>
    <message>
        <location filename="../retention.py" line="252" />
        <location filename="../support.py" line="156" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../retention.py" line="252" />
        <location filename="../support.py" line="156" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../retention.py" line="253" />
        <source>Historical value</source>
        <translation>Историческая ценность</translation>
    </message>
    <message>
        <location filename="../retention.py" line="254" />
        <source>Last purchase</source>
        <translation>Последняя покупка</translation>
    </message>
    <message>
        <location filename="../retention.py" line="259" />
        <source>No customer qualifies.</source>
        <translation>Подходящих клиентов нет.</translation>
    </message>
    <message>
        <location filename="../retention.py" line="262" />
        <source>Model details</source>
        <translation>Параметры моделей</translation>
    </message>
    <message>
        <location filename="../retention.py" line="266" />
        <source>BG/NBD r, α (purchase rate)</source>
        <translation>BG/NBD r, α (частота покупок)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="268" />
        <source>BG/NBD a, b (dropout)</source>
        <translation>BG/NBD a, b (уход)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="270" />
        <source>Customers in the fit (with repeat purchases)</source>
        <translation>Клиентов в оценке (с повторными покупками)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="273" />
        <source>BG/NBD</source>
        <translation>BG/NBD</translation>
    </message>
    <message>
        <location filename="../retention.py" line="275" />
        <source>Gamma-Gamma p, q, γ (spend)</source>
        <translation>Gamma-Gamma p, q, γ (траты)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="277" />
        <source>Mean spend per purchase day</source>
        <translation>Средние траты за день покупки</translation>
    </message>
    <message>
        <location filename="../retention.py" line="279" />
        <source>Gamma-Gamma</source>
        <translation>Gamma-Gamma</translation>
    </message>
    <message>
        <location filename="../retention.py" line="281" />
        <source>Expected purchase days over the horizon</source>
        <translation>Ожидаемые дни покупок за горизонт</translation>
    </message>
    <message>
        <location filename="../retention.py" line="283" />
        <source>Mean P(alive)</source>
        <translation>Средний P(активен)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="309" />
        <source>Segments by activity</source>
        <translation>Сегменты по активности</translation>
    </message>
    <message>
        <location filename="../retention.py" line="310" />
        <source>Segments by tier</source>
        <translation>Сегменты по уровням</translation>
    </message>
    <message>
        <location filename="../retention.py" line="311" />
        <source>Segments by RFM</source>
        <translation>Сегменты RFM</translation>
    </message>
    <message>
        <location filename="../retention.py" line="312" />
        <source>Segments by cohort</source>
        <translation>Сегменты по когортам</translation>
    </message>
    <message>
        <location filename="../retention.py" line="313" />
        <source>Segments by tag</source>
        <translation>Сегменты по меткам</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <location filename="../common.py" line="94" />
        <source>Prospect</source>
        <translation>Потенциальный</translation>
    </message>
    <message>
        <location filename="../common.py" line="94" />
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <location filename="../common.py" line="95" />
        <source>Active</source>
        <translation>Активный</translation>
    </message>
    <message>
        <location filename="../common.py" line="95" />
        <location filename="../common.py" line="104" />
        <source>At risk</source>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <location filename="../common.py" line="96" />
        <source>Reactivated</source>
        <translation>Вернувшийся</translation>
    </message>
    <message>
        <location filename="../common.py" line="96" />
        <source>Lapsed</source>
        <translation>Ушедший</translation>
    </message>
    <message>
        <location filename="../common.py" line="100" />
        <source>Champions</source>
        <translation>Чемпионы</translation>
    </message>
    <message>
        <location filename="../common.py" line="100" />
        <source>Loyal</source>
        <translation>Лояльные</translation>
    </message>
    <message>
        <location filename="../common.py" line="101" />
        <source>Potential loyalists</source>
        <translation>Потенциально лояльные</translation>
    </message>
    <message>
        <location filename="../common.py" line="102" />
        <source>New customers</source>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <location filename="../common.py" line="102" />
        <source>Promising</source>
        <translation>Перспективные</translation>
    </message>
    <message>
        <location filename="../common.py" line="103" />
        <source>Need attention</source>
        <translation>Требуют внимания</translation>
    </message>
    <message>
        <location filename="../common.py" line="104" />
        <source>About to sleep</source>
        <translation>Засыпающие</translation>
    </message>
    <message>
        <location filename="../common.py" line="105" />
        <source>Cannot lose them</source>
        <translation>Нельзя терять</translation>
    </message>
    <message>
        <location filename="../common.py" line="105" />
        <source>Hibernating</source>
        <translation>Спящие</translation>
    </message>
    <message>
        <location filename="../common.py" line="106" />
        <source>(no purchase yet)</source>
        <translation>(ещё без покупок)</translation>
    </message>
    <message>
        <location filename="../common.py" line="114" />
        <location filename="../customer.py" line="111" />
        <location filename="../retention.py" line="100" />
        <source>(no tier)</source>
        <translation>(без уровня)</translation>
    </message>
    <message>
        <location filename="../common.py" line="114" />
        <source>(no tag)</source>
        <translation>(без метки)</translation>
    </message>
    <message>
        <location filename="../common.py" line="115" />
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
</context>
<context>
    <name>SupportReport</name>
    <message>
        <location filename="../retention.py" line="109" />
        <location filename="../support.py" line="68" />
        <location filename="../support.py" line="138" />
        <source>(no category)</source>
        <translation>(без категории)</translation>
    </message>
    <message>
        <location filename="../retention.py" line="111" />
        <location filename="../support.py" line="60" />
        <location filename="../support.py" line="70" />
        <location filename="../support.py" line="134" />
        <source>Tickets</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location filename="../retention.py" line="112" />
        <location filename="../support.py" line="71" />
        <source>Low CSAT (1–2), % of answers</source>
        <translation>Низкий CSAT (1–2), % ответов</translation>
    </message>
    <message>
        <location filename="../support.py" line="72" />
        <location filename="../support.py" line="88" />
        <location filename="../support.py" line="161" />
        <source>Support report</source>
        <translation>Отчёт службы поддержки</translation>
    </message>
    <message>
        <location filename="../support.py" line="95" />
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <location filename="../support.py" line="97" />
        <source>Key figures</source>
        <translation>Ключевые показатели</translation>
    </message>
    <message>
        <location filename="../support.py" line="98" />
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../support.py" line="98" />
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../support.py" line="99" />
        <source>How it is computed</source>
        <translation>Как считается</translation>
    </message>
    <message>
        <location filename="../support.py" line="100" />
        <source>Tickets created</source>
        <translation>Создано обращений</translation>
    </message>
    <message>
        <location filename="../support.py" line="101" />
        <source>Answered / resolved</source>
        <translation>С ответом / решено</translation>
    </message>
    <message>
        <location filename="../support.py" line="102" />
        <source>First response time (median)</source>
        <translation>Время первого ответа (медиана)</translation>
    </message>
    <message>
        <location filename="../support.py" line="103" />
        <source>median of (first response − created) over %1 answered tickets; mean %2</source>
        <translation>медиана (первый ответ − создание) по %1 обращениям с ответом; среднее %2</translation>
    </message>
    <message>
        <location filename="../support.py" line="105" />
        <source>Resolution time (median)</source>
        <translation>Время решения (медиана)</translation>
    </message>
    <message>
        <location filename="../support.py" line="106" />
        <source>median of (resolved − created) over %1 resolved tickets; mean %2</source>
        <translation>медиана (решение − создание) по %1 решённым обращениям; среднее %2</translation>
    </message>
    <message>
        <location filename="../support.py" line="114" />
        <location filename="../support.py" line="118" />
        <source>no answers</source>
        <translation>ответов нет</translation>
    </message>
    <message>
        <location filename="../support.py" line="120" />
        <source>SLA: a ticket meets its target when answered/resolved by its due time; it is breached when done late, or not done and already due on the as-of date.</source>
        <translation>SLA: обращение уложилось в срок, если ответ/решение пришли до срока; нарушено, если позже или срок уже прошёл на дату отчёта.</translation>
    </message>
    <message>
        <location filename="../support.py" line="124" />
        <source>Trends</source>
        <translation>Динамика</translation>
    </message>
    <message>
        <location filename="../support.py" line="127" />
        <source>Tickets and SLA attainment by %1</source>
        <translation>Обращения и соблюдение SLA по %1</translation>
    </message>
    <message>
        <location filename="../support.py" line="130" />
        <source>Pain points</source>
        <translation>Болевые точки</translation>
    </message>
    <message>
        <location filename="../support.py" line="134" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../support.py" line="135" />
        <source>Period before</source>
        <translation>Период до</translation>
    </message>
    <message>
        <location filename="../support.py" line="135" />
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../support.py" line="136" />
        <source>CSAT answers</source>
        <translation>Ответы CSAT</translation>
    </message>
    <message>
        <location filename="../support.py" line="136" />
        <source>Low CSAT (1–2)</source>
        <translation>Низкий CSAT (1–2)</translation>
    </message>
    <message>
        <location filename="../support.py" line="137" />
        <source>Detractors</source>
        <translation>Критики</translation>
    </message>
    <message>
        <location filename="../support.py" line="143" />
        <source>No tickets in the period.</source>
        <translation>За период обращений нет.</translation>
    </message>
    <message>
        <location filename="../support.py" line="145" />
        <source>Feedback by source</source>
        <translation>Отзывы по источникам</translation>
    </message>
    <message>
        <location filename="../support.py" line="146" />
        <location filename="../support.py" line="157" />
        <source>Survey</source>
        <translation>Опрос</translation>
    </message>
    <message>
        <location filename="../support.py" line="146" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../support.py" line="147" />
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location filename="../support.py" line="147" />
        <source>Bad answers</source>
        <translation>Плохие ответы</translation>
    </message>
    <message>
        <location filename="../support.py" line="148" />
        <location filename="../support.py" line="157" />
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../support.py" line="153" />
        <source>Unhappy customers who have not bought since</source>
        <translation>Недовольные клиенты, не покупавшие с тех пор</translation>
    </message>
    <message>
        <location filename="../support.py" line="154" />
        <source>Their latest answer was CSAT 1–2 or NPS 0–6 and they have not ordered since (newest first).</source>
        <translation>Последний ответ — CSAT 1–2 или NPS 0–6, и с тех пор заказов не было (сначала новые).</translation>
    </message>
    <message>
        <location filename="../support.py" line="158" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../support.py" line="158" />
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../support.py" line="160" />
        <source>Nobody.</source>
        <translation>Таких нет.</translation>
    </message>
    <message>
        <location filename="../support.py" line="167" />
        <source>no ticket due yet</source>
        <translation>сроки ещё не наступили</translation>
    </message>
</context>
</TS>