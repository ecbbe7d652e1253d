<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Activity</name>
    <message>
        <location filename="../../ui/profile_header.py" line="+17"/>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Активный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>Под угрозой ухода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactivated</source>
        <translation>Вернувшийся</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lapsed</source>
        <translation>Ушедший</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No purchase yet</source>
        <translation>Ещё без покупок</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../ui/loyalty_dialogs.py" line="+95"/>
        <source>Adjust points</source>
        <translation>Корректировка баллов</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why (required; kept in the audit log)</source>
        <translation>Причина (обязательно; сохраняется в журнале аудита)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points (+/−)</source>
        <translation>Баллы (+/−)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A manual adjustment needs a reason.</source>
        <translation>Для ручной корректировки нужна причина.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the points to add (+) or take away (−).</source>
        <translation>Укажите, сколько баллов начислить (+) или списать (−).</translation>
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
        <translation>Не удалось открыть базу данных:
%1</translation>
    </message>
</context>
<context>
    <name>BadgeTile</name>
    <message>
        <location filename="../../ui/loyalty_tab.py" line="+49"/>
        <source>not yet</source>
        <translation>ещё не получен</translation>
    </message>
</context>
<context>
    <name>CampaignsView</name>
    <message>
        <location filename="../../ui/campaigns_view.py" line="+37"/>
        <source>Leaderboard: points earned</source>
        <translation>Рейтинг: заработанные баллы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthdays this week</source>
        <translation>Дни рождения на этой неделе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anniversaries this month</source>
        <translation>Годовщины в этом месяце</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points expiring in 30 days</source>
        <translation>Баллы, сгорающие в ближайшие 30 дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close to the next tier</source>
        <translation>Близки к следующему уровню</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+58"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points earned</source>
        <translation>Заработано баллов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turns</source>
        <translation>Исполняется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First purchase</source>
        <translation>Первая покупка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years</source>
        <translation>Лет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points expiring</source>
        <translation>Сгорает баллов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First expiry</source>
        <translation>Ближайшее сгорание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend (12 months)</source>
        <translation>Траты (12 мес.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next tier</source>
        <translation>Следующий уровень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Не хватает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%Ln customers (the first %1; export for all)</source>
        <translation>
            <numerusform>%Ln клиент (показаны первые %1; полный список — в экспорте)</numerusform>
            <numerusform>%Ln клиента (показаны первые %1; полный список — в экспорте)</numerusform>
            <numerusform>%Ln клиентов (показаны первые %1; полный список — в экспорте)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln клиент</numerusform>
            <numerusform>%Ln клиента</numerusform>
            <numerusform>%Ln клиентов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln rows written to %1</source>
        <translation>
            <numerusform>%Ln строка записана в %1</numerusform>
            <numerusform>%Ln строки записаны в %1</numerusform>
            <numerusform>%Ln строк записано в %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="+394"/>
        <source>Check every row</source>
        <translation>Проверка всех строк</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <location line="+25"/>
        <source>Nothing has been imported yet. Rows with problems are listed below.</source>
        <translation>Пока ничего не импортировано. Строки с ошибками перечислены ниже.</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+208"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="-207"/>
        <location line="+209"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location line="-208"/>
        <location line="+210"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Сохранить отклонённые строки…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the valid rows and leave out the rejected ones</source>
        <translation>Импортировать корректные строки, отклонённые пропустить</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Checking every row…</source>
        <translation>Проверка всех строк…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Every row can be imported. Nothing has been imported yet.</source>
        <translation>Все строки можно импортировать. Пока ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file cannot be imported: %1</source>
        <translation>Файл нельзя импортировать: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save rejected rows</source>
        <translation>Сохранить отклонённые строки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>CouponDialog</name>
    <message>
        <location filename="../../ui/loyalty_dialogs.py" line="+10"/>
        <source>Issue coupon</source>
        <translation>Выдача купона</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Percentage</source>
        <translation>Процент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (%1)</source>
        <translation>Сумма (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value (percent or whole currency units)</source>
        <translation>Значение (процент или целые денежные единицы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid for (days)</source>
        <translation>Срок действия (дней)</translation>
    </message>
</context>
<context>
    <name>CouponRuleBox</name>
    <message>
        <location filename="../../ui/loyalty_settings.py" line="+58"/>
        <source>Issue automatically</source>
        <translation>Выдавать автоматически</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Percentage</source>
        <translation>Процент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid for (days)</source>
        <translation>Срок действия (дней)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After orders from</source>
        <translation>После заказов от</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the percentage must be a whole number from 1 to 100</source>
        <translation>%1: процент должен быть целым числом от 1 до 100</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the amount must be above zero</source>
        <translation>%1: сумма должна быть больше нуля</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../ui/customer_form.py" line="+26"/>
        <source>Edit customer</source>
        <translation>Редактирование клиента</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New customer</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone &amp;2</source>
        <translation>Телефон &amp;2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;mail</source>
        <translation>Эл. &amp;почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email 2</source>
        <translation>Эл. почта 2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;ode</source>
        <translation>К&amp;од</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assigned automatically</source>
        <translation>назначается автоматически</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not known</source>
        <translation>не указан</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Birthday</source>
        <translation>&amp;Дата рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;untry</source>
        <translation>&amp;Страна</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not set)</source>
        <translation>(не задан)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags</source>
        <translation>&amp;Метки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma separated</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Marketing consent</source>
        <translation>Согласие на рассылки</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not save: %1</source>
        <translation>Не удалось сохранить: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please correct the marked fields. Nothing was saved.</source>
        <translation>Исправьте отмеченные поля. Ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../ui/customer_model.py" line="+15"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last purchase</source>
        <translation>Посл. покупка</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../ui/customers_view.py" line="+73"/>
        <source>Could not load customers: %1</source>
        <translation>Не удалось загрузить клиентов: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No customer matches “%1”</source>
        <translation>Нет клиентов по запросу «%1»</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln matches for “%1”</source>
        <translation>
            <numerusform>%Ln совпадение по запросу «%1»</numerusform>
            <numerusform>%Ln совпадения по запросу «%1»</numerusform>
            <numerusform>%Ln совпадений по запросу «%1»</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search failed: %1</source>
        <translation>Ошибка поиска: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All customers, by name</source>
        <translation>Все клиенты, по алфавиту</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>All %Ln customers, by name</source>
        <translation>
            <numerusform>Всего %Ln клиент, по алфавиту</numerusform>
            <numerusform>Всего %Ln клиента, по алфавиту</numerusform>
            <numerusform>Всего %Ln клиентов, по алфавиту</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormMessages</name>
    <message>
        <location filename="../../ui/forms.py" line="+15"/>
        <source>the name is longer than 200 characters</source>
        <translation>имя длиннее 200 символов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an order needs at least one line</source>
        <translation>в заказе должна быть хотя бы одна строка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use a three-letter currency code</source>
        <translation>укажите трёхбуквенный код валюты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>describe what was bought</source>
        <translation>опишите, что куплено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the quantity must be a whole number above 0</source>
        <translation>количество должно быть целым числом больше 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the price cannot be negative</source>
        <translation>цена не может быть отрицательной</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the subject is longer than 200 characters</source>
        <translation>тема длиннее 200 символов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many tags</source>
        <translation>слишком много меток</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>points per unit cannot be negative</source>
        <translation>баллы за единицу не могут быть отрицательными</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the spend unit must be above zero</source>
        <translation>единица трат должна быть больше нуля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expiry cannot be negative (0 = never)</source>
        <translation>срок сгорания не может быть отрицательным (0 — никогда)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the tier window must be at least one month</source>
        <translation>период расчёта уровня — не меньше месяца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a bonus cannot be negative</source>
        <translation>бонус не может быть отрицательным</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least one tier is needed</source>
        <translation>нужен хотя бы один уровень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the entry tier must start at zero spend</source>
        <translation>начальный уровень должен начинаться с нулевых трат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must need more spend than %2</source>
        <translation>для уровня «%1» нужно больше трат, чем для «%2»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the multiplier cannot be negative</source>
        <translation>%1: множитель не может быть отрицательным</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../ui/import_labels.py" line="+18"/>
        <source>Customer code</source>
        <translation>Код клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second phone</source>
        <translation>Второй телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second email</source>
        <translation>Вторая эл. почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country (2 letters)</source>
        <translation>Страна (2 буквы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer since</source>
        <translation>Клиент с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email consent</source>
        <translation>Согласие на e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS consent</source>
        <translation>Согласие на SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order number</source>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer name</source>
        <translation>Имя клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind (nps/csat)</source>
        <translation>Тип (nps/csat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS score (0–10)</source>
        <translation>Оценка NPS (0–10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT score (1–5)</source>
        <translation>Оценка CSAT (1–5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <location line="+36"/>
        <source>&apos;%1&apos; is not a valid date</source>
        <translation>«%1» — недопустимая дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a date (use YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>«%1» — не дата (используйте ГГГГ-ММ-ДД или ДД/ММ/ГГГГ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; could be day/month or month/day; choose the date format</source>
        <translation>«%1» может быть и день/месяц, и месяц/день; выберите формат даты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a date in the day/month/year format of this column</source>
        <translation>«%1» — не дата в формате день/месяц/год этого столбца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a date in the month/day/year format of this column</source>
        <translation>«%1» — не дата в формате месяц/день/год этого столбца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos;: the year %2 is out of range</source>
        <translation>«%1»: год %2 вне допустимого диапазона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is in the future</source>
        <translation>«%1» — дата в будущем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date is in the future</source>
        <translation>дата в будущем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date is before the ticket was created</source>
        <translation>дата раньше создания обращения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a valid Persian date</source>
        <translation>%1 — недопустимая дата по иранскому календарю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a number, not a date</source>
        <translation>%1 — число, а не дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date is empty</source>
        <translation>дата не указана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter the date</source>
        <translation>укажите дату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter the amount</source>
        <translation>укажите сумму</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter the customer code</source>
        <translation>укажите код клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter the score</source>
        <translation>укажите оценку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not an amount (digit groups are not of three)</source>
        <translation>«%1» — не сумма (группы цифр не по три)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not an amount</source>
        <translation>«%1» — не сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the amount is not a number</source>
        <translation>сумма — не число</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the amount is empty</source>
        <translation>сумма не указана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the amount is too large</source>
        <translation>слишком большая сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a negative amount is a refund, not a purchase; leave it out</source>
        <translation>отрицательная сумма — это возврат, а не покупка; уберите её</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>«%1» — не целое число</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the %1 must be at least %2</source>
        <translation>%1: не меньше %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the %1 must be at most %2</source>
        <translation>%1: не больше %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the %1 is empty</source>
        <translation>%1: не заполнено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the %1 is longer than %2 characters</source>
        <translation>%1: длиннее %2 символов</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&apos;%1&apos; is not a three-letter currency code</source>
        <translation>«%1» — не трёхбуквенный код валюты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>«%1» — не «да» и не «нет»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a customer code is 1–32 characters without spaces</source>
        <translation>код клиента — от 1 до 32 символов без пробелов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no customer has the code %1</source>
        <translation>нет клиента с кодом %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order %1 is for another customer (row %2)</source>
        <translation>заказ %1 относится к другому клиенту (строка %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order %1 is in %2 (row %3)</source>
        <translation>заказ %1 в валюте %2 (строка %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order number %1 is already in the database for another customer</source>
        <translation>номер заказа %1 уже есть в базе у другого клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another line of order %1 (row %2) was rejected; fix that line and import the whole order again</source>
        <translation>другая строка заказа %1 (строка %2) отклонена; исправьте её и импортируйте весь заказ заново</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no order numbered %1</source>
        <translation>нет заказа с номером %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter the customer&apos;s name</source>
        <translation>укажите имя клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the two-letter country code (SA, IR, RU, US, ...)</source>
        <translation>укажите двухбуквенный код страны (SA, IR, RU, US, …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the birthday must be a past date after 1900</source>
        <translation>дата рождения должна быть в прошлом и после 1900 года</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter a phone number</source>
        <translation>укажите номер телефона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter an email address</source>
        <translation>укажите адрес e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a valid phone number</source>
        <translation>«%1» — недопустимый номер телефона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a phone number</source>
        <translation>«%1» — не номер телефона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a valid email address: %2</source>
        <translation>«%1» — недопустимый адрес e-mail: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tag is longer than 64 characters</source>
        <translation>метка длиннее 64 символов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter a subject</source>
        <translation>укажите тему</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown channel %1</source>
        <translation>неизвестный канал %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown priority %1</source>
        <translation>неизвестный приоритет %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown status %1 (new, open, pending, resolved, closed)</source>
        <translation>неизвестный статус %1 (new, open, pending, resolved, closed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown kind %1 (nps or csat)</source>
        <translation>неизвестный тип %1 (nps или csat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say whether the score is nps (0–10) or csat (1–5)</source>
        <translation>укажите, это оценка nps (0–10) или csat (1–5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT is a score from 1 to 5</source>
        <translation>CSAT — оценка от 1 до 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS is a score from 0 to 10</source>
        <translation>NPS — оценка от 0 до 10</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="-390"/>
        <source>Import data</source>
        <translation>Импорт данных</translation>
    </message>
    <message>
        <location filename="../../ui/import_labels.py" line="-82"/>
        <source>Rows read: %1.</source>
        <translation>Прочитано строк: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported: %1.</source>
        <translation>Импортировано: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can be imported: %1.</source>
        <translation>Можно импортировать: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders: %1.</source>
        <translation>Заказов: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already in the database (left as they are): %1.</source>
        <translation>Уже в базе (оставлены как есть): %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total lines left out: %1.</source>
        <translation>Пропущено итоговых строк: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New customers for unknown codes: %1.</source>
        <translation>Новых клиентов для неизвестных кодов: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejected: %1.</source>
        <translation>Отклонено: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible duplicates of existing customers: %1.</source>
        <translation>Возможных дубликатов существующих клиентов: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is nothing new to import.</source>
        <translation>Нового для импорта нет.</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <location filename="../../ui/metrics_cards.py" line="+54"/>
        <source>vs previous period</source>
        <translation>к предыдущему периоду</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs a year earlier</source>
        <translation>к прошлому году</translation>
    </message>
</context>
<context>
    <name>KpiText</name>
    <message>
        <location filename="../../reports/kpis.py" line="+92"/>
        <source>pp</source>
        <translation>п. п.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>points</source>
        <translation>п.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>CRR: no customer was active at the start of the period</source>
        <translation>CRR: в начале периода не было активных клиентов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRR = (E − N) / S × 100 = (%1 − %2) / %3 × 100 = %4</source>
        <translation>CRR = (Кон − Нов) / Нач × 100 = (%1 − %2) / %3 × 100 = %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Churn rate: no customer was active at the start of the period</source>
        <translation>Отток: в начале периода не было активных клиентов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn rate = L / S × 100 = %1 / %2 × 100 = %3</source>
        <translation>Отток = Ушли / Нач × 100 = %1 / %2 × 100 = %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Repeat purchase rate: no customer has bought yet</source>
        <translation>Повторные покупки: ещё никто ничего не купил</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat purchase rate = customers with 2+ purchase days / customers = %1 / %2 × 100 = %3</source>
        <translation>Повторные покупки = клиенты с покупками в 2+ дня / клиенты = %1 / %2 × 100 = %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Purchase frequency: no buyer in the period</source>
        <translation>Частота покупок: в периоде не было покупателей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase frequency = purchase days / buyers = %1 / %2 = %3</source>
        <translation>Частота покупок = дни покупок / покупатели = %1 / %2 = %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AOV: no order in the period</source>
        <translation>Средний чек: в периоде не было заказов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AOV = revenue / orders = %1 / %2 = %3</source>
        <translation>Средний чек = выручка / заказы = %1 / %2 = %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revenue = net amount of the %1 orders in the period (order totals − their refunds) = %2</source>
        <translation>Выручка = чистая сумма заказов за период (%1; суммы заказов − возвраты по ним) = %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Historical CLV: not enough history to estimate a lifespan</source>
        <translation>Исторический CLV: истории мало, чтобы оценить срок жизни клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLV = average purchase value × purchases per year × lifespan in years = %1 × %2 × %3 = %4</source>
        <translation>CLV = средняя покупка × покупок в год × срок жизни в годах = %1 × %2 × %3 = %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Predicted CLV: the models could not be fitted (%1)</source>
        <translation>Прогноз CLV: не удалось подобрать модели (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicted CLV per customer = Σ over the next %1 months of expected purchase days (BG/NBD) × expected spend (Gamma-Gamma), discounted %2 per month = %3 / %4 customers = %5</source>
        <translation>Прогноз CLV на клиента = Σ за следующие %1 мес. ожидаемых дней покупок (BG/NBD) × ожидаемые траты (Gamma-Gamma) с дисконтом %2 в месяц = %3 / %4 клиентов = %5</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>NPS: no survey answer in the period</source>
        <translation>NPS: в периоде не было ответов на опрос</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NPS = % promoters − % detractors = %1 − %2 = %3 (%4 promoters, %5 passives, %6 detractors of %7 answers)</source>
        <translation>NPS = % промоутеров − % критиков = %1 − %2 = %3 (промоутеров: %4, нейтральных: %5, критиков: %6 из %7 ответов)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CSAT: no answer in the period</source>
        <translation>CSAT: в периоде не было ответов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT = answers 4–5 / answers × 100 = %1 / %2 × 100 = %3</source>
        <translation>CSAT = ответы 4–5 / все ответы × 100 = %1 / %2 × 100 = %3</translation>
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
        <translation>Удержание клиентов</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Churn rate</source>
        <translation>Отток</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat purchase rate</source>
        <translation>Повторные покупки</translation>
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
    <name>LoyaltySettingsPage</name>
    <message>
        <location filename="../../ui/loyalty_settings.py" line="-56"/>
        <source>%1: not a number</source>
        <translation>%1: не число</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Earning</source>
        <translation>Начисление</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>points for every</source>
        <translation>баллов за каждые</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bonus points</source>
        <translation>Бонусные баллы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First purchase</source>
        <translation>Первая покупка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback given</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referral</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anniversary</source>
        <translation>Годовщина</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expiry and windows</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points expire after (months)</source>
        <translation>Баллы сгорают через (мес.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier spend window (months)</source>
        <translation>Период расчёта уровня (мес.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday/anniversary grace (days)</source>
        <translation>Льготный период дня рождения/годовщины (дней)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+106"/>
        <source>From spend</source>
        <translation>От суммы трат</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+103"/>
        <source>Multiplier</source>
        <translation>Множитель</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Perks</source>
        <translation>Привилегии</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add tier</source>
        <translation>Добавить уровень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove tier</source>
        <translation>Удалить уровень</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tiers (by net spend over the window)</source>
        <translation>Уровни (по чистым тратам за период)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Thank-you coupon after a purchase</source>
        <translation>Купон-благодарность после покупки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday offer</source>
        <translation>Предложение ко дню рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer after six months with us</source>
        <translation>Предложение через полгода с нами</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save as new version</source>
        <translation>Сохранить как новую версию</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Current rules: version %1</source>
        <translation>Текущие правила: версия %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current rules: defaults (not saved yet)</source>
        <translation>Текущие правила: по умолчанию (ещё не сохранены)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Tier %1 needs a code</source>
        <translation>Для уровня %1 нужен код</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Spend unit</source>
        <translation>Единица трат</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved as version %1</source>
        <translation>Сохранено как версия %1</translation>
    </message>
</context>
<context>
    <name>LoyaltyTab</name>
    <message>
        <location filename="../../ui/loyalty_tab.py" line="+34"/>
        <source>Redeem…</source>
        <translation>Списать…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adjust…</source>
        <translation>Корректировать…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue coupon…</source>
        <translation>Выдать купон…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Points balance</source>
        <translation>Баланс баллов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Badges</source>
        <translation>Значки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry</source>
        <translation>Операция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Expires</source>
        <translation>Сгорают</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <comment>date column</comment>
        <translation>Выдан</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Redeemed (order %1)</source>
        <comment>coupon status</comment>
        <translation>Использован (заказ %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <comment>coupon status</comment>
        <translation>Выдан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redeemed</source>
        <comment>coupon status</comment>
        <translation>Использован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <comment>coupon status</comment>
        <translation>Истёк</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Points ledger</source>
        <translation>История баллов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coupons</source>
        <translation>Купоны</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Earned</source>
        <translation>Начисление</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bonus</source>
        <translation>Бонус</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redeemed</source>
        <translation>Списание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Сгорание</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adjustment</source>
        <translation>Корректировка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund reversal</source>
        <translation>Отмена из-за возврата</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1</source>
        <translation>Заказ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oldest points, due by %1</source>
        <translation>Самые старые баллы, срок до %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reward</source>
        <translation>Награда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thank-you</source>
        <translation>Благодарность</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anniversary</source>
        <translation>Годовщина</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By hand</source>
        <translation>Вручную</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not load the loyalty data: %1</source>
        <translation>Не удалось загрузить данные программы лояльности: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln points</source>
        <translation>
            <numerusform>%Ln балл</numerusform>
            <numerusform>%Ln балла</numerusform>
            <numerusform>%Ln баллов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Top tier</source>
        <translation>Высший уровень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend in the last 12 months: %1</source>
        <translation>Траты за последние 12 месяцев: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spend in the last 12 months: %1 · %2 more to reach %3</source>
        <translation>Траты за последние 12 месяцев: %1 · ещё %2 до уровня «%3»</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln points expire by %1</source>
        <translation>
            <numerusform>%Ln балл сгорит до %1</numerusform>
            <numerusform>%Ln балла сгорят до %1</numerusform>
            <numerusform>%Ln баллов сгорят до %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No points expire in the next 30 days</source>
        <translation>В ближайшие 30 дней баллы не сгорают</translation>
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
        <translation>Поиск клиентов: имя, телефон, e-mail, код или метка  (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support</source>
        <translation>Поддержка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyalty</source>
        <translation>Лояльность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics</source>
        <translation>Метрики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%Ln results in %1 ms</source>
        <translation>
            <numerusform>%Ln результат за %1 мс</numerusform>
            <numerusform>%Ln результата за %1 мс</numerusform>
            <numerusform>%Ln результатов за %1 мс</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Settings saved</source>
        <translation>Настройки сохранены</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New customer…</source>
        <translation>&amp;Новый клиент…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export a &amp;report…</source>
        <translation>Экспорт &amp;отчёта…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;all data…</source>
        <translation>Экспорт &amp;всех данных…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Retain CRM</source>
        <translation>&amp;О программе Retain CRM</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+5"/>
        <location line="+13"/>
        <source>Export all data</source>
        <translation>Экспорт всех данных</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Zipped CSV files (*.zip);;Excel workbook (*.xlsx)</source>
        <translation>Архив файлов CSV (*.zip);;Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting all data…</source>
        <translation>Идёт экспорт всех данных…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 rows of %2 tables saved to %3</source>
        <translation>Строк сохранено: %1 (таблиц: %2), файл %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The export failed: %1</source>
        <translation>Экспорт не удался: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Loyalty: today&apos;s evaluation is done (%1 changes: expiries, birthdays, tiers, badges, coupons)</source>
        <translation>Лояльность: ежедневная проверка выполнена (изменений: %1 — сгорание, дни рождения, уровни, значки, купоны)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>About Retain CRM</source>
        <translation>О программе Retain CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retain CRM %1
Customer retention for small businesses.</source>
        <translation>Retain CRM %1
Удержание клиентов для малого бизнеса.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="+143"/>
        <source>Match the columns</source>
        <translation>Сопоставление столбцов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what each column holds. The preview shows the first rows as they will be imported.</source>
        <translation>Проверьте, что содержит каждый столбец. В предпросмотре первые строки показаны так, как они будут импортированы.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported as</source>
        <translation>Импортируется как</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First value</source>
        <translation>Первое значение</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Preview (first rows, as they will be imported):</source>
        <translation>Предпросмотр (первые строки в том виде, в каком они будут импортированы):</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This file cannot be imported: %1</source>
        <translation>Этот файл нельзя импортировать: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>day/month/year</source>
        <translation>день/месяц/год</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>month/day/year</source>
        <translation>месяц/день/год</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encoding %1</source>
        <translation>кодировка %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delimiter %1</source>
        <translation>разделитель %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sheet %1</source>
        <translation>лист %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dates %1</source>
        <translation>даты %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decimal mark “%1”</source>
        <translation>десятичный разделитель «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 columns</source>
        <translation>Столбцов: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No column is imported as: %1</source>
        <translation>Ни один столбец не импортируется как: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(no header)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— not imported —</source>
        <translation>— не импортировать —</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A total line: left out</source>
        <translation>Итоговая строка: пропущена</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/merge_dialog.py" line="+17"/>
        <source>Merge %1 with…</source>
        <translation>Объединить %1 с…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find the duplicate: name, phone, email or code</source>
        <translation>Найдите дубликат: имя, телефон, e-mail или код</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep %1 (%2); fold the other one into it</source>
        <translation>Оставить %1 (%2), присоединить к нему другого</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the selected customer; fold %1 into it</source>
        <translation>Оставить выбранного клиента, присоединить к нему %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All orders, points, tickets, feedback and notes move to the customer you keep. The merge is recorded in the audit log and the timeline.</source>
        <translation>Все заказы, баллы, обращения, отзывы и заметки перейдут к оставленному клиенту. Объединение записывается в журнал аудита и в хронологию.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select the duplicate customer first.</source>
        <translation>Сначала выберите клиента-дубликат.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Merge failed</source>
        <translation>Не удалось объединить</translation>
    </message>
</context>
<context>
    <name>MetricsCharts</name>
    <message>
        <location filename="../../ui/metrics_charts.py" line="+61"/>
        <source>No retention history yet.</source>
        <translation>Истории удержания пока нет.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retention and churn by period, with the year before</source>
        <translation>Удержание и отток по периодам в сравнении с прошлым годом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRR</source>
        <translation>CRR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Churn rate</source>
        <translation>Отток</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 a year earlier</source>
        <translation>%1 годом ранее</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No cohorts yet.</source>
        <translation>Когорт пока нет.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cohort retention (% of the cohort buying)</source>
        <translation>Удержание когорт (% когорты, совершивших покупку)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periods since the first purchase</source>
        <translation>Периодов с первой покупки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No revenue yet.</source>
        <translation>Выручки пока нет.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revenue by month</source>
        <translation>Выручка по месяцам</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A year earlier</source>
        <translation>Годом ранее</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Predicted CLV needs fitted models (see the Predicted CLV card).</source>
        <translation>Для прогноза CLV нужны подобранные модели (см. карточку «Прогноз CLV на клиента»).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicted CLV per customer</source>
        <translation>Прогноз CLV на клиента</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <source>Predicted CLV</source>
        <translation>Прогноз CLV</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+9"/>
        <location line="+15"/>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 customers above %2</source>
        <translation>%1 чел. выше %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No loyalty tiers yet.</source>
        <translation>Уровней лояльности пока нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tier</source>
        <translation>Без уровня</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers by loyalty tier</source>
        <translation>Клиенты по уровням лояльности</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P(alive) needs a fitted BG/NBD model.</source>
        <translation>Для вероятности активности нужна подобранная модель BG/NBD.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>P(alive) and predicted CLV</source>
        <translation>Вероятность активности и прогноз CLV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P(alive)</source>
        <translation>Вероятность активности</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Win-back candidates</source>
        <translation>Кандидаты на возврат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 customers shown</source>
        <translation>Показано %1 из %2 клиентов</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No tickets in the period.</source>
        <translation>В периоде нет обращений.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uncategorised</source>
        <translation>Без категории</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain points: tickets by category</source>
        <translation>Болевые точки: обращения по категориям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low CSAT (1–2), % of answers</source>
        <translation>Низкий CSAT (1–2), % ответов</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tickets</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No survey answers yet.</source>
        <translation>Ответов на опросы пока нет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NPS and CSAT by period</source>
        <translation>NPS и CSAT по периодам</translation>
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
    <name>MetricsTable</name>
    <message>
        <location filename="../../ui/metrics_tables.py" line="+64"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Export table</source>
        <translation>Экспорт таблицы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;Файл CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 rows saved to %2</source>
        <translation>Строк сохранено: %1, файл %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not save the file: %1</source>
        <translation>Не удалось сохранить файл: %1</translation>
    </message>
</context>
<context>
    <name>MetricsView</name>
    <message>
        <location filename="../../ui/metrics_view.py" line="+46"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No segments</source>
        <translation>Без сегментов</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity segment</source>
        <translation>Сегмент активности</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RFM segment</source>
        <translation>Сегмент RFM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acquisition cohort</source>
        <translation>Когорта привлечения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> % a month</source>
        <translation> % в месяц</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of</source>
        <translation>На дату</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn window</source>
        <translation>Окно оттока</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segments by</source>
        <translation>Сегменты по</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLV horizon</source>
        <translation>Горизонт CLV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discount rate</source>
        <translation>Ставка дисконтирования</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Cancel</source>
        <translation>О&amp;тмена</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PDF &amp;report…</source>
        <translation>Экспорт PDF-&amp;отчёта…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Click a figure to see how it is calculated.</source>
        <translation>Щёлкните показатель, чтобы увидеть, как он рассчитан.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active at start</source>
        <translation>Активны в начале</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active at end</source>
        <translation>Активны в конце</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Ушли</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CRR</source>
        <translation>CRR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn rate</source>
        <translation>Отток</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Historical CLV</source>
        <translation>Исторический CLV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+8"/>
        <source>Spent to date</source>
        <translation>Потрачено на дату</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+9"/>
        <source>Predicted CLV</source>
        <translation>Прогноз CLV</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+6"/>
        <location line="+5"/>
        <source>P(alive)</source>
        <translation>Вероятность активности</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+5"/>
        <source>Last purchase</source>
        <translation>Последняя покупка</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Usual gap (days)</source>
        <translation>Обычный интервал (дней)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since last purchase</source>
        <translation>Дней с последней покупки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected purchases</source>
        <translation>Ожидаемые покупки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Win-back</source>
        <translation>Возврат клиентов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>Под угрозой ухода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top predicted CLV</source>
        <translation>Лучший прогноз CLV</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Computing…</source>
        <translation>Расчёт…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unchanged data: shown from memory</source>
        <translation>Данные не менялись: показано из памяти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computed in %1 s</source>
        <translation>Рассчитано за %1 с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 customers, %2 with purchases</source>
        <translation>Клиентов: %1, с покупками: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Computing… %1</source>
        <translation>Расчёт… %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled; the figures shown are from before.</source>
        <translation>Отменено; показаны прежние цифры.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reading orders</source>
        <translation>чтение заказов</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reading feedback</source>
        <translation>чтение отзывов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reading tickets</source>
        <translation>чтение обращений</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>data loaded</source>
        <translation>данные загружены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data from cache</source>
        <translation>данные из памяти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activity</source>
        <translation>активность</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fitting BG/NBD</source>
        <translation>подбор BG/NBD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fitting Gamma-Gamma</source>
        <translation>подбор Gamma-Gamma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>predicting</source>
        <translation>прогноз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected purchases</source>
        <translation>ожидаемые покупки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CLV done</source>
        <translation>CLV рассчитан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feedback and tickets</source>
        <translation>отзывы и обращения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cohorts and RFM</source>
        <translation>когорты и RFM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>customer lists</source>
        <translation>списки клиентов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>previous periods</source>
        <translation>прошлые периоды</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not compute the metrics: %1</source>
        <translation>Не удалось рассчитать метрики: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2 – %3 (as of %4)</source>
        <translation>%1: %2 – %3 (на %4)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose “Segments by” above to compare segments.</source>
        <translation>Выберите «Сегменты по» вверху, чтобы сравнить сегменты.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valuable customers the model thinks are probably gone (P(alive) &lt; 0.5).</source>
        <translation>Ценные клиенты, которые, по оценке модели, скорее всего ушли (P(активен) &lt; 0,5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No purchase for longer than their usual gap, still inside the churn window.</source>
        <translation>Не покупали дольше обычного интервала, но ещё в пределах окна оттока.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers with the highest predicted value over the horizon.</source>
        <translation>Клиенты с наибольшей прогнозной ценностью на горизонте.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/note_dialog.py" line="+12"/>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened, what was promised…</source>
        <translation>Что произошло, что было обещано…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The note is empty.</source>
        <translation>Заметка пуста.</translation>
    </message>
</context>
<context>
    <name>NpsDialog</name>
    <message>
        <location filename="../../ui/nps_dialog.py" line="+28"/>
        <source>Record NPS answer</source>
        <translation>Запись ответа NPS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>choose 0–10</source>
        <translation>выберите 0–10</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Survey</source>
        <translation>Опрос</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In store</source>
        <translation>В магазине</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Social</source>
        <translation>Соцсети</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How likely to &amp;recommend us (0–10)</source>
        <translation>Готовность &amp;рекомендовать нас (0–10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation>&amp;Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comment</source>
        <translation>&amp;Комментарий</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a score from 0 to 10.</source>
        <translation>Выберите оценку от 0 до 10.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing was saved. %1</source>
        <translation>Ничего не сохранено. %1</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../ui/order_form.py" line="+27"/>
        <source>Record purchase</source>
        <translation>Новая покупка</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>optional, e.g. the receipt number</source>
        <translation>необязательно, например номер чека</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order &amp;number</source>
        <translation>&amp;Номер заказа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price (%1)</source>
        <translation>Цена за единицу (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add line</source>
        <translation>Д&amp;обавить строку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove line</source>
        <translation>&amp;Удалить строку</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Total: %1</source>
        <translation>Итого: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total: —</source>
        <translation>Итого: —</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not save: %1</source>
        <translation>Не удалось сохранить: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was saved.</source>
        <translation>Ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>PainPointsView</name>
    <message>
        <location filename="../../ui/painpoints_view.py" line="+52"/>
        <source>By volume</source>
        <translation>По количеству</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By share of low CSAT</source>
        <translation>По доле низких CSAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By share of detractors</source>
        <translation>По доле критиков</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By trend</source>
        <translation>По динамике</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Rank:</source>
        <translation>&amp;Сортировка:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(без категории)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>Trend</source>
        <translation>Динамика</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>%1 in the previous period</source>
        <translation>%1 за предыдущий период</translation>
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
            <numerusform>%Ln ответ</numerusform>
            <numerusform>%Ln ответа</numerusform>
            <numerusform>%Ln ответов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low CSAT (1–2)</source>
        <translation>Низкий CSAT (1–2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detractors</source>
        <translation>Критики</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %Ln customers with an NPS answer</source>
        <translation>
            <numerusform>%1 из %Ln клиента с ответом NPS</numerusform>
            <numerusform>%1 из %Ln клиентов с ответом NPS</numerusform>
            <numerusform>%1 из %Ln клиентов с ответом NPS</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All tickets of the category</source>
        <translation>Все обращения категории</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only tickets rated CSAT 1–2</source>
        <translation>Только обращения с CSAT 1–2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Survey</source>
        <translation>Опрос</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad (CSAT 1–2 / NPS 0–6)</source>
        <translation>Плохие (CSAT 1–2 / NPS 0–6)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last feedback</source>
        <translation>Последний отзыв</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ticket categories</source>
        <translation>Категории обращений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback</source>
        <translation>Отзывы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unhappy, not back</source>
        <translation>Недовольные, не вернулись</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last 90 days: %1 – %2, compared with the 90 days before</source>
        <translation>Последние 90 дней: %1 – %2, в сравнении с предыдущими 90 днями</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unhappy, not back (%1)</source>
        <translation>Недовольные, не вернулись (%1)</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <location filename="../../ui/i18n.py" line="+112"/>
        <source>Q%1 %2</source>
        <translation>%1 кв. %2</translation>
    </message>
</context>
<context>
    <name>ProfileHeader</name>
    <message>
        <location filename="../../ui/profile_header.py" line="+7"/>
        <source>No purchase yet</source>
        <translation>Покупок ещё не было</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln year(s)</source>
        <translation>
            <numerusform>%Ln год</numerusform>
            <numerusform>%Ln года</numerusform>
            <numerusform>%Ln лет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln месяц</numerusform>
            <numerusform>%Ln месяца</numerusform>
            <numerusform>%Ln месяцев</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer for %1, since %2</source>
        <translation>Клиент уже %1 (первая покупка: %2)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total spent</source>
        <translation>Всего потрачено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average order</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First purchase</source>
        <translation>Первая покупка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last purchase</source>
        <translation>Последняя покупка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open tickets</source>
        <translation>Открытые обращения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P(alive)</source>
        <translation>Вероятность активности</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Predicted CLV</source>
        <translation>Прогноз CLV</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No phone or email</source>
        <translation>Нет телефона и e-mail</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open the Metrics page once to fit the models that predict these.</source>
        <translation>Откройте один раз страницу «Метрики», чтобы подобрать модели для этих прогнозов.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>BG/NBD and Gamma-Gamma fitted on the data to %1; next %Ln month(s): %2 purchase days expected.</source>
        <translation>
            <numerusform>Модели BG/NBD и Gamma-Gamma подобраны по данным на %1; ожидаемых дней покупок за следующий %Ln месяц: %2.</numerusform>
            <numerusform>Модели BG/NBD и Gamma-Gamma подобраны по данным на %1; ожидаемых дней покупок за следующие %Ln месяца: %2.</numerusform>
            <numerusform>Модели BG/NBD и Gamma-Gamma подобраны по данным на %1; ожидаемых дней покупок за следующие %Ln месяцев: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <location filename="../../ui/profile_view.py" line="+100"/>
        <source>Type a name, phone, email or code in the search box (Ctrl+K),
then press Enter to open the customer.</source>
        <translation>Введите имя, телефон, e-mail или код в поле поиска (Ctrl+K),
затем нажмите Enter, чтобы открыть клиента.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;purchase</source>
        <translation>Записать &amp;покупку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;note</source>
        <translation>Добавить за&amp;метку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Объединить…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile &amp;report…</source>
        <translation>Отчёт о &amp;клиенте…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data &amp;privacy</source>
        <translation>Персональные &amp;данные</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export all of this customer&apos;s data…</source>
        <translation>Экспортировать все данные клиента…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase this customer&apos;s personal data…</source>
        <translation>Удалить персональные данные клиента…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+40"/>
        <location line="+4"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Позиций</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>Нетто</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyalty</source>
        <translation>Лояльность</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;ticket…</source>
        <translation>&amp;Новое обращение…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open ticket</source>
        <translation>О&amp;ткрыть обращение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tickets</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record NPS &amp;answer…</source>
        <translation>&amp;Записать ответ NPS…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feedback</source>
        <translation>Отзывы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Tickets (%1)</source>
        <translation>Обращения (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback (%1)</source>
        <translation>Отзывы (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes (%1)</source>
        <translation>Заметки (%1)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Retain CRM</source>
        <translation>Retain CRM</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Note not saved</source>
        <translation>Заметка не сохранена</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Save the customer&apos;s data as</source>
        <translation>Сохранить данные клиента как</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zip archive (*.zip)</source>
        <translation>Архив ZIP (*.zip)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customer data exported</source>
        <translation>Данные клиента выгружены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All data of %1 was saved to %2.</source>
        <translation>Все данные клиента %1 сохранены в %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+7"/>
        <source>Erase personal data</source>
        <translation>Удаление персональных данных</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>This removes the name, phones, emails, notes and texts of %1 (%2) for good. Orders, points, tickets and scores stay, without the person.

Why (e.g. the customer&apos;s request of today)?</source>
        <translation>Имя, телефоны, адреса эл. почты, заметки и тексты клиента %1 (%2) будут удалены навсегда. Заказы, баллы, обращения и оценки останутся, но обезличенными.

Причина (например, сегодняшний запрос клиента)?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was erased: a reason is needed for the audit log.</source>
        <translation>Ничего не удалено: для журнала аудита нужна причина.</translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <location filename="../../ui/loyalty_dialogs.py" line="-93"/>
        <source>Redeem points</source>
        <translation>Списание баллов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points only (no coupon)</source>
        <translation>Только баллы (без купона)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 — %Ln points (%2)</source>
        <translation>
            <numerusform>%1 — %Ln балл (%2)</numerusform>
            <numerusform>%1 — %Ln балла (%2)</numerusform>
            <numerusform>%1 — %Ln баллов (%2)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the points were spent on</source>
        <translation>На что потрачены баллы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward</source>
        <translation>Награда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <location filename="../../ui/reference_labels.py" line="+11"/>
        <source>Bronze</source>
        <translation>Бронзовый</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Silver</source>
        <translation>Серебряный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gold</source>
        <translation>Золотой</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First purchase</source>
        <translation>Первая покупка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>5 visits</source>
        <translation>5 визитов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 visits</source>
        <translation>10 визитов</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One year with us</source>
        <translation>Год с нами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Five years with us</source>
        <translation>Пять лет с нами</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Big spender</source>
        <translation>Крупный покупатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer</source>
        <translation>Автор отзыва</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referrer</source>
        <translation>Привёл друга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comeback</source>
        <translation>Возвращение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3-month streak</source>
        <translation>3 месяца подряд</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery delay</source>
        <translation>Задержка доставки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Damaged item</source>
        <translation>Повреждённый товар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong item</source>
        <translation>Не тот товар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Billing</source>
        <translation>Оплата и счета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund request</source>
        <translation>Запрос на возврат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product question</source>
        <translation>Вопрос о товаре</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account and login</source>
        <translation>Аккаунт и вход</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loyalty points</source>
        <translation>Бонусные баллы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store experience</source>
        <translation>Опыт в магазине</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Website and app</source>
        <translation>Сайт и приложение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>5.00 off</source>
        <translation>Скидка 5,00</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>10 % off</source>
        <translation>Скидка 10 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>25.00 off</source>
        <translation>Скидка 25,00</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/report_dialog.py" line="+37"/>
        <source>Export a PDF report</source>
        <translation>Экспорт отчёта PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retention report</source>
        <translation>Отчёт об удержании клиентов</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer profile</source>
        <translation>Профиль клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support report</source>
        <translation>Отчёт поддержки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>customer code, e.g. C0000042</source>
        <translation>код клиента, например C0000042</translation>
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
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Report</source>
        <translation>&amp;Отчёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ustomer</source>
        <translation>&amp;Клиент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper</source>
        <translation>&amp;Бумага</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as</source>
        <translation>&amp;Сохранить как</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Create PDF</source>
        <translation>Со&amp;здать PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view and print…</source>
        <translation>Пред&amp;просмотр и печать…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Save the report as</source>
        <translation>Сохранить отчёт как</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter the customer&apos;s code.</source>
        <translation>Укажите код клиента.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a file in an existing folder.</source>
        <translation>Выберите файл в существующей папке.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Saved %1 (%Ln page(s)).</source>
        <translation>
            <numerusform>Сохранено: %1 (%Ln страница).</numerusform>
            <numerusform>Сохранено: %1 (%Ln страницы).</numerusform>
            <numerusform>Сохранено: %1 (%Ln страниц).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The report could not be made: %1</source>
        <translation>Не удалось создать отчёт: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled; no file was written.</source>
        <translation>Отменено; файл не записан.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Building the report…</source>
        <translation>Создание отчёта…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Preview: %1</source>
        <translation>Предпросмотр: %1</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="+136"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A backup of the database is taken first. Cancelling leaves the database as it was.</source>
        <translation>Сначала создаётся резервная копия базы данных. При отмене база остаётся прежней.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+12"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Importing… (a backup is taken first)</source>
        <translation>Импорт… (сначала создаётся резервная копия)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing was imported: rows were rejected. Go back to see them.</source>
        <translation>Ничего не импортировано: есть отклонённые строки. Вернитесь назад, чтобы их увидеть.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import cancelled. The database is unchanged.</source>
        <translation>Импорт отменён. База данных не изменилась.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The import failed and nothing was changed: %1</source>
        <translation>Импорт не удался, ничего не изменено: %1</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <location filename="../../reports/common.py" line="+97"/>
        <source>Prospect</source>
        <translation>Потенциальный</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Активные</translation>
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
        <translation>Вернувшиеся</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lapsed</source>
        <translation>Ушедшие</translation>
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
        <translation>Нельзя потерять</translation>
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
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages.py" line="+85"/>
        <source>Business</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyalty program</source>
        <translation>Программа лояльности</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/settings_view.py" line="+28"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an image for the cover of the reports (optional)</source>
        <translation>изображение для обложки отчётов (необязательно)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Business</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business name</source>
        <translation>Название компании</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency (ISO code)</source>
        <translation>Валюта (код ISO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default phone region</source>
        <translation>Регион телефонов по умолчанию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn window</source>
        <translation>Окно оттока</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Logo for reports</source>
        <translation>Логотип для отчётов</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies when the app starts again.</source>
        <translation>Новый язык применится после перезапуска программы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Сохранить настройки</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use a three-letter currency code and a two-letter region code.</source>
        <translation>Укажите трёхбуквенный код валюты и двухбуквенный код региона.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The logo file does not exist: %1</source>
        <translation>Файл логотипа не найден: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="-425"/>
        <source>Choose a file</source>
        <translation>Выбор файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV file (any delimiter and encoding) or an Excel workbook (.xlsx).</source>
        <translation>Файл CSV (любой разделитель и кодировка) или книга Excel (.xlsx).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File to import</source>
        <translation>Файл для импорта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support tickets</source>
        <translation>Обращения в поддержку</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feedback (NPS, CSAT)</source>
        <translation>Отзывы (NPS, CSAT)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Detect automatically</source>
        <translation>Определить автоматически</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Windows-1256 (Arabic)</source>
        <translation>Windows-1256 (арабская)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (кириллица)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma</source>
        <translation>Запятая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon</source>
        <translation>Точка с запятой</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vertical bar</source>
        <translation>Вертикальная черта</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detect from the file</source>
        <translation>Определить по файлу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day/month/year</source>
        <translation>День/месяц/год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month/day/year</source>
        <translation>Месяц/день/год</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create customers for unknown customer codes</source>
        <translation>Создавать клиентов для неизвестных кодов</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it holds:</source>
        <translation>Содержимое:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding:</source>
        <translation>Кодировка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimiter:</source>
        <translation>Разделитель:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates like 03/04/2024:</source>
        <translation>Даты вида 03/04/2024:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 or %2</source>
        <translation>%1 или %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needed columns: %1. Optional: %2. Headers are recognized in English, Arabic, Persian and Russian, and you can match any column by hand on the next page.</source>
        <translation>Обязательные столбцы: %1. Необязательные: %2. Заголовки распознаются на английском, арабском, персидском и русском; на следующей странице любой столбец можно сопоставить вручную.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a file</source>
        <translation>Импорт файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Таблицы (*.csv *.txt *.tsv *.xlsx);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>SpendChart</name>
    <message>
        <location filename="../../ui/charts.py" line="+136"/>
        <source>No purchases to chart</source>
        <translation>Нет покупок для графика</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Net spend per month</source>
        <translation>Чистые траты по месяцам</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="+366"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data is in the database.</source>
        <translation>Данные загружены в базу.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Possible duplicates of existing customers: choose one and Merge, or double-click it.</source>
        <translation>Возможные дубликаты существующих клиентов: выберите строку и нажмите «Объединить» или дважды щёлкните её.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customer</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Existing customer</source>
        <translation>Существующий клиент</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>same name</source>
        <translation>то же имя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same email or phone</source>
        <translation>тот же e-mail или телефон</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Объединить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge the new customer into the existing one</source>
        <translation>Объединить нового клиента с существующим</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Сохранить отклонённые строки…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows left out (not imported):</source>
        <translation>Пропущенные строки (не импортированы):</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Took %1 s.</source>
        <translation>Заняло %1 с.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup taken before the import: %1</source>
        <translation>Резервная копия перед импортом: %1</translation>
    </message>
</context>
<context>
    <name>Support</name>
    <message>
        <location filename="../../ui/support_labels.py" line="+10"/>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>Срочный</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+15"/>
        <source>Social</source>
        <translation>Соцсети</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+12"/>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Web</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Survey</source>
        <translation>Опрос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In store</source>
        <translation>В магазине</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <location filename="../../ui/pages.py" line="-31"/>
        <source>Ticket queue</source>
        <translation>Очередь обращений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain points</source>
        <translation>Болевые точки</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <location filename="../../ui/ticket_dialog.py" line="+83"/>
        <source>Please correct the marked fields.</source>
        <translation>Исправьте отмеченные поля.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong; nothing was saved.
%1</source>
        <translation>Что-то пошло не так; ничего не сохранено.
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New ticket</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+201"/>
        <source>No customer</source>
        <translation>Без клиента</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>What is the problem, in a few words</source>
        <translation>В чём проблема, в нескольких словах</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details, order number, what was promised…</source>
        <translation>Подробности, номер заказа, что было обещано…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Details</source>
        <translation>&amp;Подробности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel</source>
        <translation>&amp;Канал</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ca&amp;tegory</source>
        <translation>Кат&amp;егория</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+97"/>
        <source>&amp;Priority</source>
        <translation>При&amp;оритет</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>&amp;Assignee</source>
        <translation>&amp;Исполнитель</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create ticket</source>
        <translation>Создать обращение</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>(none)</source>
        <translation>(без категории)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(unassigned)</source>
        <translation>(не назначено)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter a subject.</source>
        <translation>Укажите тему.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ticket #%1</source>
        <translation>Обращение №%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Sa&amp;ve changes</source>
        <translation>Со&amp;хранить изменения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;tatus</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assi&amp;gnee</source>
        <translation>&amp;Исполнитель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Categor&amp;y</source>
        <translation>Кат&amp;егория</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Write a reply to the customer (Ctrl+Enter sends)…</source>
        <translation>Напишите ответ клиенту (Ctrl+Enter — отправить)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Internal note (not sent to the customer)</source>
        <translation>&amp;Внутренняя заметка (не отправляется клиенту)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Send</source>
        <translation>О&amp;тправить</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not asked</source>
        <translation>Не спрашивали</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resolve</source>
        <translation>&amp;Решить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolve</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer satisfaction (&amp;CSAT):</source>
        <translation>Оценка клиента (&amp;CSAT):</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>very satisfied</source>
        <translation>очень доволен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>satisfied</source>
        <translation>доволен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>neutral</source>
        <translation>нейтрально</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dissatisfied</source>
        <translation>недоволен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>very dissatisfied</source>
        <translation>очень недоволен</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Opened %1 by %2</source>
        <translation>Открыто %1, канал: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>first response %1</source>
        <translation>первый ответ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolved %1</source>
        <translation>решено %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSAT %1 of 5</source>
        <translation>CSAT %1 из 5</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: no target</source>
        <translation>%1: без срока</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: due %2</source>
        <translation>%1: срок %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — breached</source>
        <translation>%1 — просрочено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Internal note</source>
        <translation>Внутренняя заметка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The reply is empty.</source>
        <translation>Ответ пуст.</translation>
    </message>
</context>
<context>
    <name>TicketsView</name>
    <message>
        <location filename="../../ui/tickets_view.py" line="+91"/>
        <source>Open work</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New ticket…</source>
        <translation>&amp;Новое обращение…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search subject, or #number</source>
        <translation>Поиск по теме или #номеру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any priority</source>
        <translation>Любой приоритет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any channel</source>
        <translation>Любой канал</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+111"/>
        <source>Anyone</source>
        <translation>Любой исполнитель</translation>
    </message>
    <message>
        <location line="-111"/>
        <location line="+111"/>
        <source>Unassigned</source>
        <translation>Не назначено</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+111"/>
        <source>Any category</source>
        <translation>Любая категория</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Any SLA</source>
        <translation>Любой SLA</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+159"/>
        <source>SLA breached</source>
        <translation>SLA нарушен</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Due within 4 hours</source>
        <translation>Срок в ближайшие 4 часа</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next due</source>
        <translation>Ближайший срок</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Set s&amp;tatus</source>
        <translation>Изменить &amp;статус</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Assign to</source>
        <translation>Назначить &amp;исполнителя</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;customer</source>
        <translation>Открыть &amp;клиента</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Nobody (unassign)</source>
        <translation>Никому (снять назначение)</translation>
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
        <translation>Срок первого ответа: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution due: %1</source>
        <translation>Срок решения: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln tickets loaded; scroll for more</source>
        <translation>
            <numerusform>Загружено %Ln обращение; прокрутите, чтобы увидеть ещё</numerusform>
            <numerusform>Загружено %Ln обращения; прокрутите, чтобы увидеть ещё</numerusform>
            <numerusform>Загружено %Ln обращений; прокрутите, чтобы увидеть ещё</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln tickets</source>
        <translation>
            <numerusform>%Ln обращение</numerusform>
            <numerusform>%Ln обращения</numerusform>
            <numerusform>%Ln обращений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This column cannot be sorted.</source>
        <translation>Этот столбец нельзя сортировать.</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%Ln tickets changed</source>
        <translation>
            <numerusform>Изменено %Ln обращение</numerusform>
            <numerusform>Изменено %Ln обращения</numerusform>
            <numerusform>Изменено %Ln обращений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The change failed; nothing was saved.</source>
        <translation>Изменение не удалось; ничего не сохранено.</translation>
    </message>
</context>
</TS>
