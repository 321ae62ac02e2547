<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>CaseView</name>
    <message>
      <location filename="debtassist/ui/case_view.py" line="48" />
      <source>Steps</source>
      <translation>Steps</translation>
    </message>
    <message>
      <location filename="debtassist/ui/case_view.py" line="76" />
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;Back</translation>
    </message>
    <message>
      <location filename="debtassist/ui/case_view.py" line="78" />
      <source>&amp;Next &gt;</source>
      <translation>&amp;Next &gt;</translation>
    </message>
    <message>
      <location filename="debtassist/ui/case_view.py" line="80" />
      <source>Help (F1)</source>
      <translation>Help (F1)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/case_view.py" line="81" />
      <source>Help for this step</source>
      <translation>Help for this step</translation>
    </message>
    <message>
      <location filename="debtassist/ui/case_view.py" line="84" />
      <source>Back to the case list</source>
      <translation>Back to the case list</translation>
    </message>
    <message>
      <location filename="debtassist/ui/case_view.py" line="152" />
      <source>Before going on, please fix:</source>
      <translation>Before going on, please fix:</translation>
    </message>
    <message>
      <location filename="debtassist/ui/case_view.py" line="166" />
      <source>This page has text that could not be read. Correct it or clear it before leaving the page:</source>
      <translation>This page has text that could not be read. Correct it or clear it before leaving the page:</translation>
    </message>
    <message>
      <location filename="debtassist/ui/case_view.py" line="197" />
      <source>Saving…</source>
      <translation>Saving…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/case_view.py" line="218" />
      <source>All changes saved</source>
      <translation>All changes saved</translation>
    </message>
    <message>
      <location filename="debtassist/ui/case_view.py" line="222" />
      <source>Not saved: </source>
      <translation>Not saved: </translation>
    </message>
  </context>
  <context>
    <name>Desk</name>
    <message>
      <location filename="debtassist/ui/desk.py" line="46" />
      <source>Pre-negotiation (bank)</source>
      <translation>Pre-negotiation (bank)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="47" />
      <source>Court pre-mediation</source>
      <translation>Court pre-mediation</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="48" />
      <source>Township mediation</source>
      <translation>Township mediation</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="49" />
      <source>Rehabilitation</source>
      <translation>Rehabilitation</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="50" />
      <source>Liquidation</source>
      <translation>Liquidation</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="52" />
      <source>Not chosen</source>
      <translation>Not chosen</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="57" />
      <source>In progress</source>
      <translation>In progress</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="58" />
      <source>Ready to print</source>
      <translation>Ready to print</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="59" />
      <source>Printed</source>
      <translation>Printed</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="60" />
      <source>Submitted</source>
      <translation>Submitted</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="100" />
      <source>Applicant</source>
      <translation>Applicant</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="100" />
      <source>ID</source>
      <translation>ID</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="100" />
      <source>Last change</source>
      <translation>Last change</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="100" />
      <source>Missing documents</source>
      <translation>Missing documents</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="100" />
      <source>Route</source>
      <translation>Route</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="100" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="112" />
      <source>This case file cannot be read. Open it to restore the newest good backup.</source>
      <translation>This case file cannot be read. Open it to restore the newest good backup.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="119" />
      <source>(unreadable case file)</source>
      <translation>(unreadable case file)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="122" />
      <source>🔒 Protected case (passphrase needed)</source>
      <translation>🔒 Protected case (passphrase needed)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="123" />
      <source>(no name yet)</source>
      <translation>(no name yet)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="165" />
      <source>Search by name, ID, route or status</source>
      <translation>Search by name, ID, route or status</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="166" />
      <source>Search cases</source>
      <translation>Search cases</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="180" />
      <location filename="debtassist/ui/desk.py" line="218" />
      <source>Cases</source>
      <translation>Cases</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="185" />
      <source>No cases yet. Start a new case, or open an example to see how a finished case looks.</source>
      <translation>No cases yet. Start a new case, or open an example to see how a finished case looks.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="189" />
      <source>&amp;New case</source>
      <translation>&amp;New case</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="192" />
      <source>New from &amp;example</source>
      <translation>New from &amp;example</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="199" />
      <source>&amp;Open</source>
      <translation>&amp;Open</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="201" />
      <source>&amp;Duplicate</source>
      <translation>&amp;Duplicate</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="203" />
      <source>E&amp;xport…</source>
      <translation>E&amp;xport…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="205" />
      <source>&amp;Import…</source>
      <translation>&amp;Import…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="207" />
      <source>Move to &amp;trash</source>
      <translation>Move to &amp;trash</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="209" />
      <source>T&amp;rash…</source>
      <translation>T&amp;rash…</translation>
    </message>
  </context>
  <context>
    <name>DetailForm</name>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="82" />
      <source>Secured (a mortgage, a car loan with a lien, …)</source>
      <translation>Secured (a mortgage, a car loan with a lien, …)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="89" />
      <source>Enforcement (強制執行) is pending</source>
      <translation>Enforcement (強制執行) is pending</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="100" />
      <source>Bank or post office</source>
      <translation>Bank or post office</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="101" />
      <source>Branch</source>
      <translation>Branch</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="102" />
      <source>Account number</source>
      <translation>Account number</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="103" />
      <source>Balance</source>
      <translation>Balance</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="106" />
      <source>Land or building</source>
      <translation>Land or building</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="107" />
      <source>Address or section (段)</source>
      <translation>Address or section (段)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="108" />
      <source>Lot or building number (地號／建號)</source>
      <translation>Lot or building number (地號／建號)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="109" />
      <source>Announced value (公告現值)</source>
      <translation>Announced value (公告現值)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="110" />
      <source>Your share (持分), e.g. 1/2</source>
      <translation>Your share (持分), e.g. 1/2</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="113" />
      <source>Make and kind</source>
      <translation>Make and kind</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="114" />
      <source>Plate number</source>
      <translation>Plate number</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="115" />
      <source>Year made</source>
      <translation>Year made</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="116" />
      <source>Value</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="119" />
      <source>Insurer</source>
      <translation>Insurer</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="120" />
      <source>Kind of policy</source>
      <translation>Kind of policy</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="121" />
      <source>Policy number</source>
      <translation>Policy number</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="122" />
      <source>Surrender value (解約金)</source>
      <translation>Surrender value (解約金)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="125" />
      <source>Broker or company</source>
      <translation>Broker or company</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="126" />
      <source>Name of the shares or fund</source>
      <translation>Name of the shares or fund</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="128" />
      <source>Market value</source>
      <translation>Market value</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/detail_form.py" line="158" />
      <source>Select a row in the list, or add one, to fill in its details here.</source>
      <translation>Select a row in the list, or add one, to fill in its details here.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="debtassist/ui/main_window.py" line="69" />
      <source>DebtAssist — consumer debt paperwork</source>
      <translation>DebtAssist — consumer debt paperwork</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="71" />
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="72" />
      <source>&amp;New case</source>
      <translation>&amp;New case</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="76" />
      <source>&amp;Case list</source>
      <translation>&amp;Case list</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="79" />
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="83" />
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="90" />
      <source>&amp;Case</source>
      <translation>&amp;Case</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="92" />
      <source>&amp;Protect with a passphrase…</source>
      <translation>&amp;Protect with a passphrase…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="93" />
      <source>&amp;Change the passphrase…</source>
      <translation>&amp;Change the passphrase…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="94" />
      <source>&amp;Remove the passphrase…</source>
      <translation>&amp;Remove the passphrase…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="99" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="100" />
      <source>&amp;About DebtAssist</source>
      <translation>&amp;About DebtAssist</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="147" />
      <source>New passphrase:</source>
      <translation>New passphrase:</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="150" />
      <source>Type the new passphrase again:</source>
      <translation>Type the new passphrase again:</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="151" />
      <source>The two passphrases are not the same; nothing was changed.</source>
      <translation>The two passphrases are not the same; nothing was changed.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="157" />
      <location filename="debtassist/ui/main_window.py" line="162" />
      <source>Case files (*.json)</source>
      <translation>Case files (*.json)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="157" />
      <source>Export case file</source>
      <translation>Export case file</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="162" />
      <source>Import case file</source>
      <translation>Import case file</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="179" />
      <source>The last changes could not be saved; they are still on screen. Try again.</source>
      <translation>The last changes could not be saved; they are still on screen. Try again.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="200" />
      <source>This case is protected. Passphrase:</source>
      <translation>This case is protected. Passphrase:</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="224" />
      <source>Restore the newest good backup?</source>
      <translation>Restore the newest good backup?</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="306" />
      <source>Move this case to the trash? You can restore it from the trash later.</source>
      <translation>Move this case to the trash? You can restore it from the trash later.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="318" />
      <source>Open a case first.</source>
      <translation>Open a case first.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="329" />
      <source>This case is already protected. Use Change the passphrase.</source>
      <translation>This case is already protected. Use Change the passphrase.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="340" />
      <source>Current passphrase:</source>
      <translation>Current passphrase:</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="352" />
      <source>Current passphrase (the case will be stored without one):</source>
      <translation>Current passphrase (the case will be stored without one):</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="372" />
      <source>Done.</source>
      <translation>Done.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="386" />
      <source>Erase this case and all its backups for good? This cannot be undone.</source>
      <translation>Erase this case and all its backups for good? This cannot be undone.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="398" />
      <source>Trash</source>
      <translation>Trash</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="407" />
      <source>Restore</source>
      <translation>Restore</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="408" />
      <source>Erase for good…</source>
      <translation>Erase for good…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="425" />
      <source>DebtAssist %1

Prepares the paperwork for Taiwan's Consumer Debt Clearance Act. It informs and computes; it is not legal advice. For advice, contact the Legal Aid Foundation. Everything stays on this computer.</source>
      <translation>DebtAssist %1

Prepares the paperwork for Taiwan's Consumer Debt Clearance Act. It informs and computes; it is not legal advice. For advice, contact the Legal Aid Foundation. Everything stays on this computer.</translation>
    </message>
  </context>
  <context>
    <name>Summary</name>
    <message>
      <location filename="debtassist/ui/summary.py" line="30" />
      <source>Summary</source>
      <translation>Summary</translation>
    </message>
    <message>
      <location filename="debtassist/ui/summary.py" line="39" />
      <source>Total debt</source>
      <translation>Total debt</translation>
    </message>
    <message>
      <location filename="debtassist/ui/summary.py" line="40" />
      <source>Unsecured debt</source>
      <translation>Unsecured debt</translation>
    </message>
    <message>
      <location filename="debtassist/ui/summary.py" line="41" />
      <source>Owed to banks</source>
      <translation>Owed to banks</translation>
    </message>
    <message>
      <location filename="debtassist/ui/summary.py" line="42" />
      <source>Largest creditor bank</source>
      <translation>Largest creditor bank</translation>
    </message>
    <message>
      <location filename="debtassist/ui/summary.py" line="43" />
      <source>Monthly income</source>
      <translation>Monthly income</translation>
    </message>
    <message>
      <location filename="debtassist/ui/summary.py" line="44" />
      <source>Necessary expenses</source>
      <translation>Necessary expenses</translation>
    </message>
    <message>
      <location filename="debtassist/ui/summary.py" line="45" />
      <source>Left each month</source>
      <translation>Left each month</translation>
    </message>
    <message>
      <location filename="debtassist/ui/summary.py" line="46" />
      <source>Documents missing</source>
      <translation>Documents missing</translation>
    </message>
    <message>
      <location filename="debtassist/ui/summary.py" line="89" />
      <source>Open problems: %1 to fix, %2 to check</source>
      <translation>Open problems: %1 to fix, %2 to check</translation>
    </message>
    <message>
      <location filename="debtassist/ui/summary.py" line="96" />
      <source>… and %1 more on the review page</source>
      <translation>… and %1 more on the review page</translation>
    </message>
    <message>
      <location filename="debtassist/ui/summary.py" line="97" />
      <source>No problems found.</source>
      <translation>No problems found.</translation>
    </message>
  </context>
  <context>
    <name>Tables</name>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="96" />
      <location filename="debtassist/ui/models/tables.py" line="149" />
      <location filename="debtassist/ui/models/tables.py" line="199" />
      <location filename="debtassist/ui/models/tables.py" line="211" />
      <location filename="debtassist/ui/models/tables.py" line="223" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="103" />
      <source>Creditor</source>
      <translation>Creditor</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="107" />
      <location filename="debtassist/ui/models/tables.py" line="196" />
      <source>Address</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="110" />
      <source>Debt type</source>
      <translation>Debt type</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="115" />
      <location filename="debtassist/ui/models/tables.py" line="198" />
      <source>Cause</source>
      <translation>Cause</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="116" />
      <source>Principal</source>
      <translation>Principal</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="117" />
      <source>Interest and fees</source>
      <translation>Interest and fees</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="118" />
      <source>Secured</source>
      <translation>Secured</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="119" />
      <location filename="debtassist/ui/models/tables.py" line="200" />
      <source>Security</source>
      <translation>Security</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="122" />
      <source>Covered by the security</source>
      <translation>Covered by the security</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="126" />
      <source>Priority</source>
      <translation>Priority</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="127" />
      <source>Home loan</source>
      <translation>Home loan</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="130" />
      <source>Instalments overdue</source>
      <translation>Instalments overdue</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="134" />
      <source>Special clause</source>
      <translation>Special clause</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="136" />
      <source>Enforcement pending</source>
      <translation>Enforcement pending</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="138" />
      <source>Enforcement court</source>
      <translation>Enforcement court</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="139" />
      <source>Enforcement case no.</source>
      <translation>Enforcement case no.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="155" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="156" />
      <source>Held with</source>
      <translation>Held with</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="157" />
      <source>Location</source>
      <translation>Location</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="158" />
      <source>Number</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="159" />
      <source>Value</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="160" />
      <source>Share</source>
      <translation>Share</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="161" />
      <source>Number of shares</source>
      <translation>Number of shares</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="162" />
      <source>Year made</source>
      <translation>Year made</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="163" />
      <location filename="debtassist/ui/models/tables.py" line="187" />
      <location filename="debtassist/ui/models/tables.py" line="253" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="173" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="175" />
      <source>Relationship</source>
      <translation>Relationship</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="177" />
      <source>Date of birth</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="180" />
      <source>National ID</source>
      <translation>National ID</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="184" />
      <source>Supported</source>
      <translation>Supported</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="185" />
      <source>Support share</source>
      <translation>Support share</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="186" />
      <source>Monthly support</source>
      <translation>Monthly support</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="195" />
      <source>Debtor</source>
      <translation>Debtor</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="197" />
      <location filename="debtassist/ui/models/tables.py" line="213" />
      <source>Amount</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="210" />
      <source>Year (ROC)</source>
      <translation>Year (ROC)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="212" />
      <location filename="debtassist/ui/models/tables.py" line="224" />
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="225" />
      <location filename="debtassist/ui/models/tables.py" line="252" />
      <source>Monthly amount</source>
      <translation>Monthly amount</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="226" />
      <source>Paid in cash</source>
      <translation>Paid in cash</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="251" />
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="261" />
      <source>Business</source>
      <translation>Business</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="262" />
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="263" />
      <source>End</source>
      <translation>End</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="264" />
      <source>Turnover</source>
      <translation>Turnover</translation>
    </message>
  </context>
  <context>
    <name>Widgets</name>
    <message>
      <location filename="debtassist/ui/widgets/county.py" line="84" />
      <source>Choose a county or city…</source>
      <translation>Choose a county or city…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/widgets/dates.py" line="104" />
      <source>The date cannot be later than %1. Please check it again.</source>
      <translation>The date cannot be later than %1. Please check it again.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/widgets/dates.py" line="112" />
      <source>The date cannot be in the future (today is %1). Please check it again.</source>
      <translation>The date cannot be in the future (today is %1). Please check it again.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/widgets/dates.py" line="124" />
      <source>Date in ROC (Minguo) years, for example 115/3/2; 2026-03-02 is also accepted.</source>
      <translation>Date in ROC (Minguo) years, for example 115/3/2; 2026-03-02 is also accepted.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/widgets/lender.py" line="106" />
      <source>Type part of the name to see matching banks and companies, or type any other name.</source>
      <translation>Type part of the name to see matching banks and companies, or type any other name.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/widgets/money.py" line="94" />
      <source>Amount in whole New Taiwan dollars, for example 12,345.</source>
      <translation>Amount in whole New Taiwan dollars, for example 12,345.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/widgets/national_id.py" line="114" />
      <source>The check digit is right.</source>
      <translation>The check digit is right.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/widgets/national_id.py" line="121" />
      <source>One letter and 9 digits, as on the national ID card or resident certificate.</source>
      <translation>One letter and 9 digits, as on the national ID card or resident certificate.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/widgets/share.py" line="63" />
      <source>A fraction, decimal or percentage, for example 1/2, 0.5 or 50%.</source>
      <translation>A fraction, decimal or percentage, for example 1/2, 0.5 or 50%.</translation>
    </message>
  </context>
  <context>
    <name>Wizard</name>
    <message>
      <location filename="debtassist/ui/wizard/attachments_model.py" line="140" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="798" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/attachments_model.py" line="141" />
      <source>Where to get it</source>
      <translation>Where to get it</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/attachments_model.py" line="143" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="798" />
      <source>Issue date</source>
      <translation>Issue date</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/attachments_model.py" line="144" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/attachments_model.py" line="145" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="798" />
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/attachments_model.py" line="221" />
      <source>Where to get it: %1</source>
      <translation>Where to get it: %1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/attachments_model.py" line="225" />
      <source>Sets needed: %1 (the original and one copy for each creditor)</source>
      <translation>Sets needed: %1 (the original and one copy for each creditor)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/attachments_model.py" line="231" />
      <source>ROC date, for example 115/3/2</source>
      <translation>ROC date, for example 115/3/2</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/attachments_model.py" line="233" />
      <source>Must be issued on or after %1</source>
      <translation>Must be issued on or after %1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/attachments_model.py" line="300" />
      <location filename="debtassist/ui/wizard/attachments_model.py" line="142" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="798" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="28" />
      <source>Pre-negotiation with your largest creditor bank (前置協商)</source>
      <translation>Pre-negotiation with your largest creditor bank (前置協商)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="29" />
      <source>A letter to the bank you owe most; it negotiates one repayment plan for all your bank debts. No court fee. Debts to private lenders, guarantees and asset-management companies are usually not included.</source>
      <translation>A letter to the bank you owe most; it negotiates one repayment plan for all your bank debts. No court fee. Debts to private lenders, guarantees and asset-management companies are usually not included.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="36" />
      <source>Pre-mediation at the district court (前置調解)</source>
      <translation>Pre-mediation at the district court (前置調解)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="37" />
      <source>The court calls all your creditors, including non-bank ones, to agree on a plan. Fee NT$1,000.</source>
      <translation>The court calls all your creditors, including non-bank ones, to agree on a plan. Fee NT$1,000.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="42" />
      <source>Mediation at your township's mediation committee</source>
      <translation>Mediation at your township's mediation committee</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="43" />
      <source>Like court mediation, at the local mediation committee; free of charge.</source>
      <translation>Like court mediation, at the local mediation committee; free of charge.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="46" />
      <source>Rehabilitation (更生)</source>
      <translation>Rehabilitation (更生)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="47" />
      <source>The court approves a plan you can pay from your income, for at most 6 years (8 in some cases). Only when unsecured debt is NT$12,000,000 or less.</source>
      <translation>The court approves a plan you can pay from your income, for at most 6 years (8 in some cases). Only when unsecured debt is NT$12,000,000 or less.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="53" />
      <source>Liquidation (清算)</source>
      <translation>Liquidation (清算)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="54" />
      <source>Your assets are sold for the creditors and the rest of the debt may be discharged.</source>
      <translation>Your assets are sold for the creditors and the rest of the debt may be discharged.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="108" />
      <source>1. Which procedure</source>
      <translation>1. Which procedure</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="111" />
      <source>The procedure decides which forms you need, where you send them and what they cost. You can change it later; everything you type is kept. For advice on which is right for you, ask the Legal Aid Foundation.</source>
      <translation>The procedure decides which forms you need, where you send them and what they cost. You can change it later; everything you type is kept. For advice on which is right for you, ask the Legal Aid Foundation.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="119" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="663" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="665" />
      <source>Procedure</source>
      <translation>Procedure</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="138" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="666" />
      <source>Filing date</source>
      <translation>Filing date</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="142" />
      <source>Filing date (the day you send or file it)</source>
      <translation>Filing date (the day you send or file it)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="144" />
      <source>ROC or western: 115/12/7 or 2026-12-07. It sets the living-expense year and the one-month limits of some documents.</source>
      <translation>ROC or western: 115/12/7 or 2026-12-07. It sets the living-expense year and the one-month limits of some documents.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="151" />
      <location filename="debtassist/ui/wizard/basic_pages.py" line="163" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="669" />
      <source>Court or mediation committee</source>
      <translation>Court or mediation committee</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="154" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="846" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="158" />
      <source>Notes for yourself or your social worker</source>
      <translation>Notes for yourself or your social worker</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="160" />
      <source>Kept with the case; not printed on the forms.</source>
      <translation>Kept with the case; not printed on the forms.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="165" />
      <source>For court routes: the district court of your domicile, e.g. 臺灣臺北地方法院.</source>
      <translation>For court routes: the district court of your domicile, e.g. 臺灣臺北地方法院.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="208" />
      <source>You list no debt to a bank or other financial institution: pre-negotiation does not apply; mediation can include all creditors.</source>
      <translation>You list no debt to a bank or other financial institution: pre-negotiation does not apply; mediation can include all creditors.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="214" />
      <source>Your unsecured debt is over NT$12,000,000: rehabilitation is not available.</source>
      <translation>Your unsecured debt is over NT$12,000,000: rehabilitation is not available.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="217" />
      <source>Your business turnover is over the limit: the Act's procedures may not apply to you.</source>
      <translation>Your business turnover is over the limit: the Act's procedures may not apply to you.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="219" />
      <source>Nothing in the case so far rules out a procedure.</source>
      <translation>Nothing in the case so far rules out a procedure.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="227" />
      <source>2. Before you start</source>
      <translation>2. Before you start</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="230" />
      <source>Only a consumer can use the Act: no business in the last five years, or average monthly turnover of NT$200,000 or less (Art. 2). Banks also ask about earlier negotiations.</source>
      <translation>Only a consumer can use the Act: no business in the last five years, or average monthly turnover of NT$200,000 or less (Art. 2). Banks also ask about earlier negotiations.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="238" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="690" />
      <source>Did you run a business in the last five years?</source>
      <translation>Did you run a business in the last five years?</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="239" />
      <location filename="debtassist/ui/wizard/basic_pages.py" line="273" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="121" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="239" />
      <location filename="debtassist/ui/wizard/basic_pages.py" line="273" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="121" />
      <source>Yes</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="242" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="692" />
      <source>The 2006 (ROC 95) bank debt negotiation: did you take part, and was an agreement concluded?</source>
      <translation>The 2006 (ROC 95) bank debt negotiation: did you take part, and was an agreement concluded?</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="247" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="684" />
      <source>Yes, an agreement was concluded</source>
      <translation>Yes, an agreement was concluded</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="248" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="688" />
      <source>I took part; no agreement</source>
      <translation>I took part; no agreement</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="249" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="686" />
      <source>I never negotiated then</source>
      <translation>I never negotiated then</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="256" />
      <source>Choose…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="258" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="675" />
      <source>Never applied</source>
      <translation>Never applied</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="259" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="676" />
      <source>Applied; an agreement was concluded</source>
      <translation>Applied; an agreement was concluded</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="260" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="677" />
      <source>Applied; it failed</source>
      <translation>Applied; it failed</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="261" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="678" />
      <source>Applied; 'deemed not requested'</source>
      <translation>Applied; 'deemed not requested'</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="262" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="679" />
      <source>Applied; returned for missing documents or eligibility</source>
      <translation>Applied; returned for missing documents or eligibility</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="266" />
      <location filename="debtassist/ui/wizard/basic_pages.py" line="268" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="698" />
      <source>Earlier pre-negotiation</source>
      <translation>Earlier pre-negotiation</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="271" />
      <location filename="debtassist/ui/wizard/basic_pages.py" line="269" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="703" />
      <source>When it ended</source>
      <translation>When it ended</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="272" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="707" />
      <source>If an agreement was concluded: did paying become hard for reasons not your fault?</source>
      <translation>If an agreement was concluded: did paying become hard for reasons not your fault?</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="277" />
      <source>Mediation failed on</source>
      <translation>Mediation failed on</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="280" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="712" />
      <source>If a mediation failed: on which day</source>
      <translation>If a mediation failed: on which day</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="290" />
      <source>Pending enforcement or wage garnishment is entered with each creditor (page 9).</source>
      <translation>Pending enforcement or wage garnishment is entered with each creditor (page 9).</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="346" />
      <source>3. About you</source>
      <translation>3. About you</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="349" />
      <source>The forms name you exactly as on your ID card; the court and banks write to your mailing address. Your county sets the living-expense standard used for your necessary expenses (Art. 64-2).</source>
      <translation>The forms name you exactly as on your ID card; the court and banks write to your mailing address. Your county sets the living-expense standard used for your necessary expenses (Art. 64-2).</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="356" />
      <location filename="debtassist/ui/wizard/basic_pages.py" line="369" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="722" />
      <source>National ID number</source>
      <translation>National ID number</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="357" />
      <location filename="debtassist/ui/wizard/basic_pages.py" line="373" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="723" />
      <source>Date of birth</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="363" />
      <location filename="debtassist/ui/wizard/basic_pages.py" line="379" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="729" />
      <source>County or city where you live</source>
      <translation>County or city where you live</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="367" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="721" />
      <source>Name (as on your ID card)</source>
      <translation>Name (as on your ID card)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="371" />
      <source>One letter and nine digits; checked as you type.</source>
      <translation>One letter and nine digits; checked as you type.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="374" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="724" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="375" />
      <source>At least one phone number is needed.</source>
      <translation>At least one phone number is needed.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="375" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="725" />
      <source>Mobile phone</source>
      <translation>Mobile phone</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="376" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="726" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="377" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="727" />
      <source>Registered address (戶籍地址)</source>
      <translation>Registered address (戶籍地址)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="378" />
      <source>Leave empty if it is the registered address.</source>
      <translation>Leave empty if it is the registered address.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="378" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="728" />
      <source>Mailing address</source>
      <translation>Mailing address</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="380" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="730" />
      <source>Employer</source>
      <translation>Employer</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="381" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="731" />
      <source>Occupation</source>
      <translation>Occupation</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="113" />
      <source>not known yet</source>
      <translation>not known yet</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="121" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="682" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="699" />
      <source>not answered</source>
      <translation>not answered</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="132" />
      <source>11. Documents</source>
      <translation>11. Documents</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="135" />
      <source>These documents go with your application. When a required one is missing or out of date, the court or bank orders you to supply it (補正) and your case waits, or is dismissed if you do not. The list says where to get each; mark what you have and the day it was issued, since some must be recent.</source>
      <translation>These documents go with your application. When a required one is missing or out of date, the court or bank orders you to supply it (補正) and your case waits, or is dismissed if you do not. The list says where to get each; mark what you have and the day it was issued, since some must be recent.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="147" />
      <source>Documents checklist</source>
      <translation>Documents checklist</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="193" />
      <source>Double-click a cell (or press F2) to change the status, the issue date (ROC, e.g. 115/3/2) or your note. Rows in red are required documents that are not ready yet.</source>
      <translation>Double-click a cell (or press F2) to change the status, the issue date (ROC, e.g. 115/3/2) or your note. Rows in red are required documents that are not ready yet.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="210" />
      <source>Document: %1</source>
      <translation>Document: %1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="226" />
      <source>Choose a procedure on page 1 first: the documents depend on it.</source>
      <translation>Choose a procedure on page 1 first: the documents depend on it.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="232" />
      <source>%1 required document(s) not ready yet: %2</source>
      <translation>%1 required document(s) not ready yet: %2</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="238" />
      <source>Every required document is ready.</source>
      <translation>Every required document is ready.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="274" />
      <source>Chart of income, necessary expenses and payment</source>
      <translation>Chart of income, necessary expenses and payment</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="365" />
      <source>Monthly income</source>
      <translation>Monthly income</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="367" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="758" />
      <source>Necessary expenses</source>
      <translation>Necessary expenses</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="375" />
      <source>Monthly income: %1.</source>
      <translation>Monthly income: %1.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="377" />
      <source>Necessary expenses: %1 (your own %2, dependents %3).</source>
      <translation>Necessary expenses: %1 (your own %2, dependents %3).</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="385" />
      <source>Payment (%1 months, %2)</source>
      <translation>Payment (%1 months, %2)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="388" />
      <source>smallest payment your disposable income covers</source>
      <translation>smallest payment your disposable income covers</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="390" />
      <source>whether you can afford it is not known yet</source>
      <translation>whether you can afford it is not known yet</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="392" />
      <source>no scenario is covered by your disposable income</source>
      <translation>no scenario is covered by your disposable income</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="395" />
      <source>Monthly payment over %1 months at %2: %3 (%4).</source>
      <translation>Monthly payment over %1 months at %2: %3 (%4).</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="410" />
      <source>12. Repayment plan</source>
      <translation>12. Repayment plan</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="413" />
      <source>These scenarios are illustrations, not offers: the banks or the court decide the real plan. A court checks that your monthly income minus your necessary expenses (yours and your dependents') covers the monthly payment.</source>
      <translation>These scenarios are illustrations, not offers: the banks or the court decide the real plan. A court checks that your monthly income minus your necessary expenses (yours and your dependents') covers the monthly payment.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="433" />
      <source>Affordable</source>
      <translation>Affordable</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="433" />
      <source>Annual interest</source>
      <translation>Annual interest</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="433" />
      <source>Monthly payment</source>
      <translation>Monthly payment</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="433" />
      <source>Months</source>
      <translation>Months</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="435" />
      <source>Repayment scenarios</source>
      <translation>Repayment scenarios</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="441" />
      <source>Income, necessary expenses and payment each month</source>
      <translation>Income, necessary expenses and payment each month</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="464" />
      <source>Liquidation has no repayment plan: your assets are sold for the creditors and the rest of the debt may be discharged. There is nothing to compute on this page.</source>
      <translation>Liquidation has no repayment plan: your assets are sold for the creditors and the rest of the debt may be discharged. There is nothing to compute on this page.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="473" />
      <source>There are no scenarios to show yet.</source>
      <translation>There are no scenarios to show yet.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="477" />
      <source>Debt a plan must repay: %1. Disposable income: %2 a month.</source>
      <translation>Debt a plan must repay: %1. Disposable income: %2 a month.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="486" />
      <source>Your own expenses</source>
      <translation>Your own expenses</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="487" />
      <location filename="debtassist/ui/wizard/table_pages.py" line="205" />
      <source>Dependents</source>
      <translation>Dependents</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="488" />
      <source>Payment</source>
      <translation>Payment</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="501" />
      <source>Disposable income is not known until your income and expenses are entered.</source>
      <translation>Disposable income is not known until your income and expenses are entered.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="502" />
      <source>How this was worked out:</source>
      <translation>How this was worked out:</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="517" />
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="517" />
      <source>unknown</source>
      <translation>unknown</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="562" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="669" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="721" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="722" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="727" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="729" />
      <source>not entered</source>
      <translation>not entered</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="582" />
      <source>Household and dependents</source>
      <translation>Household and dependents</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="586" />
      <source>What you own</source>
      <translation>What you own</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="597" />
      <source>People who owe you money</source>
      <translation>People who owe you money</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="600" />
      <source>Nobody: the form says 無 (none).</source>
      <translation>Nobody: the form says 無 (none).</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="610" />
      <source>Edit</source>
      <translation>Edit</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="625" />
      <source>None entered.</source>
      <translation>None entered.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="642" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="517" />
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="665" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="759" />
      <source>not chosen yet</source>
      <translation>not chosen yet</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="713" />
      <source>Before you start</source>
      <translation>Before you start</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="718" />
      <source>About you</source>
      <translation>About you</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="728" />
      <source>same as the registered address</source>
      <translation>same as the registered address</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="736" />
      <source>Business in the last five years</source>
      <translation>Business in the last five years</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="738" />
      <source>No business in the last five years.</source>
      <translation>No business in the last five years.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="745" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="485" />
      <source>Income</source>
      <translation>Income</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="746" />
      <location filename="debtassist/ui/wizard/table_pages.py" line="298" />
      <source>Income of the last two years</source>
      <translation>Income of the last two years</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="748" />
      <location filename="debtassist/ui/wizard/table_pages.py" line="299" />
      <source>Current monthly income</source>
      <translation>Current monthly income</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="755" />
      <source>The Art. 64-2 standard (1.2 × the minimum living expense)</source>
      <translation>The Art. 64-2 standard (1.2 × the minimum living expense)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="756" />
      <source>Your real monthly expenses, item by item</source>
      <translation>Your real monthly expenses, item by item</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="759" />
      <source>Expenses are counted as</source>
      <translation>Expenses are counted as</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="775" />
      <location filename="debtassist/ui/wizard/table_pages.py" line="324" />
      <source>Creditors</source>
      <translation>Creditors</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="779" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="827" />
      <source>none yet</source>
      <translation>none yet</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="781" />
      <source>%1 (confirmed by you)</source>
      <translation>%1 (confirmed by you)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="783" />
      <source>%1 (the app's suggestion)</source>
      <translation>%1 (the app's suggestion)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="792" />
      <source>Documents</source>
      <translation>Documents</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="795" />
      <source>The documents depend on the procedure: choose one first.</source>
      <translation>The documents depend on the procedure: choose one first.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="818" />
      <source>Key figures</source>
      <translation>Key figures</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="837" />
      <source>Filing fee</source>
      <translation>Filing fee</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="839" />
      <source>Postage advance (estimate)</source>
      <translation>Postage advance (estimate)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="844" />
      <source>Errors (to fix before the packet can be printed)</source>
      <translation>Errors (to fix before the packet can be printed)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="844" />
      <source>No errors.</source>
      <translation>No errors.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="845" />
      <source>No warnings.</source>
      <translation>No warnings.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="845" />
      <source>Warnings</source>
      <translation>Warnings</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="846" />
      <source>No notes.</source>
      <translation>No notes.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="859" />
      <source>Rule: %1</source>
      <translation>Rule: %1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="862" />
      <source>Go to the page</source>
      <translation>Go to the page</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="877" />
      <source>13. Review</source>
      <translation>13. Review</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="880" />
      <source>Read everything once more before printing: this is what the forms will say. Use “Edit” to go back to a section; the errors at the end must be fixed before the packet can be printed.</source>
      <translation>Read everything once more before printing: this is what the forms will say. Use “Edit” to go back to a section; the errors at the end must be fixed before the packet can be printed.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="890" />
      <source>Review of the whole case</source>
      <translation>Review of the whole case</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="955" />
      <source>The printer could not be opened.</source>
      <translation>The printer could not be opened.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="989" />
      <source>Preview of the packet</source>
      <translation>Preview of the packet</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1021" />
      <source>Page %1</source>
      <translation>Page %1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1025" />
      <source>Page %1 of %2</source>
      <translation>Page %1 of %2</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1090" />
      <source>14. Print the packet</source>
      <translation>14. Print the packet</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1093" />
      <source>The packet is one PDF: a cover sheet for you (what to send where, the checklist, fees and deadlines), the filled forms and the copies. Check the preview, then print it or save it. Sign and stamp where the forms ask before sending.</source>
      <translation>The packet is one PDF: a cover sheet for you (what to send where, the checklist, fees and deadlines), the filled forms and the copies. Check the preview, then print it or save it. Sign and stamp where the forms ask before sending.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1107" />
      <source>Printing on both sides (duplex): start every document on a front side</source>
      <translation>Printing on both sides (duplex): start every document on a front side</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1108" />
      <source>One copy for each creditor</source>
      <translation>One copy for each creditor</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1110" />
      <source>Draft: make it although the case still has errors</source>
      <translation>Draft: make it although the case still has errors</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1112" />
      <source>A draft has every page marked “草稿 DRAFT”. Use it to check the forms with a social worker or Legal Aid; do not file it.</source>
      <translation>A draft has every page marked “草稿 DRAFT”. Use it to check the forms with a social worker or Legal Aid; do not file it.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1125" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="1240" />
      <source>B&amp;uild the packet</source>
      <translation>B&amp;uild the packet</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1126" />
      <source>&amp;Print…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1127" />
      <source>&amp;Open in the system viewer</source>
      <translation>&amp;Open in the system viewer</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1128" />
      <source>&amp;Save as…</source>
      <translation>&amp;Save as…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1202" />
      <source>This is the packet built earlier.</source>
      <translation>This is the packet built earlier.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1212" />
      <source>%1 pages in all: the original (%2 pages, with the %3-page cover sheet for you) and %4 copies of %5 pages for the creditors.</source>
      <translation>%1 pages in all: the original (%2 pages, with the %3-page cover sheet for you) and %4 copies of %5 pages for the creditors.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1231" />
      <source>One copy for each creditor (%1 sets in all)</source>
      <translation>One copy for each creditor (%1 sets in all)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1240" />
      <source>Re&amp;build the packet</source>
      <translation>Re&amp;build the packet</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1243" />
      <source>This packet is out of date: the case, the options or the language changed after it was built. Press “Rebuild the packet” to make it again; printing and saving wait until then.</source>
      <translation>This packet is out of date: the case, the options or the language changed after it was built. Press “Rebuild the packet” to make it again; printing and saving wait until then.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1260" />
      <source>Please go through the review first (step 13), then build the packet.</source>
      <translation>Please go through the review first (step 13), then build the packet.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1262" />
      <source>Choose a procedure on page 1 first.</source>
      <translation>Choose a procedure on page 1 first.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1267" />
      <source>The case still has errors, so the packet cannot be made. Fix them, or tick “Draft” to make a draft marked DRAFT on every page:</source>
      <translation>The case still has errors, so the packet cannot be made. Fix them, or tick “Draft” to make a draft marked DRAFT on every page:</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1286" />
      <source>The packet could not be saved in the case folder: %1</source>
      <translation>The packet could not be saved in the case folder: %1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1289" />
      <source>The packet could not be made: %1</source>
      <translation>The packet could not be made: %1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1308" />
      <source>The packet is ready.</source>
      <translation>The packet is ready.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1309" />
      <source>Saved as %1.</source>
      <translation>Saved as %1.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1311" />
      <source>This case is protected, so the packet is kept in memory only: print it or save it where you choose.</source>
      <translation>This case is protected, so the packet is kept in memory only: print it or save it where you choose.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1319" />
      <source>The preview shows the first %1 pages; open the PDF to see all of them.</source>
      <translation>The preview shows the first %1 pages; open the PDF to see all of them.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1324" />
      <source>This is a draft: every page is marked DRAFT. Do not file it.</source>
      <translation>This is a draft: every page is marked DRAFT. Do not file it.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1328" />
      <source>%1 character(s) are not in the bundled font; the cover sheet lists them. Check them on the printout.</source>
      <translation>%1 character(s) are not in the bundled font; the cover sheet lists them. Check them on the printout.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1341" />
      <location filename="debtassist/ui/wizard/final_pages.py" line="1408" />
      <source>Build the packet first.</source>
      <translation>Build the packet first.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1344" />
      <source>The case changed after the packet was built: build it again first.</source>
      <translation>The case changed after the packet was built: build it again first.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1361" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1361" />
      <source>Printing the packet…</source>
      <translation>Printing the packet…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1374" />
      <source>Printing was cancelled.</source>
      <translation>Printing was cancelled.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1377" />
      <source>The packet could not be printed: %1</source>
      <translation>The packet could not be printed: %1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1383" />
      <source>%1 pages were sent to the printer.</source>
      <translation>%1 pages were sent to the printer.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1399" />
      <source>Could not save %1: %2</source>
      <translation>Could not save %1: %2</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1401" />
      <source>Saved a copy as %1.</source>
      <translation>Saved a copy as %1.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1410" />
      <source>No program to show PDF files was found. The packet is at %1</source>
      <translation>No program to show PDF files was found. The packet is at %1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1419" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1419" />
      <source>Save the packet as</source>
      <translation>Save the packet as</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1426" />
      <source>DebtAssist packet %1</source>
      <translation>DebtAssist packet %1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_pages.py" line="1430" />
      <source>Print the packet</source>
      <translation>Print the packet</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="27" />
      <source>confirmed by you</source>
      <translation>confirmed by you</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="28" />
      <source>official announcement</source>
      <translation>official announcement</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="29" />
      <source>as applied by a court</source>
      <translation>as applied by a court</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="30" />
      <source>entered in this computer's table</source>
      <translation>entered in this computer's table</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="31" />
      <source>from a secondary source: please check and confirm</source>
      <translation>from a secondary source: please check and confirm</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="32" />
      <source>unconfirmed: not used until you enter the announced figure</source>
      <translation>unconfirmed: not used until you enter the announced figure</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="33" />
      <source>sources disagree: not used until you enter the announced figure</source>
      <translation>sources disagree: not used until you enter the announced figure</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="36" />
      <source>not known to the app: please enter the announced figure</source>
      <translation>not known to the app: please enter the announced figure</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="37" />
      <source>choose your county on page 3 first</source>
      <translation>choose your county on page 3 first</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="38" />
      <source>enter the filing date on page 1 first</source>
      <translation>enter the filing date on page 1 first</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="47" />
      <source>8. Necessary expenses</source>
      <translation>8. Necessary expenses</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="50" />
      <source>Courts accept as your necessary living expense 1.2 times the minimum living expense announced for where you live (Art. 64-2) without receipts. You may instead list your real monthly expenses; amounts above the standard usually need receipts.</source>
      <translation>Courts accept as your necessary living expense 1.2 times the minimum living expense announced for where you live (Art. 64-2) without receipts. You may instead list your real monthly expenses; amounts above the standard usually need receipts.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="57" />
      <source>Art. 64-2 standard for you</source>
      <translation>Art. 64-2 standard for you</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="69" />
      <source>&amp;Confirm this figure</source>
      <translation>&amp;Confirm this figure</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="72" />
      <source>&amp;Undo the confirmation</source>
      <translation>&amp;Undo the confirmation</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="75" />
      <source>Announced monthly minimum living expense</source>
      <translation>Announced monthly minimum living expense</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="77" />
      <location filename="debtassist/ui/wizard/money_pages.py" line="81" />
      <source>Where you found it</source>
      <translation>Where you found it</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="78" />
      <source>Use this figure</source>
      <translation>Use this figure</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="80" />
      <source>Announced figure (NT$ a month)</source>
      <translation>Announced figure (NT$ a month)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="84" />
      <location filename="debtassist/ui/wizard/money_pages.py" line="155" />
      <source>Where to check ▸</source>
      <translation>Where to check ▸</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="98" />
      <source>How do you state your expenses?</source>
      <translation>How do you state your expenses?</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="99" />
      <source>Use the Art. 64-2 standard (no receipts needed)</source>
      <translation>Use the Art. 64-2 standard (no receipts needed)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="100" />
      <source>List my real monthly expenses</source>
      <translation>List my real monthly expenses</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="107" />
      <source>Monthly expenses</source>
      <translation>Monthly expenses</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="155" />
      <source>Where to check ▾</source>
      <translation>Where to check ▾</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="176" />
      <source>Status: </source>
      <translation>Status: </translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="82" />
      <source>Add a row</source>
      <translation>Add a row</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="84" />
      <source>Remove the row</source>
      <translation>Remove the row</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="86" />
      <source>Move up</source>
      <translation>Move up</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="88" />
      <source>Move down</source>
      <translation>Move down</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="195" />
      <source>4. Household and dependents</source>
      <translation>4. Household and dependents</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="198" />
      <source>People you are legally obliged to support (children, parents, a spouse) count in your necessary expenses: 1.2 × the minimum living expense × your share of the duty (Art. 64-2). Write the share as 1/2 when two parents share it.</source>
      <translation>People you are legally obliged to support (children, parents, a spouse) count in your necessary expenses: 1.2 × the minimum living expense × your share of the duty (Art. 64-2). Write the share as 1/2 when two parents share it.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="217" />
      <source>5. What you own</source>
      <translation>5. What you own</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="220" />
      <source>Every asset goes on the property list with where it is and what it is worth: deposits (balance), land and buildings (announced value), vehicles, insurance (surrender value), shares and others. Leaving one out can cost you the procedure.</source>
      <translation>Every asset goes on the property list with where it is and what it is worth: deposits (balance), land and buildings (announced value), vehicles, insurance (surrender value), shares and others. Leaving one out can cost you the procedure.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="228" />
      <source>All assets</source>
      <translation>All assets</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="232" />
      <source>Kind of asset to add</source>
      <translation>Kind of asset to add</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="237" />
      <source>Add an asset of this kind</source>
      <translation>Add an asset of this kind</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="240" />
      <source>Details of the selected asset</source>
      <translation>Details of the selected asset</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="261" />
      <source>6. Business in the last five years</source>
      <translation>6. Business in the last five years</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="264" />
      <source>Enter each period you ran a business within the five years before filing, with its turnover in that time. The average per month must be NT$200,000 or less (Art. 2; Enforcement Rules Art. 4). Skip this page if you had no business.</source>
      <translation>Enter each period you ran a business within the five years before filing, with its turnover in that time. The average per month must be NT$200,000 or less (Art. 2; Enforcement Rules Art. 4). Skip this page if you had no business.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="271" />
      <source>Business periods</source>
      <translation>Business periods</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="289" />
      <source>7. Income</source>
      <translation>7. Income</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="292" />
      <source>The statement lists your income of the last two years (your tax income lists show it) and what you earn now each month. Enter 0 if you have no income; mark cash income, which needs an affidavit.</source>
      <translation>The statement lists your income of the last two years (your tax income lists show it) and what you earn now each month. Enter 0 if you have no income; mark cash income, which needs an affidavit.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="313" />
      <source>9. Creditors</source>
      <translation>9. Creditors</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="316" />
      <source>Every creditor with name and address, each debt's amount, cause and kind, any security, and any enforcement. The largest creditor bank receives a pre-negotiation request: the app suggests the one with the largest unsecured claim; confirm it or choose the one the JCIC list names.</source>
      <translation>Every creditor with name and address, each debt's amount, cause and kind, any security, and any enforcement. The largest creditor bank receives a pre-negotiation request: the app suggests the one with the largest unsecured claim; confirm it or choose the one the JCIC list names.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="327" />
      <source>Details of the selected creditor</source>
      <translation>Details of the selected creditor</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="336" />
      <source>Collateral of the selected creditor</source>
      <translation>Collateral of the selected creditor</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="341" />
      <source>Collateral of the selected creditor (from page 5):</source>
      <translation>Collateral of the selected creditor (from page 5):</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="346" />
      <source>Largest creditor institution</source>
      <translation>Largest creditor institution</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="350" />
      <source>Largest creditor institution:</source>
      <translation>Largest creditor institution:</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="366" />
      <source>None chosen</source>
      <translation>None chosen</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="386" />
      <source>Not confirmed yet (use the suggestion)</source>
      <translation>Not confirmed yet (use the suggestion)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="413" />
      <source>10. People who owe you money</source>
      <translation>10. People who owe you money</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="416" />
      <source>The list of your own debtors is required: a loan to a friend is an asset of yours. If nobody owes you money, leave the table empty; the form then says 無 (none).</source>
      <translation>The list of your own debtors is required: a loan to a friend is an asset of yours. If nobody owes you money, leave the table empty; the form then says 無 (none).</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="422" />
      <source>Your debtors</source>
      <translation>Your debtors</translation>
    </message>
  </context>
</TS>
