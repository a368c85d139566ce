package dev.pcf.report;

import dev.pcf.model.ReportLanguage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DescriptionsTest {
    private static final Messages ZH = Messages.load("zh");
    private static final Messages EN = Messages.load("en");

    private static Lang lang(ReportLanguage l) {
        return new Lang(l, ZH, EN);
    }

    @Test
    void translatesTheEnginesPhrasesAndKeepsTheNumbers() {
        Lang zh = lang(ReportLanguage.ZH);
        assertEquals("对数正态分布，±10 %（次级活动数据的缺省值）",
                Descriptions.of(zh, "lognormal, ±10 % (default for secondary activity data)"));
        // "normal" inside "lognormal" is not a word of its own
        assertEquals("正态分布，±2 %", Descriptions.of(zh, "normal, ±2 %"));
        assertEquals("三角分布，最小值 0.015，最可能值 0.03，最大值 0.06",
                Descriptions.of(zh, "triangular, min 0.015, mode 0.03, max 0.06"));
        assertEquals("对数正态分布，谱系矩阵评分（1,3,2,3,2），基本方差 0.0006，σ² = 0.0101，GSD² = 1.4945",
                Descriptions.of(zh, "lognormal from pedigree (1,3,2,3,2), basic variance 0.0006, σ² = 0.0101, GSD² = 1.4945"));
        assertEquals("无（固定值）", Descriptions.of(zh, "none (fixed)"));
        assertEquals("对数正态分布，σ² = 0.04，GSD² = 2.2255（CH4/N2O 排放因子的缺省值）",
                Descriptions.of(zh, "lognormal, σ² = 0.04, GSD² = 2.2255 (default for CH4/N2O factors)"));
    }

    @Test
    void englishIsAsWrittenAndBilingualIsChineseThenEnglish() {
        String en = "uniform, min 1, max 2";
        assertEquals(en, Descriptions.of(lang(ReportLanguage.EN), en));
        assertEquals("均匀分布，最小值 1，最大值 2 " + en, Descriptions.of(lang(ReportLanguage.ZH_EN), en));
        assertEquals("", Descriptions.of(lang(ReportLanguage.ZH_EN), ""));
    }
}
