<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../gui/dialogs/about.py" line="+55" />
            <location line="+1" />
            <source>About and data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Family pooling helper {version}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Keeps track of family pooling of medical-insurance personal accounts: members, bindings, payment order, payments and refunds. Everything stays on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Data folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Database in use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Backups folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Settings file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>(not saved in a demo)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Open folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Open folder: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>This is a demo with sample families. Nothing you do here changes your own data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Open another database file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Open another database file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Make a &amp;backup now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Make a backup now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Restore from a backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Restore from a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <source>Open a database file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Database files (*.db *.sqlite);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The app could not restart; please start it again to use {file}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-15" />
            <source>Backup made at {time}: {file}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../gui/app.py" line="+98" />
            <source>The ledger file is damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The full check of the ledger file found damage:

{message}

So that nothing gets worse, this window is now read-only: you can look, but not change anything. Restore the newest good backup to go on working.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Restore a backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Restore a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+81" />
            <source>Cannot open the data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-63" />
            <source>The ledger was restored from the backup {backup}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The file it replaced is kept as {file}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Backup restored</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ApplicationDialog</name>
        <message>
            <location filename="../../gui/dialogs/application.py" line="+25" />
            <location line="+1" />
            <source>Print a binding application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A form to take to the medical-insurance counter, with both people's names, the relation, the documents to bring and the commitment (承诺书) to sign.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Which binding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{u} uses {a}'s account ({relation}, {state})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Print &amp;full ID numbers (written to the audit log)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Print full ID numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Otherwise the ID numbers are printed masked, like 110105********002X</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Binding:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Save PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>This household has no binding to apply for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Save the binding application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>binding-application-{id}.pdf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BindDialog</name>
        <message>
            <location filename="../../gui/dialogs/bind.py" line="+51" />
            <location line="+1" />
            <source>Bind: share a personal account</source>
            <extracomment>Combo data of the new person (not saved yet). The new person's id once saved with the binding. add_member's arguments of a new person not saved yet ("New person…"), or None. False until the user changes anything: refusals are shown without alarm colour before that. True once the user (or a caller) chose the relation: it is then no longer guessed from the ID numbers.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The user can then pay medical bills with the authorizer's personal account, after their own account is used up. Region rules: {profile}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Authorizer (whose account is shared)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Must have employee insurance with a personal account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>User (who pays with it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+2" />
            <source>New person…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-1" />
            <source>Add a new person as the authorizer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Add a new person as the user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Swap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Swap authorizer and user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Swap who authorizes whom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Relation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The commitment letter has been signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Commitment letter signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>This region requires a signed commitment letter before binding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Proof of the relation (tick what you have)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>household register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>marriage certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>birth certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>other proof</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <location line="+1" />
            <source>Only for a limited period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Period starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Period ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Can this binding be made?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Authorizer (account owner):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>&amp;Bind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Bind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Save this binding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+37" />
            <source>new, saved when you press Bind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+126" />
            <source>Add at least two family members first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>This binding would be refused:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Allowed: {user} will be able to pay with {authorizer}'s account, after their own account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>It will wait until the other person confirms it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-215" />
            <source>&amp;User (pays with it):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+184" />
            <source>&amp;Relation: {user} is {authorizer}'s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>This binding cannot be made yet:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DatabaseLock</name>
        <message>
            <location filename="../../gui/lock.py" line="+194" />
            <source> (program {pid} on {host})</source>
            <extracomment>A lock file older than this, written on ANOTHER machine, is considered abandoned. The owner touches its lock file this often, so a live lock never looks abandoned. Why this window is read-only ("" when it may write).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This ledger is already open in another gongji window{who}. This window shows it read-only: you can look, but not change anything. To make changes, use the other window, or close it and open this one again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <location filename="../../gui/demo.py" line="+27" />
            <source>Preparing the demo: sample families and a year of payments…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DeskSync</name>
        <message>
            <location filename="../../gui/desks.py" line="+99" />
            <source>&amp;Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Show what other desks changed (F5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+99" />
            <source>The database can be reached again; the window shows what is stored now.</source>
            <extracomment>Polls answered so far (the first one primes the watcher: what the window loaded is the baseline).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Not available while the database cannot be reached: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ElderlyPage</name>
        <message>
            <location filename="../../gui/elderly/page.py" line="+70" />
            <source>The family: choose a person</source>
            <extracomment>the order rows (and their move buttons) were made again: an outage's tooltips must be put on them too</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Pay a bill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-1" />
            <source>Pay a medical bill for this person, step by step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+50" />
            <source>Payment order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Choose a person on the left.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Who pays for {name}, in order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{name} can only use their own account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The account at the top pays first. Use the buttons on a row to move it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <location filename="../../gui/dialogs/settings.py" line="+118" />
            <location line="+1" />
            <source>Welcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Welcome to the family pooling helper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Would you like larger text and bigger buttons (elderly mode, 长辈模式)? You can change this at any time under Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Yes, larger text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Yes, larger text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;No, normal size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No, normal size</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GuidedPayDialog</name>
        <message>
            <location filename="../../gui/elderly/pay_flow.py" line="+28" />
            <source>Pay a bill for {name}</source>
            <extracomment>The purposes offered as big buttons (the common ones; the normal pay dialog has them all).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Step 1 of 2: how much, and what for?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Amount in yuan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>For example 356.80</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Amount (yuan):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Next: see who pays</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>What is it for?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Step 2 of 2: check and confirm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Who pays what</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Confirm payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Back: change the amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Please enter the amount first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Confirm: pay {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>{name}'s own account pays {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{name}'s account pays {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Paid in cash or otherwise: {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-24" />
            <source>{name} pays {amount} for {kind}. It is paid like this:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <location filename="../../gui/history/model.py" line="268" />
            <source>, </source>
            <extracomment>The note keeps at least this many average characters beyond its title's width, when there is room.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/chart.py" line="37" />
            <source>Monthly chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/chart.py" line="70" />
            <location filename="../../gui/history/chart.py" line="84" />
            <source>No payments in this period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/chart.py" line="71" />
            <source>{first} to {last}: {totals}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/lazy.py" line="78" />
            <source>Mon&amp;thly chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/lazy.py" line="80" />
            <source>Setup &amp;changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/lazy.py" line="112" />
            <source>Chart by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/lazy.py" line="113" />
            <source>By member (who paid)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/lazy.py" line="114" />
            <source>By paying account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/lazy.py" line="115" />
            <source>Chart &amp;by:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/lazy.py" line="132" />
            <source>Setup changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/lazy.py" line="133" />
            <source>Bindings, unbindings and changes of the payment order, newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/lazy.py" line="142" />
            <source>Show older changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/lazy.py" line="60" />
            <source>From date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/lazy.py" line="61" />
            <source>To date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/lazy.py" line="135" />
            <location filename="../../gui/history/model.py" line="93" />
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/lazy.py" line="135" />
            <source>Operator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/lazy.py" line="135" />
            <source>Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/lazy.py" line="142" />
            <source>Show ol&amp;der changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/model.py" line="93" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/model.py" line="93" />
            <location filename="../../gui/history/view.py" line="85" />
            <source>Member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/model.py" line="93" />
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/model.py" line="93" />
            <source>Covered by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/model.py" line="93" />
            <source>Out of pocket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/model.py" line="94" />
            <source>Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/model.py" line="94" />
            <location filename="../../gui/history/model.py" line="45" />
            <source>Refund</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/model.py" line="94" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/model.py" line="45" />
            <source>Payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/model.py" line="45" />
            <source>Contribution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/model.py" line="46" />
            <source>Correction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/model.py" line="268" />
            <source>no account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/model.py" line="248" />
            <location filename="../../gui/history/panes.py" line="214" />
            <source>own account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/model.py" line="277" />
            <source>of payment #{id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/model.py" line="279" />
            <source>{amount} refunded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/panes.py" line="211" />
            <source>How it was covered:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/panes.py" line="211" />
            <source>Given back to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/panes.py" line="152" />
            <location filename="../../gui/history/view.py" line="302" />
            <source>{n} records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/panes.py" line="154" />
            <source>payments {a}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/panes.py" line="156" />
            <source>refunds {a}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/panes.py" line="158" />
            <source>out of pocket {a}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/panes.py" line="160" />
            <source>contributions {a}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/panes.py" line="169" />
            <source>Paid from accounts: {list}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/panes.py" line="94" />
            <location filename="../../gui/history/view.py" line="97" />
            <source>Expense: {kind}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/panes.py" line="165" />
            <source>left my account: {a}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/panes.py" line="214" />
            <source>account of {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/panes.py" line="216" />
            <source>out of pocket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/panes.py" line="220" />
            <source>Refunds of this payment:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/panes.py" line="225" />
            <source>Still refundable: {a}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/panes.py" line="229" />
            <source>Refund of payment #{id} on {date} ({amount}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="85" />
            <source>&amp;Member:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="87" />
            <source>Sho&amp;w:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="91" />
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="92" />
            <source>All kinds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="100" />
            <source>&amp;Period:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="110" />
            <source>Search &amp;notes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="117" />
            <source>Totals for the records shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="121" />
            <location filename="../../gui/history/view.py" line="322" />
            <source>Export to CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="122" />
            <source>Save the records shown as a spreadsheet file (ID numbers masked)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="123" />
            <location filename="../../gui/history/view.py" line="327" />
            <source>Print statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="124" />
            <source>Save a printable statement of the records shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="128" />
            <source>History sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="134" />
            <source>&amp;Records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="135" />
            <source>Records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="135" />
            <source>Newest first. Select a record to see its split.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="146" />
            <source>Details of the selected record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="203" />
            <source>Everyone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="322" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="327" />
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="86" />
            <source>Show the records of one member, or everyone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="87" />
            <source>What to show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="88" />
            <source>All records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="88" />
            <source>How my payments were covered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="89" />
            <source>Paid from my account for others</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="91" />
            <source>Kind of record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="100" />
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="101" />
            <source>Last 3 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="101" />
            <source>Last 6 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="101" />
            <source>Last year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="102" />
            <source>All dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="102" />
            <source>Custom…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="110" />
            <source>Search notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="111" />
            <source>Type part of a note, e.g. a hospital name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="121" />
            <source>Export to CS&amp;V…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="123" />
            <source>Print st&amp;atement (PDF)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="301" />
            <source>counting records…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="307" />
            <source>notes containing “{t}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="337" />
            <source>{n} records written to {file}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IdNumberField</name>
        <message>
            <location filename="../../gui/dialogs/member.py" line="+28" />
            <source>ID number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>18 characters; full-width digits and a lower-case x are fine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>ID number check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Type the 18-character ID number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>male</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>female</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Valid: born {date}, {sex}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../gui/main_window.py" line="+164" />
            <location line="+18" />
            <source>Family pooling helper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-13" />
            <location line="+1" />
            <source>Sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Working</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Data: {where}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Where the data is stored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="68" />
            <source>Show full &amp;ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-81" />
            <source>No household yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Use File → New household to start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Region rules: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Payment order: the user's own account first; then the shared accounts ({order}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+56" />
            <source>Hide full &amp;ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-184" />
            <source>Household and poolin&amp;g</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+125" />
            <source>Own account first, then {order}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-124" />
            <source>Histor&amp;y</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="51" />
            <source>New &amp;household…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="51" />
            <source>New household</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="52" />
            <source>Create another household</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="53" />
            <source>&amp;Add member…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="53" />
            <source>Add member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="54" />
            <source>Add a family member to this household</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="55" />
            <source>&amp;Bind…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="55" />
            <source>Bind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="56" />
            <source>Let one person pay with another's personal account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="57" />
            <source>E&amp;nd binding…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="57" />
            <source>End binding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="58" />
            <source>End a binding (the history is kept)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="59" />
            <source>&amp;Pay…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="59" />
            <source>Pay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="60" />
            <source>Record a medical bill, with a preview of who pays what</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="61" />
            <source>&amp;Reconcile with the official app…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="61" />
            <source>Reconcile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="62" />
            <source>Type what the official app shows; one correction for the difference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="63" />
            <source>&amp;Monthly contributions…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="63" />
            <source>Monthly contributions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="64" />
            <source>Record this month's contributions for everyone at once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="65" />
            <source>Print binding app&amp;lication…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="65" />
            <source>Binding application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="66" />
            <source>A PDF for the service counter, ready to sign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="70" />
            <source>Show or hide the selected member's full ID number (showing it is logged)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="73" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="100" />
            <location filename="../../gui/window/actions.py" line="101" />
            <source>Main toolbar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="102" />
            <source>Hou&amp;sehold:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="103" />
            <source>Household</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="103" />
            <source>Choose which household to show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="130" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="131" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="132" />
            <source>H&amp;ousehold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="133" />
            <source>Menu bar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="144" />
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="145" />
            <source>Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="110" />
            <source>More toolbar buttons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="136" />
            <source>More menus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="155" />
            <source>Nothing to undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="157" />
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="148" />
            <source>A payment cannot be undone (use Refund). Undo would undo the earlier setup change: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="154" />
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="172" />
            <source>Undo an earlier change?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="175" />
            <source>Undo the earlier change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="147" />
            <source>&amp;Undo earlier change: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="156" />
            <source>&amp;Redo: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="151" />
            <source>&amp;Undo: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="173" />
            <source>A payment cannot be undone; use Refund to give money back.

Undo would instead undo the earlier setup change: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/layout_normal.py" line="160" />
            <source>Region rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/layout_normal.py" line="161" />
            <source>Payment order in short</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/layout_normal.py" line="162" />
            <source>Details of the region rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/layout_normal.py" line="163" />
            <source>Show or hide the full description of the region rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/layout_normal.py" line="166" />
            <source>What the region rules say</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/layout_normal.py" line="167" />
            <source>Family members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/layout_normal.py" line="171" />
            <source>Payment order and recent payments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/layout_normal.py" line="172" />
            <source>Members and payment order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/layout_normal.py" line="164" />
            <location filename="../../gui/window/layout_normal.py" line="178" />
            <source>Hide detai&amp;ls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window/layout_normal.py" line="165" />
            <location filename="../../gui/window/layout_normal.py" line="178" />
            <source>Show detai&amp;ls</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MemberCard</name>
        <message>
            <location filename="../../gui/elderly/cards.py" line="+45" />
            <source>No personal account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <location line="+2" />
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-1" />
            <location line="+1" />
            <source>Also used by: {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Used only by {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{name}, balance {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Balance</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <location filename="../../gui/dialogs/member.py" line="+16" />
            <location line="+1" />
            <source>Add a family member</source>
            <extracomment>In collect_only mode, after OK: add_member's keyword arguments (nothing saved).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Insurance type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Only employee insurance has a personal account that can be shared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Insured status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>City or province (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Opening balance (yuan)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The personal account balance today, as on the official statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Of which prior-years part (yuan)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Only this part can be shared under this region's rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;ID number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Insurance &amp;type:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Region:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Opening &amp;balance:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Prior-years part:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <location line="+1" />
            <source>Add member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Nothing is saved yet: this person is saved together with the binding, when you press Bind.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+60" />
            <source>Please enter the name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Please enter the ID number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The prior-years part cannot be more than the balance.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MonthlyDialog</name>
        <message>
            <location filename="../../gui/dialogs/monthly.py" line="+37" />
            <location line="+1" />
            <source>Monthly contributions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Record this month's contributions (划入) for everyone at once. Each amount is last month's; change any that differ. 0 leaves a person out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Month:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Already recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Record contributions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Record contributions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>{name}: amount in yuan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Last month: {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>{name}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Already recorded for {month}: {listed}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>No one in this household has a personal account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>{n} people, {total} in all.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Record again?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Record these contributions as well?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Record again</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewHouseholdDialog</name>
        <message>
            <location filename="../../gui/window/new_household.py" line="+17" />
            <location line="+1" />
            <source>New household</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Household name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Region rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The region whose pooling rules apply to this household</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Region rules:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Create</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Create</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrderPanel</name>
        <message>
            <location filename="../../gui/widgets/order_panel.py" line="+101" />
            <source>How the payment order works here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Problem with the payment order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+38" />
            <source>Payment order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-37" />
            <source>Top pays first. The user's own account always pays before anyone else's.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Charge the selected account earlier (Alt+Up)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Charge the selected account later (Alt+Down)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+134" />
            <source>Re-bind to move to the front</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-133" />
            <source>End the selected binding and bind it again, so it pays first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Select a member above to see whose accounts pay for them, and in what order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Payment order for {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>{name} cannot use anyone else's account yet. Use “Bind…” to add one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+77" />
            <source>{a}'s account will be unbound and then bound again for {u}. Under this region's rule the most recently bound account pays first, so {a}'s account will then pay first, right after {u}'s own account.

The old binding stays in the history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Re-bind now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-142" />
            <source>To top</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Charge the selected account first (Alt+Home)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>To bottom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Charge the selected account last (Alt+End)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+49" />
            <source>Top pays first. Drag, or use the buttons (Alt+Home / Alt+Up / Alt+Down / Alt+End); saved at once, and Undo takes it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-56" />
            <source>&amp;Top</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Botto&amp;m</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrderRows</name>
        <message>
            <location filename="../../gui/elderly/order_rows.py" line="+48" />
            <source>Payment order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>{name}'s own account (always first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Balance {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No personal account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>No. {n}: {name}'s account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Can pay {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Make {name}'s account pay first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Move {name}'s account up one place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Move {name}'s account down one place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Make {name}'s account pay last</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Bottom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-3" />
            <source>Top</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OutageBanner</name>
        <message>
            <location filename="../../gui/desks.py" line="-147" />
            <source>Database connection problem</source>
            <extracomment>Window actions that write (disabled while the database cannot be reached). Others (refresh, quit …) stay. Panels that write by themselves (drag and drop, Confirm …). Buttons that write, inside panels that stay usable for reading (attribute paths from the window); their own code keeps them disabled while ``runner.read_only_reason`` is set. 长辈模式's payment-order rows go as a whole. A widget's own tooltip while an outage's tooltip stands in for it.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Details…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Technical details of the connection problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Try again now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The window is read-only until then.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Details</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PayDialog</name>
        <message>
            <location filename="../../gui/dialogs/pay.py" line="+27" />
            <location line="+1" />
            <source>Pay a medical bill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Who pays (the patient)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Amount in yuan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>For example 128.50; full-width digits are fine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>What the money is for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{kind} (not payable from the account)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Where, or what for (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>How the payment would be covered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Paid from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Out of pocket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Patient:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Amount (yuan):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;For:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Record payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location line="+87" />
            <source>Record payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-84" />
            <source>Preview — how this payment would be covered now:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>Add a family member first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{kind} cannot be paid from a personal account or a shared account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Enter the amount to see how it would be covered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>{name} (own account)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{name}'s account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Out of pocket (cash or other): {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>{name} {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This payment takes {total} from other people's accounts ({who}), more than the {limit} you asked to confirm. Record it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Confirm a large payment</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PaymentsPanel</name>
        <message>
            <location filename="../../gui/widgets/payments_panel.py" line="+62" />
            <location line="+26" />
            <source>Recent payments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-25" />
            <source>&amp;Pay…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Pay a bill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Record a medical bill for this person, with a preview of who pays what</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Refund</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Refund all or part of the selected payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>Recent payments of {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-31" />
            <source>&amp;Refund…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PendingPanel</name>
        <message>
            <location filename="../../gui/widgets/pending_panel.py" line="+18" />
            <source>Waiting for confirmation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Bindings waiting for confirmation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Confirm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Confirm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The other person agrees: the binding becomes active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Withdraw</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Withdraw</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Withdraw the request; it stays in the history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>{u} asked on {date} to use {a}'s account ({relation}); waiting for {c} to confirm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{a} applied on {date} to let {u} use {a}'s account ({relation}); waiting for {c} to confirm</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <location filename="../../gui/dialogs/files.py" line="+138" />
            <source>Drive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>File Folder</source>
            <comment>Match Windows Explorer</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Shortcut</source>
            <comment>All other platforms</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Alias</source>
            <comment>macOS Finder</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <location line="-10" />
            <source>&amp;Look in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Files of &amp;type:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Computer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <location line="+1" />
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 KB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 bytes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReconcileDialog</name>
        <message>
            <location filename="../../gui/dialogs/reconcile.py" line="+26" />
            <location line="+1" />
            <source>Reconcile with the official app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The official medical-insurance app is right about balances. Type what it shows; the ledger records one correction for the difference (nothing if they agree).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Whose account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The day the official app showed these figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Current-year balance in yuan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>当年账户: as the official app shows it, e.g. 1,234.50</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Prior-years balance in yuan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>历年账户: as the official app shows it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>历年账户: leave empty to keep the ledger's figure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>as recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Ledger and difference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Member:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Day:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Current year (当年):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Prior years (历年):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Record the correction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Record the correction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>No one in this household has a personal account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Type the current-year balance to see the difference.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Official app: current year {c}, prior years {p}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Ledger on {day}: current year {c}, prior years {p}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>They agree: nothing needs to be recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The ledger will be corrected by {d}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RefundDialog</name>
        <message>
            <location filename="../../gui/dialogs/pay.py" line="+17" />
            <location line="+1" />
            <source>Refund a payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Payment of {amount} on {date} for {name} ({kind}).
Paid by: {covered}.
Already refunded: {refunded}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Refund the rest: {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Refund the rest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Refund part of it:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Refund part of it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Amount to refund in yuan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The money goes back where it came from. A partial refund first returns the part paid out of pocket, then the shared accounts (last charged first), and the patient's own account last.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Record refund</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Record refund</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>This payment has already been refunded in full.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>At most {amount} can still be refunded.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Runner</name>
        <message>
            <location filename="../../gui/ops.py" line="+133" />
            <source>This could not be saved: the database did not answer as expected. Nothing was changed; the window now shows what is stored.</source>
            <extracomment>core.views.Changes of a mutation that succeeded (GUI thread). True while an operation is running (for a busy cursor / progress indicator). A status-bar sentence after each successful mutation (already in the user's language). A mutation failed (GUI thread, after its failure callback): gui.desks reloads every view from the database. Set (plain words) while the database cannot be reached: mutations are refused at once (gui.desks).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The data could not be read: the database did not answer as expected.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../gui/dialogs/settings.py" line="-101" />
            <location line="+1" />
            <source>Settings</source>
            <extracomment>Language names are shown in their own language, so that anyone can find theirs.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Elderly mode (长辈模式): larger text and bigger buttons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Elderly mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Text at least 18 points, buttons at least 60 pixels high</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>The new language is used for new windows and messages at once, and everywhere after you restart the app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-36" />
            <source>Confirm payments above (yuan)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ask before recording a payment that takes more than this from other people's accounts. 0: never ask.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Ask &amp;before a payment takes more than this from others' accounts (yuan):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TourDialog</name>
        <message>
            <location filename="../../gui/tour.py" line="+67" />
            <location line="+1" />
            <source>Guided tour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>← &amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+37" />
            <source>&amp;Next →</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-36" />
            <location line="+37" />
            <source>Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-36" />
            <source>&amp;Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>Step {n} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Finish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Finish</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UnbindDialog</name>
        <message>
            <location filename="../../gui/dialogs/unbind.py" line="+23" />
            <location line="+1" />
            <source>End a binding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Binding to end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{u} uses {a}'s account ({relation}, {state})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The authorizer ends it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The user ends it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>What will change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Binding:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Who ends it:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;End this binding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>End this binding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>There is no binding to end.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{a} (the authorizer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{u} (the user)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{a}, the authorizer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{u}, the user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>own account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Ended by: {who}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>After this, {u} can no longer pay with {a}'s account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{u}'s payment order will be: {order}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Nothing is deleted: the binding and every payment made with it stay in the history, with the date it ended.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The request is still waiting for confirmation; it will be withdrawn.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="45" />
            <location filename="../../gui/dialogs/backups.py" line="46" />
            <source>Backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="52" />
            <source>Where backups are kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="56" />
            <source>This is a demo; its data is thrown away on exit, so it has no backups.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="70" />
            <source>Backups, newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="71" />
            <source>Make a &amp;backup now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="72" />
            <source>Make a backup now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="75" />
            <source>&amp;Restore the selected backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="76" />
            <source>Restore the selected backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="83" />
            <source>Other files kept next to the ledger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="86" />
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="89" />
            <source>&amp;Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="90" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="48" />
            <source>Backups of your ledger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="58" />
            <source>This ledger is on a database server; its backups are made on the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="119" />
            <source>(no backups yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="150" />
            <source>Restore a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="153" />
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="156" />
            <source>This backup is damaged and cannot be used; choose another one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="60" />
            <source>Another window has this ledger open; restore from there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="138" />
            <source>Backup made and checked: {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="167" />
            <source>Restored. The previous file was kept as {file}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="170" />
            <source>Please start the app again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="63" />
            <source>Backups are made automatically after changes (at most every 10 minutes) and kept in {folder}: all from the last day, one a day for a week, one a week for a month, one a month for a year.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="125" />
            <source>Also kept (earlier ledgers put aside by a restore, or an unfinished backup copy; delete them yourself once you no longer need them):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="151" />
            <source>Put the backup of {time} in place of the current ledger? Changes made after it will not be shown. The current ledger is kept as a backup (nothing is deleted), and the app starts again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="27" />
            <source>automatic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="29" />
            <source>before an update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="31" />
            <source>the ledger before a restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="33" />
            <source>made by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="49" />
            <location filename="../../gui/dialogs/recovery.py" line="50" />
            <source>The ledger file cannot be used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="58" />
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="67" />
            <source>No good backup found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="69" />
            <source>Restore the newest good backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="74" />
            <source>Backups, newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="82" />
            <source>Restore the &amp;selected backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="83" />
            <source>Restore the selected backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="87" />
            <source>&amp;Open another file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="88" />
            <source>Open another file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="90" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="91" />
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="99" />
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="52" />
            <source>The ledger file is damaged or cannot be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="105" />
            <source>Other backups:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="135" />
            <source>Choose a backup in the list first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="141" />
            <source>Open a database file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="142" />
            <source>Database files (*.db *.sqlite);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="64" />
            <source>&amp;Restore the newest good backup ({time})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="38" />
            <source>{time} — {kind}, {size} KB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="53" />
            <source>File: {file}
Problem: {problem}

Nothing has been deleted. You can put a backup in its place (the damaged file is kept beside it), open another file, or quit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="123" />
            <source>This backup cannot be used: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/opening.py" line="60" />
            <source>Opened read-only</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Statement</name>
        <message>
            <location filename="../../gui/history/statement.py" line="30" />
            <source>all dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/statement.py" line="133" />
            <source>Medical insurance account statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/statement.py" line="148" />
            <source>Totals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/statement.py" line="43" />
            <source>Records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/statement.py" line="43" />
            <source>Payments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/statement.py" line="44" />
            <source>Refunds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/statement.py" line="45" />
            <source>Out of pocket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/statement.py" line="136" />
            <source>Household</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/statement.py" line="136" />
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/statement.py" line="137" />
            <source>Printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/statement.py" line="47" />
            <source>Contributions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/statement.py" line="100" />
            <source>Statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/statement.py" line="139" />
            <source>Showing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/statement.py" line="120" />
            <source>Page {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/statement.py" line="49" />
            <source>Paid for {name} (payments minus refunds)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/statement.py" line="52" />
            <source>Paid from the account of {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/history/statement.py" line="199" />
            <source>Only the newest {n} of {total} records are printed; export to CSV for all of them.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MembersModel</name>
        <message>
            <location filename="../../gui/models/members.py" line="123" />
            <location filename="../../gui/models/members.py" line="132" />
            <source> (waiting)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/models/members.py" line="208" />
            <source>no personal account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/models/members.py" line="160" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/models/members.py" line="160" />
            <source>Insurance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/models/members.py" line="160" />
            <source>ID number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/models/members.py" line="161" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/models/members.py" line="161" />
            <source>Balance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/models/members.py" line="161" />
            <source>Prior-years part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/models/members.py" line="162" />
            <source>Can use the account of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/models/members.py" line="162" />
            <source>Shares own account with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/models/members.py" line="163" />
            <source>Masked for privacy. Use “Show full ID” to see it (this is logged).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/models/members.py" line="164" />
            <source>Only this part of the balance can be shared under this region's rules.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/models/members.py" line="165" />
            <source>Whose accounts this person can pay with, in payment order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/models/members.py" line="166" />
            <source>Who can pay with this person's account.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PaymentOrderModel</name>
        <message>
            <location filename="../../gui/models/order.py" line="108" />
            <source>no personal account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/models/order.py" line="133" />
            <source>The order is set by the region's rule.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/models/order.py" line="130" />
            <source>The user's own account always pays first. It cannot be moved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/models/order.py" line="132" />
            <source>Drag, or use To top / Up / Down / To bottom (Alt+Home / Alt+Up / Alt+Down / Alt+End), to change when this account pays.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/models/order.py" line="106" />
            <source>balance {balance}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/models/order.py" line="109" />
            <source>{name}'s own account (always first) — {balance}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/models/order.py" line="113" />
            <source>{rank}. {name} — balance {balance}, usable {usable}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PaymentsModel</name>
        <message>
            <location filename="../../gui/models/payments.py" line="46" />
            <source>own account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/models/payments.py" line="49" />
            <source>out of pocket {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/models/payments.py" line="116" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/models/payments.py" line="116" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/models/payments.py" line="116" />
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/models/payments.py" line="116" />
            <source>Paid by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/models/payments.py" line="116" />
            <source>Refunded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/models/payments.py" line="150" />
            <source>refund: {kind}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/models/payments.py" line="155" />
            <source>back to {accounts}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ServerNote</name>
        <message>
            <location filename="../../gui/server_note.py" line="39" />
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/server_note.py" line="31" />
            <source>Back up:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/server_note.py" line="32" />
            <source>Restore:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/server_note.py" line="40" />
            <source>Copy the command: {what}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Accessibility</name>
        <message>
            <location filename="../../gui/theme.py" line="343" />
            <source>{name} is now number {n} in the payment order</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindowExtras</name>
        <message>
            <location filename="../../gui/tour.py" line="174" />
            <location filename="../../gui/tour.py" line="50" />
            <source>&amp;Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/tour.py" line="176" />
            <location filename="../../gui/tour.py" line="50" />
            <source>Elderly mode (larger text) and language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/tour.py" line="177" />
            <location filename="../../gui/tour.py" line="51" />
            <source>Guided &amp;tour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/tour.py" line="178" />
            <location filename="../../gui/tour.py" line="51" />
            <source>A short introduction: own account first, the payment order, binding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/tour.py" line="179" />
            <location filename="../../gui/tour.py" line="52" />
            <source>&amp;About and data…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/tour.py" line="180" />
            <location filename="../../gui/tour.py" line="52" />
            <source>Where your data is stored; backups; open another database file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/tour.py" line="181" />
            <location filename="../../gui/tour.py" line="53" />
            <source>&amp;Backups and restore…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/tour.py" line="182" />
            <location filename="../../gui/tour.py" line="53" />
            <source>Make a backup now, or put a backup in place of the ledger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/tour.py" line="209" />
            <location filename="../../gui/tour.py" line="56" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/tour.py" line="239" />
            <location filename="../../gui/tour.py" line="58" />
            <source> — demo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/tour.py" line="54" />
            <location filename="../../gui/tour.py" line="229" />
            <source>Reset &amp;demo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/tour.py" line="55" />
            <location filename="../../gui/tour.py" line="230" />
            <source>Throw away everything done in this demo and start again with fresh sample families</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/tour.py" line="57" />
            <location filename="../../gui/tour.py" line="238" />
            <source>Reset demo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/tour.py" line="205" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/tour.py" line="223" />
            <source>The demo was reset: fresh sample families.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/tour.py" line="226" />
            <source>Preparing fresh sample families…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Tour</name>
        <message>
            <location filename="../../gui/tour.py" line="22" />
            <source>Welcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/tour.py" line="23" />
            <source>This helper keeps track of family pooling (家庭共济): who may pay medical bills with whose personal account, in which order, and what each payment took from each account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/tour.py" line="25" />
            <source>Your own account pays first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/tour.py" line="26" />
            <source>When someone pays a medical bill, their own personal account is always used first. Only what it cannot cover is taken from the family accounts they are bound to. Whatever is still left is paid in cash.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/tour.py" line="29" />
            <source>The payment order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/tour.py" line="30" />
            <source>After the own account, the family accounts pay one after another, top first. Under the national rules the family chooses this order: select an account and press Move up or Move down (or Alt+Up / Alt+Down). Some regions set the order themselves; the window then says why it cannot be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/tour.py" line="33" />
            <source>Binding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/tour.py" line="34" />
            <source>To let a relative pay with your account, choose Bind and pick who pays for whom and how you are related. Ending a binding keeps its history. Before a payment is recorded you always see who will pay how much.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/tour.py" line="37" />
            <source>Larger text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/tour.py" line="38" />
            <source>If the text is too small, turn on elderly mode (长辈模式) under Settings. You can open this tour again at any time from the Help menu.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Common</name>
        <message>
            <location filename="../../gui/widgets/common.py" line="34" />
            <location filename="../../gui/widgets/common.py" line="36" />
            <location filename="../../gui/widgets/common.py" line="58" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
