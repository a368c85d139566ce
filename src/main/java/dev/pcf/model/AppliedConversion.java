package dev.pcf.model;

/**
 * A conversion the calculation applied to a factor that the report states, such as a factor given
 * per element base: {@code N2O-N → N2O × 44/28}.
 *
 * @param factorId the factor it applies to
 * @param text     the conversion, language-neutral: {@code N2O-N → N2O × 44/28}
 */
public record AppliedConversion(String factorId, String text) {}
