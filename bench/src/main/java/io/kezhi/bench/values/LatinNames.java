package io.kezhi.bench.values;

import java.util.SplittableRandom;

/** Latin-alphabet names: international companies and people in China. */
public final class LatinNames {

    private static final String[] STEMS = ("Northwind Bluepeak Silverline Redwood Evergreen Summit Pioneer Horizon Apex"
            + " Vertex Oakridge Brightstar Clearwater Goldleaf Ironbridge Maple Orion Pacific Atlas Crescent Falcon Harbor"
            + " Lakeside Meridian Nova Quantum Riverbend Sterling Unity Westgate Zenith Cedar Granite Aurora Beacon Cobalt"
            + " Delta Emerald Fairway Glacier Highland Juniper Keystone Lumen Mosaic Nimbus Optima Prism Radiant Sapphire"
            + " Tidewater Vanguard Willow Yonder Amber Boreal Cascade Dynamo").split(" ");
    private static final String[] TRADES = ("Trading Software Logistics Media Foods Consulting Electronics Machinery"
            + " Textiles Healthcare Energy Design Packaging Education Travel Systems Analytics Robotics Labs Partners")
            .split(" ");
    private static final String[] SUFFIXES = {"Co., Ltd.", "Ltd", "Inc.", "LLC", "GmbH", "Pte. Ltd.", "Group", "Limited"};
    private static final String[] FIRST_MALE = ("James John Robert Michael David William Richard Thomas Daniel Paul Mark"
            + " Kevin Brian George Lucas Marco Hans Pierre Kenji Hiroshi Min-jun Ahmed Carlos Ivan").split(" ");
    private static final String[] FIRST_FEMALE = ("Mary Linda Sarah Karen Emma Olivia Sophie Anna Laura Julia Maria Elena"
            + " Chloe Grace Hannah Yuki Sakura Ji-woo Fatima Isabel Nina Eva Claire Lena").split(" ");
    private static final String[] LAST = ("Smith Johnson Brown Miller Wilson Taylor Anderson Thomas Moore Martin Clark"
            + " Lewis Walker Hall Young King Wright Lopez Hill Green Baker Nelson Carter Mitchell Schmidt Müller Dubois Rossi"
            + " Tanaka Suzuki Kim Park Nguyen Singh Garcia Martinez Novak Ivanov").split(" ");

    private LatinNames() {
    }

    public static String company(SplittableRandom random) {
        String name = Picks.one(random, STEMS);
        if (Picks.chance(random, 0.3)) {
            name = name + " " + Picks.one(random, STEMS);
        }
        return name + " " + Picks.one(random, TRADES) + " " + Picks.one(random, SUFFIXES);
    }

    public static String person(SplittableRandom random, boolean female) {
        return Picks.one(random, female ? FIRST_FEMALE : FIRST_MALE) + " " + Picks.one(random, LAST);
    }
}
