package io.kezhi.bench.values;

import java.util.SplittableRandom;

/** What a sales rep writes after a call or a visit, and the next step planned. */
public final class FollowUpTexts {

    private static final String[] OPENINGS = {"电话沟通了", "上门拜访，介绍了", "发送了", "微信跟进了", "约见客户讨论了",
            "与采购负责人确认了", "回访了解了", "参加客户内部会议，演示了"};
    private static final String[] TOPICS = {"年度广告投放方案", "新版报价单", "合同条款", "产品试用情况", "售后服务安排",
            "付款进度", "续约意向", "新品推介资料", "竞品对比", "预算审批进展", "交付时间表", "杂志版面价格"};
    private static final String[] OUTCOMES = {"客户反馈积极，准备内部讨论。", "客户认为价格偏高，需要再申请折扣。",
            "对方决策人出差，下周再约。", "客户表示本季度预算已用完。", "客户要求补充案例资料。", "已基本达成一致，等待盖章。",
            "客户对服务有意见，已记录并上报。", "客户暂无需求，保持联系。", "竞争对手也在接触，需要加快节奏。",
            "客户同意安排技术交流。"};
    private static final String[] NEXT_ACTIONS = {"发送正式报价", "安排上门拜访", "准备合同草案", "邀请参加产品发布会",
            "提交折扣申请", "电话确认预算", "寄送样刊", "约技术负责人交流"};

    private FollowUpTexts() {
    }

    public static String content(SplittableRandom random) {
        return Picks.one(random, OPENINGS) + Picks.one(random, TOPICS) + "，" + Picks.one(random, OUTCOMES);
    }

    public static String nextAction(SplittableRandom random) {
        return Picks.one(random, NEXT_ACTIONS);
    }
}
