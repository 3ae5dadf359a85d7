package io.kezhi.bench.values;

import java.util.SplittableRandom;

/**
 * Chinese company names as they are registered: [city] + trade name (字号, two characters) + line of
 * business + legal form, e.g. 杭州鼎盛信息科技有限公司.
 */
public final class ChineseCompanyNames {

    /** Characters trade names are made of; any two give a plausible 字号 (华创, 鼎盛, 恒远 ...). */
    private static final String[] TRADE_CHARS = ("华 创 鼎 盛 恒 远 天 诚 金 桥 博 雅 同 信 海 纳 卓 越 宏 图 中 联 新 达 安 泰"
            + " 永 丰 瑞 祥 宇 嘉 佳 利 民 兴 隆 昌 明 光 星 辰 云 峰 汇 通 实 德 仁 和 美 万 方 立 元 宝 思 睿 智 友 启 航 蓝 青"
            + " 东 南 正 大 长 久 合 众 凯 旭 晨 朗 悦 优 品 鑫 润 诺").split(" ");
    private static final String[] BUSINESSES = ("信息科技 网络科技 贸易 广告传媒 文化传播 建筑工程 物流 电子 机械设备 食品 医药"
            + " 教育咨询 环保科技 新材料 汽车服务 餐饮管理 房地产开发 投资管理 印刷 服装 家具 化工 电气 软件 数据服务 企业管理咨询"
            + " 会展服务 健康科技 农业发展 供应链管理").split(" ");
    private static final String[] FORMS = {"有限公司", "有限公司", "有限公司", "股份有限公司", "有限责任公司", "集团有限公司"};

    private ChineseCompanyNames() {
    }

    /** @param city short city name such as 杭州, or null for a name without one */
    public static String company(SplittableRandom random, String city) {
        String trade = Picks.one(random, TRADE_CHARS) + Picks.one(random, TRADE_CHARS);
        String name = trade + Picks.one(random, BUSINESSES) + Picks.one(random, FORMS);
        return city == null ? name : city + name;
    }
}
