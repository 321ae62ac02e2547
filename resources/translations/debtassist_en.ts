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
      <location filename="debtassist/ui/case_view.py" line="158" />
      <source>Before going on, please fix:</source>
      <translation>Before going on, please fix:</translation>
    </message>
    <message>
      <location filename="debtassist/ui/case_view.py" line="172" />
      <source>This page has text that could not be read. Correct it or clear it before leaving the page:</source>
      <translation>This page has text that could not be read. Correct it or clear it before leaving the page:</translation>
    </message>
    <message>
      <location filename="debtassist/ui/case_view.py" line="205" />
      <source>Saving…</source>
      <translation>Saving…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/case_view.py" line="238" />
      <source>All changes saved</source>
      <translation>All changes saved</translation>
    </message>
    <message>
      <location filename="debtassist/ui/case_view.py" line="242" />
      <source>Not saved: </source>
      <translation>Not saved: </translation>
    </message>
  </context>
  <context>
    <name>Desk</name>
    <message>
      <location filename="debtassist/ui/desk.py" line="62" />
      <source>Pre-negotiation (bank)</source>
      <translation>Pre-negotiation (bank)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="63" />
      <source>Court pre-mediation</source>
      <translation>Court pre-mediation</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="64" />
      <source>Township mediation</source>
      <translation>Township mediation</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="65" />
      <source>Rehabilitation</source>
      <translation>Rehabilitation</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="66" />
      <source>Liquidation</source>
      <translation>Liquidation</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="68" />
      <source>Not chosen</source>
      <translation>Not chosen</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="119" />
      <source>Applicant</source>
      <translation>Applicant</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="120" />
      <source>Label / caseworker</source>
      <translation>Label / caseworker</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="121" />
      <source>ID</source>
      <translation>ID</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="124" />
      <source>Next deadline</source>
      <translation>Next deadline</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="125" />
      <source>Missing documents</source>
      <translation>Missing documents</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="126" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="127" />
      <source>Last change</source>
      <translation>Last change</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="135" />
      <source>overdue</source>
      <translation>overdue</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="135" />
      <source>this week</source>
      <translation>this week</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="151" />
      <source>This case file cannot be read. Open it to restore the newest good backup.</source>
      <translation>This case file cannot be read. Open it to restore the newest good backup.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="153" />
      <source>Protected with a passphrase; shown because it was opened in this session.</source>
      <translation>Protected with a passphrase; shown because it was opened in this session.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="170" />
      <source>(unreadable case file)</source>
      <translation>(unreadable case file)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="173" />
      <source>🔒 Protected case (passphrase needed)</source>
      <translation>🔒 Protected case (passphrase needed)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="306" />
      <source>Search by full name, full ID, phone, notes, label</source>
      <translation>Search by full name, full ID, phone, notes, label</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="307" />
      <source>Search cases</source>
      <translation>Search cases</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="312" />
      <location filename="debtassist/ui/desk.py" line="123" />
      <source>Stage</source>
      <translation>Stage</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="313" />
      <source>All stages</source>
      <translation>All stages</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="318" />
      <location filename="debtassist/ui/desk.py" line="122" />
      <source>Route</source>
      <translation>Route</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="319" />
      <source>All routes</source>
      <translation>All routes</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="324" />
      <source>Deadline</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="326" />
      <source>Any deadline or none</source>
      <translation>Any deadline or none</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="327" />
      <source>Overdue</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="328" />
      <source>Due this week (or overdue)</source>
      <translation>Due this week (or overdue)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="329" />
      <source>Has a deadline</source>
      <translation>Has a deadline</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="333" />
      <source>Missing documents only</source>
      <translation>Missing documents only</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="348" />
      <location filename="debtassist/ui/desk.py" line="406" />
      <source>Cases</source>
      <translation>Cases</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="353" />
      <source>No cases yet. Start a new case, or open an example to see how a finished case looks.</source>
      <translation>No cases yet. Start a new case, or open an example to see how a finished case looks.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="357" />
      <source>&amp;New case</source>
      <translation>&amp;New case</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="360" />
      <source>New from &amp;example</source>
      <translation>New from &amp;example</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="367" />
      <source>&amp;Open</source>
      <translation>&amp;Open</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="369" />
      <source>&amp;Progress and deadlines…</source>
      <translation>&amp;Progress and deadlines…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="371" />
      <source>&amp;Handout…</source>
      <translation>&amp;Handout…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="373" />
      <source>&amp;Duplicate</source>
      <translation>&amp;Duplicate</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="375" />
      <source>Move to &amp;trash</source>
      <translation>Move to &amp;trash</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="381" />
      <source>&amp;More</source>
      <translation>&amp;More</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="385" />
      <source>E&amp;xport the case file…</source>
      <translation>E&amp;xport the case file…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="386" />
      <source>Export selected cases to one &amp;archive…</source>
      <translation>Export selected cases to one &amp;archive…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="387" />
      <source>&amp;Import a case file…</source>
      <translation>&amp;Import a case file…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="388" />
      <source>Export all &amp;deadlines to a calendar file…</source>
      <translation>Export all &amp;deadlines to a calendar file…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="389" />
      <source>&amp;Back up the whole desk…</source>
      <translation>&amp;Back up the whole desk…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="390" />
      <source>&amp;Restore from a backup or archive…</source>
      <translation>&amp;Restore from a backup or archive…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="391" />
      <source>T&amp;rash…</source>
      <translation>T&amp;rash…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="491" />
      <source>the protected case %1</source>
      <translation>the protected case %1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk.py" line="492" />
      <location filename="debtassist/ui/desk.py" line="178" />
      <source>(no name yet)</source>
      <translation>(no name yet)</translation>
    </message>
  </context>
  <context>
    <name>DeskActions</name>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="122" />
      <source>The documents-to-bring handout for %1: print it, or save it as a PDF?</source>
      <translation>The documents-to-bring handout for %1: print it, or save it as a PDF?</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="125" />
      <source>&amp;Print…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="126" />
      <source>&amp;Save as PDF…</source>
      <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="136" />
      <source>Documents to bring — %1</source>
      <translation>Documents to bring — %1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="150" />
      <source>Choose the procedure first: the documents depend on it.</source>
      <translation>Choose the procedure first: the documents depend on it.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="169" />
      <source>Save the documents-to-bring handout for %1</source>
      <translation>Save the documents-to-bring handout for %1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="170" />
      <source>documents-to-bring.pdf</source>
      <translation>documents-to-bring.pdf</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="171" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="178" />
      <location filename="debtassist/ui/desk_actions.py" line="244" />
      <source>Could not write %1: %2</source>
      <translation>Could not write %1: %2</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="181" />
      <source>The handout for %1 is saved as %2.</source>
      <translation>The handout for %1 is saved as %2.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="187" />
      <source>Export %1 case(s) to one archive</source>
      <translation>Export %1 case(s) to one archive</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="189" />
      <source>DebtAssist archives (*.zip)</source>
      <translation>DebtAssist archives (*.zip)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="199" />
      <source>%1 case(s) exported to %2:</source>
      <translation>%1 case(s) exported to %2:</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="206" />
      <source>Move these %1 cases to the trash? You can restore them from the trash later.</source>
      <translation>Move these %1 cases to the trash? You can restore them from the trash later.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="237" />
      <source>Calendar files (*.ics)</source>
      <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="237" />
      <source>Export all deadlines</source>
      <translation>Export all deadlines</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="246" />
      <source>The deadlines of %1 case(s) are saved in %2. The calendar file holds no ID numbers: each entry names the applicant by the first character of the name, the label and the case number.</source>
      <translation>The deadlines of %1 case(s) are saved in %2. The calendar file holds no ID numbers: each entry names the applicant by the first character of the name, the label and the case number.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="252" />
      <source>%1 case(s) are not included (protected and not opened in this session, or unreadable).</source>
      <translation>%1 case(s) are not included (protected and not opened in this session, or unreadable).</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="259" />
      <source>Back up the whole desk</source>
      <translation>Back up the whole desk</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="259" />
      <source>Backups (*.zip)</source>
      <translation>Backups (*.zip)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="263" />
      <source>Protect the backup with a passphrase (leave empty for none). A lost passphrase cannot be recovered.</source>
      <translation>Protect the backup with a passphrase (leave empty for none). A lost passphrase cannot be recovered.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="275" />
      <source>%1 case(s) backed up to %2.</source>
      <translation>%1 case(s) backed up to %2.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="281" />
      <source>Backups (*.zip *.backup);;All files (*)</source>
      <translation>Backups (*.zip *.backup);;All files (*)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="281" />
      <source>Restore from a backup or archive</source>
      <translation>Restore from a backup or archive</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="294" />
      <source>This backup is protected. Passphrase:</source>
      <translation>This backup is protected. Passphrase:</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="304" />
      <source>Restored from %1:</source>
      <translation>Restored from %1:</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="305" />
      <source>added: %1</source>
      <translation>added: %1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="306" />
      <source>replaced by the backup's version: %1</source>
      <translation>replaced by the backup's version: %1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="307" />
      <source>already the same: %1</source>
      <translation>already the same: %1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="308" />
      <source>kept (newer on this computer): %1</source>
      <translation>kept (newer on this computer): %1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="311" />
      <source>left alone (open in a window): %1</source>
      <translation>left alone (open in a window): %1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="318" />
      <source>The case %1 on this computer was changed after the backup was made. Replace it with the older version from the backup? (The newer one is kept as a backup of the case.)</source>
      <translation>The case %1 on this computer was changed after the backup was made. Replace it with the older version from the backup? (The newer one is kept as a backup of the case.)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_actions.py" line="330" />
      <source>Copy of %1, made %2</source>
      <translation>Copy of %1, made %2</translation>
    </message>
  </context>
  <context>
    <name>DeskLifecycle</name>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="48" />
      <source>Progress and deadlines — %1</source>
      <translation>Progress and deadlines — %1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="52" />
      <source>Label / caseworker</source>
      <translation>Label / caseworker</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="54" />
      <source>One-line note for the desk</source>
      <translation>One-line note for the desk</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="57" />
      <source>Label / caseworker:</source>
      <translation>Label / caseworker:</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="58" />
      <source>One-line note for the desk:</source>
      <translation>One-line note for the desk:</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="63" />
      <location filename="debtassist/ui/desk_lifecycle.py" line="77" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="63" />
      <location filename="debtassist/ui/desk_lifecycle.py" line="87" />
      <source>Deadline set</source>
      <translation>Deadline set</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="63" />
      <source>Number</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="63" />
      <source>To / by whom</source>
      <translation>To / by whom</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="73" />
      <location filename="debtassist/ui/desk_lifecycle.py" line="63" />
      <source>What happened</source>
      <translation>What happened</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="79" />
      <source>Which step</source>
      <translation>Which step</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="80" />
      <source>The case's route</source>
      <translation>The case's route</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="84" />
      <source>To / by whom (bank, court, committee)</source>
      <translation>To / by whom (bank, court, committee)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="86" />
      <source>Registered-mail or case number</source>
      <translation>Registered-mail or case number</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="89" />
      <location filename="debtassist/ui/desk_lifecycle.py" line="63" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="101" />
      <source>What happened:</source>
      <translation>What happened:</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="102" />
      <source>Date:</source>
      <translation>Date:</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="103" />
      <source>Which step:</source>
      <translation>Which step:</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="104" />
      <source>To / by whom (bank, court, committee):</source>
      <translation>To / by whom (bank, court, committee):</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="105" />
      <source>Registered-mail or case number:</source>
      <translation>Registered-mail or case number:</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="106" />
      <source>Deadline (as the court set it, or your own date):</source>
      <translation>Deadline (as the court set it, or your own date):</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="107" />
      <source>Note:</source>
      <translation>Note:</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="112" />
      <source>&amp;Add as new entry</source>
      <translation>&amp;Add as new entry</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="114" />
      <source>&amp;Change selected entry</source>
      <translation>&amp;Change selected entry</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="116" />
      <source>Re&amp;move selected entry</source>
      <translation>Re&amp;move selected entry</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="128" />
      <source>Deadlines</source>
      <translation>Deadlines</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="143" />
      <source>Deadlines (with their rule):</source>
      <translation>Deadlines (with their rule):</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="164" />
      <source>Enter the date it happened.</source>
      <translation>Enter the date it happened.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="168" />
      <source>Enter a date.</source>
      <translation>Enter a date.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="250" />
      <source>Current stage: %1</source>
      <translation>Current stage: %1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/desk_lifecycle.py" line="261" />
      <source>No deadlines yet.</source>
      <translation>No deadlines yet.</translation>
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
      <location filename="debtassist/ui/main_window.py" line="74" />
      <source>DebtAssist — consumer debt paperwork</source>
      <translation>DebtAssist — consumer debt paperwork</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="76" />
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="77" />
      <source>&amp;New case</source>
      <translation>&amp;New case</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="81" />
      <source>&amp;Case list</source>
      <translation>&amp;Case list</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="84" />
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="88" />
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="95" />
      <source>&amp;Case</source>
      <translation>&amp;Case</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="97" />
      <source>&amp;Protect with a passphrase…</source>
      <translation>&amp;Protect with a passphrase…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="98" />
      <source>&amp;Change the passphrase…</source>
      <translation>&amp;Change the passphrase…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="99" />
      <source>&amp;Remove the passphrase…</source>
      <translation>&amp;Remove the passphrase…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="104" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="105" />
      <source>&amp;About DebtAssist</source>
      <translation>&amp;About DebtAssist</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="162" />
      <source>New passphrase:</source>
      <translation>New passphrase:</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="165" />
      <source>Type the new passphrase again:</source>
      <translation>Type the new passphrase again:</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="166" />
      <source>The two passphrases are not the same; nothing was changed.</source>
      <translation>The two passphrases are not the same; nothing was changed.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="173" />
      <source>Export case file</source>
      <translation>Export case file</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="175" />
      <location filename="debtassist/ui/main_window.py" line="183" />
      <source>Case files (*.json)</source>
      <translation>Case files (*.json)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="183" />
      <source>Import case file</source>
      <translation>Import case file</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="201" />
      <source>The last changes could not be saved; they are still on screen. Try again.</source>
      <translation>The last changes could not be saved; they are still on screen. Try again.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="222" />
      <source>This case is protected. Passphrase:</source>
      <translation>This case is protected. Passphrase:</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="246" />
      <source>Restore the newest good backup?</source>
      <translation>Restore the newest good backup?</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="341" />
      <source>Move this case to the trash? You can restore it from the trash later.</source>
      <translation>Move this case to the trash? You can restore it from the trash later.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="354" />
      <source>Open a case first.</source>
      <translation>Open a case first.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="365" />
      <source>This case is already protected. Use Change the passphrase.</source>
      <translation>This case is already protected. Use Change the passphrase.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="376" />
      <source>Current passphrase:</source>
      <translation>Current passphrase:</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="388" />
      <source>Current passphrase (the case will be stored without one):</source>
      <translation>Current passphrase (the case will be stored without one):</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="408" />
      <source>Done.</source>
      <translation>Done.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="425" />
      <source>Erase this case and all its backups for good? This cannot be undone.</source>
      <translation>Erase this case and all its backups for good? This cannot be undone.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="438" />
      <source>Trash</source>
      <translation>Trash</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="447" />
      <source>Restore</source>
      <translation>Restore</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="448" />
      <source>Erase for good…</source>
      <translation>Erase for good…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/main_window.py" line="465" />
      <source>DebtAssist %1

Prepares the paperwork for Taiwan's Consumer Debt Clearance Act. It informs and computes; it is not legal advice. For advice, contact the Legal Aid Foundation. Everything stays on this computer.</source>
      <translation>DebtAssist %1

Prepares the paperwork for Taiwan's Consumer Debt Clearance Act. It informs and computes; it is not legal advice. For advice, contact the Legal Aid Foundation. Everything stays on this computer.</translation>
    </message>
  </context>
  <context>
    <name>Summary</name>
    <message>
      <location filename="debtassist/ui/summary.py" line="73" />
      <location filename="debtassist/ui/summary.py" line="79" />
      <source>Summary</source>
      <translation>Summary</translation>
    </message>
    <message>
      <location filename="debtassist/ui/summary.py" line="92" />
      <source>Documents missing</source>
      <translation>Documents missing</translation>
    </message>
    <message>
      <location filename="debtassist/ui/summary.py" line="93" />
      <source>Stage</source>
      <translation>Stage</translation>
    </message>
    <message>
      <location filename="debtassist/ui/summary.py" line="94" />
      <source>Next deadline</source>
      <translation>Next deadline</translation>
    </message>
    <message>
      <location filename="debtassist/ui/summary.py" line="132" />
      <source>Open problems: %1 to fix, %2 to check</source>
      <translation>Open problems: %1 to fix, %2 to check</translation>
    </message>
    <message>
      <location filename="debtassist/ui/summary.py" line="139" />
      <source>… and %1 more on the review page</source>
      <translation>… and %1 more on the review page</translation>
    </message>
    <message>
      <location filename="debtassist/ui/summary.py" line="140" />
      <source>No problems found.</source>
      <translation>No problems found.</translation>
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
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="108" />
      <source>Creditor</source>
      <translation>Creditor</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="112" />
      <location filename="debtassist/ui/models/tables.py" line="216" />
      <source>Address</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="115" />
      <source>Debt type</source>
      <translation>Debt type</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="120" />
      <location filename="debtassist/ui/models/tables.py" line="218" />
      <source>Cause</source>
      <translation>Cause</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="121" />
      <source>Principal</source>
      <translation>Principal</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="122" />
      <source>Interest and fees</source>
      <translation>Interest and fees</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="123" />
      <source>Secured</source>
      <translation>Secured</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="124" />
      <location filename="debtassist/ui/models/tables.py" line="220" />
      <source>Security</source>
      <translation>Security</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="127" />
      <source>Covered by the security</source>
      <translation>Covered by the security</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="131" />
      <source>Priority</source>
      <translation>Priority</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="132" />
      <source>Home loan</source>
      <translation>Home loan</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="135" />
      <source>Instalments overdue</source>
      <translation>Instalments overdue</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="139" />
      <source>Special clause</source>
      <translation>Special clause</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="141" />
      <source>Enforcement pending</source>
      <translation>Enforcement pending</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="143" />
      <source>Enforcement court</source>
      <translation>Enforcement court</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="144" />
      <source>Enforcement case no.</source>
      <translation>Enforcement case no.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="160" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="161" />
      <source>Held with</source>
      <translation>Held with</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="162" />
      <source>Location</source>
      <translation>Location</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="163" />
      <source>Number</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="164" />
      <source>Value</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="165" />
      <source>Share</source>
      <translation>Share</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="166" />
      <source>Number of shares</source>
      <translation>Number of shares</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="167" />
      <source>Year made</source>
      <translation>Year made</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="168" />
      <location filename="debtassist/ui/models/tables.py" line="207" />
      <location filename="debtassist/ui/models/tables.py" line="274" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="169" />
      <source>Hard to sell</source>
      <translation>Hard to sell</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="171" />
      <source>Excluded (Art. 99)</source>
      <translation>Excluded (Art. 99)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="173" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="174" />
      <source>Value that counts</source>
      <translation>Value that counts</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="182" />
      <source>Instalments</source>
      <translation>Instalments</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="183" />
      <source>Amount each</source>
      <translation>Amount each</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="193" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="195" />
      <source>Relationship</source>
      <translation>Relationship</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="197" />
      <source>Date of birth</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="200" />
      <source>National ID</source>
      <translation>National ID</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="204" />
      <source>Supported</source>
      <translation>Supported</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="205" />
      <source>Support share</source>
      <translation>Support share</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="206" />
      <source>Monthly support</source>
      <translation>Monthly support</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="215" />
      <source>Debtor</source>
      <translation>Debtor</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="217" />
      <source>Amount</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="239" />
      <source>From (month)</source>
      <translation>From (month)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="240" />
      <source>To (month)</source>
      <translation>To (month)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="242" />
      <location filename="debtassist/ui/models/tables.py" line="254" />
      <source>Kind in your words</source>
      <translation>Kind in your words</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="243" />
      <location filename="debtassist/ui/models/tables.py" line="255" />
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="244" />
      <source>Total of the period</source>
      <translation>Total of the period</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="245" />
      <source>Or monthly average</source>
      <translation>Or monthly average</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="256" />
      <location filename="debtassist/ui/models/tables.py" line="273" />
      <source>Monthly amount</source>
      <translation>Monthly amount</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="257" />
      <source>Paid in cash</source>
      <translation>Paid in cash</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="267" />
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="272" />
      <source>Category in your words</source>
      <translation>Category in your words</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="282" />
      <source>Business</source>
      <translation>Business</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="283" />
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="284" />
      <source>End</source>
      <translation>End</translation>
    </message>
    <message>
      <location filename="debtassist/ui/models/tables.py" line="285" />
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
      <location filename="debtassist/ui/wizard/review_page.py" line="312" />
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
      <location filename="debtassist/ui/wizard/review_page.py" line="312" />
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
      <location filename="debtassist/ui/wizard/review_page.py" line="312" />
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
      <location filename="debtassist/ui/wizard/review_page.py" line="312" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/attachments_page.py" line="33" />
      <source>{attachments}. Documents</source>
      <translation>{attachments}. Documents</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/attachments_page.py" line="39" />
      <source>These documents go with your application. When a required one is missing or out of date, the bank may return the application or ask for it, and the negotiation waits. The list says where to get each; mark what you have and the day it was issued, since some must be recent.</source>
      <translation>These documents go with your application. When a required one is missing or out of date, the bank may return the application or ask for it, and the negotiation waits. The list says where to get each; mark what you have and the day it was issued, since some must be recent.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/attachments_page.py" line="44" />
      <source>These documents go with your petition. When a required one is missing or out of date, the court orders you to supply it (補正) and your case waits, or is dismissed if you do not. The list says where to get each; mark what you have and the day it was issued, since some must be recent.</source>
      <translation>These documents go with your petition. When a required one is missing or out of date, the court orders you to supply it (補正) and your case waits, or is dismissed if you do not. The list says where to get each; mark what you have and the day it was issued, since some must be recent.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/attachments_page.py" line="55" />
      <source>Documents checklist</source>
      <translation>Documents checklist</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/attachments_page.py" line="101" />
      <source>Double-click a cell (or press F2) to change the status, the issue date (ROC, e.g. 115/3/2) or your note. Rows in red are required documents that are not ready yet.</source>
      <translation>Double-click a cell (or press F2) to change the status, the issue date (ROC, e.g. 115/3/2) or your note. Rows in red are required documents that are not ready yet.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/attachments_page.py" line="119" />
      <source>Document: %1</source>
      <translation>Document: %1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/attachments_page.py" line="136" />
      <source>Choose a procedure on page {route} first: the documents depend on it.</source>
      <translation>Choose a procedure on page {route} first: the documents depend on it.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/attachments_page.py" line="143" />
      <source>%1 required document(s) not ready yet: %2</source>
      <translation>%1 required document(s) not ready yet: %2</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/attachments_page.py" line="149" />
      <source>Every required document is ready.</source>
      <translation>Every required document is ready.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="40" />
      <source>Pre-negotiation with your largest creditor bank (前置協商)</source>
      <translation>Pre-negotiation with your largest creditor bank (前置協商)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="41" />
      <source>A letter to the bank you owe most; it negotiates one repayment plan for all your bank debts. No court fee. Debts to private lenders, guarantees and asset-management companies are usually not included.</source>
      <translation>A letter to the bank you owe most; it negotiates one repayment plan for all your bank debts. No court fee. Debts to private lenders, guarantees and asset-management companies are usually not included.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="48" />
      <source>Pre-mediation at the district court (前置調解)</source>
      <translation>Pre-mediation at the district court (前置調解)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="49" />
      <source>The court calls all your creditors, including non-bank ones, to agree on a plan. Fee NT$1,000.</source>
      <translation>The court calls all your creditors, including non-bank ones, to agree on a plan. Fee NT$1,000.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="54" />
      <source>Mediation at your township's mediation committee</source>
      <translation>Mediation at your township's mediation committee</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="55" />
      <source>Like court mediation, at the local mediation committee; free of charge.</source>
      <translation>Like court mediation, at the local mediation committee; free of charge.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="58" />
      <source>Rehabilitation (更生)</source>
      <translation>Rehabilitation (更生)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="59" />
      <source>The court approves a plan you can pay from your income, for at most 6 years (8 in some cases). Only when unsecured debt is NT$12,000,000 or less.</source>
      <translation>The court approves a plan you can pay from your income, for at most 6 years (8 in some cases). Only when unsecured debt is NT$12,000,000 or less.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="65" />
      <source>Liquidation (清算)</source>
      <translation>Liquidation (清算)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="66" />
      <source>Your assets are sold for the creditors and the rest of the debt may be discharged.</source>
      <translation>Your assets are sold for the creditors and the rest of the debt may be discharged.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="121" />
      <source>{route}. Which procedure</source>
      <translation>{route}. Which procedure</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="124" />
      <source>The procedure decides which forms you need, where you send them and what they cost. You can change it later; everything you type is kept. For advice on which is right for you, ask the Legal Aid Foundation.</source>
      <translation>The procedure decides which forms you need, where you send them and what they cost. You can change it later; everything you type is kept. For advice on which is right for you, ask the Legal Aid Foundation.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="132" />
      <location filename="debtassist/ui/wizard/review_page.py" line="185" />
      <location filename="debtassist/ui/wizard/review_page.py" line="187" />
      <source>Procedure</source>
      <translation>Procedure</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="151" />
      <location filename="debtassist/ui/wizard/review_page.py" line="188" />
      <source>Filing date</source>
      <translation>Filing date</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="155" />
      <source>Filing date (the day you send or file it)</source>
      <translation>Filing date (the day you send or file it)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="157" />
      <source>ROC or western: 115/12/7 or 2026-12-07. It sets the living-expense year and the one-month limits of some documents.</source>
      <translation>ROC or western: 115/12/7 or 2026-12-07. It sets the living-expense year and the one-month limits of some documents.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="164" />
      <location filename="debtassist/ui/wizard/basic_pages.py" line="177" />
      <location filename="debtassist/ui/wizard/review_page.py" line="191" />
      <source>Court or mediation committee</source>
      <translation>Court or mediation committee</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="168" />
      <location filename="debtassist/ui/wizard/review_page.py" line="350" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="172" />
      <source>Notes for yourself or your social worker</source>
      <translation>Notes for yourself or your social worker</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="174" />
      <source>Kept with the case; not printed on the forms.</source>
      <translation>Kept with the case; not printed on the forms.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="179" />
      <source>Choose from the list (offered from your addresses) or type it.</source>
      <translation>Choose from the list (offered from your addresses) or type it.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="231" />
      <source>You list no debt to a bank or other financial institution: pre-negotiation does not apply; mediation can include all creditors.</source>
      <translation>You list no debt to a bank or other financial institution: pre-negotiation does not apply; mediation can include all creditors.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="237" />
      <source>Your unsecured debt is over NT$12,000,000: rehabilitation is not available.</source>
      <translation>Your unsecured debt is over NT$12,000,000: rehabilitation is not available.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="240" />
      <source>Your business turnover is over the limit: the Act's procedures may not apply to you.</source>
      <translation>Your business turnover is over the limit: the Act's procedures may not apply to you.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="242" />
      <source>Nothing in the case so far rules out a procedure.</source>
      <translation>Nothing in the case so far rules out a procedure.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="251" />
      <source>{eligibility}. Before you start</source>
      <translation>{eligibility}. Before you start</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="254" />
      <source>Only a consumer can use the Act: no business in the last five years, or average monthly turnover of NT$200,000 or less (Art. 2). Banks also ask about earlier negotiations.</source>
      <translation>Only a consumer can use the Act: no business in the last five years, or average monthly turnover of NT$200,000 or less (Art. 2). Banks also ask about earlier negotiations.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="262" />
      <location filename="debtassist/ui/wizard/review_page.py" line="212" />
      <source>Did you run a business in the last five years?</source>
      <translation>Did you run a business in the last five years?</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="263" />
      <location filename="debtassist/ui/wizard/basic_pages.py" line="297" />
      <location filename="debtassist/ui/wizard/court_plan.py" line="72" />
      <location filename="debtassist/ui/wizard/final_text.py" line="27" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="263" />
      <location filename="debtassist/ui/wizard/basic_pages.py" line="297" />
      <location filename="debtassist/ui/wizard/court_plan.py" line="73" />
      <location filename="debtassist/ui/wizard/final_text.py" line="27" />
      <source>Yes</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="266" />
      <location filename="debtassist/ui/wizard/review_page.py" line="214" />
      <source>The 2006 (ROC 95) bank debt negotiation: did you take part, and was an agreement concluded?</source>
      <translation>The 2006 (ROC 95) bank debt negotiation: did you take part, and was an agreement concluded?</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="271" />
      <location filename="debtassist/ui/wizard/review_page.py" line="206" />
      <source>Yes, an agreement was concluded</source>
      <translation>Yes, an agreement was concluded</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="272" />
      <location filename="debtassist/ui/wizard/review_page.py" line="210" />
      <source>I took part; no agreement</source>
      <translation>I took part; no agreement</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="273" />
      <location filename="debtassist/ui/wizard/review_page.py" line="208" />
      <source>I never negotiated then</source>
      <translation>I never negotiated then</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="280" />
      <location filename="debtassist/ui/wizard/filing_fields.py" line="299" />
      <location filename="debtassist/ui/wizard/filing_fields.py" line="397" />
      <source>Choose…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="282" />
      <location filename="debtassist/ui/wizard/review_page.py" line="197" />
      <source>Never applied</source>
      <translation>Never applied</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="283" />
      <location filename="debtassist/ui/wizard/review_page.py" line="198" />
      <source>Applied; an agreement was concluded</source>
      <translation>Applied; an agreement was concluded</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="284" />
      <location filename="debtassist/ui/wizard/review_page.py" line="199" />
      <source>Applied; it failed</source>
      <translation>Applied; it failed</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="285" />
      <location filename="debtassist/ui/wizard/review_page.py" line="200" />
      <source>Applied; 'deemed not requested'</source>
      <translation>Applied; 'deemed not requested'</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="286" />
      <location filename="debtassist/ui/wizard/review_page.py" line="201" />
      <source>Applied; returned for missing documents or eligibility</source>
      <translation>Applied; returned for missing documents or eligibility</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="290" />
      <location filename="debtassist/ui/wizard/basic_pages.py" line="292" />
      <location filename="debtassist/ui/wizard/review_page.py" line="220" />
      <source>Earlier pre-negotiation</source>
      <translation>Earlier pre-negotiation</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="295" />
      <location filename="debtassist/ui/wizard/basic_pages.py" line="293" />
      <location filename="debtassist/ui/wizard/review_page.py" line="225" />
      <source>When it ended</source>
      <translation>When it ended</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="296" />
      <location filename="debtassist/ui/wizard/review_page.py" line="229" />
      <source>If an agreement was concluded: did paying become hard for reasons not your fault?</source>
      <translation>If an agreement was concluded: did paying become hard for reasons not your fault?</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="301" />
      <source>Mediation failed on</source>
      <translation>Mediation failed on</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="304" />
      <location filename="debtassist/ui/wizard/review_page.py" line="234" />
      <source>If a mediation failed: on which day</source>
      <translation>If a mediation failed: on which day</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="322" />
      <source>Pending enforcement or wage garnishment is entered with each creditor (page {creditors}).</source>
      <translation>Pending enforcement or wage garnishment is entered with each creditor (page {creditors}).</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="383" />
      <source>{applicant}. About you</source>
      <translation>{applicant}. About you</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="386" />
      <source>The forms name you exactly as on your ID card; the court and banks write to your mailing address. Your county sets the living-expense standard used for your necessary expenses (Art. 64-2).</source>
      <translation>The forms name you exactly as on your ID card; the court and banks write to your mailing address. Your county sets the living-expense standard used for your necessary expenses (Art. 64-2).</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="393" />
      <location filename="debtassist/ui/wizard/basic_pages.py" line="406" />
      <location filename="debtassist/ui/wizard/review_page.py" line="244" />
      <source>National ID number</source>
      <translation>National ID number</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="394" />
      <location filename="debtassist/ui/wizard/basic_pages.py" line="410" />
      <location filename="debtassist/ui/wizard/review_page.py" line="245" />
      <source>Date of birth</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="400" />
      <location filename="debtassist/ui/wizard/basic_pages.py" line="416" />
      <location filename="debtassist/ui/wizard/review_page.py" line="251" />
      <source>County or city where you live</source>
      <translation>County or city where you live</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="404" />
      <location filename="debtassist/ui/wizard/review_page.py" line="243" />
      <source>Name (as on your ID card)</source>
      <translation>Name (as on your ID card)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="408" />
      <source>One letter and nine digits; checked as you type.</source>
      <translation>One letter and nine digits; checked as you type.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="411" />
      <location filename="debtassist/ui/wizard/filing_fields.py" line="253" />
      <location filename="debtassist/ui/wizard/review_page.py" line="246" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="412" />
      <source>At least one phone number is needed.</source>
      <translation>At least one phone number is needed.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="412" />
      <location filename="debtassist/ui/wizard/review_page.py" line="247" />
      <source>Mobile phone</source>
      <translation>Mobile phone</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="413" />
      <location filename="debtassist/ui/wizard/review_page.py" line="248" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="414" />
      <location filename="debtassist/ui/wizard/review_page.py" line="249" />
      <source>Registered address (戶籍地址)</source>
      <translation>Registered address (戶籍地址)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="415" />
      <source>Leave empty if it is the registered address.</source>
      <translation>Leave empty if it is the registered address.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="415" />
      <location filename="debtassist/ui/wizard/review_page.py" line="250" />
      <source>Mailing address</source>
      <translation>Mailing address</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="417" />
      <location filename="debtassist/ui/wizard/review_page.py" line="252" />
      <source>Employer</source>
      <translation>Employer</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/basic_pages.py" line="418" />
      <location filename="debtassist/ui/wizard/review_page.py" line="253" />
      <source>Occupation</source>
      <translation>Occupation</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="51" />
      <source>None (the plan ends within 6 years)</source>
      <translation>None (the plan ends within 6 years)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="52" />
      <source>Home-loan special clause</source>
      <translation>Home-loan special clause</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="55" />
      <source>Settlement with secured or priority creditors</source>
      <translation>Settlement with secured or priority creditors</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="57" />
      <source>To reach the Art. 64 II (3)/(4) minimums</source>
      <translation>To reach the Art. 64 II (3)/(4) minimums</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="60" />
      <source>Not chosen yet</source>
      <translation>Not chosen yet</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="61" />
      <source>Directly to each creditor</source>
      <translation>Directly to each creditor</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="62" />
      <source>Through the largest creditor bank (Rules Art. 26)</source>
      <translation>Through the largest creditor bank (Rules Art. 26)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="65" />
      <source>set by the deemed-best-effort rule (Art. 64-1)</source>
      <translation>set by the deemed-best-effort rule (Art. 64-1)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="66" />
      <source>set by the liquidation value (Art. 64 II (3))</source>
      <translation>set by the liquidation value (Art. 64 II (3))</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="67" />
      <source>set by the two-year surplus (Art. 64 II (4))</source>
      <translation>set by the two-year surplus (Art. 64 II (4))</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="71" />
      <source>Not answered</source>
      <translation>Not answered</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="126" />
      <source> month</source>
      <translation> month</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="126" />
      <source> months</source>
      <translation> months</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="176" />
      <source>%1 of at most %2 months</source>
      <translation>%1 of at most %2 months</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="183" />
      <source>Plan %1 / required %2</source>
      <translation>Plan %1 / required %2</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="186" />
      <location filename="debtassist/ui/wizard/court_plan.py" line="488" />
      <source>Not known yet: an input is missing.</source>
      <translation>Not known yet: an input is missing.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="188" />
      <source>Passes.</source>
      <translation>Passes.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="190" />
      <source>Does not pass: %1 short.</source>
      <translation>Does not pass: %1 short.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="192" />
      <source>Does not pass.</source>
      <translation>Does not pass.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="214" />
      <source>Your plan (更生方案, Art. 53)</source>
      <translation>Your plan (更生方案, Art. 53)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="220" />
      <source>Plan term</source>
      <translation>Plan term</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="224" />
      <source>Months between payments</source>
      <translation>Months between payments</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="227" />
      <location filename="debtassist/ui/wizard/court_plan.py" line="234" />
      <location filename="debtassist/ui/wizard/court_plan.py" line="524" />
      <source>not set</source>
      <translation>not set</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="228" />
      <location filename="debtassist/ui/wizard/court_plan.py" line="239" />
      <source>Payment day of the month</source>
      <translation>Payment day of the month</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="229" />
      <source>Art. 53 exception for more than 6 years</source>
      <translation>Art. 53 exception for more than 6 years</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="230" />
      <source>How payments reach the creditors</source>
      <translation>How payments reach the creditors</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="231" />
      <source>Yearly extra payment</source>
      <translation>Yearly extra payment</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="235" />
      <location filename="debtassist/ui/wizard/court_plan.py" line="243" />
      <source>Month of the extra payment</source>
      <translation>Month of the extra payment</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="237" />
      <source>Term for the suggested amount</source>
      <translation>Term for the suggested amount</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="238" />
      <source>One payment every</source>
      <translation>One payment every</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="240" />
      <source>More than 6 years because</source>
      <translation>More than 6 years because</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="241" />
      <source>Payments go</source>
      <translation>Payments go</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="242" />
      <source>Yearly extra payment (NT$)</source>
      <translation>Yearly extra payment (NT$)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="250" />
      <source>Use this amount</source>
      <translation>Use this amount</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="256" />
      <source>Phases: instalments × amount</source>
      <translation>Phases: instalments × amount</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="261" />
      <source>The court's tests</source>
      <translation>The court's tests</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="264" />
      <source>Enter the phases of your plan (or use the suggested amount) to see the tests.</source>
      <translation>Enter the phases of your plan (or use the suggested amount) to see the tests.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="269" />
      <location filename="debtassist/ui/wizard/court_plan.py" line="274" />
      <source>What each creditor receives</source>
      <translation>What each creditor receives</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="273" />
      <location filename="debtassist/ui/wizard/court_plan.py" line="426" />
      <source>Creditor</source>
      <translation>Creditor</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="273" />
      <source>Each instalment</source>
      <translation>Each instalment</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="273" />
      <source>In all</source>
      <translation>In all</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="273" />
      <source>Share</source>
      <translation>Share</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="273" />
      <source>Unsecured claim</source>
      <translation>Unsecured claim</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="278" />
      <source>Each instalment is split pro rata to the unsecured non-priority claims, to the dollar, by the largest-remainder method, so the parts add up to the instalment exactly (Rules Art. 26).</source>
      <translation>Each instalment is split pro rata to the unsecured non-priority claims, to the dollar, by the largest-remainder method, so the parts add up to the instalment exactly (Rules Art. 26).</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="336" />
      <source>Monthly surplus now: %1. Two years before filing (%2): surplus %3. Liquidation value of your property: %4.</source>
      <translation>Monthly surplus now: %1. Two years before filing (%2): surplus %3. Liquidation value of your property: %4.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="347" />
      <source>The smallest plan is not known yet: enter your income and expenses.</source>
      <translation>The smallest plan is not known yet: enter your income and expenses.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="351" />
      <source>Every test asks for NT$0 (no liquidation value, no surplus): the app proposes no amount. The court still weighs whether the plan is your best effort (Art. 64 I).</source>
      <translation>Every test asks for NT$0 (no liquidation value, no surplus): the app proposes no amount. The court still weighs whether the plan is your best effort (Art. 64 I).</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="359" />
      <source>Smallest amount passing every test over %1 instalments: %2 a month (total %3), %4.</source>
      <translation>Smallest amount passing every test over %1 instalments: %2 a month (total %3), %4.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="366" />
      <source>This is more than your monthly surplus.</source>
      <translation>This is more than your monthly surplus.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="368" />
      <source>A term over 72 months needs an Art. 53 exception.</source>
      <translation>A term over 72 months needs an Art. 53 exception.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="390" />
      <source>Total %1 over %2 months; share of the unsecured debt repaid (清償成數) %3% (cut to two decimals; the courts' rounding is unconfirmed).</source>
      <translation>Total %1 over %2 months; share of the unsecured debt repaid (清償成數) %3% (cut to two decimals; the courts' rounding is unconfirmed).</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="419" />
      <source>Discharge after liquidation (Art. 132, 133)</source>
      <translation>Discharge after liquidation (Art. 132, 133)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="426" />
      <source>20 %</source>
      <translation>20 %</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="426" />
      <source>Art. 142: 20 % of each ordinary claim</source>
      <translation>Art. 142: 20 % of each ordinary claim</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="426" />
      <source>Claim</source>
      <translation>Claim</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="430" />
      <source>Art. 134: questions the court asks (answer each; a yes needs an explanation)</source>
      <translation>Art. 134: questions the court asks (answer each; a yes needs an explanation)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="437" />
      <source>Answer to Art. 134 item %1</source>
      <translation>Answer to Art. 134 item %1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="439" />
      <source>What happened (needed when you answer yes)</source>
      <translation>What happened (needed when you answer yes)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="440" />
      <source>Explanation for Art. 134 item %1</source>
      <translation>Explanation for Art. 134 item %1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="474" />
      <source>Art. 133: monthly surplus after liquidation opens %1; two-year surplus before filing %2; estimated distribution to ordinary creditors %3 (liquidation value less priority claims).</source>
      <translation>Art. 133: monthly surplus after liquidation opens %1; two-year surplus before filing %2; estimated distribution to ordinary creditors %3 (liquidation value less priority claims).</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="483" />
      <source>With a surplus and a distribution below the two-year surplus, Art. 133 says the court refuses discharge unless all ordinary creditors consent.</source>
      <translation>With a surplus and a distribution below the two-year surplus, Art. 133 says the court refuses discharge unless all ordinary creditors consent.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="490" />
      <source>The Art. 133 comparison does not lead to a refusal with these numbers.</source>
      <translation>The Art. 133 comparison does not lead to a refusal with these numbers.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="493" />
      <source>Art. 141: after an Art. 133 refusal, discharge can be sought once ordinary creditors have received %1 in all (%2 beyond the estimated distribution). Art. 142: after any refusal, once each ordinary creditor has received 20 % of its claim (%3 in all).</source>
      <translation>Art. 141: after an Art. 133 refusal, discharge can be sought once ordinary creditors have received %1 in all (%2 beyond the estimated distribution). Art. 142: after any refusal, once each ordinary creditor has received 20 % of its claim (%3 in all).</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="515" />
      <source>The bank's offer (if you received one)</source>
      <translation>The bank's offer (if you received one)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="521" />
      <location filename="debtassist/ui/wizard/court_plan.py" line="530" />
      <source>Offered by</source>
      <translation>Offered by</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="525" />
      <location filename="debtassist/ui/wizard/court_plan.py" line="531" />
      <source>Instalments offered</source>
      <translation>Instalments offered</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="527" />
      <location filename="debtassist/ui/wizard/court_plan.py" line="532" />
      <source>Annual interest offered (%)</source>
      <translation>Annual interest offered (%)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="528" />
      <source>Monthly payment offered</source>
      <translation>Monthly payment offered</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="533" />
      <source>Monthly payment offered (NT$)</source>
      <translation>Monthly payment offered (NT$)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="566" />
      <source>Enter the offer's monthly payment to compare it with your monthly surplus.</source>
      <translation>Enter the offer's monthly payment to compare it with your monthly surplus.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="570" />
      <source>Your monthly surplus %2 covers the offer of %1 a month.</source>
      <translation>Your monthly surplus %2 covers the offer of %1 a month.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="572" />
      <source>The offer of %1 a month is more than your monthly surplus %2 (courts look at this when negotiation or mediation failed).</source>
      <translation>The offer of %1 a month is more than your monthly surplus %2 (courts look at this when negotiation or mediation failed).</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="594" />
      <source>Year of the minimum living expense (Art. 64-2)</source>
      <translation>Year of the minimum living expense (Art. 64-2)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="599" />
      <source>the filing year</source>
      <translation>the filing year</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="600" />
      <source>Year of the minimum living expense</source>
      <translation>Year of the minimum living expense</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="601" />
      <source>Use the figure of</source>
      <translation>Use the figure of</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="623" />
      <source>Figure used: %1 for %2 (%3).</source>
      <translation>Figure used: %1 for %2 (%3).</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/court_plan.py" line="631" />
      <source>In force on the filing date: %1 for %2 (%3).</source>
      <translation>In force on the filing date: %1 for %2 (%3).</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="100" />
      <source>Enter your address (page {applicant}) so that the committee of your district can be offered.</source>
      <translation>Enter your address (page {applicant}) so that the committee of your district can be offered.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="104" />
      <source>Offered from your residence (and domicile): %1</source>
      <translation>Offered from your residence (and domicile): %1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="110" />
      <source>Enter your address (page {applicant}) so that the competent district court can be offered.</source>
      <translation>Enter your address (page {applicant}) so that the competent district court can be offered.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="112" />
      <source>domicile</source>
      <translation>domicile</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="112" />
      <source>domicile and residence</source>
      <translation>domicile and residence</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="112" />
      <source>residence</source>
      <translation>residence</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="114" />
      <source>Courts that serve your domicile or residence (Art. 5): %1</source>
      <translation>Courts that serve your domicile or residence (Art. 5): %1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="130" />
      <source>(read from the address)</source>
      <translation>(read from the address)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="150" />
      <source>Where you live (for the court or committee)</source>
      <translation>Where you live (for the court or committee)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="154" />
      <location filename="debtassist/ui/wizard/filing_fields.py" line="155" />
      <source>Residence address (居所), if not the registered address</source>
      <translation>Residence address (居所), if not the registered address</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="158" />
      <location filename="debtassist/ui/wizard/filing_fields.py" line="160" />
      <source>Domicile district (鄉鎮市區)</source>
      <translation>Domicile district (鄉鎮市區)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="159" />
      <location filename="debtassist/ui/wizard/filing_fields.py" line="156" />
      <source>Domicile county</source>
      <translation>Domicile county</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="162" />
      <location filename="debtassist/ui/wizard/filing_fields.py" line="163" />
      <source>Residence district (鄉鎮市區)</source>
      <translation>Residence district (鄉鎮市區)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="165" />
      <location filename="debtassist/ui/wizard/filing_fields.py" line="168" />
      <source>Gender (optional)</source>
      <translation>Gender (optional)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="166" />
      <source>not stated</source>
      <translation>not stated</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="199" />
      <source>Domicile</source>
      <translation>Domicile</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="199" />
      <source>Residence</source>
      <translation>Residence</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="203" />
      <source>not clear from the address; choose the district</source>
      <translation>not clear from the address; choose the district</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="232" />
      <source>Someone acting for you (optional)</source>
      <translation>Someone acting for you (optional)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="237" />
      <source>Legal representative (法定代理人): name, relationship, address, phone</source>
      <translation>Legal representative (法定代理人): name, relationship, address, phone</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="240" />
      <source>Agent, e.g. a legal-aid lawyer (代理人): name, title, address, phone</source>
      <translation>Agent, e.g. a legal-aid lawyer (代理人): name, title, address, phone</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="241" />
      <source>Service recipient (送達代收人): name, —, service address, phone</source>
      <translation>Service recipient (送達代收人): name, —, service address, phone</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="253" />
      <source>Address</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="253" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="253" />
      <source>Relationship or title</source>
      <translation>Relationship or title</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="261" />
      <location filename="debtassist/ui/wizard/filing_fields.py" line="263" />
      <source>Prepared by (撰狀人), if someone else wrote the filing</source>
      <translation>Prepared by (撰狀人), if someone else wrote the filing</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="294" />
      <source>Before going to court: negotiation or mediation (Art. 151)</source>
      <translation>Before going to court: negotiation or mediation (Art. 151)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="301" />
      <source>Pre-negotiation with the bank failed</source>
      <translation>Pre-negotiation with the bank failed</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="302" />
      <source>Court mediation failed</source>
      <translation>Court mediation failed</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="303" />
      <source>Mediation at a district mediation committee failed</source>
      <translation>Mediation at a district mediation committee failed</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="304" />
      <source>None: treat this petition as a mediation request (Rules Art. 42-1)</source>
      <translation>None: treat this petition as a mediation request (Rules Art. 42-1)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="308" />
      <location filename="debtassist/ui/wizard/filing_fields.py" line="309" />
      <source>What you tried before</source>
      <translation>What you tried before</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="311" />
      <location filename="debtassist/ui/wizard/filing_fields.py" line="310" />
      <source>The day it failed</source>
      <translation>The day it failed</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="313" />
      <location filename="debtassist/ui/wizard/filing_fields.py" line="314" />
      <source>Bank, court or committee</source>
      <translation>Bank, court or committee</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="316" />
      <location filename="debtassist/ui/wizard/filing_fields.py" line="317" />
      <source>Case number (e.g. 115年度司消債調字第8號)</source>
      <translation>Case number (e.g. 115年度司消債調字第8號)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="353" />
      <location filename="debtassist/ui/wizard/filing_fields.py" line="365" />
      <source>In your own words: why can you not pay your debts?</source>
      <translation>In your own words: why can you not pay your debts?</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="358" />
      <source>A few sentences: what happened (illness, job loss, a business that closed), what you earn now and what you must spend. It is printed in your petition or application as you write it.</source>
      <translation>A few sentences: what happened (illness, job loss, a business that closed), what you earn now and what you must spend. It is printed in your petition or application as you write it.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="392" />
      <source>Your home loan in the negotiation</source>
      <translation>Your home loan in the negotiation</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="398" />
      <source>Include it in the negotiation</source>
      <translation>Include it in the negotiation</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="400" />
      <source>Keep paying it under the original contract</source>
      <translation>Keep paying it under the original contract</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/filing_fields.py" line="402" />
      <location filename="debtassist/ui/wizard/filing_fields.py" line="403" />
      <source>Owner-occupied home loan</source>
      <translation>Owner-occupied home loan</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_text.py" line="19" />
      <source>not known yet</source>
      <translation>not known yet</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/final_text.py" line="27" />
      <location filename="debtassist/ui/wizard/review_page.py" line="204" />
      <location filename="debtassist/ui/wizard/review_page.py" line="221" />
      <source>not answered</source>
      <translation>not answered</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="28" />
      <source>confirmed by you</source>
      <translation>confirmed by you</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="29" />
      <source>official announcement</source>
      <translation>official announcement</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="30" />
      <source>as applied by a court</source>
      <translation>as applied by a court</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="31" />
      <source>entered in this computer's table</source>
      <translation>entered in this computer's table</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="32" />
      <source>from a secondary source: please check and confirm</source>
      <translation>from a secondary source: please check and confirm</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="33" />
      <source>unconfirmed: not used until you enter the announced figure</source>
      <translation>unconfirmed: not used until you enter the announced figure</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="34" />
      <source>sources disagree: not used until you enter the announced figure</source>
      <translation>sources disagree: not used until you enter the announced figure</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="37" />
      <source>not known to the app: please enter the announced figure</source>
      <translation>not known to the app: please enter the announced figure</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="38" />
      <source>choose your county on page {applicant} first</source>
      <translation>choose your county on page {applicant} first</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="39" />
      <source>enter the filing date on page {route} first</source>
      <translation>enter the filing date on page {route} first</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="48" />
      <source>{expenses}. Necessary expenses</source>
      <translation>{expenses}. Necessary expenses</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="51" />
      <source>Courts accept as your necessary living expense 1.2 times the minimum living expense announced for where you live (Art. 64-2) without receipts. You may instead list your real monthly expenses; amounts above the standard usually need receipts.</source>
      <translation>Courts accept as your necessary living expense 1.2 times the minimum living expense announced for where you live (Art. 64-2) without receipts. You may instead list your real monthly expenses; amounts above the standard usually need receipts.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="58" />
      <source>Art. 64-2 standard for you</source>
      <translation>Art. 64-2 standard for you</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="70" />
      <source>&amp;Confirm this figure</source>
      <translation>&amp;Confirm this figure</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="73" />
      <source>&amp;Undo the confirmation</source>
      <translation>&amp;Undo the confirmation</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="76" />
      <source>Announced monthly minimum living expense</source>
      <translation>Announced monthly minimum living expense</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="78" />
      <location filename="debtassist/ui/wizard/money_pages.py" line="82" />
      <source>Where you found it</source>
      <translation>Where you found it</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="79" />
      <source>Use this figure</source>
      <translation>Use this figure</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="81" />
      <source>Announced figure (NT$ a month)</source>
      <translation>Announced figure (NT$ a month)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="85" />
      <location filename="debtassist/ui/wizard/money_pages.py" line="156" />
      <source>Where to check ▸</source>
      <translation>Where to check ▸</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="99" />
      <source>How do you state your expenses?</source>
      <translation>How do you state your expenses?</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="100" />
      <source>Use the Art. 64-2 standard (no receipts needed)</source>
      <translation>Use the Art. 64-2 standard (no receipts needed)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="101" />
      <source>List my real monthly expenses</source>
      <translation>List my real monthly expenses</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="108" />
      <source>Monthly expenses</source>
      <translation>Monthly expenses</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="156" />
      <source>Where to check ▾</source>
      <translation>Where to check ▾</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/money_pages.py" line="177" />
      <source>Status: </source>
      <translation>Status: </translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="62" />
      <source>{packet}. Print the packet</source>
      <translation>{packet}. Print the packet</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="65" />
      <source>The packet is one PDF: a cover sheet for you (what to send where, the checklist, fees and deadlines), the filled forms and the copies. Check the preview, then print it or save it. Sign and stamp where the forms ask before sending.</source>
      <translation>The packet is one PDF: a cover sheet for you (what to send where, the checklist, fees and deadlines), the filled forms and the copies. Check the preview, then print it or save it. Sign and stamp where the forms ask before sending.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="79" />
      <source>Printing on both sides (duplex): start every document on a front side</source>
      <translation>Printing on both sides (duplex): start every document on a front side</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="80" />
      <source>One copy for each creditor</source>
      <translation>One copy for each creditor</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="82" />
      <source>Draft: make it although the case still has errors</source>
      <translation>Draft: make it although the case still has errors</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="84" />
      <source>A draft has every page marked “草稿 DRAFT”. Use it to check the forms with a social worker or Legal Aid; do not file it.</source>
      <translation>A draft has every page marked “草稿 DRAFT”. Use it to check the forms with a social worker or Legal Aid; do not file it.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="97" />
      <location filename="debtassist/ui/wizard/packet_page.py" line="218" />
      <source>B&amp;uild the packet</source>
      <translation>B&amp;uild the packet</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="98" />
      <source>&amp;Print…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="99" />
      <source>&amp;Open in the system viewer</source>
      <translation>&amp;Open in the system viewer</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="100" />
      <source>&amp;Save as…</source>
      <translation>&amp;Save as…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="176" />
      <source>This is the packet built earlier.</source>
      <translation>This is the packet built earlier.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="186" />
      <source>%1 pages in all: the original (%2 pages, with the %3-page cover sheet for you) and %4 copies of %5 pages for the creditors.</source>
      <translation>%1 pages in all: the original (%2 pages, with the %3-page cover sheet for you) and %4 copies of %5 pages for the creditors.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="207" />
      <source>One copy for each creditor (%1 sets in all)</source>
      <translation>One copy for each creditor (%1 sets in all)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="218" />
      <source>Re&amp;build the packet</source>
      <translation>Re&amp;build the packet</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="221" />
      <source>This packet is out of date: the case, the options or the language changed after it was built. Press “Rebuild the packet” to make it again; printing and saving wait until then.</source>
      <translation>This packet is out of date: the case, the options or the language changed after it was built. Press “Rebuild the packet” to make it again; printing and saving wait until then.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="238" />
      <source>Please go through the review first (step 13), then build the packet.</source>
      <translation>Please go through the review first (step 13), then build the packet.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="240" />
      <source>Choose a procedure on page {route} first.</source>
      <translation>Choose a procedure on page {route} first.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="245" />
      <source>The case still has errors, so the packet cannot be made. Fix them, or tick “Draft” to make a draft marked DRAFT on every page:</source>
      <translation>The case still has errors, so the packet cannot be made. Fix them, or tick “Draft” to make a draft marked DRAFT on every page:</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="268" />
      <source>The packet could not be saved in the case folder: %1</source>
      <translation>The packet could not be saved in the case folder: %1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="271" />
      <source>The packet could not be made: %1</source>
      <translation>The packet could not be made: %1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="290" />
      <source>The packet is ready.</source>
      <translation>The packet is ready.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="291" />
      <source>Saved as %1.</source>
      <translation>Saved as %1.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="293" />
      <source>This case is protected, so the packet is kept in memory only: print it or save it where you choose.</source>
      <translation>This case is protected, so the packet is kept in memory only: print it or save it where you choose.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="301" />
      <source>The preview shows the first %1 pages; open the PDF to see all of them.</source>
      <translation>The preview shows the first %1 pages; open the PDF to see all of them.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="306" />
      <source>This is a draft: every page is marked DRAFT. Do not file it.</source>
      <translation>This is a draft: every page is marked DRAFT. Do not file it.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="310" />
      <source>%1 character(s) are not in the bundled font; the cover sheet lists them. Check them on the printout.</source>
      <translation>%1 character(s) are not in the bundled font; the cover sheet lists them. Check them on the printout.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="323" />
      <location filename="debtassist/ui/wizard/packet_page.py" line="390" />
      <source>Build the packet first.</source>
      <translation>Build the packet first.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="326" />
      <source>The case changed after the packet was built: build it again first.</source>
      <translation>The case changed after the packet was built: build it again first.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="343" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="343" />
      <source>Printing the packet…</source>
      <translation>Printing the packet…</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="356" />
      <source>Printing was cancelled.</source>
      <translation>Printing was cancelled.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="359" />
      <source>The packet could not be printed: %1</source>
      <translation>The packet could not be printed: %1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="365" />
      <source>%1 pages were sent to the printer.</source>
      <translation>%1 pages were sent to the printer.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="381" />
      <source>Could not save %1: %2</source>
      <translation>Could not save %1: %2</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="383" />
      <source>Saved a copy as %1.</source>
      <translation>Saved a copy as %1.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="392" />
      <source>No program to show PDF files was found. The packet is at %1</source>
      <translation>No program to show PDF files was found. The packet is at %1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="406" />
      <source>Save the packet as</source>
      <translation>Save the packet as</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="408" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="417" />
      <source>DebtAssist packet %1</source>
      <translation>DebtAssist packet %1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_page.py" line="421" />
      <source>Print the packet</source>
      <translation>Print the packet</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_preview.py" line="72" />
      <source>The printer could not be opened.</source>
      <translation>The printer could not be opened.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_preview.py" line="106" />
      <source>Preview of the packet</source>
      <translation>Preview of the packet</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_preview.py" line="140" />
      <source>Page %1</source>
      <translation>Page %1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/packet_preview.py" line="144" />
      <source>Page %1 of %2</source>
      <translation>Page %1 of %2</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="72" />
      <source>Chart of income, necessary expenses and payment</source>
      <translation>Chart of income, necessary expenses and payment</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="163" />
      <source>Monthly income</source>
      <translation>Monthly income</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="165" />
      <location filename="debtassist/ui/wizard/review_page.py" line="280" />
      <source>Necessary expenses</source>
      <translation>Necessary expenses</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="173" />
      <source>Monthly income: %1.</source>
      <translation>Monthly income: %1.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="175" />
      <source>Necessary expenses: %1 (your own %2, dependents %3).</source>
      <translation>Necessary expenses: %1 (your own %2, dependents %3).</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="183" />
      <source>Payment (%1 months, %2)</source>
      <translation>Payment (%1 months, %2)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="186" />
      <source>smallest payment your disposable income covers</source>
      <translation>smallest payment your disposable income covers</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="188" />
      <source>whether you can afford it is not known yet</source>
      <translation>whether you can afford it is not known yet</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="190" />
      <source>no scenario is covered by your disposable income</source>
      <translation>no scenario is covered by your disposable income</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="193" />
      <source>Monthly payment over %1 months at %2: %3 (%4).</source>
      <translation>Monthly payment over %1 months at %2: %3 (%4).</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="209" />
      <source>{plan}. Repayment plan</source>
      <translation>{plan}. Repayment plan</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="212" />
      <source>Bank and mediation scenarios are illustrations, not offers. A rehabilitation plan is tested as the court does: against your surplus, not the whole debt (Art. 53, 64, 64-1). For liquidation, the discharge outlook is shown (Art. 133, 134). The court decides.</source>
      <translation>Bank and mediation scenarios are illustrations, not offers. A rehabilitation plan is tested as the court does: against your surplus, not the whole debt (Art. 53, 64, 64-1). For liquidation, the discharge outlook is shown (Art. 133, 134). The court decides.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="232" />
      <source>Affordable</source>
      <translation>Affordable</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="232" />
      <source>Annual interest</source>
      <translation>Annual interest</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="232" />
      <source>Monthly payment</source>
      <translation>Monthly payment</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="232" />
      <source>Months</source>
      <translation>Months</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="234" />
      <source>Repayment scenarios</source>
      <translation>Repayment scenarios</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="241" />
      <source>Income, necessary expenses and payment each month</source>
      <translation>Income, necessary expenses and payment each month</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="290" />
      <source>Liquidation has no repayment plan: your assets are sold for the creditors and the rest of the debt may be discharged. Whether discharge is likely is shown below.</source>
      <translation>Liquidation has no repayment plan: your assets are sold for the creditors and the rest of the debt may be discharged. Whether discharge is likely is shown below.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="299" />
      <source>There are no scenarios to show yet.</source>
      <translation>There are no scenarios to show yet.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="303" />
      <source>Debt a plan must repay: %1. Disposable income: %2 a month.</source>
      <translation>Debt a plan must repay: %1. Disposable income: %2 a month.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="311" />
      <location filename="debtassist/ui/wizard/review_page.py" line="267" />
      <source>Income</source>
      <translation>Income</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="312" />
      <source>Your own expenses</source>
      <translation>Your own expenses</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="313" />
      <location filename="debtassist/ui/wizard/table_pages.py" line="206" />
      <source>Dependents</source>
      <translation>Dependents</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="314" />
      <source>Payment</source>
      <translation>Payment</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="327" />
      <source>Disposable income is not known until your income and expenses are entered.</source>
      <translation>Disposable income is not known until your income and expenses are entered.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="328" />
      <source>How this was worked out:</source>
      <translation>How this was worked out:</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="343" />
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="343" />
      <source>unknown</source>
      <translation>unknown</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/plan_page.py" line="343" />
      <location filename="debtassist/ui/wizard/review_page.py" line="164" />
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="84" />
      <location filename="debtassist/ui/wizard/review_page.py" line="191" />
      <location filename="debtassist/ui/wizard/review_page.py" line="243" />
      <location filename="debtassist/ui/wizard/review_page.py" line="244" />
      <location filename="debtassist/ui/wizard/review_page.py" line="249" />
      <location filename="debtassist/ui/wizard/review_page.py" line="251" />
      <source>not entered</source>
      <translation>not entered</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="104" />
      <source>Household and dependents</source>
      <translation>Household and dependents</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="108" />
      <source>What you own</source>
      <translation>What you own</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="119" />
      <source>People who owe you money</source>
      <translation>People who owe you money</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="122" />
      <source>Nobody: the form says 無 (none).</source>
      <translation>Nobody: the form says 無 (none).</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="132" />
      <source>Edit</source>
      <translation>Edit</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="147" />
      <source>None entered.</source>
      <translation>None entered.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="187" />
      <location filename="debtassist/ui/wizard/review_page.py" line="281" />
      <source>not chosen yet</source>
      <translation>not chosen yet</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="235" />
      <source>Before you start</source>
      <translation>Before you start</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="240" />
      <source>About you</source>
      <translation>About you</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="250" />
      <source>same as the registered address</source>
      <translation>same as the registered address</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="258" />
      <source>Business in the last five years</source>
      <translation>Business in the last five years</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="260" />
      <source>No business in the last five years.</source>
      <translation>No business in the last five years.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="268" />
      <location filename="debtassist/ui/wizard/table_pages.py" line="303" />
      <source>Income of the last two years</source>
      <translation>Income of the last two years</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="270" />
      <location filename="debtassist/ui/wizard/table_pages.py" line="304" />
      <source>Current monthly income</source>
      <translation>Current monthly income</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="277" />
      <source>The Art. 64-2 standard (1.2 × the minimum living expense)</source>
      <translation>The Art. 64-2 standard (1.2 × the minimum living expense)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="278" />
      <source>Your real monthly expenses, item by item</source>
      <translation>Your real monthly expenses, item by item</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="281" />
      <source>Expenses are counted as</source>
      <translation>Expenses are counted as</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="289" />
      <location filename="debtassist/ui/wizard/table_pages.py" line="351" />
      <source>Creditors</source>
      <translation>Creditors</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="293" />
      <source>none yet</source>
      <translation>none yet</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="295" />
      <source>%1 (confirmed by you)</source>
      <translation>%1 (confirmed by you)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="297" />
      <source>%1 (the app's suggestion)</source>
      <translation>%1 (the app's suggestion)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="306" />
      <source>Documents</source>
      <translation>Documents</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="309" />
      <source>The documents depend on the procedure: choose one first.</source>
      <translation>The documents depend on the procedure: choose one first.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="331" />
      <source>Key figures</source>
      <translation>Key figures</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="348" />
      <source>Errors (to fix before the packet can be printed)</source>
      <translation>Errors (to fix before the packet can be printed)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="348" />
      <source>No errors.</source>
      <translation>No errors.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="349" />
      <source>No warnings.</source>
      <translation>No warnings.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="349" />
      <source>Warnings</source>
      <translation>Warnings</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="350" />
      <source>No notes.</source>
      <translation>No notes.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="363" />
      <source>Rule: %1</source>
      <translation>Rule: %1</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="366" />
      <source>Go to the page</source>
      <translation>Go to the page</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="381" />
      <source>{review}. Review</source>
      <translation>{review}. Review</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="384" />
      <source>Read everything once more before printing: this is what the forms will say. Use “Edit” to go back to a section; the errors at the end must be fixed before the packet can be printed.</source>
      <translation>Read everything once more before printing: this is what the forms will say. Use “Edit” to go back to a section; the errors at the end must be fixed before the packet can be printed.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/review_page.py" line="395" />
      <source>Review of the whole case</source>
      <translation>Review of the whole case</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="83" />
      <source>Add a row</source>
      <translation>Add a row</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="85" />
      <source>Remove the row</source>
      <translation>Remove the row</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="87" />
      <source>Move up</source>
      <translation>Move up</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="89" />
      <source>Move down</source>
      <translation>Move down</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="196" />
      <source>{household}. Household and dependents</source>
      <translation>{household}. Household and dependents</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="199" />
      <source>People you are legally obliged to support (children, parents, a spouse) count in your necessary expenses: 1.2 × the minimum living expense × your share of the duty (Art. 64-2). Write the share as 1/2 when two parents share it.</source>
      <translation>People you are legally obliged to support (children, parents, a spouse) count in your necessary expenses: 1.2 × the minimum living expense × your share of the duty (Art. 64-2). Write the share as 1/2 when two parents share it.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="218" />
      <source>{assets}. What you own</source>
      <translation>{assets}. What you own</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="221" />
      <source>Every asset goes on the property list with where it is and what it is worth: deposits (balance), land and buildings (announced value), vehicles, insurance (surrender value), shares and others. Leaving one out can cost you the procedure.</source>
      <translation>Every asset goes on the property list with where it is and what it is worth: deposits (balance), land and buildings (announced value), vehicles, insurance (surrender value), shares and others. Leaving one out can cost you the procedure.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="229" />
      <source>All assets</source>
      <translation>All assets</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="233" />
      <source>Kind of asset to add</source>
      <translation>Kind of asset to add</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="238" />
      <source>Add an asset of this kind</source>
      <translation>Add an asset of this kind</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="241" />
      <source>Details of the selected asset</source>
      <translation>Details of the selected asset</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="262" />
      <source>{business}. Business in the last five years</source>
      <translation>{business}. Business in the last five years</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="265" />
      <source>Enter each period you ran a business within the five years before filing, with its turnover in that time. The average per month must be NT$200,000 or less (Art. 2; Enforcement Rules Art. 4). Skip this page if you had no business.</source>
      <translation>Enter each period you ran a business within the five years before filing, with its turnover in that time. The average per month must be NT$200,000 or less (Art. 2; Enforcement Rules Art. 4). Skip this page if you had no business.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="272" />
      <source>Business periods</source>
      <translation>Business periods</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="290" />
      <source>{income}. Income</source>
      <translation>{income}. Income</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="293" />
      <source>The statement lists your income of the last two years (your tax income lists show it) and what you earn now each month. Enter 0 if you have no income; mark cash income, which needs an affidavit.</source>
      <translation>The statement lists your income of the last two years (your tax income lists show it) and what you earn now each month. Enter 0 if you have no income; mark cash income, which needs an affidavit.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="317" />
      <source>Enter the filing date first: the two years are counted back from it.</source>
      <translation>Enter the filing date first: the two years are counted back from it.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="321" />
      <source>The two years before filing are %1 to %2 (24 months counted back from the filing date). Enter each period with its months, kind and total (or monthly average).</source>
      <translation>The two years before filing are %1 to %2 (24 months counted back from the filing date). Enter each period with its months, kind and total (or monthly average).</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="329" />
      <source>Months not covered yet: %1.</source>
      <translation>Months not covered yet: %1.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="340" />
      <source>{creditors}. Creditors</source>
      <translation>{creditors}. Creditors</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="343" />
      <source>Every creditor with name and address, each debt's amount, cause and kind, any security, and any enforcement. The largest creditor bank receives a pre-negotiation request: the app suggests the one with the largest unsecured claim; confirm it or choose the one the JCIC list names.</source>
      <translation>Every creditor with name and address, each debt's amount, cause and kind, any security, and any enforcement. The largest creditor bank receives a pre-negotiation request: the app suggests the one with the largest unsecured claim; confirm it or choose the one the JCIC list names.</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="354" />
      <source>Details of the selected creditor</source>
      <translation>Details of the selected creditor</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="363" />
      <source>Collateral of the selected creditor</source>
      <translation>Collateral of the selected creditor</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="369" />
      <source>Collateral of the selected creditor (from page {assets}):</source>
      <translation>Collateral of the selected creditor (from page {assets}):</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="375" />
      <source>Largest creditor institution</source>
      <translation>Largest creditor institution</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="379" />
      <source>Largest creditor institution:</source>
      <translation>Largest creditor institution:</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="395" />
      <source>None chosen</source>
      <translation>None chosen</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="415" />
      <source>Not confirmed yet (use the suggestion)</source>
      <translation>Not confirmed yet (use the suggestion)</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="442" />
      <source>{own_debtors}. People who owe you money</source>
      <translation>{own_debtors}. People who owe you money</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="445" />
      <source>The list of your own debtors is required: a loan to a friend is an asset of yours. If nobody owes you money, leave the table empty; the form then says 無 (none).</source>
      <translation>The list of your own debtors is required: a loan to a friend is an asset of yours. If nobody owes you money, leave the table empty; the form then says 無 (none).</translation>
    </message>
    <message>
      <location filename="debtassist/ui/wizard/table_pages.py" line="451" />
      <source>Your debtors</source>
      <translation>Your debtors</translation>
    </message>
  </context>
</TS>
