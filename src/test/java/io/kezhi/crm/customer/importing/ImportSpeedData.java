package io.kezhi.crm.customer.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A deterministic, realistic customer file for measuring imports: Chinese company names and some
 * Latin ones, the usual columns filled the way people fill them (labels in either language, phones
 * spelled in several ways, regions as one column, several tags, owners by user name or full name).
 * Customer number {@code n} always gets the same name and phone, so a file can refer to customers
 * seeded before it: {@link #existingEvery} rows out of every ten name an existing customer.
 */
final class ImportSpeedData {

    static final String HEADER = "客户名称,客户类型,客户来源,行业,价值分类,状态,省市区,电话,邮箱,标签,负责人,备注";
    static final List<String> OWNERS = List.of("sales01", "sales02", "sales03", "sales04", "sales05", "sales06",
            "sales07", "sales08");

    private static final String[] CITIES = {"北京", "上海", "广州", "深圳", "杭州", "南京", "苏州", "成都", "武汉", "西安",
        "重庆", "天津", "宁波", "厦门", "青岛", "长沙", "郑州", "济南", "福州", "合肥", "昆明", "大连", "沈阳", "无锡", "佛山",
        "东莞", "温州", "绍兴", "嘉兴", "金华"};
    private static final String[] WORDS = {"天意", "华创", "龙腾", "海通", "鼎盛", "恒达", "金桥", "瑞丰", "博远", "宏图",
        "新锐", "中科", "联合", "万象", "星辰", "蓝海", "盛世", "和信", "永泰", "安达", "嘉禾", "远景", "东方", "南山", "西湖",
        "北辰", "汇丰", "同创", "精工", "国泰", "明德", "信达", "正源", "华夏", "百川", "长青", "晨光", "锦程", "天成", "卓越"};
    private static final String[] TRADES = {"科技", "贸易", "广告", "传媒", "物流", "建设", "电子", "医药", "食品", "教育",
        "咨询", "印务", "茶业", "家居", "服饰", "机械", "化工", "软件", "网络", "文化"};
    private static final String[] FORMS = {"有限公司", "股份有限公司", "集团有限公司", "工作室", "商行"};
    private static final String[] LATIN_A = {"Acme", "Blue", "Golden", "Silver", "Pacific", "Orient", "Summit", "Nova",
        "Apex", "Vertex", "Delta", "Sigma", "Polar", "Lotus", "Jade", "Harbor"};
    private static final String[] LATIN_B = {"Trading", "Media", "Logistics", "Software", "Foods", "Design", "Systems",
        "Partners", "Labs", "Industries"};
    private static final String[] TYPES = {"企业客户", "企业客户", "企业客户", "个人客户", "COMPANY", ""};
    private static final String[] SOURCES = {"网络推广", "客户介绍", "电话营销", "展会", "Referral", "市场活动", ""};
    private static final String[] INDUSTRIES = {"信息技术", "制造业", "金融", "文化传媒", "Information technology",
        "批发和零售", "教育", ""};
    private static final String[] VALUE_CLASSES = {"重要客户", "普通客户", "小客户", "关键客户", "Normal", ""};
    private static final String[] STATUSES = {"活跃", "活跃", "", "一般", "Active"};
    private static final String[] REGIONS = {"北京市/东城区", "北京市/海淀区", "上海市/浦东新区", "江苏省/南京市/鼓楼区",
        "浙江省/杭州市/西湖区", "浙江 宁波 江北", "福建省/福州市/鼓楼区", "山东省/济南市/历下区", "湖北省/武汉市/洪山区",
        "广东省/广州市/天河区", "广东省/深圳市/南山区", "重庆市/江北区", "四川省/成都市/武侯区", "陕西省/西安市/雁塔区", ""};
    private static final String[] MOBILE_PREFIXES = {"138", "139", "136", "135", "158", "186", "188", "187", "133",
        "189"};
    private static final String[] TAGS = {"VIP", "老客户", "重点跟进", "展会", "渠道", "大客户", "新客户", "待回访"};

    private ImportSpeedData() {
    }

    /** The name of customer number {@code n}: unique for every n below 2.4 million. */
    static String name(int n) {
        if (n % 10 == 7) {
            int m = n / 10;
            return LATIN_A[m % LATIN_A.length] + " " + LATIN_B[(m / LATIN_A.length) % LATIN_B.length] + " "
                    + (m / (LATIN_A.length * LATIN_B.length)) + " Co., Ltd.";
        }
        int city = n % CITIES.length;
        int rest = n / CITIES.length;
        int word = rest % WORDS.length;
        rest /= WORDS.length;
        int trade = rest % TRADES.length;
        rest /= TRADES.length;
        String branch = rest == 0 ? "" : rest + "号";
        return CITIES[city] + WORDS[word] + TRADES[trade] + branch + FORMS[n % FORMS.length];
    }

    /** The mobile number of customer number {@code n}, as stored (E.164). */
    static String phone(int n) {
        return "+86" + mobileDigits(n);
    }

    private static String mobileDigits(int n) {
        return MOBILE_PREFIXES[n % MOBILE_PREFIXES.length] + String.format(Locale.ROOT, "%08d", n);
    }

    /**
     * Writes a header and {@code rows} rows: the first {@code existingEvery} rows of every ten name
     * the next of the {@code existingCount} existing customers (Latin names in upper case, as people
     * type them), the others new customers numbered from {@code firstNew}.
     */
    static void write(OutputStream out, int rows, int existingCount, int existingEvery, int firstNew)
            throws IOException {
        Random random = new Random(20261203L);
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write(HEADER);
        writer.write('\n');
        int nextNew = firstNew;
        int nextExisting = 0;
        for (int i = 0; i < rows; i++) {
            boolean existing = i % 10 < existingEvery && nextExisting < existingCount;
            int n = existing ? nextExisting++ : nextNew++;
            String name = name(n);
            if (existing && n % 10 == 7) {
                name = name.toUpperCase(Locale.ROOT);
            }
            writer.write(csv(name));
            writer.write(',');
            writer.write(pick(random, TYPES));
            writer.write(',');
            writer.write(pick(random, SOURCES));
            writer.write(',');
            writer.write(csv(pick(random, INDUSTRIES)));
            writer.write(',');
            writer.write(pick(random, VALUE_CLASSES));
            writer.write(',');
            writer.write(pick(random, STATUSES));
            writer.write(',');
            writer.write(pick(random, REGIONS));
            writer.write(',');
            writer.write(spelled(mobileDigits(n), random));
            writer.write(',');
            writer.write(random.nextInt(3) == 0 ? "" : "contact" + n + "@example" + n % 97 + ".cn");
            writer.write(',');
            writer.write(csv(tags(random)));
            writer.write(',');
            writer.write(owner(random));
            writer.write(',');
            writer.write(random.nextInt(4) == 0 ? csv("第 " + (i + 2) + " 行，导入测试，" + pick(random, TAGS)) : "");
            writer.write('\n');
        }
        writer.flush();
    }

    private static String spelled(String digits, Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> digits.substring(0, 3) + " " + digits.substring(3, 7) + " " + digits.substring(7);
            case 1 -> "+86" + digits;
            case 2 -> digits.substring(0, 3) + "-" + digits.substring(3, 7) + "-" + digits.substring(7);
            default -> digits;
        };
    }

    private static String tags(Random random) {
        int count = random.nextInt(4);
        StringBuilder tags = new StringBuilder();
        for (int t = 0; t < count; t++) {
            if (t > 0) {
                tags.append(t % 2 == 0 ? "，" : ",");
            }
            tags.append(TAGS[random.nextInt(TAGS.length)]);
        }
        return tags.toString();
    }

    private static String owner(Random random) {
        int pick = random.nextInt(OWNERS.size() + 2);
        return pick >= OWNERS.size() ? "" : OWNERS.get(pick);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
