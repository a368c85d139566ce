package dev.pcf.annotate;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What is expected instead, in Chinese and English, for each kind of problem message the reader
 * and {@link SafeOpen} write: the second half of an {@link Annotator} comment. Chosen by the
 * message's wording; an unknown message gets a pointer to the Guide sheet.
 */
final class Hints {
    private Hints() {}

    /** A bilingual hint. */
    record Hint(String zh, String en) {}

    private record Rule(Pattern pattern, Hint hint) {}

    private static Rule rule(String regex, String zh, String en) {
        return new Rule(Pattern.compile(regex), new Hint(zh, en));
    }

    private static final List<Rule> RULES = List.of(
            rule("another workbook|external links", "直接输入数值，不要引用其他工作簿或程序。",
                    "the value itself, not a link to another workbook or program."),
            rule("formula =", "可计算的公式或直接输入数值。", "a formula that evaluates to a value, or the value itself."),
            rule("must be a number", "数字，如 12.5、1,234.5 或 5%（逗号只作千位分隔符）。",
                    "a number such as 12.5, 1,234.5 or 5% (a comma only separates thousands)."),
            rule("must be a date|not a valid date", "日期单元格，或 yyyy-mm-dd 格式的文本，如 2024-01-31。",
                    "a date cell, or text as yyyy-mm-dd, e.g. 2024-01-31."),
            rule("whole number", "整数。", "a whole number."),
            rule("pedigree score", "1 到 5 的整数。", "a whole number from 1 to 5."),
            rule("must be ≥ 0|must be greater than 0|negative", "大于或等于零的数值。", "a value of zero or more."),
            rule("must be ≤ 0", "小于或等于零的数值（生物碳移除）。", "a value of zero or less (biogenic removal)."),
            rule("between 0 and 1|fraction", "0 到 1 之间的小数，或不超过 100% 的百分比。", "a fraction 0–1, or a percent up to 100 %."),
            rule("must be one of", "下拉列表中的一个值。", "one of the values in the cell's dropdown list."),
            rule("is required but empty", "必填项，请填写。", "this field is required: fill it in."),
            rule("is not a Factor ID", "排放因子表中已有的因子编号。", "a Factor ID listed on the Factors sheet."),
            rule("is not a stage code", "生命周期阶段表中已有的阶段代码。", "a stage code listed on the Stages sheet."),
            rule("repeats", "每个编号或表头只出现一次：删除重复的一行或一列。", "each ID or header once: delete the repeated row or column."),
            rule("required column|header row", "第 1 行为模板的表头，请勿删除或改名。", "the template's header in row 1, not deleted or renamed."),
            rule("required sheet|sheet .* not found", "模板中的全部必需工作表，请勿删除或改名。", "every required sheet of the template, not deleted or renamed."),
            rule("beyond the limit", "数据在读取范围内（10 万行、200 列以内）：删除多余内容。",
                    "data within the rows and columns read (100,000 rows, 200 columns): delete the rest."),
            rule("longer than the limit", "不超过 32,767 个字符的文本。", "text of at most 32,767 characters."),
            rule("control characters", "可打印的文本（已删除控制字符，请核对）。", "printable text (control characters were removed: check it)."),
            rule("has no activity rows", "在活动数据表中填写该阶段的清单数据；如该阶段不在研究范围内，将“是否包含”改为 否。",
                    "enter the stage's inventory on the Activity sheet, or mark the stage 否 no if it is outside the study."),
            rule("system boundary", "与系统边界一致的阶段：边界外的阶段标为 否，或改选系统边界。",
                    "stages that agree with the system boundary: mark a stage outside it 否 no, or choose another boundary."),
            rule("unit|Unit", "模板下拉列表中的单位，且与因子单位可换算。", "a unit from the template's list that converts to the factor's unit."),
            rule("macros", "不含宏的 .xlsx 工作簿。", "an .xlsx workbook without macros."));

    private static final Hint DEFAULT = new Hint("按“说明 Guide”表的要求填写。", "what the Guide sheet describes for this cell.");

    /** The hint for a problem message. */
    static Hint of(String message) {
        for (Rule r : RULES) {
            if (r.pattern().matcher(message).find()) return r.hint();
        }
        return DEFAULT;
    }
}
