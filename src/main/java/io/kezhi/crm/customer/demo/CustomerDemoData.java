package io.kezhi.crm.customer.demo;

import io.kezhi.crm.customer.account.CustomerRequests;
import io.kezhi.crm.customer.account.CustomerService;
import io.kezhi.crm.customer.account.CustomerStatus;
import io.kezhi.crm.customer.account.CustomerType;
import io.kezhi.crm.customer.account.CustomerView;
import io.kezhi.crm.customer.account.LifecycleStage;
import io.kezhi.crm.customer.account.ValueClass;
import io.kezhi.crm.customer.contact.Closeness;
import io.kezhi.crm.customer.contact.ContactRequests;
import io.kezhi.crm.customer.contact.ContactService;
import io.kezhi.crm.customer.contact.ContactView;
import io.kezhi.crm.customer.contact.DecisionRole;
import io.kezhi.crm.customer.contact.Gender;
import io.kezhi.crm.customer.contact.Influence;
import io.kezhi.crm.customer.followup.FollowUpRequests;
import io.kezhi.crm.customer.followup.FollowUpService;
import io.kezhi.crm.customer.pool.PoolAdministration;
import io.kezhi.crm.customer.pool.PoolRequests;
import io.kezhi.crm.identity.DemoCompanyReady;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Customers of the demo company, made through the services as the people who own them: each rep's
 * advertisers with contacts and follow-ups, branch pools with return rules, customers waiting in the
 * pools, and one pair of duplicates to try merging. Deterministic (fixed seed); added once.
 */
@Component
class CustomerDemoData {

    private static final Logger log = LoggerFactory.getLogger(CustomerDemoData.class);

    /** A rep, the city they sell in, and that city's region codes and landline prefix. */
    private record Territory(String username, String city, String province, String cityCode, String district,
            String areaCode) {
    }

    private static final List<Territory> TERRITORIES = List.of(
            new Territory("sunli", "北京", "110000", "110100", "110105", "010"),
            new Territory("zhouxin", "北京", "110000", "110100", "110108", "010"),
            new Territory("qianyu", "北京", "110000", "110100", "110105", "010"),
            new Territory("fengyu", "南京", "320000", "320100", "320106", "025"),
            new Territory("jiangtao", "杭州", "330000", "330100", "330106", "0571"),
            new Territory("linna", "广州", "440000", "440100", "440106", "020"),
            new Territory("hexue", "深圳", "440000", "440300", "440305", "0755"));

    private static final String[] CORES = {"华彩", "博雅", "新视界", "金桥", "恒信", "悦享", "星河", "汇通", "嘉禾", "云图",
        "锦程", "天合", "明德", "优品", "鼎盛", "青禾", "睿智", "盛世", "一品", "瑞丰"};
    private static final String[][] KINDS = {{"文化传媒有限公司", "media"}, {"汽车销售服务有限公司", "wholesale_retail"},
        {"置业有限公司", "real_estate"}, {"教育科技有限公司", "education"}, {"食品有限公司", "manufacturing"},
        {"酒店管理有限公司", "hospitality"}, {"信息技术有限公司", "it"}, {"医疗器械有限公司", "health"},
        {"百货商场有限公司", "wholesale_retail"}, {"服饰有限公司", "manufacturing"}};
    private static final String[] SURNAMES = {"张", "王", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱",
        "胡", "郭", "何", "高", "林", "罗", "郑"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超",
        "秀英", "晓东", "海燕", "志强", "丽华", "建军"};
    private static final Set<String> FEMININE = Set.of("芳", "娜", "敏", "静", "艳", "娟", "秀英", "海燕", "丽华");
    private static final String[] TITLES = {"市场部经理", "品牌总监", "总经理", "采购主管", "广告专员", "副总裁"};
    private static final String[] SOURCES = {"telemarketing", "online", "referral", "campaign", "exhibition",
        "self_developed"};
    private static final String[] TYPES = {"call", "visit", "wechat", "email", "meeting"};
    private static final String[] NOTES = {
        "电话沟通下季度杂志广告投放计划，客户关注封底和跨页的价格。",
        "上门拜访市场部，演示了上期刊物的广告效果数据，客户表示需要内部评估。",
        "微信发送了刊例和报价单，客户询问年度框架合作的折扣。",
        "邮件确认了广告素材的尺寸和交稿时间。",
        "参加客户的新品发布会，与品牌总监交流了软文植入的形式。",
        "客户反馈上次投放带来的咨询量不错，有意追加两期。",
        "客户预算收紧，暂缓投放，约定下月再联系。"};

    private final CustomerService customers;
    private final ContactService contacts;
    private final FollowUpService followUps;
    private final PoolAdministration pools;
    private final TenantJdbc jdbc;
    private final Clock clock;

    CustomerDemoData(CustomerService customers, ContactService contacts, FollowUpService followUps,
            PoolAdministration pools, TenantJdbc jdbc, Clock clock) {
        this.customers = customers;
        this.contacts = contacts;
        this.followUps = followUps;
        this.pools = pools;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void onDemoCompanyReady(DemoCompanyReady demo) {
        long existing = jdbc.sql("SELECT COUNT(*) FROM customer WHERE tenant_id = :tenantId").query(Long.class)
                .single();
        if (existing > 0) {
            return;
        }
        Random random = new Random(2026);
        demo.as("admin", () -> {
            pools.create(pool("北京公海", demo.departments().get("北京分公司（杂志销售中心）"), 30, 5, 7));
            pools.create(pool("上海公海", demo.departments().get("上海分公司"), 45, 7, 7));
            return null;
        });
        int index = 0;
        for (Territory territory : TERRITORIES) {
            for (int i = 0; i < 6; i++) {
                String name = territory.city() + CORES[index % CORES.length] + KINDS[index % KINDS.length][0];
                String industry = KINDS[index % KINDS.length][1];
                int n = index++;
                demo.as(territory.username(), () -> {
                    CustomerView customer = customers.create(customer(name, industry, territory, n, random, false));
                    addContactsAndFollowUps(customer.id(), territory, random);
                    return null;
                });
            }
        }
        for (Territory territory : List.of(TERRITORIES.get(0), TERRITORIES.get(3), TERRITORIES.get(5))) {
            for (int i = 0; i < 3; i++) {
                String name = territory.city() + CORES[index % CORES.length] + KINDS[index % KINDS.length][0];
                String industry = KINDS[index % KINDS.length][1];
                int n = index++;
                demo.as(territory.username(), () -> customers.create(customer(name, industry, territory, n, random,
                        true)));
            }
        }
        Territory hangzhou = TERRITORIES.get(4);
        demo.as(hangzhou.username(), () -> {
            CustomerView first = customers.create(new CustomerRequests.CreateCustomer("杭州西湖印象茶业有限公司",
                    CustomerType.COMPANY, "exhibition", "manufacturing", ValueClass.NORMAL, null, CustomerStatus.ACTIVE,
                    LifecycleStage.POTENTIAL, hangzhou.province(), hangzhou.cityCode(), hangzhou.district(),
                    "西湖区龙井路 18 号", "s21_100", "0571-87650001", null, null, null, null, null, 0L, null,
                    Set.of("茶饮"), null, null, true));
            addContactsAndFollowUps(first.id(), hangzhou, random);
            customers.create(new CustomerRequests.CreateCustomer("西湖印象茶业", CustomerType.COMPANY, "online",
                    null, null, null, CustomerStatus.ACTIVE, LifecycleStage.TARGET, hangzhou.province(),
                    hangzhou.cityCode(), null, null, null, "0571-87650001", null, "info@xihu-tea.example", null, null,
                    null, 0L, "网络咨询留下的线索，可能与已有客户重复", Set.of(), null, null, true));
            return null;
        });
        log.info("Demo customers added: {} customers with contacts and follow-ups, 2 branch pools", index + 2);
    }

    private static PoolRequests.SavePool pool(String name, long departmentId, int noFollowUpDays, int warnDays,
            int cooldownDays) {
        return new PoolRequests.SavePool(name, departmentId, "本分公司退回和未分配的客户", 200, cooldownDays, true, true,
                true, List.of(new PoolRequests.PoolRuleInput("ANY", noFollowUpDays, null, warnDays),
                        new PoolRequests.PoolRuleInput("KEY", noFollowUpDays * 2, null, warnDays)), List.of(), null);
    }

    private CustomerRequests.CreateCustomer customer(String name, String industry, Territory t, int n, Random random,
            boolean toPool) {
        ValueClass valueClass = ValueClass.values()[random.nextInt(ValueClass.values().length)];
        LifecycleStage stage = List.of(LifecycleStage.TARGET, LifecycleStage.POTENTIAL, LifecycleStage.OPPORTUNITY,
                LifecycleStage.SIGNED, LifecycleStage.LOYAL).get(random.nextInt(5));
        String phone = t.areaCode() + "-" + (t.areaCode().length() == 3 ? 6 : 8) + String.format("%07d",
                1_000_000 + n * 7919 % 8_999_999);
        return new CustomerRequests.CreateCustomer(name, CustomerType.COMPANY, SOURCES[random.nextInt(SOURCES.length)],
                industry, valueClass, List.of("close", "good", "fair").get(random.nextInt(3)), CustomerStatus.ACTIVE,
                stage, t.province(), t.cityCode(), t.district(), "商务大厦 " + (n % 30 + 1) + " 层",
                List.of("s21_100", "s101_500", "s501_1000").get(random.nextInt(3)), phone, null,
                "contact" + n + "@customer" + n + ".example", "www.customer" + n + ".example", null, null,
                (long) random.nextInt(5000), null, n % 3 == 0 ? Set.of("年度客户") : Set.of(), null, toPool, true);
    }

    private void addContactsAndFollowUps(long customerId, Territory t, Random random) {
        int people = 1 + random.nextInt(2);
        ContactView first = null;
        for (int i = 0; i < people; i++) {
            String given = GIVEN[random.nextInt(GIVEN.length)];
            String name = SURNAMES[random.nextInt(SURNAMES.length)] + given;
            String mobile = "1" + (38 + random.nextInt(2)) + String.format("%08d", random.nextInt(100_000_000));
            ContactView contact = contacts.create(customerId, new ContactRequests.CreateContact(name,
                    FEMININE.contains(given) ? Gender.FEMALE : Gender.MALE, TITLES[random.nextInt(TITLES.length)], "市场部",
                    mobile, null, null, "wx_" + Integer.toHexString(name.hashCode()).replace("-", ""),
                    LocalDate.of(1975 + random.nextInt(25), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    Closeness.values()[random.nextInt(Closeness.values().length)],
                    Influence.values()[random.nextInt(Influence.values().length)],
                    i == 0 ? DecisionRole.DECISION_MAKER : DecisionRole.INFLUENCER, i == 0, null));
            if (first == null) {
                first = contact;
            }
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        int count = 1 + random.nextInt(4);
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            times.add(now.minus(Duration.ofDays(2 + random.nextInt(50))).minus(Duration.ofHours(i)));
        }
        Collections.sort(times);
        for (int i = 0; i < count; i++) {
            Instant occurred = times.get(i);
            Instant next = i == count - 1 ? now.plus(Duration.ofDays(1 + random.nextInt(14))) : null;
            followUps.create(customerId, new FollowUpRequests.CreateFollowUp(TYPES[random.nextInt(TYPES.length)],
                    NOTES[random.nextInt(NOTES.length)], occurred, first.id(), next,
                    next == null ? null : "确认投放档期并发送合同"));
        }
    }
}
