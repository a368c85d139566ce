package dev.pcf.verification;

import dev.pcf.model.Verification.Assurance;
import dev.pcf.model.Verification.Conclusion;
import dev.pcf.model.Verification.FindingStatus;
import dev.pcf.model.Verification.FindingType;
import dev.pcf.model.Verification.Role;
import dev.pcf.workbook.Schema.Column;
import dev.pcf.model.FindingField;
import dev.pcf.model.SheetField;
import dev.pcf.model.Verification;
import dev.pcf.model.VerificationField;
import dev.pcf.model.VerifierField;
import dev.pcf.workbook.Schema.SheetDef;
import dev.pcf.reader.Vocabulary;

import java.util.List;
import java.util.Map;

/**
 * The verification workbook as data: sheets, fields and columns with their bilingual names, help
 * and dropdown choices. The template writer and the reader both work from this one definition.
 */
public final class VerificationSchema {
    private VerificationSchema() {}

    /** The guide sheet. */
    public static final SheetDef GUIDE = new SheetDef("说明", "Guide", false);
    /** One field per row. */
    public static final SheetDef INFO = new SheetDef("核查信息", "Verification", true);
    /** One person per row. */
    public static final SheetDef VERIFIERS = new SheetDef("核查组", "Verifiers", true);
    /** One finding per row; optional. */
    public static final SheetDef FINDINGS = new SheetDef("核查发现", "Findings", false);
    /** Sheets in the template's order. */
    public static final List<SheetDef> SHEETS = List.of(GUIDE, INFO, VERIFIERS, FINDINGS);

    /** Dropdown choices (Chinese and English; either word, or both, is accepted). */
    public static final List<String> ASSURANCES = List.of("有限保证 limited", "合理保证 reasonable");
    public static final List<String> CONCLUSIONS = List.of("肯定 positive", "保留 qualified", "否定 adverse",
            "无法表示意见 disclaimer");
    public static final List<String> ROLES = List.of("核查组长 Lead verifier", "核查员 Verifier", "技术复核 Reviewer",
            "批准 Approver");
    public static final List<String> TYPES = List.of("不符合项 non-conformity", "观察项 observation");
    public static final List<String> STATUSES = List.of("未关闭 open", "已关闭 closed");

    static final Vocabulary<Assurance> ASSURANCE = Vocabulary.of("limited (有限保证), reasonable (合理保证)", Map.of(
            "limited", Assurance.LIMITED, "有限保证", Assurance.LIMITED, "有限", Assurance.LIMITED,
            "reasonable", Assurance.REASONABLE, "合理保证", Assurance.REASONABLE, "合理", Assurance.REASONABLE));
    static final Vocabulary<Conclusion> CONCLUSION = Vocabulary.of(
            "positive (肯定), qualified (保留), adverse (否定), disclaimer (无法表示意见)", words(
            "positive", Conclusion.POSITIVE, "肯定", Conclusion.POSITIVE, "肯定意见", Conclusion.POSITIVE,
            "qualified", Conclusion.QUALIFIED, "保留", Conclusion.QUALIFIED, "保留意见", Conclusion.QUALIFIED,
            "adverse", Conclusion.ADVERSE, "否定", Conclusion.ADVERSE, "否定意见", Conclusion.ADVERSE,
            "disclaimer", Conclusion.DISCLAIMER, "无法表示意见", Conclusion.DISCLAIMER));
    static final Vocabulary<Role> ROLE = Vocabulary.of("核查组长 Lead verifier, 核查员 Verifier, 技术复核 Reviewer, 批准 Approver",
            words("核查组长", Role.LEAD, "lead verifier", Role.LEAD, "lead", Role.LEAD, "组长", Role.LEAD,
                    "核查员", Role.VERIFIER, "verifier", Role.VERIFIER,
                    "技术复核", Role.REVIEWER, "reviewer", Role.REVIEWER, "复核", Role.REVIEWER,
                    "批准", Role.APPROVER, "approver", Role.APPROVER));
    static final Vocabulary<FindingType> TYPE = Vocabulary.of("non-conformity (不符合项), observation (观察项)", Map.of(
            "non-conformity", FindingType.NON_CONFORMITY, "nonconformity", FindingType.NON_CONFORMITY,
            "不符合项", FindingType.NON_CONFORMITY, "不符合", FindingType.NON_CONFORMITY,
            "observation", FindingType.OBSERVATION, "观察项", FindingType.OBSERVATION, "观察", FindingType.OBSERVATION));
    static final Vocabulary<FindingStatus> STATUS = Vocabulary.of("open (未关闭), closed (已关闭)", Map.of(
            "open", FindingStatus.OPEN, "未关闭", FindingStatus.OPEN, "closed", FindingStatus.CLOSED,
            "已关闭", FindingStatus.CLOSED, "关闭", FindingStatus.CLOSED));

    /** A word map from alternating keys and values. */
    @SuppressWarnings("unchecked")
    private static <T> Map<String, T> words(Object... kv) {
        Map<String, T> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], (T) kv[i + 1]);
        return m;
    }

    private static Column col(SheetField f, String helpZh, String helpEn) {
        return new Column(f.key(), f.zh(), f.en(), f.unit(), f.required(), f.kind(), List.of(), helpZh, helpEn);
    }

    private static Column choice(SheetField f, List<String> choices, String helpZh, String helpEn) {
        return new Column(f.key(), f.zh(), f.en(), f.unit(), f.required(), f.kind(), choices, helpZh, helpEn);
    }

    /** Fields of the 核查信息 Verification sheet, in the template's order. */
    public static final List<Column> FIELDS = List.of(
            col(VerificationField.BODY, "出具核查声明的机构全称。", "Full name of the body issuing the statement."),
            col(VerificationField.STATEMENT_NO, "核查声明的编号，印在声明页和封面。",
                    "Number of the verification statement, printed on the statement and the cover."),
            col(VerificationField.CRITERIA, "默认 " + Verification.DEFAULT_CRITERIA + "。", "Default " + Verification.DEFAULT_CRITERIA + "."),
            choice(VerificationField.ASSURANCE, ASSURANCES, "有限保证（limited）或合理保证（reasonable）。", "limited or reasonable."),
            col(VerificationField.MATERIALITY, "实质性偏差阈值，百分比：5 或 5% 均表示 5%；默认 5。",
                    "Materiality threshold in percent: 5 or 5% mean 5 %; default 5."),
            col(VerificationField.ACTIVITIES, "如：文件评审、现场核查、人员访谈。", "e.g. 文件评审、现场核查 (Chinese)."),
            col(VerificationField.ACTIVITIES_EN, "核查活动的英文描述。", "e.g. document review, site visit, interviews."),
            col(VerificationField.SITE_VISIT, "日期单元格或 yyyy-mm-dd。", "A date cell or yyyy-mm-dd."),
            choice(VerificationField.CONCLUSION, CONCLUSIONS, "肯定、保留、否定或无法表示意见；存在未关闭的不符合项时不能为肯定或保留。",
                    "positive, qualified, adverse or disclaimer; not positive or qualified while a non-conformity is open."),
            col(VerificationField.CONCLUSION_TEXT, "核查员自己的结论表述；留空则使用该结论类型的标准表述。",
                    "The verifier's own words (Chinese); empty = the standard text for the conclusion."),
            col(VerificationField.CONCLUSION_TEXT_EN, "结论表述的英文版；留空则使用标准表述。",
                    "The verifier's own words (English); empty = the standard text."),
            col(VerificationField.REPORTED_TOTAL, "企业最初申报的每功能单位碳足迹；填写后报告列出申报值与核查值之差及是否超过实质性阈值。",
                    "kgCO2e per functional unit as the company first declared it; the report then shows reported vs verified and the difference against the materiality."),
            col(VerificationField.STATEMENT_DATE, "核查声明的签发日期。", "Date the statement is issued."));

    /** Columns of the 核查组 Verifiers sheet. */
    public static final List<Column> VERIFIER_COLUMNS = List.of(
            col(VerifierField.NAME, "核查组成员姓名。", "Name of the team member."),
            choice(VerifierField.ROLE, ROLES, "核查组长、核查员、技术复核或批准；至少一名核查组长。",
                    "Lead verifier, verifier, reviewer or approver; at least one lead verifier."),
            col(VerifierField.CERTIFICATE, "核查员注册证书编号。", "Registration certificate number."),
            col(VerifierField.ORGANISATION, "工作单位。", "Employer."));

    /** Columns of the 核查发现 Findings sheet. */
    public static final List<Column> FINDING_COLUMNS = List.of(
            col(FindingField.ID, "发现编号，如 NC-01、OB-01。", "Finding ID, e.g. NC-01, OB-01."),
            choice(FindingField.TYPE, TYPES, "不符合项或观察项。", "non-conformity or observation."),
            col(FindingField.DESCRIPTION, "发现的描述。", "What was found (Chinese)."),
            col(FindingField.DESCRIPTION_EN, "描述的英文版。", "What was found (English)."),
            col(FindingField.CELL, "企业数据表中相关的单元格，如 '活动数据 Activity'!D4；须存在。",
                    "The company workbook's cell concerned, e.g. '活动数据 Activity'!D4; it must exist."),
            choice(FindingField.STATUS, STATUSES, "未关闭或已关闭。", "open or closed."),
            col(FindingField.RESOLUTION, "已关闭时必填：如何整改。", "Required when closed: how it was resolved."));

    /** The field definition of a Verification-sheet field. */
    static Column field(String name) {
        for (Column c : FIELDS) if (c.field().equals(name)) return c;
        throw new IllegalArgumentException(name);
    }
}
