"""Regenerate resources/examples/*.json from the literal cases below (run: python scripts/make_examples.py).

The examples are fictional people; IDs are made valid with the checksum, addresses are plausible but invented.
"""

import json
from debtassist.model.codec import case_from_document, case_to_json

def att(status, date=None, note=""):
    return {"status": status, "issue_date": date, "note": note}

meta = {"created": "2026-11-20T09:00:00+00:00", "updated": "2026-11-28T10:30:00+00:00", "app_version": "0.1.0",
        "status": "in_progress", "wizard_page": ""}

single = {
  "schema_version": 1, "case_id": "example-single-cards", "route": "bank_negotiation", "filing_date": "2026-12-07",
  "applicant": {"name": "林怡君", "national_id": "F223456786", "birth_date": "1991-04-18", "phone": "", "mobile": "0912-345-678",
    "email": "yijun.lin@example.tw", "registered_address": "新北市板橋區文化路一段188巷12號3樓",
    "mailing_address": "", "residence_county": "新北市", "employer": "順達物流股份有限公司", "occupation": "倉儲理貨員"},
  "dependents": [],
  "assets": [
    {"id": "a-deposit-post", "kind": "deposit", "description": "活期儲蓄存款", "holder": "中華郵政股份有限公司", "location": "板橋文化路郵局",
     "number": "0001234-0567890", "value": 12480, "share": "", "quantity": None, "year": None, "note": "薪資轉帳帳戶"},
    {"id": "a-scooter", "kind": "vehicle", "description": "普通重型機車", "holder": "林怡君", "location": "新北市板橋區",
     "number": "MQR-3921", "value": 18000, "share": "", "quantity": None, "year": 2019, "note": "通勤使用"}],
  "business": {"had_business": False, "periods": []},
  "history": {"concluded_2006_agreement": False, "previous_negotiation": "none", "previous_negotiation_end": None,
              "agreement_difficulty_not_attributable": None, "mediation_failed_date": None},
  "income": {"records": [
      {"year": 2024, "kind": "薪資", "source": "順達物流股份有限公司", "amount": 418000},
      {"year": 2025, "kind": "薪資", "source": "順達物流股份有限公司", "amount": 432000}],
    "monthly": [{"kind": "薪資", "source": "順達物流股份有限公司", "amount": 36000, "paid_in_cash": False}]},
  "expenses": {"mode": "standard", "items": []},
  "creditors": [
    {"id": "c-ctbc", "kind": "bank", "name": "中國信託商業銀行", "address": "台北市南港區經貿二路168號", "debt_type": "credit_card",
     "cause": "信用卡消費款", "principal": 180000, "interest_fees": 25400},
    {"id": "c-cathay", "kind": "bank", "name": "國泰世華商業銀行", "address": "台北市信義區松仁路7號", "debt_type": "cash_card",
     "cause": "現金卡借款", "principal": 120000, "interest_fees": 8300},
    {"id": "c-taishin", "kind": "bank", "name": "台新國際商業銀行", "address": "台北市中山區中山北路二段44號", "debt_type": "personal_loan",
     "cause": "信用貸款", "principal": 350000, "interest_fees": 12600},
    {"id": "c-esun", "kind": "bank", "name": "玉山商業銀行", "address": "台北市松山區民生東路三段115號", "debt_type": "credit_card",
     "cause": "信用卡消費款", "principal": 60000, "interest_fees": 5100}],
  "own_debtors": [],
  "largest_creditor": {"creditor_id": "c-taishin", "source": "jcic_list"},
  "living_expense": {"area": "NTPC", "year": 2026, "monthly": 17750, "source": "衛生福利部115年最低生活費公告（社會局網站核對）", "confirmed_on": "2026-11-20"},
  "attachments": {
    "id_card": att("have"), "jcic_list": att("have", "2026-11-18"), "income_list": att("have", "2026-11-18"),
    "property_list": att("have", "2026-11-18"), "salary_proof": att("have", "2026-11-05", "8–10月薪資單"),
    "labour_insurance": att("requested", None, "已線上申請")},
  "notes": "債務集中於信用卡與信貸；希望以前置協商一次處理。",
  "meta": meta,
}

parent = {
  "schema_version": 1, "case_id": "example-parent-mortgage", "route": "bank_negotiation", "filing_date": "2026-12-14",
  "applicant": {"name": "陳志明", "national_id": "B122334454", "birth_date": "1984-09-02", "phone": "04-2358-1234", "mobile": "0933-221-876",
    "email": "", "registered_address": "臺中市西屯區福科路386巷7號", "mailing_address": "臺中市西屯區福科路386巷7號",
    "residence_county": "臺中市", "employer": "精密機械工業股份有限公司", "occupation": "技術員"},
  "dependents": [
    {"id": "d-son", "name": "陳品睿", "relationship": "子", "birth_date": "2014-03-11", "national_id": "B122556674", "supported": True,
     "support_share": "1/2", "monthly_amount": None, "note": "國小五年級"},
    {"id": "d-daughter", "name": "陳品妍", "relationship": "女", "birth_date": "2017-08-25", "national_id": "B222334456", "supported": True,
     "support_share": "1/2", "monthly_amount": None, "note": "國小三年級"}],
  "assets": [
    {"id": "a-house", "kind": "real_estate", "description": "建物（住家）及基地", "holder": "陳志明", "location": "臺中市西屯區福科路386巷7號",
     "number": "西屯區福安段1234建號；福安段567地號", "value": 3500000, "share": "1/1", "quantity": None, "year": None, "note": "設定抵押予臺灣土地銀行"},
    {"id": "a-car", "kind": "vehicle", "description": "自用小客車", "holder": "陳志明", "location": "臺中市", "number": "BFR-7782",
     "value": 300000, "share": "", "quantity": None, "year": 2020, "note": "動產擔保予台中商業銀行"},
    {"id": "a-deposit", "kind": "deposit", "description": "活期存款", "holder": "第一商業銀行", "location": "西屯分行", "number": "123-45-678901",
     "value": 8600, "share": "", "quantity": None, "year": None, "note": ""},
    {"id": "a-insurance", "kind": "insurance", "description": "終身壽險", "holder": "國泰人壽保險股份有限公司", "location": "", "number": "L123456789",
     "value": 42000, "share": "", "quantity": None, "year": None, "note": "解約金"}],
  "business": {"had_business": False, "periods": []},
  "history": {"concluded_2006_agreement": False, "previous_negotiation": "none"},
  "income": {"records": [
      {"year": 2024, "kind": "薪資", "source": "精密機械工業股份有限公司", "amount": 610000},
      {"year": 2025, "kind": "薪資", "source": "精密機械工業股份有限公司", "amount": 628000}],
    "monthly": [{"kind": "薪資", "source": "精密機械工業股份有限公司", "amount": 52000}]},
  "expenses": {"mode": "standard", "items": []},
  "creditors": [
    {"id": "c-landbank", "kind": "bank", "name": "臺灣土地銀行", "address": "臺北市中正區館前路46號", "debt_type": "home_loan",
     "cause": "購屋貸款", "principal": 3180000, "interest_fees": 0, "secured": True, "security": "不動產抵押權（第一順位）",
     "collateral_asset_id": "a-house", "home_loan": True, "home_loan_overdue_instalments": 1},
    {"id": "c-tcb", "kind": "bank", "name": "台中商業銀行", "address": "臺中市西區民權路87號", "debt_type": "car_loan",
     "cause": "購車貸款", "principal": 405000, "interest_fees": 15000, "secured": True, "security": "動產抵押",
     "collateral_asset_id": "a-car", "secured_coverage": 300000},
    {"id": "c-cathay", "kind": "bank", "name": "國泰世華商業銀行", "address": "台北市信義區松仁路7號", "debt_type": "credit_card",
     "cause": "信用卡消費款", "principal": 150000, "interest_fees": 30000},
    {"id": "c-ctbc", "kind": "bank", "name": "中國信託商業銀行", "address": "台北市南港區經貿二路168號", "debt_type": "credit_card",
     "cause": "信用卡消費款", "principal": 90000, "interest_fees": 14000},
    {"id": "c-kgi", "kind": "bank", "name": "凱基商業銀行", "address": "台北市中山區明水路700號", "debt_type": "cash_card",
     "cause": "現金卡借款", "principal": 60000, "interest_fees": 6000}],
  "own_debtors": [],
  "largest_creditor": {"creditor_id": "c-cathay", "source": "jcic_list"},
  "living_expense": {"area": "TXG", "year": 2026, "monthly": 16431, "source": "臺中市政府社會局115年最低生活費公告", "confirmed_on": "2026-11-22"},
  "attachments": {
    "id_card": att("have"), "jcic_list": att("have", "2026-11-25"), "income_list": att("have", "2026-11-25"),
    "property_list": att("have", "2026-11-25"), "salary_proof": att("have", "2026-11-10"), "labour_insurance": att("have", "2026-11-25")},
  "notes": "房貸正常繳納中（逾期一期），希望房貸依原契約繼續，其餘卡債及車貸一併協商。",
  "meta": meta,
}

court = {
  "schema_version": 1, "case_id": "example-court-private-amc", "route": "rehabilitation", "filing_date": "2026-12-10",
  "applicant": {"name": "黃淑芬", "national_id": "E225566775", "birth_date": "1978-12-30", "phone": "", "mobile": "0975-118-640",
    "email": "", "registered_address": "高雄市三民區建工路415號5樓之2", "mailing_address": "高雄市鳳山區光遠路226巷9號",
    "residence_county": "高雄市", "employer": "美味餐飲有限公司", "occupation": "餐廳內場助理"},
  "dependents": [
    {"id": "d-mother", "name": "黃陳月娥", "relationship": "母", "birth_date": "1950-05-06", "national_id": "E200111229", "supported": True,
     "support_share": "1/3", "monthly_amount": 5000, "note": "與兄姊三人分擔扶養"}],
  "assets": [
    {"id": "a-deposit", "kind": "deposit", "description": "活期存款", "holder": "高雄銀行", "location": "三民分行", "number": "201-10-123456",
     "value": 3520, "share": "", "quantity": None, "year": None, "note": "薪資帳戶"},
    {"id": "a-policy", "kind": "insurance", "description": "終身壽險", "holder": "南山人壽保險股份有限公司", "location": "",
     "number": "Z987654321", "value": 45200, "share": "", "quantity": None, "year": None, "note": "保單價值準備金（解約金）"}],
  "business": {"had_business": True, "periods": [
    {"description": "早餐店（獨資，已歇業）", "start": "2021-03-01", "end": "2022-08-31", "turnover": 1620000}]},
  "history": {"concluded_2006_agreement": False, "previous_negotiation": "failed", "previous_negotiation_end": "2026-06-30",
              "agreement_difficulty_not_attributable": None, "mediation_failed_date": None},
  "income": {"records": [
      {"year": 2024, "kind": "薪資", "source": "美味餐飲有限公司", "amount": 298000},
      {"year": 2025, "kind": "薪資", "source": "美味餐飲有限公司", "amount": 312000}],
    "monthly": [
      {"kind": "薪資", "source": "美味餐飲有限公司", "amount": 26000, "paid_in_cash": False},
      {"kind": "兼職打工", "source": "週末市集攤位幫忙", "amount": 4000, "paid_in_cash": True}]},
  "expenses": {"mode": "itemized", "items": [
    {"category": "房租", "monthly": 8000, "note": "鳳山區套房"}, {"category": "餐費", "monthly": 6000, "note": ""},
    {"category": "水電費", "monthly": 1500, "note": ""}, {"category": "通勤費", "monthly": 1200, "note": "機車油資"},
    {"category": "健保費", "monthly": 826, "note": ""}, {"category": "電話費", "monthly": 499, "note": ""}]},
  "creditors": [
    {"id": "c-fe", "kind": "bank", "name": "遠東國際商業銀行", "address": "臺北市大安區敦化南路二段205號", "debt_type": "credit_card",
     "cause": "信用卡消費款", "principal": 230000, "interest_fees": 110000},
    {"id": "c-post", "kind": "post", "name": "中華郵政股份有限公司", "address": "臺北市大安區金山南路二段55號", "debt_type": "personal_loan",
     "cause": "小額信用貸款", "principal": 95000, "interest_fees": 7800},
    {"id": "c-amc", "kind": "amc", "name": "長盛資產管理股份有限公司", "address": "臺北市中山區南京東路二段100號8樓", "debt_type": "credit_card",
     "cause": "受讓原台新銀行信用卡債權", "principal": 280000, "interest_fees": 200000,
     "enforcement": {"pending": True, "court": "臺灣高雄地方法院", "case_number": "115年度司執字第12345號"},
     "note": "目前每月扣薪三分之一"},
    {"id": "c-private", "kind": "private", "name": "王大同", "address": "高雄市苓雅區四維三路6號", "debt_type": "other",
     "cause": "民間借款（有借據）", "principal": 200000, "interest_fees": 0}],
  "own_debtors": [
    {"id": "o-friend", "name": "李小華", "address": "高雄市左營區博愛二路77號", "amount": 30000, "cause": "借款", "kind": "消費借貸",
     "security": "無", "note": "對方失聯中"}],
  "largest_creditor": {"creditor_id": "", "source": None},
  "living_expense": {"area": "KHH", "year": 2026, "monthly": 16970, "source": "高雄市政府公報（115年度最低生活費）", "confirmed_on": "2026-11-21"},
  "attachments": {
    "id_card": att("have"), "jcic_list": att("have", "2026-11-20"), "income_list": att("have", "2026-11-20"),
    "property_list": att("have", "2026-11-20"), "salary_proof": att("have", "2026-11-05"),
    "labour_insurance": att("have", "2026-11-20"), "dependents_documents": att("requested", None, "母親資料已向國稅局申請"),
    "household_transcript": att("have", "2026-11-19"), "passbooks": att("have"),
    "insurance_policies": att("have", "2026-11-12"), "business_tax": att("missing"), "enforcement_documents": att("have"),
    "income_affidavit": att("missing")},
  "notes": "曾向最大債權銀行申請前置協商，因每月還款金額無法負擔而不成立（115年6月）。",
  "meta": meta,
}

for name, doc in [("single-cards", single), ("parent-mortgage", parent), ("court-private-amc", court)]:
    case, _ = case_from_document(doc)
    open(f"resources/examples/{name}.json", "w").write(case_to_json(case))
print("ok")
