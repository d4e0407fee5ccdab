<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>core</name>
        <message>
            <location filename="../../core/_base.py" line="70" />
            <location filename="../../core/reads.py" line="151" />
            <location filename="../../core/reads.py" line="159" />
            <location filename="../../core/reads.py" line="190" />
            <source>household</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/_base.py" line="73" />
            <location filename="../../core/bookkeeping.py" line="256" />
            <location filename="../../core/cli.py" line="327" />
            <location filename="../../core/csvio.py" line="45" />
            <location filename="../../core/ledger_sql.py" line="93" />
            <location filename="../../core/ledger_sql.py" line="97" />
            <location filename="../../core/ledger_sql.py" line="98" />
            <location filename="../../core/order.py" line="59" />
            <location filename="../../core/order_sql.py" line="61" />
            <location filename="../../core/order_sql.py" line="64" />
            <location filename="../../core/order_sql.py" line="65" />
            <location filename="../../core/reads.py" line="167" />
            <location filename="../../core/reads.py" line="205" />
            <source>member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/_base.py" line="76" />
            <location filename="../../core/cli.py" line="201" />
            <location filename="../../core/reads.py" line="199" />
            <source>binding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/_base.py" line="66" />
            <location filename="../../core/ledger_sql.py" line="97" />
            <location filename="../../core/ledger_sql.py" line="154" />
            <location filename="../../core/order_sql.py" line="64" />
            <location filename="../../core/reads.py" line="111" />
            <location filename="../../core/validate.py" line="74" />
            <source>There is no {what} with number {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/_base.py" line="134" />
            <source>{name} has resident insurance and therefore no personal account to share; only an employee-insured member can authorize.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/_base.py" line="140" />
            <source>{name} is not currently insured (status: suspended); only an insured person can use a shared account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/_base.py" line="143" />
            <source>Parents-in-law are not close relatives (近亲属) under the pooling rules, so they cannot be bound.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/_base.py" line="151" />
            <source>{name}'s ID number belongs to a woman, but the relation chosen is father.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/_base.py" line="154" />
            <source>{name}'s ID number belongs to a man, but the relation chosen is mother.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/_base.py" line="159" />
            <source>{a} is already bound to {u}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/_base.py" line="172" />
            <source>{a} already shares with {n} people, the most {profile} allows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/_base.py" line="137" />
            <source>{name}'s employee insurance is suspended, so the account cannot be shared.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/_base.py" line="147" />
            <source>Under {profile}, a {relation} cannot be bound; allowed: {allowed}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/_base.py" line="164" />
            <source>Under {profile}, a user may have only one authorizer at a time, and {u} already uses {a}'s account. End that binding first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/_base.py" line="178" />
            <source>Under {profile}, {a} may share with at most {limit} {relation}; {n} already bound.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/application.py" line="61" />
            <source>binding application #{id} printed with full ID numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/application.py" line="91" />
            <source>until ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/application.py" line="115" />
            <source>I, the authorizer, agree that the user named above may use my employee medical-insurance personal account to pay their eligible medical expenses, under the pooling rules of my insurance region.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/application.py" line="117" />
            <source>We confirm that the relation stated above is true and the documents provided are genuine, and we bear the consequences of any false statement.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/application.py" line="119" />
            <source>We know that either of us may end the binding, and that money already paid is not returned by ending it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/application.py" line="121" />
            <source>We know that a binding made at the counter usually takes 3 to 5 working days and takes effect when the insurance office has completed it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/application.py" line="93" />
            <source>Household</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/application.py" line="94" />
            <source>Region rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/application.py" line="95" />
            <source>Authorizer (主账户人, whose account pays)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/application.py" line="96" />
            <source>Authorizer's ID number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/application.py" line="97" />
            <source>Authorizer's insurance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/application.py" line="98" />
            <source>User (使用人, who may use the account)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/application.py" line="99" />
            <source>User's ID number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/application.py" line="100" />
            <source>User's insurance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/application.py" line="101" />
            <source>The user is the authorizer's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/application.py" line="102" />
            <source>Authorization period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/application.py" line="103" />
            <source>Date of application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/application.py" line="107" />
            <source>ID card of the authorizer (主账户身份证件)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/application.py" line="108" />
            <source>ID card or household register page of the user (家庭成员有效身份证件)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/application.py" line="109" />
            <source>Household register (户口簿)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/application.py" line="110" />
            <source>Marriage certificate (结婚证)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/application.py" line="111" />
            <source>Birth certificate (出生医学证明)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/application.py" line="112" />
            <source>Signed commitment (承诺书, below)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/application.py" line="125" />
            <source>Under {profile}, the user confirms the application after the authorizer has applied.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/application.py" line="128" />
            <source>Application for family pooling of a medical-insurance personal account (家庭共济绑定申请)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/application.py" line="129" />
            <source>Documents to bring (originals):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/application.py" line="129" />
            <source>Commitment (承诺书)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/application.py" line="131" />
            <source>Prepared with 家庭共济助手 (gongji); not an official form. The insurance office's own form and rules take precedence.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/application.py" line="70" />
            <location filename="../../core/labels.py" line="27" />
            <source>employee insurance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/application.py" line="70" />
            <location filename="../../core/labels.py" line="27" />
            <source>resident insurance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/application.py" line="130" />
            <source>Authorizer's signature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/application.py" line="130" />
            <source>User's signature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/application.py" line="130" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/backup_files.py" line="97" />
            <source>The file {path} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/backup_files.py" line="127" />
            <source>There is no database file at {path} to back up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/backup_files.py" line="146" />
            <source>The backup of {path} failed its check and was deleted: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/backup_files.py" line="142" />
            <source>The backup of {path} failed: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/backup_files.py" line="102" />
            <source>The file {path} is not a gongji database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/backup_files.py" line="136" />
            <source>The disk is full: no backup of {path} could be made. Free some space on the disk; your ledger is unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/backup_files.py" line="139" />
            <source>No backup could be made: gongji may not write to {folder} (permission denied). Your ledger is unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/binding_parties.py" line="31" />
            <source>Waiting for {name} to confirm.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/binding_parties.py" line="39" />
            <source>{u} asked to use {a}'s account ({relation}); waiting for {a} to confirm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/binding_parties.py" line="37" />
            <source>{a} applied for {u} to use {a}'s account ({relation}); waiting for {u} to confirm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/binding_parties.py" line="47" />
            <source>{applicant} applied for this binding, so {applicant} cannot confirm it; {other} confirms it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/binding_parties.py" line="59" />
            <source>The two-way binding cannot be completed: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bindings.py" line="113" />
            <source>{u} may now use {a}'s account ({relation})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bindings.py" line="230" />
            <source>The binding {a} → {u} has changed since (it is now {state}); this step can no longer be undone or redone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bindings.py" line="131" />
            <source>{u} can now use {a}'s account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bindings.py" line="223" />
            <source>Binding {a} → {u} is now {state}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bindings.py" line="251" />
            <source>{who} confirmed that {u} may use {a}'s account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bindings.py" line="323" />
            <source>{u} can no longer use {a}'s account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bindings.py" line="371" />
            <source>{a}'s account now pays first for {u}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bindings.py" line="44" />
            <source>A person cannot be bound to themselves: their own account already pays first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bindings.py" line="47" />
            <source>{a} and {u} are in different households.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bindings.py" line="49" />
            <location filename="../../core/cli.py" line="157" />
            <source>relation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bindings.py" line="53" />
            <source>The authorization period ends ({end}) before it starts ({start}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bindings.py" line="56" />
            <source>The authorization period ended already ({end}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bindings.py" line="61" />
            <source>{profile} requires the signed commitment (承诺书) before binding.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bindings.py" line="64" />
            <source>{profile} requires proof of the relation (household register, marriage or birth certificate).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bindings.py" line="87" />
            <source>who applies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bindings.py" line="125" />
            <source>bind {a} → {u}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bindings.py" line="151" />
            <source>the new person's role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bindings.py" line="253" />
            <source>{who} confirmed; {a} and {u} may now use each other's accounts (two-way)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bindings.py" line="269" />
            <source>Confirmation of {a} → {u} undone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bindings.py" line="278" />
            <source>confirm {a} → {u}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bindings.py" line="283" />
            <source>Binding confirmed; it works both ways now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bindings.py" line="283" />
            <source>Binding confirmed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bindings.py" line="288" />
            <location filename="../../core/cli_args.py" line="271" />
            <source>who ends it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bindings.py" line="304" />
            <source>{u} can no longer use {a}'s account ({who})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bindings.py" line="319" />
            <source>unbind {a} → {u}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bindings.py" line="349" />
            <source>{a}'s account re-bound for {u} so that it pays first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bindings.py" line="367" />
            <source>re-bind {a} → {u}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bindings.py" line="51" />
            <source>proof of relation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bindings.py" line="157" />
            <source>The new person's details are incomplete or have unknown fields.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bindings.py" line="198" />
            <location filename="../../core/members.py" line="39" />
            <source>{name} added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bindings.py" line="238" />
            <source>who confirms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bindings.py" line="243" />
            <source>This binding is not waiting for confirmation (it is {state}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bindings.py" line="293" />
            <source>This binding has already ended.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bindings.py" line="332" />
            <source>Only an active binding can be re-bound.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="207" />
            <source>official app: current year {oc}, prior years {op}; ledger: current year {lc}, prior years {lp}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="102" />
            <source>{month} has not begun yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="104" />
            <location filename="../../core/bookkeeping.py" line="133" />
            <location filename="../../core/validate.py" line="90" />
            <source>The date {d} is too far in the past.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="178" />
            <source>Reconciliation of {day}: {figures}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="294" />
            <source>Contributions for {month} recorded: {n} members, {total} in all.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="129" />
            <location filename="../../core/validate.py" line="83" />
            <source>The date must be a date and time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="131" />
            <location filename="../../core/validate.py" line="87" />
            <source>The date {d} is in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="144" />
            <location filename="../../core/ledger.py" line="128" />
            <source>{name} has resident insurance and no personal account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="147" />
            <source>Under {profile} the current-year and prior-years parts are kept apart; enter the prior-years (历年) balance too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="171" />
            <location filename="../../core/bookkeeping.py" line="251" />
            <location filename="../../core/csv_import.py" line="172" />
            <location filename="../../core/households.py" line="22" />
            <location filename="../../core/ledger.py" line="39" />
            <location filename="../../core/ledger.py" line="108" />
            <source>the note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="190" />
            <source>Reconciled {name}'s account with the official app ({day}): {figures}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="200" />
            <source>{name}'s balance corrected by {delta} to match the official app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="202" />
            <source>{name}'s current-year and prior-years parts corrected to match the official app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="250" />
            <source>monthly contribution {month}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="253" />
            <source>No amounts given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="261" />
            <source>Every amount is zero; nothing to record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="287" />
            <source>Monthly contributions for {month}: {n} members, {total} in all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="175" />
            <source>{name}'s balance already matches the official app on {day}; nothing was recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="277" />
            <source>Contributions for {month} are already recorded: {listed}. Confirm to record them again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="99" />
            <source>“{raw}” is not a month; write it as 2026-11.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="272" />
            <location filename="../../core/ledger.py" line="113" />
            <source>{name} has resident insurance and no personal account to credit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="270" />
            <source>{name} is not a member of this household.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/chain.py" line="188" />
            <source>Row {id} of {table} has no seal: it was written into the database outside gongji.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/chain.py" line="191" />
            <source>Row {id} of {table} does not match its seal: it (or the row before it) was changed outside gongji.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/chain.py" line="171" />
            <source>The protection {trigger} of the table {table} is missing: someone changed the database file outside gongji.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/chain.py" line="178" />
            <source>The table {table} cannot be read to the end ({detail}): the file is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="59" />
            <location filename="../../core/cli.py" line="198" />
            <source>own account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="106" />
            <location filename="../../core/cli.py" line="107" />
            <source>The database {where} is ready.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="250" />
            <source>{n} records written to {file}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="264" />
            <source>Sample households created: {n}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="287" />
            <source>{name}'s status is already {status}; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="244" />
            <location filename="../../core/cli.py" line="327" />
            <location filename="../../core/csvio.py" line="45" />
            <source>time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="327" />
            <location filename="../../core/csvio.py" line="45" />
            <source>kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="328" />
            <source>amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="331" />
            <location filename="../../core/csvio.py" line="47" />
            <source>expense</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="331" />
            <source>paid by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="61" />
            <location filename="../../core/cli.py" line="331" />
            <source>out of pocket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="332" />
            <location filename="../../core/csvio.py" line="47" />
            <source>note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="76" />
            <source>the authorizer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="76" />
            <source>the user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="211" />
            <source>A payment of {amount} by {name} would be covered by:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="215" />
            <location filename="../../core/cli_books.py" line="40" />
            <source>(dry run: nothing recorded)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="256" />
            <location filename="../../core/csv_import.py" line="377" />
            <source>{n} records imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="262" />
            <source>The database already has households; add --force to add the samples anyway.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="271" />
            <source>No problems found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="271" />
            <source>{n} problems found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="330" />
            <source>from {name}'s account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="364" />
            <location filename="../../core/cli.py" line="371" />
            <source>Error: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="99" />
            <location filename="../../core/cli.py" line="118" />
            <location filename="../../core/cli.py" line="127" />
            <location filename="../../core/cli_args.py" line="241" />
            <source>name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="99" />
            <source>order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="99" />
            <source>max users</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="118" />
            <source>profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="118" />
            <source>members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="127" />
            <location filename="../../core/csvio.py" line="46" />
            <source>ID number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="127" />
            <source>insurance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="128" />
            <source>status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="128" />
            <source>balance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="128" />
            <location filename="../../core/csvio.py" line="79" />
            <source>prior years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="156" />
            <source>authorizer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="156" />
            <source>user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="157" />
            <source>state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="157" />
            <source>bound at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="158" />
            <source>confirmed at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="158" />
            <source>authorization period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="159" />
            <source>applied by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="159" />
            <source>confirmed by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="160" />
            <source>ended at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="160" />
            <source>ended by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="173" />
            <source>Allowed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="201" />
            <source>pays</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="201" />
            <source>account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="202" />
            <source>usable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="244" />
            <location filename="../../core/collection.py" line="92" />
            <source>operator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="244" />
            <source>change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="296" />
            <source>{a}'s account no longer pays for {u} until {u} is insured again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="297" />
            <location filename="../../core/cli.py" line="300" />
            <source>{a}'s account pays for {u} again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="299" />
            <source>{a}'s account no longer pays for {u} until {a} is insured again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli.py" line="153" />
            <source>waiting for {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="27" />
            <source>usage: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="27" />
            <source>%(prog)s: error: %(message)s
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="27" />
            <source>positional arguments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="27" />
            <source>options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="28" />
            <source>show this help message and exit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="28" />
            <source>the following arguments are required: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="29" />
            <source>unrecognized arguments: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="29" />
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="30" />
            <source>argument %(argument_name)s: %(message)s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="30" />
            <source>expected one argument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="30" />
            <source>expected at most one argument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="31" />
            <source>expected at least one argument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="31" />
            <source>expected %s argument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="31" />
            <source>expected %s arguments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="32" />
            <source>invalid %(type)s value: %(value)r</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="32" />
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="33" />
            <source>not allowed with argument %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="33" />
            <source>one of the arguments %s is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="34" />
            <source>ignored explicit argument %r</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="34" />
            <source> (default: %(default)s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="110" />
            <source>{path} is a folder, not a database file. Give the path of a file in it, e.g. {example}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="113" />
            <source>The folder {folder} does not exist, so there is no database {path}; nothing was created. To start a new database there: gongji --db {path} init (or add --create to the command).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="205" />
            <source>Family pooling of medical-insurance personal accounts (职工医保个人账户家庭共济): members, bindings, payment order, payments and refunds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="208" />
            <source>database file or SQLAlchemy URL (default: the app's own database in your user data folder)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="210" />
            <source>create the database file and its folder if they do not exist yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="212" />
            <source>language of messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="213" />
            <source>who is operating (recorded in the audit log)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="214" />
            <source>print results as JSON (amounts in fen, keys in English)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="217" />
            <source>the deduction rule as a JSON function</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="219" />
            <source>evaluate a payment described in JSON (FILE or - for standard input)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="222" />
            <source>create a new empty database at --db (and its folder)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="223" />
            <source>list the region policy profiles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="225" />
            <source>list households</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="226" />
            <source>create a household with this name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="227" />
            <source>policy profile of the new household</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="232" />
            <source>list members of a household</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="234" />
            <source>show one member, or change their insured status (audited)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="236" />
            <location filename="../../core/cli_args.py" line="303" />
            <location filename="../../core/cli_books.py" line="112" />
            <source>name or ID number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="237" />
            <source>normal = insured, suspended = insurance suspended (their bindings stop paying)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="239" />
            <source>add a member to a household</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="242" />
            <source>18-digit resident ID number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="244" />
            <source>employee = 职工医保 (has a personal account), resident = 城乡居民医保</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="245" />
            <source>opening balance in yuan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="246" />
            <source>prior-years part of the opening balance in yuan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="247" />
            <source>region (统筹区)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="249" />
            <source>list bindings (including ended ones) with their period and who applied and confirmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="253" />
            <source>let a user spend from an authorizer's account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="255" />
            <source>whose account pays (name or ID number)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="256" />
            <source>who may use it (name or ID number)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="257" />
            <source>what the user is to the authorizer: spouse, father, mother, child, sibling, grandparent, grandchild</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="259" />
            <source>the commitment (承诺书) is signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="260" />
            <source>proof provided: household_register, marriage_certificate, birth_certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="262" />
            <source>authorization starts (date)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="263" />
            <source>authorization ends (date)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="265" />
            <source>who applies (default: the authorizer, as the 主账户 does); where the profile needs a confirmation, the other party confirms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="267" />
            <source>only say whether it would be allowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="269" />
            <source>end a binding (history is kept)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="270" />
            <location filename="../../core/cli_args.py" line="273" />
            <location filename="../../core/cli_args.py" line="277" />
            <location filename="../../core/cli_books.py" line="134" />
            <source>binding number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="272" />
            <source>confirm a pending binding (the party who did not apply)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="274" />
            <source>who confirms (default: the other party than the one who applied)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="276" />
            <source>re-bind so that this account pays first (most-recently-bound rule)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="279" />
            <source>show or set a user's payment order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="281" />
            <source>the user (name or ID number)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="282" />
            <source>new order: binding numbers, first pays first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="285" />
            <source>record a payment (or preview it with --dry-run)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="287" />
            <source>who pays (name or ID number)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="288" />
            <source>amount in yuan, e.g. 123.45</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="291" />
            <source>expense kind (default outpatient): {kinds}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="292" />
            <location filename="../../core/cli_args.py" line="299" />
            <location filename="../../core/cli_args.py" line="306" />
            <location filename="../../core/cli_books.py" line="119" />
            <location filename="../../core/cli_books.py" line="130" />
            <source>where / what for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="293" />
            <source>when it happened (default: now)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="294" />
            <source>only show how it would be split; record nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="296" />
            <source>refund all or part of a payment back to where it came from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="297" />
            <source>payment number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="298" />
            <source>amount in yuan (default: everything still refundable)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="301" />
            <source>record a contribution into a personal account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="304" />
            <source>amount in yuan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="305" />
            <source>credit the prior-years part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="308" />
            <source>show transactions, newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="311" />
            <source>this member's records: their own, and others' payments charged to their account (name or ID number)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="313" />
            <source>共济支出明细: what others' payments took from this member's account (name or ID number)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="315" />
            <source>only this kind of record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="316" />
            <source>from this day (included)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="317" />
            <source>up to this day (included)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="318" />
            <source>the last 3 months, 6 months or year, up to today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="319" />
            <source>at most this many records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="320" />
            <source>show the log of setup changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="323" />
            <source>export a household's history to CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="326" />
            <source>import past payments from CSV (all rows or none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="330" />
            <source>fill the database with sample households</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="331" />
            <source>also when the database already has households</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="332" />
            <source>verify the database: integrity, and every balance equals its ledger entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="68" />
            <source>“{raw}” is not a date; write it as 2025-03-31.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="75" />
            <source>“{raw}” is not a date; write it as 2025-03-31 or 2025-03-31T14:30.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="89" />
            <source>Use either --last or --since/--until, not both.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="230" />
            <source>household number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="29" />
            <source>{name} on {day}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="30" />
            <source>official app: current year {c}, prior years {p}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="32" />
            <source>ledger: current year {c}, prior years {p}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="34" />
            <source>difference: {d}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="62" />
            <source>Already recorded in {month}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="67" />
            <source>Contributions for {month} (dry run: nothing recorded):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="109" />
            <source>对账: make a member's balance agree with the official app (one audited correction for the difference)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="113" />
            <source>the current-year (当年) balance the official app shows, in yuan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="115" />
            <source>the prior-years (历年) balance it shows, in yuan (default: as the ledger has it; required where only the prior-years part is shared)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="117" />
            <source>the day the official app showed these figures (default: today)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="120" />
            <source>only show the difference; record nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="122" />
            <source>record this month's contributions (划入) for every member at once, amounts as last month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="125" />
            <source>the month (default: this month)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="126" />
            <source>a different amount for one member (0 skips them); repeatable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="128" />
            <source>record even though contributions for the month are already recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="131" />
            <source>only show the amounts; record nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="133" />
            <source>print the binding application for the service counter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="135" />
            <source>print full ID numbers (written to the audit log); masked otherwise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="38" />
            <source>The figures agree; nothing would be recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="51" />
            <source>“{raw}”: write a member and an amount, like 张伟=180.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="78" />
            <source>(add --again to record them anyway)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/collection.py" line="198" />
            <source>Payment {id}: its parts do not add up to its amount.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/collection.py" line="201" />
            <source>Member {u} has two bindings at position {p}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/collection.py" line="189" />
            <source>Account of member {m}: balance {b} but its entries add up to {e}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/collection.py" line="192" />
            <source>Account of member {m}: prior-years part {b} but its entries add up to {e}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="40" />
            <source>The file {file} is not a text file in UTF-8 or GBK.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="72" />
            <source>“{raw}” is not a date; write it like 2025-03-01 14:30.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="198" />
            <source>The file {file} lacks the columns: {cols}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="344" />
            <source>line {n}: {msg}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="347" />
            <source>Nothing was imported from {file}: {n} rows have problems.
{rows}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="371" />
            <source>The file has no records; nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="124" />
            <source>the member is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="129" />
            <source>no member “{who}” in this household</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="131" />
            <source>more than one member matches “{who}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="153" />
            <source>{name} has no personal account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="156" />
            <source>account part must be {a} or {b}, not “{p}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="180" />
            <source>The file {file} is not a valid CSV file (line {line}): {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="194" />
            <source>The file {file} is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="346" />
            <source>... and {n} more rows with problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="144" />
            <source>ledger entry “{e}” must look like name[ID]:{part}:-12.00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="228" />
            <source>unknown kind “{k}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="231" />
            <source>the date {d} is in the future</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="233" />
            <source>the date {d} is too far in the past</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="220" />
            <source>the record number “{v}” is not a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="224" />
            <source>record {id} appears twice (also on line {line})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="243" />
            <location filename="../../core/csv_import.py" line="247" />
            <source>unknown expense “{e}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="249" />
            <source>{kind} cannot be paid from a personal account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="256" />
            <source>a payment can only take money from accounts (negative entries)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="258" />
            <location filename="../../core/csv_import.py" line="264" />
            <source>the amount {a} is not the accounts' part {p} plus out of pocket {o}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="311" />
            <source>the refund is for another member than payment {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="313" />
            <source>refund {a} is more than what is left of payment {id} ({left})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="328" />
            <source>this would leave {name}'s account below zero</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="262" />
            <source>a refund can only give money back (positive entries)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="268" />
            <source>a refund needs the record number of its payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="272" />
            <source>only payments and refunds have an out-of-pocket part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="274" />
            <source>a {kind} must move exactly its amount on {name}'s own account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="297" />
            <source>the refund comes before its payment {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="300" />
            <source>its payment {id} cannot be imported (see its line)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="302" />
            <source>record {id} is not a payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="308" />
            <source>there is no payment {id} to refund in this household</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="317" />
            <source>the refund gives back more to an account than payment {id} took from it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csvio.py" line="79" />
            <source>current year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csvio.py" line="45" />
            <location filename="../../core/ledger.py" line="137" />
            <source>record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csvio.py" line="46" />
            <source>amount (yuan)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csvio.py" line="46" />
            <source>out of pocket (yuan)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csvio.py" line="47" />
            <source>refund of record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csvio.py" line="48" />
            <source>refunded (yuan)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csvio.py" line="48" />
            <source>ledger entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/csvio.py" line="269" />
            <source>The household needs at least one member with a personal account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/desks.py" line="69" />
            <source>The binding {a} → {u} was changed by someone else after you opened it, so nothing was done. {who} The current state is shown now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/desks.py" line="81" />
            <source>“{what}” cannot be undone or redone: the bindings of {u} were changed since, and undo never overwrites a change it did not make. {who}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/evaluate.py" line="30" />
            <location filename="../../core/profiles.py" line="179" />
            <source>must be a JSON object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/evaluate.py" line="36" />
            <location filename="../../core/profiles.py" line="182" />
            <location filename="../../core/profiles.py" line="208" />
            <source>is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/evaluate.py" line="42" />
            <source>must be a string</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/evaluate.py" line="50" />
            <location filename="../../core/rules.py" line="106" />
            <location filename="../../core/rules.py" line="286" />
            <source>must be a whole number of fen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/evaluate.py" line="56" />
            <location filename="../../core/evaluate.py" line="60" />
            <source>must be an ISO 8601 date and time such as 2024-05-01T09:00:00+08:00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/evaluate.py" line="65" />
            <location filename="../../core/rules.py" line="124" />
            <location filename="../../core/rules.py" line="127" />
            <source>must be one of {choices}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/evaluate.py" line="85" />
            <source>must be a JSON array</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/evaluate.py" line="98" />
            <location filename="../../core/rules.py" line="139" />
            <source>must be a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/evaluate.py" line="139" />
            <source>is not valid JSON: {detail}{where}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/evaluate.py" line="152" />
            <source>cannot read {file}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/evaluate.py" line="157" />
            <source>{file} is not UTF-8 text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/evaluate.py" line="176" />
            <source>Prints how a payment would be covered; see EVALUATE.md for the format.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/filters.py" line="48" />
            <source>Unknown period {p}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/filters.py" line="43" />
            <source>The period ends ({end}) before it starts ({start}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/filters.py" line="77" />
            <source>Unknown view {p}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/filters.py" line="79" />
            <source>Choose a member for this view.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/filters.py" line="82" />
            <source>Unknown record kind {k}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/filters.py" line="86" />
            <source>Unknown expense kind {k}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/filters.py" line="89" />
            <source>The period ends before it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/households.py" line="33" />
            <source>Household {name} created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/households.py" line="56" />
            <source>Policy profile changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/households.py" line="21" />
            <source>the household name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/households.py" line="28" />
            <source>Created household {name} ({profile})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/households.py" line="49" />
            <location filename="../../core/migrations/versions/0003_profile_ids.py" line="44" />
            <source>Policy profile of {name} changed from {old} to {new}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/households.py" line="46" />
            <source>Cannot switch to {profile}: the binding {a} → {u} would break its rules: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/ids.py" line="29" />
            <source>The ID number must be text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/ids.py" line="48" />
            <source>Please enter the ID number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/ids.py" line="57" />
            <source>This is an old 15-digit ID number. Use the 18-digit number (it can be upgraded: {upgraded}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/ids.py" line="61" />
            <source>The ID number must have 18 characters; this one has {n}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/ids.py" line="68" />
            <source>The last character of the ID number must be a digit or X, not “{ch}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/ids.py" line="77" />
            <source>The birth date in the ID number ({d}) is in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/ids.py" line="80" />
            <source>The birth date in the ID number ({d}) is too far in the past.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/ids.py" line="86" />
            <source>The ID number has a typo somewhere: its digits do not add up (the last character is a check on all the others). Please compare each digit with the ID card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/ids.py" line="104" />
            <source>An old ID number has exactly 15 digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/ids.py" line="65" />
            <source>Character {pos} of the ID number must be a digit, not “{ch}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/ids.py" line="73" />
            <source>The birth date in the ID number ({digits}) is not a real date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/ids.py" line="54" />
            <source>This is an old 15-digit ID number, and it is not valid: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/integrity.py" line="29" />
            <source>foreign key violation in {table} row {row}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/integrity.py" line="54" />
            <source>{n} ledger entries (the first: row {id}) disagree with their transaction or account (the copy of its time, or of whether it paid for someone else): changed outside gongji.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/labels.py" line="18" />
            <source>outpatient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/labels.py" line="18" />
            <source>inpatient (self-pay part)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/labels.py" line="18" />
            <source>pharmacy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/labels.py" line="19" />
            <source>relative's resident insurance premium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/labels.py" line="19" />
            <source>vaccination</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/labels.py" line="20" />
            <source>long-term care insurance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/labels.py" line="20" />
            <source>inclusive commercial insurance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/labels.py" line="21" />
            <source>cash withdrawal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/labels.py" line="21" />
            <source>wellness / fitness</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/labels.py" line="21" />
            <source>other expense</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/labels.py" line="22" />
            <source>reconciliation with the official app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/labels.py" line="31" />
            <source>insured</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/labels.py" line="31" />
            <source>suspended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/labels.py" line="35" />
            <source>waiting for confirmation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/labels.py" line="35" />
            <source>active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/labels.py" line="35" />
            <source>ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/labels.py" line="39" />
            <source>ended by the authorizer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/labels.py" line="39" />
            <source>ended by the user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/labels.py" line="40" />
            <source>authorization period over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/labels.py" line="40" />
            <source>request withdrawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/labels.py" line="41" />
            <source>undone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/labels.py" line="41" />
            <source>re-bound to move to the front</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/labels.py" line="45" />
            <source>all records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/labels.py" line="45" />
            <source>how my payments were covered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/labels.py" line="46" />
            <source>paid from my account for others</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/labels.py" line="50" />
            <location filename="../../core/ledger_sql.py" line="150" />
            <location filename="../../core/ledger_sql.py" line="154" />
            <location filename="../../core/ledger_sql.py" line="155" />
            <source>payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/labels.py" line="50" />
            <source>refund</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/labels.py" line="50" />
            <source>contribution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/labels.py" line="51" />
            <source>correction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/ledger.py" line="86" />
            <source>Payment of {amount} recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/ledger.py" line="101" />
            <source>Refund of {amount} recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/ledger.py" line="118" />
            <source>{amount} credited to {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/ledger.py" line="133" />
            <source>Balance of {name} corrected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/ledger.py" line="43" />
            <source>{kind} cannot be paid from a personal account or a shared account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/ledger.py" line="45" />
            <source>expense kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/ledger.py" line="49" />
            <location filename="../../core/ledger_sql.py" line="101" />
            <source>{name}'s insurance is suspended; medical insurance cannot pay for them now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/ledger.py" line="107" />
            <location filename="../../core/ledger.py" line="123" />
            <source>account part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/ledger.py" line="124" />
            <source>the reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/ledger_sql.py" line="226" />
            <source>The refund does not match what was taken from this account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/ledger_sql.py" line="159" />
            <source>Only a payment can be refunded; record {id} is a {kind}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/ledger_sql.py" line="162" />
            <source>The refund date {d} is before the payment it refunds ({p}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/ledger_sql.py" line="181" />
            <source>This payment has already been refunded in full.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/members.py" line="135" />
            <source>Added member {name} ({id})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/members.py" line="61" />
            <source>{name} updated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/members.py" line="81" />
            <source>the name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/members.py" line="89" />
            <source>insurance type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/members.py" line="49" />
            <location filename="../../core/members.py" line="90" />
            <source>insured status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/members.py" line="51" />
            <location filename="../../core/members.py" line="91" />
            <source>the region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/members.py" line="98" />
            <source>The prior-years part ({prior}) cannot be more than the balance ({balance}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/members.py" line="102" />
            <source>Only employee-insured members have a personal account; a resident-insured member cannot have a balance.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/members.py" line="112" />
            <source>{name} with this ID number is already in this household.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/members.py" line="56" />
            <source>Updated member {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/members.py" line="74" />
            <source>Showed the full ID number of {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/members.py" line="54" />
            <location filename="../../core/members.py" line="93" />
            <source>the insurance person number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/members.py" line="131" />
            <source>opening balance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/migrate.py" line="114" />
            <source>{where} is not a gongji database (it holds other tables); nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/migrate.py" line="83" />
            <source>{where} was saved by a newer version of gongji (database version {rev}). Please install the newer gongji to open it; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/money.py" line="87" />
            <location filename="../../core/money.py" line="87" />
            <source>The amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/money.py" line="87" />
            <location filename="../../core/money.py" line="88" />
            <source>The balance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/money.py" line="88" />
            <location filename="../../core/money.py" line="89" />
            <location filename="../../core/money.py" line="89" />
            <source>The prior-years part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/money.py" line="90" />
            <source>The correction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/money.py" line="36" />
            <location filename="../../core/money.py" line="65" />
            <source>The amount must be written as text or a whole number, not a floating-point value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/money.py" line="68" />
            <source>The amount must be a real number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/money.py" line="70" />
            <location filename="../../core/money.py" line="103" />
            <source>{field} is too large (at most {max} yuan).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/money.py" line="75" />
            <source>{field} has more than two decimal places ({raw}); the smallest unit is one fen (0.01 yuan).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/money.py" line="97" />
            <source>{field} must be a whole number of fen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/money.py" line="99" />
            <source>{field} cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/money.py" line="101" />
            <source>{field} must be more than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/money.py" line="46" />
            <source>Please enter an amount.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/money.py" line="48" />
            <source>“{raw}” uses digits other than 0–9. Please write the amount with the digits 0–9.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/money.py" line="57" />
            <location filename="../../core/money.py" line="62" />
            <source>“{raw}” is not an amount. Write it like 123.45 (yuan).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/money.py" line="53" />
            <source>“{raw}” has a comma or space in the wrong place. Commas may only separate thousands, like 1,234.50.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/opencheck.py" line="71" />
            <location filename="../../core/store.py" line="338" />
            <source>The database {where} cannot be opened: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/order.py" line="56" />
            <source>Payment order saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/order.py" line="74" />
            <source>This binding is not in the payment order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/order.py" line="76" />
            <source>Position {pos} is outside the list (1 to {n}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/order.py" line="95" />
            <source>Payment order for {u} restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/order.py" line="52" />
            <source>The order is unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/order.py" line="54" />
            <source>reorder payment order of {u}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/order.py" line="92" />
            <source>The bindings of {u} have changed since; this order can no longer be restored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/order_sql.py" line="85" />
            <source>Payment order for {u}: {order}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/order_sql.py" line="76" />
            <source>The new order must list each of {name}'s current bindings exactly once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/plausibility.py" line="105" />
            <source>{parent} (born {pb}) cannot be {child}'s parent: a parent is at least {gap} years older than their child ({child}, born {cb}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/plausibility.py" line="103" />
            <source>{parent} (born {pb}) cannot be {child}'s grandparent: a grandparent is at least {gap} years older than their grandchild ({child}, born {cb}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/plausibility.py" line="123" />
            <source>{name} is {age}, under the legal marriage age for a {sex} ({need}), so cannot be bound as a spouse.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/plausibility.py" line="130" />
            <source>{name} already has a spouse bound ({other}); a person has at most one spouse.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/plausibility.py" line="138" />
            <source>{parent} (born {pb}) cannot be {child}'s parent: {gp}, {child}'s grandparent, is not older (born {gb}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/plausibility.py" line="147" />
            <source>{gp} (born {gb}) cannot be {child}'s grandparent: {parent}, {child}'s parent, is not younger (born {pb}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/plausibility.py" line="125" />
            <source>man</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/plausibility.py" line="125" />
            <source>woman</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/profiles.py" line="33" />
            <source>spouse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/profiles.py" line="33" />
            <source>father</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/profiles.py" line="33" />
            <source>mother</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/profiles.py" line="33" />
            <source>child</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/profiles.py" line="34" />
            <source>sibling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/profiles.py" line="34" />
            <source>grandparent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/profiles.py" line="34" />
            <source>grandchild</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/profiles.py" line="35" />
            <source>parent-in-law</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/profiles.py" line="35" />
            <source>other relative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/profiles.py" line="124" />
            <source>Policy profile {source}: field “{field}” {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/profiles.py" line="133" />
            <source>must list known relations: {values}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/profiles.py" line="187" />
            <source>must be letters, digits, - or _</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/profiles.py" line="215" />
            <source>must list objects with a text and its source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/profiles.py" line="41" />
            <source>household's own order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/profiles.py" line="41" />
            <source>most recently bound first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/profiles.py" line="42" />
            <source>highest usable balance first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/profiles.py" line="117" />
            <source>Under {profile}, an authorizer's balance must be above {min} to authorize; {a} has {bal}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/profiles.py" line="132" />
            <source>must list known relations or *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/profiles.py" line="141" />
            <location filename="../../core/profiles.py" line="184" />
            <source>has the wrong type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/profiles.py" line="145" />
            <location filename="../../core/profiles.py" line="166" />
            <location filename="../../core/profiles.py" line="170" />
            <source>must be one of {values}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/profiles.py" line="153" />
            <source>must be a positive whole number or null</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/profiles.py" line="158" />
            <source>must map relations to whole numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/profiles.py" line="162" />
            <source>cannot be negative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/profiles.py" line="191" />
            <source>must map languages to text and include zh_CN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/profiles.py" line="196" />
            <source>is not a known parameter: {values}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/profiles.py" line="198" />
            <source>must be an object with a value and its source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/profiles.py" line="201" />
            <source>has no source (a seed and its sentence, or public reporting)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/profiles.py" line="224" />
            <source>Policy profile {source} cannot be read: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/profiles.py" line="249" />
            <source>must match the file name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/profiles.py" line="260" />
            <source>Unknown policy profile “{id}”. Known profiles: {known}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/quickopen.py" line="82" />
            <location filename="../../core/store.py" line="263" />
            <source>The ledger file {path} is gone (moved or deleted while gongji was using it). Nothing was saved by this change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/reads.py" line="233" />
            <source>Under {profile} the most recently bound account pays first and the order cannot be changed by hand. To move someone to the front, re-bind them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/reads.py" line="236" />
            <source>Under {profile} the account with the most usable balance pays first; the order follows the balances and cannot be changed by hand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/reads.py" line="181" />
            <source>No member “{who}” in this household.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/reads.py" line="183" />
            <source>More than one member is called “{who}”; use the ID number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/restore.py" line="158" />
            <source>The backup {path} cannot be used: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/restore.py" line="126" />
            <source>A restore of {path} was interrupted and its journal {journal} cannot be read. Nothing was changed; please look at the files next to the ledger.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/restore.py" line="178" />
            <source>The backup could not be put in place ({detail}). Your ledger is unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/restore.py" line="176" />
            <source>The disk is full: the backup could not be put in place. Your ledger is unchanged; free some space on the disk and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/rules.py" line="108" />
            <source>must be more than 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/rules.py" line="110" />
            <source>must not be negative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/rules.py" line="116" />
            <source>must be a non-empty text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/rules.py" line="122" />
            <source>must be a Policy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/rules.py" line="133" />
            <source>must be a pooled account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/rules.py" line="137" />
            <source>must be a date and time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/rules.py" line="149" />
            <source>must be a list of pooled accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/rules.py" line="233" />
            <source>must be a payment plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/rules.py" line="245" />
            <source>does not equal the deductions plus the out-of-pocket part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/rules.py" line="263" />
            <source>must be a list of refunds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/rules.py" line="288" />
            <source>a refund must be more than 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/rules.py" line="292" />
            <source>cannot refund {amount} yuan: only {remaining} yuan of this payment is still refundable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/rules.py" line="319" />
            <source>This would leave an account below zero; nothing was recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/rules.py" line="143" />
            <source>must not be more than balance_fen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/rules.py" line="155" />
            <source>the payer's own account cannot also be a pooled account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/rules.py" line="157" />
            <location filename="../../core/rules.py" line="242" />
            <source>duplicate account id {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/rules.py" line="238" />
            <location filename="../../core/rules.py" line="272" />
            <source>must be a deduction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/rules.py" line="267" />
            <source>must be a refund plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/rules.py" line="276" />
            <source>does not equal the returns plus the out-of-pocket part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/rules.py" line="291" />
            <source>this payment has already been refunded in full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/rules.py" line="163" />
            <source>all bound_at values must either have a time zone or all have none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/rules.py" line="279" />
            <source>account {id} was not charged by this payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/rules.py" line="281" />
            <source>the refunds together return more than was paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/server.py" line="47" />
            <source>The data is not on this computer: it lives in the database “{db}” on the PostgreSQL server {host} (port {port}), used as “{user}”. Every desk connected to it sees the same ledger.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/server.py" line="50" />
            <source>Backups of a server database are the server's job: ask whoever runs the server to back it up regularly. To make a copy by hand, or to restore one, use these commands (they ask for the password):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/server.py" line="53" />
            <source>Not available for a server database: gongji backs up only a ledger file on this computer. Use the commands below, or ask whoever runs the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/stale.py" line="54" />
            <source>{actor} changed it at {time}: {summary}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/stale.py" line="53" />
            <source>Someone else changed it in the meantime.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/stale.py" line="60" />
            <source>The payment order of {u} was changed by someone else after you opened it, so your change was not saved. {who} The current order is shown now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/store.py" line="298" />
            <location filename="../../core/storefaults.py" line="22" />
            <source>The database file {path} is damaged ({detail}). Restore it from a backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/store.py" line="321" />
            <source>The database driver for {kind} is not installed ({detail}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/store.py" line="66" />
            <source>“{url}” is not a valid database URL.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/store.py" line="235" />
            <location filename="../../core/storefaults.py" line="168" />
            <source>The database is busy with another program; please try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="142" />
            <source>{file} cannot be used: {detail}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="27" />
            <source>The disk holding {path} is full. Nothing was saved by this change, and nothing was lost. Free some space on the disk, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="32" />
            <source>The ledger {path} is read-only (the file, its folder or the disk does not allow changes), so it was opened for looking only. Nothing can be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="38" />
            <source>gongji may not read {path} (permission denied). The file is not damaged: ask the computer's owner to give your user access to it, or open another file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="118" />
            <source>The ledger {path} cannot be opened: {detail}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="130" />
            <source>The file {file} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="132" />
            <source>{file} is a folder, not a file. Choose a file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="134" />
            <source>{file} cannot be used: a part of its path is a file, not a folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="136" />
            <source>gongji may not use {file} (permission denied).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="138" />
            <source>The disk is full: {file} could not be written. Free some space on the disk, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="141" />
            <source>{file} is on a read-only disk and cannot be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="185" />
            <source>The ledger file {path} is missing, but earlier copies of it exist ({where}). gongji did not create an empty ledger in its place. Restore a backup (the window offers this when it starts), or move the backups away to start a new, empty ledger.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="72" />
            <source>The ledger cannot be kept in {folder}: {file} is a file, not a folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="75" />
            <source>{path} is a folder, not a ledger file. Choose the ledger file itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="78" />
            <source>{path} is not an ordinary file and cannot be a ledger.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="83" />
            <source>gongji may not create files in {folder} (permission denied), so the ledger {path} cannot be made there. Choose another folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="116" />
            <source>The ledger {path} cannot be made: {detail}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="128" />
            <source>The folder {folder} does not exist, so {file} cannot be used. Choose an existing folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="161" />
            <source>The ledger {path} cannot be opened (the file or its folder cannot be read or written). Check that it exists and that your user may use it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="165" />
            <source>Reading or writing {path} failed (a disk or file-system error). Nothing was saved by this change. Check the disk, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/undo.py" line="25" />
            <source>Undone: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/undo.py" line="31" />
            <source>Redone: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/undo.py" line="23" />
            <source>There is nothing to undo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/undo.py" line="29" />
            <source>There is nothing to redo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/validate.py" line="67" />
            <source>The start and end of the authorization period must be dates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/validate.py" line="35" />
            <source>{label} must be text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/validate.py" line="47" />
            <source>Please enter {label}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/validate.py" line="49" />
            <source>{label} is too long: at most {max} characters, this has {n}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/validate.py" line="56" />
            <source>{label} must be one of: {choices}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/validate.py" line="72" />
            <source>{field} must be a positive whole number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/validate.py" line="40" />
            <source>{label} contains an invisible control character; please retype it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/validate.py" line="44" />
            <source>{label} contains an invisible character ({code}); please retype it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/watch.py" line="88" />
            <source>The database at {where} cannot be reached right now. Nothing is saved until it is back; gongji keeps trying.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/writelock.py" line="41" />
            <source>The ledger is being restored from a backup by another program; please try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/writelock.py" line="45" />
            <source>The ledger is busy with another program; please try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
