package io.kezhi.bench.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void chineseInfixIsTwoHanCharactersFromInsideTheName() {
        for (int seed = 0; seed < 50; seed++) {
            String infix = SearchTerms.chineseInfix("杭州鼎盛信息科技有限公司", new SplittableRandom(seed)).orElseThrow();
            assertThat(infix).hasSize(2);
            assertThat("杭州鼎盛信息科技有限公司".indexOf(infix)).isGreaterThan(0);
        }
        assertThat(SearchTerms.chineseInfix("Northwind Trading", new SplittableRandom(1))).isEmpty();
        assertThat(SearchTerms.chineseInfix("王芳", new SplittableRandom(1))).isEmpty();
    }

    @Test
    void theSameSeedCutsTheSameTerms() {
        String name = "北京创越网络科技股份有限公司";
        assertThat(SearchTerms.chineseInfix(name, new SplittableRandom(42)))
                .isEqualTo(SearchTerms.chineseInfix(name, new SplittableRandom(42)));
        assertThat(SearchTerms.phonePrefix("15393719903", new SplittableRandom(42)))
                .isEqualTo(SearchTerms.phonePrefix("15393719903", new SplittableRandom(42)));
    }

    @Test
    void prefixesOfNamesPinyinInitialsAndNumbers() {
        SplittableRandom random = new SplittableRandom(3);
        assertThat(SearchTerms.namePrefix("和宏机械设备有限公司", random).orElseThrow()).matches("和宏.{0,2}");
        assertThat(SearchTerms.namePrefix("Maple Education Co., Ltd.", random)).contains("Maple");
        assertThat(SearchTerms.pinyinPrefix("hehongjixieshebei", random).orElseThrow()).hasSizeBetween(4, 8)
                .satisfies(p -> assertThat("hehongjixieshebei").startsWith(p));
        assertThat(SearchTerms.initialsPrefix("hhjxsbyxgs", random).orElseThrow()).hasSizeBetween(3, 4);
        assertThat(SearchTerms.initialsPrefix("dpy", random)).isEmpty();
        String phone = SearchTerms.phonePrefix("02121618335", random).orElseThrow();
        assertThat(phone).hasSizeBetween(7, 9).satisfies(p -> assertThat("02121618335").startsWith(p));
        assertThat(SearchTerms.phonePrefix("12345", random)).isEmpty();
    }

    @Test
    void contactTextsAreTheStartOfANamePinyinEmailOrNumber() {
        String[] fang = {"王芳", "wangfang", "fang.wang@example.com", "13812345678"};
        java.util.Set<String> kinds = new java.util.HashSet<>();
        for (int seed = 0; seed < 60; seed++) {
            String text = SearchTerms.contactText(fang, new SplittableRandom(seed)).orElseThrow();
            if (text.equals("王芳")) {
                kinds.add("name");
            } else if ("wangfang".startsWith(text) && text.length() >= 4) {
                kinds.add("pinyin");
            } else if ("fang.wang".startsWith(text) && text.length() >= 4) {
                kinds.add("email");
            } else {
                assertThat("13812345678").startsWith(text);
                assertThat(text).hasSizeBetween(7, 9);
                kinds.add("number");
            }
        }
        assertThat(kinds).containsExactlyInAnyOrder("name", "pinyin", "email", "number");
        String[] bare = {"Li", null, null, null};
        assertThat(SearchTerms.contactText(bare, new SplittableRandom(1))).as("nothing long enough").isEmpty();
        assertThat(SearchTerms.emailPrefix("ab@x.cn", new SplittableRandom(1))).isEmpty();
    }
}
