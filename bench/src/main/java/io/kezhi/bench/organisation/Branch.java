package io.kezhi.bench.organisation;

import java.util.List;

/**
 * A branch office (分公司) of the bench company: where it is (GB/T 2260 province and city, telephone area
 * code) and its teams. Its customers are in its province.
 */
public record Branch(String name, String region, String provinceCode, String cityCode, String cityName,
        String areaCode, List<String> teams) {

    /** The branches in the order they are added as the company grows (a small company has the first ones). */
    public static final List<Branch> ALL = List.of(
            branch("北京分公司", "华北大区", "110000", "110100", "北京", "10"),
            new Branch("上海分公司", "华东大区", "310000", "310100", "上海", "21",
                    List.of("上海销售一部", "上海销售二部", "上海销售三部", "苏州办事处")),
            branch("广州分公司", "华南大区", "440000", "440100", "广州", "20"),
            branch("成都分公司", "西部大区", "510000", "510100", "成都", "28"),
            branch("南京分公司", "华东大区", "320000", "320100", "南京", "25"),
            new Branch("深圳分公司", "华南大区", "440000", "440300", "深圳", "755",
                    List.of("深圳销售一部", "深圳销售二部", "深圳销售三部", "东莞办事处")),
            branch("天津分公司", "华北大区", "120000", "120100", "天津", "22"),
            branch("杭州分公司", "华东大区", "330000", "330100", "杭州", "571"),
            branch("西安分公司", "西部大区", "610000", "610100", "西安", "29"),
            branch("济南分公司", "华北大区", "370000", "370100", "济南", "531"));

    private static Branch branch(String name, String region, String province, String city, String cityName,
            String areaCode) {
        return new Branch(name, region, province, city, cityName, areaCode,
                List.of(cityName + "销售一部", cityName + "销售二部", cityName + "销售三部"));
    }
}
