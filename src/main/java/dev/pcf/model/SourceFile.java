package dev.pcf.model;

/**
 * The workbook file as received: its name, SHA-256 and original bytes (embedded in the report
 * as they are, never re-saved).
 */
public record SourceFile(String fileName, String sha256, byte[] bytes) {}
