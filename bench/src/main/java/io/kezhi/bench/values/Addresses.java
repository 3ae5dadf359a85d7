package io.kezhi.bench.values;

import java.util.SplittableRandom;

/** Street addresses inside a district: road, number, and often a building and room. */
public final class Addresses {

    private static final String[] ROADS = ("中山路 人民路 解放路 建设路 和平路 新华路 胜利路 长江路 黄河路 文化路 青年路 光明路"
            + " 学府路 科技路 创业大道 金融街 滨江大道 世纪大道 南京路 北京路 朝阳路 工业园路 高新大道 东风路 西湖路 环城路"
            + " 迎宾大道 幸福路 沿河路 园区一路").split(" ");
    private static final String[] BUILDINGS = ("国际大厦 科技园 商务中心 金融中心 创业园 广场 写字楼 产业园").split(" ");

    private Addresses() {
    }

    public static String in(SplittableRandom random, String districtName) {
        StringBuilder address = new StringBuilder(districtName).append(Picks.one(random, ROADS))
                .append(1 + random.nextInt(999)).append('号');
        if (Picks.chance(random, 0.6)) {
            address.append(Picks.one(random, BUILDINGS)).append((char) ('A' + random.nextInt(4))).append('座')
                    .append(1 + random.nextInt(30)).append(String.format("%02d", 1 + random.nextInt(20))).append('室');
        }
        return address.toString();
    }
}
