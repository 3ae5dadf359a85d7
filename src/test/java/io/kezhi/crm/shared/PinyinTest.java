package io.kezhi.crm.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinyinTest {

    @Test
    void namesAreSpelledInFullAndByInitialsTheSameEveryTime() {
        for (int round = 0; round < 2; round++) {
            assertThat(Pinyin.of("天意华")).isEqualTo(new Pinyin.Spelling("tianyihua", "tyh"));
            assertThat(Pinyin.of("杭州 ABC-2 科技")).isEqualTo(new Pinyin.Spelling("hangzhouabc2keji", "hzabc2kj"));
            assertThat(Pinyin.of("Café·北京😀")).isEqualTo(new Pinyin.Spelling("cafbeijing", "cafbj"));
        }
        assertThat(Pinyin.of(null)).isEqualTo(new Pinyin.Spelling("", ""));
    }
}
