<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>core</name>
        <message>
            <location filename="../../core/_base.py" line="70" />
            <location filename="../../core/reads.py" line="151" />
            <location filename="../../core/reads.py" line="159" />
            <location filename="../../core/reads.py" line="190" />
            <source>household</source>
            <translation>家庭</translation>
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
            <translation>成员</translation>
        </message>
        <message>
            <location filename="../../core/_base.py" line="76" />
            <location filename="../../core/cli.py" line="201" />
            <location filename="../../core/reads.py" line="199" />
            <source>binding</source>
            <translation>绑定</translation>
        </message>
        <message>
            <location filename="../../core/_base.py" line="66" />
            <location filename="../../core/ledger_sql.py" line="97" />
            <location filename="../../core/ledger_sql.py" line="154" />
            <location filename="../../core/order_sql.py" line="64" />
            <location filename="../../core/reads.py" line="111" />
            <location filename="../../core/validate.py" line="74" />
            <source>There is no {what} with number {id}.</source>
            <translation>没有编号为 {id} 的{what}。</translation>
        </message>
        <message>
            <location filename="../../core/_base.py" line="134" />
            <source>{name} has resident insurance and therefore no personal account to share; only an employee-insured member can authorize.</source>
            <translation>{name} 参加的是城乡居民医保，没有可以共济的个人账户；只有职工医保参保人才能当授权人。</translation>
        </message>
        <message>
            <location filename="../../core/_base.py" line="140" />
            <source>{name} is not currently insured (status: suspended); only an insured person can use a shared account.</source>
            <translation>{name} 目前没有正常参保（状态：暂停参保）；只有正常参保的人才能使用共济账户。</translation>
        </message>
        <message>
            <location filename="../../core/_base.py" line="143" />
            <source>Parents-in-law are not close relatives (近亲属) under the pooling rules, so they cannot be bound.</source>
            <translation>按照共济规定，岳父母/公婆不属于近亲属，不能绑定。</translation>
        </message>
        <message>
            <location filename="../../core/_base.py" line="151" />
            <source>{name}'s ID number belongs to a woman, but the relation chosen is father.</source>
            <translation>{name} 的身份证号显示是女性，但选择的关系是父亲。</translation>
        </message>
        <message>
            <location filename="../../core/_base.py" line="154" />
            <source>{name}'s ID number belongs to a man, but the relation chosen is mother.</source>
            <translation>{name} 的身份证号显示是男性，但选择的关系是母亲。</translation>
        </message>
        <message>
            <location filename="../../core/_base.py" line="159" />
            <source>{a} is already bound to {u}.</source>
            <translation>{a} 已经绑定了 {u}。</translation>
        </message>
        <message>
            <location filename="../../core/_base.py" line="172" />
            <source>{a} already shares with {n} people, the most {profile} allows.</source>
            <translation>{a} 已经和 {n} 人共济，达到{profile}允许的上限。</translation>
        </message>
        <message>
            <location filename="../../core/_base.py" line="137" />
            <source>{name}'s employee insurance is suspended, so the account cannot be shared.</source>
            <translation>{name} 的职工医保已暂停，账户不能共济。</translation>
        </message>
        <message>
            <location filename="../../core/_base.py" line="147" />
            <source>Under {profile}, a {relation} cannot be bound; allowed: {allowed}.</source>
            <translation>按照{profile}，{relation}不能绑定；允许的关系：{allowed}。</translation>
        </message>
        <message>
            <location filename="../../core/_base.py" line="164" />
            <source>Under {profile}, a user may have only one authorizer at a time, and {u} already uses {a}'s account. End that binding first.</source>
            <translation>按照{profile}，每位使用人同时只能有一位授权人，而 {u} 已经在使用 {a} 的账户。请先解除那个绑定。</translation>
        </message>
        <message>
            <location filename="../../core/_base.py" line="178" />
            <source>Under {profile}, {a} may share with at most {limit} {relation}; {n} already bound.</source>
            <translation>按照{profile}，{a} 最多只能和 {limit} 位{relation}共济；已绑定 {n} 位。</translation>
        </message>
        <message>
            <location filename="../../core/application.py" line="61" />
            <source>binding application #{id} printed with full ID numbers</source>
            <translation>打印绑定申请 #{id}（完整身份证号）</translation>
        </message>
        <message>
            <location filename="../../core/application.py" line="91" />
            <source>until ended</source>
            <translation>至解除为止</translation>
        </message>
        <message>
            <location filename="../../core/application.py" line="115" />
            <source>I, the authorizer, agree that the user named above may use my employee medical-insurance personal account to pay their eligible medical expenses, under the pooling rules of my insurance region.</source>
            <translation>本人（授权人）同意上述使用人按参保地家庭共济规定，使用本人职工医保个人账户支付其符合规定的医疗费用。</translation>
        </message>
        <message>
            <location filename="../../core/application.py" line="117" />
            <source>We confirm that the relation stated above is true and the documents provided are genuine, and we bear the consequences of any false statement.</source>
            <translation>我们确认上述亲属关系真实、所提供材料真实有效，如有虚假，愿承担相应后果。</translation>
        </message>
        <message>
            <location filename="../../core/application.py" line="119" />
            <source>We know that either of us may end the binding, and that money already paid is not returned by ending it.</source>
            <translation>我们知悉任何一方均可解除绑定，解除绑定不退回已经支付的费用。</translation>
        </message>
        <message>
            <location filename="../../core/application.py" line="121" />
            <source>We know that a binding made at the counter usually takes 3 to 5 working days and takes effect when the insurance office has completed it.</source>
            <translation>我们知悉线下办理一般需要 3–5 个工作日，经医保经办机构办结后生效。</translation>
        </message>
        <message>
            <location filename="../../core/application.py" line="93" />
            <source>Household</source>
            <translation>家庭</translation>
        </message>
        <message>
            <location filename="../../core/application.py" line="94" />
            <source>Region rules</source>
            <translation>地区规则</translation>
        </message>
        <message>
            <location filename="../../core/application.py" line="95" />
            <source>Authorizer (主账户人, whose account pays)</source>
            <translation>授权人（主账户人，由其账户支付）</translation>
        </message>
        <message>
            <location filename="../../core/application.py" line="96" />
            <source>Authorizer's ID number</source>
            <translation>授权人身份证号</translation>
        </message>
        <message>
            <location filename="../../core/application.py" line="97" />
            <source>Authorizer's insurance</source>
            <translation>授权人参保类型</translation>
        </message>
        <message>
            <location filename="../../core/application.py" line="98" />
            <source>User (使用人, who may use the account)</source>
            <translation>使用人（可使用该账户的人）</translation>
        </message>
        <message>
            <location filename="../../core/application.py" line="99" />
            <source>User's ID number</source>
            <translation>使用人身份证号</translation>
        </message>
        <message>
            <location filename="../../core/application.py" line="100" />
            <source>User's insurance</source>
            <translation>使用人参保类型</translation>
        </message>
        <message>
            <location filename="../../core/application.py" line="101" />
            <source>The user is the authorizer's</source>
            <translation>使用人是授权人的</translation>
        </message>
        <message>
            <location filename="../../core/application.py" line="102" />
            <source>Authorization period</source>
            <translation>授权期限</translation>
        </message>
        <message>
            <location filename="../../core/application.py" line="103" />
            <source>Date of application</source>
            <translation>申请日期</translation>
        </message>
        <message>
            <location filename="../../core/application.py" line="107" />
            <source>ID card of the authorizer (主账户身份证件)</source>
            <translation>主账户人身份证件</translation>
        </message>
        <message>
            <location filename="../../core/application.py" line="108" />
            <source>ID card or household register page of the user (家庭成员有效身份证件)</source>
            <translation>家庭成员有效身份证件（身份证或户口簿本人页）</translation>
        </message>
        <message>
            <location filename="../../core/application.py" line="109" />
            <source>Household register (户口簿)</source>
            <translation>户口簿</translation>
        </message>
        <message>
            <location filename="../../core/application.py" line="110" />
            <source>Marriage certificate (结婚证)</source>
            <translation>结婚证</translation>
        </message>
        <message>
            <location filename="../../core/application.py" line="111" />
            <source>Birth certificate (出生医学证明)</source>
            <translation>出生医学证明</translation>
        </message>
        <message>
            <location filename="../../core/application.py" line="112" />
            <source>Signed commitment (承诺书, below)</source>
            <translation>签字的承诺书（见下文）</translation>
        </message>
        <message>
            <location filename="../../core/application.py" line="125" />
            <source>Under {profile}, the user confirms the application after the authorizer has applied.</source>
            <translation>按{profile}，授权人提交申请后，由使用人确认。</translation>
        </message>
        <message>
            <location filename="../../core/application.py" line="128" />
            <source>Application for family pooling of a medical-insurance personal account (家庭共济绑定申请)</source>
            <translation>职工医保个人账户家庭共济绑定申请</translation>
        </message>
        <message>
            <location filename="../../core/application.py" line="129" />
            <source>Documents to bring (originals):</source>
            <translation>需携带的材料（原件）：</translation>
        </message>
        <message>
            <location filename="../../core/application.py" line="129" />
            <source>Commitment (承诺书)</source>
            <translation>承诺书</translation>
        </message>
        <message>
            <location filename="../../core/application.py" line="131" />
            <source>Prepared with 家庭共济助手 (gongji); not an official form. The insurance office's own form and rules take precedence.</source>
            <translation>由家庭共济助手生成，并非官方表格；以医保经办机构的表格和规定为准。</translation>
        </message>
        <message>
            <location filename="../../core/application.py" line="70" />
            <location filename="../../core/labels.py" line="27" />
            <source>employee insurance</source>
            <translation>职工医保</translation>
        </message>
        <message>
            <location filename="../../core/application.py" line="70" />
            <location filename="../../core/labels.py" line="27" />
            <source>resident insurance</source>
            <translation>城乡居民医保</translation>
        </message>
        <message>
            <location filename="../../core/application.py" line="130" />
            <source>Authorizer's signature</source>
            <translation>授权人签字</translation>
        </message>
        <message>
            <location filename="../../core/application.py" line="130" />
            <source>User's signature</source>
            <translation>使用人签字</translation>
        </message>
        <message>
            <location filename="../../core/application.py" line="130" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../core/backup_files.py" line="97" />
            <source>The file {path} does not exist.</source>
            <translation>文件 {path} 不存在。</translation>
        </message>
        <message>
            <location filename="../../core/backup_files.py" line="127" />
            <source>There is no database file at {path} to back up.</source>
            <translation>{path} 没有可以备份的数据库文件。</translation>
        </message>
        <message>
            <location filename="../../core/backup_files.py" line="146" />
            <source>The backup of {path} failed its check and was deleted: {detail}</source>
            <translation>{path} 的备份没有通过检查，已删除：{detail}</translation>
        </message>
        <message>
            <location filename="../../core/backup_files.py" line="142" />
            <source>The backup of {path} failed: {detail}</source>
            <translation>{path} 备份失败：{detail}</translation>
        </message>
        <message>
            <location filename="../../core/backup_files.py" line="102" />
            <source>The file {path} is not a gongji database.</source>
            <translation>文件 {path} 不是家庭共济助手的数据库。</translation>
        </message>
        <message>
            <location filename="../../core/backup_files.py" line="136" />
            <source>The disk is full: no backup of {path} could be made. Free some space on the disk; your ledger is unchanged.</source>
            <translation>磁盘已满：无法为 {path} 做备份。请清理磁盘空间；您的账本没有改动。</translation>
        </message>
        <message>
            <location filename="../../core/backup_files.py" line="139" />
            <source>No backup could be made: gongji may not write to {folder} (permission denied). Your ledger is unchanged.</source>
            <translation>无法备份：家庭共济助手没有写入 {folder} 的权限（权限不足）。您的账本没有改动。</translation>
        </message>
        <message>
            <location filename="../../core/binding_parties.py" line="31" />
            <source>Waiting for {name} to confirm.</source>
            <translation>等待{name}确认。</translation>
        </message>
        <message>
            <location filename="../../core/binding_parties.py" line="39" />
            <source>{u} asked to use {a}'s account ({relation}); waiting for {a} to confirm</source>
            <translation>{u}申请使用{a}的账户（{relation}），等待{a}确认</translation>
        </message>
        <message>
            <location filename="../../core/binding_parties.py" line="37" />
            <source>{a} applied for {u} to use {a}'s account ({relation}); waiting for {u} to confirm</source>
            <translation>{a}申请让{u}使用{a}的账户（{relation}），等待{u}确认</translation>
        </message>
        <message>
            <location filename="../../core/binding_parties.py" line="47" />
            <source>{applicant} applied for this binding, so {applicant} cannot confirm it; {other} confirms it.</source>
            <translation>这项绑定是{applicant}申请的，{applicant}不能自己确认；应由{other}确认。</translation>
        </message>
        <message>
            <location filename="../../core/binding_parties.py" line="59" />
            <source>The two-way binding cannot be completed: {why}</source>
            <translation>无法完成双向绑定：{why}</translation>
        </message>
        <message>
            <location filename="../../core/bindings.py" line="113" />
            <source>{u} may now use {a}'s account ({relation})</source>
            <translation>{u} 现在可以使用 {a} 的个人账户（{relation}）</translation>
        </message>
        <message>
            <location filename="../../core/bindings.py" line="230" />
            <source>The binding {a} → {u} has changed since (it is now {state}); this step can no longer be undone or redone.</source>
            <translation>绑定 {a} → {u} 之后有了变化（现在是：{state}）；这一步不能再撤销或重做。</translation>
        </message>
        <message>
            <location filename="../../core/bindings.py" line="131" />
            <source>{u} can now use {a}'s account.</source>
            <translation>{u} 现在可以使用 {a} 的个人账户了。</translation>
        </message>
        <message>
            <location filename="../../core/bindings.py" line="223" />
            <source>Binding {a} → {u} is now {state}</source>
            <translation>{a} → {u} 的绑定现在为：{state}</translation>
        </message>
        <message>
            <location filename="../../core/bindings.py" line="251" />
            <source>{who} confirmed that {u} may use {a}'s account</source>
            <translation>{who}已确认：{u}可以使用{a}的账户</translation>
        </message>
        <message>
            <location filename="../../core/bindings.py" line="323" />
            <source>{u} can no longer use {a}'s account.</source>
            <translation>{u} 不能再使用 {a} 的个人账户了。</translation>
        </message>
        <message>
            <location filename="../../core/bindings.py" line="371" />
            <source>{a}'s account now pays first for {u}.</source>
            <translation>现在 {u} 支付时，{a} 的账户最先扣款。</translation>
        </message>
        <message>
            <location filename="../../core/bindings.py" line="44" />
            <source>A person cannot be bound to themselves: their own account already pays first.</source>
            <translation>不能和自己绑定：本人账户本来就最先支付。</translation>
        </message>
        <message>
            <location filename="../../core/bindings.py" line="47" />
            <source>{a} and {u} are in different households.</source>
            <translation>{a} 和 {u} 不在同一个家庭。</translation>
        </message>
        <message>
            <location filename="../../core/bindings.py" line="49" />
            <location filename="../../core/cli.py" line="157" />
            <source>relation</source>
            <translation>关系</translation>
        </message>
        <message>
            <location filename="../../core/bindings.py" line="53" />
            <source>The authorization period ends ({end}) before it starts ({start}).</source>
            <translation>授权期限的结束日期（{end}）早于开始日期（{start}）。</translation>
        </message>
        <message>
            <location filename="../../core/bindings.py" line="56" />
            <source>The authorization period ended already ({end}).</source>
            <translation>授权期限已经结束（{end}）。</translation>
        </message>
        <message>
            <location filename="../../core/bindings.py" line="61" />
            <source>{profile} requires the signed commitment (承诺书) before binding.</source>
            <translation>{profile}要求绑定前签署承诺书。</translation>
        </message>
        <message>
            <location filename="../../core/bindings.py" line="64" />
            <source>{profile} requires proof of the relation (household register, marriage or birth certificate).</source>
            <translation>{profile}要求提供亲属关系证明（户口簿、结婚证或出生证明）。</translation>
        </message>
        <message>
            <location filename="../../core/bindings.py" line="87" />
            <source>who applies</source>
            <translation>申请人</translation>
        </message>
        <message>
            <location filename="../../core/bindings.py" line="125" />
            <source>bind {a} → {u}</source>
            <translation>绑定 {a} → {u}</translation>
        </message>
        <message>
            <location filename="../../core/bindings.py" line="151" />
            <source>the new person's role</source>
            <translation>新成员的身份</translation>
        </message>
        <message>
            <location filename="../../core/bindings.py" line="253" />
            <source>{who} confirmed; {a} and {u} may now use each other's accounts (two-way)</source>
            <translation>{who}已确认；{a}和{u}现在可以互相使用对方的账户（双向绑定）</translation>
        </message>
        <message>
            <location filename="../../core/bindings.py" line="269" />
            <source>Confirmation of {a} → {u} undone</source>
            <translation>已撤销 {a} → {u} 的确认</translation>
        </message>
        <message>
            <location filename="../../core/bindings.py" line="278" />
            <source>confirm {a} → {u}</source>
            <translation>确认 {a} → {u}</translation>
        </message>
        <message>
            <location filename="../../core/bindings.py" line="283" />
            <source>Binding confirmed; it works both ways now.</source>
            <translation>绑定已确认，现在为双向绑定。</translation>
        </message>
        <message>
            <location filename="../../core/bindings.py" line="283" />
            <source>Binding confirmed.</source>
            <translation>绑定已确认。</translation>
        </message>
        <message>
            <location filename="../../core/bindings.py" line="288" />
            <location filename="../../core/cli_args.py" line="271" />
            <source>who ends it</source>
            <translation>由谁解除</translation>
        </message>
        <message>
            <location filename="../../core/bindings.py" line="304" />
            <source>{u} can no longer use {a}'s account ({who})</source>
            <translation>{u} 不能再使用 {a} 的个人账户（{who}）</translation>
        </message>
        <message>
            <location filename="../../core/bindings.py" line="319" />
            <source>unbind {a} → {u}</source>
            <translation>解除绑定 {a} → {u}</translation>
        </message>
        <message>
            <location filename="../../core/bindings.py" line="349" />
            <source>{a}'s account re-bound for {u} so that it pays first</source>
            <translation>为 {u} 重新绑定 {a} 的账户，使其最先支付</translation>
        </message>
        <message>
            <location filename="../../core/bindings.py" line="367" />
            <source>re-bind {a} → {u}</source>
            <translation>重新绑定 {a} → {u}</translation>
        </message>
        <message>
            <location filename="../../core/bindings.py" line="51" />
            <source>proof of relation</source>
            <translation>亲属关系证明</translation>
        </message>
        <message>
            <location filename="../../core/bindings.py" line="157" />
            <source>The new person's details are incomplete or have unknown fields.</source>
            <translation>新成员的信息不完整，或者有无法识别的项目。</translation>
        </message>
        <message>
            <location filename="../../core/bindings.py" line="198" />
            <location filename="../../core/members.py" line="39" />
            <source>{name} added.</source>
            <translation>已添加 {name}。</translation>
        </message>
        <message>
            <location filename="../../core/bindings.py" line="238" />
            <source>who confirms</source>
            <translation>确认人</translation>
        </message>
        <message>
            <location filename="../../core/bindings.py" line="243" />
            <source>This binding is not waiting for confirmation (it is {state}).</source>
            <translation>这个绑定不在等待确认（现在是：{state}）。</translation>
        </message>
        <message>
            <location filename="../../core/bindings.py" line="293" />
            <source>This binding has already ended.</source>
            <translation>这个绑定已经解除了。</translation>
        </message>
        <message>
            <location filename="../../core/bindings.py" line="332" />
            <source>Only an active binding can be re-bound.</source>
            <translation>只有生效中的绑定才能重新绑定。</translation>
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="207" />
            <source>official app: current year {oc}, prior years {op}; ledger: current year {lc}, prior years {lp}</source>
            <translation>官方应用：当年 {oc}，历年 {op}；账本：当年 {lc}，历年 {lp}</translation>
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="102" />
            <source>{month} has not begun yet.</source>
            <translation>{month} 还没有开始。</translation>
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="104" />
            <location filename="../../core/bookkeeping.py" line="133" />
            <location filename="../../core/validate.py" line="90" />
            <source>The date {d} is too far in the past.</source>
            <translation>日期 {d} 太早了。</translation>
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="178" />
            <source>Reconciliation of {day}: {figures}</source>
            <translation>对账调整（{day}）：{figures}</translation>
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="294" />
            <source>Contributions for {month} recorded: {n} members, {total} in all.</source>
            <translation>已记录 {month} 的划入：{n} 人，共 {total}。</translation>
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="129" />
            <location filename="../../core/validate.py" line="83" />
            <source>The date must be a date and time.</source>
            <translation>日期必须是日期时间。</translation>
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="131" />
            <location filename="../../core/validate.py" line="87" />
            <source>The date {d} is in the future.</source>
            <translation>日期 {d} 在未来。</translation>
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="144" />
            <location filename="../../core/ledger.py" line="128" />
            <source>{name} has resident insurance and no personal account.</source>
            <translation>{name} 参加的是城乡居民医保，没有个人账户。</translation>
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="147" />
            <source>Under {profile} the current-year and prior-years parts are kept apart; enter the prior-years (历年) balance too.</source>
            <translation>{profile}的当年和历年账户分开计算，请同时填写历年账户余额。</translation>
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="171" />
            <location filename="../../core/bookkeeping.py" line="251" />
            <location filename="../../core/csv_import.py" line="172" />
            <location filename="../../core/households.py" line="22" />
            <location filename="../../core/ledger.py" line="39" />
            <location filename="../../core/ledger.py" line="108" />
            <source>the note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="190" />
            <source>Reconciled {name}'s account with the official app ({day}): {figures}</source>
            <translation>{name}的账户已与官方应用对账（{day}）：{figures}</translation>
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="200" />
            <source>{name}'s balance corrected by {delta} to match the official app.</source>
            <translation>已按官方应用校正{name}的余额：{delta}。</translation>
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="202" />
            <source>{name}'s current-year and prior-years parts corrected to match the official app.</source>
            <translation>已按官方应用校正{name}的当年和历年账户。</translation>
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="250" />
            <source>monthly contribution {month}</source>
            <translation>{month} 每月划入</translation>
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="253" />
            <source>No amounts given.</source>
            <translation>没有填写金额。</translation>
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="261" />
            <source>Every amount is zero; nothing to record.</source>
            <translation>所有金额都是零，没有可记录的。</translation>
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="287" />
            <source>Monthly contributions for {month}: {n} members, {total} in all</source>
            <translation>{month} 每月划入：{n} 人，共 {total}</translation>
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="175" />
            <source>{name}'s balance already matches the official app on {day}; nothing was recorded.</source>
            <translation>{name}的余额在 {day} 已与官方应用一致，没有记录任何调整。</translation>
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="277" />
            <source>Contributions for {month} are already recorded: {listed}. Confirm to record them again.</source>
            <translation>{month} 的划入已经记录过：{listed}。确认后才会再记录一次。</translation>
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="99" />
            <source>“{raw}” is not a month; write it as 2026-11.</source>
            <translation>“{raw}”不是月份，请写成 2026-11 这样。</translation>
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="272" />
            <location filename="../../core/ledger.py" line="113" />
            <source>{name} has resident insurance and no personal account to credit.</source>
            <translation>{name} 参加的是城乡居民医保，没有可以划入的个人账户。</translation>
        </message>
        <message>
            <location filename="../../core/bookkeeping.py" line="270" />
            <source>{name} is not a member of this household.</source>
            <translation>{name}不是这个家庭的成员。</translation>
        </message>
        <message>
            <location filename="../../core/chain.py" line="188" />
            <source>Row {id} of {table} has no seal: it was written into the database outside gongji.</source>
            <translation>{table} 的第 {id} 行没有校验封记：它是在家庭共济助手之外写入数据库的。</translation>
        </message>
        <message>
            <location filename="../../core/chain.py" line="191" />
            <source>Row {id} of {table} does not match its seal: it (or the row before it) was changed outside gongji.</source>
            <translation>{table} 的第 {id} 行与其校验封记不符：它（或它前面的一行）在家庭共济助手之外被改动过。</translation>
        </message>
        <message>
            <location filename="../../core/chain.py" line="171" />
            <source>The protection {trigger} of the table {table} is missing: someone changed the database file outside gongji.</source>
            <translation>数据表 {table} 的保护 {trigger} 不见了：有人在家庭共济助手之外改动了数据库文件。</translation>
        </message>
        <message>
            <location filename="../../core/chain.py" line="178" />
            <source>The table {table} cannot be read to the end ({detail}): the file is damaged.</source>
            <translation>数据表 {table} 无法读到最后（{detail}）：文件已损坏。</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="59" />
            <location filename="../../core/cli.py" line="198" />
            <source>own account</source>
            <translation>本人账户</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="106" />
            <location filename="../../core/cli.py" line="107" />
            <source>The database {where} is ready.</source>
            <translation>数据库 {where} 已就绪。</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="250" />
            <source>{n} records written to {file}.</source>
            <translation>已把 {n} 条记录写入 {file}。</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="264" />
            <source>Sample households created: {n}.</source>
            <translation>已创建示例家庭：{n} 个。</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="287" />
            <source>{name}'s status is already {status}; nothing was changed.</source>
            <translation>{name}的参保状态已经是{status}，没有更改。</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="244" />
            <location filename="../../core/cli.py" line="327" />
            <location filename="../../core/csvio.py" line="45" />
            <source>time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="327" />
            <location filename="../../core/csvio.py" line="45" />
            <source>kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="328" />
            <source>amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="331" />
            <location filename="../../core/csvio.py" line="47" />
            <source>expense</source>
            <translation>费用类别</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="331" />
            <source>paid by</source>
            <translation>支付方</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="61" />
            <location filename="../../core/cli.py" line="331" />
            <source>out of pocket</source>
            <translation>个人现金支付</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="332" />
            <location filename="../../core/csvio.py" line="47" />
            <source>note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="76" />
            <source>the authorizer</source>
            <translation>授权人</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="76" />
            <source>the user</source>
            <translation>使用人</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="211" />
            <source>A payment of {amount} by {name} would be covered by:</source>
            <translation>{name} 支付 {amount}，将这样扣款：</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="215" />
            <location filename="../../core/cli_books.py" line="40" />
            <source>(dry run: nothing recorded)</source>
            <translation>（试算：没有记账）</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="256" />
            <location filename="../../core/csv_import.py" line="377" />
            <source>{n} records imported.</source>
            <translation>已导入 {n} 条记录。</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="262" />
            <source>The database already has households; add --force to add the samples anyway.</source>
            <translation>数据库中已经有家庭；如仍要添加示例，请加上 --force。</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="271" />
            <source>No problems found.</source>
            <translation>没有发现问题。</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="271" />
            <source>{n} problems found.</source>
            <translation>发现 {n} 个问题。</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="330" />
            <source>from {name}'s account</source>
            <translation>从{name}账户支出</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="364" />
            <location filename="../../core/cli.py" line="371" />
            <source>Error: {message}</source>
            <translation>错误：{message}</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="99" />
            <location filename="../../core/cli.py" line="118" />
            <location filename="../../core/cli.py" line="127" />
            <location filename="../../core/cli_args.py" line="241" />
            <source>name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="99" />
            <source>order</source>
            <translation>支付顺序规则</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="99" />
            <source>max users</source>
            <translation>最多使用人数</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="118" />
            <source>profile</source>
            <translation>政策方案</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="118" />
            <source>members</source>
            <translation>成员</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="127" />
            <location filename="../../core/csvio.py" line="46" />
            <source>ID number</source>
            <translation>身份证号</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="127" />
            <source>insurance</source>
            <translation>险种</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="128" />
            <source>status</source>
            <translation>参保状态</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="128" />
            <source>balance</source>
            <translation>余额</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="128" />
            <location filename="../../core/csvio.py" line="79" />
            <source>prior years</source>
            <translation>历年账户</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="156" />
            <source>authorizer</source>
            <translation>授权人</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="156" />
            <source>user</source>
            <translation>使用人</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="157" />
            <source>state</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="157" />
            <source>bound at</source>
            <translation>绑定时间</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="158" />
            <source>confirmed at</source>
            <translation>确认时间</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="158" />
            <source>authorization period</source>
            <translation>授权期限</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="159" />
            <source>applied by</source>
            <translation>申请人</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="159" />
            <source>confirmed by</source>
            <translation>确认人</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="160" />
            <source>ended at</source>
            <translation>解除时间</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="160" />
            <source>ended by</source>
            <translation>结束方式</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="173" />
            <source>Allowed.</source>
            <translation>允许。</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="201" />
            <source>pays</source>
            <translation>顺位</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="201" />
            <source>account</source>
            <translation>账户</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="202" />
            <source>usable</source>
            <translation>可用</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="244" />
            <location filename="../../core/collection.py" line="92" />
            <source>operator</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="244" />
            <source>change</source>
            <translation>变更内容</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="296" />
            <source>{a}'s account no longer pays for {u} until {u} is insured again.</source>
            <translation>在{u}恢复正常参保之前，{a}的账户不再为{u}支付。</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="297" />
            <location filename="../../core/cli.py" line="300" />
            <source>{a}'s account pays for {u} again.</source>
            <translation>{a}的账户重新为{u}支付。</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="299" />
            <source>{a}'s account no longer pays for {u} until {a} is insured again.</source>
            <translation>在{a}恢复正常参保之前，{a}的账户不再为{u}支付。</translation>
        </message>
        <message>
            <location filename="../../core/cli.py" line="153" />
            <source>waiting for {name}</source>
            <translation>等待{name}确认</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="27" />
            <source>usage: </source>
            <translation>用法：</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="27" />
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s：错误：%(message)s
</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="27" />
            <source>positional arguments</source>
            <translation>位置参数</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="27" />
            <source>options</source>
            <translation>选项</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="28" />
            <source>show this help message and exit</source>
            <translation>显示此帮助信息并退出</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="28" />
            <source>the following arguments are required: %s</source>
            <translation>缺少必需的参数：%s</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="29" />
            <source>unrecognized arguments: %s</source>
            <translation>无法识别的参数：%s</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="29" />
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>无效的选项：%(value)r（可选：%(choices)s）</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="30" />
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>参数 %(argument_name)s：%(message)s</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="30" />
            <source>expected one argument</source>
            <translation>需要一个值</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="30" />
            <source>expected at most one argument</source>
            <translation>最多需要一个值</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="31" />
            <source>expected at least one argument</source>
            <translation>至少需要一个值</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="31" />
            <source>expected %s argument</source>
            <translation>需要 %s 个值</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="31" />
            <source>expected %s arguments</source>
            <translation>需要 %s 个值</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="32" />
            <source>invalid %(type)s value: %(value)r</source>
            <translation>无效的 %(type)s 值：%(value)r</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="32" />
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>选项不明确：%(option)s 可能是 %(matches)s</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="33" />
            <source>not allowed with argument %s</source>
            <translation>不能与参数 %s 同时使用</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="33" />
            <source>one of the arguments %s is required</source>
            <translation>必须给出参数 %s 之一</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="34" />
            <source>ignored explicit argument %r</source>
            <translation>忽略了多余的值 %r</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="34" />
            <source> (default: %(default)s)</source>
            <translation>（默认：%(default)s）</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="110" />
            <source>{path} is a folder, not a database file. Give the path of a file in it, e.g. {example}.</source>
            <translation>{path} 是文件夹，不是数据库文件。请给出其中一个文件的路径，例如 {example}。</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="113" />
            <source>The folder {folder} does not exist, so there is no database {path}; nothing was created. To start a new database there: gongji --db {path} init (or add --create to the command).</source>
            <translation>文件夹 {folder} 不存在，因此没有数据库 {path}；没有创建任何东西。如要在那里新建数据库：gongji --db {path} init（或在命令中加上 --create）。</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="205" />
            <source>Family pooling of medical-insurance personal accounts (职工医保个人账户家庭共济): members, bindings, payment order, payments and refunds.</source>
            <translation>职工医保个人账户家庭共济：成员、绑定、支付顺序、支付和退费。</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="208" />
            <source>database file or SQLAlchemy URL (default: the app's own database in your user data folder)</source>
            <translation>数据库文件或 SQLAlchemy URL（默认：用户数据文件夹中本程序自己的数据库）</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="210" />
            <source>create the database file and its folder if they do not exist yet</source>
            <translation>数据库文件及其文件夹不存在时创建它们</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="212" />
            <source>language of messages</source>
            <translation>提示信息的语言</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="213" />
            <source>who is operating (recorded in the audit log)</source>
            <translation>操作人（记入操作日志）</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="214" />
            <source>print results as JSON (amounts in fen, keys in English)</source>
            <translation>以 JSON 输出结果（金额以分为单位，键名为英文）</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="217" />
            <source>the deduction rule as a JSON function</source>
            <translation>扣款规则（JSON 函数形式）</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="219" />
            <source>evaluate a payment described in JSON (FILE or - for standard input)</source>
            <translation>计算一笔用 JSON 描述的支付（FILE 为文件，- 表示标准输入）</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="222" />
            <source>create a new empty database at --db (and its folder)</source>
            <translation>在 --db 指定的位置新建空数据库（及其文件夹）</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="223" />
            <source>list the region policy profiles</source>
            <translation>列出各地区政策方案</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="225" />
            <source>list households</source>
            <translation>列出家庭</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="226" />
            <source>create a household with this name</source>
            <translation>用这个名称新建家庭</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="227" />
            <source>policy profile of the new household</source>
            <translation>新家庭采用的政策方案</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="232" />
            <source>list members of a household</source>
            <translation>列出家庭成员</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="234" />
            <source>show one member, or change their insured status (audited)</source>
            <translation>显示一位成员，或更改其参保状态（记入操作日志）</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="236" />
            <location filename="../../core/cli_args.py" line="303" />
            <location filename="../../core/cli_books.py" line="112" />
            <source>name or ID number</source>
            <translation>姓名或身份证号</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="237" />
            <source>normal = insured, suspended = insurance suspended (their bindings stop paying)</source>
            <translation>normal = 正常参保，suspended = 暂停参保（其共济关系停止支付）</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="239" />
            <source>add a member to a household</source>
            <translation>给家庭添加成员</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="242" />
            <source>18-digit resident ID number</source>
            <translation>18 位居民身份证号码</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="244" />
            <source>employee = 职工医保 (has a personal account), resident = 城乡居民医保</source>
            <translation>employee = 职工医保（有个人账户），resident = 城乡居民医保</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="245" />
            <source>opening balance in yuan</source>
            <translation>期初余额（元）</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="246" />
            <source>prior-years part of the opening balance in yuan</source>
            <translation>期初余额中的历年账户部分（元）</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="247" />
            <source>region (统筹区)</source>
            <translation>统筹区</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="249" />
            <source>list bindings (including ended ones) with their period and who applied and confirmed</source>
            <translation>列出共济关系（包括已结束的），含授权期限以及申请人和确认人</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="253" />
            <source>let a user spend from an authorizer's account</source>
            <translation>让使用人使用授权人的个人账户</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="255" />
            <source>whose account pays (name or ID number)</source>
            <translation>付款账户的授权人（姓名或身份证号）</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="256" />
            <source>who may use it (name or ID number)</source>
            <translation>使用人（姓名或身份证号）</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="257" />
            <source>what the user is to the authorizer: spouse, father, mother, child, sibling, grandparent, grandchild</source>
            <translation>使用人是授权人的什么人：spouse 配偶、father 父亲、mother 母亲、child 子女、sibling 兄弟姐妹、grandparent 祖父母/外祖父母、grandchild 孙子女/外孙子女</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="259" />
            <source>the commitment (承诺书) is signed</source>
            <translation>已签署承诺书</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="260" />
            <source>proof provided: household_register, marriage_certificate, birth_certificate</source>
            <translation>已提供的证明：household_register 户口簿、marriage_certificate 结婚证、birth_certificate 出生证明</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="262" />
            <source>authorization starts (date)</source>
            <translation>授权开始日期</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="263" />
            <source>authorization ends (date)</source>
            <translation>授权结束日期</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="265" />
            <source>who applies (default: the authorizer, as the 主账户 does); where the profile needs a confirmation, the other party confirms</source>
            <translation>由谁申请（默认：授权人，即主账户）；地区规则需要确认时，由另一方确认</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="267" />
            <source>only say whether it would be allowed</source>
            <translation>只检查是否允许绑定</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="269" />
            <source>end a binding (history is kept)</source>
            <translation>解除绑定（记录会保留）</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="270" />
            <location filename="../../core/cli_args.py" line="273" />
            <location filename="../../core/cli_args.py" line="277" />
            <location filename="../../core/cli_books.py" line="134" />
            <source>binding number</source>
            <translation>绑定编号</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="272" />
            <source>confirm a pending binding (the party who did not apply)</source>
            <translation>确认待确认的绑定（由未提出申请的一方确认）</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="274" />
            <source>who confirms (default: the other party than the one who applied)</source>
            <translation>由谁确认（默认：申请人以外的另一方）</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="276" />
            <source>re-bind so that this account pays first (most-recently-bound rule)</source>
            <translation>重新绑定，让这个账户最先支付（按最近绑定优先的规则）</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="279" />
            <source>show or set a user's payment order</source>
            <translation>查看或设置使用人的支付顺序</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="281" />
            <source>the user (name or ID number)</source>
            <translation>使用人（姓名或身份证号）</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="282" />
            <source>new order: binding numbers, first pays first</source>
            <translation>新顺序：绑定编号，排在前面的先支付</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="285" />
            <source>record a payment (or preview it with --dry-run)</source>
            <translation>记一笔支付（加 --dry-run 只预览）</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="287" />
            <source>who pays (name or ID number)</source>
            <translation>付款人（姓名或身份证号）</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="288" />
            <source>amount in yuan, e.g. 123.45</source>
            <translation>金额（元），例如 123.45</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="291" />
            <source>expense kind (default outpatient): {kinds}</source>
            <translation>费用类别（默认 outpatient）：{kinds}</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="292" />
            <location filename="../../core/cli_args.py" line="299" />
            <location filename="../../core/cli_args.py" line="306" />
            <location filename="../../core/cli_books.py" line="119" />
            <location filename="../../core/cli_books.py" line="130" />
            <source>where / what for</source>
            <translation>地点 / 用途</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="293" />
            <source>when it happened (default: now)</source>
            <translation>发生时间（默认：现在）</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="294" />
            <source>only show how it would be split; record nothing</source>
            <translation>只显示怎么分摊，不记账</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="296" />
            <source>refund all or part of a payment back to where it came from</source>
            <translation>把一笔支付全部或部分原路退回</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="297" />
            <source>payment number</source>
            <translation>支付编号</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="298" />
            <source>amount in yuan (default: everything still refundable)</source>
            <translation>金额（元）（默认：全部可退金额）</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="301" />
            <source>record a contribution into a personal account</source>
            <translation>记一笔个人账户划入</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="304" />
            <source>amount in yuan</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="305" />
            <source>credit the prior-years part</source>
            <translation>划入历年账户部分</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="308" />
            <source>show transactions, newest first</source>
            <translation>查看收支记录，最新的在前</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="311" />
            <source>this member's records: their own, and others' payments charged to their account (name or ID number)</source>
            <translation>该成员的记录：本人的，以及从其账户支付的他人费用（姓名或身份证号）</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="313" />
            <source>共济支出明细: what others' payments took from this member's account (name or ID number)</source>
            <translation>共济支出明细：他人支付时从该成员账户扣除的金额（姓名或身份证号）</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="315" />
            <source>only this kind of record</source>
            <translation>只显示此类记录</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="316" />
            <source>from this day (included)</source>
            <translation>从这一天起（含当天）</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="317" />
            <source>up to this day (included)</source>
            <translation>到这一天为止（含当天）</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="318" />
            <source>the last 3 months, 6 months or year, up to today</source>
            <translation>最近 3 个月、6 个月或 1 年（截至今天）</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="319" />
            <source>at most this many records</source>
            <translation>最多显示的记录数</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="320" />
            <source>show the log of setup changes</source>
            <translation>查看设置变更日志</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="323" />
            <source>export a household's history to CSV</source>
            <translation>把家庭的收支记录导出为 CSV</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="326" />
            <source>import past payments from CSV (all rows or none)</source>
            <translation>从 CSV 导入以往的支付（要么全部导入，要么都不导入）</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="330" />
            <source>fill the database with sample households</source>
            <translation>在数据库中填入示例家庭</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="331" />
            <source>also when the database already has households</source>
            <translation>数据库里已有家庭时也添加</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="332" />
            <source>verify the database: integrity, and every balance equals its ledger entries</source>
            <translation>检查数据库：完整性，以及每个余额是否等于其明细之和</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="68" />
            <source>“{raw}” is not a date; write it as 2025-03-31.</source>
            <translation>“{raw}”不是日期；请写成 2025-03-31 这样。</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="75" />
            <source>“{raw}” is not a date; write it as 2025-03-31 or 2025-03-31T14:30.</source>
            <translation>“{raw}”不是日期；请写成 2025-03-31 或 2025-03-31T14:30 这样。</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="89" />
            <source>Use either --last or --since/--until, not both.</source>
            <translation>--last 与 --since/--until 只能选用其一。</translation>
        </message>
        <message>
            <location filename="../../core/cli_args.py" line="230" />
            <source>household number</source>
            <translation>家庭编号</translation>
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="29" />
            <source>{name} on {day}:</source>
            <translation>{name} 在 {day} 的余额：</translation>
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="30" />
            <source>official app: current year {c}, prior years {p}</source>
            <translation>官方应用：当年 {c}，历年 {p}</translation>
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="32" />
            <source>ledger: current year {c}, prior years {p}</source>
            <translation>账本：当年 {c}，历年 {p}</translation>
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="34" />
            <source>difference: {d}</source>
            <translation>差额：{d}</translation>
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="62" />
            <source>Already recorded in {month}:</source>
            <translation>{month} 已记录：</translation>
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="67" />
            <source>Contributions for {month} (dry run: nothing recorded):</source>
            <translation>{month} 的划入（预览，不记录）：</translation>
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="109" />
            <source>对账: make a member's balance agree with the official app (one audited correction for the difference)</source>
            <translation>对账：让成员余额与官方应用一致（差额记一笔调整，写入操作日志）</translation>
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="113" />
            <source>the current-year (当年) balance the official app shows, in yuan</source>
            <translation>官方应用显示的当年账户余额（元）</translation>
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="115" />
            <source>the prior-years (历年) balance it shows, in yuan (default: as the ledger has it; required where only the prior-years part is shared)</source>
            <translation>官方应用显示的历年账户余额（元；默认沿用账本的数字；只共济历年账户的地区必须填写）</translation>
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="117" />
            <source>the day the official app showed these figures (default: today)</source>
            <translation>官方应用显示这些数字的日期（默认今天）</translation>
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="120" />
            <source>only show the difference; record nothing</source>
            <translation>只显示差额，不记录</translation>
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="122" />
            <source>record this month's contributions (划入) for every member at once, amounts as last month</source>
            <translation>一次记录全家本月的划入，金额沿用上月</translation>
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="125" />
            <source>the month (default: this month)</source>
            <translation>月份（默认本月）</translation>
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="126" />
            <source>a different amount for one member (0 skips them); repeatable</source>
            <translation>某个成员的不同金额（0 表示跳过），可重复</translation>
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="128" />
            <source>record even though contributions for the month are already recorded</source>
            <translation>即使本月已有划入也再记录一次</translation>
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="131" />
            <source>only show the amounts; record nothing</source>
            <translation>只显示金额，不记录</translation>
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="133" />
            <source>print the binding application for the service counter</source>
            <translation>打印到窗口办理用的绑定申请</translation>
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="135" />
            <source>print full ID numbers (written to the audit log); masked otherwise</source>
            <translation>打印完整身份证号（写入操作日志）；否则遮挡显示</translation>
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="38" />
            <source>The figures agree; nothing would be recorded.</source>
            <translation>数字一致，不会记录任何调整。</translation>
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="51" />
            <source>“{raw}”: write a member and an amount, like 张伟=180.</source>
            <translation>“{raw}”：请写成员和金额，例如 张伟=180。</translation>
        </message>
        <message>
            <location filename="../../core/cli_books.py" line="78" />
            <source>(add --again to record them anyway)</source>
            <translation>（加上 --again 可再记录一次）</translation>
        </message>
        <message>
            <location filename="../../core/collection.py" line="198" />
            <source>Payment {id}: its parts do not add up to its amount.</source>
            <translation>支付 {id}：各部分加起来不等于支付金额。</translation>
        </message>
        <message>
            <location filename="../../core/collection.py" line="201" />
            <source>Member {u} has two bindings at position {p}.</source>
            <translation>成员 {u} 有两个绑定都排在第 {p} 位。</translation>
        </message>
        <message>
            <location filename="../../core/collection.py" line="189" />
            <source>Account of member {m}: balance {b} but its entries add up to {e}.</source>
            <translation>成员 {m} 的账户：余额是 {b}，但明细加起来是 {e}。</translation>
        </message>
        <message>
            <location filename="../../core/collection.py" line="192" />
            <source>Account of member {m}: prior-years part {b} but its entries add up to {e}.</source>
            <translation>成员 {m} 的账户：历年账户部分是 {b}，但明细加起来是 {e}。</translation>
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="40" />
            <source>The file {file} is not a text file in UTF-8 or GBK.</source>
            <translation>文件 {file} 不是 UTF-8 或 GBK 编码的文本文件。</translation>
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="72" />
            <source>“{raw}” is not a date; write it like 2025-03-01 14:30.</source>
            <translation>“{raw}”不是日期；请写成 2025-03-01 14:30 这样。</translation>
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="198" />
            <source>The file {file} lacks the columns: {cols}.</source>
            <translation>文件 {file} 缺少这些列：{cols}。</translation>
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="344" />
            <source>line {n}: {msg}</source>
            <translation>第 {n} 行：{msg}</translation>
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="347" />
            <source>Nothing was imported from {file}: {n} rows have problems.
{rows}</source>
            <translation>没有从 {file} 导入任何记录：有 {n} 行有问题。
{rows}</translation>
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="371" />
            <source>The file has no records; nothing was imported.</source>
            <translation>文件里没有记录；什么也没有导入。</translation>
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="124" />
            <source>the member is missing</source>
            <translation>缺少成员</translation>
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="129" />
            <source>no member “{who}” in this household</source>
            <translation>这个家庭里没有“{who}”</translation>
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="131" />
            <source>more than one member matches “{who}”</source>
            <translation>有不止一位成员符合“{who}”</translation>
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="153" />
            <source>{name} has no personal account</source>
            <translation>{name} 没有个人账户</translation>
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="156" />
            <source>account part must be {a} or {b}, not “{p}”</source>
            <translation>账户部分必须是“{a}”或“{b}”，不能是“{p}”</translation>
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="180" />
            <source>The file {file} is not a valid CSV file (line {line}): {detail}</source>
            <translation>文件 {file} 不是有效的 CSV 文件（第 {line} 行）：{detail}</translation>
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="194" />
            <source>The file {file} is empty.</source>
            <translation>文件 {file} 是空的。</translation>
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="346" />
            <source>... and {n} more rows with problems</source>
            <translation>……还有 {n} 行有问题</translation>
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="144" />
            <source>ledger entry “{e}” must look like name[ID]:{part}:-12.00</source>
            <translation>明细“{e}”必须写成 姓名[身份证号]:{part}:-12.00 这样</translation>
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="228" />
            <source>unknown kind “{k}”</source>
            <translation>未知的类别“{k}”</translation>
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="231" />
            <source>the date {d} is in the future</source>
            <translation>日期 {d} 在未来</translation>
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="233" />
            <source>the date {d} is too far in the past</source>
            <translation>日期 {d} 太早了</translation>
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="220" />
            <source>the record number “{v}” is not a whole number</source>
            <translation>记录编号“{v}”不是整数</translation>
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="224" />
            <source>record {id} appears twice (also on line {line})</source>
            <translation>记录 {id} 出现了两次（第 {line} 行也有）</translation>
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="243" />
            <location filename="../../core/csv_import.py" line="247" />
            <source>unknown expense “{e}”</source>
            <translation>未知的费用类别“{e}”</translation>
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="249" />
            <source>{kind} cannot be paid from a personal account</source>
            <translation>{kind}不能用个人账户支付</translation>
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="256" />
            <source>a payment can only take money from accounts (negative entries)</source>
            <translation>支付只能从账户扣钱（明细应为负数）</translation>
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="258" />
            <location filename="../../core/csv_import.py" line="264" />
            <source>the amount {a} is not the accounts' part {p} plus out of pocket {o}</source>
            <translation>金额 {a} 不等于账户支付部分 {p} 加个人现金支付 {o}</translation>
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="311" />
            <source>the refund is for another member than payment {id}</source>
            <translation>退费的成员与支付 {id} 的成员不同</translation>
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="313" />
            <source>refund {a} is more than what is left of payment {id} ({left})</source>
            <translation>退费 {a} 超过了支付 {id} 剩余可退的金额（{left}）</translation>
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="328" />
            <source>this would leave {name}'s account below zero</source>
            <translation>这会让 {name} 的账户余额低于零</translation>
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="262" />
            <source>a refund can only give money back (positive entries)</source>
            <translation>退费只能把钱退回账户（明细应为正数）</translation>
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="268" />
            <source>a refund needs the record number of its payment</source>
            <translation>退费需要填写原支付的记录编号</translation>
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="272" />
            <source>only payments and refunds have an out-of-pocket part</source>
            <translation>只有支付和退费才有个人现金支付部分</translation>
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="274" />
            <source>a {kind} must move exactly its amount on {name}'s own account</source>
            <translation>一笔{kind}必须在 {name} 本人账户上变动正好相同的金额</translation>
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="297" />
            <source>the refund comes before its payment {id}</source>
            <translation>退费时间早于原支付 {id}</translation>
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="300" />
            <source>its payment {id} cannot be imported (see its line)</source>
            <translation>它对应的支付 {id} 无法导入（见那一行）</translation>
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="302" />
            <source>record {id} is not a payment</source>
            <translation>记录 {id} 不是支付</translation>
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="308" />
            <source>there is no payment {id} to refund in this household</source>
            <translation>这个家庭里没有可退费的支付 {id}</translation>
        </message>
        <message>
            <location filename="../../core/csv_import.py" line="317" />
            <source>the refund gives back more to an account than payment {id} took from it</source>
            <translation>退回某个账户的钱超过了支付 {id} 从该账户扣的钱</translation>
        </message>
        <message>
            <location filename="../../core/csvio.py" line="79" />
            <source>current year</source>
            <translation>当年账户</translation>
        </message>
        <message>
            <location filename="../../core/csvio.py" line="45" />
            <location filename="../../core/ledger.py" line="137" />
            <source>record</source>
            <translation>记录</translation>
        </message>
        <message>
            <location filename="../../core/csvio.py" line="46" />
            <source>amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <location filename="../../core/csvio.py" line="46" />
            <source>out of pocket (yuan)</source>
            <translation>个人现金支付（元）</translation>
        </message>
        <message>
            <location filename="../../core/csvio.py" line="47" />
            <source>refund of record</source>
            <translation>退费对应的记录</translation>
        </message>
        <message>
            <location filename="../../core/csvio.py" line="48" />
            <source>refunded (yuan)</source>
            <translation>已退费（元）</translation>
        </message>
        <message>
            <location filename="../../core/csvio.py" line="48" />
            <source>ledger entries</source>
            <translation>账目明细</translation>
        </message>
        <message>
            <location filename="../../core/csvio.py" line="269" />
            <source>The household needs at least one member with a personal account.</source>
            <translation>这个家庭至少需要一位有个人账户的成员。</translation>
        </message>
        <message>
            <location filename="../../core/desks.py" line="69" />
            <source>The binding {a} → {u} was changed by someone else after you opened it, so nothing was done. {who} The current state is shown now.</source>
            <translation>您打开之后，别人改过共济关系 {a} → {u}，所以什么也没有做。{who}现在显示的是当前的状态。</translation>
        </message>
        <message>
            <location filename="../../core/desks.py" line="81" />
            <source>“{what}” cannot be undone or redone: the bindings of {u} were changed since, and undo never overwrites a change it did not make. {who}</source>
            <translation>“{what}”无法撤销或重做：之后{u}的共济关系被改过，撤销不会覆盖不是它做的修改。{who}</translation>
        </message>
        <message>
            <location filename="../../core/evaluate.py" line="30" />
            <location filename="../../core/profiles.py" line="179" />
            <source>must be a JSON object</source>
            <translation>必须是 JSON 对象</translation>
        </message>
        <message>
            <location filename="../../core/evaluate.py" line="36" />
            <location filename="../../core/profiles.py" line="182" />
            <location filename="../../core/profiles.py" line="208" />
            <source>is missing</source>
            <translation>缺失</translation>
        </message>
        <message>
            <location filename="../../core/evaluate.py" line="42" />
            <source>must be a string</source>
            <translation>必须是字符串</translation>
        </message>
        <message>
            <location filename="../../core/evaluate.py" line="50" />
            <location filename="../../core/rules.py" line="106" />
            <location filename="../../core/rules.py" line="286" />
            <source>must be a whole number of fen</source>
            <translation>必须是以分为单位的整数</translation>
        </message>
        <message>
            <location filename="../../core/evaluate.py" line="56" />
            <location filename="../../core/evaluate.py" line="60" />
            <source>must be an ISO 8601 date and time such as 2024-05-01T09:00:00+08:00</source>
            <translation>必须是 ISO 8601 日期时间，例如 2024-05-01T09:00:00+08:00</translation>
        </message>
        <message>
            <location filename="../../core/evaluate.py" line="65" />
            <location filename="../../core/rules.py" line="124" />
            <location filename="../../core/rules.py" line="127" />
            <source>must be one of {choices}</source>
            <translation>必须是以下之一：{choices}</translation>
        </message>
        <message>
            <location filename="../../core/evaluate.py" line="85" />
            <source>must be a JSON array</source>
            <translation>必须是 JSON 数组</translation>
        </message>
        <message>
            <location filename="../../core/evaluate.py" line="98" />
            <location filename="../../core/rules.py" line="139" />
            <source>must be a whole number</source>
            <translation>必须是整数</translation>
        </message>
        <message>
            <location filename="../../core/evaluate.py" line="139" />
            <source>is not valid JSON: {detail}{where}</source>
            <translation>不是有效的 JSON：{detail}{where}</translation>
        </message>
        <message>
            <location filename="../../core/evaluate.py" line="152" />
            <source>cannot read {file}: {reason}</source>
            <translation>无法读取 {file}：{reason}</translation>
        </message>
        <message>
            <location filename="../../core/evaluate.py" line="157" />
            <source>{file} is not UTF-8 text</source>
            <translation>{file} 不是 UTF-8 文本</translation>
        </message>
        <message>
            <location filename="../../core/evaluate.py" line="176" />
            <source>Prints how a payment would be covered; see EVALUATE.md for the format.</source>
            <translation>显示一笔支付将如何扣款；格式见 EVALUATE.md。</translation>
        </message>
        <message>
            <location filename="../../core/filters.py" line="48" />
            <source>Unknown period {p}.</source>
            <translation>未知的时间段 {p}。</translation>
        </message>
        <message>
            <location filename="../../core/filters.py" line="43" />
            <source>The period ends ({end}) before it starts ({start}).</source>
            <translation>时间段的结束日期（{end}）早于开始日期（{start}）。</translation>
        </message>
        <message>
            <location filename="../../core/filters.py" line="77" />
            <source>Unknown view {p}.</source>
            <translation>未知的视图 {p}。</translation>
        </message>
        <message>
            <location filename="../../core/filters.py" line="79" />
            <source>Choose a member for this view.</source>
            <translation>请为这个视图选择一位成员。</translation>
        </message>
        <message>
            <location filename="../../core/filters.py" line="82" />
            <source>Unknown record kind {k}.</source>
            <translation>未知的记录类别 {k}。</translation>
        </message>
        <message>
            <location filename="../../core/filters.py" line="86" />
            <source>Unknown expense kind {k}.</source>
            <translation>未知的费用类别 {k}。</translation>
        </message>
        <message>
            <location filename="../../core/filters.py" line="89" />
            <source>The period ends before it starts.</source>
            <translation>时间段的结束早于开始。</translation>
        </message>
        <message>
            <location filename="../../core/households.py" line="33" />
            <source>Household {name} created.</source>
            <translation>已创建家庭“{name}”。</translation>
        </message>
        <message>
            <location filename="../../core/households.py" line="56" />
            <source>Policy profile changed.</source>
            <translation>政策方案已更改。</translation>
        </message>
        <message>
            <location filename="../../core/households.py" line="21" />
            <source>the household name</source>
            <translation>家庭名称</translation>
        </message>
        <message>
            <location filename="../../core/households.py" line="28" />
            <source>Created household {name} ({profile})</source>
            <translation>创建了家庭“{name}”（{profile}）</translation>
        </message>
        <message>
            <location filename="../../core/households.py" line="49" />
            <location filename="../../core/migrations/versions/0003_profile_ids.py" line="44" />
            <source>Policy profile of {name} changed from {old} to {new}</source>
            <translation>家庭“{name}”的政策方案从{old}改为{new}</translation>
        </message>
        <message>
            <location filename="../../core/households.py" line="46" />
            <source>Cannot switch to {profile}: the binding {a} → {u} would break its rules: {why}</source>
            <translation>不能改用{profile}：绑定 {a} → {u} 会违反它的规定：{why}</translation>
        </message>
        <message>
            <location filename="../../core/ids.py" line="29" />
            <source>The ID number must be text.</source>
            <translation>身份证号必须是文字。</translation>
        </message>
        <message>
            <location filename="../../core/ids.py" line="48" />
            <source>Please enter the ID number.</source>
            <translation>请输入身份证号。</translation>
        </message>
        <message>
            <location filename="../../core/ids.py" line="57" />
            <source>This is an old 15-digit ID number. Use the 18-digit number (it can be upgraded: {upgraded}).</source>
            <translation>这是旧的 15 位身份证号。请使用 18 位号码（可升级为：{upgraded}）。</translation>
        </message>
        <message>
            <location filename="../../core/ids.py" line="61" />
            <source>The ID number must have 18 characters; this one has {n}.</source>
            <translation>身份证号应为 18 位；这个号码有 {n} 位。</translation>
        </message>
        <message>
            <location filename="../../core/ids.py" line="68" />
            <source>The last character of the ID number must be a digit or X, not “{ch}”.</source>
            <translation>身份证号最后一位必须是数字或 X，不能是“{ch}”。</translation>
        </message>
        <message>
            <location filename="../../core/ids.py" line="77" />
            <source>The birth date in the ID number ({d}) is in the future.</source>
            <translation>身份证号中的出生日期（{d}）在未来。</translation>
        </message>
        <message>
            <location filename="../../core/ids.py" line="80" />
            <source>The birth date in the ID number ({d}) is too far in the past.</source>
            <translation>身份证号中的出生日期（{d}）太早了。</translation>
        </message>
        <message>
            <location filename="../../core/ids.py" line="86" />
            <source>The ID number has a typo somewhere: its digits do not add up (the last character is a check on all the others). Please compare each digit with the ID card.</source>
            <translation>身份证号中有一处输错了：各位数字对不上（最后一位是对前面所有数字的校验）。请对照身份证逐位核对。</translation>
        </message>
        <message>
            <location filename="../../core/ids.py" line="104" />
            <source>An old ID number has exactly 15 digits.</source>
            <translation>旧身份证号正好是 15 位数字。</translation>
        </message>
        <message>
            <location filename="../../core/ids.py" line="65" />
            <source>Character {pos} of the ID number must be a digit, not “{ch}”.</source>
            <translation>身份证号的第 {pos} 位必须是数字，不能是“{ch}”。</translation>
        </message>
        <message>
            <location filename="../../core/ids.py" line="73" />
            <source>The birth date in the ID number ({digits}) is not a real date.</source>
            <translation>身份证号中的出生日期（{digits}）不是真实的日期。</translation>
        </message>
        <message>
            <location filename="../../core/ids.py" line="54" />
            <source>This is an old 15-digit ID number, and it is not valid: {why}</source>
            <translation>这是旧的 15 位身份证号，而且无效：{why}</translation>
        </message>
        <message>
            <location filename="../../core/integrity.py" line="29" />
            <source>foreign key violation in {table} row {row}</source>
            <translation>{table} 表第 {row} 行外键不一致</translation>
        </message>
        <message>
            <location filename="../../core/integrity.py" line="54" />
            <source>{n} ledger entries (the first: row {id}) disagree with their transaction or account (the copy of its time, or of whether it paid for someone else): changed outside gongji.</source>
            <translation>{n} 条账户明细（第一条：第 {id} 行）与其交易或账户不符（所抄录的时间，或是否为他人支付）：在家庭共济助手之外被改动过。</translation>
        </message>
        <message>
            <location filename="../../core/labels.py" line="18" />
            <source>outpatient</source>
            <translation>门诊</translation>
        </message>
        <message>
            <location filename="../../core/labels.py" line="18" />
            <source>inpatient (self-pay part)</source>
            <translation>住院（自付部分）</translation>
        </message>
        <message>
            <location filename="../../core/labels.py" line="18" />
            <source>pharmacy</source>
            <translation>药店购药</translation>
        </message>
        <message>
            <location filename="../../core/labels.py" line="19" />
            <source>relative's resident insurance premium</source>
            <translation>为亲属缴纳城乡居民医保费</translation>
        </message>
        <message>
            <location filename="../../core/labels.py" line="19" />
            <source>vaccination</source>
            <translation>疫苗接种</translation>
        </message>
        <message>
            <location filename="../../core/labels.py" line="20" />
            <source>long-term care insurance</source>
            <translation>长期护理保险</translation>
        </message>
        <message>
            <location filename="../../core/labels.py" line="20" />
            <source>inclusive commercial insurance</source>
            <translation>普惠型商业保险</translation>
        </message>
        <message>
            <location filename="../../core/labels.py" line="21" />
            <source>cash withdrawal</source>
            <translation>提取现金</translation>
        </message>
        <message>
            <location filename="../../core/labels.py" line="21" />
            <source>wellness / fitness</source>
            <translation>健身养生</translation>
        </message>
        <message>
            <location filename="../../core/labels.py" line="21" />
            <source>other expense</source>
            <translation>其他费用</translation>
        </message>
        <message>
            <location filename="../../core/labels.py" line="22" />
            <source>reconciliation with the official app</source>
            <translation>对账调整</translation>
        </message>
        <message>
            <location filename="../../core/labels.py" line="31" />
            <source>insured</source>
            <translation>正常参保</translation>
        </message>
        <message>
            <location filename="../../core/labels.py" line="31" />
            <source>suspended</source>
            <translation>暂停参保</translation>
        </message>
        <message>
            <location filename="../../core/labels.py" line="35" />
            <source>waiting for confirmation</source>
            <translation>等待确认</translation>
        </message>
        <message>
            <location filename="../../core/labels.py" line="35" />
            <source>active</source>
            <translation>生效中</translation>
        </message>
        <message>
            <location filename="../../core/labels.py" line="35" />
            <source>ended</source>
            <translation>已解除</translation>
        </message>
        <message>
            <location filename="../../core/labels.py" line="39" />
            <source>ended by the authorizer</source>
            <translation>授权人解除</translation>
        </message>
        <message>
            <location filename="../../core/labels.py" line="39" />
            <source>ended by the user</source>
            <translation>使用人解除</translation>
        </message>
        <message>
            <location filename="../../core/labels.py" line="40" />
            <source>authorization period over</source>
            <translation>授权期限已到</translation>
        </message>
        <message>
            <location filename="../../core/labels.py" line="40" />
            <source>request withdrawn</source>
            <translation>申请已撤回</translation>
        </message>
        <message>
            <location filename="../../core/labels.py" line="41" />
            <source>undone</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <location filename="../../core/labels.py" line="41" />
            <source>re-bound to move to the front</source>
            <translation>为调到最前而重新绑定</translation>
        </message>
        <message>
            <location filename="../../core/labels.py" line="45" />
            <source>all records</source>
            <translation>全部记录</translation>
        </message>
        <message>
            <location filename="../../core/labels.py" line="45" />
            <source>how my payments were covered</source>
            <translation>我的支付是怎么扣的</translation>
        </message>
        <message>
            <location filename="../../core/labels.py" line="46" />
            <source>paid from my account for others</source>
            <translation>从我的账户为家人支付的</translation>
        </message>
        <message>
            <location filename="../../core/labels.py" line="50" />
            <location filename="../../core/ledger_sql.py" line="150" />
            <location filename="../../core/ledger_sql.py" line="154" />
            <location filename="../../core/ledger_sql.py" line="155" />
            <source>payment</source>
            <translation>支付</translation>
        </message>
        <message>
            <location filename="../../core/labels.py" line="50" />
            <source>refund</source>
            <translation>退费</translation>
        </message>
        <message>
            <location filename="../../core/labels.py" line="50" />
            <source>contribution</source>
            <translation>划入</translation>
        </message>
        <message>
            <location filename="../../core/labels.py" line="51" />
            <source>correction</source>
            <translation>更正</translation>
        </message>
        <message>
            <location filename="../../core/ledger.py" line="86" />
            <source>Payment of {amount} recorded.</source>
            <translation>已记录支付 {amount}。</translation>
        </message>
        <message>
            <location filename="../../core/ledger.py" line="101" />
            <source>Refund of {amount} recorded.</source>
            <translation>已记录退费 {amount}。</translation>
        </message>
        <message>
            <location filename="../../core/ledger.py" line="118" />
            <source>{amount} credited to {name}.</source>
            <translation>已给 {name} 划入 {amount}。</translation>
        </message>
        <message>
            <location filename="../../core/ledger.py" line="133" />
            <source>Balance of {name} corrected.</source>
            <translation>已更正 {name} 的余额。</translation>
        </message>
        <message>
            <location filename="../../core/ledger.py" line="43" />
            <source>{kind} cannot be paid from a personal account or a shared account.</source>
            <translation>{kind}不能用个人账户或共济账户支付。</translation>
        </message>
        <message>
            <location filename="../../core/ledger.py" line="45" />
            <source>expense kind</source>
            <translation>费用类别</translation>
        </message>
        <message>
            <location filename="../../core/ledger.py" line="49" />
            <location filename="../../core/ledger_sql.py" line="101" />
            <source>{name}'s insurance is suspended; medical insurance cannot pay for them now.</source>
            <translation>{name} 的医保已暂停，现在不能用医保支付。</translation>
        </message>
        <message>
            <location filename="../../core/ledger.py" line="107" />
            <location filename="../../core/ledger.py" line="123" />
            <source>account part</source>
            <translation>账户部分</translation>
        </message>
        <message>
            <location filename="../../core/ledger.py" line="124" />
            <source>the reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../core/ledger_sql.py" line="226" />
            <source>The refund does not match what was taken from this account.</source>
            <translation>退费与从这个账户扣的钱对不上。</translation>
        </message>
        <message>
            <location filename="../../core/ledger_sql.py" line="159" />
            <source>Only a payment can be refunded; record {id} is a {kind}.</source>
            <translation>只有支付才能退费；记录 {id} 是一笔{kind}。</translation>
        </message>
        <message>
            <location filename="../../core/ledger_sql.py" line="162" />
            <source>The refund date {d} is before the payment it refunds ({p}).</source>
            <translation>退费日期 {d} 早于原支付日期（{p}）。</translation>
        </message>
        <message>
            <location filename="../../core/ledger_sql.py" line="181" />
            <source>This payment has already been refunded in full.</source>
            <translation>这笔支付已经全部退费。</translation>
        </message>
        <message>
            <location filename="../../core/members.py" line="135" />
            <source>Added member {name} ({id})</source>
            <translation>添加了成员 {name}（{id}）</translation>
        </message>
        <message>
            <location filename="../../core/members.py" line="61" />
            <source>{name} updated.</source>
            <translation>已更新 {name}。</translation>
        </message>
        <message>
            <location filename="../../core/members.py" line="81" />
            <source>the name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../core/members.py" line="89" />
            <source>insurance type</source>
            <translation>险种</translation>
        </message>
        <message>
            <location filename="../../core/members.py" line="49" />
            <location filename="../../core/members.py" line="90" />
            <source>insured status</source>
            <translation>参保状态</translation>
        </message>
        <message>
            <location filename="../../core/members.py" line="51" />
            <location filename="../../core/members.py" line="91" />
            <source>the region</source>
            <translation>统筹区</translation>
        </message>
        <message>
            <location filename="../../core/members.py" line="98" />
            <source>The prior-years part ({prior}) cannot be more than the balance ({balance}).</source>
            <translation>历年账户部分（{prior}）不能大于余额（{balance}）。</translation>
        </message>
        <message>
            <location filename="../../core/members.py" line="102" />
            <source>Only employee-insured members have a personal account; a resident-insured member cannot have a balance.</source>
            <translation>只有职工医保参保人才有个人账户；城乡居民医保参保人不能有余额。</translation>
        </message>
        <message>
            <location filename="../../core/members.py" line="112" />
            <source>{name} with this ID number is already in this household.</source>
            <translation>这个家庭里已经有身份证号相同的 {name}。</translation>
        </message>
        <message>
            <location filename="../../core/members.py" line="56" />
            <source>Updated member {name}</source>
            <translation>更新了成员 {name}</translation>
        </message>
        <message>
            <location filename="../../core/members.py" line="74" />
            <source>Showed the full ID number of {name}</source>
            <translation>查看了 {name} 的完整身份证号</translation>
        </message>
        <message>
            <location filename="../../core/members.py" line="54" />
            <location filename="../../core/members.py" line="93" />
            <source>the insurance person number</source>
            <translation>医保个人编号</translation>
        </message>
        <message>
            <location filename="../../core/members.py" line="131" />
            <source>opening balance</source>
            <translation>期初余额</translation>
        </message>
        <message>
            <location filename="../../core/migrate.py" line="114" />
            <source>{where} is not a gongji database (it holds other tables); nothing was changed.</source>
            <translation>{where} 不是家庭共济助手的数据库（里面有其他表）；没有做任何改动。</translation>
        </message>
        <message>
            <location filename="../../core/migrate.py" line="83" />
            <source>{where} was saved by a newer version of gongji (database version {rev}). Please install the newer gongji to open it; nothing was changed.</source>
            <translation>{where} 是由更新版本的家庭共济助手保存的（数据库版本 {rev}）。请安装新版本后再打开；没有做任何改动。</translation>
        </message>
        <message>
            <location filename="../../core/money.py" line="87" />
            <location filename="../../core/money.py" line="87" />
            <source>The amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../core/money.py" line="87" />
            <location filename="../../core/money.py" line="88" />
            <source>The balance</source>
            <translation>余额</translation>
        </message>
        <message>
            <location filename="../../core/money.py" line="88" />
            <location filename="../../core/money.py" line="89" />
            <location filename="../../core/money.py" line="89" />
            <source>The prior-years part</source>
            <translation>历年账户部分</translation>
        </message>
        <message>
            <location filename="../../core/money.py" line="90" />
            <source>The correction</source>
            <translation>更正金额</translation>
        </message>
        <message>
            <location filename="../../core/money.py" line="36" />
            <location filename="../../core/money.py" line="65" />
            <source>The amount must be written as text or a whole number, not a floating-point value.</source>
            <translation>金额必须写成文字或整数，不能是浮点数。</translation>
        </message>
        <message>
            <location filename="../../core/money.py" line="68" />
            <source>The amount must be a real number.</source>
            <translation>金额必须是实数。</translation>
        </message>
        <message>
            <location filename="../../core/money.py" line="70" />
            <location filename="../../core/money.py" line="103" />
            <source>{field} is too large (at most {max} yuan).</source>
            <translation>{field}太大了（最多 {max} 元）。</translation>
        </message>
        <message>
            <location filename="../../core/money.py" line="75" />
            <source>{field} has more than two decimal places ({raw}); the smallest unit is one fen (0.01 yuan).</source>
            <translation>{field}的小数超过两位（{raw}）；最小单位是 1 分（0.01 元）。</translation>
        </message>
        <message>
            <location filename="../../core/money.py" line="97" />
            <source>{field} must be a whole number of fen.</source>
            <translation>{field}必须是以分为单位的整数。</translation>
        </message>
        <message>
            <location filename="../../core/money.py" line="99" />
            <source>{field} cannot be negative.</source>
            <translation>{field}不能是负数。</translation>
        </message>
        <message>
            <location filename="../../core/money.py" line="101" />
            <source>{field} must be more than zero.</source>
            <translation>{field}必须大于零。</translation>
        </message>
        <message>
            <location filename="../../core/money.py" line="46" />
            <source>Please enter an amount.</source>
            <translation>请输入金额。</translation>
        </message>
        <message>
            <location filename="../../core/money.py" line="48" />
            <source>“{raw}” uses digits other than 0–9. Please write the amount with the digits 0–9.</source>
            <translation>“{raw}”用了 0–9 以外的数字。请用数字 0–9 填写金额。</translation>
        </message>
        <message>
            <location filename="../../core/money.py" line="57" />
            <location filename="../../core/money.py" line="62" />
            <source>“{raw}” is not an amount. Write it like 123.45 (yuan).</source>
            <translation>“{raw}”不是金额。请写成 123.45 这样（单位：元）。</translation>
        </message>
        <message>
            <location filename="../../core/money.py" line="53" />
            <source>“{raw}” has a comma or space in the wrong place. Commas may only separate thousands, like 1,234.50.</source>
            <translation>“{raw}”中的逗号或空格位置不对。逗号只能用来分隔千位，例如 1,234.50。</translation>
        </message>
        <message>
            <location filename="../../core/opencheck.py" line="71" />
            <location filename="../../core/store.py" line="338" />
            <source>The database {where} cannot be opened: {detail}</source>
            <translation>无法打开数据库 {where}：{detail}</translation>
        </message>
        <message>
            <location filename="../../core/order.py" line="56" />
            <source>Payment order saved.</source>
            <translation>支付顺序已保存。</translation>
        </message>
        <message>
            <location filename="../../core/order.py" line="74" />
            <source>This binding is not in the payment order.</source>
            <translation>这个绑定不在支付顺序里。</translation>
        </message>
        <message>
            <location filename="../../core/order.py" line="76" />
            <source>Position {pos} is outside the list (1 to {n}).</source>
            <translation>第 {pos} 位超出了列表范围（1 到 {n}）。</translation>
        </message>
        <message>
            <location filename="../../core/order.py" line="95" />
            <source>Payment order for {u} restored</source>
            <translation>已恢复 {u} 的支付顺序</translation>
        </message>
        <message>
            <location filename="../../core/order.py" line="52" />
            <source>The order is unchanged.</source>
            <translation>顺序没有变化。</translation>
        </message>
        <message>
            <location filename="../../core/order.py" line="54" />
            <source>reorder payment order of {u}</source>
            <translation>调整 {u} 的支付顺序</translation>
        </message>
        <message>
            <location filename="../../core/order.py" line="92" />
            <source>The bindings of {u} have changed since; this order can no longer be restored.</source>
            <translation>{u} 的绑定后来有了变化；无法再恢复这个顺序。</translation>
        </message>
        <message>
            <location filename="../../core/order_sql.py" line="85" />
            <source>Payment order for {u}: {order}</source>
            <translation>{u} 的支付顺序：{order}</translation>
        </message>
        <message>
            <location filename="../../core/order_sql.py" line="76" />
            <source>The new order must list each of {name}'s current bindings exactly once.</source>
            <translation>新顺序必须把 {name} 当前的每个绑定都列出一次，且只列一次。</translation>
        </message>
        <message>
            <location filename="../../core/plausibility.py" line="105" />
            <source>{parent} (born {pb}) cannot be {child}'s parent: a parent is at least {gap} years older than their child ({child}, born {cb}).</source>
            <translation>{parent}（{pb} 出生）不可能是{child}的父母：父母至少比子女（{child}，{cb} 出生）大 {gap} 岁。</translation>
        </message>
        <message>
            <location filename="../../core/plausibility.py" line="103" />
            <source>{parent} (born {pb}) cannot be {child}'s grandparent: a grandparent is at least {gap} years older than their grandchild ({child}, born {cb}).</source>
            <translation>{parent}（{pb} 出生）不可能是{child}的祖父母/外祖父母：祖辈至少比孙辈（{child}，{cb} 出生）大 {gap} 岁。</translation>
        </message>
        <message>
            <location filename="../../core/plausibility.py" line="123" />
            <source>{name} is {age}, under the legal marriage age for a {sex} ({need}), so cannot be bound as a spouse.</source>
            <translation>{name}现年 {age} 岁，未达到{sex}法定婚龄（{need} 周岁），不能作为配偶绑定。</translation>
        </message>
        <message>
            <location filename="../../core/plausibility.py" line="130" />
            <source>{name} already has a spouse bound ({other}); a person has at most one spouse.</source>
            <translation>{name}已绑定配偶（{other}）；一个人最多只有一位配偶。</translation>
        </message>
        <message>
            <location filename="../../core/plausibility.py" line="138" />
            <source>{parent} (born {pb}) cannot be {child}'s parent: {gp}, {child}'s grandparent, is not older (born {gb}).</source>
            <translation>{parent}（{pb} 出生）不可能是{child}的父母：{child}的祖辈{gp}并不比其年长（{gb} 出生）。</translation>
        </message>
        <message>
            <location filename="../../core/plausibility.py" line="147" />
            <source>{gp} (born {gb}) cannot be {child}'s grandparent: {parent}, {child}'s parent, is not younger (born {pb}).</source>
            <translation>{gp}（{gb} 出生）不可能是{child}的祖父母/外祖父母：{child}的父母{parent}并不比其年轻（{pb} 出生）。</translation>
        </message>
        <message>
            <location filename="../../core/plausibility.py" line="125" />
            <source>man</source>
            <translation>男性</translation>
        </message>
        <message>
            <location filename="../../core/plausibility.py" line="125" />
            <source>woman</source>
            <translation>女性</translation>
        </message>
        <message>
            <location filename="../../core/profiles.py" line="33" />
            <source>spouse</source>
            <translation>配偶</translation>
        </message>
        <message>
            <location filename="../../core/profiles.py" line="33" />
            <source>father</source>
            <translation>父亲</translation>
        </message>
        <message>
            <location filename="../../core/profiles.py" line="33" />
            <source>mother</source>
            <translation>母亲</translation>
        </message>
        <message>
            <location filename="../../core/profiles.py" line="33" />
            <source>child</source>
            <translation>子女</translation>
        </message>
        <message>
            <location filename="../../core/profiles.py" line="34" />
            <source>sibling</source>
            <translation>兄弟姐妹</translation>
        </message>
        <message>
            <location filename="../../core/profiles.py" line="34" />
            <source>grandparent</source>
            <translation>祖父母/外祖父母</translation>
        </message>
        <message>
            <location filename="../../core/profiles.py" line="34" />
            <source>grandchild</source>
            <translation>孙子女/外孙子女</translation>
        </message>
        <message>
            <location filename="../../core/profiles.py" line="35" />
            <source>parent-in-law</source>
            <translation>岳父母/公婆</translation>
        </message>
        <message>
            <location filename="../../core/profiles.py" line="35" />
            <source>other relative</source>
            <translation>其他亲属</translation>
        </message>
        <message>
            <location filename="../../core/profiles.py" line="124" />
            <source>Policy profile {source}: field “{field}” {why}</source>
            <translation>政策方案 {source}：字段“{field}”{why}</translation>
        </message>
        <message>
            <location filename="../../core/profiles.py" line="133" />
            <source>must list known relations: {values}</source>
            <translation>必须列出已知的关系：{values}</translation>
        </message>
        <message>
            <location filename="../../core/profiles.py" line="187" />
            <source>must be letters, digits, - or _</source>
            <translation>只能包含字母、数字、- 或 _</translation>
        </message>
        <message>
            <location filename="../../core/profiles.py" line="215" />
            <source>must list objects with a text and its source</source>
            <translation>必须列出对象，每个都有文字和来源</translation>
        </message>
        <message>
            <location filename="../../core/profiles.py" line="41" />
            <source>household's own order</source>
            <translation>家庭自己设定的顺序</translation>
        </message>
        <message>
            <location filename="../../core/profiles.py" line="41" />
            <source>most recently bound first</source>
            <translation>最近绑定的先支付</translation>
        </message>
        <message>
            <location filename="../../core/profiles.py" line="42" />
            <source>highest usable balance first</source>
            <translation>可用余额最多的先支付</translation>
        </message>
        <message>
            <location filename="../../core/profiles.py" line="117" />
            <source>Under {profile}, an authorizer's balance must be above {min} to authorize; {a} has {bal}.</source>
            <translation>按{profile}，授权人的账户余额须高于 {min} 才能授权；{a} 现有 {bal}。</translation>
        </message>
        <message>
            <location filename="../../core/profiles.py" line="132" />
            <source>must list known relations or *</source>
            <translation>必须列出已知的关系或 *</translation>
        </message>
        <message>
            <location filename="../../core/profiles.py" line="141" />
            <location filename="../../core/profiles.py" line="184" />
            <source>has the wrong type</source>
            <translation>类型不对</translation>
        </message>
        <message>
            <location filename="../../core/profiles.py" line="145" />
            <location filename="../../core/profiles.py" line="166" />
            <location filename="../../core/profiles.py" line="170" />
            <source>must be one of {values}</source>
            <translation>必须是以下之一：{values}</translation>
        </message>
        <message>
            <location filename="../../core/profiles.py" line="153" />
            <source>must be a positive whole number or null</source>
            <translation>必须是正整数或 null</translation>
        </message>
        <message>
            <location filename="../../core/profiles.py" line="158" />
            <source>must map relations to whole numbers</source>
            <translation>必须把关系对应到整数</translation>
        </message>
        <message>
            <location filename="../../core/profiles.py" line="162" />
            <source>cannot be negative</source>
            <translation>不能是负数</translation>
        </message>
        <message>
            <location filename="../../core/profiles.py" line="191" />
            <source>must map languages to text and include zh_CN</source>
            <translation>必须把语言对应到文字，并包含 zh_CN</translation>
        </message>
        <message>
            <location filename="../../core/profiles.py" line="196" />
            <source>is not a known parameter: {values}</source>
            <translation>不是已知的参数：{values}</translation>
        </message>
        <message>
            <location filename="../../core/profiles.py" line="198" />
            <source>must be an object with a value and its source</source>
            <translation>必须是包含取值（value）和来源（source）的对象</translation>
        </message>
        <message>
            <location filename="../../core/profiles.py" line="201" />
            <source>has no source (a seed and its sentence, or public reporting)</source>
            <translation>没有注明来源（资料及其原句，或公开报道）</translation>
        </message>
        <message>
            <location filename="../../core/profiles.py" line="224" />
            <source>Policy profile {source} cannot be read: {error}</source>
            <translation>无法读取政策方案 {source}：{error}</translation>
        </message>
        <message>
            <location filename="../../core/profiles.py" line="249" />
            <source>must match the file name</source>
            <translation>必须与文件名一致</translation>
        </message>
        <message>
            <location filename="../../core/profiles.py" line="260" />
            <source>Unknown policy profile “{id}”. Known profiles: {known}.</source>
            <translation>未知的政策方案“{id}”。已有的方案：{known}。</translation>
        </message>
        <message>
            <location filename="../../core/quickopen.py" line="82" />
            <location filename="../../core/store.py" line="263" />
            <source>The ledger file {path} is gone (moved or deleted while gongji was using it). Nothing was saved by this change.</source>
            <translation>账本文件 {path} 不见了（在使用中被移动或删除）。这次修改没有保存。</translation>
        </message>
        <message>
            <location filename="../../core/reads.py" line="233" />
            <source>Under {profile} the most recently bound account pays first and the order cannot be changed by hand. To move someone to the front, re-bind them.</source>
            <translation>按照{profile}，最近绑定的账户先支付，顺序不能手动调整。要把某人调到最前面，请重新绑定。</translation>
        </message>
        <message>
            <location filename="../../core/reads.py" line="236" />
            <source>Under {profile} the account with the most usable balance pays first; the order follows the balances and cannot be changed by hand.</source>
            <translation>按照{profile}，可用余额最多的账户先支付；顺序随余额变化，不能手动调整。</translation>
        </message>
        <message>
            <location filename="../../core/reads.py" line="181" />
            <source>No member “{who}” in this household.</source>
            <translation>这个家庭里没有“{who}”。</translation>
        </message>
        <message>
            <location filename="../../core/reads.py" line="183" />
            <source>More than one member is called “{who}”; use the ID number.</source>
            <translation>有不止一位成员叫“{who}”；请用身份证号。</translation>
        </message>
        <message>
            <location filename="../../core/restore.py" line="158" />
            <source>The backup {path} cannot be used: {detail}</source>
            <translation>备份 {path} 不能使用：{detail}</translation>
        </message>
        <message>
            <location filename="../../core/restore.py" line="126" />
            <source>A restore of {path} was interrupted and its journal {journal} cannot be read. Nothing was changed; please look at the files next to the ledger.</source>
            <translation>{path} 的恢复被中断，且恢复记录文件 {journal} 无法读取。没有做任何改动；请查看账本旁边的文件。</translation>
        </message>
        <message>
            <location filename="../../core/restore.py" line="178" />
            <source>The backup could not be put in place ({detail}). Your ledger is unchanged.</source>
            <translation>无法用备份替换账本（{detail}）。您的账本没有改动。</translation>
        </message>
        <message>
            <location filename="../../core/restore.py" line="176" />
            <source>The disk is full: the backup could not be put in place. Your ledger is unchanged; free some space on the disk and try again.</source>
            <translation>磁盘已满：无法用备份替换账本。您的账本没有改动；请清理磁盘空间后再试。</translation>
        </message>
        <message>
            <location filename="../../core/rules.py" line="108" />
            <source>must be more than 0</source>
            <translation>必须大于 0</translation>
        </message>
        <message>
            <location filename="../../core/rules.py" line="110" />
            <source>must not be negative</source>
            <translation>不能是负数</translation>
        </message>
        <message>
            <location filename="../../core/rules.py" line="116" />
            <source>must be a non-empty text</source>
            <translation>必须是非空文字</translation>
        </message>
        <message>
            <location filename="../../core/rules.py" line="122" />
            <source>must be a Policy</source>
            <translation>必须是政策（Policy）</translation>
        </message>
        <message>
            <location filename="../../core/rules.py" line="133" />
            <source>must be a pooled account</source>
            <translation>必须是共济账户</translation>
        </message>
        <message>
            <location filename="../../core/rules.py" line="137" />
            <source>must be a date and time</source>
            <translation>必须是日期时间</translation>
        </message>
        <message>
            <location filename="../../core/rules.py" line="149" />
            <source>must be a list of pooled accounts</source>
            <translation>必须是共济账户列表</translation>
        </message>
        <message>
            <location filename="../../core/rules.py" line="233" />
            <source>must be a payment plan</source>
            <translation>必须是支付方案</translation>
        </message>
        <message>
            <location filename="../../core/rules.py" line="245" />
            <source>does not equal the deductions plus the out-of-pocket part</source>
            <translation>不等于各项扣款加个人现金支付之和</translation>
        </message>
        <message>
            <location filename="../../core/rules.py" line="263" />
            <source>must be a list of refunds</source>
            <translation>必须是退费列表</translation>
        </message>
        <message>
            <location filename="../../core/rules.py" line="288" />
            <source>a refund must be more than 0</source>
            <translation>退费金额必须大于 0</translation>
        </message>
        <message>
            <location filename="../../core/rules.py" line="292" />
            <source>cannot refund {amount} yuan: only {remaining} yuan of this payment is still refundable</source>
            <translation>不能退 {amount} 元：这笔支付只剩 {remaining} 元可退</translation>
        </message>
        <message>
            <location filename="../../core/rules.py" line="319" />
            <source>This would leave an account below zero; nothing was recorded.</source>
            <translation>这样会让某个账户余额低于零；没有记账。</translation>
        </message>
        <message>
            <location filename="../../core/rules.py" line="143" />
            <source>must not be more than balance_fen</source>
            <translation>不能大于 balance_fen</translation>
        </message>
        <message>
            <location filename="../../core/rules.py" line="155" />
            <source>the payer's own account cannot also be a pooled account</source>
            <translation>付款人本人的账户不能同时作为共济账户</translation>
        </message>
        <message>
            <location filename="../../core/rules.py" line="157" />
            <location filename="../../core/rules.py" line="242" />
            <source>duplicate account id {id}</source>
            <translation>重复的账户编号 {id}</translation>
        </message>
        <message>
            <location filename="../../core/rules.py" line="238" />
            <location filename="../../core/rules.py" line="272" />
            <source>must be a deduction</source>
            <translation>必须是一项扣款</translation>
        </message>
        <message>
            <location filename="../../core/rules.py" line="267" />
            <source>must be a refund plan</source>
            <translation>必须是退费方案</translation>
        </message>
        <message>
            <location filename="../../core/rules.py" line="276" />
            <source>does not equal the returns plus the out-of-pocket part</source>
            <translation>不等于各项退回加个人现金支付之和</translation>
        </message>
        <message>
            <location filename="../../core/rules.py" line="291" />
            <source>this payment has already been refunded in full</source>
            <translation>这笔支付已经全部退费</translation>
        </message>
        <message>
            <location filename="../../core/rules.py" line="163" />
            <source>all bound_at values must either have a time zone or all have none</source>
            <translation>所有 bound_at 要么都带时区，要么都不带</translation>
        </message>
        <message>
            <location filename="../../core/rules.py" line="279" />
            <source>account {id} was not charged by this payment</source>
            <translation>这笔支付没有从账户 {id} 扣款</translation>
        </message>
        <message>
            <location filename="../../core/rules.py" line="281" />
            <source>the refunds together return more than was paid</source>
            <translation>各笔退费合计超过了支付金额</translation>
        </message>
        <message>
            <location filename="../../core/server.py" line="47" />
            <source>The data is not on this computer: it lives in the database “{db}” on the PostgreSQL server {host} (port {port}), used as “{user}”. Every desk connected to it sees the same ledger.</source>
            <translation>数据不在这台电脑上：它保存在 PostgreSQL 服务器 {host}（端口 {port}）上的数据库“{db}”里，以用户“{user}”连接。连着它的每个柜台看到的是同一本账。</translation>
        </message>
        <message>
            <location filename="../../core/server.py" line="50" />
            <source>Backups of a server database are the server's job: ask whoever runs the server to back it up regularly. To make a copy by hand, or to restore one, use these commands (they ask for the password):</source>
            <translation>服务器上的数据库由服务器负责备份：请管理服务器的人定期备份。要手动备份或恢复，请用下面的命令（会询问密码）：</translation>
        </message>
        <message>
            <location filename="../../core/server.py" line="53" />
            <source>Not available for a server database: gongji backs up only a ledger file on this computer. Use the commands below, or ask whoever runs the server.</source>
            <translation>服务器数据库不能用这个按钮：本程序只备份这台电脑上的账本文件。请用下面的命令，或找管理服务器的人。</translation>
        </message>
        <message>
            <location filename="../../core/stale.py" line="54" />
            <source>{actor} changed it at {time}: {summary}.</source>
            <translation>{actor} 于 {time} 改过：{summary}。</translation>
        </message>
        <message>
            <location filename="../../core/stale.py" line="53" />
            <source>Someone else changed it in the meantime.</source>
            <translation>这期间有别人改过。</translation>
        </message>
        <message>
            <location filename="../../core/stale.py" line="60" />
            <source>The payment order of {u} was changed by someone else after you opened it, so your change was not saved. {who} The current order is shown now.</source>
            <translation>您打开之后，别人改过{u}的支付顺序，所以您的修改没有保存。{who}现在显示的是当前的顺序。</translation>
        </message>
        <message>
            <location filename="../../core/store.py" line="298" />
            <location filename="../../core/storefaults.py" line="22" />
            <source>The database file {path} is damaged ({detail}). Restore it from a backup.</source>
            <translation>数据库文件 {path} 已损坏（{detail}）。请从备份恢复。</translation>
        </message>
        <message>
            <location filename="../../core/store.py" line="321" />
            <source>The database driver for {kind} is not installed ({detail}).</source>
            <translation>没有安装 {kind} 的数据库驱动（{detail}）。</translation>
        </message>
        <message>
            <location filename="../../core/store.py" line="66" />
            <source>“{url}” is not a valid database URL.</source>
            <translation>“{url}”不是有效的数据库 URL。</translation>
        </message>
        <message>
            <location filename="../../core/store.py" line="235" />
            <location filename="../../core/storefaults.py" line="168" />
            <source>The database is busy with another program; please try again.</source>
            <translation>数据库正被另一个程序使用；请稍后再试。</translation>
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="142" />
            <source>{file} cannot be used: {detail}.</source>
            <translation>无法使用 {file}：{detail}。</translation>
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="27" />
            <source>The disk holding {path} is full. Nothing was saved by this change, and nothing was lost. Free some space on the disk, then try again.</source>
            <translation>{path} 所在的磁盘已满。这次修改没有保存，已有数据也没有丢失。请清理磁盘空间后再试。</translation>
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="32" />
            <source>The ledger {path} is read-only (the file, its folder or the disk does not allow changes), so it was opened for looking only. Nothing can be changed.</source>
            <translation>账本 {path} 是只读的（文件、所在文件夹或磁盘不允许修改），因此以只读方式打开：只能查看，不能修改。</translation>
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="38" />
            <source>gongji may not read {path} (permission denied). The file is not damaged: ask the computer's owner to give your user access to it, or open another file.</source>
            <translation>家庭共济助手没有读取 {path} 的权限（权限不足）。文件本身没有损坏：请让电脑管理员给您的用户开通访问权限，或打开其他文件。</translation>
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="118" />
            <source>The ledger {path} cannot be opened: {detail}.</source>
            <translation>无法打开账本 {path}：{detail}。</translation>
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="130" />
            <source>The file {file} does not exist.</source>
            <translation>文件 {file} 不存在。</translation>
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="132" />
            <source>{file} is a folder, not a file. Choose a file.</source>
            <translation>{file} 是文件夹，不是文件。请选择一个文件。</translation>
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="134" />
            <source>{file} cannot be used: a part of its path is a file, not a folder.</source>
            <translation>无法使用 {file}：路径中有一部分是文件而不是文件夹。</translation>
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="136" />
            <source>gongji may not use {file} (permission denied).</source>
            <translation>家庭共济助手没有使用 {file} 的权限（权限不足）。</translation>
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="138" />
            <source>The disk is full: {file} could not be written. Free some space on the disk, then try again.</source>
            <translation>磁盘已满：无法写入 {file}。请清理磁盘空间后再试。</translation>
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="141" />
            <source>{file} is on a read-only disk and cannot be written.</source>
            <translation>{file} 在只读磁盘上，无法写入。</translation>
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="185" />
            <source>The ledger file {path} is missing, but earlier copies of it exist ({where}). gongji did not create an empty ledger in its place. Restore a backup (the window offers this when it starts), or move the backups away to start a new, empty ledger.</source>
            <translation>账本文件 {path} 不见了，但它以前的副本还在（{where}）。家庭共济助手没有用空账本代替它。请恢复一个备份（窗口启动时会提供这个选项），或者把备份移走，再开始一个新的空账本。</translation>
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="72" />
            <source>The ledger cannot be kept in {folder}: {file} is a file, not a folder.</source>
            <translation>账本不能放在 {folder}：{file} 是文件，不是文件夹。</translation>
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="75" />
            <source>{path} is a folder, not a ledger file. Choose the ledger file itself.</source>
            <translation>{path} 是文件夹，不是账本文件。请选择账本文件本身。</translation>
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="78" />
            <source>{path} is not an ordinary file and cannot be a ledger.</source>
            <translation>{path} 不是普通文件，不能作为账本。</translation>
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="83" />
            <source>gongji may not create files in {folder} (permission denied), so the ledger {path} cannot be made there. Choose another folder.</source>
            <translation>家庭共济助手没有在 {folder} 中新建文件的权限（权限不足），无法在那里建立账本 {path}。请选择其他文件夹。</translation>
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="116" />
            <source>The ledger {path} cannot be made: {detail}.</source>
            <translation>无法建立账本 {path}：{detail}。</translation>
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="128" />
            <source>The folder {folder} does not exist, so {file} cannot be used. Choose an existing folder.</source>
            <translation>文件夹 {folder} 不存在，无法使用 {file}。请选择一个已有的文件夹。</translation>
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="161" />
            <source>The ledger {path} cannot be opened (the file or its folder cannot be read or written). Check that it exists and that your user may use it.</source>
            <translation>无法打开账本 {path}（文件或所在文件夹不能读写）。请确认它存在，并且您的用户有权使用它。</translation>
        </message>
        <message>
            <location filename="../../core/storefaults.py" line="165" />
            <source>Reading or writing {path} failed (a disk or file-system error). Nothing was saved by this change. Check the disk, then try again.</source>
            <translation>读写 {path} 失败（磁盘或文件系统出错）。这次修改没有保存。请检查磁盘后再试。</translation>
        </message>
        <message>
            <location filename="../../core/undo.py" line="25" />
            <source>Undone: {what}</source>
            <translation>已撤销：{what}</translation>
        </message>
        <message>
            <location filename="../../core/undo.py" line="31" />
            <source>Redone: {what}</source>
            <translation>已重做：{what}</translation>
        </message>
        <message>
            <location filename="../../core/undo.py" line="23" />
            <source>There is nothing to undo.</source>
            <translation>没有可以撤销的操作。</translation>
        </message>
        <message>
            <location filename="../../core/undo.py" line="29" />
            <source>There is nothing to redo.</source>
            <translation>没有可以重做的操作。</translation>
        </message>
        <message>
            <location filename="../../core/validate.py" line="67" />
            <source>The start and end of the authorization period must be dates.</source>
            <translation>授权期限的开始和结束必须是日期。</translation>
        </message>
        <message>
            <location filename="../../core/validate.py" line="35" />
            <source>{label} must be text.</source>
            <translation>{label}必须是文字。</translation>
        </message>
        <message>
            <location filename="../../core/validate.py" line="47" />
            <source>Please enter {label}.</source>
            <translation>请输入{label}。</translation>
        </message>
        <message>
            <location filename="../../core/validate.py" line="49" />
            <source>{label} is too long: at most {max} characters, this has {n}.</source>
            <translation>{label}太长了：最多 {max} 个字，现在有 {n} 个。</translation>
        </message>
        <message>
            <location filename="../../core/validate.py" line="56" />
            <source>{label} must be one of: {choices}.</source>
            <translation>{label}必须是以下之一：{choices}。</translation>
        </message>
        <message>
            <location filename="../../core/validate.py" line="72" />
            <source>{field} must be a positive whole number.</source>
            <translation>{field}必须是正整数。</translation>
        </message>
        <message>
            <location filename="../../core/validate.py" line="40" />
            <source>{label} contains an invisible control character; please retype it.</source>
            <translation>{label}中有看不见的控制字符；请重新输入。</translation>
        </message>
        <message>
            <location filename="../../core/validate.py" line="44" />
            <source>{label} contains an invisible character ({code}); please retype it.</source>
            <translation>{label}中有看不见的字符（{code}）；请重新输入。</translation>
        </message>
        <message>
            <location filename="../../core/watch.py" line="88" />
            <source>The database at {where} cannot be reached right now. Nothing is saved until it is back; gongji keeps trying.</source>
            <translation>现在连不上 {where} 的数据库。连上之前什么都不会保存；程序会一直重试。</translation>
        </message>
        <message>
            <location filename="../../core/writelock.py" line="41" />
            <source>The ledger is being restored from a backup by another program; please try again in a moment.</source>
            <translation>另一个程序正在从备份恢复账本，请稍等片刻再试。</translation>
        </message>
        <message>
            <location filename="../../core/writelock.py" line="45" />
            <source>The ledger is busy with another program; please try again.</source>
            <translation>账本正被另一个程序使用，请稍后再试。</translation>
        </message>
        <message>
            <source>account part must be current or prior, not “{p}”</source>
            <translation type="vanished">账户部分必须是 current（当年）或 prior（历年），不能是“{p}”</translation>
        </message>
        <message>
            <source>ledger entry “{e}” must look like name[ID]:current:-12.00</source>
            <translation type="vanished">明细“{e}”必须写成 姓名[身份证号]:current:-12.00 这样</translation>
        </message>
        <message>
            <source>The ID number's check character is wrong: it should be {expected}, not {got}. Please check each digit.</source>
            <translation type="vanished">身份证号的校验位不对：应该是 {expected}，不是 {got}。请逐位核对。</translation>
        </message>
        <message>
            <source>{u} asked to use {a}'s account ({relation}); waiting for confirmation</source>
            <translation type="vanished">{u} 申请使用 {a} 的个人账户（{relation}）；等待确认</translation>
        </message>
        <message>
            <source>Waiting for {a} to confirm.</source>
            <translation type="vanished">等待 {a} 确认。</translation>
        </message>
        <message>
            <source>{a} confirmed that {u} may use the account</source>
            <translation type="vanished">{a} 确认 {u} 可以使用其账户</translation>
        </message>
        <message>
            <source>confirm a pending binding</source>
            <translation type="vanished">确认一个待确认的绑定</translation>
        </message>
        <message>
            <source>print results as JSON</source>
            <translation type="vanished">以 JSON 格式输出结果</translation>
        </message>
        <message>
            <source>list bindings (including ended ones)</source>
            <translation type="vanished">列出绑定关系（包括已解除的）</translation>
        </message>
        <message>
            <source>expense kind: outpatient, inpatient, pharmacy, premium</source>
            <translation type="vanished">费用类别：outpatient 门诊、inpatient 住院、pharmacy 药店、premium 缴纳保费</translation>
        </message>
        <message>
            <source>only this member's payments (name or ID number)</source>
            <translation type="vanished">只看这个成员的支付（姓名或身份证号）</translation>
        </message>
    </context>
</TS>
