<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CampaignsView</name>
    <message numerus="yes">
        <location filename="../../ui/campaigns_view.py" line="+148"/>
        <source>%Ln customers (the first %1; export for all)</source>
        <translation>
            <numerusform>%Ln customer (the first %1; export for all)</numerusform>
            <numerusform>%Ln customers (the first %1; export for all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%Ln rows written to %1</source>
        <translation>
            <numerusform>%Ln row written to %1</numerusform>
            <numerusform>%Ln rows written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message numerus="yes">
        <location filename="../../ui/customers_view.py" line="+108"/>
        <source>%Ln matches for “%1”</source>
        <translation>
            <numerusform>%Ln match for “%1”</numerusform>
            <numerusform>%Ln matches for “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>All %Ln customers, by name</source>
        <translation>
            <numerusform>%Ln customer, by name</numerusform>
            <numerusform>All %Ln customers, by name</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoyaltyTab</name>
    <message numerus="yes">
        <location filename="../../ui/loyalty_tab.py" line="+212"/>
        <source>%Ln points</source>
        <translation>
            <numerusform>%Ln point</numerusform>
            <numerusform>%Ln points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%Ln points expire by %1</source>
        <translation>
            <numerusform>%Ln point expires by %1</numerusform>
            <numerusform>%Ln points expire by %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="+83"/>
        <source>%Ln results in %1 ms</source>
        <translation>
            <numerusform>%Ln result in %1 ms</numerusform>
            <numerusform>%Ln results in %1 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PainPointsView</name>
    <message numerus="yes">
        <location filename="../../ui/painpoints_view.py" line="+71"/>
        <source>%Ln answers</source>
        <translation>
            <numerusform>%Ln answer</numerusform>
            <numerusform>%Ln answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %Ln customers with an NPS answer</source>
        <translation>
            <numerusform>%1 of %Ln customer with an NPS answer</numerusform>
            <numerusform>%1 of %Ln customers with an NPS answer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileHeader</name>
    <message numerus="yes">
        <location filename="../../ui/profile_header.py" line="+32"/>
        <source>%Ln year(s)</source>
        <translation>
            <numerusform>%Ln year</numerusform>
            <numerusform>%Ln years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln month</numerusform>
            <numerusform>%Ln months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>BG/NBD and Gamma-Gamma fitted on the data to %1; next %Ln month(s): %2 purchase days expected.</source>
        <translation>
            <numerusform>BG/NBD and Gamma-Gamma fitted on the data to %1; next %Ln month: %2 purchase days expected.</numerusform>
            <numerusform>BG/NBD and Gamma-Gamma fitted on the data to %1; next %Ln months: %2 purchase days expected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message numerus="yes">
        <location filename="../../ui/loyalty_dialogs.py" line="+58"/>
        <source>%1 — %Ln points (%2)</source>
        <translation>
            <numerusform>%1 — %Ln point (%2)</numerusform>
            <numerusform>%1 — %Ln points (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/report_dialog.py" line="+153"/>
        <source>Saved %1 (%Ln page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%Ln page).</numerusform>
            <numerusform>Saved %1 (%Ln pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketsView</name>
    <message numerus="yes">
        <location filename="../../ui/tickets_view.py" line="+286"/>
        <source>%Ln tickets loaded; scroll for more</source>
        <translation>
            <numerusform>%Ln ticket loaded; scroll for more</numerusform>
            <numerusform>%Ln tickets loaded; scroll for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln tickets</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%Ln tickets changed</source>
        <translation>
            <numerusform>%Ln ticket changed</numerusform>
            <numerusform>%Ln tickets changed</numerusform>
        </translation>
    </message>
</context>
</TS>
