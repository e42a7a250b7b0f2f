// Category and bundle icons: one bold character in a disc reads at any size and needs no icon font.
.pragma library
var map = {
    education: "学", elderly: "老", public_education: "学", employment: "业", social_insurance: "保", healthcare: "医", elderly_care: "老",
    social_services: "助", social_assistance: "助", housing: "房", culture: "文", disability: "残",
    household: "户", civil_affairs: "民", market: "商", agriculture: "农", veterans: "军", legal: "法",
    family: "育", newborn: "婴", baby: "婴", after_death: "念", retirement: "退", death: "念", bundle: "事", card: "卡", tax: "税"
}
function glyph(key, fallback) { return map[key] || fallback || "事" }
