<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&lt;h2&gt;Orchestration Console %1&lt;/h2&gt;&lt;p&gt;An administration console for eGain Conversation Hub orchestrations.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3; QtKeychain %4.&lt;/p&gt;&lt;p&gt;Orchestration Console is licensed under the &lt;a href=&quot;https://www.apache.org/licenses/LICENSE-2.0&quot;&gt;Apache License 2.0&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;It uses:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt 6, under the &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;GNU LGPL version 3&lt;/a&gt; (LGPL-3.0);&lt;/li&gt;&lt;li&gt;QtKeychain, under its BSD licence (the two-clause text, which QtKeychain calls the Modified BSD License);&lt;/li&gt;&lt;li&gt;Qt HTTP Server, for the built-in demo tenant and the hubsim simulator, under the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU GPL version 3&lt;/a&gt; (GPL-3.0): Qt 6.4 offers it under the GPL or a commercial licence, not the LGPL.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;THIRD-PARTY-NOTICES, installed with the program, gives each licence in full and where the sources are.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Orchestration Console %1&lt;/h2&gt;&lt;p&gt;وحدة تحكم إدارية لتنسيقات eGain Conversation Hub.&lt;/p&gt;&lt;p&gt;تم إنشاؤها باستخدام Qt %2، وتعمل على Qt %3؛ QtKeychain %4.&lt;/p&gt;&lt;p&gt;يُرخَّص Orchestration Console بموجب &lt;a href=&quot;https://www.apache.org/licenses/LICENSE-2.0&quot;&gt;ترخيص Apache 2.0&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;يستخدم البرنامج:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt 6، بموجب &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;GNU LGPL الإصدار 3&lt;/a&gt; (LGPL-3.0)؛&lt;/li&gt;&lt;li&gt;QtKeychain، بموجب ترخيص BSD الخاص به (النص ذو البندين، الذي تسميه QtKeychain ترخيص BSD المعدّل)؛&lt;/li&gt;&lt;li&gt;Qt HTTP Server، للمستأجر التجريبي المضمّن ولمحاكي hubsim، بموجب &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU GPL الإصدار 3&lt;/a&gt; (GPL-3.0): يقدّمه Qt 6.4 بموجب GPL أو بترخيص تجاري، لا بموجب LGPL.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;يقدّم الملف THIRD-PARTY-NOTICES، المثبّت مع البرنامج، النص الكامل لكل ترخيص ومكان المصادر.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Orchestration Console</source>
        <translation>حول Orchestration Console</translation>
    </message>
    <message>
        <source>Orchestration Console</source>
        <translation>Orchestration Console</translation>
    </message>
</context>
<context>
    <name>AllPagesFetcher</name>
    <message numerus="yes">
        <source>Fetched %L1 of %Ln orchestration(s)…</source>
        <translation>
            <numerusform>تم إحضار %L1 من أصل %Ln تنسيق…</numerusform>
            <numerusform>تم إحضار %L1 من أصل %Ln تنسيق…</numerusform>
            <numerusform>تم إحضار %L1 من أصل %Ln تنسيقين…</numerusform>
            <numerusform>تم إحضار %L1 من أصل %Ln تنسيقات…</numerusform>
            <numerusform>تم إحضار %L1 من أصل %Ln تنسيقًا…</numerusform>
            <numerusform>تم إحضار %L1 من أصل %Ln تنسيق…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>No error</source>
        <translation>لا يوجد خطأ</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>خطأ في الشبكة</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>انتهت المهلة</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>فشل الاتصال الآمن</translation>
    </message>
    <message>
        <source>Insecure connection refused</source>
        <translation>تم رفض الاتصال غير الآمن</translation>
    </message>
    <message>
        <source>Unexpected redirect</source>
        <translation>إعادة توجيه غير متوقعة</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>خطأ في الخادم</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>فشلت المصادقة</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>تم رفض الوصول</translation>
    </message>
    <message>
        <source>Invalid response</source>
        <translation>استجابة غير صالحة</translation>
    </message>
    <message>
        <source>Response too large</source>
        <translation>الاستجابة كبيرة جدًا</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>تم الإلغاء</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: HTTP %2</source>
        <translation>%1: HTTP %2</translation>
    </message>
    <message>
        <source>The server stopped sending data (transfer timeout).</source>
        <translation>توقف الخادم عن إرسال البيانات (انتهت مهلة النقل).</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Could not save &quot;%1&quot;: %2</source>
        <translation>تعذّر حفظ &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>no file name given.</source>
        <translation>لم يُحدَّد اسم ملف.</translation>
    </message>
    <message>
        <source>the file is not open.</source>
        <translation>الملف غير مفتوح.</translation>
    </message>
</context>
<context>
    <name>BandColourButton</name>
    <message>
        <source>Red</source>
        <translation>أحمر</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>برتقالي</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>كهرماني</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>أخضر</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>أزرق</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>أرجواني</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>رمادي</translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation>لون آخر…</translation>
    </message>
    <message>
        <source>Band colour</source>
        <translation>لون الشريط</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>بلا لون</translation>
    </message>
    <message>
        <source>Band colour: %1</source>
        <translation>لون الشريط: %1</translation>
    </message>
    <message>
        <source>Band colour: %1 (%2)</source>
        <translation>لون الشريط: %1 (%2)</translation>
    </message>
    <message>
        <source>Choose the band&apos;s colour</source>
        <translation>اختر لون الشريط</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Hide this message</source>
        <translation>إخفاء هذه الرسالة</translation>
    </message>
    <message>
        <source>Hide message</source>
        <translation>إخفاء الرسالة</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>معلومات</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>لقطة</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>البيئة</translation>
    </message>
</context>
<context>
    <name>ClientCredentialsTokenProvider</name>
    <message>
        <source>The token endpoint rejected the client id or client secret. Check the client credentials of this connection profile.</source>
        <translation>رفضت نقطة نهاية الرمز المميز معرّف العميل أو سر العميل. تحقق من بيانات اعتماد العميل في ملف تعريف الاتصال هذا.</translation>
    </message>
    <message>
        <source>The client application is not granted the scope &quot;%1&quot;. Check the scope in the profile and the client application&apos;s permissions.</source>
        <translation>لم يُمنح تطبيق العميل النطاق &quot;%1&quot;. تحقق من النطاق في ملف التعريف ومن أذونات تطبيق العميل.</translation>
    </message>
    <message>
        <source>This client application may not use the client credentials grant.</source>
        <translation>لا يُسمح لتطبيق العميل هذا باستخدام منح بيانات اعتماد العميل.</translation>
    </message>
    <message>
        <source>The token endpoint does not support the client credentials grant. Check the token URL.</source>
        <translation>لا تدعم نقطة نهاية الرمز المميز منح بيانات اعتماد العميل. تحقق من عنوان URL للرمز المميز.</translation>
    </message>
    <message>
        <source>The token endpoint refused the request as malformed. Check the token URL and client id.</source>
        <translation>رفضت نقطة نهاية الرمز المميز الطلب لأنه مشوّه. تحقق من عنوان URL للرمز المميز ومن معرّف العميل.</translation>
    </message>
    <message>
        <source>The token endpoint refused the credentials. Check the client id, secret and token URL.</source>
        <translation>رفضت نقطة نهاية الرمز المميز بيانات الاعتماد. تحقق من معرّف العميل والسر وعنوان URL للرمز المميز.</translation>
    </message>
    <message>
        <source>No network access is available.</source>
        <translation>لا يتوفر وصول إلى الشبكة.</translation>
    </message>
    <message>
        <source>No token within %1 s.</source>
        <translation>لم يصل رمز مميز خلال %1 ث.</translation>
    </message>
    <message>
        <source>The token endpoint redirected to %1; redirects are not followed. Check the token URL.</source>
        <translation>أعادت نقطة نهاية الرمز المميز التوجيه إلى %1؛ لا تُتَّبع عمليات إعادة التوجيه. تحقق من عنوان URL للرمز المميز.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>(%1: %2)</source>
        <translation>(%1: %2)</translation>
    </message>
    <message>
        <source>The token endpoint sent an invalid answer: %1</source>
        <translation>أرسلت نقطة نهاية الرمز المميز إجابة غير صالحة: %1</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>نقطة نهاية الرمز المميز</translation>
    </message>
</context>
<context>
    <name>ClientStack</name>
    <message>
        <source>There is nothing to sign in with: no access token and no client secret.</source>
        <translation>لا يوجد ما يمكن تسجيل الدخول به: لا رمز وصول ولا سر عميل.</translation>
    </message>
    <message>
        <source>A client secret needs a token URL to sign in with.</source>
        <translation>يحتاج سر العميل إلى عنوان URL للرمز المميز لتسجيل الدخول.</translation>
    </message>
</context>
<context>
    <name>CommandLineCredentials</name>
    <message>
        <source>Cannot read the client secret from standard input: %1</source>
        <translation>تتعذّر قراءة سر العميل من الإدخال القياسي: %1</translation>
    </message>
    <message>
        <source>Standard input holds more than %1 KiB: that is not a client secret.</source>
        <translation>يحتوي الإدخال القياسي على أكثر من %1 KiB: هذا ليس سر عميل.</translation>
    </message>
    <message>
        <source>--client-secret-stdin: standard input held no client secret.</source>
        <translation>--client-secret-stdin: لم يحتوِ الإدخال القياسي على سر عميل.</translation>
    </message>
    <message>
        <source>No credentials: set %1 (with --token-url) or %2.</source>
        <translation>لا توجد بيانات اعتماد: عيّن %1 (مع --token-url) أو %2.</translation>
    </message>
    <message>
        <source>A client secret needs a token URL (--token-url) to sign in with.</source>
        <translation>يحتاج سر العميل إلى عنوان URL للرمز المميز (--token-url) لتسجيل الدخول.</translation>
    </message>
</context>
<context>
    <name>CompareConnectionsDialog</name>
    <message>
        <source>Live data of %1 (%2), loaded %3</source>
        <translation>البيانات المباشرة لـ %1 (%2)، حُمّلت %3</translation>
    </message>
    <message>
        <source>Compare Connections</source>
        <translation>مقارنة الاتصالات</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Name (one orchestration has different ids in two tenants)</source>
        <translation>الاسم (للتنسيق نفسه معرّفات مختلفة في مستأجرَين)</translation>
    </message>
    <message>
        <source>&amp;Old:</source>
        <translation>ال&amp;قديم:</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation>ال&amp;جديد:</translation>
    </message>
    <message>
        <source>&amp;Match records by:</source>
        <translation>م&amp;طابقة السجلات حسب:</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;مقارنة</translation>
    </message>
    <message>
        <source>Save two connections (File → Connections…) to compare them.</source>
        <translation>احفظ اتصالين (ملف → الاتصالات…) لمقارنتهما.</translation>
    </message>
    <message>
        <source>Choose two different connections.</source>
        <translation>اختر اتصالين مختلفين.</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; is no longer saved.</source>
        <translation>لم يعد الاتصال &quot;%1&quot; محفوظًا.</translation>
    </message>
    <message>
        <source>%1: signing in…</source>
        <translation>%1: جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <source>%1: %2 of %3 orchestrations</source>
        <translation>%1: التنسيقات %2 من %3</translation>
    </message>
    <message>
        <source>Cancelled; nothing was compared.</source>
        <translation>أُلغي؛ لم تتم مقارنة أي شيء.</translation>
    </message>
    <message>
        <source>Nothing was compared: %1</source>
        <translation>لم تتم مقارنة أي شيء: %1</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>Reading %1 to compare…</source>
        <translation>جارٍ قراءة %1 للمقارنة…</translation>
    </message>
    <message>
        <source>Compare with snapshot</source>
        <translation>مقارنة مع لقطة</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>ملفات JSON (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>مقارنة</translation>
    </message>
    <message>
        <source>%1, taken %2</source>
        <translation>%1، التُقطت %2</translation>
    </message>
    <message>
        <source>%1 (snapshot of %2, taken %3)</source>
        <translation>%1 (لقطة من %2، التُقطت %3)</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed.</source>
        <translation>أُضيف %1، وأُزيل %2، وتغيّر %3.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>مباشر</translation>
    </message>
    <message>
        <source>Live data of %1 (%2), now</source>
        <translation>البيانات المباشرة لـ %1 (%2)، الآن</translation>
    </message>
    <message>
        <source>Pages are being fetched for an export; compare again when it is done.</source>
        <translation>يجري إحضار الصفحات لعملية تصدير؛ أعد المقارنة عند انتهائها.</translation>
    </message>
    <message>
        <source>Fetching every page to compare…</source>
        <translation>جارٍ إحضار كل الصفحات للمقارنة…</translation>
    </message>
    <message>
        <source>Cancelled while fetching; nothing was compared.</source>
        <translation>أُلغي أثناء الإحضار؛ لم تُجرَ أي مقارنة.</translation>
    </message>
    <message>
        <source>Not every page could be fetched, so nothing was compared: %1</source>
        <translation>تعذّر إحضار كل الصفحات، لذا لم تُجرَ أي مقارنة: %1</translation>
    </message>
    <message>
        <source>%1, date taken unknown</source>
        <translation>%1، تاريخ الالتقاط غير معروف</translation>
    </message>
    <message>
        <source>%1 (snapshot of %2, date taken unknown)</source>
        <translation>%1 (لقطة من %2، تاريخ الالتقاط غير معروف)</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Added</source>
        <translation>مُضاف</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>مُزال</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>متغيّر</translation>
    </message>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <translation>
            <numerusform>{%n حقل}</numerusform>
            <numerusform>{%n حقل}</numerusform>
            <numerusform>{%n حقلان}</numerusform>
            <numerusform>{%n حقول}</numerusform>
            <numerusform>{%n حقلًا}</numerusform>
            <numerusform>{%n حقل}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n عنصر]</numerusform>
            <numerusform>[%n عنصر]</numerusform>
            <numerusform>[%n عنصران]</numerusform>
            <numerusform>[%n عناصر]</numerusform>
            <numerusform>[%n عنصرًا]</numerusform>
            <numerusform>[%n عنصر]</numerusform>
        </translation>
    </message>
    <message>
        <source>Only &amp;differing fields</source>
        <translation>الحقول ال&amp;مختلفة فقط</translation>
    </message>
    <message>
        <source>Compare — Orchestration Console</source>
        <translation>مقارنة — Orchestration Console</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>S&amp;wap sides</source>
        <translation>&amp;تبديل الجانبين</translation>
    </message>
    <message>
        <source>Make the old side new and the new side old</source>
        <translation>جعل الجانب القديم جديدًا والجانب الجديد قديمًا</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>Copy the selected records&apos; differences (%1)</source>
        <translation>نسخ اختلافات السجلات المحددة (%1)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>تص&amp;دير…</translation>
    </message>
    <message>
        <source>Save every difference as a JSON file (%1)</source>
        <translation>حفظ كل الاختلافات في ملف JSON (%1)</translation>
    </message>
    <message>
        <source>Changed orchestrations</source>
        <translation>التنسيقات المتغيّرة</translation>
    </message>
    <message>
        <source>Old and new side by side</source>
        <translation>القديم والجديد جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>إ&amp;ظهار:</translation>
    </message>
    <message>
        <source>Old: %1
New: %2
%3 added, %4 removed, %5 changed, %6 unchanged.</source>
        <translation>القديم: %1
الجديد: %2
أُضيف %3، وأُزيل %4، وتغيّر %5، وبقي %6 دون تغيير.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Old: %1</source>
        <translation>القديم: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>الجديد: %1</translation>
    </message>
    <message>
        <source>All changes (%1)</source>
        <translation>كل التغييرات (%1)</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>المُضاف (%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>المُزال (%1)</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>المتغيّر (%1)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>لا توجد اختلافات.</translation>
    </message>
    <message>
        <source>Select the records to copy first.</source>
        <translation>حدد السجلات المراد نسخها أولًا.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n line(s).</source>
        <translation>
            <numerusform>تم نسخ %n سطر.</numerusform>
            <numerusform>تم نسخ %n سطر.</numerusform>
            <numerusform>تم نسخ %n سطرين.</numerusform>
            <numerusform>تم نسخ %n أسطر.</numerusform>
            <numerusform>تم نسخ %n سطرًا.</numerusform>
            <numerusform>تم نسخ %n سطر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export differences</source>
        <translation>تصدير الاختلافات</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>ملفات JSON (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>جارٍ كتابة %1…</translation>
    </message>
    <message>
        <source>Saved the differences to %1.</source>
        <translation>تم حفظ الاختلافات في %1.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>بلا معرّف</translation>
    </message>
    <message>
        <source>Matched by name; ids are not compared.</source>
        <translation>تمت المطابقة حسب الاسم؛ لا تُقارن المعرّفات.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2 on the old side)</source>
        <translation>&quot;%1&quot; (العدد في الجانب القديم: %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2 on the new side)</source>
        <translation>&quot;%1&quot; (العدد في الجانب الجديد: %2)</translation>
    </message>
    <message>
        <source>Not compared, their name is not unique: %1.</source>
        <translation>لم تتم المقارنة، لأن الاسم غير فريد: %1.</translation>
    </message>
</context>
<context>
    <name>ConfigurationTreeModel</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>تاريخ التعديل</translation>
    </message>
    <message>
        <source>Bot configuration</source>
        <translation>تكوين الروبوت</translation>
    </message>
    <message>
        <source>Forward transcript</source>
        <translation>إعادة توجيه نص المحادثة</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <source>Bots</source>
        <translation>الروبوتات</translation>
    </message>
    <message numerus="yes">
        <source>%n bot(s)</source>
        <translation>
            <numerusform>%n روبوت</numerusform>
            <numerusform>%n روبوت</numerusform>
            <numerusform>%n روبوتان</numerusform>
            <numerusform>%n روبوتات</numerusform>
            <numerusform>%n روبوتًا</numerusform>
            <numerusform>%n روبوت</numerusform>
        </translation>
    </message>
    <message>
        <source>Bot %1</source>
        <translation>الروبوت %1</translation>
    </message>
    <message>
        <source>Participant ID</source>
        <translation>معرّف المشارك</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>Escalation agent ID</source>
        <translation>معرّف وكيل التصعيد</translation>
    </message>
    <message>
        <source>On escalation</source>
        <translation>عند التصعيد</translation>
    </message>
    <message>
        <source>Customer configuration</source>
        <translation>تكوين العميل</translation>
    </message>
    <message>
        <source>Customer app ID</source>
        <translation>معرّف تطبيق العميل</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Agent configuration</source>
        <translation>تكوين الوكيل</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>الوكلاء</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n وكيل</numerusform>
            <numerusform>%n وكيل</numerusform>
            <numerusform>%n وكيلان</numerusform>
            <numerusform>%n وكلاء</numerusform>
            <numerusform>%n وكيلًا</numerusform>
            <numerusform>%n وكيل</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>الوكيل %1</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n حقل</numerusform>
            <numerusform>%n حقل</numerusform>
            <numerusform>%n حقلان</numerusform>
            <numerusform>%n حقول</numerusform>
            <numerusform>%n حقلًا</numerusform>
            <numerusform>%n حقل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n عنصر</numerusform>
            <numerusform>%n عنصر</numerusform>
            <numerusform>%n عنصران</numerusform>
            <numerusform>%n عناصر</numerusform>
            <numerusform>%n عنصرًا</numerusform>
            <numerusform>%n عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>حقول أخرى</translation>
    </message>
    <message numerus="yes">
        <source>Referenced by %n loaded orchestration(s)</source>
        <translation>
            <numerusform>يشير إليه %n تنسيق محمّل</numerusform>
            <numerusform>يشير إليه %n تنسيق محمّل</numerusform>
            <numerusform>يشير إليه %n تنسيقان محمّلان</numerusform>
            <numerusform>يشير إليه %n تنسيقات محمّلة</numerusform>
            <numerusform>يشير إليه %n تنسيقًا محمّلًا</numerusform>
            <numerusform>يشير إليه %n تنسيق محمّل</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Virtual assistant bypass duration</source>
        <translation>مدة تجاوز المساعد الظاهري</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>أدخل اسمًا للاتصال.</translation>
    </message>
    <message>
        <source>The API base URL is required.</source>
        <translation>عنوان URL الأساسي لـ API مطلوب.</translation>
    </message>
    <message>
        <source>API base URL: %1</source>
        <translation>عنوان URL الأساسي لـ API: %1</translation>
    </message>
    <message>
        <source>The token URL is required to sign in with a client secret.</source>
        <translation>عنوان URL للرمز المميز مطلوب لتسجيل الدخول باستخدام سر العميل.</translation>
    </message>
    <message>
        <source>Token URL: %1</source>
        <translation>عنوان URL للرمز المميز: %1</translation>
    </message>
    <message>
        <source>The client ID is required.</source>
        <translation>معرّف العميل مطلوب.</translation>
    </message>
    <message>
        <source>The scope must not be empty.</source>
        <translation>يجب ألا يكون النطاق فارغًا.</translation>
    </message>
    <message>
        <source>The page number parameter needs a name without spaces, &amp;, =, ? or #.</source>
        <translation>تحتاج معلمة رقم الصفحة إلى اسم لا يحتوي على مسافات أو &amp; أو = أو ? أو #.</translation>
    </message>
    <message>
        <source>The page size parameter needs a name without spaces, &amp;, =, ? or #.</source>
        <translation>تحتاج معلمة حجم الصفحة إلى اسم لا يحتوي على مسافات أو &amp; أو = أو ? أو #.</translation>
    </message>
    <message>
        <source>The page size and page number parameters must have different names.</source>
        <translation>يجب أن تحمل معلمتا حجم الصفحة ورقم الصفحة اسمين مختلفين.</translation>
    </message>
    <message>
        <source>The default page size must be from 1 to %1.</source>
        <translation>يجب أن يكون حجم الصفحة الافتراضي من 1 إلى %1.</translation>
    </message>
    <message>
        <source>&quot;signIn&quot; must be &quot;%1&quot; or &quot;%2&quot;.</source>
        <translation>يجب أن تكون قيمة &quot;signIn&quot; إما &quot;%1&quot; أو &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour (use #RRGGBB).</source>
        <translation>&quot;%1&quot; ليس لونًا (استخدم #RRGGBB).</translation>
    </message>
    <message numerus="yes">
        <source>The label must be at most %Ln characters long.</source>
        <translation>
            <numerusform>يجب ألا يزيد طول التسمية على %Ln حرف.</numerusform>
            <numerusform>يجب ألا يزيد طول التسمية على %Ln حرف.</numerusform>
            <numerusform>يجب ألا يزيد طول التسمية على %Ln حرفين.</numerusform>
            <numerusform>يجب ألا يزيد طول التسمية على %Ln أحرف.</numerusform>
            <numerusform>يجب ألا يزيد طول التسمية على %Ln حرفًا.</numerusform>
            <numerusform>يجب ألا يزيد طول التسمية على %Ln حرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>يجب أن تكون قيمة &quot;%1&quot; سلسلة نصية.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>يجب أن تكون قيمة &quot;%1&quot; عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>The page size for loading all must be from 1 to %1.</source>
        <translation>يجب أن يكون حجم الصفحة لتحميل الكل من 1 إلى %1.</translation>
    </message>
    <message>
        <source>The history limits must not be negative.</source>
        <translation>يجب ألا تكون حدود المحفوظات سالبة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>يجب أن تكون قيمة &quot;%1&quot; هي true أو false.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL with a host.</source>
        <translation>&quot;%1&quot; ليس عنوان URL صالحًا يتضمن مضيفًا.</translation>
    </message>
    <message>
        <source>%1 uses plain http: credentials would cross the network unencrypted. Use https (plain http is allowed only for this machine&apos;s loopback).</source>
        <translation>يستخدم %1 بروتوكول http العادي: ستعبر بيانات الاعتماد الشبكة دون تشفير. استخدم https (يُسمح بـ http العادي فقط لواجهة الاسترجاع في هذا الجهاز).</translation>
    </message>
    <message>
        <source>%1 must start with https://.</source>
        <translation>يجب أن يبدأ %1 بـ https://.</translation>
    </message>
</context>
<context>
    <name>ConnectionSwitcher</name>
    <message>
        <source>No saved connections</source>
        <translation>لا توجد اتصالات محفوظة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>ا&amp;ختبار الاتصال</translation>
    </message>
    <message>
        <source>Fetch a token and one orchestration with what the form says, without saving</source>
        <translation>إحضار رمز مميز وتنسيق واحد باستخدام ما هو مدخل في النموذج، دون حفظ</translation>
    </message>
    <message>
        <source>Fetching a token…</source>
        <translation>جارٍ إحضار رمز مميز…</translation>
    </message>
    <message>
        <source>Signed in. Fetching one orchestration…</source>
        <translation>تم تسجيل الدخول. جارٍ إحضار تنسيق واحد…</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The tenant has %n orchestration(s).</source>
        <translation>
            <numerusform>تم الاتصال. يحتوي المستأجر على %n تنسيق.</numerusform>
            <numerusform>تم الاتصال. يحتوي المستأجر على %n تنسيق.</numerusform>
            <numerusform>تم الاتصال. يحتوي المستأجر على %n تنسيقين.</numerusform>
            <numerusform>تم الاتصال. يحتوي المستأجر على %n تنسيقات.</numerusform>
            <numerusform>تم الاتصال. يحتوي المستأجر على %n تنسيقًا.</numerusform>
            <numerusform>تم الاتصال. يحتوي المستأجر على %n تنسيق.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected. The first page was read.</source>
        <translation>تم الاتصال. تمت قراءة الصفحة الأولى.</translation>
    </message>
    <message>
        <source>The token is valid until %1.</source>
        <translation>الرمز المميز صالح حتى %1.</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>فشل الاختبار: %1</translation>
    </message>
    <message>
        <source>User message: %1</source>
        <translation>رسالة المستخدم: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>ا&amp;تصال</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>الاتصالات</translation>
    </message>
    <message>
        <source>Save if needed, then show this connection in the window</source>
        <translation>الحفظ عند الحاجة، ثم إظهار هذا الاتصال في النافذة</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>اتصال جديد</translation>
    </message>
    <message>
        <source>New connection (not saved yet)</source>
        <translation>اتصال جديد (لم يُحفظ بعد)</translation>
    </message>
    <message>
        <source>Enter the client secret; it is stored in the system keychain.</source>
        <translation>أدخل سر العميل؛ يُخزَّن في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>Paste the token; it is stored in the system keychain with its expiry.</source>
        <translation>الصق الرمز المميز؛ يُخزَّن في سلسلة مفاتيح النظام مع تاريخ انتهاء صلاحيته.</translation>
    </message>
    <message>
        <source>Another connection is already called &quot;%1&quot;.</source>
        <translation>يوجد اتصال آخر باسم &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>جارٍ التحقق من سلسلة المفاتيح…</translation>
    </message>
    <message>
        <source>A secret is kept in memory for this session. Type to replace it.</source>
        <translation>هناك سر محفوظ في الذاكرة لهذه الجلسة. اكتب لاستبداله.</translation>
    </message>
    <message>
        <source>A secret is stored in the keychain. Type to replace it.</source>
        <translation>هناك سر مخزَّن في سلسلة المفاتيح. اكتب لاستبداله.</translation>
    </message>
    <message>
        <source>No secret is stored. Enter it to sign in.</source>
        <translation>لا يوجد سر مخزَّن. أدخله لتسجيل الدخول.</translation>
    </message>
    <message>
        <source>No token is stored. Paste one to sign in.</source>
        <translation>لا يوجد رمز مميز مخزَّن. الصق رمزًا لتسجيل الدخول.</translation>
    </message>
    <message>
        <source>The stored token has expired. Paste a new one.</source>
        <translation>انتهت صلاحية الرمز المميز المخزَّن. الصق رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>The connection could not be saved.</source>
        <translation>تعذّر حفظ الاتصال.</translation>
    </message>
    <message>
        <source>The settings could not be written: %1</source>
        <translation>تعذّرت كتابة الإعدادات: %1</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>تم حفظ &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Saved the changes to &quot;%1&quot;.</source>
        <translation>تم حفظ التغييرات في &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Storing in the keychain…</source>
        <translation>جارٍ التخزين في سلسلة المفاتيح…</translation>
    </message>
    <message>
        <source>%1 The secret could not be stored: %2</source>
        <translation>%1 تعذّر تخزين السر: %2</translation>
    </message>
    <message>
        <source>The token is kept in memory for this session only.</source>
        <translation>يُحفظ الرمز المميز في الذاكرة لهذه الجلسة فقط.</translation>
    </message>
    <message>
        <source>The secret is kept in memory for this session only.</source>
        <translation>يُحفظ السر في الذاكرة لهذه الجلسة فقط.</translation>
    </message>
    <message>
        <source>The token is stored in the keychain. Paste to replace it.</source>
        <translation>الرمز المميز مخزَّن في سلسلة المفاتيح. الصق رمزًا لاستبداله.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot;?</source>
        <translation>هل تريد حفظ التغييرات في &quot;%1&quot;؟</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>إزالة الاتصال</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;?</source>
        <translation>هل تريد إزالة &quot;%1&quot;؟</translation>
    </message>
    <message>
        <source>Its settings are deleted, and its client secret and token are deleted from the system keychain.</source>
        <translation>تُحذف إعداداته، ويُحذف سر العميل والرمز المميز الخاصان به من سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;. Deleting its keychain entries…</source>
        <translation>تمت إزالة &quot;%1&quot;. جارٍ حذف إدخالاته في سلسلة المفاتيح…</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; and its keychain entries.</source>
        <translation>تمت إزالة &quot;%1&quot; وإدخالاته في سلسلة المفاتيح.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;, but its keychain entries could not be deleted: %2</source>
        <translation>تمت إزالة &quot;%1&quot;، لكن تعذّر حذف إدخالاته في سلسلة المفاتيح: %2</translation>
    </message>
    <message>
        <source>The connection could not be copied.</source>
        <translation>تعذّر نسخ الاتصال.</translation>
    </message>
    <message>
        <source>Copied as &quot;%1&quot;. Secrets are not copied: enter the secret to sign in.</source>
        <translation>تم النسخ باسم &quot;%1&quot;. لا تُنسخ الأسرار: أدخل السر لتسجيل الدخول.</translation>
    </message>
    <message>
        <source>Paste a token to test the connection.</source>
        <translation>الصق رمزًا مميزًا لاختبار الاتصال.</translation>
    </message>
    <message>
        <source>Enter the client secret to test the connection.</source>
        <translation>أدخل سر العميل لاختبار الاتصال.</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>جارٍ قراءة سلسلة المفاتيح…</translation>
    </message>
    <message>
        <source>No token is stored: paste one to test.</source>
        <translation>لا يوجد رمز مميز مخزَّن: الصق رمزًا للاختبار.</translation>
    </message>
    <message>
        <source>No secret is stored: enter it to test.</source>
        <translation>لا يوجد سر مخزَّن: أدخله للاختبار.</translation>
    </message>
    <message>
        <source>A token is kept in memory for this session, valid until %1. Paste to replace it.</source>
        <translation>يُحتفظ برمز مميز في الذاكرة لهذه الجلسة، صالح حتى %1. الصق رمزًا لاستبداله.</translation>
    </message>
    <message>
        <source>A token is stored in the keychain, valid until %1. Paste to replace it.</source>
        <translation>يوجد رمز مميز مخزَّن في سلسلة المفاتيح، صالح حتى %1. الصق رمزًا لاستبداله.</translation>
    </message>
    <message>
        <source>A token is kept in memory for this session with no known expiry: it is used until the server refuses it. Paste to replace it.</source>
        <translation>يُحتفظ برمز مميز في الذاكرة لهذه الجلسة دون تاريخ انتهاء صلاحية معروف: يُستخدم إلى أن يرفضه الخادم. الصق رمزًا لاستبداله.</translation>
    </message>
    <message>
        <source>A token is stored in the keychain with no known expiry: it is used until the server refuses it. Paste to replace it.</source>
        <translation>يوجد رمز مميز مخزَّن في سلسلة المفاتيح دون تاريخ انتهاء صلاحية معروف: يُستخدم إلى أن يرفضه الخادم. الصق رمزًا لاستبداله.</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>The demo simulator could not start: %1</source>
        <translation>تعذّر بدء المحاكي التجريبي: %1</translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation>المستأجر التجريبي</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 على %2</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>إظهار هذه التعليمات.</translation>
    </message>
    <message>
        <source>Print the differences as JSON instead of a summary.</source>
        <translation>طباعة الاختلافات بصيغة JSON بدلًا من ملخص.</translation>
    </message>
    <message>
        <source>The older file.</source>
        <translation>الملف الأقدم.</translation>
    </message>
    <message>
        <source>The newer file.</source>
        <translation>الملف الأحدث.</translation>
    </message>
    <message>
        <source>Try &apos;orchestration-console diff --help&apos;.</source>
        <translation>جرّب &apos;orchestration-console diff --help&apos;.</translation>
    </message>
    <message>
        <source>note: %1: %2</source>
        <translation>ملاحظة: %1: %2</translation>
    </message>
    <message>
        <source>note: one file holds full records and the other only columns; most records will differ for that reason alone.</source>
        <translation>ملاحظة: يحتوي أحد الملفين على سجلات كاملة والآخر على الأعمدة فقط؛ ستختلف معظم السجلات لهذا السبب وحده.</translation>
    </message>
    <message>
        <source>Compares two sides, each an exported file (or raw API page response) or the live orchestrations of a saved connection profile: orchestrations added, removed and changed, and for each changed one the fields that differ. The first side given is the older. Records are matched by id (or by name with --match name); key order and number spelling alone are no change; bots and agents are matched by their ids, and a new order of the same ids is reported.
Exit codes: 0 no differences, 1 differences, 2 usage, 4 a side cannot be read or loaded, or the result cannot be written.</source>
        <translation>يقارن بين جانبين، كل منهما ملف مُصدَّر (أو استجابة صفحة API خام) أو التنسيقات المباشرة لملف تعريف اتصال محفوظ: التنسيقات المُضافة والمُزالة والمتغيّرة، ولكل تنسيق متغيّر الحقول المختلفة. الجانب المذكور أولًا هو الأقدم. تُطابَق السجلات حسب المعرّف (أو حسب الاسم مع --match name)؛ ولا يُعدّ اختلاف ترتيب المفاتيح أو طريقة كتابة الأرقام وحده تغييرًا؛ وتُطابَق الروبوتات والوكلاء حسب معرّفاتهم، ويُبلَّغ عن أي ترتيب جديد للمعرّفات نفسها.
رموز الخروج: 0 لا توجد اختلافات، 1 توجد اختلافات، 2 خطأ في الاستخدام، 4 تعذّرت قراءة جانب أو تحميله، أو تعذّرت كتابة النتيجة.</translation>
    </message>
    <message>
        <source>A side: every orchestration of the saved connection profile NAME, loaded live with its secret from the system keychain. Given twice, compares two tenants.</source>
        <translation>جانب: كل تنسيقات ملف تعريف الاتصال المحفوظ المسمّى الاسم، تُحمَّل مباشرةً مع سرّه من سلسلة مفاتيح النظام. عند ذكره مرتين، يقارن بين مستأجرَين.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Pair records by id (default) or by name: the same orchestration has different ids in two tenants. By name, ids are not compared, and a name that several records of one side carry is reported, not paired.</source>
        <translation>إقران السجلات حسب المعرّف (الافتراضي) أو حسب الاسم: للتنسيق نفسه معرّفات مختلفة في مستأجرَين. عند الإقران حسب الاسم، لا تُقارن المعرّفات، ويُبلَّغ عن أي اسم تحمله عدة سجلات في جانب واحد دون إقرانه.</translation>
    </message>
    <message>
        <source>id|name</source>
        <translation>id|name</translation>
    </message>
    <message>
        <source>Usage: orchestration-console diff [--json] [--match id|name] A.json|--profile A B.json|--profile B</source>
        <translation>الاستخدام: orchestration-console diff [--json] [--match id|name] A.json|--profile A B.json|--profile B</translation>
    </message>
    <message>
        <source>--profile needs the name of a saved connection profile.</source>
        <translation>يحتاج --profile إلى اسم ملف تعريف اتصال محفوظ.</translation>
    </message>
    <message>
        <source>diff needs two files, two profiles (--profile NAME), or one of each.</source>
        <translation>يحتاج diff إلى ملفين، أو ملفي تعريف (--profile الاسم)، أو واحد من كل منهما.</translation>
    </message>
    <message>
        <source>diff compares two sides, not %1.</source>
        <translation>يقارن diff بين جانبين، لا %1.</translation>
    </message>
    <message>
        <source>--match takes id or name, not &quot;%1&quot;.</source>
        <translation>يقبل --match القيمة id أو name، لا &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 من %3</translation>
    </message>
    <message>
        <source>Loading orchestrations: %1</source>
        <translation>جارٍ تحميل التنسيقات: %1</translation>
    </message>
</context>
<context>
    <name>DiffListModel</name>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>الحقول</translation>
    </message>
    <message>
        <source>Old: %1
New: %2</source>
        <translation>القديم: %1
الجديد: %2</translation>
    </message>
</context>
<context>
    <name>EnvironmentBand</name>
    <message>
        <source>Environment: %1</source>
        <translation>البيئة: %1</translation>
    </message>
    <message>
        <source>Connected to %1, marked &quot;%2&quot;</source>
        <translation>متصل بـ %1، بالتسمية &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>إعادة المحاو&amp;لة</translation>
    </message>
    <message>
        <source>&amp;Edit connection…</source>
        <translation>تح&amp;رير الاتصال…</translation>
    </message>
    <message>
        <source>Hide error</source>
        <translation>إخفاء الخطأ</translation>
    </message>
    <message>
        <source>Open the connection&apos;s settings: client id, secret and scope</source>
        <translation>فتح إعدادات الاتصال: معرّف العميل والسر والنطاق</translation>
    </message>
    <message>
        <source>The client may not read orchestrations: check the connection&apos;s scope, or ask your tenant&apos;s administrator for access.</source>
        <translation>لا يُسمح للعميل بقراءة التنسيقات: تحقق من نطاق الاتصال، أو اطلب الوصول من مسؤول المستأجر.</translation>
    </message>
    <message>
        <source>The tenant refused the client id or secret: check them in the connection&apos;s settings.</source>
        <translation>رفض المستأجر معرّف العميل أو السر: تحقق منهما في إعدادات الاتصال.</translation>
    </message>
    <message>
        <source>The connection to the server was lost. Check your network or VPN, then press Retry.</source>
        <translation>فُقد الاتصال بالخادم. تحقق من الشبكة أو VPN، ثم اضغط &quot;إعادة المحاولة&quot;.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Press Retry, or try again later.</source>
        <translation>لم يُجب الخادم في الوقت المحدد. اضغط &quot;إعادة المحاولة&quot;، أو حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted: the connection may not be private. Check the address, or ask your administrator.</source>
        <translation>لم تُقبل شهادة الخادم: قد لا يكون الاتصال خاصًا. تحقق من العنوان، أو اسأل المسؤول.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>رمز الخطأ: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>حالة HTTP: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>النوع: %1</translation>
    </message>
    <message>
        <source>Developer message: %1</source>
        <translation>رسالة المطوّر: %1</translation>
    </message>
    <message>
        <source>Detail: %1 = %2</source>
        <translation>التفاصيل: %1 = %2</translation>
    </message>
    <message>
        <source>OAuth error: %1</source>
        <translation>خطأ OAuth: %1</translation>
    </message>
    <message>
        <source>OAuth description: %1</source>
        <translation>وصف OAuth: %1</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>الشبكة: %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>الرسالة: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>الموضع: %1</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>ت&amp;فاصيل</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>The system keychain is not available (%1); set %2 to export with the profile &quot;%3&quot;.</source>
        <translation>سلسلة مفاتيح النظام غير متوفرة (%1)؛ عيّن %2 للتصدير باستخدام ملف التعريف &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1 Save it in the console&apos;s connection dialog, or set %2.</source>
        <translation>%1 احفظه في مربع حوار الاتصالات في وحدة التحكم، أو عيّن %2.</translation>
    </message>
    <message>
        <source>The demo simulator could not start: %1</source>
        <translation>تعذّر بدء المحاكي التجريبي: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>تحذير: %1</translation>
    </message>
    <message>
        <source>export incomplete, nothing written: %1. --allow-incomplete writes it anyway.</source>
        <translation>التصدير غير مكتمل، لم يُكتب شيء: %1. يكتبه --allow-incomplete على أي حال.</translation>
    </message>
    <message>
        <source>Incomplete: %1.</source>
        <translation>غير مكتمل: %1.</translation>
    </message>
    <message>
        <source>export failed: %1</source>
        <translation>فشل التصدير: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n orchestration(s).</source>
        <translation>
            <numerusform>تم تصدير %n تنسيق.</numerusform>
            <numerusform>تم تصدير %n تنسيق.</numerusform>
            <numerusform>تم تصدير %n تنسيقين.</numerusform>
            <numerusform>تم تصدير %n تنسيقات.</numerusform>
            <numerusform>تم تصدير %n تنسيقًا.</numerusform>
            <numerusform>تم تصدير %n تنسيق.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try &apos;orchestration-console export --help&apos;.</source>
        <translation>جرّب &apos;orchestration-console export --help&apos;.</translation>
    </message>
    <message>
        <source>(--max-records and --max-bytes set the limits.)</source>
        <translation>(يعيّن --max-records و--max-bytes الحدود.)</translation>
    </message>
    <message numerus="yes">
        <source>Fetching orchestrations: %L1 of %Ln</source>
        <translation>
            <numerusform>جارٍ إحضار التنسيقات: %L1 من أصل %Ln</numerusform>
            <numerusform>جارٍ إحضار التنسيقات: %L1 من أصل %Ln</numerusform>
            <numerusform>جارٍ إحضار التنسيقات: %L1 من أصل %Ln</numerusform>
            <numerusform>جارٍ إحضار التنسيقات: %L1 من أصل %Ln</numerusform>
            <numerusform>جارٍ إحضار التنسيقات: %L1 من أصل %Ln</numerusform>
            <numerusform>جارٍ إحضار التنسيقات: %L1 من أصل %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Exports orchestrations to JSON, records exactly as the server sent them.
The client secret is read from %1, or a ready bearer token from %2; never from the command line; --client-secret-stdin reads the secret from standard input instead. With --profile, the profile&apos;s secret and cached token come from the system keychain (%1 still overrides the secret).
Exit codes: 0 ok, 2 usage, 3 authentication/authorization, 4 server/network/data error after retries, an incomplete export or a budget exceeded, 5 cannot write the output.</source>
        <translation>يصدّر التنسيقات إلى JSON، والسجلات تمامًا كما أرسلها الخادم.
يُقرأ سر العميل من %1، أو رمز مميز لحامله جاهز من %2؛ ولا يُقرأ أبدًا من سطر الأوامر؛ ويقرأ --client-secret-stdin السر من الإدخال القياسي بدلًا من ذلك. مع --profile، يأتي سر ملف التعريف ورمزه المميز المخزَّن مؤقتًا من سلسلة مفاتيح النظام (ولا يزال %1 يتجاوز السر).
رموز الخروج: 0 نجاح، 2 خطأ في الاستخدام، 3 المصادقة/التخويل، 4 خطأ في الخادم/الشبكة/البيانات بعد إعادة المحاولات، أو تصدير غير مكتمل، أو تجاوز حد، 5 تتعذّر كتابة الإخراج.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>إظهار هذه التعليمات.</translation>
    </message>
    <message>
        <source>Export from the embedded demo simulator.</source>
        <translation>التصدير من المحاكي التجريبي المضمّن.</translation>
    </message>
    <message>
        <source>Use the saved connection profile NAME (its URLs, client id and scope; the secret from the keychain).</source>
        <translation>استخدام ملف تعريف الاتصال المحفوظ الذي يحمل الاسم (عناوين URL الخاصة به ومعرّف العميل والنطاق؛ والسر من سلسلة المفاتيح).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>API base URL, e.g. https://api.egain.cloud/conversation/conversationmgr/v3.</source>
        <translation>عنوان URL الأساسي لـ API، مثل https://api.egain.cloud/conversation/conversationmgr/v3.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>OAuth 2.0 token URL of the tenant.</source>
        <translation>عنوان URL للرمز المميز OAuth 2.0 الخاص بالمستأجر.</translation>
    </message>
    <message>
        <source>OAuth 2.0 client id.</source>
        <translation>معرّف عميل OAuth 2.0.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Scope to ask for (default: %1).</source>
        <translation>النطاق المطلوب (الافتراضي: %1).</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <source>Export every page (default).</source>
        <translation>تصدير كل الصفحات (الافتراضي).</translation>
    </message>
    <message>
        <source>Export page N only (1-based).</source>
        <translation>تصدير الصفحة N فقط (يبدأ الترقيم من 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Records to ask for per page (default %1 for one page, %2 for all; the server may grant fewer).</source>
        <translation>عدد السجلات المطلوبة في كل صفحة (الافتراضي %1 لصفحة واحدة، و%2 للكل؛ قد يمنح الخادم عددًا أقل).</translation>
    </message>
    <message>
        <source>Write to FILE, or - for standard output (default).</source>
        <translation>الكتابة في الملف، أو - للإخراج القياسي (الافتراضي).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Retries per request on transient errors (default 3).</source>
        <translation>عدد مرات إعادة المحاولة لكل طلب عند الأخطاء العابرة (الافتراضي 3).</translation>
    </message>
    <message>
        <source>Seconds without data before a request fails (default 30).</source>
        <translation>عدد الثواني دون بيانات قبل فشل الطلب (الافتراضي 30).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>الثواني</translation>
    </message>
    <message>
        <source>With --all: stop with an error after N orchestrations (default %1), so a server that never ends cannot exhaust memory.</source>
        <translation>مع --all: التوقف بخطأ بعد N من التنسيقات (الافتراضي %1)، حتى لا يستنفد خادم لا ينتهي الذاكرة.</translation>
    </message>
    <message>
        <source>With --all: stop with an error after SIZE bytes of records (default %1M; K, M and G suffixes).</source>
        <translation>مع --all: التوقف بخطأ بعد بلوغ السجلات الحجم بالبايت (الافتراضي %1M؛ اللواحق K وM وG).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Write the export even when it lacks records the server announced (exit 0; what is missing is said on standard error and in exportInfo.warnings). Without it, an incomplete export writes nothing and exits 4.</source>
        <translation>كتابة التصدير حتى إن نقصته سجلات أعلن عنها الخادم (رمز الخروج 0؛ يُذكر الناقص في الخطأ القياسي وفي exportInfo.warnings). من دونه، لا يكتب التصدير غير المكتمل شيئًا ويخرج بالرمز 4.</translation>
    </message>
    <message>
        <source>Read the client secret from standard input (one line; the trailing newline is dropped) instead of %1.</source>
        <translation>قراءة سر العميل من الإدخال القياسي (سطر واحد؛ يُحذف حرف السطر الجديد في آخره) بدلًا من %1.</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Usage: orchestration-console export [options]</source>
        <translation>الاستخدام: orchestration-console export [الخيارات]</translation>
    </message>
    <message>
        <source>Secrets are not accepted on the command line (they would show in the process list and shell history). Use --client-secret-stdin, or set %1 or %2 instead.</source>
        <translation>لا تُقبل الأسرار في سطر الأوامر (لأنها ستظهر في قائمة العمليات وسجل الأوامر في الواجهة). استخدم --client-secret-stdin، أو عيّن %1 أو %2 بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>وسيطة غير متوقعة &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--demo cannot be combined with --base-url, --token-url or --client-id.</source>
        <translation>لا يمكن الجمع بين --demo و--base-url أو --token-url أو --client-id.</translation>
    </message>
    <message>
        <source>--profile needs the name of a saved connection.</source>
        <translation>يحتاج --profile إلى اسم اتصال محفوظ.</translation>
    </message>
    <message>
        <source>--profile takes the connection from the profile: it cannot be combined with --demo, --base-url, --token-url, --client-id or --scope.</source>
        <translation>يأخذ --profile الاتصال من ملف التعريف: لا يمكن الجمع بينه وبين --demo أو --base-url أو --token-url أو --client-id أو --scope.</translation>
    </message>
    <message>
        <source>Say where to export from: --demo, --profile NAME, or --base-url, --token-url and --client-id.</source>
        <translation>حدّد مصدر التصدير: --demo، أو --profile الاسم، أو --base-url و--token-url و--client-id.</translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation>--base-url: %1</translation>
    </message>
    <message>
        <source>--token-url: %1</source>
        <translation>--token-url: %1</translation>
    </message>
    <message>
        <source>--client-id must not be empty.</source>
        <translation>يجب ألا يكون --client-id فارغًا.</translation>
    </message>
    <message>
        <source>--scope must not be empty.</source>
        <translation>يجب ألا يكون --scope فارغًا.</translation>
    </message>
    <message>
        <source>Use either --all or --page N, not both.</source>
        <translation>استخدم إما --all أو --page N، وليس كليهما.</translation>
    </message>
    <message>
        <source>--page takes a page number from 1 up, not &quot;%1&quot;.</source>
        <translation>يأخذ --page رقم صفحة من 1 فما فوق، وليس &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--page-size takes a number from 1 to 1000, not &quot;%1&quot;.</source>
        <translation>يأخذ --page-size رقمًا من 1 إلى 1000، وليس &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--output needs a file name, or - for standard output.</source>
        <translation>يحتاج --output إلى اسم ملف، أو - للإخراج القياسي.</translation>
    </message>
    <message>
        <source>--retries takes a number from 0 to 10, not &quot;%1&quot;.</source>
        <translation>يأخذ --retries رقمًا من 0 إلى 10، وليس &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--timeout takes seconds from 1 to 3600, not &quot;%1&quot;.</source>
        <translation>يأخذ --timeout عدد ثوانٍ من 1 إلى 3600، وليس &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--max-records takes a number from 1 up, not &quot;%1&quot;.</source>
        <translation>يأخذ --max-records رقمًا من 1 فما فوق، وليس &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--max-bytes takes a size from 1 up (e.g. 800M), not &quot;%1&quot;.</source>
        <translation>يأخذ --max-bytes حجمًا من 1 فما فوق (مثل 800M)، وليس &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--demo signs in by itself: it takes no --client-secret-stdin.</source>
        <translation>يسجّل --demo الدخول بنفسه: لا يقبل --client-secret-stdin.</translation>
    </message>
    <message>
        <source>Not every orchestration arrived, so nothing was recorded.</source>
        <translation>لم تصل كل التنسيقات، لذا لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>The history was not recorded: %1</source>
        <translation>لم تُسجَّل المحفوظات: %1</translation>
    </message>
    <message>
        <source>warning: the history was not recorded: %1</source>
        <translation>تحذير: لم تُسجَّل المحفوظات: %1</translation>
    </message>
    <message>
        <source>Nothing changed since the snapshot of %1; nothing recorded.</source>
        <translation>لم يتغيّر شيء منذ لقطة %1؛ لم يُسجَّل شيء.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n orchestration(s), the first snapshot.</source>
        <translation>
            <numerusform>تم تسجيل %n تنسيق، وهي اللقطة الأولى.</numerusform>
            <numerusform>تم تسجيل %n تنسيق، وهي اللقطة الأولى.</numerusform>
            <numerusform>تم تسجيل %n تنسيقين، وهي اللقطة الأولى.</numerusform>
            <numerusform>تم تسجيل %n تنسيقات، وهي اللقطة الأولى.</numerusform>
            <numerusform>تم تسجيل %n تنسيقًا، وهي اللقطة الأولى.</numerusform>
            <numerusform>تم تسجيل %n تنسيق، وهي اللقطة الأولى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n orchestration(s): %1 added, %2 removed, %3 changed.</source>
        <translation>
            <numerusform>تم تسجيل %n تنسيق: أُضيف %1، وأُزيل %2، وتغيّر %3.</numerusform>
            <numerusform>تم تسجيل %n تنسيق: أُضيف %1، وأُزيل %2، وتغيّر %3.</numerusform>
            <numerusform>تم تسجيل %n تنسيقين: أُضيف %1، وأُزيل %2، وتغيّر %3.</numerusform>
            <numerusform>تم تسجيل %n تنسيقات: أُضيف %1، وأُزيل %2، وتغيّر %3.</numerusform>
            <numerusform>تم تسجيل %n تنسيقًا: أُضيف %1، وأُزيل %2، وتغيّر %3.</numerusform>
            <numerusform>تم تسجيل %n تنسيق: أُضيف %1، وأُزيل %2، وتغيّر %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write compact JSON, one orchestration per line, instead of indented.</source>
        <translation>كتابة JSON مضغوط، تنسيق واحد في كل سطر، بدلًا من JSON بمسافات بادئة.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Not paging: all loaded orchestrations are shown.</source>
        <translation>بلا ترقيم صفحات: تظهر كل التنسيقات المحمّلة.</translation>
    </message>
    <message>
        <source>Every page is fetched first</source>
        <translation>تُحضَر كل الصفحات أولًا</translation>
    </message>
    <message>
        <source>No rows are selected.</source>
        <translation>لم يتم تحديد أي صفوف.</translation>
    </message>
    <message>
        <source>%1 of &quot;%2&quot;</source>
        <translation>%1 من &quot;%2&quot;</translation>
    </message>
    <message>
        <source>No field is selected in the inspector.</source>
        <translation>لم يتم تحديد أي حقل في لوحة الفحص.</translation>
    </message>
    <message>
        <source>The pages not loaded yet are fetched first.</source>
        <translation>تُحضَر أولًا الصفحات التي لم تُحمَّل بعد.</translation>
    </message>
    <message>
        <source>The file holds the node and the orchestration it belongs to.</source>
        <translation>يحتوي الملف على العقدة والتنسيق الذي تنتمي إليه.</translation>
    </message>
    <message>
        <source>Fetching every page for the export…</source>
        <translation>جارٍ إحضار كل الصفحات للتصدير…</translation>
    </message>
    <message>
        <source>Cancelled while fetching; nothing was written.</source>
        <translation>أُلغي أثناء الإحضار؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Not every page could be fetched, so nothing was written: %1</source>
        <translation>تعذّر إحضار كل الصفحات، لذا لم يُكتب شيء: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>The export is incomplete: %1.</source>
        <translation>التصدير غير مكتمل: %1.</translation>
    </message>
    <message>
        <source>Write the orchestrations that were received to %1 anyway? The file will say that it is incomplete.</source>
        <translation>هل تريد كتابة التنسيقات التي وصلت إلى %1 على أي حال؟ سيذكر الملف أنه غير مكتمل.</translation>
    </message>
    <message>
        <source>Write Incomplete Export</source>
        <translation>كتابة تصدير غير مكتمل</translation>
    </message>
    <message>
        <source>The export is incomplete (%1); nothing was written.</source>
        <translation>التصدير غير مكتمل (%1)؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Incomplete: %1.</source>
        <translation>غير مكتمل: %1.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>جارٍ كتابة %1…</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not changed.</source>
        <translation>أُلغي التصدير؛ لم يتغيّر %1.</translation>
    </message>
    <message>
        <source>%1

Nothing was changed: any earlier file of that name is as it was.</source>
        <translation>%1

لم يتغيّر شيء: أي ملف سابق بهذا الاسم بقي كما كان.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown of %L1 loaded</source>
        <translation>
            <numerusform>%Ln تنسيق معروض من أصل %L1 محمّلة</numerusform>
            <numerusform>%Ln تنسيق معروض من أصل %L1 محمّلة</numerusform>
            <numerusform>%Ln تنسيقان معروضان من أصل %L1 محمّلة</numerusform>
            <numerusform>%Ln تنسيقات معروضة من أصل %L1 محمّلة</numerusform>
            <numerusform>%Ln تنسيقًا معروضًا من أصل %L1 محمّلة</numerusform>
            <numerusform>%Ln تنسيق معروض من أصل %L1 محمّلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s)</source>
        <translation>
            <numerusform>%Ln تنسيق</numerusform>
            <numerusform>%Ln تنسيق</numerusform>
            <numerusform>%Ln تنسيقان</numerusform>
            <numerusform>%Ln تنسيقات</numerusform>
            <numerusform>%Ln تنسيقًا</numerusform>
            <numerusform>%Ln تنسيق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Page %1: %Ln orchestration(s), in server order</source>
        <translation>
            <numerusform>الصفحة %1: %Ln تنسيق، بترتيب الخادم</numerusform>
            <numerusform>الصفحة %1: %Ln تنسيق، بترتيب الخادم</numerusform>
            <numerusform>الصفحة %1: %Ln تنسيقان، بترتيب الخادم</numerusform>
            <numerusform>الصفحة %1: %Ln تنسيقات، بترتيب الخادم</numerusform>
            <numerusform>الصفحة %1: %Ln تنسيقًا، بترتيب الخادم</numerusform>
            <numerusform>الصفحة %1: %Ln تنسيق، بترتيب الخادم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s), in server order</source>
        <translation>
            <numerusform>%Ln تنسيق، بترتيب الخادم</numerusform>
            <numerusform>%Ln تنسيق، بترتيب الخادم</numerusform>
            <numerusform>%Ln تنسيقان، بترتيب الخادم</numerusform>
            <numerusform>%Ln تنسيقات، بترتيب الخادم</numerusform>
            <numerusform>%Ln تنسيقًا، بترتيب الخادم</numerusform>
            <numerusform>%Ln تنسيق، بترتيب الخادم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s); those not loaded yet are fetched first</source>
        <translation>
            <numerusform>%Ln تنسيق؛ تُحضَر أولًا التنسيقات التي لم تُحمَّل بعد</numerusform>
            <numerusform>%Ln تنسيق؛ تُحضَر أولًا التنسيقات التي لم تُحمَّل بعد</numerusform>
            <numerusform>%Ln تنسيقان؛ تُحضَر أولًا التنسيقات التي لم تُحمَّل بعد</numerusform>
            <numerusform>%Ln تنسيقات؛ تُحضَر أولًا التنسيقات التي لم تُحمَّل بعد</numerusform>
            <numerusform>%Ln تنسيقًا؛ تُحضَر أولًا التنسيقات التي لم تُحمَّل بعد</numerusform>
            <numerusform>%Ln تنسيق؛ تُحضَر أولًا التنسيقات التي لم تُحمَّل بعد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s), in view order</source>
        <translation>
            <numerusform>%Ln تنسيق، بترتيب العرض</numerusform>
            <numerusform>%Ln تنسيق، بترتيب العرض</numerusform>
            <numerusform>%Ln تنسيقان، بترتيب العرض</numerusform>
            <numerusform>%Ln تنسيقات، بترتيب العرض</numerusform>
            <numerusform>%Ln تنسيقًا، بترتيب العرض</numerusform>
            <numerusform>%Ln تنسيق، بترتيب العرض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln orchestration(s) to %1 (%2).</source>
        <translation>
            <numerusform>تم تصدير %Ln تنسيق إلى %1 (%2).</numerusform>
            <numerusform>تم تصدير %Ln تنسيق إلى %1 (%2).</numerusform>
            <numerusform>تم تصدير %Ln تنسيقين إلى %1 (%2).</numerusform>
            <numerusform>تم تصدير %Ln تنسيقات إلى %1 (%2).</numerusform>
            <numerusform>تم تصدير %Ln تنسيقًا إلى %1 (%2).</numerusform>
            <numerusform>تم تصدير %Ln تنسيق إلى %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds the row of the orchestration the node belongs to.</source>
        <translation>يحتوي الملف على صف التنسيق الذي تنتمي إليه العقدة.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>The current &amp;view (filter and sort as shown)</source>
        <translation>ال&amp;عرض الحالي (التصفية والفرز كما يظهران)</translation>
    </message>
    <message>
        <source>The current &amp;page</source>
        <translation>ال&amp;صفحة الحالية</translation>
    </message>
    <message>
        <source>&amp;All pages</source>
        <translation>&amp;كل الصفحات</translation>
    </message>
    <message>
        <source>The &amp;selected rows</source>
        <translation>الصفوف ال&amp;محددة</translation>
    </message>
    <message>
        <source>The inspector&apos;s selected &amp;node</source>
        <translation>الع&amp;قدة المحددة في لوحة الفحص</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>ما سيتم تصديره</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <source>&amp;Full records, exactly as received (lossless)</source>
        <translation>ال&amp;سجلات الكاملة، تمامًا كما وردت (دون فقد)</translation>
    </message>
    <message>
        <source>Visible &amp;columns only, as flat objects</source>
        <translation>الأعم&amp;دة المرئية فقط، ككائنات مسطّحة</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>استع&amp;راض…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder. Choose a file name.</source>
        <translation>&quot;%1&quot; مجلد. اختر اسم ملف.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist. Choose another folder.</source>
        <translation>المجلد &quot;%1&quot; غير موجود. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder. Choose another folder.</source>
        <translation>&quot;%1&quot; ليس مجلدًا. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be written to. Choose another folder.</source>
        <translation>لا يمكن الكتابة في المجلد &quot;%1&quot;. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is read-only. Choose another name.</source>
        <translation>&quot;%1&quot; للقراءة فقط. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>تصدير إلى</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>ملفات JSON (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>هل تريد استبدال الملف؟</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. Replace it?

The old file stays as it is until the new one is completely written.</source>
        <translation>&quot;%1&quot; موجود بالفعل. هل تريد استبداله؟

يبقى الملف القديم كما هو حتى تكتمل كتابة الملف الجديد.</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>المل&amp;ف:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s), about %1.</source>
        <translation>
            <numerusform>%Ln تنسيق، حوالي %1.</numerusform>
            <numerusform>%Ln تنسيق، حوالي %1.</numerusform>
            <numerusform>%Ln تنسيقان، حوالي %1.</numerusform>
            <numerusform>%Ln تنسيقات، حوالي %1.</numerusform>
            <numerusform>%Ln تنسيقًا، حوالي %1.</numerusform>
            <numerusform>%Ln تنسيق، حوالي %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s).</source>
        <translation>
            <numerusform>%Ln تنسيق.</numerusform>
            <numerusform>%Ln تنسيق.</numerusform>
            <numerusform>%Ln تنسيقان.</numerusform>
            <numerusform>%Ln تنسيقات.</numerusform>
            <numerusform>%Ln تنسيقًا.</numerusform>
            <numerusform>%Ln تنسيق.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>&amp;Indented JSON</source>
        <translation>JSON بمسافات &amp;بادئة</translation>
    </message>
    <message>
        <source>Co&amp;mpact JSON</source>
        <translation>JSON م&amp;ضغوط</translation>
    </message>
    <message>
        <source>CSV for sprea&amp;dsheets</source>
        <translation>CSV ل&amp;جداول البيانات</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ملفات CSV (*.csv);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>ExportDocument</name>
    <message>
        <source>The file&apos;s exportInfo is not a JSON object.</source>
        <translation>الحقل exportInfo في الملف ليس كائن JSON.</translation>
    </message>
    <message>
        <source>The file&apos;s exportInfo.%1 has the wrong type.</source>
        <translation>الحقل exportInfo.%1 في الملف من نوع خاطئ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time.</source>
        <translation>&quot;%1&quot; ليس تاريخًا ووقتًا بتنسيق ISO 8601.</translation>
    </message>
    <message numerus="yes">
        <source>The file says it holds %Ln orchestration(s) but holds %L1.</source>
        <translation>
            <numerusform>يذكر الملف أنه يحتوي على %Ln تنسيق لكنه يحتوي على %L1.</numerusform>
            <numerusform>يذكر الملف أنه يحتوي على %Ln تنسيق لكنه يحتوي على %L1.</numerusform>
            <numerusform>يذكر الملف أنه يحتوي على %Ln تنسيقين لكنه يحتوي على %L1.</numerusform>
            <numerusform>يذكر الملف أنه يحتوي على %Ln تنسيقات لكنه يحتوي على %L1.</numerusform>
            <numerusform>يذكر الملف أنه يحتوي على %Ln تنسيقًا لكنه يحتوي على %L1.</numerusform>
            <numerusform>يذكر الملف أنه يحتوي على %Ln تنسيق لكنه يحتوي على %L1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFeedback</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
</context>
<context>
    <name>ExportViewOptions</name>
    <message>
        <source>Only orchestrations matching TEXT, as the window&apos;s search: name, description, id or any nested id; every word must match.</source>
        <translation>التنسيقات التي تطابق النص فقط، كما في بحث النافذة: الاسم أو الوصف أو المعرّف أو أي معرّف متداخل؛ يجب أن تتطابق كل كلمة.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Only active (yes) or inactive (no) orchestrations.</source>
        <translation>التنسيقات النشطة (yes) أو غير النشطة (no) فقط.</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>Write only these columns, as flat objects in this order: %1.</source>
        <translation>كتابة هذه الأعمدة فقط، ككائنات مسطّحة بهذا الترتيب: %1.</translation>
    </message>
    <message>
        <source>KEY,...</source>
        <translation>مفتاح,...</translation>
    </message>
    <message>
        <source>--active takes yes or no, not &quot;%1&quot;.</source>
        <translation>يقبل --active القيمة yes أو no، لا &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--columns: unknown column &quot;%1&quot;; the columns are %2.</source>
        <translation>--columns: عمود غير معروف &quot;%1&quot;؛ الأعمدة هي %2.</translation>
    </message>
    <message>
        <source>--columns names &quot;%1&quot; twice.</source>
        <translation>--columns يذكر &quot;%1&quot; مرتين.</translation>
    </message>
    <message>
        <source>--columns needs at least one column: %1.</source>
        <translation>--columns يحتاج إلى عمود واحد على الأقل: %1.</translation>
    </message>
    <message>
        <source>json (default), or csv for spreadsheets: the columns (--columns, or every column), UTF-8 with a byte order mark.</source>
        <translation>json (الافتراضي)، أو csv لجداول البيانات: الأعمدة (--columns، أو كل الأعمدة)، بترميز UTF-8 مع علامة ترتيب البايت.</translation>
    </message>
    <message>
        <source>json|csv</source>
        <translation>json|csv</translation>
    </message>
    <message>
        <source>--format takes json or csv, not &quot;%1&quot;.</source>
        <translation>يقبل --format القيمة json أو csv، لا &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ExportWriteJob</name>
    <message>
        <source>no file name given.</source>
        <translation>لم يُحدَّد اسم ملف.</translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: %2</source>
        <translation>تعذّر حفظ &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was changed.</source>
        <translation>أُلغي التصدير؛ لم يتغيّر أي ملف.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search name, description or any id (Ctrl+F)</source>
        <translation>البحث في الاسم أو الوصف أو أي معرّف (Ctrl+F)</translation>
    </message>
    <message>
        <source>Matches names, descriptions and ids, including every nested bot, participant, agent and customer id. Paste a UUID to see every orchestration that references it.</source>
        <translation>يطابق الأسماء والأوصاف والمعرّفات، بما فيها كل معرّف متداخل لروبوت أو مشارك أو وكيل أو عميل. الصق UUID لرؤية كل تنسيق يشير إليه.</translation>
    </message>
    <message>
        <source>Search orchestrations</source>
        <translation>البحث في التنسيقات</translation>
    </message>
    <message>
        <source>Active filter</source>
        <translation>عامل تصفية النشاط</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>النشطة وغير النشطة</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>النشطة فقط</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>غير النشطة فقط</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>عامل تصفية النوع</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>أي نوع</translation>
    </message>
    <message>
        <source>Bot only</source>
        <translation>روبوت فقط</translation>
    </message>
    <message>
        <source>Agent only</source>
        <translation>وكيل فقط</translation>
    </message>
    <message>
        <source>Bot + Agent</source>
        <translation>روبوت + وكيل</translation>
    </message>
    <message>
        <source>Has a bot</source>
        <translation>يتضمن روبوتًا</translation>
    </message>
    <message>
        <source>Has agents</source>
        <translation>يتضمن وكلاء</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>&amp;Clear search and filters</source>
        <translation>&amp;مسح البحث وعوامل التصفية</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>مسح البحث</translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>Demo</source>
        <translation>العرض التجريبي</translation>
    </message>
    <message>
        <source>That connection no longer exists.</source>
        <translation>هذا الاتصال لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>جارٍ فتح %1…</translation>
    </message>
    <message>
        <source>%1 Open File → Connections… to enter it.</source>
        <translation>%1 افتح &quot;ملف ← الاتصالات…&quot; لإدخاله.</translation>
    </message>
    <message>
        <source>The stored token could not be deleted: %1</source>
        <translation>تعذّر حذف الرمز المميز المخزَّن: %1</translation>
    </message>
</context>
<context>
    <name>GuiOptions</name>
    <message>
        <source>Try &apos;orchestration-console --help&apos;.</source>
        <translation>جرّب &apos;orchestration-console --help&apos;.</translation>
    </message>
</context>
<context>
    <name>GuiParser</name>
    <message>
        <source>Show this help.</source>
        <translation>إظهار هذه التعليمات.</translation>
    </message>
    <message>
        <source>Open the embedded demo tenant (a simulator with a few thousand orchestrations).</source>
        <translation>فتح المستأجر التجريبي المضمّن (محاكٍ يضم بضعة آلاف من التنسيقات).</translation>
    </message>
    <message>
        <source>API base URL of the tenant.</source>
        <translation>عنوان URL الأساسي لـ API الخاص بالمستأجر.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>OAuth 2.0 token URL of the tenant.</source>
        <translation>عنوان URL للرمز المميز OAuth 2.0 الخاص بالمستأجر.</translation>
    </message>
    <message>
        <source>OAuth 2.0 client id.</source>
        <translation>معرّف عميل OAuth 2.0.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Scope to ask for.</source>
        <translation>النطاق المطلوب.</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <source>system (default), light or dark.</source>
        <translation>system (الافتراضي) أو light أو dark.</translation>
    </message>
    <message>
        <source>SCHEME</source>
        <translation>المخطط</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Opens the Orchestration Console window. Connect with --demo, or with --base-url, --token-url and --client-id and the client secret in %1 (or a ready token in %2).</source>
        <translation>يفتح نافذة Orchestration Console. اتصل باستخدام --demo، أو باستخدام --base-url و--token-url و--client-id مع سر العميل في %1 (أو رمز مميز جاهز في %2).</translation>
    </message>
    <message>
        <source>Language of the window for this run: %1 (default: as chosen in View → Language, else the system&apos;s).</source>
        <translation>لغة النافذة لهذا التشغيل: %1 (الافتراضي: كما اختيرت في عرض ← اللغة، وإلا فلغة النظام).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>وسيطة غير متوقعة &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A connection needs --base-url, --token-url and --client-id.</source>
        <translation>يحتاج الاتصال إلى --base-url و--token-url و--client-id.</translation>
    </message>
    <message>
        <source>--scope needs --base-url, --token-url and --client-id.</source>
        <translation>يحتاج --scope إلى --base-url و--token-url و--client-id.</translation>
    </message>
    <message>
        <source>--color-scheme takes system, light or dark, not &quot;%1&quot;.</source>
        <translation>يأخذ --color-scheme القيمة system أو light أو dark، وليس &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--language takes one of %1, not &quot;%2&quot;.</source>
        <translation>يأخذ --language إحدى القيم %1، وليس &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation>يحتاج --screenshot إلى اسم ملف.</translation>
    </message>
    <message>
        <source>--screenshot needs a source: --demo, or a connection.</source>
        <translation>يحتاج --screenshot إلى مصدر: --demo، أو اتصال.</translation>
    </message>
    <message>
        <source>--window-size takes WIDTHxHEIGHT, e.g. 1280x800, not &quot;%1&quot;.</source>
        <translation>يأخذ --window-size القيمة WIDTHxHEIGHT (العرض×الارتفاع)، مثل 1280x800، وليس &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Usage: orchestration-console [options]
       orchestration-console export [options]  (see &apos;orchestration-console export --help&apos;)
       orchestration-console history list|record|diff --profile NAME  (see &apos;orchestration-console history --help&apos;)
       orchestration-console --version</source>
        <translation>الاستخدام: orchestration-console [خيارات]
           orchestration-console export [خيارات]  (راجع &apos;orchestration-console export --help&apos;)
           orchestration-console history list|record|diff --profile الاسم  (راجع &apos;orchestration-console history --help&apos;)
           orchestration-console --version</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;تعليمات</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>ح&amp;ول Qt</translation>
    </message>
    <message>
        <source>&amp;About Orchestration Console</source>
        <translation>&amp;حول Orchestration Console</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message numerus="yes">
        <source>%n orchestration(s)</source>
        <translation>
            <numerusform>%n تنسيق</numerusform>
            <numerusform>%n تنسيق</numerusform>
            <numerusform>%n تنسيقان</numerusform>
            <numerusform>%n تنسيقات</numerusform>
            <numerusform>%n تنسيقًا</numerusform>
            <numerusform>%n تنسيق</numerusform>
        </translation>
    </message>
    <message>
        <source>(first)</source>
        <translation>(الأولى)</translation>
    </message>
    <message>
        <source>The history of &quot;%1&quot; holds no snapshot yet.</source>
        <translation>لا تحتوي محفوظات &quot;%1&quot; على أي لقطة بعد.</translation>
    </message>
    <message>
        <source>No snapshot was taken at or before %1; the oldest is from %2.</source>
        <translation>لم تُلتقط أي لقطة في %1 أو قبله؛ أقدم لقطة من %2.</translation>
    </message>
    <message>
        <source>note: comparing the snapshot of %1 with the newest, of %2.</source>
        <translation>ملاحظة: تتم مقارنة لقطة %1 بالأحدث، لقطة %2.</translation>
    </message>
    <message>
        <source>The local change history of a connection profile: snapshots of all its orchestrations, recorded by complete loads and exports (when the profile keeps a history) or by &apos;history record&apos;.
  list     the snapshots: when, how many orchestrations, +added -removed ~changed
  record   load all orchestrations and record them (for a scheduled job)
  diff     the differences since --since, as &apos;diff&apos; prints them
Exit codes: list and record as export (0 ok, 2 usage, 3 authentication, 4 server or data, 5 output); diff as diff (0 no differences, 1 differences, 2 usage, 4 no snapshot or unreadable).</source>
        <translation>محفوظات التغييرات المحلية لملف تعريف اتصال: لقطات لكل تنسيقاته، تُسجَّل عند عمليات التحميل والتصدير الكاملة (إذا كان ملف التعريف يحتفظ بالمحفوظات) أو بالأمر &apos;history record&apos;.
  list     اللقطات: متى، وكم تنسيقًا، +مُضاف -مُزال ~متغيّر
  record   تحميل كل التنسيقات وتسجيلها (لمهمة مجدولة)
  diff     الاختلافات منذ --since، كما يطبعها &apos;diff&apos;
رموز الخروج: list وrecord كما في export (0 نجاح، 2 خطأ في الاستخدام، 3 المصادقة، 4 الخادم أو البيانات، 5 الإخراج)؛ diff كما في diff (0 لا توجد اختلافات، 1 توجد اختلافات، 2 خطأ في الاستخدام، 4 لا توجد لقطة أو تتعذّر القراءة).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>إظهار هذه التعليمات.</translation>
    </message>
    <message>
        <source>The saved connection profile whose history to use.</source>
        <translation>ملف تعريف الاتصال المحفوظ الذي تُستخدم محفوظاته.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>diff: compare the newest snapshot taken at or before this date (2026-11-01) or date-time (2026-11-01T09:30, local time unless a zone is given) with the newest.</source>
        <translation>diff: مقارنة أحدث لقطة التُقطت في هذا التاريخ (2026-11-01) أو قبله، أو في هذا التاريخ والوقت (2026-11-01T09:30، بالتوقيت المحلي ما لم تُحدَّد منطقة زمنية) أو قبله، بأحدث لقطة.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>diff: print the differences as JSON instead of a summary.</source>
        <translation>diff: طباعة الاختلافات بصيغة JSON بدلًا من ملخص.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>الإجراء المطلوب.</translation>
    </message>
    <message>
        <source>Usage: orchestration-console history list|record|diff --profile NAME [--since DATE] [--json]</source>
        <translation>الاستخدام: orchestration-console history list|record|diff --profile الاسم [--since التاريخ] [--json]</translation>
    </message>
    <message>
        <source>history needs one of list, record or diff.</source>
        <translation>يحتاج history إلى أحد الأوامر list أو record أو diff.</translation>
    </message>
    <message>
        <source>history needs --profile NAME.</source>
        <translation>يحتاج history إلى --profile الاسم.</translation>
    </message>
    <message>
        <source>history diff needs --since DATE.</source>
        <translation>يحتاج history diff إلى --since التاريخ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (2026-11-01) or date-time (2026-11-01T09:30).</source>
        <translation>&quot;%1&quot; ليس تاريخًا (2026-11-01) أو تاريخًا ووقتًا (2026-11-01T09:30).</translation>
    </message>
    <message>
        <source>--since and --json are for history diff only.</source>
        <translation>الخياران --since و--json مخصصان للأمر history diff فقط.</translation>
    </message>
    <message>
        <source>Try &apos;orchestration-console history --help&apos;.</source>
        <translation>جرّب &apos;orchestration-console history --help&apos;.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>تحذير: %1</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>%1, snapshot taken %2</source>
        <translation>%1، لقطة مُلتقطة في %2</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>المح&amp;فوظات</translation>
    </message>
    <message>
        <source>&amp;Timeline…</source>
        <translation>المخطط ال&amp;زمني…</translation>
    </message>
    <message>
        <source>The snapshots recorded for each connection, and what changed</source>
        <translation>اللقطات المسجّلة لكل اتصال، وما تغيّر</translation>
    </message>
    <message>
        <source>The history was not recorded: %1</source>
        <translation>لم تُسجَّل المحفوظات: %1</translation>
    </message>
    <message>
        <source>History: %1 added, %2 removed, %3 changed since the last snapshot.</source>
        <translation>المحفوظات: أُضيف %1، وأُزيل %2، وتغيّر %3 منذ آخر لقطة.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>مقارنة</translation>
    </message>
    <message>
        <source>Unchanged since %1</source>
        <translation>دون تغيير منذ %1</translation>
    </message>
    <message numerus="yes">
        <source>Changed %n time(s) since %1</source>
        <translation>
            <numerusform>تغيّر %n مرة منذ %1</numerusform>
            <numerusform>تغيّر %n مرة منذ %1</numerusform>
            <numerusform>تغيّر %n مرتين منذ %1</numerusform>
            <numerusform>تغيّر %n مرات منذ %1</numerusform>
            <numerusform>تغيّر %n مرةً منذ %1</numerusform>
            <numerusform>تغيّر %n مرة منذ %1</numerusform>
        </translation>
    </message>
    <message>
        <source>added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>أُزيل</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>تغيّر</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>not a history snapshot, or cut short</source>
        <translation>ليست لقطة محفوظات، أو أنها مبتورة</translation>
    </message>
    <message>
        <source>its checksum does not match: the file is damaged or was not completely written</source>
        <translation>مجموعها الاختباري غير مطابق: الملف تالف أو لم تكتمل كتابته</translation>
    </message>
    <message>
        <source>The history in &quot;%1&quot; is in use by another program.</source>
        <translation>المحفوظات في &quot;%1&quot; قيد الاستخدام من قبل برنامج آخر.</translation>
    </message>
    <message>
        <source>The history snapshot &quot;%1&quot; cannot be read: %2</source>
        <translation>لا يمكن قراءة لقطة المحفوظات &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The history snapshot &quot;%1&quot; is too large.</source>
        <translation>لقطة المحفوظات &quot;%1&quot; كبيرة جدًا.</translation>
    </message>
    <message>
        <source>The history snapshot &quot;%1&quot; was skipped: %2.</source>
        <translation>تم تخطي لقطة المحفوظات &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>The history snapshot &quot;%1&quot; was skipped: it cannot be uncompressed.</source>
        <translation>تم تخطي لقطة المحفوظات &quot;%1&quot;: لا يمكن فك ضغطها.</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>حجمها كبير جدًا</translation>
    </message>
    <message>
        <source>The history folder &quot;%1&quot; cannot be created.</source>
        <translation>لا يمكن إنشاء مجلد المحفوظات &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>HistoryTimelineDialog</name>
    <message>
        <source>Show &amp;changes</source>
        <translation>إظهار ال&amp;تغييرات</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>م&amp;قارنة</translation>
    </message>
    <message>
        <source>History</source>
        <translation>المحفوظات</translation>
    </message>
    <message>
        <source>Select a snapshot to compare it with the one before, or two to compare them with each other</source>
        <translation>حدد لقطة لمقارنتها بالتي قبلها، أو لقطتين لمقارنتهما معًا</translation>
    </message>
    <message>
        <source>Co&amp;nnection:</source>
        <translation>الات&amp;صال:</translation>
    </message>
    <message>
        <source>What changed &amp;since:</source>
        <translation>ما تغيّر م&amp;نذ:</translation>
    </message>
    <message>
        <source>No snapshots yet. Loading all orchestrations (Load all) or exporting all pages of this connection records one.</source>
        <translation>لا توجد لقطات بعد. يؤدي تحميل كل التنسيقات (تحميل الكل) أو تصدير كل صفحات هذا الاتصال إلى تسجيل لقطة.</translation>
    </message>
    <message>
        <source>No snapshot was taken before %1; the oldest is from %2.</source>
        <translation>لم تُلتقط أي لقطة قبل %1؛ أقدم لقطة من %2.</translation>
    </message>
</context>
<context>
    <name>HistoryTimelineModel</name>
    <message>
        <source>Taken</source>
        <translation>وقت الالتقاط</translation>
    </message>
    <message>
        <source>Orchestrations</source>
        <translation>التنسيقات</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>مُضاف</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>مُزال</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>متغيّر</translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>The server sent the response in an encoding that was not asked for (%1).</source>
        <translation>أرسل الخادم الاستجابة بترميز لم يُطلب (%1).</translation>
    </message>
    <message>
        <source>The response&apos;s %1 encoding is broken or cut short.</source>
        <translation>ترميز %1 في الاستجابة تالف أو مقطوع.</translation>
    </message>
    <message>
        <source>The server sent no HTTP status.</source>
        <translation>لم يرسل الخادم أي حالة HTTP.</translation>
    </message>
    <message numerus="yes">
        <source>The response is larger than the limit of %L1 bytes (at least %Ln byte(s)); it was not loaded.</source>
        <translation>
            <numerusform>الاستجابة أكبر من الحد البالغ %L1 بايت (%Ln بايت على الأقل)؛ لم يتم تحميلها.</numerusform>
            <numerusform>الاستجابة أكبر من الحد البالغ %L1 بايت (%Ln بايت على الأقل)؛ لم يتم تحميلها.</numerusform>
            <numerusform>الاستجابة أكبر من الحد البالغ %L1 بايت (%Ln بايت على الأقل)؛ لم يتم تحميلها.</numerusform>
            <numerusform>الاستجابة أكبر من الحد البالغ %L1 بايت (%Ln بايت على الأقل)؛ لم يتم تحميلها.</numerusform>
            <numerusform>الاستجابة أكبر من الحد البالغ %L1 بايت (%Ln بايت على الأقل)؛ لم يتم تحميلها.</numerusform>
            <numerusform>الاستجابة أكبر من الحد البالغ %L1 بايت (%Ln بايت على الأقل)؛ لم يتم تحميلها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection closed %Ln byte(s) before the end of the response.</source>
        <translation>
            <numerusform>أُغلق الاتصال قبل نهاية الاستجابة بـ %Ln بايت.</numerusform>
            <numerusform>أُغلق الاتصال قبل نهاية الاستجابة بـ %Ln بايت.</numerusform>
            <numerusform>أُغلق الاتصال قبل نهاية الاستجابة بـ %Ln بايت.</numerusform>
            <numerusform>أُغلق الاتصال قبل نهاية الاستجابة بـ %Ln بايت.</numerusform>
            <numerusform>أُغلق الاتصال قبل نهاية الاستجابة بـ %Ln بايت.</numerusform>
            <numerusform>أُغلق الاتصال قبل نهاية الاستجابة بـ %Ln بايت.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message numerus="yes">
        <source>%1  (used by %n)</source>
        <translation>
            <numerusform>%1  (يستخدمه %n)</numerusform>
            <numerusform>%1  (يستخدمه %n)</numerusform>
            <numerusform>%1  (يستخدمه %n)</numerusform>
            <numerusform>%1  (يستخدمه %n)</numerusform>
            <numerusform>%1  (يستخدمه %n)</numerusform>
            <numerusform>%1  (يستخدمه %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>نسخ ال&amp;قيمة</translation>
    </message>
    <message>
        <source>Copy &amp;node as JSON</source>
        <translation>نسخ ال&amp;عقدة بصيغة JSON</translation>
    </message>
    <message>
        <source>Copy &amp;orchestration as JSON</source>
        <translation>نسخ ال&amp;تنسيق بصيغة JSON</translation>
    </message>
    <message>
        <source>&amp;Show orchestrations using this id</source>
        <translation>إ&amp;ظهار التنسيقات التي تستخدم هذا المعرّف</translation>
    </message>
    <message>
        <source>Select an orchestration to inspect it.</source>
        <translation>حدد تنسيقًا لفحصه.</translation>
    </message>
    <message>
        <source>The name of the orchestration inspected</source>
        <translation>اسم التنسيق الذي يجري فحصه</translation>
    </message>
    <message>
        <source>The id of the orchestration inspected</source>
        <translation>معرّف التنسيق الذي يجري فحصه</translation>
    </message>
    <message>
        <source>Orchestration fields</source>
        <translation>حقول التنسيق</translation>
    </message>
    <message>
        <source>Every field of the selected orchestration. Enter on an id shows the orchestrations using it.</source>
        <translation>كل حقول التنسيق المحدد. يعرض Enter على معرّف التنسيقات التي تستخدمه.</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON الخام</translation>
    </message>
    <message>
        <source>Orchestration views</source>
        <translation>طرق عرض التنسيق</translation>
    </message>
    <message>
        <source>Raw &amp;JSON</source>
        <translation>JSON ال&amp;خام</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Show the %n orchestration(s) using this id</source>
        <translation>
            <numerusform>إ&amp;ظهار التنسيقات التي تستخدم هذا المعرّف (%n)</numerusform>
            <numerusform>إ&amp;ظهار التنسيق الذي يستخدم هذا المعرّف (%n)</numerusform>
            <numerusform>إ&amp;ظهار التنسيقين اللذين يستخدمان هذا المعرّف (%n)</numerusform>
            <numerusform>إ&amp;ظهار التنسيقات الـ %n التي تستخدم هذا المعرّف</numerusform>
            <numerusform>إ&amp;ظهار التنسيقات الـ %n التي تستخدم هذا المعرّف</numerusform>
            <numerusform>إ&amp;ظهار التنسيقات الـ %n التي تستخدم هذا المعرّف</numerusform>
        </translation>
    </message>
    <message>
        <source>F&amp;ields</source>
        <translation>ال&amp;حقول</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>ال&amp;نظام</translation>
    </message>
    <message>
        <source>Takes effect when the console is started again</source>
        <translation>يسري التغيير عند تشغيل وحدة التحكم مرة أخرى</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo data</source>
        <translation>بيانات تجريبية</translation>
    </message>
    <message>
        <source>Orchestrations</source>
        <translation>التنسيقات</translation>
    </message>
    <message>
        <source>One orchestration per row. Enter opens the row in the inspector; the context menu copies rows.</source>
        <translation>تنسيق واحد في كل صف. يفتح Enter الصف في لوحة الفحص؛ وتنسخ القائمة المختصرة الصفوف.</translation>
    </message>
    <message>
        <source>Load all</source>
        <translation>تحميل الكل</translation>
    </message>
    <message>
        <source>Load every page, so the search and the sort cover the whole tenant</source>
        <translation>تحميل كل الصفحات، ليشمل البحث والفرز المستأجر بأكمله</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <source>Choose what to connect to</source>
        <translation>اختيار ما يتم الاتصال به</translation>
    </message>
    <message>
        <source>Use the &amp;demo tenant</source>
        <translation>استخدام المستأجر ال&amp;تجريبي</translation>
    </message>
    <message>
        <source>&amp;Add connection…</source>
        <translation>إ&amp;ضافة اتصال…</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>الات&amp;صالات…</translation>
    </message>
    <message>
        <source>Add, edit, test, import or remove saved connections</source>
        <translation>إضافة الاتصالات المحفوظة أو تحريرها أو اختبارها أو استيرادها أو إزالتها</translation>
    </message>
    <message>
        <source>Forget the access token (the client secret stays stored)</source>
        <translation>نسيان رمز الوصول (يبقى سر العميل مخزَّنًا)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>Fetch again from the server (F5)</source>
        <translation>الإحضار مرة أخرى من الخادم (F5)</translation>
    </message>
    <message>
        <source>Load &amp;all</source>
        <translation>تحميل ال&amp;كل</translation>
    </message>
    <message>
        <source>Load every page in the background, so sorting and filtering cover the whole tenant (Ctrl+Shift+L)</source>
        <translation>تحميل كل الصفحات في الخلفية، ليشمل الفرز والتصفية المستأجر بأكمله (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>تص&amp;فية</translation>
    </message>
    <message>
        <source>Search by name, description or any id (Ctrl+F); the arrow offers the Active and Kind filters</source>
        <translation>البحث بالاسم أو الوصف أو أي معرّف (Ctrl+F)؛ ويقدّم السهم عاملي تصفية النشاط والنوع</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>تص&amp;دير…</translation>
    </message>
    <message>
        <source>Export the page, all pages, the view, the selected rows or the inspector&apos;s node to JSON (Ctrl+E)</source>
        <translation>تصدير الصفحة أو كل الصفحات أو العرض أو الصفوف المحددة أو عقدة لوحة الفحص إلى JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Open snapshot…</source>
        <translation>&amp;فتح لقطة…</translation>
    </message>
    <message>
        <source>Open an exported file (or a saved API page) read-only</source>
        <translation>فتح ملف مُصدَّر (أو صفحة API محفوظة) للقراءة فقط</translation>
    </message>
    <message>
        <source>Compare an exported file with the live data, or with the snapshot shown: added, removed and changed orchestrations</source>
        <translation>مقارنة ملف مُصدَّر بالبيانات المباشرة، أو باللقطة المعروضة: التنسيقات المُضافة والمُزالة والمتغيّرة</translation>
    </message>
    <message>
        <source>C&amp;lose snapshot</source>
        <translation>إ&amp;غلاق اللقطة</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>الصفحة الأولى</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>الصفحة الأخيرة</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>الأ&amp;عمدة</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <source>You are looking at the embedded simulator, not a real tenant.</source>
        <translation>أنت تشاهد المحاكي المضمّن، لا مستأجرًا حقيقيًا.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Snapshot %1 — Orchestration Console</source>
        <translation>اللقطة %1 — Orchestration Console</translation>
    </message>
    <message>
        <source>%1 — Orchestration Console</source>
        <translation>%1 — Orchestration Console</translation>
    </message>
    <message>
        <source>Orchestration Console</source>
        <translation>Orchestration Console</translation>
    </message>
    <message>
        <source>Signed in, token until %1</source>
        <translation>تم تسجيل الدخول، الرمز المميز حتى %1</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>تم تسجيل الدخول</translation>
    </message>
    <message>
        <source>The access token expires at %1 (UTC %2); a new one is fetched when needed.</source>
        <translation>تنتهي صلاحية رمز الوصول في %1 (UTC %2)؛ يُحضَر رمز جديد عند الحاجة.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>فشل تسجيل الدخول</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>آخر تحديث %1</translation>
    </message>
    <message>
        <source>Last successful load: %1</source>
        <translation>آخر تحميل ناجح: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n loaded orchestration(s) use %1.</source>
        <translation>
            <numerusform>يستخدم %n تنسيق محمّل %1.</numerusform>
            <numerusform>يستخدم %n تنسيق محمّل %1.</numerusform>
            <numerusform>يستخدم %n تنسيقان محمّلان %1.</numerusform>
            <numerusform>يستخدم %n تنسيقات محمّلة %1.</numerusform>
            <numerusform>يستخدم %n تنسيقًا محمّلًا %1.</numerusform>
            <numerusform>يستخدم %n تنسيق محمّل %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading all orchestrations… %1</source>
        <translation>جارٍ تحميل كل التنسيقات… %1</translation>
    </message>
    <message>
        <source>Loading page %1… %2</source>
        <translation>جارٍ تحميل الصفحة %1… %2</translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>تم الإلغاء. %1</translation>
    </message>
    <message>
        <source>Failed. %1</source>
        <translation>فشل. %1</translation>
    </message>
    <message>
        <source>Loading orchestrations…</source>
        <translation>جارٍ تحميل التنسيقات…</translation>
    </message>
    <message>
        <source>There are no orchestrations in this tenant.</source>
        <translation>لا توجد تنسيقات في هذا المستأجر.</translation>
    </message>
    <message>
        <source>Nothing could be loaded. See the message above.</source>
        <translation>تعذّر تحميل أي شيء. راجع الرسالة أعلاه.</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>أُلغي التحميل.</translation>
    </message>
    <message>
        <source>No loaded orchestration matches the filter.</source>
        <translation>لا يطابق أي تنسيق محمّل عامل التصفية.</translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation>إظهار كل الأعمدة</translation>
    </message>
    <message>
        <source>The window was closed before &quot;%1&quot; was read.</source>
        <translation>أُغلقت النافذة قبل قراءة &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Snapshot (read-only)</source>
        <translation>لقطة (للقراءة فقط)</translation>
    </message>
    <message>
        <source>Token from keychain, until %1</source>
        <translation>رمز مميز من سلسلة المفاتيح، حتى %1</translation>
    </message>
    <message>
        <source>Token from keychain</source>
        <translation>رمز مميز من سلسلة المفاتيح</translation>
    </message>
    <message>
        <source>Session only</source>
        <translation>للجلسة فقط</translation>
    </message>
    <message>
        <source>%1 · Session only</source>
        <translation>%1 · للجلسة فقط</translation>
    </message>
    <message>
        <source>The keychain is not available: secrets and tokens are kept in memory for this session only.</source>
        <translation>سلسلة المفاتيح غير متوفرة: تُحفظ الأسرار والرموز المميزة في الذاكرة لهذه الجلسة فقط.</translation>
    </message>
    <message>
        <source>Signed out of %1. Choose it under Connection to sign in again.</source>
        <translation>تم تسجيل الخروج من %1. اختره ضمن &quot;الاتصال&quot; لتسجيل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>تم تسجيل الخروج من %1.</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>ت&amp;سجيل الخروج</translation>
    </message>
    <message>
        <source>Co&amp;mpare with snapshot…</source>
        <translation>&amp;مقارنة مع لقطة…</translation>
    </message>
    <message numerus="yes">
        <source>The search and the sort cover this page only: %L1 of %Ln orchestration(s).</source>
        <translation>
            <numerusform>يشمل البحث والفرز هذه الصفحة فقط: %L1 من أصل %Ln تنسيق.</numerusform>
            <numerusform>يشمل البحث والفرز هذه الصفحة فقط: %L1 من أصل %Ln تنسيق.</numerusform>
            <numerusform>يشمل البحث والفرز هذه الصفحة فقط: %L1 من أصل %Ln تنسيقين.</numerusform>
            <numerusform>يشمل البحث والفرز هذه الصفحة فقط: %L1 من أصل %Ln تنسيقات.</numerusform>
            <numerusform>يشمل البحث والفرز هذه الصفحة فقط: %L1 من أصل %Ln تنسيقًا.</numerusform>
            <numerusform>يشمل البحث والفرز هذه الصفحة فقط: %L1 من أصل %Ln تنسيق.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The search covers this page only: %L1 of %Ln orchestration(s).</source>
        <translation>
            <numerusform>يشمل البحث هذه الصفحة فقط: %L1 من أصل %Ln تنسيق.</numerusform>
            <numerusform>يشمل البحث هذه الصفحة فقط: %L1 من أصل %Ln تنسيق.</numerusform>
            <numerusform>يشمل البحث هذه الصفحة فقط: %L1 من أصل %Ln تنسيقين.</numerusform>
            <numerusform>يشمل البحث هذه الصفحة فقط: %L1 من أصل %Ln تنسيقات.</numerusform>
            <numerusform>يشمل البحث هذه الصفحة فقط: %L1 من أصل %Ln تنسيقًا.</numerusform>
            <numerusform>يشمل البحث هذه الصفحة فقط: %L1 من أصل %Ln تنسيق.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sort covers this page only: %L1 of %Ln orchestration(s).</source>
        <translation>
            <numerusform>يشمل الفرز هذه الصفحة فقط: %L1 من أصل %Ln تنسيق.</numerusform>
            <numerusform>يشمل الفرز هذه الصفحة فقط: %L1 من أصل %Ln تنسيق.</numerusform>
            <numerusform>يشمل الفرز هذه الصفحة فقط: %L1 من أصل %Ln تنسيقين.</numerusform>
            <numerusform>يشمل الفرز هذه الصفحة فقط: %L1 من أصل %Ln تنسيقات.</numerusform>
            <numerusform>يشمل الفرز هذه الصفحة فقط: %L1 من أصل %Ln تنسيقًا.</numerusform>
            <numerusform>يشمل الفرز هذه الصفحة فقط: %L1 من أصل %Ln تنسيق.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search and the sort cover this page only.</source>
        <translation>يشمل البحث والفرز هذه الصفحة فقط.</translation>
    </message>
    <message>
        <source>The search covers this page only.</source>
        <translation>يشمل البحث هذه الصفحة فقط.</translation>
    </message>
    <message>
        <source>The sort covers this page only.</source>
        <translation>يشمل الفرز هذه الصفحة فقط.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown of %L1 loaded, %L2 total</source>
        <translation>
            <numerusform>%Ln تنسيق معروض من أصل %L1 محمّلة، %L2 إجمالًا</numerusform>
            <numerusform>%Ln تنسيق معروض من أصل %L1 محمّلة، %L2 إجمالًا</numerusform>
            <numerusform>%Ln تنسيقان معروضان من أصل %L1 محمّلة، %L2 إجمالًا</numerusform>
            <numerusform>%Ln تنسيقات معروضة من أصل %L1 محمّلة، %L2 إجمالًا</numerusform>
            <numerusform>%Ln تنسيقًا معروضًا من أصل %L1 محمّلة، %L2 إجمالًا</numerusform>
            <numerusform>%Ln تنسيق معروض من أصل %L1 محمّلة، %L2 إجمالًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown of %L1 loaded</source>
        <translation>
            <numerusform>%Ln تنسيق معروض من أصل %L1 محمّلة</numerusform>
            <numerusform>%Ln تنسيق معروض من أصل %L1 محمّلة</numerusform>
            <numerusform>%Ln تنسيقان معروضان من أصل %L1 محمّلة</numerusform>
            <numerusform>%Ln تنسيقات معروضة من أصل %L1 محمّلة</numerusform>
            <numerusform>%Ln تنسيقًا معروضًا من أصل %L1 محمّلة</numerusform>
            <numerusform>%Ln تنسيق معروض من أصل %L1 محمّلة</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare co&amp;nnections…</source>
        <translation>مقارنة الاتصا&amp;لات…</translation>
    </message>
    <message>
        <source>Compare two saved connections live, such as staging and production</source>
        <translation>مقارنة اتصالين محفوظين بالبيانات المباشرة، مثل بيئة التجهيز وبيئة الإنتاج</translation>
    </message>
    <message>
        <source>Clear the search, or stop loading when it is empty</source>
        <translation>مسح البحث، أو إيقاف التحميل إذا كان فارغًا</translation>
    </message>
</context>
<context>
    <name>Orchestration</name>
    <message>
        <source>The record is not valid JSON: %1 (at byte %2).</source>
        <translation>السجل ليس JSON صالحًا: %1 (عند البايت %2).</translation>
    </message>
    <message>
        <source>The record is not a JSON object.</source>
        <translation>السجل ليس كائن JSON.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID.</source>
        <translation>&quot;%1&quot; ليس UUID.</translation>
    </message>
    <message>
        <source>Required field is missing.</source>
        <translation>حقل مطلوب مفقود.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time.</source>
        <translation>&quot;%1&quot; ليس تاريخًا ووقتًا بتنسيق ISO 8601.</translation>
    </message>
    <message>
        <source>Neither botConfiguration nor agentConfiguration is present; one of them is required.</source>
        <translation>لا يوجد botConfiguration ولا agentConfiguration؛ يلزم وجود أحدهما.</translation>
    </message>
    <message>
        <source>Must not be negative.</source>
        <translation>يجب ألا تكون القيمة سالبة.</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>قيمة منطقية</translation>
    </message>
    <message>
        <source>number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>string</source>
        <translation>سلسلة نصية</translation>
    </message>
    <message>
        <source>array</source>
        <translation>مصفوفة</translation>
    </message>
    <message>
        <source>object</source>
        <translation>كائن</translation>
    </message>
    <message>
        <source>Expected: %1. Found: %2.</source>
        <translation>المتوقع: %1. الموجود: %2.</translation>
    </message>
</context>
<context>
    <name>OrchestrationDiff</name>
    <message>
        <source>(absent)</source>
        <translation>(غير موجود)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>بلا معرّف</translation>
    </message>
    <message>
        <source>order %1 -&gt; %2</source>
        <translation>الترتيب من %1 إلى %2</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed, %4 unchanged.</source>
        <translation>أُضيف %1، وأُزيل %2، وتغيّر %3، وبقي %4 دون تغيير.</translation>
    </message>
    <message>
        <source>%1: the old side has %2 (%3), not compared</source>
        <translation>%1: عدد السجلات بهذا الاسم في الجانب القديم %2 (%3)، لم تتم مقارنتها</translation>
    </message>
    <message>
        <source>%1: the new side has %2 (%3), not compared</source>
        <translation>%1: عدد السجلات بهذا الاسم في الجانب الجديد %2 (%3)، لم تتم مقارنتها</translation>
    </message>
</context>
<context>
    <name>OrchestrationLoader</name>
    <message>
        <source>Page %1 was asked for but the server answered page %2; it may ignore the paging parameters.</source>
        <translation>طُلبت الصفحة %1 لكن الخادم أجاب بالصفحة %2؛ ربما يتجاهل معلمات ترقيم الصفحات.</translation>
    </message>
</context>
<context>
    <name>OrchestrationPage</name>
    <message>
        <source>The server&apos;s answer is not valid JSON: %1 (at byte %2).</source>
        <translation>إجابة الخادم ليست JSON صالحًا: %1 (عند البايت %2).</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation>الملف ليس JSON صالحًا: %1 (عند البايت %2).</translation>
    </message>
    <message>
        <source>The page does not say its %1.</source>
        <translation>لا تذكر الصفحة قيمة %1 الخاصة بها.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a usable page: %1 must be a non-negative integer.</source>
        <translation>إجابة الخادم ليست صفحة قابلة للاستخدام: يجب أن يكون %1 عددًا صحيحًا غير سالب.</translation>
    </message>
    <message>
        <source>The file is not a usable page: %1 must be a non-negative integer.</source>
        <translation>الملف ليس صفحة قابلة للاستخدام: يجب أن يكون %1 عددًا صحيحًا غير سالب.</translation>
    </message>
    <message>
        <source>The page has no paginationInfo: the total number of orchestrations is unknown.</source>
        <translation>لا تحتوي الصفحة على paginationInfo: العدد الإجمالي للتنسيقات غير معروف.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a usable page: paginationInfo is not an object.</source>
        <translation>إجابة الخادم ليست صفحة قابلة للاستخدام: paginationInfo ليس كائنًا.</translation>
    </message>
    <message>
        <source>The file is not a usable page: paginationInfo is not an object.</source>
        <translation>الملف ليس صفحة قابلة للاستخدام: paginationInfo ليس كائنًا.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a usable page: it has no &quot;orchestration&quot; list.</source>
        <translation>إجابة الخادم ليست صفحة قابلة للاستخدام: لا تحتوي على القائمة &quot;orchestration&quot;.</translation>
    </message>
    <message>
        <source>The file is not a usable page: it has no &quot;orchestration&quot; list.</source>
        <translation>الملف ليس صفحة قابلة للاستخدام: لا يحتوي على القائمة &quot;orchestration&quot;.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a usable page: &quot;orchestration&quot; is not a list.</source>
        <translation>إجابة الخادم ليست صفحة قابلة للاستخدام: &quot;orchestration&quot; ليست قائمة.</translation>
    </message>
    <message>
        <source>The file is not a usable page: &quot;orchestration&quot; is not a list.</source>
        <translation>الملف ليس صفحة قابلة للاستخدام: &quot;orchestration&quot; ليست قائمة.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a usable page: orchestration record %1 is not a JSON object.</source>
        <translation>إجابة الخادم ليست صفحة قابلة للاستخدام: سجل التنسيق %1 ليس كائن JSON.</translation>
    </message>
    <message>
        <source>The file is not a usable page: orchestration record %1 is not a JSON object.</source>
        <translation>الملف ليس صفحة قابلة للاستخدام: سجل التنسيق %1 ليس كائن JSON.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>إجابة الخادم ليست كائن JSON.</translation>
    </message>
    <message>
        <source>The file is not a JSON object.</source>
        <translation>الملف ليس كائن JSON.</translation>
    </message>
</context>
<context>
    <name>OrchestrationTableModel</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>روبوت</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>وكيل</translation>
    </message>
    <message>
        <source>Bot + Agent</source>
        <translation>روبوت + وكيل</translation>
    </message>
    <message>
        <source>A customer returning within %1 minutes goes straight to an agent</source>
        <translation>العميل الذي يعود خلال %1 دقيقة ينتقل مباشرة إلى وكيل</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s):</source>
        <translation>
            <numerusform>%n تحذير:</numerusform>
            <numerusform>%n تحذير:</numerusform>
            <numerusform>%n تحذيران:</numerusform>
            <numerusform>%n تحذيرات:</numerusform>
            <numerusform>%n تحذيرًا:</numerusform>
            <numerusform>%n تحذير:</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Bots</source>
        <translation>الروبوتات</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>الوكلاء</translation>
    </message>
    <message>
        <source>Customer app</source>
        <translation>تطبيق العميل</translation>
    </message>
    <message>
        <source>Forward transcript</source>
        <translation>إعادة توجيه النص</translation>
    </message>
    <message>
        <source>Bypass VA (min)</source>
        <translation>تجاوز المساعد (د)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>تاريخ التعديل</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>The orchestration&apos;s name</source>
        <translation>اسم التنسيق</translation>
    </message>
    <message>
        <source>Whether the orchestration is active</source>
        <translation>ما إذا كان التنسيق نشطًا</translation>
    </message>
    <message>
        <source>Bot: a virtual assistant only; Agent: live agents only; Bot + Agent: both</source>
        <translation>روبوت: مساعد ظاهري فقط؛ وكيل: وكلاء مباشرون فقط؛ روبوت + وكيل: كلاهما</translation>
    </message>
    <message>
        <source>Number of bots in the bot configuration</source>
        <translation>عدد الروبوتات في تكوين الروبوت</translation>
    </message>
    <message>
        <source>Number of agents in the agent configuration</source>
        <translation>عدد الوكلاء في تكوين الوكيل</translation>
    </message>
    <message>
        <source>ID of the customer client application (custom channels)</source>
        <translation>معرّف تطبيق العميل (القنوات المخصصة)</translation>
    </message>
    <message>
        <source>Whether the transcript goes to an eGain agent when the virtual assistant session was not escalated</source>
        <translation>ما إذا كان نص المحادثة يُرسل إلى وكيل eGain عندما لا تُصعَّد جلسة المساعد الظاهري</translation>
    </message>
    <message>
        <source>When it was created (local time; UTC in the cell&apos;s tooltip)</source>
        <translation>وقت الإنشاء (بالتوقيت المحلي؛ UTC في تلميح الخلية)</translation>
    </message>
    <message>
        <source>When it was last modified (local time; UTC in the cell&apos;s tooltip)</source>
        <translation>وقت آخر تعديل (بالتوقيت المحلي؛ UTC في تلميح الخلية)</translation>
    </message>
    <message>
        <source>The orchestration&apos;s description</source>
        <translation>وصف التنسيق</translation>
    </message>
    <message>
        <source>The orchestration&apos;s unique ID</source>
        <translation>المعرّف الفريد للتنسيق</translation>
    </message>
    <message>
        <source>Minutes within which a returning customer bypasses the virtual assistant (VA) and goes straight to an agent</source>
        <translation>الدقائق التي يتجاوز خلالها العميل العائد المساعد الظاهري (VA) وينتقل مباشرة إلى وكيل</translation>
    </message>
</context>
<context>
    <name>PageBar</name>
    <message>
        <source>First page (Ctrl+Shift+Page Up)</source>
        <translation>الصفحة الأولى (Ctrl+Shift+Page Up)</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>الصفحة الأولى</translation>
    </message>
    <message>
        <source>Previous page (Ctrl+Page Up)</source>
        <translation>الصفحة السابقة (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <source>Next page (Ctrl+Page Down)</source>
        <translation>الصفحة التالية (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <source>Last page (Ctrl+Shift+Page Down)</source>
        <translation>الصفحة الأخيرة (Ctrl+Shift+Page Down)</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>الصفحة الأخيرة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Back to &amp;pages</source>
        <translation>العودة إلى ال&amp;صفحات</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>رقم الصفحة</translation>
    </message>
    <message>
        <source>Type a page number and press Enter</source>
        <translation>اكتب رقم صفحة واضغط Enter</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>حجم الصفحة</translation>
    </message>
    <message>
        <source>Orchestrations to ask for per page; the server may grant fewer</source>
        <translation>عدد التنسيقات المطلوبة في كل صفحة؛ قد يمنح الخادم عددًا أقل</translation>
    </message>
    <message>
        <source>Per page</source>
        <translation>لكل صفحة</translation>
    </message>
    <message>
        <source>Loading all orchestrations</source>
        <translation>جارٍ تحميل كل التنسيقات</translation>
    </message>
    <message>
        <source>Stop loading; what arrived stays (Esc)</source>
        <translation>إيقاف التحميل؛ يبقى ما وصل (Esc)</translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation>%1 إجمالًا</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 من %3</translation>
    </message>
    <message>
        <source>There is no page %1: the last is %2.</source>
        <translation>لا توجد صفحة %1: الأخيرة هي %2.</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>من %1</translation>
    </message>
    <message>
        <source>(server grants %1)</source>
        <translation>(يمنح الخادم %1)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message numerus="yes">
        <source>The server sent %L1 per page although %Ln were asked for.</source>
        <translation>
            <numerusform>أرسل الخادم %L1 في كل صفحة مع أنه طُلب %Ln.</numerusform>
            <numerusform>أرسل الخادم %L1 في كل صفحة مع أنه طُلب %Ln.</numerusform>
            <numerusform>أرسل الخادم %L1 في كل صفحة مع أنه طُلب %Ln.</numerusform>
            <numerusform>أرسل الخادم %L1 في كل صفحة مع أنه طُلب %Ln.</numerusform>
            <numerusform>أرسل الخادم %L1 في كل صفحة مع أنه طُلب %Ln.</numerusform>
            <numerusform>أرسل الخادم %L1 في كل صفحة مع أنه طُلب %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %Ln of %L1 loaded</source>
        <translation>
            <numerusform>متوقف: تم تحميل %Ln من أصل %L1</numerusform>
            <numerusform>متوقف: تم تحميل %Ln من أصل %L1</numerusform>
            <numerusform>متوقف: تم تحميل %Ln من أصل %L1</numerusform>
            <numerusform>متوقف: تم تحميل %Ln من أصل %L1</numerusform>
            <numerusform>متوقف: تم تحميل %Ln من أصل %L1</numerusform>
            <numerusform>متوقف: تم تحميل %Ln من أصل %L1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped by an error: %Ln loaded</source>
        <translation>
            <numerusform>أوقفه خطأ: تم تحميل %Ln تنسيق</numerusform>
            <numerusform>أوقفه خطأ: تم تحميل %Ln تنسيق</numerusform>
            <numerusform>أوقفه خطأ: تم تحميل %Ln تنسيقين</numerusform>
            <numerusform>أوقفه خطأ: تم تحميل %Ln تنسيقات</numerusform>
            <numerusform>أوقفه خطأ: تم تحميل %Ln تنسيقًا</numerusform>
            <numerusform>أوقفه خطأ: تم تحميل %Ln تنسيق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln loaded</source>
        <translation>
            <numerusform>تم تحميل الكل: %Ln تنسيق</numerusform>
            <numerusform>تم تحميل الكل: %Ln تنسيق</numerusform>
            <numerusform>تم تحميل الكل: %Ln تنسيقين</numerusform>
            <numerusform>تم تحميل الكل: %Ln تنسيقات</numerusform>
            <numerusform>تم تحميل الكل: %Ln تنسيقًا</numerusform>
            <numerusform>تم تحميل الكل: %Ln تنسيق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %L1 loaded</source>
        <translation>
            <numerusform>تم تحميل %Ln من أصل %L1</numerusform>
            <numerusform>تم تحميل %Ln من أصل %L1</numerusform>
            <numerusform>تم تحميل %Ln من أصل %L1</numerusform>
            <numerusform>تم تحميل %Ln من أصل %L1</numerusform>
            <numerusform>تم تحميل %Ln من أصل %L1</numerusform>
            <numerusform>تم تحميل %Ln من أصل %L1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln loaded</source>
        <translation>
            <numerusform>تم تحميل %Ln تنسيق</numerusform>
            <numerusform>تم تحميل %Ln تنسيق</numerusform>
            <numerusform>تم تحميل %Ln تنسيقين</numerusform>
            <numerusform>تم تحميل %Ln تنسيقات</numerusform>
            <numerusform>تم تحميل %Ln تنسيقًا</numerusform>
            <numerusform>تم تحميل %Ln تنسيق</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageReply</name>
    <message>
        <source>Cancelled.</source>
        <translation>تم الإلغاء.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>الصفحة %1</translation>
    </message>
    <message>
        <source>The client is not set up.</source>
        <translation>لم يتم إعداد العميل.</translation>
    </message>
    <message>
        <source>No token provider.</source>
        <translation>لا يوجد موفّر للرمز المميز.</translation>
    </message>
    <message>
        <source>No network access is available.</source>
        <translation>لا يتوفر وصول إلى الشبكة.</translation>
    </message>
    <message>
        <source>The server refused a freshly issued access token (HTTP 401). Check that the token URL belongs to this tenant.</source>
        <translation>رفض الخادم رمز وصول صادرًا للتو (HTTP 401). تحقق من أن عنوان URL للرمز المميز يخص هذا المستأجر.</translation>
    </message>
    <message>
        <source>The client application may not read orchestrations (HTTP 403). It needs the scope %1.</source>
        <translation>لا يُسمح لتطبيق العميل بقراءة التنسيقات (HTTP 403). يحتاج إلى النطاق %1.</translation>
    </message>
    <message>
        <source>The server redirected to %1 (HTTP %2). Redirects are not followed, so credentials stay with the configured host; check the base URL.</source>
        <translation>أعاد الخادم التوجيه إلى %1 (HTTP %2). لا تُتَّبع عمليات إعادة التوجيه، لكي تبقى بيانات الاعتماد لدى المضيف المكوَّن؛ تحقق من عنوان URL الأساسي.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>أجاب الخادم بـ HTTP %1.</translation>
    </message>
    <message>
        <source>The page did not load within %1 s.</source>
        <translation>لم يتم تحميل الصفحة خلال %1 ث.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>e.g. Production EU</source>
        <translation>مثال: الإنتاج - أوروبا</translation>
    </message>
    <message>
        <source>Client ID and secret (OAuth client credentials)</source>
        <translation>معرّف العميل والسر (بيانات اعتماد عميل OAuth)</translation>
    </message>
    <message>
        <source>A bearer token obtained elsewhere</source>
        <translation>رمز مميز لحامله تم الحصول عليه من مكان آخر</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>سر العميل</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>الرمز المميز لحامله</translation>
    </message>
    <message>
        <source>Without an expiry the token is used until the server refuses it</source>
        <translation>بلا تاريخ انتهاء صلاحية، يُستخدم الرمز المميز حتى يرفضه الخادم</translation>
    </message>
    <message>
        <source>e.g. PROD (shown as a band across the window)</source>
        <translation>مثال: PROD (تظهر كشريط عبر النافذة)</translation>
    </message>
    <message>
        <source>and</source>
        <translation>و</translation>
    </message>
    <message>
        <source>Page number parameter</source>
        <translation>معلمة رقم الصفحة</translation>
    </message>
    <message>
        <source>Page size parameter</source>
        <translation>معلمة حجم الصفحة</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاس&amp;م:</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>عنوا&amp;ن URL الأساسي لـ API:</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation>معرّف ال&amp;عميل:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>سر العمي&amp;ل:</translation>
    </message>
    <message>
        <source>Bearer t&amp;oken:</source>
        <translation>الرمز المم&amp;يز لحامله:</translation>
    </message>
    <message>
        <source>Default page si&amp;ze:</source>
        <translation>ح&amp;جم الصفحة الافتراضي:</translation>
    </message>
    <message>
        <source>&amp;Label and colour:</source>
        <translation>التسمية &amp;واللون:</translation>
    </message>
    <message>
        <source>Exp&amp;ires at</source>
        <translation>ينت&amp;هي في</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>تسجيل الدخول &amp;باستخدام:</translation>
    </message>
    <message>
        <source>To&amp;ken URL:</source>
        <translation>عنوان URL لل&amp;رمز المميز:</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>الن&amp;طاق:</translation>
    </message>
    <message>
        <source>Pa&amp;ging parameters:</source>
        <translation>معلمات تر&amp;قيم الصفحات:</translation>
    </message>
    <message>
        <source>Keep a local &amp;history of complete loads and exports</source>
        <translation>الاحتفاظ بمح&amp;فوظات محلية لعمليات التحميل والتصدير الكاملة</translation>
    </message>
</context>
<context>
    <name>ProfileListPanel</name>
    <message>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>ت&amp;كرار</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>إ&amp;زالة…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>تص&amp;دير…</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>الاتصالات المحفوظة</translation>
    </message>
    <message>
        <source>Add connections from a JSON file exported by this program</source>
        <translation>إضافة اتصالات من ملف JSON صدّره هذا البرنامج</translation>
    </message>
    <message>
        <source>Save every connection to a JSON file, without secrets or tokens</source>
        <translation>حفظ كل الاتصالات في ملف JSON، دون الأسرار أو الرموز المميزة</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
</context>
<context>
    <name>ProfileLoader</name>
    <message>
        <source>%1: no keychain to read the client secret from.</source>
        <translation>%1: لا توجد سلسلة مفاتيح لقراءة سر العميل منها.</translation>
    </message>
    <message>
        <source>%1: the system keychain is not available (%2).</source>
        <translation>%1: سلسلة مفاتيح النظام غير متوفرة (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: incomplete, %2.</source>
        <translation>%1: غير مكتمل، %2.</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1: أُلغي.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>A connection called &quot;%1&quot; already exists.</source>
        <translation>يوجد بالفعل اتصال باسم &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A connection with this id already exists.</source>
        <translation>يوجد بالفعل اتصال بهذا المعرّف.</translation>
    </message>
    <message>
        <source>This connection no longer exists.</source>
        <translation>هذا الاتصال لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (نسخة)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (نسخة %2)</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>الملف ليس JSON صالحًا (%1 عند البايت %2).</translation>
    </message>
    <message>
        <source>The file is not a connection profile export of this console.</source>
        <translation>الملف ليس تصديرًا لملفات تعريف الاتصال من وحدة التحكم هذه.</translation>
    </message>
    <message>
        <source>The file has format version %1; this console reads version %2.</source>
        <translation>إصدار تنسيق الملف هو %1؛ تقرأ وحدة التحكم هذه الإصدار %2.</translation>
    </message>
    <message>
        <source>Entry %1 is not a profile object.</source>
        <translation>الإدخال %1 ليس كائن ملف تعريف.</translation>
    </message>
    <message>
        <source>The profile carries a secret (&quot;%1&quot;); profiles with secrets are not imported. Remove it from the file and enter the secret in the console instead.</source>
        <translation>يحمل ملف التعريف سرًا (&quot;%1&quot;)؛ لا تُستورد ملفات التعريف التي تحتوي على أسرار. أزله من الملف وأدخل السر في وحدة التحكم بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>given a new id (its id was taken)</source>
        <translation>مُنح معرّفًا جديدًا (كان معرّفه مستخدمًا)</translation>
    </message>
    <message>
        <source>renamed to &quot;%1&quot; (the name was taken)</source>
        <translation>أُعيدت تسميته إلى &quot;%1&quot; (كان الاسم مستخدمًا)</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be written.</source>
        <translation>لا يمكن الكتابة في ملف الإعدادات %1.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged.</source>
        <translation>ملف الإعدادات %1 تالف.</translation>
    </message>
    <message>
        <source>There is no connection profile &quot;%1&quot; (no profiles are saved).</source>
        <translation>لا يوجد ملف تعريف اتصال باسم &quot;%1&quot; (لا توجد ملفات تعريف محفوظة).</translation>
    </message>
    <message>
        <source>There is no connection profile &quot;%1&quot;. Saved profiles: %2.</source>
        <translation>لا يوجد ملف تعريف اتصال باسم &quot;%1&quot;. ملفات التعريف المحفوظة: %2.</translation>
    </message>
    <message>
        <source>The connection profile &quot;%1&quot; cannot be used: %2</source>
        <translation>لا يمكن استخدام ملف تعريف الاتصال &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>ProfileTransfer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n connection(s) from %1.</source>
        <translation>
            <numerusform>تم استيراد %n اتصال من %1.</numerusform>
            <numerusform>تم استيراد %n اتصال من %1.</numerusform>
            <numerusform>تم استيراد %n اتصالين من %1.</numerusform>
            <numerusform>تم استيراد %n اتصالات من %1.</numerusform>
            <numerusform>تم استيراد %n اتصالًا من %1.</numerusform>
            <numerusform>تم استيراد %n اتصال من %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: &quot;%1&quot;: %2</source>
        <translation>لم يُستورد: &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Enter the secrets of the imported connections: files never carry them.</source>
        <translation>أدخل أسرار الاتصالات المستوردة: لا تحملها الملفات أبدًا.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تتعذّر الكتابة في %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n connection(s) to %1 (without secrets).</source>
        <translation>
            <numerusform>تم تصدير %n اتصال إلى %1 (دون الأسرار).</numerusform>
            <numerusform>تم تصدير %n اتصال إلى %1 (دون الأسرار).</numerusform>
            <numerusform>تم تصدير %n اتصالين إلى %1 (دون الأسرار).</numerusform>
            <numerusform>تم تصدير %n اتصالات إلى %1 (دون الأسرار).</numerusform>
            <numerusform>تم تصدير %n اتصالًا إلى %1 (دون الأسرار).</numerusform>
            <numerusform>تم تصدير %n اتصال إلى %1 (دون الأسرار).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import connections</source>
        <translation>استيراد الاتصالات</translation>
    </message>
    <message>
        <source>Connections (*.json);;All files (*)</source>
        <translation>الاتصالات (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Export connections</source>
        <translation>تصدير الاتصالات</translation>
    </message>
    <message>
        <source>Connections (*.json)</source>
        <translation>الاتصالات (*.json)</translation>
    </message>
</context>
<context>
    <name>RecentSnapshotsMenu</name>
    <message>
        <source>Open &amp;recent</source>
        <translation>فتح ال&amp;حديثة</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>فتح الحديثة</translation>
    </message>
    <message>
        <source>&quot;%1&quot; no longer exists, so it was taken off the recent list.</source>
        <translation>&quot;%1&quot; لم يعد موجودًا، لذا أُزيل من القائمة الحديثة.</translation>
    </message>
    <message>
        <source>No recent snapshots</source>
        <translation>لا توجد لقطات حديثة</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;مسح القائمة</translation>
    </message>
</context>
<context>
    <name>RecordWarnings</name>
    <message>
        <source>(no id)</source>
        <translation>(بلا معرّف)</translation>
    </message>
    <message>
        <source>Orchestration %1: %2: %3</source>
        <translation>التنسيق %1: %2: %3</translation>
    </message>
    <message>
        <source>Page %1: %2: %3</source>
        <translation>الصفحة %1: %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records: %1: %2 (first: orchestration %3)</source>
        <translation>
            <numerusform>%Ln سجل: %1: %2 (الأول: التنسيق %3)</numerusform>
            <numerusform>%Ln سجل: %1: %2 (الأول: التنسيق %3)</numerusform>
            <numerusform>%Ln سجلان: %1: %2 (الأول: التنسيق %3)</numerusform>
            <numerusform>%Ln سجلات: %1: %2 (الأول: التنسيق %3)</numerusform>
            <numerusform>%Ln سجلًا: %1: %2 (الأول: التنسيق %3)</numerusform>
            <numerusform>%Ln سجل: %1: %2 (الأول: التنسيق %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pages: %1: %2 (first: page %3)</source>
        <translation>
            <numerusform>%Ln صفحة: %1: %2 (الأولى: الصفحة %3)</numerusform>
            <numerusform>%Ln صفحة: %1: %2 (الأولى: الصفحة %3)</numerusform>
            <numerusform>%Ln صفحتان: %1: %2 (الأولى: الصفحة %3)</numerusform>
            <numerusform>%Ln صفحات: %1: %2 (الأولى: الصفحة %3)</numerusform>
            <numerusform>%Ln صفحة: %1: %2 (الأولى: الصفحة %3)</numerusform>
            <numerusform>%Ln صفحة: %1: %2 (الأولى: الصفحة %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln further warning(s) of other kinds are not listed.</source>
        <translation>
            <numerusform>لم يُدرج %Ln تحذير إضافي من أنواع أخرى.</numerusform>
            <numerusform>لم يُدرج %Ln تحذير إضافي من أنواع أخرى.</numerusform>
            <numerusform>لم يُدرج %Ln تحذيران إضافيان من أنواع أخرى.</numerusform>
            <numerusform>لم تُدرج %Ln تحذيرات إضافية من أنواع أخرى.</numerusform>
            <numerusform>لم يُدرج %Ln تحذيرًا إضافيًا من أنواع أخرى.</numerusform>
            <numerusform>لم يُدرج %Ln تحذير إضافي من أنواع أخرى.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanJob</name>
    <message>
        <source>Loading was cancelled.</source>
        <translation>أُلغي التحميل.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>أُغلق الاتصال.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>الصفحة %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>page %1 repeats page %2</source>
        <translation>الصفحة %1 تكرر الصفحة %2</translation>
    </message>
    <message>
        <source>the server sent no more</source>
        <translation>لم يرسل الخادم المزيد</translation>
    </message>
    <message numerus="yes">
        <source>The server reported a page size of %L1; using the %Ln record(s) of page 1 as the page size.</source>
        <translation>
            <numerusform>أبلغ الخادم عن حجم صفحة قدره %L1؛ يُستخدم عدد سجلات الصفحة 1 (%Ln سجل) حجمًا للصفحة.</numerusform>
            <numerusform>أبلغ الخادم عن حجم صفحة قدره %L1؛ يُستخدم عدد سجلات الصفحة 1 (%Ln سجل) حجمًا للصفحة.</numerusform>
            <numerusform>أبلغ الخادم عن حجم صفحة قدره %L1؛ يُستخدم عدد سجلات الصفحة 1 (%Ln سجلان) حجمًا للصفحة.</numerusform>
            <numerusform>أبلغ الخادم عن حجم صفحة قدره %L1؛ يُستخدم عدد سجلات الصفحة 1 (%Ln سجلات) حجمًا للصفحة.</numerusform>
            <numerusform>أبلغ الخادم عن حجم صفحة قدره %L1؛ يُستخدم عدد سجلات الصفحة 1 (%Ln سجلًا) حجمًا للصفحة.</numerusform>
            <numerusform>أبلغ الخادم عن حجم صفحة قدره %L1؛ يُستخدم عدد سجلات الصفحة 1 (%Ln سجل) حجمًا للصفحة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>loading stops at the limit of %Ln page(s)</source>
        <translation>
            <numerusform>يتوقف التحميل عند الحد البالغ %Ln صفحة</numerusform>
            <numerusform>يتوقف التحميل عند الحد البالغ %Ln صفحة</numerusform>
            <numerusform>يتوقف التحميل عند الحد البالغ %Ln صفحتين</numerusform>
            <numerusform>يتوقف التحميل عند الحد البالغ %Ln صفحات</numerusform>
            <numerusform>يتوقف التحميل عند الحد البالغ %Ln صفحة</numerusform>
            <numerusform>يتوقف التحميل عند الحد البالغ %Ln صفحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 orchestrations would need %L2 pages; loading stops at the limit of %Ln page(s).</source>
        <translation>
            <numerusform>تحتاج %L1 من التنسيقات إلى %L2 من الصفحات؛ يتوقف التحميل عند الحد البالغ %Ln صفحة.</numerusform>
            <numerusform>تحتاج %L1 من التنسيقات إلى %L2 من الصفحات؛ يتوقف التحميل عند الحد البالغ %Ln صفحة.</numerusform>
            <numerusform>تحتاج %L1 من التنسيقات إلى %L2 من الصفحات؛ يتوقف التحميل عند الحد البالغ %Ln صفحتين.</numerusform>
            <numerusform>تحتاج %L1 من التنسيقات إلى %L2 من الصفحات؛ يتوقف التحميل عند الحد البالغ %Ln صفحات.</numerusform>
            <numerusform>تحتاج %L1 من التنسيقات إلى %L2 من الصفحات؛ يتوقف التحميل عند الحد البالغ %Ln صفحة.</numerusform>
            <numerusform>تحتاج %L1 من التنسيقات إلى %L2 من الصفحات؛ يتوقف التحميل عند الحد البالغ %Ln صفحة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>loading stopped at the limit of %Ln page(s)</source>
        <translation>
            <numerusform>توقف التحميل عند الحد البالغ %Ln صفحة</numerusform>
            <numerusform>توقف التحميل عند الحد البالغ %Ln صفحة</numerusform>
            <numerusform>توقف التحميل عند الحد البالغ %Ln صفحتين</numerusform>
            <numerusform>توقف التحميل عند الحد البالغ %Ln صفحات</numerusform>
            <numerusform>توقف التحميل عند الحد البالغ %Ln صفحة</numerusform>
            <numerusform>توقف التحميل عند الحد البالغ %Ln صفحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped at the limit of %Ln page(s).</source>
        <translation>
            <numerusform>توقف التحميل عند الحد البالغ %Ln صفحة.</numerusform>
            <numerusform>توقف التحميل عند الحد البالغ %Ln صفحة.</numerusform>
            <numerusform>توقف التحميل عند الحد البالغ %Ln صفحتين.</numerusform>
            <numerusform>توقف التحميل عند الحد البالغ %Ln صفحات.</numerusform>
            <numerusform>توقف التحميل عند الحد البالغ %Ln صفحة.</numerusform>
            <numerusform>توقف التحميل عند الحد البالغ %Ln صفحة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Page %1 repeats the records of page %2: the server seems to ignore the paging parameters (%3, %4). Showing the %Ln record(s) loaded before it.</source>
        <translation>
            <numerusform>تكرر الصفحة %1 سجلات الصفحة %2: يبدو أن الخادم يتجاهل معلمات ترقيم الصفحات (%3، %4). تُعرض السجلات المحمّلة قبلها (%Ln سجل).</numerusform>
            <numerusform>تكرر الصفحة %1 سجلات الصفحة %2: يبدو أن الخادم يتجاهل معلمات ترقيم الصفحات (%3، %4). تُعرض السجلات المحمّلة قبلها (%Ln سجل).</numerusform>
            <numerusform>تكرر الصفحة %1 سجلات الصفحة %2: يبدو أن الخادم يتجاهل معلمات ترقيم الصفحات (%3، %4). تُعرض السجلات المحمّلة قبلها (%Ln سجلان).</numerusform>
            <numerusform>تكرر الصفحة %1 سجلات الصفحة %2: يبدو أن الخادم يتجاهل معلمات ترقيم الصفحات (%3، %4). تُعرض السجلات المحمّلة قبلها (%Ln سجلات).</numerusform>
            <numerusform>تكرر الصفحة %1 سجلات الصفحة %2: يبدو أن الخادم يتجاهل معلمات ترقيم الصفحات (%3، %4). تُعرض السجلات المحمّلة قبلها (%Ln سجلًا).</numerusform>
            <numerusform>تكرر الصفحة %1 سجلات الصفحة %2: يبدو أن الخادم يتجاهل معلمات ترقيم الصفحات (%3، %4). تُعرض السجلات المحمّلة قبلها (%Ln سجل).</numerusform>
        </translation>
    </message>
    <message>
        <source>The number of orchestrations changed while loading, from %L1 to %L2 (at page %3). Reload for a consistent list.</source>
        <translation>تغيّر عدد التنسيقات أثناء التحميل، من %L1 إلى %L2 (عند الصفحة %3). أعد التحميل للحصول على قائمة متسقة.</translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped at page %1 after %Ln orchestration(s) (%2): a scan loads at most %L3 orchestrations and %4.</source>
        <translation>
            <numerusform>توقف التحميل عند الصفحة %1 بعد %Ln تنسيق (%2): يحمّل الفحص %L3 من التنسيقات و%4 كحد أقصى.</numerusform>
            <numerusform>توقف التحميل عند الصفحة %1 بعد %Ln تنسيق (%2): يحمّل الفحص %L3 من التنسيقات و%4 كحد أقصى.</numerusform>
            <numerusform>توقف التحميل عند الصفحة %1 بعد %Ln تنسيقين (%2): يحمّل الفحص %L3 من التنسيقات و%4 كحد أقصى.</numerusform>
            <numerusform>توقف التحميل عند الصفحة %1 بعد %Ln تنسيقات (%2): يحمّل الفحص %L3 من التنسيقات و%4 كحد أقصى.</numerusform>
            <numerusform>توقف التحميل عند الصفحة %1 بعد %Ln تنسيقًا (%2): يحمّل الفحص %L3 من التنسيقات و%4 كحد أقصى.</numerusform>
            <numerusform>توقف التحميل عند الصفحة %1 بعد %Ln تنسيق (%2): يحمّل الفحص %L3 من التنسيقات و%4 كحد أقصى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server announced %Ln orchestration(s) but sent %L1.</source>
        <translation>
            <numerusform>أعلن الخادم عن %Ln تنسيق لكنه أرسل %L1.</numerusform>
            <numerusform>أعلن الخادم عن %Ln تنسيق لكنه أرسل %L1.</numerusform>
            <numerusform>أعلن الخادم عن %Ln تنسيقين لكنه أرسل %L1.</numerusform>
            <numerusform>أعلن الخادم عن %Ln تنسيقات لكنه أرسل %L1.</numerusform>
            <numerusform>أعلن الخادم عن %Ln تنسيقًا لكنه أرسل %L1.</numerusform>
            <numerusform>أعلن الخادم عن %Ln تنسيق لكنه أرسل %L1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) repeated an id received before</source>
        <translation>
            <numerusform>كرر %Ln سجل معرّفًا وصل من قبل</numerusform>
            <numerusform>كرر %Ln سجل معرّفًا وصل من قبل</numerusform>
            <numerusform>كرر %Ln سجلان معرّفًا وصل من قبل</numerusform>
            <numerusform>كرر %Ln سجلات معرّفًا وصل من قبل</numerusform>
            <numerusform>كرر %Ln سجلًا معرّفًا وصل من قبل</numerusform>
            <numerusform>كرر %Ln سجل معرّفًا وصل من قبل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of the %Ln orchestration(s) announced were received (%L2 missing): %3</source>
        <translation>
            <numerusform>وصل %L1 من أصل %Ln تنسيق معلن عنها (%L2 مفقودة): %3</numerusform>
            <numerusform>وصل %L1 من أصل %Ln تنسيق معلن عنها (%L2 مفقودة): %3</numerusform>
            <numerusform>وصل %L1 من أصل %Ln تنسيقين معلن عنها (%L2 مفقودة): %3</numerusform>
            <numerusform>وصل %L1 من أصل %Ln تنسيقات معلن عنها (%L2 مفقودة): %3</numerusform>
            <numerusform>وصل %L1 من أصل %Ln تنسيقًا معلن عنها (%L2 مفقودة): %3</numerusform>
            <numerusform>وصل %L1 من أصل %Ln تنسيق معلن عنها (%L2 مفقودة): %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orchestration(s) were received (the server did not say how many there are): %1</source>
        <translation>
            <numerusform>وصل %Ln تنسيق (لم يذكر الخادم عددها الإجمالي): %1</numerusform>
            <numerusform>وصل %Ln تنسيق (لم يذكر الخادم عددها الإجمالي): %1</numerusform>
            <numerusform>وصل %Ln تنسيقان (لم يذكر الخادم عددها الإجمالي): %1</numerusform>
            <numerusform>وصل %Ln تنسيقات (لم يذكر الخادم عددها الإجمالي): %1</numerusform>
            <numerusform>وصل %Ln تنسيقًا (لم يذكر الخادم عددها الإجمالي): %1</numerusform>
            <numerusform>وصل %Ln تنسيق (لم يذكر الخادم عددها الإجمالي): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) repeat an id loaded earlier (for example %1). The server&apos;s pages may have shifted while loading; reload for a consistent list.</source>
        <translation>
            <numerusform>يكرر %Ln سجل معرّفًا محمّلًا من قبل (مثل %1). ربما تغيّرت صفحات الخادم أثناء التحميل؛ أعد التحميل للحصول على قائمة متسقة.</numerusform>
            <numerusform>يكرر %Ln سجل معرّفًا محمّلًا من قبل (مثل %1). ربما تغيّرت صفحات الخادم أثناء التحميل؛ أعد التحميل للحصول على قائمة متسقة.</numerusform>
            <numerusform>يكرر %Ln سجلان معرّفًا محمّلًا من قبل (مثل %1). ربما تغيّرت صفحات الخادم أثناء التحميل؛ أعد التحميل للحصول على قائمة متسقة.</numerusform>
            <numerusform>يكرر %Ln سجلات معرّفًا محمّلًا من قبل (مثل %1). ربما تغيّرت صفحات الخادم أثناء التحميل؛ أعد التحميل للحصول على قائمة متسقة.</numerusform>
            <numerusform>يكرر %Ln سجلًا معرّفًا محمّلًا من قبل (مثل %1). ربما تغيّرت صفحات الخادم أثناء التحميل؛ أعد التحميل للحصول على قائمة متسقة.</numerusform>
            <numerusform>يكرر %Ln سجل معرّفًا محمّلًا من قبل (مثل %1). ربما تغيّرت صفحات الخادم أثناء التحميل؛ أعد التحميل للحصول على قائمة متسقة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScreenshotTaker</name>
    <message>
        <source>the window did not show a loaded page in time</source>
        <translation>لم تعرض النافذة صفحة محمّلة في الوقت المحدد</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>تتعذّر كتابة %1</translation>
    </message>
    <message>
        <source>screenshot failed: %1</source>
        <translation>فشل التقاط لقطة الشاشة: %1</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>إظهار ما كتبته أو إخفاؤه</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message numerus="yes">
        <source>no reply within %n second(s)</source>
        <translation>
            <numerusform>لم يصل رد خلال %n ثانية</numerusform>
            <numerusform>لم يصل رد خلال %n ثانية</numerusform>
            <numerusform>لم يصل رد خلال %n ثانيتين</numerusform>
            <numerusform>لم يصل رد خلال %n ثوانٍ</numerusform>
            <numerusform>لم يصل رد خلال %n ثانية</numerusform>
            <numerusform>لم يصل رد خلال %n ثانية</numerusform>
        </translation>
    </message>
    <message>
        <source>no details</source>
        <translation>لا توجد تفاصيل</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Secrets are kept in memory for this session only and must be entered again after a restart.</source>
        <translation>سلسلة مفاتيح النظام غير متوفرة (%1). تُحفظ الأسرار في الذاكرة لهذه الجلسة فقط ويجب إدخالها مرة أخرى بعد إعادة التشغيل.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain is not answering (no reply within %n second(s)). Secrets are kept in memory for this session only and must be entered again after a restart.</source>
        <translation>
            <numerusform>سلسلة مفاتيح النظام لا تستجيب (لم يصل رد خلال %n ثانية). تُحفظ الأسرار في الذاكرة لهذه الجلسة فقط ويجب إدخالها مرة أخرى بعد إعادة التشغيل.</numerusform>
            <numerusform>سلسلة مفاتيح النظام لا تستجيب (لم يصل رد خلال %n ثانية). تُحفظ الأسرار في الذاكرة لهذه الجلسة فقط ويجب إدخالها مرة أخرى بعد إعادة التشغيل.</numerusform>
            <numerusform>سلسلة مفاتيح النظام لا تستجيب (لم يصل رد خلال %n ثانيتين). تُحفظ الأسرار في الذاكرة لهذه الجلسة فقط ويجب إدخالها مرة أخرى بعد إعادة التشغيل.</numerusform>
            <numerusform>سلسلة مفاتيح النظام لا تستجيب (لم يصل رد خلال %n ثوانٍ). تُحفظ الأسرار في الذاكرة لهذه الجلسة فقط ويجب إدخالها مرة أخرى بعد إعادة التشغيل.</numerusform>
            <numerusform>سلسلة مفاتيح النظام لا تستجيب (لم يصل رد خلال %n ثانية). تُحفظ الأسرار في الذاكرة لهذه الجلسة فقط ويجب إدخالها مرة أخرى بعد إعادة التشغيل.</numerusform>
            <numerusform>سلسلة مفاتيح النظام لا تستجيب (لم يصل رد خلال %n ثانية). تُحفظ الأسرار في الذاكرة لهذه الجلسة فقط ويجب إدخالها مرة أخرى بعد إعادة التشغيل.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain entry is incomplete and cannot be read; enter the secret again.</source>
        <translation>إدخال سلسلة المفاتيح غير مكتمل ولا يمكن قراءته؛ أدخل السر مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Anywhere in the window</source>
        <translation>في أي مكان في النافذة</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>في %1</translation>
    </message>
    <message>
        <source>Where it has the focus</source>
        <translation>حيث يكون التركيز</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source> or </source>
        <translation> أو </translation>
    </message>
</context>
<context>
    <name>SnapshotBanner</name>
    <message>
        <source>&amp;Compare with…</source>
        <translation>م&amp;قارنة مع…</translation>
    </message>
    <message>
        <source>C&amp;lose snapshot</source>
        <translation>إ&amp;غلاق اللقطة</translation>
    </message>
    <message>
        <source>Compare this snapshot with another exported file</source>
        <translation>مقارنة هذه اللقطة بملف مُصدَّر آخر</translation>
    </message>
    <message>
        <source>Back to the live connection</source>
        <translation>العودة إلى الاتصال المباشر</translation>
    </message>
    <message>
        <source>Read-only, from %1</source>
        <translation>للقراءة فقط، من %1</translation>
    </message>
</context>
<context>
    <name>SnapshotController</name>
    <message>
        <source>Opening %1…</source>
        <translation>جارٍ فتح %1…</translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation>فتح لقطة</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>ملفات JSON (*.json);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>SnapshotFile</name>
    <message>
        <source>Snapshot of %1</source>
        <translation>لقطة من %1</translation>
    </message>
    <message>
        <source>Snapshot of %1 taken %2</source>
        <translation>لقطة من %1 التُقطت %2</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>يتعذّر فتح &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to open (%2 MiB; at most %3 MiB).</source>
        <translation>&quot;%1&quot; أكبر من أن يُفتح (%2 MiB؛ الحد الأقصى %3 MiB).</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>تتعذّر قراءة &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Opening &quot;%1&quot; was cancelled.</source>
        <translation>أُلغي فتح &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an export or an API page: %2</source>
        <translation>&quot;%1&quot; ليس تصديرًا ولا صفحة API: %2</translation>
    </message>
    <message>
        <source>The file holds only the columns %1, not full records.</source>
        <translation>يحتوي الملف على الأعمدة %1 فقط، لا على السجلات الكاملة.</translation>
    </message>
</context>
<context>
    <name>SnapshotReader</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>StandardOutput</name>
    <message>
        <source>the write failed</source>
        <translation>فشلت الكتابة</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>تتعذّر الكتابة في الإخراج القياسي: %1</translation>
    </message>
</context>
<context>
    <name>StaticTokenProvider</name>
    <message>
        <source>The server no longer accepts the access token. Provide a new token.</source>
        <translation>لم يعد الخادم يقبل رمز الوصول. قدّم رمزًا مميزًا جديدًا.</translation>
    </message>
    <message>
        <source>No access token was provided.</source>
        <translation>لم يتم تقديم رمز وصول.</translation>
    </message>
    <message>
        <source>The access token expired. Provide a new token.</source>
        <translation>انتهت صلاحية رمز الوصول. قدّم رمزًا مميزًا جديدًا.</translation>
    </message>
</context>
<context>
    <name>TableRowActions</name>
    <message>
        <source>&amp;Copy rows as text</source>
        <translation>&amp;نسخ الصفوف كنص</translation>
    </message>
    <message>
        <source>Copy rows as &amp;JSON</source>
        <translation>نسخ الصفوف ب&amp;صيغة JSON</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>نسخ ال&amp;معرّف</translation>
    </message>
    <message>
        <source>&amp;Open in the inspector</source>
        <translation>&amp;فتح في لوحة الفحص</translation>
    </message>
    <message>
        <source>The selected rows, tab-separated, visible columns only</source>
        <translation>الصفوف المحددة، مفصولة بعلامات جدولة، الأعمدة المرئية فقط</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Copy %n row(s) as text</source>
        <translation>
            <numerusform>&amp;نسخ %n صف كنص</numerusform>
            <numerusform>&amp;نسخ %n صف كنص</numerusform>
            <numerusform>&amp;نسخ %n صفين كنص</numerusform>
            <numerusform>&amp;نسخ %n صفوف كنص</numerusform>
            <numerusform>&amp;نسخ %n صفًا كنص</numerusform>
            <numerusform>&amp;نسخ %n صف كنص</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n row(s) as &amp;JSON</source>
        <translation>
            <numerusform>نسخ %n صف ب&amp;صيغة JSON</numerusform>
            <numerusform>نسخ %n صف ب&amp;صيغة JSON</numerusform>
            <numerusform>نسخ %n صفين ب&amp;صيغة JSON</numerusform>
            <numerusform>نسخ %n صفوف ب&amp;صيغة JSON</numerusform>
            <numerusform>نسخ %n صفًا ب&amp;صيغة JSON</numerusform>
            <numerusform>نسخ %n صف ب&amp;صيغة JSON</numerusform>
        </translation>
    </message>
    <message>
        <source>Bot %1</source>
        <translation>الروبوت %1</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>الوكيل %1</translation>
    </message>
    <message>
        <source>Show orchestrations that &amp;share a bot or agent</source>
        <translation>إ&amp;ظهار التنسيقات التي تشترك في روبوت أو وكيل</translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>ال&amp;سمة</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>ال&amp;نظام</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;فاتح</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;داكن</translation>
    </message>
</context>
<context>
    <name>TokenPersistence</name>
    <message>
        <source>No access token is stored for &quot;%1&quot;: paste a new one.</source>
        <translation>لا يوجد رمز وصول مخزَّن لـ &quot;%1&quot;: الصق رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>No client secret is stored for &quot;%1&quot;.</source>
        <translation>لا يوجد سر عميل مخزَّن لـ &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>not a JSON object</source>
        <translation>ليس كائن JSON</translation>
    </message>
    <message>
        <source>no usable access_token</source>
        <translation>لا يوجد access_token صالح للاستخدام</translation>
    </message>
    <message>
        <source>token_type is not Bearer</source>
        <translation>قيمة token_type ليست Bearer</translation>
    </message>
    <message>
        <source>expires_in is not a number</source>
        <translation>قيمة expires_in ليست رقمًا</translation>
    </message>
    <message>
        <source>expires_in is not positive</source>
        <translation>قيمة expires_in ليست موجبة</translation>
    </message>
</context>
<context>
    <name>UserGuideViewer</name>
    <message>
        <source>User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
    <message>
        <source>User Guide — Orchestration Console</source>
        <translation>دليل المستخدم — Orchestration Console</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>دليل المستخدم غير موجود في هذا الإصدار.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;جرّب العرض التجريبي</translation>
    </message>
    <message>
        <source>&amp;Add connection…</source>
        <translation>إ&amp;ضافة اتصال…</translation>
    </message>
    <message>
        <source>No connection yet</source>
        <translation>لا يوجد اتصال بعد</translation>
    </message>
    <message>
        <source>Browse the orchestrations of an eGain Conversation Hub tenant. Try the demo to explore a simulated tenant with a few thousand orchestrations, or add a connection to your own tenant.</source>
        <translation>استعرض تنسيقات مستأجر eGain Conversation Hub. جرّب العرض التجريبي لاستكشاف مستأجر مُحاكًى يضم بضعة آلاف من التنسيقات، أو أضف اتصالًا بمستأجرك الخاص.</translation>
    </message>
</context>
<context>
    <name>hubsim</name>
    <message>
        <source>A simulated eGain Conversation Hub (token endpoint and GET /orchestrations) on loopback.
The client secret is read from the environment variable HUBSIM_CLIENT_SECRET (default: the demo secret), never from the command line.

</source>
        <translation>محاكاة لـ eGain Conversation Hub (نقطة نهاية الرمز المميز وGET /orchestrations) على واجهة الاسترجاع (loopback).
يُقرأ سر العميل من متغير البيئة HUBSIM_CLIENT_SECRET (الافتراضي: السر التجريبي)، ولا يُقرأ أبدًا من سطر الأوامر.

</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (default: any free port).</source>
        <translation>المنفذ على 127.0.0.1 (الافتراضي: أي منفذ متاح).</translation>
    </message>
    <message>
        <source>Orchestrations to generate (default 2000).</source>
        <translation>عدد التنسيقات المطلوب إنشاؤها (الافتراضي 2000).</translation>
    </message>
    <message>
        <source>Seed of the generated data (default 1).</source>
        <translation>البذرة العشوائية للبيانات المُنشأة (الافتراضي 1).</translation>
    </message>
    <message>
        <source>Serve the orchestrations in FILE (array, page or export).</source>
        <translation>تقديم التنسيقات الموجودة في الملف (مصفوفة أو صفحة أو تصدير).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Latency added to every response.</source>
        <translation>زمن الانتقال المضاف إلى كل استجابة.</translation>
    </message>
    <message>
        <source>Latency varies by +/- this much.</source>
        <translation>يتفاوت زمن الانتقال بمقدار +/- هذه القيمة.</translation>
    </message>
    <message>
        <source>Default page size (default 25).</source>
        <translation>حجم الصفحة الافتراضي (الافتراضي 25).</translation>
    </message>
    <message>
        <source>Largest page size granted (default 75).</source>
        <translation>أكبر حجم صفحة يُمنح (الافتراضي 75).</translation>
    </message>
    <message>
        <source>Answer empty results with 204 No Content.</source>
        <translation>الإجابة عن النتائج الفارغة بـ 204 No Content.</translation>
    </message>
    <message>
        <source>Access token lifetime in seconds (default 3600).</source>
        <translation>مدة صلاحية رمز الوصول بالثواني (الافتراضي 3600).</translation>
    </message>
    <message>
        <source>The client id (default demo-client).</source>
        <translation>معرّف العميل (الافتراضي demo-client).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>A fault to inject; may be repeated. See below.</source>
        <translation>خلل يُحقن؛ يمكن تكراره. انظر أدناه.</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>المواصفة</translation>
    </message>
    <message>
        <source>Log every request (method, path, status).</source>
        <translation>تسجيل كل طلب (الأسلوب، المسار، الحالة).</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of at least %2, not &quot;%3&quot;
</source>
        <translation>يحتاج --%1 إلى عدد صحيح لا يقل عن %2، وليس &quot;%3&quot;
</translation>
    </message>
    <message>
        <source>--port must be at most 65535
</source>
        <translation>يجب ألا يزيد --port على 65535
</translation>
    </message>
    <message>
        <source>hubsim serving %1 orchestrations
</source>
        <translation>يقدّم hubsim عدد %1 من التنسيقات
</translation>
    </message>
    <message>
        <source>  base URL:        %1
</source>
        <translation>  عنوان URL الأساسي:      %1
</translation>
    </message>
    <message>
        <source>  token URL:       %1
</source>
        <translation>  عنوان URL للرمز المميز: %1
</translation>
    </message>
    <message>
        <source>  client id:       %1 (secret from HUBSIM_CLIENT_SECRET or the demo secret)
</source>
        <translation>  معرّف العميل:            %1 (السر من HUBSIM_CLIENT_SECRET أو السر التجريبي)
</translation>
    </message>
    <message>
        <source>  scopes:          %1
</source>
        <translation>  النطاقات:               %1
</translation>
    </message>
    <message>
        <source>  redirect target: %1
</source>
        <translation>  هدف إعادة التوجيه:      %1
</translation>
    </message>
    <message>
        <source>  fault:           %1
</source>
        <translation>  الخلل:                  %1
</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.
</source>
        <translation>اضغط Ctrl+C للإيقاف.
</translation>
    </message>
</context>
<context>
    <name>hubsim::Dataset</name>
    <message>
        <source>Cannot read the dataset %1: %2</source>
        <translation>تتعذّر قراءة مجموعة البيانات %1: %2</translation>
    </message>
    <message>
        <source>The dataset %1 is not usable: %2</source>
        <translation>مجموعة البيانات %1 غير قابلة للاستخدام: %2</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>ليست JSON صالحًا (%1 عند البايت %2)</translation>
    </message>
    <message>
        <source>expected a JSON array of orchestrations or an object with an &quot;orchestration&quot; array</source>
        <translation>المتوقع مصفوفة JSON من التنسيقات أو كائن يحتوي على المصفوفة &quot;orchestration&quot;</translation>
    </message>
    <message>
        <source>orchestration %1 is not a JSON object</source>
        <translation>التنسيق %1 ليس كائن JSON</translation>
    </message>
    <message>
        <source>the &quot;orchestration&quot; member is written in a form the simulator cannot read</source>
        <translation>العضو &quot;orchestration&quot; مكتوب بشكل لا يستطيع المحاكي قراءته</translation>
    </message>
    <message>
        <source>the orchestrations could not be separated</source>
        <translation>تعذّر فصل التنسيقات</translation>
    </message>
</context>
<context>
    <name>hubsim::FaultRule</name>
    <message>
        <source>Bad fault &quot;%1&quot;: %2</source>
        <translation>خلل غير صالح &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>expected NAME[xTIMES][@PAGE][:KEY=VALUE,...]</source>
        <translation>المتوقع NAME[xTIMES][@PAGE][:KEY=VALUE,...]</translation>
    </message>
    <message>
        <source>%1 is not an HTTP status</source>
        <translation>%1 ليس حالة HTTP</translation>
    </message>
    <message>
        <source>unknown fault name &quot;%1&quot;</source>
        <translation>اسم خلل غير معروف &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 needs a whole number</source>
        <translation>%1 يحتاج إلى عدد صحيح</translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation>يجب ألا يكون %1 سالبًا</translation>
    </message>
    <message>
        <source>expires needs a JSON value</source>
        <translation>يحتاج expires إلى قيمة JSON</translation>
    </message>
    <message>
        <source>shape is one of array, count, records, pagination, nocount</source>
        <translation>قيمة shape إحدى: array أو count أو records أو pagination أو nocount</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>مفتاح غير معروف &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Faults: NAME[xTIMES|x*][@PAGE][:KEY=VALUE,...]  (TIMES default 1, * = always;
@PAGE = only requests for that page). NAME is one of:
  500 502 503 504 (any status)  answer that status
  429            Too Many Requests; retry-after=SECONDS, http-date
  302 (any 3xx), redirect  redirect to the other-host listener
  latency        delay; ms=, jitter=
  trickle        slow body; ms= (interval), chunk= (bytes)
  reset          TCP reset mid-body; bytes= sent first (default half)
  truncate       body shorter than Content-Length, then close; bytes=
  malformed      body that is not JSON
  wrongtypes     valid JSON of the wrong shape; shape=array|count|records|pagination|nocount
  oversized      huge valid body; bytes=
  ignorepaging   always page 1 at the default size
  countdrift     paginationInfo.count changes; delta=
  endless        pages that never end: always full, new ids, count 10^12
  drop           close the connection without answering
  gzipbomb       gzip body inflating to bytes= of valid JSON (default 64 MiB)
  gzipcut        gzip page cut short of its Content-Length, then close; bytes=
  token500 (token + any status)  the token endpoint fails
  tokenlatency   the token endpoint answers late; ms=, jitter=
  tokenexpiry    the token endpoint claims another expires_in; expires=JSON (1e300)
Examples: --fault 429x3 --fault 503x2 --fault latency@2:ms=800 --fault trickle:ms=50,chunk=32</source>
        <translation>الأعطال: NAME[xTIMES|x*][@PAGE][:KEY=VALUE,...]  (TIMES افتراضيًا 1، * = دائمًا؛
@PAGE = طلبات تلك الصفحة فقط). NAME أحد ما يلي:
  500 502 503 504 (أي حالة)  الإجابة بتلك الحالة
  429            Too Many Requests؛ retry-after=SECONDS، http-date
  302 (أي 3xx)، redirect  إعادة التوجيه إلى المستمع على المضيف الآخر
  latency        تأخير؛ ms=، jitter=
  trickle        نص استجابة بطيء؛ ms= (الفاصل)، chunk= (بايت)
  reset          إعادة تعيين TCP في منتصف النص؛ bytes= تُرسل أولًا (افتراضيًا النصف)
  truncate       نص أقصر من Content-Length، ثم الإغلاق؛ bytes=
  malformed      نص ليس JSON
  wrongtypes     JSON صالح بشكل خاطئ؛ shape=array|count|records|pagination|nocount
  oversized      نص صالح ضخم؛ bytes=
  ignorepaging   دائمًا الصفحة 1 بالحجم الافتراضي
  countdrift     تتغيّر paginationInfo.count؛ delta=
  endless        صفحات لا تنتهي: ممتلئة دائمًا، معرّفات جديدة، العدد 10^12
  drop           إغلاق الاتصال دون إجابة
  gzipbomb       نص gzip يتضخم إلى bytes= من JSON صالح (افتراضيًا 64 MiB)
  gzipcut        صفحة gzip مقطوعة قبل Content-Length، ثم الإغلاق؛ bytes=
  token500 (token + أي حالة)  تفشل نقطة نهاية الرمز المميز
  tokenlatency   تجيب نقطة نهاية الرمز المميز متأخرة؛ ms=، jitter=
  tokenexpiry    تدّعي نقطة نهاية الرمز المميز قيمة expires_in أخرى؛ expires=JSON (1e300)
أمثلة: --fault 429x3 --fault 503x2 --fault latency@2:ms=800 --fault trickle:ms=50,chunk=32</translation>
    </message>
</context>
<context>
    <name>hubsim::HubSimulator</name>
    <message>
        <source>The simulator cannot listen on 127.0.0.1:%1: %2</source>
        <translation>لا يستطيع المحاكي الاستماع على 127.0.0.1:%1: %2</translation>
    </message>
    <message>
        <source>The requested resource does not exist.</source>
        <translation>المورد المطلوب غير موجود.</translation>
    </message>
    <message>
        <source>This operation is not supported.</source>
        <translation>هذه العملية غير مدعومة.</translation>
    </message>
    <message>
        <source>Your session is not valid. Please sign in again.</source>
        <translation>جلستك غير صالحة. يُرجى تسجيل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>You are not allowed to view orchestrations.</source>
        <translation>غير مسموح لك بعرض التنسيقات.</translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation>الطلب غير صالح.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again later.</source>
        <translation>حدث خطأ ما. يُرجى المحاولة مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>Too many requests. Please wait and try again.</source>
        <translation>طلبات كثيرة جدًا. يُرجى الانتظار والمحاولة مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TLS is not available (Qt TLS backends: %1): connections to https:// tenants will fail; the demo still works. Reinstall the console, or install OpenSSL 3.</source>
        <translation>TLS غير متوفر (واجهات TLS الخلفية في Qt: %1): ستفشل الاتصالات بمستأجري https://؛ لا يزال العرض التجريبي يعمل. أعد تثبيت وحدة التحكم، أو ثبّت OpenSSL 3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>TLS is not available</source>
        <translation>TLS غير متوفر</translation>
    </message>
</context>
</TS>
