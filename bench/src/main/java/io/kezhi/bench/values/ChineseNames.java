package io.kezhi.bench.values;

import java.util.SplittableRandom;

/** Chinese personal names: common surnames by frequency, given names of one or two characters. */
public final class ChineseNames {

    /** The most common surnames, most frequent first; two compound surnames for variety. */
    private static final String[] SURNAMES = ("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹"
            + " 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方"
            + " 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 欧阳 司马")
            .split(" ");
    private static final double[] SURNAME_WEIGHTS = surnameWeights();

    private static final String[] MALE = ("伟 强 磊 军 勇 杰 涛 斌 超 明 刚 平 辉 鹏 华 飞 鑫 波 宇 浩 凯 健 俊 帆 帅 旭 宁 龙 林 阳"
            + " 建 国 志 文 海 峰 亮 成 东 晨 博 然 昊 轩 泽 睿 翔 达 振 毅").split(" ");
    private static final String[] FEMALE = ("芳 娜 敏 静 丽 艳 娟 霞 秀 燕 玲 桂 丹 萍 红 婷 雪 琳 晶 颖 慧 倩 洁 莉 欣 悦 怡 佳 琪 蕾"
            + " 梅 兰 月 云 露 瑶 薇 璐 涵 诗 雨 思 梦 晓 琴 玉 嘉 妍 欢 彤").split(" ");

    private ChineseNames() {
    }

    public static String person(SplittableRandom random, boolean female) {
        String surname = Picks.weighted(random, SURNAMES, SURNAME_WEIGHTS);
        String[] given = female ? FEMALE : MALE;
        String first = Picks.one(random, given);
        return Picks.chance(random, 0.7) ? surname + first + Picks.one(random, given) : surname + first;
    }

    /** Roughly Zipf-like: the first surnames far more frequent than the last. */
    private static double[] surnameWeights() {
        double[] weights = new double[SURNAMES.length];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1.0 / (i + 3);
        }
        return weights;
    }
}
