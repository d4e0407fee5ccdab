<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../gui/dialogs/about.py" line="+55" />
            <location line="+1" />
            <source>About and data</source>
            <translation>关于与数据</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Family pooling helper {version}</source>
            <translation>家庭共济助手 {version}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keeps track of family pooling of medical-insurance personal accounts: members, bindings, payment order, payments and refunds. Everything stays on this computer.</source>
            <translation>记录医保个人账户家庭共济：成员、绑定、支付顺序、支付和退费。所有数据都只保存在这台电脑上。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Data folder</source>
            <translation>数据文件夹</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database in use</source>
            <translation>正在使用的数据库</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backups folder</source>
            <translation>备份文件夹</translation>
        </message>
        <message>
            <location line="+0" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Settings file</source>
            <translation>设置文件</translation>
        </message>
        <message>
            <location line="+0" />
            <source>(not saved in a demo)</source>
            <translation>（演示时不保存）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>:</source>
            <translation>：</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Open folder</source>
            <translation>打开文件夹</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open folder: {what}</source>
            <translation>打开文件夹：{what}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This is a demo with sample families. Nothing you do here changes your own data.</source>
            <translation>这是使用示例家庭的演示。在这里做的任何操作都不会改动您自己的数据。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Open another database file…</source>
            <translation>打开其他数据库文件(&amp;O)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open another database file</source>
            <translation>打开其他数据库文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make a &amp;backup now</source>
            <translation>立即备份(&amp;B)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make a backup now</source>
            <translation>立即备份</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Restore from a backup…</source>
            <translation>从备份恢复(&amp;R)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore from a backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Close</source>
            <translation>关闭(&amp;C)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Backup made: {file}</source>
            <translation type="vanished">已备份：{file}</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Open a database file</source>
            <translation>打开数据库文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database files (*.db *.sqlite);;All files (*)</source>
            <translation>数据库文件 (*.db *.sqlite);;所有文件 (*)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The app could not restart; please start it again to use {file}.</source>
            <translation>程序无法自动重新启动；请手动重新打开程序以使用 {file}。</translation>
        </message>
        <message>
            <location line="-15" />
            <source>Backup made at {time}: {file}</source>
            <translation>已于 {time} 备份：{file}</translation>
        </message>
    </context>
    <context>
        <name>Accessibility</name>
        <message>
            <location filename="../../gui/theme.py" line="343" />
            <source>{name} is now number {n} in the payment order</source>
            <translation>{name} 现在排第 {n} 位</translation>
        </message>
    </context>
    <context>
        <name>ActionsMixin</name>
        <message>
            <source>New &amp;household…</source>
            <translation type="obsolete">新建家庭(&amp;H)…</translation>
        </message>
        <message>
            <source>New household</source>
            <translation type="obsolete">新建家庭</translation>
        </message>
        <message>
            <source>Create another household</source>
            <translation type="obsolete">再建一个家庭</translation>
        </message>
        <message>
            <source>&amp;Add member…</source>
            <translation type="obsolete">添加成员(&amp;A)…</translation>
        </message>
        <message>
            <source>Add member</source>
            <translation type="obsolete">添加成员</translation>
        </message>
        <message>
            <source>Add a family member to this household</source>
            <translation type="obsolete">给这个家庭添加一位成员</translation>
        </message>
        <message>
            <source>&amp;Bind…</source>
            <translation type="obsolete">绑定(&amp;B)…</translation>
        </message>
        <message>
            <source>Bind</source>
            <translation type="obsolete">绑定</translation>
        </message>
        <message>
            <source>Let one person pay with another's personal account</source>
            <translation type="obsolete">让一个人用另一个人的个人账户付钱</translation>
        </message>
        <message>
            <source>&amp;End binding…</source>
            <translation type="obsolete">解除绑定(&amp;E)…</translation>
        </message>
        <message>
            <source>End a binding (the history is kept)</source>
            <translation type="obsolete">解除一个绑定（记录会保留）</translation>
        </message>
        <message>
            <source>&amp;Pay…</source>
            <translation type="obsolete">支付(&amp;P)…</translation>
        </message>
        <message>
            <source>Record a medical bill, with a preview of who pays what</source>
            <translation type="obsolete">记一笔医疗费用，先预览谁付多少</translation>
        </message>
        <message>
            <source>Show or hide the selected member's full ID number (showing it is logged)</source>
            <translation type="obsolete">显示或隐藏所选成员的完整身份证号（显示会被记录）</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="obsolete">退出(&amp;Q)</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation type="obsolete">主工具栏</translation>
        </message>
        <message>
            <source>Hou&amp;sehold:</source>
            <translation type="obsolete">家庭(&amp;S)：</translation>
        </message>
        <message>
            <source>Household</source>
            <translation type="obsolete">家庭</translation>
        </message>
        <message>
            <source>Choose which household to show</source>
            <translation type="obsolete">选择要显示的家庭</translation>
        </message>
        <message>
            <source>More toolbar buttons</source>
            <translation type="obsolete">更多工具栏按钮</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="obsolete">文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="obsolete">编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Household</source>
            <translation type="obsolete">家庭(&amp;H)</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation type="obsolete">菜单栏</translation>
        </message>
        <message>
            <source>More menus</source>
            <translation type="obsolete">更多菜单</translation>
        </message>
        <message>
            <source>&amp;Undo: {what}</source>
            <translation type="obsolete">撤销(&amp;U)：{what}</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="obsolete">撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo: {what}</source>
            <translation type="obsolete">重做(&amp;R)：{what}</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="obsolete">重做(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../gui/app.py" line="+98" />
            <source>The ledger file is damaged</source>
            <translation>账本文件已损坏</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The full check of the ledger file found damage:

{message}

So that nothing gets worse, this window is now read-only: you can look, but not change anything. Restore the newest good backup to go on working.</source>
            <translation>完整检查发现账本文件已损坏：

{message}

为了不让情况变得更糟，这个窗口现在是只读的：可以查看，但不能修改。请恢复最新的完好备份后继续使用。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Restore a backup…</source>
            <translation>从备份恢复(&amp;R)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restore a backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Later</source>
            <translation>以后再说(&amp;L)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Later</source>
            <translation>以后再说</translation>
        </message>
        <message>
            <location line="+81" />
            <source>Cannot open the data</source>
            <translation>无法打开数据</translation>
        </message>
        <message>
            <location line="-63" />
            <source>The ledger was restored from the backup {backup}.</source>
            <translation>账本已从备份 {backup} 恢复。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The file it replaced is kept as {file}.</source>
            <translation>被替换的文件保留为 {file}。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Backup restored</source>
            <translation>备份已恢复</translation>
        </message>
    </context>
    <context>
        <name>ApplicationDialog</name>
        <message>
            <location filename="../../gui/dialogs/application.py" line="+25" />
            <location line="+1" />
            <source>Print a binding application</source>
            <translation>打印绑定申请</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A form to take to the medical-insurance counter, with both people's names, the relation, the documents to bring and the commitment (承诺书) to sign.</source>
            <translation>带到医保窗口办理用的申请表：双方姓名、关系、需要携带的材料和待签字的承诺书。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Which binding</source>
            <translation>哪一个绑定</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{u} uses {a}'s account ({relation}, {state})</source>
            <translation>{u}使用{a}的账户（{relation}，{state}）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Print &amp;full ID numbers (written to the audit log)</source>
            <translation>打印完整身份证号(&amp;F)（写入操作日志）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print full ID numbers</source>
            <translation>打印完整身份证号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Otherwise the ID numbers are printed masked, like 110105********002X</source>
            <translation>否则身份证号遮挡打印，例如 110105********002X</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Binding:</source>
            <translation>绑定(&amp;B)：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Save PDF…</source>
            <translation>保存PDF(&amp;S)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save PDF</source>
            <translation>保存PDF</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This household has no binding to apply for.</source>
            <translation>这个家庭没有可申请的绑定。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Save the binding application</source>
            <translation>保存绑定申请</translation>
        </message>
        <message>
            <location line="+1" />
            <source>binding-application-{id}.pdf</source>
            <translation>绑定申请-{id}.pdf</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="45" />
            <location filename="../../gui/dialogs/backups.py" line="46" />
            <source>Backups</source>
            <translation>备份</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="52" />
            <source>Where backups are kept</source>
            <translation>备份保存在哪里</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="56" />
            <source>This is a demo; its data is thrown away on exit, so it has no backups.</source>
            <translation>这是演示；退出时数据会被丢弃，所以没有备份。</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="70" />
            <source>Backups, newest first</source>
            <translation>备份（最新的在前）</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="71" />
            <source>Make a &amp;backup now</source>
            <translation>立即备份(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="72" />
            <source>Make a backup now</source>
            <translation>立即备份</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="75" />
            <source>&amp;Restore the selected backup…</source>
            <translation>恢复所选备份(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="76" />
            <source>Restore the selected backup</source>
            <translation>恢复所选备份</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="86" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="89" />
            <source>&amp;Close</source>
            <translation>关闭(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="90" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="48" />
            <source>Backups of your ledger</source>
            <translation>您的账本备份</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="58" />
            <source>This ledger is on a database server; its backups are made on the server.</source>
            <translation>这个账本在数据库服务器上；备份由服务器负责。</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="119" />
            <source>(no backups yet)</source>
            <translation>（还没有备份）</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="150" />
            <source>Restore a backup</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="153" />
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="156" />
            <source>This backup is damaged and cannot be used; choose another one.</source>
            <translation>这个备份已损坏，不能使用；请选择其他备份。</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="60" />
            <source>Another window has this ledger open; restore from there.</source>
            <translation>另一个窗口正打开着这个账本；请在那个窗口里恢复。</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="138" />
            <source>Backup made and checked: {file}</source>
            <translation>已备份并检查无误：{file}</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="167" />
            <source>Restored. The previous file was kept as {file}.</source>
            <translation>已恢复。原来的文件保留为 {file}。</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="170" />
            <source>Please start the app again.</source>
            <translation>请重新启动程序。</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="63" />
            <source>Backups are made automatically after changes (at most every 10 minutes) and kept in {folder}: all from the last day, one a day for a week, one a week for a month, one a month for a year.</source>
            <translation>有改动后会自动备份（最多每 10 分钟一次），保存在 {folder}：最近一天的全部保留，一周内每天保留一个，一个月内每周保留一个，一年内每月保留一个。</translation>
        </message>
        <message>
            <source>Put the backup of {time} in place of the current ledger? Changes made after it will not be shown. The current file is kept beside it (nothing is deleted), and the app starts again.</source>
            <translation type="vanished">要用 {time} 的备份替换当前账本吗？之后做的改动将不会显示。当前文件会保留在旁边（不会删除任何内容），程序将重新启动。</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="83" />
            <source>Other files kept next to the ledger</source>
            <translation>账本旁保留的其他文件</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="125" />
            <source>Also kept (earlier ledgers put aside by a restore, or an unfinished backup copy; delete them yourself once you no longer need them):</source>
            <translation>另外还保留着（恢复时移到一旁的旧账本，或没有完成的备份副本；不再需要时可以自己删除）：</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/backups.py" line="151" />
            <source>Put the backup of {time} in place of the current ledger? Changes made after it will not be shown. The current ledger is kept as a backup (nothing is deleted), and the app starts again.</source>
            <translation>用 {time} 的备份替换当前账本吗？之后做的修改将不再显示。当前账本会另存为一个备份（不会删除任何内容），然后程序重新启动。</translation>
        </message>
    </context>
    <context>
        <name>BindDialog</name>
        <message>
            <location filename="../../gui/dialogs/bind.py" line="+51" />
            <location line="+1" />
            <source>Bind: share a personal account</source>
            <extracomment>Combo data of the new person (not saved yet). The new person's id once saved with the binding. add_member's arguments of a new person not saved yet ("New person…"), or None. False until the user changes anything: refusals are shown without alarm colour before that. True once the user (or a caller) chose the relation: it is then no longer guessed from the ID numbers.</extracomment>
            <translation>绑定：共享个人账户</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The user can then pay medical bills with the authorizer's personal account, after their own account is used up. Region rules: {profile}.</source>
            <translation>绑定后，使用人自己的账户用完后，可以用授权人的个人账户支付医疗费用。地区规则：{profile}。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Authorizer (whose account is shared)</source>
            <translation>授权人（共享谁的账户）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Must have employee insurance with a personal account</source>
            <translation>必须参加职工医保并有个人账户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User (who pays with it)</source>
            <translation>使用人（谁用这个账户付钱）</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+2" />
            <source>New person…</source>
            <translation>新成员…</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Add a new person as the authorizer</source>
            <translation>添加一位新成员作为授权人</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add a new person as the user</source>
            <translation>添加一位新成员作为使用人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Swap</source>
            <translation>对调(&amp;S)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Swap authorizer and user</source>
            <translation>对调授权人和使用人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Swap who authorizes whom</source>
            <translation>对调谁授权给谁</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Relation</source>
            <translation>关系</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The commitment letter has been signed</source>
            <translation>已签署承诺书</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Commitment letter signed</source>
            <translation>已签承诺书</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This region requires a signed commitment letter before binding</source>
            <translation>本地区要求绑定前签署承诺书</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Proof of the relation (tick what you have)</source>
            <translation>亲属关系证明（勾选已有的）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>household register</source>
            <translation>户口簿</translation>
        </message>
        <message>
            <location line="+1" />
            <source>marriage certificate</source>
            <translation>结婚证</translation>
        </message>
        <message>
            <location line="+1" />
            <source>birth certificate</source>
            <translation>出生证明</translation>
        </message>
        <message>
            <location line="+0" />
            <source>other proof</source>
            <translation>其他证明</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+1" />
            <source>Only for a limited period</source>
            <translation>只在一段时间内有效</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Period starts</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Period ends</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Can this binding be made?</source>
            <translation>能不能绑定？</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Authorizer (account owner):</source>
            <translation>授权人（账户所有人）(&amp;A)：</translation>
        </message>
        <message>
            <source>U&amp;ser (pays with it):</source>
            <translation type="vanished">使用人（用它付钱）(&amp;S)：</translation>
        </message>
        <message>
            <location line="+30" />
            <source>&amp;Bind</source>
            <translation>绑定(&amp;B)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Bind</source>
            <translation>绑定</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save this binding</source>
            <translation>保存这个绑定</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation type="vanished">取消</translation>
        </message>
        <message>
            <location line="+37" />
            <source>new, saved when you press Bind</source>
            <translation>新成员，按“绑定”时一起保存</translation>
        </message>
        <message>
            <source>&amp;{user} is {authorizer}'s:</source>
            <translation type="vanished">{user} 是 {authorizer} 的(&amp;R)：</translation>
        </message>
        <message>
            <location line="+126" />
            <source>Add at least two family members first.</source>
            <translation>请先添加至少两位家庭成员。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>This binding would be refused:</source>
            <translation>这个绑定不会被允许：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Allowed: {user} will be able to pay with {authorizer}'s account, after their own account.</source>
            <translation>可以绑定：{user} 自己的账户用完后，可以用 {authorizer} 的账户支付。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>It will wait until the other person confirms it.</source>
            <translation>需要等对方确认后才生效。</translation>
        </message>
        <message>
            <location line="-215" />
            <source>&amp;User (pays with it):</source>
            <translation>使用人（用它付钱）(&amp;U)：</translation>
        </message>
        <message>
            <location line="+184" />
            <source>&amp;Relation: {user} is {authorizer}'s</source>
            <translation>关系(&amp;R)：{user} 是 {authorizer} 的</translation>
        </message>
        <message>
            <location line="+20" />
            <source>This binding cannot be made yet:</source>
            <translation>这个绑定暂时还不能办理：</translation>
        </message>
        <message>
            <source>Before this binding can be made:</source>
            <translation type="vanished">要做这个绑定，还需要：</translation>
        </message>
    </context>
    <context>
        <name>Common</name>
        <message>
            <location filename="../../gui/widgets/common.py" line="34" />
            <location filename="../../gui/widgets/common.py" line="36" />
            <location filename="../../gui/widgets/common.py" line="58" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>DatabaseLock</name>
        <message>
            <location filename="../../gui/lock.py" line="+194" />
            <source> (program {pid} on {host})</source>
            <extracomment>A lock file older than this, written on ANOTHER machine, is considered abandoned. The owner touches its lock file this often, so a live lock never looks abandoned. Why this window is read-only ("" when it may write).</extracomment>
            <translation>（{host} 上的程序 {pid}）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This ledger is already open in another gongji window{who}. This window shows it read-only: you can look, but not change anything. To make changes, use the other window, or close it and open this one again.</source>
            <translation>这个账本已经在另一个家庭共济助手窗口中打开{who}。这个窗口只能查看，不能修改。要修改，请使用那个窗口，或者关闭它后重新打开这个窗口。</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <location filename="../../gui/demo.py" line="+27" />
            <source>Preparing the demo: sample families and a year of payments…</source>
            <translation>正在准备演示：示例家庭和一年的支付记录……</translation>
        </message>
    </context>
    <context>
        <name>DeskSync</name>
        <message>
            <location filename="../../gui/desks.py" line="+99" />
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show what other desks changed (F5)</source>
            <translation>显示其他窗口（柜台）所做的修改（F5）</translation>
        </message>
        <message>
            <location line="+99" />
            <source>The database can be reached again; the window shows what is stored now.</source>
            <extracomment>Polls answered so far (the first one primes the watcher: what the window loaded is the baseline).</extracomment>
            <translation>数据库又连上了；窗口现在显示的是已保存的内容。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not available while the database cannot be reached: {reason}</source>
            <translation>连不上数据库，暂时不能用：{reason}</translation>
        </message>
    </context>
    <context>
        <name>ElderlyPage</name>
        <message>
            <location filename="../../gui/elderly/page.py" line="+70" />
            <source>The family: choose a person</source>
            <extracomment>the order rows (and their move buttons) were made again: an outage's tooltips must be put on them too</extracomment>
            <translation>家里的人：点一位</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Pay a bill</source>
            <translation>付医药费</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Pay a medical bill for this person, step by step</source>
            <translation>一步一步为这个人付医药费</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Payment order</source>
            <translation>支付顺序</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a person on the left.</source>
            <translation>请在左边点一个人。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Who pays for {name}, in order</source>
            <translation>{name} 看病时，按顺序谁来付</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name} can only use their own account.</source>
            <translation>{name} 只能用自己的账户。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The account at the top pays first. Use the buttons on a row to move it.</source>
            <translation>排在上面的账户先付。用每一行右边的按钮调整顺序。</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <location filename="../../gui/dialogs/settings.py" line="+118" />
            <location line="+1" />
            <source>Welcome</source>
            <translation>欢迎</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Welcome to the family pooling helper</source>
            <translation>欢迎使用家庭共济助手</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Would you like larger text and bigger buttons (elderly mode, 长辈模式)? You can change this at any time under Settings.</source>
            <translation>要不要使用更大的字和更大的按钮（长辈模式）？以后随时可以在“设置”里更改。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Question</source>
            <translation>问题</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Yes, larger text</source>
            <translation>好的，用大字(&amp;Y)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Yes, larger text</source>
            <translation>好的，用大字</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;No, normal size</source>
            <translation>不用，正常大小(&amp;N)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No, normal size</source>
            <translation>不用，正常大小</translation>
        </message>
    </context>
    <context>
        <name>GuidedPayDialog</name>
        <message>
            <location filename="../../gui/elderly/pay_flow.py" line="+28" />
            <source>Pay a bill for {name}</source>
            <extracomment>The purposes offered as big buttons (the common ones; the normal pay dialog has them all).</extracomment>
            <translation>为 {name} 付医药费</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Step 1 of 2: how much, and what for?</source>
            <translation>第 1 步（共 2 步）：付多少钱，付什么费用？</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount in yuan</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>For example 356.80</source>
            <translation>例如 356.80</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Amount (yuan):</source>
            <translation>金额（元）(&amp;A)：</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Next: see who pays</source>
            <translation>下一步：看看谁来付(&amp;N)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>What is it for?</source>
            <translation>付什么费用？</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Step 2 of 2: check and confirm</source>
            <translation>第 2 步（共 2 步）：核对并确认</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Who pays what</source>
            <translation>谁付多少</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Confirm payment</source>
            <translation>确认付款</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Back: change the amount</source>
            <translation>返回修改金额(&amp;B)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Please enter the amount first.</source>
            <translation>请先填写金额。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Confirm: pay {amount}</source>
            <translation>确认付款 {amount}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>{name}'s own account pays {amount}</source>
            <translation>{name} 自己的账户付 {amount}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name}'s account pays {amount}</source>
            <translation>{name} 的账户付 {amount}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paid in cash or otherwise: {amount}</source>
            <translation>自己付（现金等）：{amount}</translation>
        </message>
        <message>
            <location line="-24" />
            <source>{name} pays {amount} for {kind}. It is paid like this:</source>
            <translation>{name} 付 {amount}（{kind}），这样付：</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <location filename="../../gui/history/chart.py" line="37" />
            <source>Monthly chart</source>
            <translation>按月图表</translation>
        </message>
        <message>
            <location filename="../../gui/history/chart.py" line="70" />
            <location filename="../../gui/history/chart.py" line="84" />
            <source>No payments in this period.</source>
            <translation>这段时间没有支付。</translation>
        </message>
        <message>
            <location filename="../../gui/history/chart.py" line="71" />
            <source>{first} to {last}: {totals}</source>
            <translation>{first} 至 {last}：{totals}</translation>
        </message>
        <message>
            <location filename="../../gui/history/lazy.py" line="135" />
            <location filename="../../gui/history/model.py" line="93" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../gui/history/model.py" line="93" />
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../gui/history/model.py" line="93" />
            <location filename="../../gui/history/view.py" line="85" />
            <source>Member</source>
            <translation>成员</translation>
        </message>
        <message>
            <location filename="../../gui/history/model.py" line="93" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../gui/history/model.py" line="93" />
            <source>Covered by</source>
            <translation>扣款方</translation>
        </message>
        <message>
            <location filename="../../gui/history/model.py" line="93" />
            <source>Out of pocket</source>
            <translation>个人现金支付</translation>
        </message>
        <message>
            <location filename="../../gui/history/model.py" line="94" />
            <source>Purpose</source>
            <translation>用途</translation>
        </message>
        <message>
            <location filename="../../gui/history/model.py" line="94" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../gui/history/model.py" line="94" />
            <location filename="../../gui/history/model.py" line="45" />
            <source>Refund</source>
            <translation>退费</translation>
        </message>
        <message>
            <location filename="../../gui/history/model.py" line="45" />
            <source>Payment</source>
            <translation>支付</translation>
        </message>
        <message>
            <location filename="../../gui/history/model.py" line="45" />
            <source>Contribution</source>
            <translation>划入</translation>
        </message>
        <message>
            <location filename="../../gui/history/model.py" line="46" />
            <source>Correction</source>
            <translation>更正</translation>
        </message>
        <message>
            <location filename="../../gui/history/model.py" line="268" />
            <source>no account</source>
            <translation>无账户</translation>
        </message>
        <message>
            <location filename="../../gui/history/model.py" line="268" />
            <source>, </source>
            <extracomment>The note keeps at least this many average characters beyond its title's width, when there is room.</extracomment>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../../gui/history/model.py" line="277" />
            <source>of payment #{id}</source>
            <translation>（支付 #{id}）</translation>
        </message>
        <message>
            <location filename="../../gui/history/model.py" line="279" />
            <source>{amount} refunded</source>
            <translation>已退 {amount}</translation>
        </message>
        <message>
            <location filename="../../gui/history/model.py" line="248" />
            <location filename="../../gui/history/panes.py" line="214" />
            <source>own account</source>
            <translation>本人账户</translation>
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="85" />
            <source>&amp;Member:</source>
            <translation>成员(&amp;M)：</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation type="vanished">显示(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="91" />
            <source>&amp;Kind:</source>
            <translation>类别(&amp;K)：</translation>
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="92" />
            <source>All kinds</source>
            <translation>全部类别</translation>
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="100" />
            <source>&amp;Period:</source>
            <translation>时间段(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../gui/history/lazy.py" line="60" />
            <source>From date</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <location filename="../../gui/history/lazy.py" line="61" />
            <source>To date</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <source>S&amp;earch notes:</source>
            <translation type="vanished">搜索备注(&amp;E)：</translation>
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="117" />
            <source>Totals for the records shown</source>
            <translation>所显示记录的合计</translation>
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="121" />
            <location filename="../../gui/history/view.py" line="322" />
            <source>Export to CSV</source>
            <translation>导出为 CSV</translation>
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="122" />
            <source>Save the records shown as a spreadsheet file (ID numbers masked)</source>
            <translation>把所显示的记录保存为表格文件（身份证号已隐藏部分）</translation>
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="123" />
            <location filename="../../gui/history/view.py" line="327" />
            <source>Print statement</source>
            <translation>打印对账单</translation>
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="124" />
            <source>Save a printable statement of the records shown</source>
            <translation>把所显示的记录保存为可打印的对账单</translation>
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="128" />
            <source>History sections</source>
            <translation>记录栏目</translation>
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="135" />
            <source>Records</source>
            <translation>记录</translation>
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="135" />
            <source>Newest first. Select a record to see its split.</source>
            <translation>最新的在前。选中一条记录可查看扣款明细。</translation>
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="146" />
            <source>Details of the selected record</source>
            <translation>所选记录的详情</translation>
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="134" />
            <source>&amp;Records</source>
            <translation>记录(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../gui/history/lazy.py" line="112" />
            <source>Chart by</source>
            <translation>图表分组</translation>
        </message>
        <message>
            <location filename="../../gui/history/lazy.py" line="113" />
            <source>By member (who paid)</source>
            <translation>按成员（谁付的）</translation>
        </message>
        <message>
            <location filename="../../gui/history/lazy.py" line="114" />
            <source>By paying account</source>
            <translation>按扣款账户</translation>
        </message>
        <message>
            <location filename="../../gui/history/lazy.py" line="115" />
            <source>Chart &amp;by:</source>
            <translation>图表分组(&amp;B)：</translation>
        </message>
        <message>
            <source>Monthly &amp;chart</source>
            <translation type="vanished">按月图表(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../gui/history/lazy.py" line="132" />
            <source>Setup changes</source>
            <translation>设置变更</translation>
        </message>
        <message>
            <location filename="../../gui/history/lazy.py" line="133" />
            <source>Bindings, unbindings and changes of the payment order, newest first</source>
            <translation>绑定、解除绑定和支付顺序的变更，最新的在前</translation>
        </message>
        <message>
            <location filename="../../gui/history/lazy.py" line="142" />
            <source>Show older changes</source>
            <translation>显示更早的变更</translation>
        </message>
        <message>
            <location filename="../../gui/history/lazy.py" line="80" />
            <source>Setup &amp;changes</source>
            <translation>设置变更(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="203" />
            <source>Everyone</source>
            <translation>所有人</translation>
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="322" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="327" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="86" />
            <source>Show the records of one member, or everyone</source>
            <translation>显示某一位成员或所有人的记录</translation>
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="87" />
            <source>What to show</source>
            <translation>显示什么</translation>
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="88" />
            <source>All records</source>
            <translation>全部记录</translation>
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="88" />
            <source>How my payments were covered</source>
            <translation>我的支付是怎么扣的</translation>
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="89" />
            <source>Paid from my account for others</source>
            <translation>从我的账户为家人支付的</translation>
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="91" />
            <source>Kind of record</source>
            <translation>记录类别</translation>
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="100" />
            <source>Period</source>
            <translation>时间段</translation>
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="101" />
            <source>Last 3 months</source>
            <translation>最近 3 个月</translation>
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="101" />
            <source>Last 6 months</source>
            <translation>最近 6 个月</translation>
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="101" />
            <source>Last year</source>
            <translation>最近一年</translation>
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="102" />
            <source>All dates</source>
            <translation>全部日期</translation>
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="102" />
            <source>Custom…</source>
            <translation>自定义…</translation>
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="110" />
            <source>Search notes</source>
            <translation>搜索备注</translation>
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="111" />
            <source>Type part of a note, e.g. a hospital name</source>
            <translation>输入备注中的文字，例如医院名称</translation>
        </message>
        <message>
            <source>Export to &amp;CSV…</source>
            <translation type="vanished">导出为 CSV(&amp;C)…</translation>
        </message>
        <message>
            <source>Print &amp;statement (PDF)…</source>
            <translation type="vanished">打印对账单（PDF）(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../gui/history/lazy.py" line="135" />
            <source>Operator</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location filename="../../gui/history/lazy.py" line="135" />
            <source>Change</source>
            <translation>变更内容</translation>
        </message>
        <message>
            <source>Show &amp;older changes</source>
            <translation type="vanished">显示更早的变更(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../gui/history/panes.py" line="211" />
            <source>How it was covered:</source>
            <translation>扣款情况：</translation>
        </message>
        <message>
            <location filename="../../gui/history/panes.py" line="211" />
            <source>Given back to:</source>
            <translation>退回到：</translation>
        </message>
        <message>
            <location filename="../../gui/history/panes.py" line="152" />
            <location filename="../../gui/history/view.py" line="302" />
            <source>{n} records</source>
            <translation>{n} 条记录</translation>
        </message>
        <message>
            <location filename="../../gui/history/panes.py" line="154" />
            <source>payments {a}</source>
            <translation>支付 {a}</translation>
        </message>
        <message>
            <location filename="../../gui/history/panes.py" line="156" />
            <source>refunds {a}</source>
            <translation>退费 {a}</translation>
        </message>
        <message>
            <location filename="../../gui/history/panes.py" line="158" />
            <source>out of pocket {a}</source>
            <translation>个人现金支付 {a}</translation>
        </message>
        <message>
            <location filename="../../gui/history/panes.py" line="160" />
            <source>contributions {a}</source>
            <translation>划入 {a}</translation>
        </message>
        <message>
            <location filename="../../gui/history/panes.py" line="169" />
            <source>Paid from accounts: {list}</source>
            <translation>从账户支付：{list}</translation>
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="307" />
            <source>notes containing “{t}”</source>
            <translation>备注包含“{t}”</translation>
        </message>
        <message>
            <location filename="../../gui/history/panes.py" line="165" />
            <source>left my account: {a}</source>
            <translation>从我的账户支出：{a}</translation>
        </message>
        <message>
            <location filename="../../gui/history/panes.py" line="214" />
            <source>account of {name}</source>
            <translation>{name} 的账户</translation>
        </message>
        <message>
            <location filename="../../gui/history/panes.py" line="216" />
            <source>out of pocket</source>
            <translation>个人现金支付</translation>
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="337" />
            <source>{n} records written to {file}.</source>
            <translation>已把 {n} 条记录写入 {file}。</translation>
        </message>
        <message>
            <location filename="../../gui/history/panes.py" line="220" />
            <source>Refunds of this payment:</source>
            <translation>这笔支付的退费：</translation>
        </message>
        <message>
            <location filename="../../gui/history/panes.py" line="225" />
            <source>Still refundable: {a}</source>
            <translation>还可以退：{a}</translation>
        </message>
        <message>
            <location filename="../../gui/history/panes.py" line="229" />
            <source>Refund of payment #{id} on {date} ({amount}).</source>
            <translation>{date} 对支付 #{id} 的退费（{amount}）。</translation>
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="301" />
            <source>counting records…</source>
            <translation>正在统计记录…</translation>
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="87" />
            <source>Sho&amp;w:</source>
            <translation>显示(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="110" />
            <source>Search &amp;notes:</source>
            <translation>搜索备注(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="121" />
            <source>Export to CS&amp;V…</source>
            <translation>导出为 CSV(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../gui/history/view.py" line="123" />
            <source>Print st&amp;atement (PDF)…</source>
            <translation>打印对账单（PDF）(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../gui/history/lazy.py" line="142" />
            <source>Show ol&amp;der changes</source>
            <translation>显示更早的变更(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../gui/history/lazy.py" line="78" />
            <source>Mon&amp;thly chart</source>
            <translation>按月图表(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../gui/history/panes.py" line="94" />
            <location filename="../../gui/history/view.py" line="97" />
            <source>Expense: {kind}</source>
            <translation>费用：{kind}</translation>
        </message>
    </context>
    <context>
        <name>IdNumberField</name>
        <message>
            <location filename="../../gui/dialogs/member.py" line="+28" />
            <source>ID number</source>
            <translation>身份证号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>18 characters; full-width digits and a lower-case x are fine</source>
            <translation>18 位；全角数字和小写 x 也可以</translation>
        </message>
        <message>
            <location line="+4" />
            <source>ID number check</source>
            <translation>身份证号检查</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Type the 18-character ID number.</source>
            <translation>请输入 18 位身份证号。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>male</source>
            <translation>男</translation>
        </message>
        <message>
            <location line="+0" />
            <source>female</source>
            <translation>女</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Valid: born {date}, {sex}.</source>
            <translation>号码有效：出生于 {date}，{sex}。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../gui/main_window.py" line="+164" />
            <location line="+18" />
            <source>Family pooling helper</source>
            <translation>家庭共济助手</translation>
        </message>
        <message>
            <location line="-13" />
            <location line="+1" />
            <source>Sections</source>
            <translation>栏目</translation>
        </message>
        <message>
            <source>&amp;Household and pooling</source>
            <translation type="vanished">家庭与共济(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation type="vanished">收支记录(&amp;I)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Working</source>
            <translation>正在处理</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Data: {where}</source>
            <translation>数据：{where}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where the data is stored</source>
            <translation>数据保存在哪里</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="51" />
            <source>New &amp;household…</source>
            <translation>新建家庭(&amp;H)…</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="52" />
            <source>Create another household</source>
            <translation>再建一个家庭</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="53" />
            <source>&amp;Add member…</source>
            <translation>添加成员(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="54" />
            <source>Add a family member to this household</source>
            <translation>给这个家庭添加一位成员</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="55" />
            <source>&amp;Bind…</source>
            <translation>绑定(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="56" />
            <source>Let one person pay with another's personal account</source>
            <translation>让一个人用另一个人的个人账户付钱</translation>
        </message>
        <message>
            <source>&amp;End binding…</source>
            <translation type="vanished">解除绑定(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="58" />
            <source>End a binding (the history is kept)</source>
            <translation>解除一个绑定（记录会保留）</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="59" />
            <source>&amp;Pay…</source>
            <translation>支付(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="60" />
            <source>Record a medical bill, with a preview of who pays what</source>
            <translation>记一笔医疗费用，先预览谁付多少</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="68" />
            <source>Show full &amp;ID</source>
            <translation>显示完整身份证号(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="70" />
            <source>Show or hide the selected member's full ID number (showing it is logged)</source>
            <translation>显示或隐藏所选成员的完整身份证号（显示会被记录）</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="154" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="157" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="73" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="100" />
            <location filename="../../gui/window/actions.py" line="101" />
            <source>Main toolbar</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="102" />
            <source>Hou&amp;sehold:</source>
            <translation>家庭(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="103" />
            <source>Household</source>
            <translation>家庭</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="103" />
            <source>Choose which household to show</source>
            <translation>选择要显示的家庭</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="110" />
            <source>More toolbar buttons</source>
            <translation>更多工具栏按钮</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="130" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="131" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Household</source>
            <translation type="vanished">家庭(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="133" />
            <source>Menu bar</source>
            <translation>菜单栏</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="136" />
            <source>More menus</source>
            <translation>更多菜单</translation>
        </message>
        <message>
            <location filename="../../gui/window/layout_normal.py" line="160" />
            <source>Region rules</source>
            <translation>地区规则</translation>
        </message>
        <message>
            <location filename="../../gui/window/layout_normal.py" line="161" />
            <source>Payment order in short</source>
            <translation>支付顺序简述</translation>
        </message>
        <message>
            <location filename="../../gui/window/layout_normal.py" line="165" />
            <location filename="../../gui/window/layout_normal.py" line="178" />
            <source>Show detai&amp;ls</source>
            <translation>详细说明(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../gui/window/layout_normal.py" line="162" />
            <source>Details of the region rules</source>
            <translation>地区规则详细说明</translation>
        </message>
        <message>
            <location filename="../../gui/window/layout_normal.py" line="163" />
            <source>Show or hide the full description of the region rules</source>
            <translation>显示或收起地区规则的完整说明</translation>
        </message>
        <message>
            <location filename="../../gui/window/layout_normal.py" line="166" />
            <source>What the region rules say</source>
            <translation>地区规则的内容</translation>
        </message>
        <message>
            <location filename="../../gui/window/layout_normal.py" line="167" />
            <source>Family members</source>
            <translation>家庭成员</translation>
        </message>
        <message>
            <location filename="../../gui/window/layout_normal.py" line="171" />
            <source>Payment order and recent payments</source>
            <translation>支付顺序和最近的支付</translation>
        </message>
        <message>
            <location filename="../../gui/window/layout_normal.py" line="172" />
            <source>Members and payment order</source>
            <translation>成员和支付顺序</translation>
        </message>
        <message>
            <location filename="../../gui/window/layout_normal.py" line="164" />
            <location filename="../../gui/window/layout_normal.py" line="178" />
            <source>Hide detai&amp;ls</source>
            <translation>收起说明(&amp;L)</translation>
        </message>
        <message>
            <location line="-81" />
            <source>No household yet</source>
            <translation>还没有家庭</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use File → New household to start.</source>
            <translation>请用“文件 → 新建家庭”开始。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Region rules: {name}</source>
            <translation>地区规则：{name}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Payment order: the user's own account first; then the shared accounts ({order}).</source>
            <translation>支付顺序：先用使用人本人的账户；然后是共济账户（{order}）。</translation>
        </message>
        <message>
            <source>The family sets the payment order: the account at the top pays first.</source>
            <translation type="vanished">支付顺序由家庭自己设定：排在最上面的账户先支付。</translation>
        </message>
        <message>
            <source>The most recently bound account pays first; the order cannot be changed by hand.</source>
            <translation type="vanished">最近绑定的账户先支付；顺序不能手动调整。</translation>
        </message>
        <message>
            <source>The account with the most usable money pays first.</source>
            <translation type="vanished">可用余额最多的账户先支付。</translation>
        </message>
        <message>
            <source>Payment order: {order}. {rule}</source>
            <translation type="vanished">支付顺序：{order}。{rule}</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Hide full &amp;ID</source>
            <translation>隐藏完整身份证号(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="151" />
            <source>&amp;Undo: {what}</source>
            <translation>撤销(&amp;U)：{what}</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="156" />
            <source>&amp;Redo: {what}</source>
            <translation>重做(&amp;R)：{what}</translation>
        </message>
        <message>
            <location line="-184" />
            <source>Household and poolin&amp;g</source>
            <translation>家庭与共济(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="57" />
            <source>E&amp;nd binding…</source>
            <translation>解除绑定(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="132" />
            <source>H&amp;ousehold</source>
            <translation>家庭(&amp;O)</translation>
        </message>
        <message>
            <location line="+125" />
            <source>Own account first, then {order}</source>
            <translation>先用本人账户，再按{order}</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="51" />
            <source>New household</source>
            <translation>新建家庭</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="53" />
            <source>Add member</source>
            <translation>添加成员</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="55" />
            <source>Bind</source>
            <translation>绑定</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="57" />
            <source>End binding</source>
            <translation>解除绑定</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="59" />
            <source>Pay</source>
            <translation>支付</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="144" />
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="145" />
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="155" />
            <source>Nothing to undo</source>
            <translation>没有可以撤销的操作</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="148" />
            <source>A payment cannot be undone (use Refund). Undo would undo the earlier setup change: {what}</source>
            <translation>支付不能撤销（请用退费）。现在撤销的是之前的设置更改：{what}</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="172" />
            <source>Undo an earlier change?</source>
            <translation>撤销之前的更改？</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="175" />
            <source>Undo the earlier change</source>
            <translation>撤销之前的更改</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="147" />
            <source>&amp;Undo earlier change: {what}</source>
            <translation>撤销之前的更改(&amp;U)：{what}</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="173" />
            <source>A payment cannot be undone; use Refund to give money back.

Undo would instead undo the earlier setup change: {what}</source>
            <translation>支付不能撤销；要把钱退回，请用“退费”。

撤销会改为撤销之前的设置更改：{what}</translation>
        </message>
        <message>
            <location line="-124" />
            <source>Histor&amp;y</source>
            <translation>收支记录(&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="61" />
            <source>&amp;Reconcile with the official app…</source>
            <translation>与官方应用对账(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="61" />
            <source>Reconcile</source>
            <translation>对账</translation>
        </message>
        <message>
            <source>对账: type what the official app shows; one correction for the difference</source>
            <translation type="vanished">对账：填写官方应用显示的余额，差额记一笔调整</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="63" />
            <source>&amp;Monthly contributions…</source>
            <translation>每月划入(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="63" />
            <source>Monthly contributions</source>
            <translation>每月划入</translation>
        </message>
        <message>
            <source>Record this month's contributions (划入) for everyone at once</source>
            <translation type="vanished">一次记录全家本月的划入</translation>
        </message>
        <message>
            <source>Print binding &amp;application…</source>
            <translation type="vanished">打印绑定申请(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="65" />
            <source>Binding application</source>
            <translation>绑定申请</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="66" />
            <source>A PDF for the service counter, ready to sign</source>
            <translation>到窗口办理用的PDF，可直接签字</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="65" />
            <source>Print binding app&amp;lication…</source>
            <translation>打印绑定申请(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="62" />
            <source>Type what the official app shows; one correction for the difference</source>
            <translation>对账：填写官方应用显示的余额，差额记一笔调整</translation>
        </message>
        <message>
            <location filename="../../gui/window/actions.py" line="64" />
            <source>Record this month's contributions for everyone at once</source>
            <translation>一次记录全家本月的划入</translation>
        </message>
    </context>
    <context>
        <name>MainWindowExtras</name>
        <message>
            <location filename="../../gui/tour.py" line="174" />
            <location filename="../../gui/tour.py" line="50" />
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../gui/tour.py" line="176" />
            <location filename="../../gui/tour.py" line="50" />
            <source>Elderly mode (larger text) and language</source>
            <translation>长辈模式（大字）和语言</translation>
        </message>
        <message>
            <location filename="../../gui/tour.py" line="177" />
            <location filename="../../gui/tour.py" line="51" />
            <source>Guided &amp;tour</source>
            <translation>使用引导(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../gui/tour.py" line="178" />
            <location filename="../../gui/tour.py" line="51" />
            <source>A short introduction: own account first, the payment order, binding</source>
            <translation>简短介绍：本人账户先付、支付顺序、绑定</translation>
        </message>
        <message>
            <location filename="../../gui/tour.py" line="179" />
            <location filename="../../gui/tour.py" line="52" />
            <source>&amp;About and data…</source>
            <translation>关于与数据(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../gui/tour.py" line="180" />
            <location filename="../../gui/tour.py" line="52" />
            <source>Where your data is stored; backups; open another database file</source>
            <translation>数据保存在哪里；备份；打开其他数据库文件</translation>
        </message>
        <message>
            <location filename="../../gui/tour.py" line="209" />
            <location filename="../../gui/tour.py" line="56" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../gui/tour.py" line="205" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Reset demo</source>
            <translation type="vanished">重置演示(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../gui/tour.py" line="55" />
            <location filename="../../gui/tour.py" line="230" />
            <source>Throw away everything done in this demo and start again with fresh sample families</source>
            <translation>丢弃这次演示中的所有操作，用全新的示例家庭重新开始</translation>
        </message>
        <message>
            <location filename="../../gui/tour.py" line="223" />
            <source>The demo was reset: fresh sample families.</source>
            <translation>演示已重置：已换成全新的示例家庭。</translation>
        </message>
        <message>
            <location filename="../../gui/tour.py" line="239" />
            <location filename="../../gui/tour.py" line="58" />
            <source> — demo</source>
            <translation>——演示</translation>
        </message>
        <message>
            <location filename="../../gui/tour.py" line="57" />
            <location filename="../../gui/tour.py" line="238" />
            <source>Reset demo</source>
            <translation>重置演示</translation>
        </message>
        <message>
            <location filename="../../gui/tour.py" line="54" />
            <location filename="../../gui/tour.py" line="229" />
            <source>Reset &amp;demo</source>
            <translation>重置演示(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../gui/tour.py" line="226" />
            <source>Preparing fresh sample families…</source>
            <translation>正在准备新的示例家庭……</translation>
        </message>
        <message>
            <location filename="../../gui/tour.py" line="181" />
            <location filename="../../gui/tour.py" line="53" />
            <source>&amp;Backups and restore…</source>
            <translation>备份与恢复(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../gui/tour.py" line="182" />
            <location filename="../../gui/tour.py" line="53" />
            <source>Make a backup now, or put a backup in place of the ledger</source>
            <translation>现在备份一次，或用一份备份替换当前账本</translation>
        </message>
    </context>
    <context>
        <name>MemberCard</name>
        <message>
            <location filename="../../gui/elderly/cards.py" line="+45" />
            <source>No personal account</source>
            <translation>没有个人账户</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+2" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location line="-1" />
            <location line="+1" />
            <source>Also used by: {names}</source>
            <translation>也给这些人用：{names}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Used only by {name}</source>
            <translation>只有 {name} 自己用</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name}, balance {amount}</source>
            <translation>{name}，余额 {amount}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Balance</source>
            <translation>余额</translation>
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <location filename="../../gui/dialogs/member.py" line="+16" />
            <location line="+1" />
            <source>Add a family member</source>
            <extracomment>In collect_only mode, after OK: add_member's keyword arguments (nothing saved).</extracomment>
            <translation>添加家庭成员</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Insurance type</source>
            <translation>险种</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only employee insurance has a personal account that can be shared</source>
            <translation>只有职工医保才有可以共济的个人账户</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Insured status</source>
            <translation>参保状态</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Region</source>
            <translation>统筹区</translation>
        </message>
        <message>
            <location line="+0" />
            <source>City or province (optional)</source>
            <translation>城市或省份（可不填）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opening balance (yuan)</source>
            <translation>期初余额（元）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The personal account balance today, as on the official statement</source>
            <translation>个人账户今天的余额，以官方账单为准</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Of which prior-years part (yuan)</source>
            <translation>其中历年账户部分（元）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only this part can be shared under this region's rules</source>
            <translation>按本地区规则，只有这部分可以共济</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Name:</source>
            <translation>姓名(&amp;N)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;ID number:</source>
            <translation>身份证号(&amp;I)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Insurance &amp;type:</source>
            <translation>险种(&amp;T)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Status:</source>
            <translation>参保状态(&amp;S)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Region:</source>
            <translation>统筹区(&amp;R)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opening &amp;balance:</source>
            <translation>期初余额(&amp;B)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Prior-years part:</source>
            <translation>历年账户部分(&amp;P)：</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+1" />
            <source>Add member</source>
            <translation>添加成员</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Nothing is saved yet: this person is saved together with the binding, when you press Bind.</source>
            <translation>现在还没有保存：按“绑定”时，这位成员会和绑定一起保存。</translation>
        </message>
        <message>
            <location line="+60" />
            <source>Please enter the name.</source>
            <translation>请输入姓名。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Please enter the ID number.</source>
            <translation>请输入身份证号。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The prior-years part cannot be more than the balance.</source>
            <translation>历年账户部分不能大于余额。</translation>
        </message>
    </context>
    <context>
        <name>MembersModel</name>
        <message>
            <location filename="../../gui/models/members.py" line="123" />
            <location filename="../../gui/models/members.py" line="132" />
            <source> (waiting)</source>
            <translation>（待确认）</translation>
        </message>
        <message>
            <location filename="../../gui/models/members.py" line="160" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../gui/models/members.py" line="160" />
            <source>Insurance</source>
            <translation>险种</translation>
        </message>
        <message>
            <location filename="../../gui/models/members.py" line="160" />
            <source>ID number</source>
            <translation>身份证号</translation>
        </message>
        <message>
            <location filename="../../gui/models/members.py" line="161" />
            <source>Status</source>
            <translation>参保状态</translation>
        </message>
        <message>
            <location filename="../../gui/models/members.py" line="161" />
            <source>Balance</source>
            <translation>余额</translation>
        </message>
        <message>
            <location filename="../../gui/models/members.py" line="161" />
            <source>Prior-years part</source>
            <translation>历年账户部分</translation>
        </message>
        <message>
            <location filename="../../gui/models/members.py" line="162" />
            <source>Can use the account of</source>
            <translation>可以使用谁的账户</translation>
        </message>
        <message>
            <location filename="../../gui/models/members.py" line="162" />
            <source>Shares own account with</source>
            <translation>把自己的账户共享给</translation>
        </message>
        <message>
            <location filename="../../gui/models/members.py" line="208" />
            <source>no personal account</source>
            <translation>没有个人账户</translation>
        </message>
        <message>
            <location filename="../../gui/models/members.py" line="163" />
            <source>Masked for privacy. Use “Show full ID” to see it (this is logged).</source>
            <translation>为保护隐私已隐藏部分号码。用“显示完整身份证号”查看（会被记录）。</translation>
        </message>
        <message>
            <location filename="../../gui/models/members.py" line="164" />
            <source>Only this part of the balance can be shared under this region's rules.</source>
            <translation>按本地区规则，余额中只有这部分可以共济。</translation>
        </message>
        <message>
            <location filename="../../gui/models/members.py" line="165" />
            <source>Whose accounts this person can pay with, in payment order.</source>
            <translation>这个人可以用哪些人的账户付钱，按支付顺序排列。</translation>
        </message>
        <message>
            <location filename="../../gui/models/members.py" line="166" />
            <source>Who can pay with this person's account.</source>
            <translation>哪些人可以用这个人的账户付钱。</translation>
        </message>
    </context>
    <context>
        <name>MonthlyDialog</name>
        <message>
            <location filename="../../gui/dialogs/monthly.py" line="+37" />
            <location line="+1" />
            <source>Monthly contributions</source>
            <translation>每月划入</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Record this month's contributions (划入) for everyone at once. Each amount is last month's; change any that differ. 0 leaves a person out.</source>
            <translation>一次记录全家本月的划入。金额沿用上月，有变化的请改；填 0 表示这个人不记。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Month:</source>
            <translation>月份(&amp;M)：</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Already recorded</source>
            <translation>已记录</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Record contributions</source>
            <translation>记录划入(&amp;R)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Record contributions</source>
            <translation>记录划入</translation>
        </message>
        <message>
            <location line="+28" />
            <source>{name}: amount in yuan</source>
            <translation>{name}：金额（元）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last month: {amount}</source>
            <translation>上月：{amount}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{name}:</source>
            <translation>{name}：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Already recorded for {month}: {listed}.</source>
            <translation>{month} 已记录：{listed}。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No one in this household has a personal account.</source>
            <translation>这个家庭没有人有个人账户。</translation>
        </message>
        <message>
            <location line="+33" />
            <source>{n} people, {total} in all.</source>
            <translation>{n} 人，共 {total}。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Record again?</source>
            <translation>再记录一次？</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record these contributions as well?</source>
            <translation>还要再记录这些划入吗？</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record again</source>
            <translation>再记录一次</translation>
        </message>
    </context>
    <context>
        <name>NewHouseholdDialog</name>
        <message>
            <location filename="../../gui/window/new_household.py" line="+17" />
            <location line="+1" />
            <source>New household</source>
            <translation>新建家庭</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Household name</source>
            <translation>家庭名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Region rules</source>
            <translation>地区规则</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The region whose pooling rules apply to this household</source>
            <translation>这个家庭适用哪个地区的共济规则</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Region rules:</source>
            <translation>地区规则(&amp;R)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Create</source>
            <translation>创建(&amp;C)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create</source>
            <translation>创建</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>NormalLayoutMixin</name>
        <message>
            <source>Region rules</source>
            <translation type="obsolete">地区规则</translation>
        </message>
        <message>
            <source>Payment order in short</source>
            <translation type="obsolete">支付顺序简述</translation>
        </message>
        <message>
            <source>Details of the region rules</source>
            <translation type="obsolete">地区规则详细说明</translation>
        </message>
        <message>
            <source>Show or hide the full description of the region rules</source>
            <translation type="obsolete">显示或收起地区规则的完整说明</translation>
        </message>
        <message>
            <source>Hide detai&amp;ls</source>
            <translation type="obsolete">收起说明(&amp;L)</translation>
        </message>
        <message>
            <source>Show detai&amp;ls</source>
            <translation type="obsolete">详细说明(&amp;L)</translation>
        </message>
        <message>
            <source>What the region rules say</source>
            <translation type="obsolete">地区规则的内容</translation>
        </message>
        <message>
            <source>Family members</source>
            <translation type="obsolete">家庭成员</translation>
        </message>
        <message>
            <source>Payment order and recent payments</source>
            <translation type="obsolete">支付顺序和最近的支付</translation>
        </message>
        <message>
            <source>Members and payment order</source>
            <translation type="obsolete">成员和支付顺序</translation>
        </message>
    </context>
    <context>
        <name>OrderPanel</name>
        <message>
            <location filename="../../gui/widgets/order_panel.py" line="+101" />
            <source>How the payment order works here</source>
            <translation>这里的支付顺序是怎么定的</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Problem with the payment order</source>
            <translation>支付顺序有问题</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+38" />
            <source>Payment order</source>
            <translation>支付顺序</translation>
        </message>
        <message>
            <location line="-37" />
            <source>Top pays first. The user's own account always pays before anyone else's.</source>
            <translation>排在上面的先支付。使用人本人的账户总是最先支付。</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation type="vanished">上移(&amp;U)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Charge the selected account earlier (Alt+Up)</source>
            <translation>让所选账户提前扣款（Alt+上箭头）</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation type="vanished">下移(&amp;D)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Charge the selected account later (Alt+Down)</source>
            <translation>让所选账户推后扣款（Alt+下箭头）</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+134" />
            <source>Re-bind to move to the front</source>
            <translation>重新绑定，调到最前</translation>
        </message>
        <message>
            <location line="-133" />
            <source>End the selected binding and bind it again, so it pays first</source>
            <translation>解除所选绑定再重新绑定，让它最先支付</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Select a member above to see whose accounts pay for them, and in what order.</source>
            <translation>请在上面选择一位成员，查看哪些人的账户为他/她支付，以及先后顺序。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Payment order for {name}</source>
            <translation>{name} 的支付顺序</translation>
        </message>
        <message>
            <source>Top pays first. Drag, or use Move up / Move down (Alt+Up / Alt+Down); saved at once.</source>
            <translation type="vanished">排在上面的先支付。拖动，或按“上移”/“下移”（Alt+↑ / Alt+↓）调整，立即保存。</translation>
        </message>
        <message>
            <source>Top pays first. Drag an account, or select it and use Move up / Move down (Alt+Up / Alt+Down). Changes are saved at once.</source>
            <translation type="vanished">排在上面的先支付。可以拖动账户，或选中后按“上移”/“下移”（Alt+上箭头 / Alt+下箭头）。改动立即保存。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{name} cannot use anyone else's account yet. Use “Bind…” to add one.</source>
            <translation>{name} 还不能使用其他人的账户。请用“绑定…”添加。</translation>
        </message>
        <message>
            <location line="+77" />
            <source>{a}'s account will be unbound and then bound again for {u}. Under this region's rule the most recently bound account pays first, so {a}'s account will then pay first, right after {u}'s own account.

The old binding stays in the history.</source>
            <translation>将先解除 {a} 的账户对 {u} 的绑定，再重新绑定。按本地区规则，最近绑定的账户先支付，所以之后 {a} 的账户将紧接在 {u} 本人账户之后最先支付。

原来的绑定仍保留在记录里。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Re-bind now</source>
            <translation>现在重新绑定</translation>
        </message>
        <message>
            <source>To &amp;top</source>
            <translation type="vanished">置顶(&amp;T)</translation>
        </message>
        <message>
            <location line="-142" />
            <source>To top</source>
            <translation>置顶</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Charge the selected account first (Alt+Home)</source>
            <translation>让选中的账户最先扣款（Alt+Home）</translation>
        </message>
        <message>
            <source>To botto&amp;m</source>
            <translation type="vanished">置底(&amp;M)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>To bottom</source>
            <translation>置底</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Charge the selected account last (Alt+End)</source>
            <translation>让选中的账户最后扣款（Alt+End）</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Top pays first. Drag, or use the buttons (Alt+Home / Alt+Up / Alt+Down / Alt+End); saved at once, and Undo takes it back.</source>
            <translation>排在上面的先支付。拖动，或用按钮（Alt+Home / Alt+↑ / Alt+↓ / Alt+End）调整，立即保存，可以撤销。</translation>
        </message>
        <message>
            <location line="-56" />
            <source>&amp;Top</source>
            <translation>置顶(&amp;T)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Up</source>
            <translation>上移(&amp;U)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Down</source>
            <translation>下移(&amp;D)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Botto&amp;m</source>
            <translation>置底(&amp;M)</translation>
        </message>
    </context>
    <context>
        <name>OrderRows</name>
        <message>
            <location filename="../../gui/elderly/order_rows.py" line="+48" />
            <source>Payment order</source>
            <translation>支付顺序</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{name}'s own account (always first)</source>
            <translation>{name} 本人账户（总是最先支付）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Balance {amount}</source>
            <translation>余额 {amount}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No personal account</source>
            <translation>没有个人账户</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No. {n}: {name}'s account</source>
            <translation>第 {n} 位：{name} 的账户</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Can pay {amount}</source>
            <translation>可付 {amount}</translation>
        </message>
        <message>
            <source>To top</source>
            <translation type="vanished">置顶</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Make {name}'s account pay first</source>
            <translation>让 {name} 的账户最先付</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Up</source>
            <translation>上移</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Move {name}'s account up one place</source>
            <translation>把 {name} 的账户上移一位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Down</source>
            <translation>下移</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Move {name}'s account down one place</source>
            <translation>把 {name} 的账户下移一位</translation>
        </message>
        <message>
            <source>To bottom</source>
            <translation type="vanished">置底</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make {name}'s account pay last</source>
            <translation>让 {name} 的账户最后付</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Bottom</source>
            <translation>置底</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Top</source>
            <translation>置顶</translation>
        </message>
    </context>
    <context>
        <name>OutageBanner</name>
        <message>
            <location filename="../../gui/desks.py" line="-147" />
            <source>Database connection problem</source>
            <extracomment>Window actions that write (disabled while the database cannot be reached). Others (refresh, quit …) stay. Panels that write by themselves (drag and drop, Confirm …). Buttons that write, inside panels that stay usable for reading (attribute paths from the window); their own code keeps them disabled while ``runner.read_only_reason`` is set. 长辈模式's payment-order rows go as a whole. A widget's own tooltip while an outage's tooltip stands in for it.</extracomment>
            <translation>数据库连接问题</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Details…</source>
            <translation>详细信息…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Technical details of the connection problem</source>
            <translation>连接问题的技术细节</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Try again now</source>
            <translation>立即重试</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The window is read-only until then.</source>
            <translation>在此之前窗口只能查看，不能修改。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Details</source>
            <translation>详细信息</translation>
        </message>
    </context>
    <context>
        <name>PayDialog</name>
        <message>
            <location filename="../../gui/dialogs/pay.py" line="+27" />
            <location line="+1" />
            <source>Pay a medical bill</source>
            <translation>支付医疗费用</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Who pays (the patient)</source>
            <translation>谁付款（就诊人）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Amount in yuan</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For example 128.50; full-width digits are fine</source>
            <translation>例如 128.50；全角数字也可以</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What the money is for</source>
            <translation>费用用途</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{kind} (not payable from the account)</source>
            <translation>{kind}（不能用账户支付）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Where, or what for (optional)</source>
            <translation>在哪里、做什么用（可不填）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>How the payment would be covered</source>
            <translation>这笔钱将怎么扣</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paid from</source>
            <translation>扣款账户</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Out of pocket</source>
            <translation>个人现金支付</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Patient:</source>
            <translation>就诊人(&amp;P)：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Amount (yuan):</source>
            <translation>金额（元）(&amp;A)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;For:</source>
            <translation>用途(&amp;F)：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Note:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Record payment</source>
            <translation>记录支付(&amp;R)</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+87" />
            <source>Record payment</source>
            <translation>记录支付</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation type="vanished">取消</translation>
        </message>
        <message>
            <location line="-84" />
            <source>Preview — how this payment would be covered now:</source>
            <translation>预览——这笔钱现在会这样扣：</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Add a family member first.</source>
            <translation>请先添加家庭成员。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{kind} cannot be paid from a personal account or a shared account.</source>
            <translation>{kind}不能用个人账户或共济账户支付。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter the amount to see how it would be covered.</source>
            <translation>输入金额后可以看到将怎么扣款。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{name} (own account)</source>
            <translation>{name}（本人账户）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name}'s account</source>
            <translation>{name} 的账户</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Out of pocket (cash or other): {amount}</source>
            <translation>个人现金支付（现金或其他方式）：{amount}</translation>
        </message>
        <message>
            <location line="+21" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location line="+0" />
            <source>{name} {amount}</source>
            <translation>{name} {amount}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This payment takes {total} from other people's accounts ({who}), more than the {limit} you asked to confirm. Record it?</source>
            <translation>这笔支付要从别人的账户扣 {total}（{who}），超过了您设定需要确认的 {limit}。确定记下这笔支付吗？</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Confirm a large payment</source>
            <translation>确认大额支付</translation>
        </message>
    </context>
    <context>
        <name>PaymentOrderModel</name>
        <message>
            <source>no personal account (resident insurance)</source>
            <translation type="vanished">没有个人账户（城乡居民医保）</translation>
        </message>
        <message>
            <location filename="../../gui/models/order.py" line="133" />
            <source>The order is set by the region's rule.</source>
            <translation>顺序由地区规则决定。</translation>
        </message>
        <message>
            <location filename="../../gui/models/order.py" line="130" />
            <source>The user's own account always pays first. It cannot be moved.</source>
            <translation>使用人本人的账户总是最先支付，不能移动。</translation>
        </message>
        <message>
            <source>Drag, or use Move up / Move down (Alt+Up / Alt+Down), to change when this account pays.</source>
            <translation type="vanished">拖动，或用“上移”/“下移”（Alt+上箭头 / Alt+下箭头）改变这个账户的扣款先后。</translation>
        </message>
        <message>
            <location filename="../../gui/models/order.py" line="106" />
            <source>balance {balance}</source>
            <translation>余额 {balance}</translation>
        </message>
        <message>
            <source>{name}'s own account — always pays first — {balance}</source>
            <translation type="vanished">{name} 本人账户——总是最先支付——{balance}</translation>
        </message>
        <message>
            <location filename="../../gui/models/order.py" line="113" />
            <source>{rank}. {name} — balance {balance}, usable {usable}</source>
            <translation>第 {rank} 位：{name}——余额 {balance}，可用 {usable}</translation>
        </message>
        <message>
            <location filename="../../gui/models/order.py" line="108" />
            <source>no personal account</source>
            <translation>没有个人账户</translation>
        </message>
        <message>
            <location filename="../../gui/models/order.py" line="109" />
            <source>{name}'s own account (always first) — {balance}</source>
            <translation>{name} 本人账户（总是最先支付）——{balance}</translation>
        </message>
        <message>
            <location filename="../../gui/models/order.py" line="132" />
            <source>Drag, or use To top / Up / Down / To bottom (Alt+Home / Alt+Up / Alt+Down / Alt+End), to change when this account pays.</source>
            <translation>拖动，或用置顶 / 上移 / 下移 / 置底（Alt+Home / Alt+↑ / Alt+↓ / Alt+End）调整这个账户的扣款先后。</translation>
        </message>
    </context>
    <context>
        <name>PaymentsModel</name>
        <message>
            <location filename="../../gui/models/payments.py" line="46" />
            <source>own account</source>
            <translation>本人账户</translation>
        </message>
        <message>
            <location filename="../../gui/models/payments.py" line="49" />
            <source>out of pocket {amount}</source>
            <translation>个人现金支付 {amount}</translation>
        </message>
        <message>
            <location filename="../../gui/models/payments.py" line="116" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../gui/models/payments.py" line="116" />
            <source>What</source>
            <translation>用途</translation>
        </message>
        <message>
            <location filename="../../gui/models/payments.py" line="116" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../gui/models/payments.py" line="116" />
            <source>Paid by</source>
            <translation>扣款方</translation>
        </message>
        <message>
            <location filename="../../gui/models/payments.py" line="116" />
            <source>Refunded</source>
            <translation>已退费</translation>
        </message>
        <message>
            <location filename="../../gui/models/payments.py" line="150" />
            <source>refund: {kind}</source>
            <translation>退费：{kind}</translation>
        </message>
        <message>
            <location filename="../../gui/models/payments.py" line="155" />
            <source>back to {accounts}</source>
            <translation>退回：{accounts}</translation>
        </message>
    </context>
    <context>
        <name>PaymentsPanel</name>
        <message>
            <location filename="../../gui/widgets/payments_panel.py" line="+62" />
            <location line="+26" />
            <source>Recent payments</source>
            <translation>最近的支付</translation>
        </message>
        <message>
            <location line="-25" />
            <source>&amp;Pay…</source>
            <translation>支付(&amp;P)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pay a bill</source>
            <translation>支付一笔费用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record a medical bill for this person, with a preview of who pays what</source>
            <translation>为这个人记一笔医疗费用，先预览谁付多少</translation>
        </message>
        <message>
            <source>Re&amp;fund…</source>
            <translation type="vanished">退费(&amp;F)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Refund</source>
            <translation>退费</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Refund all or part of the selected payment</source>
            <translation>把所选支付全部或部分退回</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Recent payments of {name}</source>
            <translation>{name} 最近的支付</translation>
        </message>
        <message>
            <location line="-31" />
            <source>&amp;Refund…</source>
            <translation>退费(&amp;R)…</translation>
        </message>
    </context>
    <context>
        <name>PendingPanel</name>
        <message>
            <location filename="../../gui/widgets/pending_panel.py" line="+18" />
            <source>Waiting for confirmation</source>
            <translation>等待确认</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Bindings waiting for confirmation</source>
            <translation>等待确认的绑定</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Confirm</source>
            <translation>确认(&amp;C)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Confirm</source>
            <translation>确认</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The other person agrees: the binding becomes active</source>
            <translation>对方同意：绑定开始生效</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Withdraw</source>
            <translation>撤回(&amp;W)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Withdraw</source>
            <translation>撤回</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Withdraw the request; it stays in the history</source>
            <translation>撤回申请；记录会保留</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <location line="+35" />
            <source>{u} asked on {date} to use {a}'s account ({relation}); waiting for {c} to confirm</source>
            <translation>{u}于 {date} 申请使用{a}的账户（{relation}），等待{c}确认</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{a} applied on {date} to let {u} use {a}'s account ({relation}); waiting for {c} to confirm</source>
            <translation>{a}于 {date} 申请让{u}使用{a}的账户（{relation}），等待{c}确认</translation>
        </message>
        <message>
            <source>{u} asked to use {a}'s account ({relation}) on {date}</source>
            <translation type="vanished">{u} 于 {date} 申请使用 {a} 的账户（{relation}）</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <location filename="../../gui/dialogs/files.py" line="+138" />
            <source>Drive</source>
            <translation>驱动器</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>文件夹</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File Folder</source>
            <comment>Match Windows Explorer</comment>
            <translation>文件夹</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shortcut</source>
            <comment>All other platforms</comment>
            <translation>快捷方式</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alias</source>
            <comment>macOS Finder</comment>
            <translation>替身</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <location line="-10" />
            <source>&amp;Look in:</source>
            <translation>查找范围(&amp;L)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Files of &amp;type:</source>
            <translation>文件类型(&amp;T)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Computer</source>
            <translation>计算机</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <location line="+1" />
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 KB</source>
            <translation>%1 KB</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 bytes</source>
            <translation>%1 字节</translation>
        </message>
    </context>
    <context>
        <name>ReconcileDialog</name>
        <message>
            <location filename="../../gui/dialogs/reconcile.py" line="+26" />
            <location line="+1" />
            <source>Reconcile with the official app</source>
            <translation>与官方应用对账</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The official medical-insurance app is right about balances. Type what it shows; the ledger records one correction for the difference (nothing if they agree).</source>
            <translation>余额以官方医保应用为准。请填写它显示的数字，账本会把差额记为一笔调整（一致则不记录）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Whose account</source>
            <translation>谁的账户</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The day the official app showed these figures</source>
            <translation>官方应用显示这些数字的日期</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Current-year balance in yuan</source>
            <translation>当年账户余额（元）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>当年账户: as the official app shows it, e.g. 1,234.50</source>
            <translation>当年账户：按官方应用显示填写，例如 1,234.50</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Prior-years balance in yuan</source>
            <translation>历年账户余额（元）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>历年账户: as the official app shows it</source>
            <translation>历年账户：按官方应用显示填写</translation>
        </message>
        <message>
            <location line="+1" />
            <source>历年账户: leave empty to keep the ledger's figure</source>
            <translation>历年账户：留空则沿用账本的数字</translation>
        </message>
        <message>
            <location line="+1" />
            <source>as recorded</source>
            <translation>沿用账本</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Optional</source>
            <translation>可不填</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ledger and difference</source>
            <translation>账本与差额</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Member:</source>
            <translation>成员(&amp;M)：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Day:</source>
            <translation>日期(&amp;D)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Current year (当年):</source>
            <translation>当年账户(&amp;C)：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Prior years (历年):</source>
            <translation>历年账户(&amp;P)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Note:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Record the correction</source>
            <translation>记录调整(&amp;R)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Record the correction</source>
            <translation>记录调整</translation>
        </message>
        <message>
            <location line="+27" />
            <source>No one in this household has a personal account.</source>
            <translation>这个家庭没有人有个人账户。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Type the current-year balance to see the difference.</source>
            <translation>填写当年账户余额后显示差额。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Official app: current year {c}, prior years {p}.</source>
            <translation>官方应用：当年 {c}，历年 {p}。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ledger on {day}: current year {c}, prior years {p}.</source>
            <translation>账本（{day}）：当年 {c}，历年 {p}。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>They agree: nothing needs to be recorded.</source>
            <translation>两者一致，不需要记录。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The ledger will be corrected by {d}.</source>
            <translation>账本将调整 {d}。</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="27" />
            <source>automatic</source>
            <translation>自动</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="29" />
            <source>before an update</source>
            <translation>更新前</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="33" />
            <source>made by hand</source>
            <translation>手动</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="49" />
            <location filename="../../gui/dialogs/recovery.py" line="50" />
            <source>The ledger file cannot be used</source>
            <translation>账本文件无法使用</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="58" />
            <source>What happened</source>
            <translation>发生了什么</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="67" />
            <source>No good backup found</source>
            <translation>没有找到完好的备份</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="69" />
            <source>Restore the newest good backup</source>
            <translation>恢复最新的完好备份</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="74" />
            <source>Backups, newest first</source>
            <translation>备份（最新的在前）</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="82" />
            <source>Restore the &amp;selected backup</source>
            <translation>恢复所选备份(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="83" />
            <source>Restore the selected backup</source>
            <translation>恢复所选备份</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="87" />
            <source>&amp;Open another file…</source>
            <translation>打开其他文件(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="88" />
            <source>Open another file</source>
            <translation>打开其他文件</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="90" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="91" />
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="99" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="52" />
            <source>The ledger file is damaged or cannot be read</source>
            <translation>账本文件已损坏或无法读取</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="105" />
            <source>Other backups:</source>
            <translation>其他备份：</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="135" />
            <source>Choose a backup in the list first.</source>
            <translation>请先在列表中选择一个备份。</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="141" />
            <source>Open a database file</source>
            <translation>打开数据库文件</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="142" />
            <source>Database files (*.db *.sqlite);;All files (*)</source>
            <translation>数据库文件 (*.db *.sqlite);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../gui/opening.py" line="60" />
            <source>Opened read-only</source>
            <translation>已以只读方式打开</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="64" />
            <source>&amp;Restore the newest good backup ({time})</source>
            <translation>恢复最新的完好备份（{time}）(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="38" />
            <source>{time} — {kind}, {size} KB</source>
            <translation>{time}——{kind}，{size} KB</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="53" />
            <source>File: {file}
Problem: {problem}

Nothing has been deleted. You can put a backup in its place (the damaged file is kept beside it), open another file, or quit.</source>
            <translation>文件：{file}
问题：{problem}

没有删除任何内容。您可以用备份替换它（损坏的文件会保留在旁边）、打开其他文件，或者退出。</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="123" />
            <source>This backup cannot be used: {why}</source>
            <translation>这个备份不能使用：{why}</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs/recovery.py" line="31" />
            <source>the ledger before a restore</source>
            <translation>恢复前的账本</translation>
        </message>
    </context>
    <context>
        <name>RefundDialog</name>
        <message>
            <location filename="../../gui/dialogs/pay.py" line="+17" />
            <location line="+1" />
            <source>Refund a payment</source>
            <translation>退费</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Payment of {amount} on {date} for {name} ({kind}).
Paid by: {covered}.
Already refunded: {refunded}.</source>
            <translation>{date} {name} 支付 {amount}（{kind}）。
扣款方：{covered}。
已退费：{refunded}。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Refund the rest: {amount}</source>
            <translation>退回剩余的全部：{amount}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refund the rest</source>
            <translation>退回剩余的全部</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refund part of it:</source>
            <translation>只退一部分：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Refund part of it</source>
            <translation>只退一部分</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount to refund in yuan</source>
            <translation>退费金额（元）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The money goes back where it came from. A partial refund first returns the part paid out of pocket, then the shared accounts (last charged first), and the patient's own account last.</source>
            <translation>钱按原路退回。部分退费时，先退个人现金支付的部分，再退共济账户（后扣的先退），最后退就诊人本人的账户。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Record refund</source>
            <translation>记录退费(&amp;R)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Record refund</source>
            <translation>记录退费</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation type="vanished">取消</translation>
        </message>
        <message>
            <location line="+23" />
            <source>This payment has already been refunded in full.</source>
            <translation>这笔支付已经全部退费。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>At most {amount} can still be refunded.</source>
            <translation>最多还能退 {amount}。</translation>
        </message>
    </context>
    <context>
        <name>Runner</name>
        <message>
            <location filename="../../gui/ops.py" line="+133" />
            <source>This could not be saved: the database did not answer as expected. Nothing was changed; the window now shows what is stored.</source>
            <extracomment>core.views.Changes of a mutation that succeeded (GUI thread). True while an operation is running (for a busy cursor / progress indicator). A status-bar sentence after each successful mutation (already in the user's language). A mutation failed (GUI thread, after its failure callback): gui.desks reloads every view from the database. Set (plain words) while the database cannot be reached: mutations are refused at once (gui.desks).</extracomment>
            <translation>没有保存成功：数据库没有正常应答。什么都没有改；窗口现在显示的是已保存的内容。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The data could not be read: the database did not answer as expected.</source>
            <translation>无法读取数据：数据库没有正常应答。</translation>
        </message>
    </context>
    <context>
        <name>ServerNote</name>
        <message>
            <location filename="../../gui/server_note.py" line="39" />
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <location filename="../../gui/server_note.py" line="31" />
            <source>Back up:</source>
            <translation>备份：</translation>
        </message>
        <message>
            <location filename="../../gui/server_note.py" line="32" />
            <source>Restore:</source>
            <translation>恢复：</translation>
        </message>
        <message>
            <location filename="../../gui/server_note.py" line="40" />
            <source>Copy the command: {what}</source>
            <translation>复制命令：{what}</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../gui/dialogs/settings.py" line="-101" />
            <location line="+1" />
            <source>Settings</source>
            <extracomment>Language names are shown in their own language, so that anyone can find theirs.</extracomment>
            <translation>设置</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Elderly mode (长辈模式): larger text and bigger buttons</source>
            <translation>长辈模式：字更大，按钮更大(&amp;E)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Elderly mode</source>
            <translation>长辈模式</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text at least 18 points, buttons at least 60 pixels high</source>
            <translation>文字至少 18 磅，按钮至少 60 像素高</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Note</source>
            <translation>说明</translation>
        </message>
        <message>
            <location line="+24" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The new language is used for new windows and messages at once, and everywhere after you restart the app.</source>
            <translation>新打开的窗口和提示会立即使用新语言；重新启动程序后，所有地方都会使用新语言。</translation>
        </message>
        <message>
            <location line="-36" />
            <source>Confirm payments above (yuan)</source>
            <translation>超过多少元需要确认</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ask before recording a payment that takes more than this from other people's accounts. 0: never ask.</source>
            <translation>一笔支付从别人的账户扣款超过这个金额时，先问一下再记。填 0 表示从不询问。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ask &amp;before a payment takes more than this from others' accounts (yuan):</source>
            <translation>从别人的账户扣款超过这个金额时先确认(&amp;B)（元）：</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Problem</source>
            <translation>问题</translation>
        </message>
    </context>
    <context>
        <name>Statement</name>
        <message>
            <location filename="../../gui/history/statement.py" line="30" />
            <source>all dates</source>
            <translation>全部日期</translation>
        </message>
        <message>
            <location filename="../../gui/history/statement.py" line="133" />
            <source>Medical insurance account statement</source>
            <translation>医保账户对账单</translation>
        </message>
        <message>
            <location filename="../../gui/history/statement.py" line="148" />
            <source>Totals</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../../gui/history/statement.py" line="43" />
            <source>Records</source>
            <translation>记录</translation>
        </message>
        <message>
            <location filename="../../gui/history/statement.py" line="43" />
            <source>Payments</source>
            <translation>支付</translation>
        </message>
        <message>
            <location filename="../../gui/history/statement.py" line="44" />
            <source>Refunds</source>
            <translation>退费</translation>
        </message>
        <message>
            <location filename="../../gui/history/statement.py" line="45" />
            <source>Out of pocket</source>
            <translation>个人现金支付</translation>
        </message>
        <message>
            <location filename="../../gui/history/statement.py" line="136" />
            <source>Household</source>
            <translation>家庭</translation>
        </message>
        <message>
            <location filename="../../gui/history/statement.py" line="136" />
            <source>Period</source>
            <translation>时间段</translation>
        </message>
        <message>
            <location filename="../../gui/history/statement.py" line="137" />
            <source>Printed</source>
            <translation>打印时间</translation>
        </message>
        <message>
            <location filename="../../gui/history/statement.py" line="47" />
            <source>Contributions</source>
            <translation>划入</translation>
        </message>
        <message>
            <location filename="../../gui/history/statement.py" line="100" />
            <source>Statement</source>
            <translation>对账单</translation>
        </message>
        <message>
            <location filename="../../gui/history/statement.py" line="139" />
            <source>Showing</source>
            <translation>显示内容</translation>
        </message>
        <message>
            <location filename="../../gui/history/statement.py" line="120" />
            <source>Page {n}</source>
            <translation>第 {n} 页</translation>
        </message>
        <message>
            <location filename="../../gui/history/statement.py" line="52" />
            <source>Paid from the account of {name}</source>
            <translation>从 {name} 的账户支付</translation>
        </message>
        <message>
            <location filename="../../gui/history/statement.py" line="199" />
            <source>Only the newest {n} of {total} records are printed; export to CSV for all of them.</source>
            <translation>共 {total} 条记录，只打印了最新的 {n} 条；如需全部，请导出为 CSV。</translation>
        </message>
        <message>
            <location filename="../../gui/history/statement.py" line="49" />
            <source>Paid for {name} (payments minus refunds)</source>
            <translation>为 {name} 支付的金额（支付减去退费）</translation>
        </message>
    </context>
    <context>
        <name>Tour</name>
        <message>
            <location filename="../../gui/tour.py" line="22" />
            <source>Welcome</source>
            <translation>欢迎</translation>
        </message>
        <message>
            <location filename="../../gui/tour.py" line="23" />
            <source>This helper keeps track of family pooling (家庭共济): who may pay medical bills with whose personal account, in which order, and what each payment took from each account.</source>
            <translation>这个助手帮您记录家庭共济：谁可以用谁的个人账户支付医疗费用、按什么顺序扣款，以及每笔支付从每个账户扣了多少。</translation>
        </message>
        <message>
            <location filename="../../gui/tour.py" line="25" />
            <source>Your own account pays first</source>
            <translation>本人账户先支付</translation>
        </message>
        <message>
            <location filename="../../gui/tour.py" line="26" />
            <source>When someone pays a medical bill, their own personal account is always used first. Only what it cannot cover is taken from the family accounts they are bound to. Whatever is still left is paid in cash.</source>
            <translation>看病付钱时，总是先用本人的个人账户。本人账户不够的部分，才从绑定的家人账户里扣。还剩下的部分由个人现金支付。</translation>
        </message>
        <message>
            <location filename="../../gui/tour.py" line="29" />
            <source>The payment order</source>
            <translation>支付顺序</translation>
        </message>
        <message>
            <location filename="../../gui/tour.py" line="30" />
            <source>After the own account, the family accounts pay one after another, top first. Under the national rules the family chooses this order: select an account and press Move up or Move down (or Alt+Up / Alt+Down). Some regions set the order themselves; the window then says why it cannot be changed.</source>
            <translation>本人账户之后，家人的账户按从上到下的顺序依次扣款。按照全国通用规则，这个顺序由家庭自己决定：选中一个账户，按“上移”或“下移”（或 Alt+上箭头 / Alt+下箭头）。有些地区由规则决定顺序，窗口里会说明为什么不能调整。</translation>
        </message>
        <message>
            <location filename="../../gui/tour.py" line="33" />
            <source>Binding</source>
            <translation>绑定</translation>
        </message>
        <message>
            <location filename="../../gui/tour.py" line="34" />
            <source>To let a relative pay with your account, choose Bind and pick who pays for whom and how you are related. Ending a binding keeps its history. Before a payment is recorded you always see who will pay how much.</source>
            <translation>要让亲属用您的账户付钱，请选择“绑定”，选好谁为谁付钱以及你们的关系。解除绑定后，记录仍然保留。每次记账前，您都会先看到谁将付多少。</translation>
        </message>
        <message>
            <location filename="../../gui/tour.py" line="37" />
            <source>Larger text</source>
            <translation>更大的字</translation>
        </message>
        <message>
            <location filename="../../gui/tour.py" line="38" />
            <source>If the text is too small, turn on elderly mode (长辈模式) under Settings. You can open this tour again at any time from the Help menu.</source>
            <translation>如果字太小，请在“设置”里打开长辈模式。随时可以从“帮助”菜单再次打开这个引导。</translation>
        </message>
    </context>
    <context>
        <name>TourDialog</name>
        <message>
            <location filename="../../gui/tour.py" line="+67" />
            <location line="+1" />
            <source>Guided tour</source>
            <translation>使用引导</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Step</source>
            <translation>步骤</translation>
        </message>
        <message>
            <location line="+9" />
            <source>← &amp;Back</source>
            <translation>← 上一步(&amp;B)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back</source>
            <translation>上一步</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+37" />
            <source>&amp;Next →</source>
            <translation>下一步(&amp;N) →</translation>
        </message>
        <message>
            <location line="-36" />
            <location line="+37" />
            <source>Next</source>
            <translation>下一步</translation>
        </message>
        <message>
            <location line="-36" />
            <source>&amp;Close</source>
            <translation>关闭(&amp;C)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Step {n} of {total}</source>
            <translation>第 {n} 步，共 {total} 步</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Finish</source>
            <translation>完成(&amp;F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Finish</source>
            <translation>完成</translation>
        </message>
    </context>
    <context>
        <name>UnbindDialog</name>
        <message>
            <location filename="../../gui/dialogs/unbind.py" line="+23" />
            <location line="+1" />
            <source>End a binding</source>
            <translation>解除绑定</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Binding to end</source>
            <translation>要解除的绑定</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{u} uses {a}'s account ({relation}, {state})</source>
            <translation>{u} 使用 {a} 的账户（{relation}，{state}）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The authorizer ends it</source>
            <translation>由授权人解除</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The user ends it</source>
            <translation>由使用人解除</translation>
        </message>
        <message>
            <location line="+7" />
            <source>What will change</source>
            <translation>会有什么变化</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Binding:</source>
            <translation>绑定(&amp;B)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Who ends it:</source>
            <translation>由谁解除：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;End this binding</source>
            <translation>解除这个绑定(&amp;E)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>End this binding</source>
            <translation>解除这个绑定</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation type="vanished">取消</translation>
        </message>
        <message>
            <location line="+22" />
            <source>There is no binding to end.</source>
            <translation>没有可以解除的绑定。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{a} (the authorizer)</source>
            <translation>{a}（授权人）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{u} (the user)</source>
            <translation>{u}（使用人）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{a}, the authorizer</source>
            <translation>授权人 {a}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{u}, the user</source>
            <translation>使用人 {u}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>own account</source>
            <translation>本人账户</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ended by: {who}.</source>
            <translation>解除方：{who}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>After this, {u} can no longer pay with {a}'s account.</source>
            <translation>解除后，{u} 不能再用 {a} 的账户支付。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{u}'s payment order will be: {order}.</source>
            <translation>{u} 的支付顺序将是：{order}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nothing is deleted: the binding and every payment made with it stay in the history, with the date it ended.</source>
            <translation>不会删除任何内容：这个绑定和用它支付的每一笔钱都保留在记录里，并注明解除日期。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The request is still waiting for confirmation; it will be withdrawn.</source>
            <translation>这个申请还在等待确认；将会撤回。</translation>
        </message>
    </context>
</TS>
