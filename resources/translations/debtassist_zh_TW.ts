<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
  <context>
    <name>CaseView</name>
    <message>
      <location filename="debtassist/ui/case_view.py" line="48" />
      <source>Steps</source>
      <translation>步驟</translation>
    </message>
    <message>
      <location filename="debtassist/ui/case_view.py" line="76" />
      <source>&lt; &amp;Back</source>
      <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/case_view.py" line="78" />
      <source>&amp;Next &gt;</source>
      <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
      <location filename="debtassist/ui/case_view.py" line="80" />
      <source>Help (F1)</source>
      <translation>說明（F1）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/case_view.py" line="81" />
      <source>Help for this step</source>
      <translation>這一步的說明</translation>
    </message>
    <message>
      <location filename="debtassist/ui/case_view.py" line="84" />
      <source>Back to the case list</source>
      <translation>回到案件清單</translation>
    </message>
    <message>
      <location filename="debtassist/ui/case_view.py" line="158" />
      <source>Before going on, please fix:</source>
      <translation>繼續之前，請先修正：</translation>
    </message>
    <message>
      <location filename="debtassist/ui/case_view.py" line="172" />
      <source>This page has text that could not be read. Correct it or clear it before leaving the page:</source>
      <translation>這一頁有看不懂的內容，離開這一頁之前請先修正或清除：</translation>
    </message>
    <message>
      <location filename="debtassist/ui/case_view.py" line="205" />
      <source>Saving…</source>
      <translation>儲存中…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/case_view.py" line="238" />
      <source>All changes saved</source>
      <translation>所有變更都已儲存</translation>
    </message>
    <message>
      <location filename="debtassist/ui/case_view.py" line="242" />
      <source>Not saved: </source>
      <translation>尚未儲存：</translation>
    </message>
  </context>
  <context>
    <name>Desk</name>
    <message>
      <location filename="debtassist/ui/desk.py" line="62" />
      <source>Pre-negotiation (bank)</source>
      <translation>前置協商（銀行）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="63" />
      <source>Court pre-mediation</source>
      <translation>法院前置調解</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="64" />
      <source>Township mediation</source>
      <translation>鄉鎮市區調解</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="65" />
      <source>Rehabilitation</source>
      <translation>更生</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="66" />
      <source>Liquidation</source>
      <translation>清算</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="68" />
      <source>Not chosen</source>
      <translation>尚未選擇</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="119" />
      <source>Applicant</source>
      <translation>申請人</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="120" />
      <source>Label / caseworker</source>
      <translation>標籤／承辦人</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="121" />
      <source>ID</source>
      <translation>身分證號</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="124" />
      <source>Next deadline</source>
      <translation>下一個期限</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="125" />
      <source>Missing documents</source>
      <translation>尚缺文件</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="126" />
      <source>Note</source>
      <translation>備註</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="127" />
      <source>Last change</source>
      <translation>最後修改</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="135" />
      <source>overdue</source>
      <translation>已逾期</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="135" />
      <source>this week</source>
      <translation>7 日內</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="151" />
      <source>This case file cannot be read. Open it to restore the newest good backup.</source>
      <translation>無法讀取這個案件檔。請開啟它，以還原最近一份完好的備份。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="153" />
      <source>Protected with a passphrase; shown because it was opened in this session.</source>
      <translation>受密碼保護；因本次已開啟過，所以顯示內容。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="170" />
      <source>(unreadable case file)</source>
      <translation>（無法讀取的案件檔）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="173" />
      <source>🔒 Protected case (passphrase needed)</source>
      <translation>🔒 受密碼保護的案件（需輸入密碼）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="306" />
      <source>Search by full name, full ID, phone, notes, label</source>
      <translation>以完整姓名、完整身分證字號、電話、備註或標籤搜尋</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="307" />
      <source>Search cases</source>
      <translation>搜尋案件</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="312" />
      <location filename="debtassist/ui/desk.py" line="123" />
      <source>Stage</source>
      <translation>進度</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="313" />
      <source>All stages</source>
      <translation>所有進度</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="318" />
      <location filename="debtassist/ui/desk.py" line="122" />
      <source>Route</source>
      <translation>程序</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="319" />
      <source>All routes</source>
      <translation>所有程序</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="324" />
      <source>Deadline</source>
      <translation>期限</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="326" />
      <source>Any deadline or none</source>
      <translation>不限期限</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="327" />
      <source>Overdue</source>
      <translation>已逾期</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="328" />
      <source>Due this week (or overdue)</source>
      <translation>7 日內到期（含已逾期）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="329" />
      <source>Has a deadline</source>
      <translation>有期限</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="333" />
      <source>Missing documents only</source>
      <translation>只顯示缺文件者</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="348" />
      <location filename="debtassist/ui/desk.py" line="406" />
      <source>Cases</source>
      <translation>案件</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="353" />
      <source>No cases yet. Start a new case, or open an example to see how a finished case looks.</source>
      <translation>目前還沒有案件。您可以建立新案件，或開啟範例，看看填寫完成的案件是什麼樣子。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="357" />
      <source>&amp;New case</source>
      <translation>新增案件(&amp;N)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="360" />
      <source>New from &amp;example</source>
      <translation>從範例新增(&amp;E)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="367" />
      <source>&amp;Open</source>
      <translation>開啟(&amp;O)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="369" />
      <source>&amp;Progress and deadlines…</source>
      <translation>進度與期限(&amp;P)…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="371" />
      <source>&amp;Handout…</source>
      <translation>應備文件說明(&amp;H)…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="373" />
      <source>&amp;Duplicate</source>
      <translation>複製(&amp;D)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="375" />
      <source>Move to &amp;trash</source>
      <translation>移到回收桶(&amp;T)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="381" />
      <source>&amp;More</source>
      <translation>更多(&amp;M)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="385" />
      <source>E&amp;xport the case file…</source>
      <translation>匯出案件檔(&amp;X)…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="386" />
      <source>Export selected cases to one &amp;archive…</source>
      <translation>將選取的案件匯出為一個封存檔(&amp;A)…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="387" />
      <source>&amp;Import a case file…</source>
      <translation>匯入案件檔(&amp;I)…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="388" />
      <source>Export all &amp;deadlines to a calendar file…</source>
      <translation>將所有期限匯出為行事曆檔(&amp;D)…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="389" />
      <source>&amp;Back up the whole desk…</source>
      <translation>備份所有案件(&amp;B)…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="390" />
      <source>&amp;Restore from a backup or archive…</source>
      <translation>從備份或封存檔還原(&amp;R)…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="391" />
      <source>T&amp;rash…</source>
      <translation>回收桶(&amp;R)…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="491" />
      <source>the protected case %1</source>
      <translation>受密碼保護的案件 %1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="492" />
      <location filename="debtassist/ui/desk.py" line="178" />
      <source>(no name yet)</source>
      <translation>（尚未填寫姓名）</translation>
    </message>
  </context>
  <context>
    <name>DeskActions</name>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="122" />
      <source>The documents-to-bring handout for %1: print it, or save it as a PDF?</source>
      <translation>%1 的應備文件說明：要列印，還是存成 PDF？</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="125" />
      <source>&amp;Print…</source>
      <translation>列印(&amp;P)…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="126" />
      <source>&amp;Save as PDF…</source>
      <translation>存成 PDF(&amp;S)…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="136" />
      <source>Documents to bring — %1</source>
      <translation>應備文件 — %1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="150" />
      <source>Choose the procedure first: the documents depend on it.</source>
      <translation>請先選擇程序：應備文件依程序而定。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="169" />
      <source>Save the documents-to-bring handout for %1</source>
      <translation>儲存 %1 的應備文件說明</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="170" />
      <source>documents-to-bring.pdf</source>
      <translation>應備文件.pdf</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="171" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 檔 (*.pdf)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="178" />
      <location filename="debtassist/ui/desk_actions.py" line="244" />
      <source>Could not write %1: %2</source>
      <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="181" />
      <source>The handout for %1 is saved as %2.</source>
      <translation>%1 的應備文件說明已存為 %2。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="187" />
      <source>Export %1 case(s) to one archive</source>
      <translation>將 %1 件案件匯出為一個封存檔</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="189" />
      <source>DebtAssist archives (*.zip)</source>
      <translation>DebtAssist 封存檔 (*.zip)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="199" />
      <source>%1 case(s) exported to %2:</source>
      <translation>已將 %1 件案件匯出至 %2：</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="206" />
      <source>Move these %1 cases to the trash? You can restore them from the trash later.</source>
      <translation>要將這 %1 件案件移到垃圾桶嗎？之後可從垃圾桶還原。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="237" />
      <source>Calendar files (*.ics)</source>
      <translation>行事曆檔 (*.ics)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="237" />
      <source>Export all deadlines</source>
      <translation>匯出所有期限</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="246" />
      <source>The deadlines of %1 case(s) are saved in %2. The calendar file holds no ID numbers: each entry names the applicant by the first character of the name, the label and the case number.</source>
      <translation>%1 件案件的期限已存於 %2。行事曆檔不含身分證字號：每筆只列申請人姓名的第一個字、標籤及案件編號。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="252" />
      <source>%1 case(s) are not included (protected and not opened in this session, or unreadable).</source>
      <translation>%1 件案件未包含在內（受密碼保護且本次未開啟，或無法讀取）。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="259" />
      <source>Back up the whole desk</source>
      <translation>備份所有案件</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="259" />
      <source>Backups (*.zip)</source>
      <translation>備份檔 (*.zip)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="263" />
      <source>Protect the backup with a passphrase (leave empty for none). A lost passphrase cannot be recovered.</source>
      <translation>以密碼保護備份檔（留空則不設密碼）。密碼遺失將無法復原。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="275" />
      <source>%1 case(s) backed up to %2.</source>
      <translation>已將 %1 件案件備份至 %2。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="281" />
      <source>Backups (*.zip *.backup);;All files (*)</source>
      <translation>備份檔 (*.zip *.backup);;所有檔案 (*)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="281" />
      <source>Restore from a backup or archive</source>
      <translation>從備份或封存檔還原</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="294" />
      <source>This backup is protected. Passphrase:</source>
      <translation>此備份檔受密碼保護。密碼：</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="304" />
      <source>Restored from %1:</source>
      <translation>已從 %1 還原：</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="305" />
      <source>added: %1</source>
      <translation>新增：%1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="306" />
      <source>replaced by the backup's version: %1</source>
      <translation>以備份版本取代：%1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="307" />
      <source>already the same: %1</source>
      <translation>內容相同：%1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="308" />
      <source>kept (newer on this computer): %1</source>
      <translation>保留（本機版本較新）：%1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="311" />
      <source>left alone (open in a window): %1</source>
      <translation>未處理（正在視窗中開啟）：%1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="318" />
      <source>The case %1 on this computer was changed after the backup was made. Replace it with the older version from the backup? (The newer one is kept as a backup of the case.)</source>
      <translation>本機的案件 %1 在備份之後有變更。要以備份中較舊的版本取代嗎？（較新的版本會保留為該案件的備份。）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="330" />
      <source>Copy of %1, made %2</source>
      <translation>%1 的複本，建立於 %2</translation>
    </message>
  </context>
  <context>
    <name>DeskLifecycle</name>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="48" />
      <source>Progress and deadlines — %1</source>
      <translation>進度與期限 — %1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="52" />
      <source>Label / caseworker</source>
      <translation>標籤／承辦人</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="54" />
      <source>One-line note for the desk</source>
      <translation>案件清單上的一行備註</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="57" />
      <source>Label / caseworker:</source>
      <translation>標籤／承辦人：</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="58" />
      <source>One-line note for the desk:</source>
      <translation>案件清單上的一行備註：</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="63" />
      <location filename="debtassist/ui/desk_lifecycle.py" line="77" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="63" />
      <location filename="debtassist/ui/desk_lifecycle.py" line="87" />
      <source>Deadline set</source>
      <translation>所定期限</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="63" />
      <source>Number</source>
      <translation>號碼</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="63" />
      <source>To / by whom</source>
      <translation>對象／機關</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="73" />
      <location filename="debtassist/ui/desk_lifecycle.py" line="63" />
      <source>What happened</source>
      <translation>事項</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="79" />
      <source>Which step</source>
      <translation>哪一個程序</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="80" />
      <source>The case's route</source>
      <translation>案件的程序</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="84" />
      <source>To / by whom (bank, court, committee)</source>
      <translation>對象／機關（銀行、法院、調解委員會）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="86" />
      <source>Registered-mail or case number</source>
      <translation>掛號號碼或案號</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="89" />
      <location filename="debtassist/ui/desk_lifecycle.py" line="63" />
      <source>Note</source>
      <translation>備註</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="101" />
      <source>What happened:</source>
      <translation>事項：</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="102" />
      <source>Date:</source>
      <translation>日期：</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="103" />
      <source>Which step:</source>
      <translation>哪一個程序：</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="104" />
      <source>To / by whom (bank, court, committee):</source>
      <translation>對象／機關（銀行、法院、調解委員會）：</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="105" />
      <source>Registered-mail or case number:</source>
      <translation>掛號號碼或案號：</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="106" />
      <source>Deadline (as the court set it, or your own date):</source>
      <translation>期限（依法院裁定，或自訂日期）：</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="107" />
      <source>Note:</source>
      <translation>備註：</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="112" />
      <source>&amp;Add as new entry</source>
      <translation>新增一筆(&amp;A)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="114" />
      <source>&amp;Change selected entry</source>
      <translation>修改選取的一筆(&amp;C)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="116" />
      <source>Re&amp;move selected entry</source>
      <translation>刪除選取的一筆(&amp;M)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="128" />
      <source>Deadlines</source>
      <translation>期限</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="143" />
      <source>Deadlines (with their rule):</source>
      <translation>期限（及其依據）：</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="164" />
      <source>Enter the date it happened.</source>
      <translation>請輸入發生的日期。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="168" />
      <source>Enter a date.</source>
      <translation>請輸入日期。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="250" />
      <source>Current stage: %1</source>
      <translation>目前進度：%1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="261" />
      <source>No deadlines yet.</source>
      <translation>目前沒有期限。</translation>
    </message>
  </context>
  <context>
    <name>DetailForm</name>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="82" />
      <source>Secured (a mortgage, a car loan with a lien, …)</source>
      <translation>有擔保（例如房屋抵押、車貸設定動產擔保…）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="89" />
      <source>Enforcement (強制執行) is pending</source>
      <translation>正在強制執行中</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="100" />
      <source>Bank or post office</source>
      <translation>銀行或郵局</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="101" />
      <source>Branch</source>
      <translation>分行</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="102" />
      <source>Account number</source>
      <translation>帳號</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="103" />
      <source>Balance</source>
      <translation>餘額</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="106" />
      <source>Land or building</source>
      <translation>土地或建物</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="107" />
      <source>Address or section (段)</source>
      <translation>地址或地段</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="108" />
      <source>Lot or building number (地號／建號)</source>
      <translation>地號／建號</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="109" />
      <source>Announced value (公告現值)</source>
      <translation>公告現值</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="110" />
      <source>Your share (持分), e.g. 1/2</source>
      <translation>持分，例如 1/2</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="113" />
      <source>Make and kind</source>
      <translation>廠牌及車種</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="114" />
      <source>Plate number</source>
      <translation>車牌號碼</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="115" />
      <source>Year made</source>
      <translation>出廠年份</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="116" />
      <source>Value</source>
      <translation>價值</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="119" />
      <source>Insurer</source>
      <translation>保險公司</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="120" />
      <source>Kind of policy</source>
      <translation>險種</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="121" />
      <source>Policy number</source>
      <translation>保單號碼</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="122" />
      <source>Surrender value (解約金)</source>
      <translation>解約金</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="125" />
      <source>Broker or company</source>
      <translation>證券商或公司</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="126" />
      <source>Name of the shares or fund</source>
      <translation>股票或基金名稱</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="128" />
      <source>Market value</source>
      <translation>市值</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="158" />
      <source>Select a row in the list, or add one, to fill in its details here.</source>
      <translation>請在清單中選一筆（或新增一筆），在這裡填寫詳細資料。</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="debtassist/ui/main_window.py" line="74" />
      <source>DebtAssist — consumer debt paperwork</source>
      <translation>DebtAssist－消費者債務清理文件準備</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="76" />
      <source>&amp;File</source>
      <translation>檔案(&amp;F)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="77" />
      <source>&amp;New case</source>
      <translation>新增案件(&amp;N)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="81" />
      <source>&amp;Case list</source>
      <translation>案件清單(&amp;C)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="84" />
      <source>&amp;Quit</source>
      <translation>結束(&amp;Q)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="88" />
      <source>&amp;Language</source>
      <translation>語言(&amp;L)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="95" />
      <source>&amp;Case</source>
      <translation>案件(&amp;C)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="97" />
      <source>&amp;Protect with a passphrase…</source>
      <translation>設定密碼保護(&amp;P)…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="98" />
      <source>&amp;Change the passphrase…</source>
      <translation>變更密碼(&amp;C)…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="99" />
      <source>&amp;Remove the passphrase…</source>
      <translation>移除密碼(&amp;R)…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="104" />
      <source>&amp;Help</source>
      <translation>說明(&amp;H)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="105" />
      <source>&amp;About DebtAssist</source>
      <translation>關於 DebtAssist(&amp;A)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="162" />
      <source>New passphrase:</source>
      <translation>新密碼：</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="165" />
      <source>Type the new passphrase again:</source>
      <translation>請再輸入一次新密碼：</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="166" />
      <source>The two passphrases are not the same; nothing was changed.</source>
      <translation>兩次輸入的密碼不一樣，沒有做任何變更。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="173" />
      <source>Export case file</source>
      <translation>匯出案件檔</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="175" />
      <location filename="debtassist/ui/main_window.py" line="183" />
      <source>Case files (*.json)</source>
      <translation>案件檔 (*.json)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="183" />
      <source>Import case file</source>
      <translation>匯入案件檔</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="201" />
      <source>The last changes could not be saved; they are still on screen. Try again.</source>
      <translation>最近的變更未能儲存，但仍顯示在畫面上。請再試一次。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="222" />
      <source>This case is protected. Passphrase:</source>
      <translation>這個案件受密碼保護。請輸入密碼：</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="246" />
      <source>Restore the newest good backup?</source>
      <translation>要還原最近一份完好的備份嗎？</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="341" />
      <source>Move this case to the trash? You can restore it from the trash later.</source>
      <translation>要把這個案件移到回收桶嗎？之後仍可以從回收桶還原。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="354" />
      <source>Open a case first.</source>
      <translation>請先開啟一個案件。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="365" />
      <source>This case is already protected. Use Change the passphrase.</source>
      <translation>這個案件已經有密碼保護。如要更換，請用「變更密碼」。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="376" />
      <source>Current passphrase:</source>
      <translation>目前的密碼：</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="388" />
      <source>Current passphrase (the case will be stored without one):</source>
      <translation>目前的密碼（移除後案件將不再加密儲存）：</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="408" />
      <source>Done.</source>
      <translation>完成。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="425" />
      <source>Erase this case and all its backups for good? This cannot be undone.</source>
      <translation>要永久清除這個案件和它所有的備份嗎？清除後無法復原。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="438" />
      <source>Trash</source>
      <translation>回收桶</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="447" />
      <source>Restore</source>
      <translation>還原</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="448" />
      <source>Erase for good…</source>
      <translation>永久清除…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="465" />
      <source>DebtAssist %1

Prepares the paperwork for Taiwan's Consumer Debt Clearance Act. It informs and computes; it is not legal advice. For advice, contact the Legal Aid Foundation. Everything stays on this computer.</source>
      <translation>DebtAssist %1

協助您準備《消費者債務清理條例》所需的文件。本程式提供資訊與計算，不是法律意見；如需法律意見，請洽法律扶助基金會。所有資料都只存在這台電腦上。</translation>
    </message>
  </context>
  <context>
    <name>Summary</name>
    <message>
      <location filename="debtassist/ui/summary.py" line="73" />
      <location filename="debtassist/ui/summary.py" line="79" />
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <location filename="debtassist/ui/summary.py" line="92" />
      <source>Documents missing</source>
      <translation>尚缺文件</translation>
    </message>
    <message>
      <location filename="debtassist/ui/summary.py" line="93" />
      <source>Stage</source>
      <translation>進度</translation>
    </message>
    <message>
      <location filename="debtassist/ui/summary.py" line="94" />
      <source>Next deadline</source>
      <translation>下一個期限</translation>
    </message>
    <message>
      <location filename="debtassist/ui/summary.py" line="132" />
      <source>Open problems: %1 to fix, %2 to check</source>
      <translation>待處理的問題：%1 項須修正，%2 項請確認</translation>
    </message>
    <message>
      <location filename="debtassist/ui/summary.py" line="139" />
      <source>… and %1 more on the review page</source>
      <translation>…另有 %1 項，請見檢查頁</translation>
    </message>
    <message>
      <location filename="debtassist/ui/summary.py" line="140" />
      <source>No problems found.</source>
      <translation>沒有發現問題。</translation>
    </message>
  </context>
  <context>
    <name>Tables</name>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="101" />
      <location filename="debtassist/ui/models/tables.py" line="154" />
      <location filename="debtassist/ui/models/tables.py" line="219" />
      <location filename="debtassist/ui/models/tables.py" line="241" />
      <location filename="debtassist/ui/models/tables.py" line="253" />
      <source>Kind</source>
      <translation>種類</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="108" />
      <source>Creditor</source>
      <translation>債權人</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="112" />
      <location filename="debtassist/ui/models/tables.py" line="216" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="115" />
      <source>Debt type</source>
      <translation>債務種類</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="120" />
      <location filename="debtassist/ui/models/tables.py" line="218" />
      <source>Cause</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="121" />
      <source>Principal</source>
      <translation>本金</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="122" />
      <source>Interest and fees</source>
      <translation>利息及費用</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="123" />
      <source>Secured</source>
      <translation>有擔保</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="124" />
      <location filename="debtassist/ui/models/tables.py" line="220" />
      <source>Security</source>
      <translation>擔保內容</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="127" />
      <source>Covered by the security</source>
      <translation>擔保可受償金額</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="131" />
      <source>Priority</source>
      <translation>優先權</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="132" />
      <source>Home loan</source>
      <translation>自用住宅借款</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="135" />
      <source>Instalments overdue</source>
      <translation>逾期期數</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="139" />
      <source>Special clause</source>
      <translation>特別條款</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="141" />
      <source>Enforcement pending</source>
      <translation>強制執行中</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="143" />
      <source>Enforcement court</source>
      <translation>執行法院</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="144" />
      <source>Enforcement case no.</source>
      <translation>執行案號</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="160" />
      <source>Description</source>
      <translation>名稱或內容</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="161" />
      <source>Held with</source>
      <translation>往來機構</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="162" />
      <source>Location</source>
      <translation>所在地</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="163" />
      <source>Number</source>
      <translation>帳號或號碼</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="164" />
      <source>Value</source>
      <translation>價值</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="165" />
      <source>Share</source>
      <translation>持分</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="166" />
      <source>Number of shares</source>
      <translation>股數</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="167" />
      <source>Year made</source>
      <translation>出廠年份</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="168" />
      <location filename="debtassist/ui/models/tables.py" line="207" />
      <location filename="debtassist/ui/models/tables.py" line="274" />
      <source>Note</source>
      <translation>備註</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="169" />
      <source>Hard to sell</source>
      <translation>不易變價</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="171" />
      <source>Excluded (Art. 99)</source>
      <translation>不屬清算財團（第99條）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="173" />
      <source>Reason</source>
      <translation>理由</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="174" />
      <source>Value that counts</source>
      <translation>計入之價值</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="182" />
      <source>Instalments</source>
      <translation>期數</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="183" />
      <source>Amount each</source>
      <translation>每期金額</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="193" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="195" />
      <source>Relationship</source>
      <translation>關係</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="197" />
      <source>Date of birth</source>
      <translation>出生日期</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="200" />
      <source>National ID</source>
      <translation>身分證統一編號</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="204" />
      <source>Supported</source>
      <translation>受扶養</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="205" />
      <source>Support share</source>
      <translation>扶養比例</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="206" />
      <source>Monthly support</source>
      <translation>每月扶養費</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="215" />
      <source>Debtor</source>
      <translation>債務人</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="217" />
      <source>Amount</source>
      <translation>金額</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="239" />
      <source>From (month)</source>
      <translation>起（年月）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="240" />
      <source>To (month)</source>
      <translation>迄（年月）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="242" />
      <location filename="debtassist/ui/models/tables.py" line="254" />
      <source>Kind in your words</source>
      <translation>類別說明</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="243" />
      <location filename="debtassist/ui/models/tables.py" line="255" />
      <source>Source</source>
      <translation>來源</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="244" />
      <source>Total of the period</source>
      <translation>期間合計</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="245" />
      <source>Or monthly average</source>
      <translation>或每月平均</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="256" />
      <location filename="debtassist/ui/models/tables.py" line="273" />
      <source>Monthly amount</source>
      <translation>每月金額</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="257" />
      <source>Paid in cash</source>
      <translation>現金領取</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="267" />
      <source>Category</source>
      <translation>項目</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="272" />
      <source>Category in your words</source>
      <translation>項目說明</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="282" />
      <source>Business</source>
      <translation>營業內容</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="283" />
      <source>Start</source>
      <translation>開始日期</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="284" />
      <source>End</source>
      <translation>結束日期</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="285" />
      <source>Turnover</source>
      <translation>營業額</translation>
    </message>
  </context>
  <context>
    <name>Widgets</name>
    <message>
      <location filename="debtassist/ui/widgets/county.py" line="84" />
      <source>Choose a county or city…</source>
      <translation>請選擇縣市…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/widgets/dates.py" line="104" />
      <source>The date cannot be later than %1. Please check it again.</source>
      <translation>日期不能晚於 %1，請再確認一次。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/widgets/dates.py" line="112" />
      <source>The date cannot be in the future (today is %1). Please check it again.</source>
      <translation>日期不能是未來的日子（今天是 %1），請再確認一次。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/widgets/dates.py" line="124" />
      <source>Date in ROC (Minguo) years, for example 115/3/2; 2026-03-02 is also accepted.</source>
      <translation>請用民國年填寫，例如 115/3/2；也可以填西元 2026-03-02。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/widgets/lender.py" line="106" />
      <source>Type part of the name to see matching banks and companies, or type any other name.</source>
      <translation>輸入名稱的一部分，就會列出相符的銀行和公司；也可以直接輸入其他名稱。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/widgets/money.py" line="94" />
      <source>Amount in whole New Taiwan dollars, for example 12,345.</source>
      <translation>請填新臺幣整數金額（不含角、分），例如 12,345。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/widgets/national_id.py" line="114" />
      <source>The check digit is right.</source>
      <translation>檢查碼正確。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/widgets/national_id.py" line="121" />
      <source>One letter and 9 digits, as on the national ID card or resident certificate.</source>
      <translation>1 個英文字母加 9 個數字，與身分證或居留證上的號碼相同。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/widgets/share.py" line="63" />
      <source>A fraction, decimal or percentage, for example 1/2, 0.5 or 50%.</source>
      <translation>可以填分數、小數或百分比，例如 1/2、0.5 或 50%。</translation>
    </message>
  </context>
  <context>
    <name>Wizard</name>
    <message>
      <location filename="debtassist/ui/wizard/attachments_model.py" line="140" />
      <location filename="debtassist/ui/wizard/review_page.py" line="312" />
      <source>Document</source>
      <translation>文件</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/attachments_model.py" line="141" />
      <source>Where to get it</source>
      <translation>向何處申請</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/attachments_model.py" line="143" />
      <location filename="debtassist/ui/wizard/review_page.py" line="312" />
      <source>Issue date</source>
      <translation>開立日期</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/attachments_model.py" line="144" />
      <source>Note</source>
      <translation>備註</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/attachments_model.py" line="145" />
      <location filename="debtassist/ui/wizard/review_page.py" line="312" />
      <source>Problem</source>
      <translation>問題</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/attachments_model.py" line="221" />
      <source>Where to get it: %1</source>
      <translation>向何處申請：%1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/attachments_model.py" line="225" />
      <source>Sets needed: %1 (the original and one copy for each creditor)</source>
      <translation>需要份數：%1（正本 1 份，另加每位債權人各 1 份）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/attachments_model.py" line="231" />
      <source>ROC date, for example 115/3/2</source>
      <translation>民國日期，例如 115/3/2</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/attachments_model.py" line="233" />
      <source>Must be issued on or after %1</source>
      <translation>須於 %1 以後開立</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/attachments_model.py" line="300" />
      <location filename="debtassist/ui/wizard/attachments_model.py" line="142" />
      <location filename="debtassist/ui/wizard/review_page.py" line="312" />
      <source>Status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/attachments_page.py" line="33" />
      <source>{attachments}. Documents</source>
      <translation>{attachments}. 應附文件</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/attachments_page.py" line="39" />
      <source>These documents go with your application. When a required one is missing or out of date, the bank may return the application or ask for it, and the negotiation waits. The list says where to get each; mark what you have and the day it was issued, since some must be recent.</source>
      <translation>這些文件要和申請書一起送出。必附文件如果缺少或已過期，銀行可能退回申請書或要求您補送，協商會因此延後。清單上有每份文件向何處申請；請標示您已備妥的文件和開立日期，因為有些文件必須是最近開立的。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/attachments_page.py" line="44" />
      <source>These documents go with your petition. When a required one is missing or out of date, the court orders you to supply it (補正) and your case waits, or is dismissed if you do not. The list says where to get each; mark what you have and the day it was issued, since some must be recent.</source>
      <translation>這些文件要和聲請狀一起送出。必附文件如果缺少或已過期，法院會裁定要求您補正，案件會因此暫停；如果沒有補正，案件可能被駁回。清單上有每份文件向何處申請；請標示您已備妥的文件和開立日期，因為有些文件必須是最近開立的。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/attachments_page.py" line="55" />
      <source>Documents checklist</source>
      <translation>應附文件檢查表</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/attachments_page.py" line="101" />
      <source>Double-click a cell (or press F2) to change the status, the issue date (ROC, e.g. 115/3/2) or your note. Rows in red are required documents that are not ready yet.</source>
      <translation>在儲存格上按兩下（或按 F2），即可修改狀態、開立日期（民國，例如 115/3/2）或備註。紅色的列是尚未備妥的必附文件。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/attachments_page.py" line="119" />
      <source>Document: %1</source>
      <translation>文件：%1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/attachments_page.py" line="136" />
      <source>Choose a procedure on page {route} first: the documents depend on it.</source>
      <translation>請先在第 {route} 頁選擇程序：需要哪些文件要看程序而定。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/attachments_page.py" line="143" />
      <source>%1 required document(s) not ready yet: %2</source>
      <translation>尚有 %1 份必附文件未備妥：%2</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/attachments_page.py" line="149" />
      <source>Every required document is ready.</source>
      <translation>所有必附文件都已備妥。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="40" />
      <source>Pre-negotiation with your largest creditor bank (前置協商)</source>
      <translation>向最大債權金融機構申請前置協商</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="41" />
      <source>A letter to the bank you owe most; it negotiates one repayment plan for all your bank debts. No court fee. Debts to private lenders, guarantees and asset-management companies are usually not included.</source>
      <translation>寄信給您欠款最多的銀行，由它代表所有銀行和您協商出一個還款方案。不必繳法院規費。欠民間債權人的錢、保證債務及資產管理公司的債務，通常不包括在內。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="48" />
      <source>Pre-mediation at the district court (前置調解)</source>
      <translation>向地方法院聲請前置調解</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="49" />
      <source>The court calls all your creditors, including non-bank ones, to agree on a plan. Fee NT$1,000.</source>
      <translation>由法院通知您所有的債權人（包括銀行以外的債權人），一起商量出還款方案。聲請費新臺幣 1,000 元。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="54" />
      <source>Mediation at your township's mediation committee</source>
      <translation>向鄉鎮市區調解委員會聲請調解</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="55" />
      <source>Like court mediation, at the local mediation committee; free of charge.</source>
      <translation>和法院調解類似，由您住所地的調解委員會進行，不收費用。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="58" />
      <source>Rehabilitation (更生)</source>
      <translation>更生</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="59" />
      <source>The court approves a plan you can pay from your income, for at most 6 years (8 in some cases). Only when unsecured debt is NT$12,000,000 or less.</source>
      <translation>由法院認可一個您能用收入負擔的還款方案，期間最長 6 年（部分情形可到 8 年）。僅限無擔保債務在新臺幣 1,200 萬元以下。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="65" />
      <source>Liquidation (清算)</source>
      <translation>清算</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="66" />
      <source>Your assets are sold for the creditors and the rest of the debt may be discharged.</source>
      <translation>將您的財產變賣後分配給債權人，剩下的債務有機會獲得免責。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="121" />
      <source>{route}. Which procedure</source>
      <translation>{route}. 選擇程序</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="124" />
      <source>The procedure decides which forms you need, where you send them and what they cost. You can change it later; everything you type is kept. For advice on which is right for you, ask the Legal Aid Foundation.</source>
      <translation>您選的程序決定了需要哪些表格、要送到哪裡，以及要繳多少費用。之後仍可以更改，已輸入的資料都會保留。如果不確定哪一種適合您，可以請法律扶助基金會提供建議。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="132" />
      <location filename="debtassist/ui/wizard/review_page.py" line="185" />
      <location filename="debtassist/ui/wizard/review_page.py" line="187" />
      <source>Procedure</source>
      <translation>程序</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="151" />
      <location filename="debtassist/ui/wizard/review_page.py" line="188" />
      <source>Filing date</source>
      <translation>聲請（申請）日期</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="155" />
      <source>Filing date (the day you send or file it)</source>
      <translation>聲請（申請）日期（寄出或遞狀的那一天）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="157" />
      <source>ROC or western: 115/12/7 or 2026-12-07. It sets the living-expense year and the one-month limits of some documents.</source>
      <translation>民國或西元都可以：115/12/7 或 2026-12-07。這個日期決定採用哪一年度的最低生活費，也用來計算部分文件「須在一個月內開立」的期限。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="164" />
      <location filename="debtassist/ui/wizard/basic_pages.py" line="177" />
      <location filename="debtassist/ui/wizard/review_page.py" line="191" />
      <source>Court or mediation committee</source>
      <translation>法院或調解委員會</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="168" />
      <location filename="debtassist/ui/wizard/review_page.py" line="350" />
      <source>Notes</source>
      <translation>說明</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="172" />
      <source>Notes for yourself or your social worker</source>
      <translation>給自己或社工的備註</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="174" />
      <source>Kept with the case; not printed on the forms.</source>
      <translation>與案件一起保存，不會印在表單上。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="179" />
      <source>Choose from the list (offered from your addresses) or type it.</source>
      <translation>請從清單選擇（依您的地址提供），或自行輸入。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="231" />
      <source>You list no debt to a bank or other financial institution: pre-negotiation does not apply; mediation can include all creditors.</source>
      <translation>您沒有列出欠銀行或其他金融機構的債務，所以不適用前置協商；調解則可以把所有債權人都納入。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="237" />
      <source>Your unsecured debt is over NT$12,000,000: rehabilitation is not available.</source>
      <translation>您的無擔保債務超過新臺幣 1,200 萬元，無法聲請更生。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="240" />
      <source>Your business turnover is over the limit: the Act's procedures may not apply to you.</source>
      <translation>您的營業額超過上限，可能不適用消債條例的程序。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="242" />
      <source>Nothing in the case so far rules out a procedure.</source>
      <translation>依目前填寫的資料，沒有哪一種程序被排除。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="251" />
      <source>{eligibility}. Before you start</source>
      <translation>{eligibility}. 開始之前</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="254" />
      <source>Only a consumer can use the Act: no business in the last five years, or average monthly turnover of NT$200,000 or less (Art. 2). Banks also ask about earlier negotiations.</source>
      <translation>只有「消費者」可以適用消債條例：最近五年內沒有從事營業活動，或平均每月營業額在新臺幣 20 萬元以下（第2條）。銀行也會詢問您以前是否協商過。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="262" />
      <location filename="debtassist/ui/wizard/review_page.py" line="212" />
      <source>Did you run a business in the last five years?</source>
      <translation>最近五年內，您是否曾從事營業活動（例如做生意、開店）？</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="263" />
      <location filename="debtassist/ui/wizard/basic_pages.py" line="297" />
      <location filename="debtassist/ui/wizard/court_plan.py" line="72" />
      <location filename="debtassist/ui/wizard/final_text.py" line="27" />
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="263" />
      <location filename="debtassist/ui/wizard/basic_pages.py" line="297" />
      <location filename="debtassist/ui/wizard/court_plan.py" line="73" />
      <location filename="debtassist/ui/wizard/final_text.py" line="27" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="266" />
      <location filename="debtassist/ui/wizard/review_page.py" line="214" />
      <source>The 2006 (ROC 95) bank debt negotiation: did you take part, and was an agreement concluded?</source>
      <translation>民國 95 年銀行公會的債務協商：您是否參加過？是否達成協議？</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="271" />
      <location filename="debtassist/ui/wizard/review_page.py" line="206" />
      <source>Yes, an agreement was concluded</source>
      <translation>有參加，而且達成協議</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="272" />
      <location filename="debtassist/ui/wizard/review_page.py" line="210" />
      <source>I took part; no agreement</source>
      <translation>有參加，但沒有達成協議</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="273" />
      <location filename="debtassist/ui/wizard/review_page.py" line="208" />
      <source>I never negotiated then</source>
      <translation>當時從未參加協商</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="280" />
      <location filename="debtassist/ui/wizard/filing_fields.py" line="299" />
      <location filename="debtassist/ui/wizard/filing_fields.py" line="397" />
      <source>Choose…</source>
      <translation>請選擇…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="282" />
      <location filename="debtassist/ui/wizard/review_page.py" line="197" />
      <source>Never applied</source>
      <translation>從未申請</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="283" />
      <location filename="debtassist/ui/wizard/review_page.py" line="198" />
      <source>Applied; an agreement was concluded</source>
      <translation>曾申請，協商成立</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="284" />
      <location filename="debtassist/ui/wizard/review_page.py" line="199" />
      <source>Applied; it failed</source>
      <translation>曾申請，協商不成立</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="285" />
      <location filename="debtassist/ui/wizard/review_page.py" line="200" />
      <source>Applied; 'deemed not requested'</source>
      <translation>曾申請，被「視為未請求」</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="286" />
      <location filename="debtassist/ui/wizard/review_page.py" line="201" />
      <source>Applied; returned for missing documents or eligibility</source>
      <translation>曾申請，因文件不齊或資格不符被退件</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="290" />
      <location filename="debtassist/ui/wizard/basic_pages.py" line="292" />
      <location filename="debtassist/ui/wizard/review_page.py" line="220" />
      <source>Earlier pre-negotiation</source>
      <translation>先前的前置協商</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="295" />
      <location filename="debtassist/ui/wizard/basic_pages.py" line="293" />
      <location filename="debtassist/ui/wizard/review_page.py" line="225" />
      <source>When it ended</source>
      <translation>結束日期</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="296" />
      <location filename="debtassist/ui/wizard/review_page.py" line="229" />
      <source>If an agreement was concluded: did paying become hard for reasons not your fault?</source>
      <translation>如果曾經協商成立：後來是否因為不可歸責於您的原因，以致難以繼續還款？</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="301" />
      <source>Mediation failed on</source>
      <translation>調解不成立日期</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="304" />
      <location filename="debtassist/ui/wizard/review_page.py" line="234" />
      <source>If a mediation failed: on which day</source>
      <translation>如果調解不成立：是哪一天</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="322" />
      <source>Pending enforcement or wage garnishment is entered with each creditor (page {creditors}).</source>
      <translation>如果有強制執行或扣薪，請在各債權人的資料中填寫（第 {creditors} 頁）。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="383" />
      <source>{applicant}. About you</source>
      <translation>{applicant}. 您的基本資料</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="386" />
      <source>The forms name you exactly as on your ID card; the court and banks write to your mailing address. Your county sets the living-expense standard used for your necessary expenses (Art. 64-2).</source>
      <translation>表格上的姓名必須與身分證完全相同；法院和銀行會寄信到您的通訊地址。您居住的縣市，決定計算必要生活費用時採用的最低生活費標準（第64條之2）。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="393" />
      <location filename="debtassist/ui/wizard/basic_pages.py" line="406" />
      <location filename="debtassist/ui/wizard/review_page.py" line="244" />
      <source>National ID number</source>
      <translation>身分證統一編號</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="394" />
      <location filename="debtassist/ui/wizard/basic_pages.py" line="410" />
      <location filename="debtassist/ui/wizard/review_page.py" line="245" />
      <source>Date of birth</source>
      <translation>出生日期</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="400" />
      <location filename="debtassist/ui/wizard/basic_pages.py" line="416" />
      <location filename="debtassist/ui/wizard/review_page.py" line="251" />
      <source>County or city where you live</source>
      <translation>居住縣市</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="404" />
      <location filename="debtassist/ui/wizard/review_page.py" line="243" />
      <source>Name (as on your ID card)</source>
      <translation>姓名（與身分證相同）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="408" />
      <source>One letter and nine digits; checked as you type.</source>
      <translation>1 個英文字母加 9 個數字；輸入時會自動檢查。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="411" />
      <location filename="debtassist/ui/wizard/filing_fields.py" line="253" />
      <location filename="debtassist/ui/wizard/review_page.py" line="246" />
      <source>Phone</source>
      <translation>電話</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="412" />
      <source>At least one phone number is needed.</source>
      <translation>至少需要填一個電話號碼。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="412" />
      <location filename="debtassist/ui/wizard/review_page.py" line="247" />
      <source>Mobile phone</source>
      <translation>手機</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="413" />
      <location filename="debtassist/ui/wizard/review_page.py" line="248" />
      <source>E-mail</source>
      <translation>電子郵件</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="414" />
      <location filename="debtassist/ui/wizard/review_page.py" line="249" />
      <source>Registered address (戶籍地址)</source>
      <translation>戶籍地址</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="415" />
      <source>Leave empty if it is the registered address.</source>
      <translation>與戶籍地址相同時可以不填。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="415" />
      <location filename="debtassist/ui/wizard/review_page.py" line="250" />
      <source>Mailing address</source>
      <translation>通訊地址</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="417" />
      <location filename="debtassist/ui/wizard/review_page.py" line="252" />
      <source>Employer</source>
      <translation>服務單位</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="418" />
      <location filename="debtassist/ui/wizard/review_page.py" line="253" />
      <source>Occupation</source>
      <translation>職業</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="51" />
      <source>None (the plan ends within 6 years)</source>
      <translation>無（方案於6年內清償完畢）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="52" />
      <source>Home-loan special clause</source>
      <translation>自用住宅借款特別條款</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="55" />
      <source>Settlement with secured or priority creditors</source>
      <translation>與有擔保或優先權債權人成立清償協議</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="57" />
      <source>To reach the Art. 64 II (3)/(4) minimums</source>
      <translation>為達第64條第2項第3款、第4款之最低清償總額</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="60" />
      <source>Not chosen yet</source>
      <translation>尚未選擇</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="61" />
      <source>Directly to each creditor</source>
      <translation>直接向各債權人給付</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="62" />
      <source>Through the largest creditor bank (Rules Art. 26)</source>
      <translation>由最大債權金融機構統一收款及撥付（施行細則第26條）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="65" />
      <source>set by the deemed-best-effort rule (Art. 64-1)</source>
      <translation>由視為盡力清償之標準決定（第64條之1）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="66" />
      <source>set by the liquidation value (Art. 64 II (3))</source>
      <translation>由清算價值決定（第64條第2項第3款）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="67" />
      <source>set by the two-year surplus (Art. 64 II (4))</source>
      <translation>由聲請前二年餘額決定（第64條第2項第4款）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="71" />
      <source>Not answered</source>
      <translation>尚未回答</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="126" />
      <source> month</source>
      <translation> 個月</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="126" />
      <source> months</source>
      <translation> 個月</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="176" />
      <source>%1 of at most %2 months</source>
      <translation>%1 個月（上限 %2 個月）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="183" />
      <source>Plan %1 / required %2</source>
      <translation>方案 %1 元／需 %2 元</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="186" />
      <location filename="debtassist/ui/wizard/court_plan.py" line="488" />
      <source>Not known yet: an input is missing.</source>
      <translation>尚無法判斷：仍缺資料。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="188" />
      <source>Passes.</source>
      <translation>符合。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="190" />
      <source>Does not pass: %1 short.</source>
      <translation>不符合：差 %1 元。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="192" />
      <source>Does not pass.</source>
      <translation>不符合。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="214" />
      <source>Your plan (更生方案, Art. 53)</source>
      <translation>您的更生方案（第53條）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="220" />
      <source>Plan term</source>
      <translation>方案期間</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="224" />
      <source>Months between payments</source>
      <translation>每期間隔月數</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="227" />
      <location filename="debtassist/ui/wizard/court_plan.py" line="234" />
      <location filename="debtassist/ui/wizard/court_plan.py" line="524" />
      <source>not set</source>
      <translation>未設定</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="228" />
      <location filename="debtassist/ui/wizard/court_plan.py" line="239" />
      <source>Payment day of the month</source>
      <translation>每月給付日</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="229" />
      <source>Art. 53 exception for more than 6 years</source>
      <translation>逾6年之第53條但書事由</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="230" />
      <source>How payments reach the creditors</source>
      <translation>給付方式</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="231" />
      <source>Yearly extra payment</source>
      <translation>每年增額還款</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="235" />
      <location filename="debtassist/ui/wizard/court_plan.py" line="243" />
      <source>Month of the extra payment</source>
      <translation>增額還款月份</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="237" />
      <source>Term for the suggested amount</source>
      <translation>建議金額的期間</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="238" />
      <source>One payment every</source>
      <translation>每期間隔</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="240" />
      <source>More than 6 years because</source>
      <translation>逾6年之理由</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="241" />
      <source>Payments go</source>
      <translation>給付方式</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="242" />
      <source>Yearly extra payment (NT$)</source>
      <translation>每年增額還款（元）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="250" />
      <source>Use this amount</source>
      <translation>採用此金額</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="256" />
      <source>Phases: instalments × amount</source>
      <translation>分段：期數 × 每期金額</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="261" />
      <source>The court's tests</source>
      <translation>法院的審查標準</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="264" />
      <source>Enter the phases of your plan (or use the suggested amount) to see the tests.</source>
      <translation>請輸入方案的期數與金額（或採用建議金額），即可看到各項標準的計算。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="269" />
      <location filename="debtassist/ui/wizard/court_plan.py" line="274" />
      <source>What each creditor receives</source>
      <translation>各債權人受償金額</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="273" />
      <location filename="debtassist/ui/wizard/court_plan.py" line="426" />
      <source>Creditor</source>
      <translation>債權人</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="273" />
      <source>Each instalment</source>
      <translation>每期受償額</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="273" />
      <source>In all</source>
      <translation>受償總額</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="273" />
      <source>Share</source>
      <translation>比例</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="273" />
      <source>Unsecured claim</source>
      <translation>無擔保債權額</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="278" />
      <source>Each instalment is split pro rata to the unsecured non-priority claims, to the dollar, by the largest-remainder method, so the parts add up to the instalment exactly (Rules Art. 26).</source>
      <translation>每期金額依無擔保無優先權債權額比例，以最大餘數法分配至元，各債權人金額合計恰等於每期金額（施行細則第26條）。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="336" />
      <source>Monthly surplus now: %1. Two years before filing (%2): surplus %3. Liquidation value of your property: %4.</source>
      <translation>目前每月餘額 %1 元。聲請前二年（%2）餘額 %3 元。財產清算價值 %4 元。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="347" />
      <source>The smallest plan is not known yet: enter your income and expenses.</source>
      <translation>尚無法計算最低方案：請先輸入收入及支出。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="351" />
      <source>Every test asks for NT$0 (no liquidation value, no surplus): the app proposes no amount. The court still weighs whether the plan is your best effort (Art. 64 I).</source>
      <translation>各項標準要求的最低金額都是0元（無清算價值、無餘額）：程式不提出金額。法院仍會審酌方案是否已盡力清償（第64條第1項）。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="359" />
      <source>Smallest amount passing every test over %1 instalments: %2 a month (total %3), %4.</source>
      <translation>%1 期時符合各項標準的最低金額：每期 %2 元（總額 %3 元），%4。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="366" />
      <source>This is more than your monthly surplus.</source>
      <translation>此金額高於您的每月餘額。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="368" />
      <source>A term over 72 months needs an Art. 53 exception.</source>
      <translation>期間超過72個月須有第53條但書事由。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="390" />
      <source>Total %1 over %2 months; share of the unsecured debt repaid (清償成數) %3% (cut to two decimals; the courts' rounding is unconfirmed).</source>
      <translation>總清償金額 %1 元，共 %2 個月；清償成數 %3%（小數第二位以下捨去；法院的進位方式未經確認）。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="419" />
      <source>Discharge after liquidation (Art. 132, 133)</source>
      <translation>清算後之免責（第132條、第133條）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="426" />
      <source>20 %</source>
      <translation>20%</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="426" />
      <source>Art. 142: 20 % of each ordinary claim</source>
      <translation>第142條：各普通債權額之20%</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="426" />
      <source>Claim</source>
      <translation>債權額</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="430" />
      <source>Art. 134: questions the court asks (answer each; a yes needs an explanation)</source>
      <translation>第134條：法院會調查的事項（請逐題回答；回答「是」者請說明）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="437" />
      <source>Answer to Art. 134 item %1</source>
      <translation>第134條第%1款之回答</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="439" />
      <source>What happened (needed when you answer yes)</source>
      <translation>經過說明（回答「是」時必填）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="440" />
      <source>Explanation for Art. 134 item %1</source>
      <translation>第134條第%1款之說明</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="474" />
      <source>Art. 133: monthly surplus after liquidation opens %1; two-year surplus before filing %2; estimated distribution to ordinary creditors %3 (liquidation value less priority claims).</source>
      <translation>第133條：清算開始後每月餘額 %1 元；聲請前二年餘額 %2 元；普通債權人預估可分配 %3 元（清算價值減優先債權）。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="483" />
      <source>With a surplus and a distribution below the two-year surplus, Art. 133 says the court refuses discharge unless all ordinary creditors consent.</source>
      <translation>有餘額且分配總額低於聲請前二年餘額時，依第133條，法院應為不免責之裁定（普通債權人全體同意者除外）。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="490" />
      <source>The Art. 133 comparison does not lead to a refusal with these numbers.</source>
      <translation>依目前數字，第133條的比較不會導致不免責。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="493" />
      <source>Art. 141: after an Art. 133 refusal, discharge can be sought once ordinary creditors have received %1 in all (%2 beyond the estimated distribution). Art. 142: after any refusal, once each ordinary creditor has received 20 % of its claim (%3 in all).</source>
      <translation>第141條：依第133條不免責後，普通債權人受償合計達 %1 元（預估分配以外尚需 %2 元）且各達應受分配額時，得聲請免責。第142條：不免責後，各普通債權人受償均達債權額20%（合計 %3 元）時，得聲請免責。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="515" />
      <source>The bank's offer (if you received one)</source>
      <translation>銀行提出的還款方案（如有）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="521" />
      <location filename="debtassist/ui/wizard/court_plan.py" line="530" />
      <source>Offered by</source>
      <translation>提出者</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="525" />
      <location filename="debtassist/ui/wizard/court_plan.py" line="531" />
      <source>Instalments offered</source>
      <translation>期數</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="527" />
      <location filename="debtassist/ui/wizard/court_plan.py" line="532" />
      <source>Annual interest offered (%)</source>
      <translation>年利率（%）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="528" />
      <source>Monthly payment offered</source>
      <translation>每月還款金額</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="533" />
      <source>Monthly payment offered (NT$)</source>
      <translation>每月還款金額（元）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="566" />
      <source>Enter the offer's monthly payment to compare it with your monthly surplus.</source>
      <translation>請輸入方案的每月還款金額，以便與每月餘額比較。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="570" />
      <source>Your monthly surplus %2 covers the offer of %1 a month.</source>
      <translation>每月餘額 %2 元足以負擔每月 %1 元的方案。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="572" />
      <source>The offer of %1 a month is more than your monthly surplus %2 (courts look at this when negotiation or mediation failed).</source>
      <translation>每月 %1 元的方案高於您的每月餘額 %2 元（協商或調解不成立時，法院會審酌此點）。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="594" />
      <source>Year of the minimum living expense (Art. 64-2)</source>
      <translation>最低生活費採用年度（第64條之2）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="599" />
      <source>the filing year</source>
      <translation>聲請年度</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="600" />
      <source>Year of the minimum living expense</source>
      <translation>最低生活費採用年度</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="601" />
      <source>Use the figure of</source>
      <translation>採用年度</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="623" />
      <source>Figure used: %1 for %2 (%3).</source>
      <translation>採用的數額：%2年 %1 元（%3）。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="631" />
      <source>In force on the filing date: %1 for %2 (%3).</source>
      <translation>聲請時適用的數額：%2年 %1 元（%3）。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="100" />
      <source>Enter your address (page {applicant}) so that the committee of your district can be offered.</source>
      <translation>請先填寫地址（第{applicant}頁），才能列出您所在鄉鎮市區的調解委員會。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="104" />
      <source>Offered from your residence (and domicile): %1</source>
      <translation>依您的居所（及住所）提供：%1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="110" />
      <source>Enter your address (page {applicant}) so that the competent district court can be offered.</source>
      <translation>請先填寫地址（第{applicant}頁），才能列出管轄的地方法院。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="112" />
      <source>domicile</source>
      <translation>住所</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="112" />
      <source>domicile and residence</source>
      <translation>住所及居所</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="112" />
      <source>residence</source>
      <translation>居所</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="114" />
      <source>Courts that serve your domicile or residence (Art. 5): %1</source>
      <translation>管轄您住所地或居所地的法院（第5條）：%1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="130" />
      <source>(read from the address)</source>
      <translation>（依地址判讀）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="150" />
      <source>Where you live (for the court or committee)</source>
      <translation>住所與居所（決定管轄法院或調解委員會）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="154" />
      <location filename="debtassist/ui/wizard/filing_fields.py" line="155" />
      <source>Residence address (居所), if not the registered address</source>
      <translation>居所地址（與戶籍地址不同時填寫）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="158" />
      <location filename="debtassist/ui/wizard/filing_fields.py" line="160" />
      <source>Domicile district (鄉鎮市區)</source>
      <translation>住所的鄉鎮市區</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="159" />
      <location filename="debtassist/ui/wizard/filing_fields.py" line="156" />
      <source>Domicile county</source>
      <translation>住所的縣市</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="162" />
      <location filename="debtassist/ui/wizard/filing_fields.py" line="163" />
      <source>Residence district (鄉鎮市區)</source>
      <translation>居所的鄉鎮市區</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="165" />
      <location filename="debtassist/ui/wizard/filing_fields.py" line="168" />
      <source>Gender (optional)</source>
      <translation>性別（可不填）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="166" />
      <source>not stated</source>
      <translation>不填</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="199" />
      <source>Domicile</source>
      <translation>住所</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="199" />
      <source>Residence</source>
      <translation>居所</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="203" />
      <source>not clear from the address; choose the district</source>
      <translation>無法從地址判讀，請選擇鄉鎮市區</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="232" />
      <source>Someone acting for you (optional)</source>
      <translation>代理或協助您的人（可不填）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="237" />
      <source>Legal representative (法定代理人): name, relationship, address, phone</source>
      <translation>法定代理人：姓名、關係、住所、電話</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="240" />
      <source>Agent, e.g. a legal-aid lawyer (代理人): name, title, address, phone</source>
      <translation>代理人（例如法扶律師）：姓名、職稱、住所、電話</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="241" />
      <source>Service recipient (送達代收人): name, —, service address, phone</source>
      <translation>送達代收人：姓名、（免填）、送達處所、電話</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="253" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="253" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="253" />
      <source>Relationship or title</source>
      <translation>關係或職稱</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="261" />
      <location filename="debtassist/ui/wizard/filing_fields.py" line="263" />
      <source>Prepared by (撰狀人), if someone else wrote the filing</source>
      <translation>撰狀人（由他人代為撰寫時填寫）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="294" />
      <source>Before going to court: negotiation or mediation (Art. 151)</source>
      <translation>聲請前的協商或調解（第151條）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="301" />
      <source>Pre-negotiation with the bank failed</source>
      <translation>與銀行前置協商不成立</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="302" />
      <source>Court mediation failed</source>
      <translation>法院調解不成立</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="303" />
      <source>Mediation at a district mediation committee failed</source>
      <translation>鄉鎮市區調解委員會調解不成立</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="304" />
      <source>None: treat this petition as a mediation request (Rules Art. 42-1)</source>
      <translation>未曾協商或調解：本件視為聲請調解（施行細則第42條之1）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="308" />
      <location filename="debtassist/ui/wizard/filing_fields.py" line="309" />
      <source>What you tried before</source>
      <translation>聲請前已進行的程序</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="311" />
      <location filename="debtassist/ui/wizard/filing_fields.py" line="310" />
      <source>The day it failed</source>
      <translation>不成立的日期</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="313" />
      <location filename="debtassist/ui/wizard/filing_fields.py" line="314" />
      <source>Bank, court or committee</source>
      <translation>銀行、法院或調解委員會</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="316" />
      <location filename="debtassist/ui/wizard/filing_fields.py" line="317" />
      <source>Case number (e.g. 115年度司消債調字第8號)</source>
      <translation>案號（例如：115年度司消債調字第8號）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="353" />
      <location filename="debtassist/ui/wizard/filing_fields.py" line="365" />
      <source>In your own words: why can you not pay your debts?</source>
      <translation>請用自己的話說明：為什麼無法清償債務？</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="358" />
      <source>A few sentences: what happened (illness, job loss, a business that closed), what you earn now and what you must spend. It is printed in your petition or application as you write it.</source>
      <translation>寫幾句即可：發生了什麼事（生病、失業、生意結束）、現在的收入與必要支出。會照您寫的內容印在聲請狀或申請書上。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="392" />
      <source>Your home loan in the negotiation</source>
      <translation>前置協商中的自用住宅借款</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="398" />
      <source>Include it in the negotiation</source>
      <translation>納入協商</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="400" />
      <source>Keep paying it under the original contract</source>
      <translation>不納入，依原契約繼續繳款</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="402" />
      <location filename="debtassist/ui/wizard/filing_fields.py" line="403" />
      <source>Owner-occupied home loan</source>
      <translation>自用住宅借款</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_text.py" line="19" />
      <source>not known yet</source>
      <translation>尚未得知</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_text.py" line="27" />
      <location filename="debtassist/ui/wizard/review_page.py" line="204" />
      <location filename="debtassist/ui/wizard/review_page.py" line="221" />
      <source>not answered</source>
      <translation>尚未回答</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="28" />
      <source>confirmed by you</source>
      <translation>您已確認</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="29" />
      <source>official announcement</source>
      <translation>官方公告</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="30" />
      <source>as applied by a court</source>
      <translation>法院裁判引用</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="31" />
      <source>entered in this computer's table</source>
      <translation>已輸入在本機的資料表中</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="32" />
      <source>from a secondary source: please check and confirm</source>
      <translation>來自第二手資料：請查核後確認</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="33" />
      <source>unconfirmed: not used until you enter the announced figure</source>
      <translation>未經確認：您輸入公告數字之前不會使用</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="34" />
      <source>sources disagree: not used until you enter the announced figure</source>
      <translation>資料來源互相矛盾：您輸入公告數字之前不會使用</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="37" />
      <source>not known to the app: please enter the announced figure</source>
      <translation>程式沒有這項資料：請輸入公告數字</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="38" />
      <source>choose your county on page {applicant} first</source>
      <translation>請先在第 {applicant} 頁選擇居住縣市</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="39" />
      <source>enter the filing date on page {route} first</source>
      <translation>請先在第 {route} 頁填寫聲請（申請）日期</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="48" />
      <source>{expenses}. Necessary expenses</source>
      <translation>{expenses}. 必要生活費用</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="51" />
      <source>Courts accept as your necessary living expense 1.2 times the minimum living expense announced for where you live (Art. 64-2) without receipts. You may instead list your real monthly expenses; amounts above the standard usually need receipts.</source>
      <translation>法院會接受以您居住地公告最低生活費的 1.2 倍，作為您的必要生活費用，不需要提出單據（第64條之2）。您也可以改為逐項列出實際的每月支出；超過這個標準的金額，通常需要附上單據。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="58" />
      <source>Art. 64-2 standard for you</source>
      <translation>您適用的第64條之2標準</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="70" />
      <source>&amp;Confirm this figure</source>
      <translation>確認這個數字(&amp;C)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="73" />
      <source>&amp;Undo the confirmation</source>
      <translation>取消確認(&amp;U)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="76" />
      <source>Announced monthly minimum living expense</source>
      <translation>公告的每月最低生活費</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="78" />
      <location filename="debtassist/ui/wizard/money_pages.py" line="82" />
      <source>Where you found it</source>
      <translation>資料出處</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="79" />
      <source>Use this figure</source>
      <translation>使用這個數字</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="81" />
      <source>Announced figure (NT$ a month)</source>
      <translation>公告數字（每月，新臺幣元）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="85" />
      <location filename="debtassist/ui/wizard/money_pages.py" line="156" />
      <source>Where to check ▸</source>
      <translation>哪裡查 ▸</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="99" />
      <source>How do you state your expenses?</source>
      <translation>您的支出要用哪種方式計算？</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="100" />
      <source>Use the Art. 64-2 standard (no receipts needed)</source>
      <translation>採用第64條之2標準（不需要單據）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="101" />
      <source>List my real monthly expenses</source>
      <translation>逐項列出我實際的每月支出</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="108" />
      <source>Monthly expenses</source>
      <translation>每月支出</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="156" />
      <source>Where to check ▾</source>
      <translation>哪裡查 ▾</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="177" />
      <source>Status: </source>
      <translation>狀態：</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="62" />
      <source>{packet}. Print the packet</source>
      <translation>{packet}. 列印送件文件</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="65" />
      <source>The packet is one PDF: a cover sheet for you (what to send where, the checklist, fees and deadlines), the filled forms and the copies. Check the preview, then print it or save it. Sign and stamp where the forms ask before sending.</source>
      <translation>送件文件是一個 PDF 檔：包括給您自己看的封面（什麼文件送到哪裡、檢查表、費用和期限）、填好的表格及繕本。請先看過預覽，再列印或儲存。送出前，請在表格要求的地方簽名蓋章。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="79" />
      <source>Printing on both sides (duplex): start every document on a front side</source>
      <translation>雙面列印：每份文件都從正面開始</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="80" />
      <source>One copy for each creditor</source>
      <translation>每位債權人各一份</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="82" />
      <source>Draft: make it although the case still has errors</source>
      <translation>草稿：案件仍有錯誤也先產生</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="84" />
      <source>A draft has every page marked “草稿 DRAFT”. Use it to check the forms with a social worker or Legal Aid; do not file it.</source>
      <translation>草稿的每一頁都會標示「草稿 DRAFT」。可以用來和社工或法律扶助基金會一起核對表格，但請不要拿去送件。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="97" />
      <location filename="debtassist/ui/wizard/packet_page.py" line="218" />
      <source>B&amp;uild the packet</source>
      <translation>產生送件文件(&amp;U)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="98" />
      <source>&amp;Print…</source>
      <translation>列印(&amp;P)…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="99" />
      <source>&amp;Open in the system viewer</source>
      <translation>用系統的檢視程式開啟(&amp;O)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="100" />
      <source>&amp;Save as…</source>
      <translation>另存新檔(&amp;S)…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="176" />
      <source>This is the packet built earlier.</source>
      <translation>這是先前產生的文件。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="186" />
      <source>%1 pages in all: the original (%2 pages, with the %3-page cover sheet for you) and %4 copies of %5 pages for the creditors.</source>
      <translation>共 %1 頁：正本 %2 頁（含給您看的說明頁 %3 頁），以及給債權人的繕本 %4 份、每份 %5 頁。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="207" />
      <source>One copy for each creditor (%1 sets in all)</source>
      <translation>每位債權人各一份（共 %1 份）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="218" />
      <source>Re&amp;build the packet</source>
      <translation>重新產生文件(&amp;B)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="221" />
      <source>This packet is out of date: the case, the options or the language changed after it was built. Press “Rebuild the packet” to make it again; printing and saving wait until then.</source>
      <translation>這份文件已過時：產生之後，案件內容、選項或語言有變更。請按「重新產生文件」再做一次；在那之前不能列印或另存。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="238" />
      <source>Please go through the review first (step 13), then build the packet.</source>
      <translation>請先完成檢查（第 13 步），再產生送件文件。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="240" />
      <source>Choose a procedure on page {route} first.</source>
      <translation>請先在第 {route} 頁選擇程序。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="245" />
      <source>The case still has errors, so the packet cannot be made. Fix them, or tick “Draft” to make a draft marked DRAFT on every page:</source>
      <translation>案件還有錯誤，所以無法產生送件文件。請先修正，或勾選「草稿」，產生每頁都標示「草稿 DRAFT」的草稿：</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="268" />
      <source>The packet could not be saved in the case folder: %1</source>
      <translation>無法將送件文件儲存到案件資料夾：%1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="271" />
      <source>The packet could not be made: %1</source>
      <translation>無法產生送件文件：%1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="290" />
      <source>The packet is ready.</source>
      <translation>文件已產生。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="291" />
      <source>Saved as %1.</source>
      <translation>已存為 %1。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="293" />
      <source>This case is protected, so the packet is kept in memory only: print it or save it where you choose.</source>
      <translation>此案件設有密碼保護，文件只保留在記憶體中：請直接列印，或另存到您選擇的位置。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="301" />
      <source>The preview shows the first %1 pages; open the PDF to see all of them.</source>
      <translation>預覽只顯示前 %1 頁；請開啟 PDF 檔查看全部內容。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="306" />
      <source>This is a draft: every page is marked DRAFT. Do not file it.</source>
      <translation>這是草稿：每一頁都標示「草稿 DRAFT」。請不要拿去送件。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="310" />
      <source>%1 character(s) are not in the bundled font; the cover sheet lists them. Check them on the printout.</source>
      <translation>有 %1 個字不在內附字型中，封面上會列出這些字。請在印出的文件上核對。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="323" />
      <location filename="debtassist/ui/wizard/packet_page.py" line="390" />
      <source>Build the packet first.</source>
      <translation>請先產生送件文件。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="326" />
      <source>The case changed after the packet was built: build it again first.</source>
      <translation>產生送件文件之後，案件內容有變更：請先重新產生。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="343" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="343" />
      <source>Printing the packet…</source>
      <translation>正在列印送件文件…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="356" />
      <source>Printing was cancelled.</source>
      <translation>已取消列印。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="359" />
      <source>The packet could not be printed: %1</source>
      <translation>無法列印送件文件：%1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="365" />
      <source>%1 pages were sent to the printer.</source>
      <translation>已將 %1 頁送到印表機。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="381" />
      <source>Could not save %1: %2</source>
      <translation>無法儲存 %1：%2</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="383" />
      <source>Saved a copy as %1.</source>
      <translation>已另存一份為 %1。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="392" />
      <source>No program to show PDF files was found. The packet is at %1</source>
      <translation>找不到可以開啟 PDF 檔的程式。送件文件存放在 %1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="406" />
      <source>Save the packet as</source>
      <translation>將送件文件另存為</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="408" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="417" />
      <source>DebtAssist packet %1</source>
      <translation>DebtAssist 送件文件 %1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="421" />
      <source>Print the packet</source>
      <translation>列印送件文件</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_preview.py" line="72" />
      <source>The printer could not be opened.</source>
      <translation>無法開啟印表機。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_preview.py" line="106" />
      <source>Preview of the packet</source>
      <translation>送件文件預覽</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_preview.py" line="140" />
      <source>Page %1</source>
      <translation>第 %1 頁</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_preview.py" line="144" />
      <source>Page %1 of %2</source>
      <translation>第 %1 頁，共 %2 頁</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="72" />
      <source>Chart of income, necessary expenses and payment</source>
      <translation>收入、必要生活費用及還款金額圖表</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="163" />
      <source>Monthly income</source>
      <translation>每月收入</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="165" />
      <location filename="debtassist/ui/wizard/review_page.py" line="280" />
      <source>Necessary expenses</source>
      <translation>必要生活費用</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="173" />
      <source>Monthly income: %1.</source>
      <translation>每月收入：%1。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="175" />
      <source>Necessary expenses: %1 (your own %2, dependents %3).</source>
      <translation>必要生活費用：%1（本人 %2，受扶養人 %3）。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="183" />
      <source>Payment (%1 months, %2)</source>
      <translation>還款（%1 期，年利率 %2）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="186" />
      <source>smallest payment your disposable income covers</source>
      <translation>這是您的可支配所得負擔得起的最低還款額</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="188" />
      <source>whether you can afford it is not known yet</source>
      <translation>目前還無法判斷您是否負擔得起</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="190" />
      <source>no scenario is covered by your disposable income</source>
      <translation>您的可支配所得不足以負擔任何一種試算情境</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="193" />
      <source>Monthly payment over %1 months at %2: %3 (%4).</source>
      <translation>分 %1 期、年利率 %2，每月還款：%3（%4）。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="209" />
      <source>{plan}. Repayment plan</source>
      <translation>{plan}. 還款方案</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="212" />
      <source>Bank and mediation scenarios are illustrations, not offers. A rehabilitation plan is tested as the court does: against your surplus, not the whole debt (Art. 53, 64, 64-1). For liquidation, the discharge outlook is shown (Art. 133, 134). The court decides.</source>
      <translation>協商及調解的試算只是參考，不是銀行的方案。更生方案依法院的方式檢驗：以您的收入餘額為準，而非全部債務（第53條、第64條、第64條之1）。清算則顯示免責的可能情形（第133條、第134條）。最後由法院決定。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="232" />
      <source>Affordable</source>
      <translation>負擔得起</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="232" />
      <source>Annual interest</source>
      <translation>年利率</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="232" />
      <source>Monthly payment</source>
      <translation>每月還款</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="232" />
      <source>Months</source>
      <translation>期數（月）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="234" />
      <source>Repayment scenarios</source>
      <translation>還款試算情境</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="241" />
      <source>Income, necessary expenses and payment each month</source>
      <translation>每月收入、必要生活費用及還款</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="290" />
      <source>Liquidation has no repayment plan: your assets are sold for the creditors and the rest of the debt may be discharged. Whether discharge is likely is shown below.</source>
      <translation>清算沒有還款方案：您的財產變價分配給債權人，其餘債務可能獲得免責。免責的可能情形顯示如下。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="299" />
      <source>There are no scenarios to show yet.</source>
      <translation>目前還沒有可以顯示的試算情境。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="303" />
      <source>Debt a plan must repay: %1. Disposable income: %2 a month.</source>
      <translation>方案須清償的債務：%1。可支配所得：每月 %2。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="311" />
      <location filename="debtassist/ui/wizard/review_page.py" line="267" />
      <source>Income</source>
      <translation>收入</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="312" />
      <source>Your own expenses</source>
      <translation>本人生活費用</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="313" />
      <location filename="debtassist/ui/wizard/table_pages.py" line="206" />
      <source>Dependents</source>
      <translation>受扶養人</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="314" />
      <source>Payment</source>
      <translation>還款</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="327" />
      <source>Disposable income is not known until your income and expenses are entered.</source>
      <translation>要等收入和支出都填寫後，才能算出可支配所得。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="328" />
      <source>How this was worked out:</source>
      <translation>計算方式：</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="343" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="343" />
      <source>unknown</source>
      <translation>不確定</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="343" />
      <location filename="debtassist/ui/wizard/review_page.py" line="164" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="84" />
      <location filename="debtassist/ui/wizard/review_page.py" line="191" />
      <location filename="debtassist/ui/wizard/review_page.py" line="243" />
      <location filename="debtassist/ui/wizard/review_page.py" line="244" />
      <location filename="debtassist/ui/wizard/review_page.py" line="249" />
      <location filename="debtassist/ui/wizard/review_page.py" line="251" />
      <source>not entered</source>
      <translation>尚未填寫</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="104" />
      <source>Household and dependents</source>
      <translation>家庭成員及受扶養人</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="108" />
      <source>What you own</source>
      <translation>您的財產</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="119" />
      <source>People who owe you money</source>
      <translation>欠您錢的人</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="122" />
      <source>Nobody: the form says 無 (none).</source>
      <translation>沒有：表格上會填「無」。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="132" />
      <source>Edit</source>
      <translation>修改</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="147" />
      <source>None entered.</source>
      <translation>尚未填寫任何資料。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="187" />
      <location filename="debtassist/ui/wizard/review_page.py" line="281" />
      <source>not chosen yet</source>
      <translation>尚未選擇</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="235" />
      <source>Before you start</source>
      <translation>開始之前</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="240" />
      <source>About you</source>
      <translation>您的基本資料</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="250" />
      <source>same as the registered address</source>
      <translation>同戶籍地址</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="258" />
      <source>Business in the last five years</source>
      <translation>最近五年的營業活動</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="260" />
      <source>No business in the last five years.</source>
      <translation>最近五年沒有營業活動。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="268" />
      <location filename="debtassist/ui/wizard/table_pages.py" line="303" />
      <source>Income of the last two years</source>
      <translation>最近兩年的收入</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="270" />
      <location filename="debtassist/ui/wizard/table_pages.py" line="304" />
      <source>Current monthly income</source>
      <translation>目前每月收入</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="277" />
      <source>The Art. 64-2 standard (1.2 × the minimum living expense)</source>
      <translation>第64條之2標準（最低生活費的 1.2 倍）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="278" />
      <source>Your real monthly expenses, item by item</source>
      <translation>逐項列出您實際的每月支出</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="281" />
      <source>Expenses are counted as</source>
      <translation>支出的計算方式</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="289" />
      <location filename="debtassist/ui/wizard/table_pages.py" line="351" />
      <source>Creditors</source>
      <translation>債權人</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="293" />
      <source>none yet</source>
      <translation>尚無</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="295" />
      <source>%1 (confirmed by you)</source>
      <translation>%1（您已確認）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="297" />
      <source>%1 (the app's suggestion)</source>
      <translation>%1（程式建議）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="306" />
      <source>Documents</source>
      <translation>應附文件</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="309" />
      <source>The documents depend on the procedure: choose one first.</source>
      <translation>需要哪些文件要看程序而定，請先選擇程序。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="331" />
      <source>Key figures</source>
      <translation>重要數字</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="348" />
      <source>Errors (to fix before the packet can be printed)</source>
      <translation>錯誤（須先修正，才能列印送件文件）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="348" />
      <source>No errors.</source>
      <translation>沒有錯誤。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="349" />
      <source>No warnings.</source>
      <translation>沒有警告。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="349" />
      <source>Warnings</source>
      <translation>警告</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="350" />
      <source>No notes.</source>
      <translation>沒有說明事項。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="363" />
      <source>Rule: %1</source>
      <translation>依據：%1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="366" />
      <source>Go to the page</source>
      <translation>前往該頁</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="381" />
      <source>{review}. Review</source>
      <translation>{review}. 檢查</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="384" />
      <source>Read everything once more before printing: this is what the forms will say. Use “Edit” to go back to a section; the errors at the end must be fixed before the packet can be printed.</source>
      <translation>列印前請再從頭看一遍：表格上印出的就是這些內容。按「修改」可回到該部分；最後列出的錯誤必須先修正，才能列印送件文件。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="395" />
      <source>Review of the whole case</source>
      <translation>整個案件的檢查</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="83" />
      <source>Add a row</source>
      <translation>新增一列</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="85" />
      <source>Remove the row</source>
      <translation>刪除這一列</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="87" />
      <source>Move up</source>
      <translation>上移</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="89" />
      <source>Move down</source>
      <translation>下移</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="196" />
      <source>{household}. Household and dependents</source>
      <translation>{household}. 家庭成員及受扶養人</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="199" />
      <source>People you are legally obliged to support (children, parents, a spouse) count in your necessary expenses: 1.2 × the minimum living expense × your share of the duty (Art. 64-2). Write the share as 1/2 when two parents share it.</source>
      <translation>您依法有義務扶養的人（子女、父母、配偶），可以計入您的必要生活費用：最低生活費 × 1.2 × 您負擔的扶養比例（第64條之2）。例如由父母兩人共同扶養時，比例填 1/2。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="218" />
      <source>{assets}. What you own</source>
      <translation>{assets}. 您的財產</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="221" />
      <source>Every asset goes on the property list with where it is and what it is worth: deposits (balance), land and buildings (announced value), vehicles, insurance (surrender value), shares and others. Leaving one out can cost you the procedure.</source>
      <translation>每一項財產都要列入財產清單，並寫明所在地及價值：存款（餘額）、土地及建物（公告現值）、車輛、保險（解約金）、股票及其他財產。漏列任何一項，都可能讓您無法順利進行程序。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="229" />
      <source>All assets</source>
      <translation>全部財產</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="233" />
      <source>Kind of asset to add</source>
      <translation>要新增的財產種類</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="238" />
      <source>Add an asset of this kind</source>
      <translation>新增這一類財產</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="241" />
      <source>Details of the selected asset</source>
      <translation>所選財產的詳細資料</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="262" />
      <source>{business}. Business in the last five years</source>
      <translation>{business}. 最近五年的營業活動</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="265" />
      <source>Enter each period you ran a business within the five years before filing, with its turnover in that time. The average per month must be NT$200,000 or less (Art. 2; Enforcement Rules Art. 4). Skip this page if you had no business.</source>
      <translation>請填寫聲請前五年內每一段營業期間，以及該期間的營業額。平均每月營業額必須在新臺幣 20 萬元以下（第2條；施行細則第4條）。如果沒有營業，可以跳過這一頁。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="272" />
      <source>Business periods</source>
      <translation>營業期間</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="290" />
      <source>{income}. Income</source>
      <translation>{income}. 收入</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="293" />
      <source>The statement lists your income of the last two years (your tax income lists show it) and what you earn now each month. Enter 0 if you have no income; mark cash income, which needs an affidavit.</source>
      <translation>財產及收入狀況說明書要列出您最近兩年的收入（可參考國稅局的綜合所得稅各類所得資料清單），以及您目前每月的收入。沒有收入請填 0；以現金領取的收入請勾選標示，這類收入需要另附切結書。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="317" />
      <source>Enter the filing date first: the two years are counted back from it.</source>
      <translation>請先填寫聲請日期：二年期間由聲請日往前計算。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="321" />
      <source>The two years before filing are %1 to %2 (24 months counted back from the filing date). Enter each period with its months, kind and total (or monthly average).</source>
      <translation>聲請前二年為 %1 至 %2（由聲請日往前計算24個月）。請逐段填寫期間（起迄年月）、類別及合計金額（或每月平均）。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="329" />
      <source>Months not covered yet: %1.</source>
      <translation>尚有 %1 個月未填寫。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="340" />
      <source>{creditors}. Creditors</source>
      <translation>{creditors}. 債權人</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="343" />
      <source>Every creditor with name and address, each debt's amount, cause and kind, any security, and any enforcement. The largest creditor bank receives a pre-negotiation request: the app suggests the one with the largest unsecured claim; confirm it or choose the one the JCIC list names.</source>
      <translation>請列出每一位債權人的名稱和地址，以及每筆債務的金額、原因、種類、擔保情形和是否有強制執行。前置協商的申請要寄給最大債權金融機構：程式會建議無擔保債權金額最高的那一家；請確認，或改選聯徵中心債權人清冊上列的那一家。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="354" />
      <source>Details of the selected creditor</source>
      <translation>所選債權人的詳細資料</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="363" />
      <source>Collateral of the selected creditor</source>
      <translation>所選債權人的擔保物</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="369" />
      <source>Collateral of the selected creditor (from page {assets}):</source>
      <translation>所選債權人的擔保物（取自第 {assets} 頁的財產）：</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="375" />
      <source>Largest creditor institution</source>
      <translation>最大債權金融機構</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="379" />
      <source>Largest creditor institution:</source>
      <translation>最大債權金融機構：</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="395" />
      <source>None chosen</source>
      <translation>未選擇</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="415" />
      <source>Not confirmed yet (use the suggestion)</source>
      <translation>尚未確認（採用程式建議）</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="442" />
      <source>{own_debtors}. People who owe you money</source>
      <translation>{own_debtors}. 欠您錢的人</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="445" />
      <source>The list of your own debtors is required: a loan to a friend is an asset of yours. If nobody owes you money, leave the table empty; the form then says 無 (none).</source>
      <translation>債務人清冊是必附的文件：例如借錢給朋友，這筆錢也算是您的財產。如果沒有人欠您錢，表格留白即可，表單上會填「無」。</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="451" />
      <source>Your debtors</source>
      <translation>欠您錢的人</translation>
    </message>
  </context>
</TS>
