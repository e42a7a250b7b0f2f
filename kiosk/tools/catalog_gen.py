"""Synthetic catalogs for benchmarks and load tests: ``generate(n, seed)``.

The matters look like a county's implementation list (a subject such as 城乡居民养老保险 or 残疾人证,
an action such as 参保登记 or 补领, and the township that accepts it), so their names, pinyin and
keywords have the length and the shared vocabulary of real ones: many names contain 登记, 申领,
补贴, which is what makes search hard. The document is valid against the catalog schema and the
semantic rules (a test checks it), but ``Catalog.from_dict`` is enough for benchmarks.
"""

from __future__ import annotations

import random
from typing import Any

from kiosk.core.catalog import FORMAT_VERSION

_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def credit_code(body17: str) -> str:
    """A 统一社会信用代码 with its GB 32100 check character."""
    total = sum(_CHARSET.index(c) * w for c, w in zip(body17, _WEIGHTS, strict=True))
    return body17 + _CHARSET[(31 - total % 31) % 31]


def _t(zh: str, en: str) -> dict[str, str]:
    return {"zh_CN": zh, "en": en}


# category code, zh, en, icon, [(subject zh, subject en, keywords)]
_DOMAINS: list[tuple[str, str, str, str, list[tuple[str, str, list[str]]]]] = [
    (
        "public_education",
        "公共教育",
        "Public education",
        "education",
        [
            ("雨露计划职业教育补助", "vocational education grant", ["雨露计划", "职校补贴"]),
            ("生源地信用助学贷款", "student loan", ["助学贷款", "学费"]),
            ("家庭经济困难学生资助", "aid for students in hardship", ["助学金", "贫困生"]),
            ("义务教育阶段入学", "school enrolment", ["上学", "入学", "报名"]),
        ],
    ),
    (
        "employment",
        "劳动就业",
        "Employment",
        "employment",
        [
            ("失业登记", "unemployment registration", ["失业", "找工作"]),
            ("就业登记", "employment registration", ["就业", "上班"]),
            ("就业创业证", "employment card", ["失业证", "就业证"]),
            ("创业担保贷款", "business start-up loan", ["创业贷款", "贴息"]),
            ("职业技能培训补贴", "skills training subsidy", ["培训补贴", "学技术"]),
            ("公益性岗位", "public-welfare job", ["公益岗", "保洁员"]),
        ],
    ),
    (
        "social_insurance",
        "社会保险",
        "Social insurance",
        "social_insurance",
        [
            ("城乡居民基本养老保险", "residents' basic pension", ["养老保险", "新农保", "城乡居保"]),
            ("企业职工基本养老保险", "employees' basic pension", ["职工养老", "社保"]),
            ("社会保障卡", "social security card", ["社保卡", "第三代社保卡"]),
            ("失业保险金", "unemployment benefit", ["失业金", "失业保险"]),
            ("工伤保险待遇", "work-injury benefits", ["工伤", "工伤认定"]),
            ("养老金领取资格", "pension eligibility", ["认证", "生存认证"]),
        ],
    ),
    (
        "healthcare",
        "医疗卫生",
        "Healthcare",
        "healthcare",
        [
            ("城乡居民基本医疗保险", "residents' medical insurance", ["医保", "合作医疗", "新农合"]),
            ("异地就医", "out-of-area medical care", ["异地就医", "外地看病"]),
            ("门诊慢特病", "outpatient chronic disease", ["慢性病", "慢病卡"]),
            ("医疗救助", "medical assistance", ["大病救助", "看病报销"]),
            ("生育登记", "birth registration", ["准生证", "生育服务证"]),
            ("计划生育家庭奖励扶助", "family-planning reward", ["计生奖励", "奖扶"]),
            ("育儿补贴", "childcare subsidy", ["生娃补贴", "婴儿补贴"]),
        ],
    ),
    (
        "elderly_care",
        "养老服务",
        "Elderly care",
        "elderly",
        [
            ("高龄津贴", "old-age allowance", ["高龄补贴", "长寿金", "老年补贴"]),
            ("养老服务补贴", "elderly care subsidy", ["养老补贴", "护理补贴"]),
            ("老年人优待证", "senior card", ["老年证", "敬老卡"]),
            ("特困老人集中供养", "care-home placement", ["敬老院", "五保"]),
        ],
    ),
    (
        "social_services",
        "社会服务",
        "Social services",
        "social_services",
        [
            ("最低生活保障", "minimum living allowance", ["低保", "吃低保"]),
            ("特困人员救助供养", "extreme poverty support", ["五保户", "特困"]),
            ("临时救助", "temporary assistance", ["急难救助", "救急"]),
            ("法律援助", "legal aid", ["请律师", "讨薪"]),
            ("人民调解", "people's mediation", ["调解", "纠纷"]),
            ("孤儿基本生活费", "orphan allowance", ["孤儿", "事实无人抚养"]),
        ],
    ),
    (
        "housing_security",
        "住房保障",
        "Housing security",
        "housing",
        [
            ("农村危房改造", "rural dangerous-house renovation", ["危房", "房屋鉴定"]),
            ("农村宅基地", "rural homestead", ["宅基地", "盖房子"]),
            ("公共租赁住房", "public rental housing", ["公租房", "廉租房"]),
        ],
    ),
    (
        "culture_sports",
        "文化体育",
        "Culture and sports",
        "culture",
        [
            ("综合文化站场地", "culture station room", ["文化站", "广场舞"]),
            ("农家书屋借阅", "village library", ["借书", "图书室"]),
            ("全民健身设施", "public fitness facilities", ["健身器材", "篮球场"]),
        ],
    ),
    (
        "disability_services",
        "残疾人服务",
        "Disability services",
        "disability",
        [
            ("残疾人证", "disability card", ["残疾证", "评残"]),
            ("困难残疾人生活补贴", "living subsidy for disabled people", ["两项补贴", "残疾补贴"]),
            ("重度残疾人护理补贴", "care subsidy for severe disability", ["护理补贴", "两项补贴"]),
            ("残疾人辅助器具", "assistive devices", ["轮椅", "助听器"]),
        ],
    ),
    (
        "household_registration",
        "户籍管理",
        "Household registration",
        "household",
        [
            ("出生登记", "birth registration (hukou)", ["上户口", "落户"]),
            ("居民身份证", "resident ID card", ["身份证"]),
            ("户口迁移", "hukou transfer", ["迁户口", "落户"]),
            ("居住证", "residence permit", ["暂住证"]),
        ],
    ),
    (
        "civil_affairs",
        "民政事务",
        "Civil affairs",
        "civil_affairs",
        [
            ("婚姻登记", "marriage registration", ["结婚", "领证"]),
            ("基本殡葬服务", "basic funeral services", ["殡葬", "火化"]),
        ],
    ),
    (
        "market_registration",
        "市场主体登记",
        "Business registration",
        "market",
        [
            ("个体工商户", "sole proprietor", ["营业执照", "个体户"]),
            ("食品小经营店", "small food shop", ["小吃店", "食品"]),
            ("农民专业合作社", "farmers' cooperative", ["合作社"]),
        ],
    ),
    (
        "agriculture",
        "农业农村",
        "Agriculture",
        "agriculture",
        [
            ("耕地地力保护补贴", "farmland fertility subsidy", ["种地补贴", "粮食补贴"]),
            ("农机购置补贴", "farm machinery subsidy", ["农机补贴", "买农机"]),
            ("土地经营权流转", "land transfer", ["土地流转", "租地"]),
            ("惠民惠农一卡通", "public subsidy card", ["一卡通", "补贴查询"]),
        ],
    ),
    (
        "veterans",
        "退役军人服务",
        "Veterans' services",
        "veterans",
        [
            ("退役军人优待证", "veterans' preferential card", ["优待证", "退伍军人"]),
            ("退役军人信息采集", "veteran registration", ["建档立卡"]),
            ("优抚对象抚恤补助", "allowance for entitled groups", ["抚恤", "优抚"]),
        ],
    ),
]

# action zh, action en, type, kind
_ACTIONS = [
    ("参保登记", "enrolment", "public_service", "application"),
    ("申领", "application", "administrative_payment", "application"),
    ("申请", "application", "public_service", "application"),
    ("变更登记", "change of details", "public_service", "application"),
    ("注销登记", "closure", "public_service", "application"),
    ("补领", "replacement", "public_service", "application"),
    ("换领", "renewal", "public_service", "application"),
    ("资格认定", "eligibility recognition", "administrative_confirmation", "application"),
    ("待遇核定", "benefit assessment", "administrative_payment", "application"),
    ("信息查询打印", "record print", "public_service", "query"),
    ("备案", "filing", "administrative_filing", "application"),
    ("年度审核", "annual review", "administrative_confirmation", "application"),
    ("资格认证", "eligibility check", "public_service", "certification"),
    ("转移接续", "transfer", "public_service", "application"),
]

_TOWNS = [
    ("青石镇", "Qingshi"),
    ("河口乡", "Hekou"),
    ("柳林镇", "Liulin"),
    ("王岗乡", "Wanggang"),
    ("李寨镇", "Lizhai"),
    ("杨湾乡", "Yangwan"),
    ("新集镇", "Xinji"),
    ("长岭乡", "Changling"),
    ("白庙镇", "Baimiao"),
    ("高庄乡", "Gaozhuang"),
    ("龙潭镇", "Longtan"),
    ("银河乡", "Yinhe"),
    ("东岗镇", "Donggang"),
    ("西湖乡", "Xihu"),
    ("南湾镇", "Nanwan"),
    ("北店乡", "Beidian"),
    ("双桥镇", "Shuangqiao"),
    ("三里店乡", "Sanlidian"),
    ("五里墩镇", "Wulidun"),
    ("十里铺乡", "Shilipu"),
    ("马店镇", "Madian"),
    ("牛集乡", "Niuji"),
    ("黄集镇", "Huangji"),
    ("张湾乡", "Zhangwan"),
    ("刘楼镇", "Liulou"),
    ("陈店乡", "Chendian"),
    ("赵庄镇", "Zhaozhuang"),
    ("孙铺乡", "Sunpu"),
    ("周寨镇", "Zhouzhai"),
    ("吴岗乡", "Wugang"),
    ("郑集镇", "Zhengji"),
    ("重阳乡", "Chongyang"),
    ("乐山镇", "Leshan"),
    ("朝阳乡", "Chaoyang"),
    ("长兴镇", "Changxing"),
    ("行知乡", "Xingzhi"),
    ("和平镇", "Heping"),
    ("兴隆乡", "Xinglong"),
    ("太平镇", "Taiping"),
    ("永安乡", "Yong'an"),
]

_HOURS = _t("工作日 上午8:00—12:00，下午14:30—17:30", "Working days 8:00–12:00 and 14:30–17:30")
_SEX = [{"value": "male", "label": _t("男", "Male")}, {"value": "female", "label": _t("女", "Female")}]


def _form(rng: random.Random) -> dict[str, Any]:
    fields: list[dict[str, Any]] = [
        {
            "key": "applicant_name",
            "label": _t("申请人姓名", "Applicant's name"),
            "type": "text",
            "required": True,
            "prefill": "idcard.name",
            "validation": {"max_length": 30},
        },
        {
            "key": "applicant_id_number",
            "label": _t("公民身份号码", "ID number"),
            "type": "id_number",
            "required": True,
            "prefill": "idcard.id_number",
        },
        {
            "key": "applicant_phone",
            "label": _t("联系电话", "Phone"),
            "type": "phone",
            "required": True,
            "validation": {"pattern": r"^1[3-9][0-9]{9}$"},
        },
    ]
    extras: list[dict[str, Any]] = [
        {
            "key": "applicant_sex",
            "label": _t("性别", "Sex"),
            "type": "choice",
            "prefill": "idcard.sex",
            "validation": {"options": _SEX},
        },
        {
            "key": "household_address",
            "label": _t("户籍地址", "Registered address"),
            "type": "address",
            "prefill": "idcard.address",
            "validation": {"max_length": 100},
        },
        {
            "key": "amount",
            "label": _t("申请金额（元）", "Amount (yuan)"),
            "type": "number",
            "validation": {"min": 0, "max": 100000},
        },
        {"key": "start_date", "label": _t("开始日期", "Start date"), "type": "date"},
        {
            "key": "remarks",
            "label": _t("情况说明", "Details"),
            "type": "text",
            "validation": {"max_length": 300},
        },
    ]
    fields += rng.sample(extras, rng.randint(0, 3))
    return {"fields": fields}


def generate(n: int, seed: int = 0) -> dict[str, Any]:
    """A catalog document with ``n`` synthetic matters (and about n/50 bundles), reproducible by seed."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not secrets
    departments = []
    dept_of: dict[str, str] = {}
    for i, (cat, zh, en, _icon, _subjects) in enumerate(_DOMAINS):
        code = credit_code(f"11411598MB{i + 1:07d}")
        dept_of[cat] = code
        departments.append(
            {
                "code": code,
                "name": _t(f"示例县{zh}主管部门", f"Sample county {en} department"),
                "level": "county",
            }
        )
    categories = [{"code": c, "name": _t(zh, en), "icon": icon} for c, zh, en, icon, _s in _DOMAINS]

    combos = [(d, s, a, t) for d in _DOMAINS for s in d[4] for a in _ACTIONS for t in _TOWNS]
    rng.shuffle(combos)
    matters: list[dict[str, Any]] = []
    used: set[str] = set()
    for i in range(n):
        (cat, _czh, _cen, _icon, _subjects), (szh, sen, kws), (azh, aen, mtype, kind), (tzh, ten) = combos[
            i % len(combos)
        ]
        name_zh = f"{szh}{azh}（{tzh}）"
        if name_zh in used:
            name_zh = f"{szh}{azh}（{tzh}第{i // len(combos) + 1}批）"
        used.add(name_zh)
        basic = f"{i // 10000 % 100:02d}{i % 10000:04d}{rng.randint(0, 999999):06d}"
        code = dept_of[cat] + basic
        terminal = kind == "certification" or rng.random() < 0.8
        promised = rng.choice([0, 0, 5, 10, 15, 20, 30])
        case_type = "immediate" if promised == 0 else "commitment"
        matter: dict[str, Any] = {
            "code": code,
            "basic_code": basic,
            "name": _t(name_zh, f"{sen[0].upper()}{sen[1:]}: {aen} ({ten})"),
            "summary": _t(f"{tzh}居民办理{szh}{azh}。", f"{sen} {aen} for residents of {ten}."),
            "category": cat,
            "type": mtype,
            "kind": kind,
            "department": dept_of[cat],
            "service_objects": ["natural_person"],
            "legal_basis": [_t("有关法律法规和省、市规定", "Applicable laws and provincial rules")],
            "conditions": [_t(f"{tzh}户籍或常住居民", f"Registered or resident in {ten}")],
            "case_type": case_type,
            "handling_forms": ["window", "self_service"] if terminal else ["window"],
            "promised_limit": {"value": promised, "unit": "working_day"},
            "visits": 0 if terminal else 1,
            "fees": {"charged": False},
            "process": [
                {
                    "name": _t("申请", "Apply"),
                    "description": _t("提交申请和材料", "Hand in the application and materials"),
                },
                {
                    "name": _t("办结", "Completion"),
                    "description": _t("审核后办结并通知", "Reviewed, completed, and you are told"),
                },
            ],
            "place": _t(f"{tzh}便民服务中心", f"{ten} public service centre"),
            "hours": _HOURS,
            "consultation_phone": f"0376-555{rng.randint(0, 99999):05d}",
            "complaint_phone": "12345",
            "terminal_handling": terminal,
            "face_verification": "required" if kind == "certification" else "none",
            "materials": [
                {
                    "code": "id_card",
                    "name": _t("居民身份证", "Resident ID card"),
                    "necessity": "required",
                    "forms": ["original"],
                    "type": "certificate",
                    "source": "government_issued",
                    "elicense_types": ["resident_id"],
                }
            ],
            "keywords": rng.sample(kws, min(len(kws), rng.randint(1, 3))),
            "version": "1",
        }
        if promised:
            matter["statutory_limit"] = {"value": promised + rng.choice([0, 5, 10]), "unit": "working_day"}
        if not terminal:
            matter["where_to_go"] = _t(f"请到{tzh}便民服务中心窗口办理", f"Go to the {ten} centre's window")
        if terminal and kind != "certification":
            matter["form"] = _form(rng)
        matters.append(matter)

    with_forms = [m["code"] for m in matters if "form" in m]
    bundles = []
    for b in range(min(n // 50, len(with_forms) // 2)):
        members = rng.sample(with_forms, min(len(with_forms), rng.randint(2, 4)))
        bundles.append(
            {
                "code": f"bundle_{b + 1}",
                "name": _t(f"示例一件事{b + 1}", f"Sample life event {b + 1}"),
                "matters": members,
                "shared_fields": ["applicant_name", "applicant_id_number", "applicant_phone"],
                "description": _t(
                    "一次告知、一表申请、一套材料", "One notice, one form, one set of materials"
                ),
                "trigger": _t("示例触发场景", "Sample trigger"),
            }
        )
    return {
        "format": FORMAT_VERSION,
        "version": f"synthetic-{n}-{seed}",
        "published": "2026-01-01",
        "title": _t("合成测试目录", "Synthetic test catalog"),
        "categories": categories,
        "departments": departments,
        "elicense_types": [
            {"code": "resident_id", "name": _t("居民身份证电子证照", "Electronic resident ID card")}
        ],
        "matters": matters,
        "bundles": bundles,
    }
