package io.kezhi.bench.importing;

import io.kezhi.bench.values.ChineseCompanyNames;
import io.kezhi.bench.values.PhoneNumbers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The customer file of the import scenario, deterministic for a seed: one row in ten repeats the name of
 * a customer the company already has (the dedupe finds it and, with SKIP, leaves it alone), the others are
 * company names drawn like the generator's (a few of them exist already, by chance, and are skipped too);
 * no name twice in the file. Mobile numbers, industry and source codes of the company's value lists, and
 * owners among the sales reps, as a spreadsheet from a sales team would have them.
 */
public final class ImportCsv {

    public static final List<String> HEADER = List.of("客户名称", "类型", "电话", "所属行业", "来源", "负责人", "说明");
    private static final String[] CITIES = {"北京", "上海", "广州", "深圳", "杭州", "南京", "成都", "苏州", "武汉", "西安",
            "天津", "济南"};

    private ImportCsv() {
    }

    /**
     * @param existingNames names of existing customers to repeat (every tenth row takes the next one)
     */
    public static List<List<String>> rows(int count, long seed, List<String> existingNames, List<String> owners,
            List<String> industries, List<String> sources) {
        SplittableRandom random = new SplittableRandom(seed);
        Set<String> names = new HashSet<>();
        List<List<String>> rows = new ArrayList<>(count);
        int existing = 0;
        while (rows.size() < count) {
            String name;
            if (rows.size() % 10 == 9 && existing < existingNames.size()) {
                name = existingNames.get(existing++);
            } else {
                String city = random.nextInt(4) == 0 ? null : CITIES[random.nextInt(CITIES.length)];
                name = ChineseCompanyNames.company(random, city);
            }
            if (!names.add(name)) {
                continue;
            }
            String phone = PhoneNumbers.mobile(random).substring(3); // as typed: 13800138000
            rows.add(List.of(name, "企业客户", phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7),
                    industries.get(random.nextInt(industries.size())), sources.get(random.nextInt(sources.size())),
                    owners.get(random.nextInt(owners.size())), "基准导入第" + (rows.size() + 1) + "行"));
        }
        return rows;
    }
}
