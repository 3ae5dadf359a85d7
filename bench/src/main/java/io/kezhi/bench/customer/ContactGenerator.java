package io.kezhi.bench.customer;

import io.kezhi.bench.db.RowBuffer;
import io.kezhi.bench.values.ChineseNames;
import io.kezhi.bench.values.LatinNames;
import io.kezhi.bench.values.PhoneNumbers;
import io.kezhi.bench.values.Picks;
import io.kezhi.crm.shared.Pinyin;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** One to five contacts per customer (three on average), the first the primary one. */
final class ContactGenerator {

    /** A written contact: what follow-ups and the phone index need of it. */
    record Written(long id, Instant createdAt, String mobile, String phone) {
    }

    private static final String[] TITLES = {"总经理", "副总经理", "采购经理", "采购专员", "财务总监", "市场总监", "技术负责人",
            "行政主管", "品牌经理", "项目经理", "董事长助理", "运营总监"};
    private static final String[] DEPARTMENTS = {"总经办", "采购部", "财务部", "市场部", "技术部", "行政部", "运营部", "品牌部"};
    private static final String[] CLOSENESS = {"VERY_CLOSE", "CLOSE", "NORMAL", "DISTANT"};
    private static final String[] INFLUENCE = {"HIGH", "MEDIUM", "LOW"};
    private static final String[] DECISION_ROLES = {"DECISION_MAKER", "KEY_CONTACT", "INFLUENCER", "USER"};
    private static final Duration FIRST_WEEKS = Duration.ofDays(30);

    /** The telephone area code of each branch's city, by branch index. */
    private final List<String> areaCodes;

    ContactGenerator(List<String> areaCodes) {
        this.areaCodes = areaCodes;
    }

    /** The contacts of a customer, with its copy of its grantees ({@code shareGrantees}, null without shares). */
    List<Written> generate(SplittableRandom random, long customerId, Profile profile, Ownership ownership,
            String shareGrantees, long tenantId, Instant asOf, RowBuffer contacts) {
        int count = 1 + random.nextInt(5);
        List<Written> written = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            long id = customerId + CustomerIds.CONTACTS + k;
            boolean female = random.nextBoolean();
            String name = profile.chinese() || Picks.chance(random, 0.4) ? ChineseNames.person(random, female)
                    : LatinNames.person(random, female);
            String pinyin = Pinyin.of(name).full();
            String mobile = Picks.chance(random, 0.9) ? PhoneNumbers.mobile(random) : null;
            String phone = Picks.chance(random, 0.3) ? PhoneNumbers.landline(random, areaCodes.get(ownership.branch()))
                    : null;
            Instant created = k == 0 ? OwnershipGenerator.between(random, ownership.createdAt(),
                    min(ownership.createdAt().plusSeconds(600), asOf))
                    : OwnershipGenerator.between(random, ownership.createdAt(),
                            min(ownership.createdAt().plus(FIRST_WEEKS), asOf));
            long author = ownership.ownerAt(created).id();
            contacts.add(id, tenantId, customerId, name, pinyin.length() <= 300 ? pinyin : pinyin.substring(0, 300),
                    female ? "FEMALE" : "MALE", Picks.one(random, TITLES), Picks.one(random, DEPARTMENTS), mobile, phone,
                    Picks.chance(random, 0.5) ? mailbox(pinyin, k) : null,
                    Picks.chance(random, 0.4) ? "wxid_" + Long.toString(random.nextLong(1L << 40), 36) : null,
                    Picks.chance(random, 0.3) ? LocalDate.of(1965 + random.nextInt(36), 1 + random.nextInt(12),
                            1 + random.nextInt(28)) : null,
                    Picks.chance(random, 0.6) ? Picks.one(random, CLOSENESS) : null,
                    Picks.chance(random, 0.6) ? Picks.one(random, INFLUENCE) : null,
                    Picks.chance(random, 0.6) ? Picks.one(random, DECISION_ROLES) : null, k == 0,
                    Picks.chance(random, 0.05) ? "春节前寄送贺卡" : null, created, author, created, author, 0L,
                    ownership.owner() == null ? null : ownership.owner().id(), ownership.departmentId(), shareGrantees);
            written.add(new Written(id, created, mobile, phone));
        }
        return written;
    }

    private static String mailbox(String pinyin, int k) {
        String local = pinyin.isEmpty() ? "contact" + k : pinyin.length() > 20 ? pinyin.substring(0, 20) : pinyin;
        return local + k + "@" + (k % 2 == 0 ? "qq.com" : "163.com");
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
