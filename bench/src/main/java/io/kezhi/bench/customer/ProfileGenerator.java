package io.kezhi.bench.customer;

import io.kezhi.bench.organisation.Branch;
import io.kezhi.bench.values.Addresses;
import io.kezhi.bench.values.ChineseCompanyNames;
import io.kezhi.bench.values.ChineseNames;
import io.kezhi.bench.values.IdNumbers;
import io.kezhi.bench.values.LatinNames;
import io.kezhi.bench.values.PhoneNumbers;
import io.kezhi.bench.values.Picks;
import io.kezhi.bench.values.RegionCatalog;
import io.kezhi.bench.values.RegionCatalog.Region;
import io.kezhi.crm.shared.Pinyin;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A customer's profile: half with Chinese names (companies as registered, people by common surnames),
 * half with Latin ones; in the province of the branch that serves it; dictionary fields from the
 * company's dictionaries; value class, status and lifecycle stage in plausible proportions.
 */
final class ProfileGenerator {

    private static final String[] TYPES = {"COMPANY", "PERSON"};
    private static final double[] TYPE_WEIGHTS = {75, 25};
    private static final String[] VALUE_CLASSES = {"KEY", "MAJOR", "NORMAL", "SMALL", null};
    private static final double[] VALUE_CLASS_WEIGHTS = {5, 15, 50, 20, 10};
    private static final String[] STATUSES = {"ACTIVE", "NORMAL", "ARCHIVED"};
    private static final double[] STATUS_WEIGHTS = {60, 30, 10};
    private static final String[] STAGES = {"TARGET", "POTENTIAL", "OPPORTUNITY", "SIGNED", "LOYAL", "DECLINING",
            "CHURNED"};
    private static final double[] STAGE_WEIGHTS = {15, 35, 15, 15, 10, 5, 5};
    private static final String[] TAGS = ("重点客户 老客户 VIP 展会获客 待回访 价格敏感 决策链长 有续约意向 新客户 渠道客户"
            + " 政府关系 上市公司 外资企业 高潜力 需要技术支持 已签框架协议").split(" ");
    private static final Integer[] TAG_COUNTS = {0, 1, 2, 3};
    private static final double[] TAG_COUNT_WEIGHTS = {30, 30, 25, 15};
    private static final String[] REMARKS = {"客户由老客户推荐，注意维护关系。", "年底有集中采购计划。", "对价格较敏感，需申请特价。",
            "决策人为总经理，采购部负责执行。", "曾与竞争对手合作过。", "要求开具增值税专用发票。"};
    private static final String[] MAIL_HOSTS = {"qq.com", "163.com", "126.com", "sina.com", "gmail.com", "outlook.com"};

    private final CompanyDictionaries dictionaries;
    private final RegionCatalog regions;

    ProfileGenerator(CompanyDictionaries dictionaries, RegionCatalog regions) {
        this.dictionaries = dictionaries;
        this.regions = regions;
    }

    Profile generate(SplittableRandom random, Branch branch, int index) {
        boolean chinese = random.nextBoolean();
        String type = Picks.weighted(random, TYPES, TYPE_WEIGHTS);
        boolean company = type.equals("COMPANY");
        Region city = city(random, branch);
        List<Region> districts = regions.childrenOf(city.code());
        Region district = districts.isEmpty() ? null : Picks.one(random, districts);
        String name = company ? (chinese ? ChineseCompanyNames.company(random, cityPrefix(random, city, branch))
                : LatinNames.company(random)) : chinese ? ChineseNames.person(random, random.nextBoolean())
                : LatinNames.person(random, random.nextBoolean());
        String phone = company ? (Picks.chance(random, 0.85) ? PhoneNumbers.landline(random, branch.areaCode()) : null)
                : Picks.chance(random, 0.95) ? PhoneNumbers.mobile(random) : null;
        String phone2 = company ? (Picks.chance(random, 0.4) ? PhoneNumbers.mobile(random) : null)
                : Picks.chance(random, 0.1) ? PhoneNumbers.landline(random, branch.areaCode()) : null;
        String domain = domain(random, name, index);
        String email = company ? (Picks.chance(random, 0.6) ? "info@" + domain : null)
                : Picks.chance(random, 0.3) ? Pinyin.of(name).full() + (index % 1000) + "@" + Picks.one(random, MAIL_HOSTS)
                : null;
        String idNumber = !company && Picks.chance(random, 0.4) ? IdNumbers.of(
                district != null ? district.code() : anyDistrictOf(branch), LocalDate.of(1960 + random.nextInt(41),
                        1 + random.nextInt(12), 1 + random.nextInt(28)), random.nextInt(1000)) : null;
        String membershipNo = !company && Picks.chance(random, 0.3) ? String.format("HY%08d", index) : null;
        long points = membershipNo != null ? random.nextLong(50_001) : Picks.chance(random, 0.2) ? random.nextLong(5_001) : 0;
        return new Profile(name, chinese, type, pick(random, CompanyDictionaries.SOURCE, 0.9),
                company ? pick(random, CompanyDictionaries.INDUSTRY, 0.85) : null,
                Picks.weighted(random, VALUE_CLASSES, VALUE_CLASS_WEIGHTS), pick(random, CompanyDictionaries.LEVEL, 0.6),
                Picks.weighted(random, STATUSES, STATUS_WEIGHTS), Picks.weighted(random, STAGES, STAGE_WEIGHTS),
                branch.provinceCode(), city.code(), district == null ? null : district.code(),
                Picks.chance(random, 0.8) ? Addresses.in(random, district == null ? "" : district.name()) : null,
                company ? pick(random, CompanyDictionaries.STAFF_SIZE, 0.7) : null, phone, phone2, email,
                company && Picks.chance(random, 0.4) ? "www." + domain : null, idNumber, membershipNo, points,
                Picks.chance(random, 0.1) ? Picks.one(random, REMARKS) : null, tags(random));
    }

    /** Mostly the branch's own city, otherwise another city of its province. */
    private Region city(SplittableRandom random, Branch branch) {
        if (Picks.chance(random, 0.7)) {
            return regions.get(branch.cityCode());
        }
        return Picks.one(random, regions.childrenOf(branch.provinceCode()));
    }

    /** 杭州 for 杭州市; the branch's city for a municipality's districts; none for prefectures and leagues. */
    private static String cityPrefix(SplittableRandom random, Region city, Branch branch) {
        if (!Picks.chance(random, 0.5)) {
            return null;
        }
        if (city.code().equals(branch.cityCode())) {
            return branch.cityName();
        }
        return city.name().endsWith("市") ? city.name().substring(0, city.name().length() - 1) : null;
    }

    private String anyDistrictOf(Branch branch) {
        return regions.childrenOf(branch.cityCode()).get(0).code();
    }

    private static String domain(SplittableRandom random, String name, int index) {
        String letters = Pinyin.of(name).initials().replaceAll("[^a-z0-9]", "");
        String stem = letters.isEmpty() ? "co" + index : letters.substring(0, Math.min(8, letters.length()));
        return stem.toLowerCase(Locale.ROOT) + (index % 97) + (random.nextBoolean() ? ".com" : ".cn");
    }

    private String pick(SplittableRandom random, String dictionary, double probability) {
        return Picks.chance(random, probability) ? Picks.one(random, dictionaries.codes(dictionary)) : null;
    }

    private static List<String> tags(SplittableRandom random) {
        int count = Picks.weighted(random, TAG_COUNTS, TAG_COUNT_WEIGHTS);
        List<String> tags = new ArrayList<>(count);
        while (tags.size() < count) {
            String tag = Picks.one(random, TAGS);
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return tags;
    }
}
